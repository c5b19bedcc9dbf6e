"""Roles from STTS tags: the speaker noun phrase of a cue, the whole cue phrase, and an
Indirect clause for sentences the classifier marks as Indirect but no cue rule covers.

Stage: quotation attribution (roles). Input: a ``Doc`` with STTS ``tag_`` (callers check
``speakers.is_tagged`` first), a sentence, a cue token and the token ids to keep out (quotes).
Output: token id lists.

Speaker: the noun phrase that fills the field before the cue's finite verb (after an agency
dateline „Moskau (dpa) – “, ``dateline_end``), else the one right after it; in „wie X
mitteilte“ the one after „wie“. Noun phrases take genitives („des Landes“), „von“/„aus“ tails,
parentheses and appositions („Ehsanullah Ehsan, Sprecher der Taliban“).
Cue: the cue verb with its finite auxiliary („hat … angekündigt“), separable particle and
pronominal adverb („wies darauf hin“), or the „wie“ that opens its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidates import outside, quoted_name_at
from .datelines import dateline_end
from .speakers import (
    FINITE,
    HEAD_TAGS,
    INSTITUTION_HEADS,
    NP_TAGS,
    PRONOUN_TAGS,
    feminine_oblique,
    no_genitive,
    np_from,
    passive_agent,
    pronoun_after,
)
from .time_phrases import after_time_phrase

NO_NAME_DETERMINERS = frozenset({"PDAT", "PIAT", "PIDAT"})
TAIL_WORDS = frozenset({"von", "vom", "aus", "der", "des"})
SUBORDINATE = frozenset({"wie", "als", "nachdem", "während", "weil", "dass", "ob"})
CLAUSE_END = frozenset({",", ":", ";", "(", ")", "–", "-"})
HEISSEN_FORMS = frozenset({"heißt", "hieß", "heißen", "hießen", "heiße", "hieße"})
SUBORDINATING_TAGS = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV", "PWS"})  # „dass“, „der“, „wo“
PARTICLE_WORDS = frozenset({"bekannt", "fest", "hin", "vor", "an", "mit", "zu", "ein", "aus"})
OPENERS = {"(": ")", "„": "“", "»": "«"}
NAME_TAIL_TAGS = frozenset({"ADJD", "FM", "NE", "NN", "CARD", "XY", "TRUNC"})
MAX_NAME = 5
MAX_SPEAKER = 25
MAX_PAREN = 12


def noun_phrase(doc: Doc, start: int, end: int) -> list[int]:
    """The noun phrase at ``start`` with tails and appositions, not reaching ``end``."""
    ids = np_from(doc, start, end)
    if not ids or doc[ids[0]].tag_ in PRONOUN_TAGS:
        return ids
    while len(ids) < MAX_SPEAKER:
        nxt = ids[-1] + 1
        more = _tail(doc, nxt, end) or _parenthesis(doc, nxt, end) or _apposition(doc, nxt, end)
        if not more:
            break
        ids += more
    return ids


def noun_phrase_before(doc: Doc, end: int, start: int) -> list[int]:
    """The noun phrase that ends right before ``end`` (not before ``start``), by tags:
    „Berichten der Fernsehsender Sky News und BBC“ in „… BBC zufolge“."""
    ids: list[int] = []
    i = end - 1
    while i >= start and len(ids) < MAX_SPEAKER:
        token = doc[i]
        if token.tag_ in NP_TAGS or token.tag_ == "KON" or token.lower_ in {"von", "vom"}:
            ids.append(i)
            i -= 1
        else:
            break
    ids.reverse()
    while ids and (doc[ids[0]].tag_ == "KON" or doc[ids[0]].lower_ in {"von", "vom"}):
        ids.pop(0)
    return ids if ids and doc[ids[-1]].tag_ in HEAD_TAGS else []


def _tail(doc: Doc, i: int, end: int) -> list[int]:
    if i + 1 < end and doc[i].lower_ in {"in", "im"} and doc[i + 1].tag_ == "NE":
        return [] if _person_name(doc[i - 1]) else [i, i + 1]
    if i < end and doc[i].lower_ == "für" and _institution(doc[i - 1]):
        rest = np_from(doc, i + 1, end)  # „der Syrischen Beobachtungsstelle für Menschenrechte“
        rest = rest[: next((k for k, j in enumerate(rest) if _new_phrase(doc, j)), len(rest))]
        named = doc[rest[0]].tag_ not in PRONOUN_TAGS | NO_NAME_DETERMINERS if rest else False
        if named and doc[rest[-1]].tag_ in HEAD_TAGS:  # not „das Bildungsministerium für
            return [i, *rest]  # dieses Jahr“: a demonstrative or quantifier names no field
    if i < end and doc[i].lower_ in TAIL_WORDS and not no_genitive(doc, i, end):
        name = quoted_name_at(doc, i + 1, end)  # „des „Spiegel““, „von „Ärzte ohne Grenzen““
        rest = name or np_from(doc, i + 1, end)
        if rest and (name or doc[rest[-1]].tag_ in HEAD_TAGS):
            return [i, *rest]
    return []


def _institution(token: Token) -> bool:
    """A noun naming an institution or office (compounds included: „Beobachtungsstelle“)."""
    return token.tag_ == "NN" and token.lower_.endswith(INSTITUTION_HEADS)


def _new_phrase(doc: Doc, i: int) -> bool:
    """A conjunction before a determiner or adjective: a second noun phrase starts („für
    Menschenrechte | sowie syrisch-libanesischen Sicherheitsquellen“, not „und Prävention“)."""
    return doc[i].tag_ == "KON" and i + 1 < len(doc) and doc[i + 1].tag_ in {"ART", "ADJA"}


def _person_name(token: Token) -> bool:
    """A name that is no organisation: „Seibert in Berlin“ ends at „Seibert“ (while „ein
    Sprecher des LBM in Koblenz“ keeps the place)."""
    return token.tag_ == "NE" and token.ent_type_ != "ORG" and not token.text.isupper()


def _parenthesis(doc: Doc, i: int, end: int) -> list[int]:
    """„( UNMISS )“ or a quoted name „„ Channel 10 ““ right after the noun phrase."""
    if i >= end or doc[i].text not in OPENERS:
        return []
    closer = OPENERS[doc[i].text]
    limit = MAX_PAREN if closer == ")" else MAX_NAME
    for j in range(i + 1, min(end, i + limit)):
        if doc[j].text == closer:
            return list(range(i, j + 1))
        if closer != ")" and not doc[j].text[:1].isupper() and not doc[j].like_num:
            return []
    return []


def _apposition(doc: Doc, i: int, end: int) -> list[int]:
    """„, NP“ when the noun phrase after the comma is followed by a comma, a verb or the end."""
    if i + 1 >= end or doc[i].text != ",":
        return []
    rest = np_from(doc, i + 1, end)
    if not rest or doc[rest[0]].tag_ in PRONOUN_TAGS:
        return []
    after = rest[-1] + 1
    if after >= end or doc[after].text in {",", "("} or doc[after].tag_ in FINITE:
        return [i, *rest]
    if all(doc[j].tag_ == "NE" for j in rest) and doc[after].tag_ in {"ADV", "APPR", "APPRART"}:
        return [i, *rest]  # „der General der US-Streitkräfte, George Casey, heute …“
    return []


def is_heissen(token: Token) -> bool:
    """Whether ``token`` is a form of „heißen“ — in Swiss spelling too, which writes „ss“ for
    „ß“ and which the lemmatizer does not know („hiess es aus libanesischen Sicherheitsquellen“,
    NZZ)."""
    return token.lemma_ == "heißen" or token.lower_.replace("ss", "ß") in HEISSEN_FORMS


def finite_of(doc: Doc, cue: int, sent: Span) -> int:
    """The finite verb of the cue's clause: the cue itself or an auxiliary before it."""
    if doc[cue].tag_ in FINITE or not doc[cue].tag_.startswith("V"):
        return cue
    for j in range(cue - 1, max(sent.start, cue - 12) - 1, -1):
        if doc[j].text in CLAUSE_END:
            break
        if doc[j].tag_ in {"VAFIN", "VMFIN"}:
            return j
    return cue


def clause_start(doc: Doc, i: int, sent: Span, exclude: set[int]) -> int:
    """The first token of the clause of ``i``: after the last comma, colon or quote before it."""
    j = i
    while j > sent.start and doc[j - 1].text not in CLAUSE_END and j - 1 not in exclude:
        j -= 1
    return j


def speaker_of(doc: Doc, cue: int, sent: Span, exclude: set[int]) -> list[int]:
    """The speaker noun phrase of the cue token ``cue`` (token ids, possibly empty)."""
    agent = passive_agent(doc, cue, sent)
    if agent is not None:  # „Strauss-Kahn wird vorgeworfen, …“ names no speaker
        return [i for i in agent if i not in exclude]
    verb = finite_of(doc, cue, sent)
    start = clause_start(doc, verb, sent, exclude)
    while start < verb and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    verb_final = verb + 1 >= sent.end or doc[verb + 1].text in CLAUSE_END
    if start < verb and doc[start].lower_ in SUBORDINATE and verb_final:
        found = noun_phrase(doc, start + 1, sent.end)
    elif _opens_subordinate(doc, sent, verb, exclude):
        found = noun_phrase(doc, _first_word(doc, sent, exclude) + 1, verb)
    else:  # „Schäuble warf er vor, …“: the pronoun after the verb, not the fronted dative
        found = pronoun_after(doc, sent, verb) if start < verb else []
        found = found or _before(doc, sent, verb, exclude) or _after(doc, verb, sent.end)
    if feminine_oblique(doc, found):
        return []  # „sagte der Zeitung“: a dative, no subject
    return outside(doc, found, exclude)  # „Wie die „Süddeutsche Zeitung“ berichtet“


def _after(doc: Doc, verb: int, end: int) -> list[int]:
    """The subject right after ``verb``, past one dative or accusative object („sagte der
    Zeitung ein Sprecher“, „kritisierte den Plan der Minister“)."""
    start = _skip_adverbs(doc, after_time_phrase(doc, _skip_adverbs(doc, verb + 1, end), end), end)
    found = noun_phrase(doc, start, end)  # past „am späten Montagabend“ too
    if found and (doc[found[0]].lower_ in OBLIQUE_ARTICLES or feminine_oblique(doc, found)):
        found = noun_phrase(doc, _skip_adverbs(doc, found[-1] + 1, end), end)
    return found


def _first_word(doc: Doc, sent: Span, exclude: set[int]) -> int:
    i = sent.start
    while i < sent.end - 1 and (doc[i].is_punct or doc[i].is_quote or i in exclude):
        i += 1
    return i


def _opens_subordinate(doc: Doc, sent: Span, verb: int, exclude: set[int]) -> bool:
    """„Wie der Direktor, Smith Dharmmasaroj, mitteilte, …“: the sentence opens with „wie“
    and the verb closes that clause (commas of appositions inside)."""
    first = _first_word(doc, sent, exclude)
    verb_final = verb + 1 < sent.end and doc[verb + 1].text == ","
    return first < verb and doc[first].lower_ in {"wie", "nachdem"} and verb_final


def _skip_adverbs(doc: Doc, i: int, end: int) -> int:
    """The first token at or after ``i`` that is not a reflexive, adverb or negation
    („äußerte sich jedoch der Präsident“)."""
    for _ in range(3):
        if i < end and doc[i].tag_ in {"PRF", "ADV", "PTKNEG"}:
            i += 1
    expletive = i + 1 < end and doc[i].lower_ == "es" and doc[i + 1].tag_ in {"ART", "NE", "NN"}
    return i + 1 if expletive else i


def _before(doc: Doc, sent: Span, verb: int, exclude: set[int]) -> list[int]:
    """The noun phrase that fills the whole field before ``verb`` (commas inside allowed): in a
    German main clause the field before the finite verb holds one phrase, so a noun phrase
    there runs up to the verb with its prepositional attributes („Kriminologin Bärbel Bongartz
    vom Zentrum für Radikalisierungsforschung in Deutschland, liefert …“); else, for a main
    clause joined to another by a comma alone, the noun phrase between that comma and the verb
    („Die Blauen wollen sich festlegen, die Neos haben sich … ausgesprochen“)."""
    return _field_before(doc, sent, verb, exclude) or _spliced_subject(doc, sent, verb, exclude)


def _spliced_subject(doc: Doc, sent: Span, verb: int, exclude: set[int]) -> list[int]:
    """The subject of a main clause that follows another main clause after a comma („Heinz
    Fischer findet den Streit besorgniserregend, er mahnt Regierung, …“ → „er“): the noun
    phrase that fills the field from the last comma to ``verb``, when a finite verb stands
    before that comma and no subordinating word opens the clause."""
    comma = next(
        (j for j in range(verb - 1, sent.start, -1) if doc[j].text == "," or j in exclude), None
    )
    if comma is None or comma in exclude or comma + 1 >= verb:
        return []
    if not any(doc[j].tag_ in FINITE for j in range(sent.start, comma)):
        return []
    first = doc[comma + 1]
    if first.tag_ in NO_ATTRIBUTE_TAGS or first.lower_ in SUBORDINATE or first.tag_ == "KON":
        return []
    found = noun_phrase(doc, comma + 1, verb)
    if not found or found[-1] != verb - 1 or _oblique_field(doc, found):
        return []
    return found


def _field_before(doc: Doc, sent: Span, verb: int, exclude: set[int]) -> list[int]:
    """The noun phrase that fills the whole field before ``verb`` (``_before``)."""
    start = verb
    while start > sent.start and start - 1 not in exclude and doc[start - 1].text != ":":
        start -= 1
    start = max(start, dateline_end(doc, sent, verb))
    while start < verb and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    if start < verb and doc[start].lower_ in SUBORDINATE and doc[verb - 1].text == ",":
        start += 1  # „Wie die Polizei mitteilte, wurden …“ is handled by the caller
    if start + 1 < verb and doc[start].tag_ == "KON":
        start += 1  # „Doch der russische Außenminister Sergej Lawrow sieht …“
    if start + 1 < verb and doc[start].lower_ in FOCUS_ADVERBS:
        start += 1  # „Auch der ehemalige Diplomat Boris Bondarew kritisiert …“
    found = noun_phrase(doc, start, verb)
    if not found or _oblique_field(doc, found):
        return []
    gap = range(found[-1] + 1, verb)
    if all(doc[j].is_punct for j in gap):
        return found
    named = doc[found[-1]].tag_ in {"NE", "NN"}  # not „Anderes wiederum sei …“
    if named and len(gap) <= 2 and all(doc[j].tag_ in {"ADV", "PAV"} for j in gap):
        return found  # „Eren Güvercin hingegen mahnt …“: a particle after the subject
    if len(gap) <= 2 and all(doc[j].tag_ in NAME_TAIL_TAGS for j in gap):
        return [*found, *gap]  # „Ein Reporter des Fernsehsenders n-tv/ADJD berichtete“
    if doc[found[-1] + 1].text == "," and doc[verb - 1].text == ",":
        return found  # „Frank Sichau, der … fungiert, erklärte“: an inserted clause
    if _attributes(doc, gap):
        return [*found, *(j for j in gap if not (j == verb - 1 and doc[j].is_punct))]
    return found if _second_phrase(doc, gap, verb) or _joined_addition(doc, gap) else []


def _second_phrase(doc: Doc, gap: range, verb: int) -> bool:
    """A second subject („und“, „sowie“, „wie“ + noun phrase) filling the field up to the verb:
    „Markus Wallner (VP) und der Landesrat Johannes Rauch (Grüne) bedauerten …“, „Konkurrenten
    wie Flixbus fürchten …“, also with an addition after a comma (``_joined_addition``); the
    phrase named first speaks; „Sowohl X (SPÖ) als auch Y (ÖVP) stellten …“ too."""
    skip = 2 if [t.lower_ for t in doc[gap[0] : gap[0] + 2]] == ["als", "auch"] else 1
    if len(gap) < 2 or (skip == 1 and doc[gap[0]].lower_ not in {"und", "sowie", "wie"}):
        return False
    second = noun_phrase(doc, gap[0] + skip, verb)
    if not second or doc[second[0]].tag_ in PRONOUN_TAGS:
        return False
    rest = range(second[-1] + 1, verb)
    return all(doc[j].is_punct for j in rest) or _joined_addition(doc, rest)


def _joined_addition(doc: Doc, rest: range) -> bool:
    """An addition joined after a comma to the subjects without a verb of its own („Linke
    Aktivisten und einzelne Mieterinitiativen aus Chicago, aber auch in anderen Orten in den
    USA rufen … auf“)."""
    if len(rest) < 3 or doc[rest[0]].text != "," or doc[rest[1]].tag_ != "KON":
        return False
    return not any(doc[j].tag_ in FINITE or doc[j].lower_ in SUBORDINATE for j in rest)


# Focus adverbs that may stand before the subject in the field before the verb.
FOCUS_ADVERBS = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ausgerechnet"})
# Words that open a clause or end a phrase: a gap holding one is no attribute of the noun.
NO_ATTRIBUTE_TAGS = frozenset({"PRELS", "PRELAT", "KOUS", "KOUI", "PWAV", "PWS", "$.", "$("})
# Determiners and pronouns no subject starts with (dative, accusative): „Den Vorwurf wies …“.
OBLIQUE_STARTS = frozenset(
    {"dem", "den", "einem", "einen", "ihm", "ihn", "ihnen", "mir", "mich", "uns", "euch"}
)
OBLIQUE_ARTICLES = frozenset({"dem", "den", "einem", "einen"})
# Neuter pronouns that stand for a thing said, not for who said it: „Beides weist … zurück“.
THING_PRONOUNS = frozenset(
    {"beides", "das", "dies", "dieses", "alles", "nichts", "vieles", "manches", "einiges"}
)


def _attributes(doc: Doc, gap: range) -> bool:
    """Whether ``gap`` (between a noun phrase and the finite verb) is prepositional attributes
    of that noun phrase: it starts with a preposition and holds no verb or clause opener; commas
    and brackets of appositions may stand in it, as the field before a German finite verb holds
    one phrase („Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana, hat …“)."""
    if not gap or doc[gap[0]].tag_ not in {"APPR", "APPRART"}:
        return False
    last = gap[-1] if doc[gap[-1]].text != "," else gap[-1] - 1
    return all(
        doc[j].text in APPOSITION_MARKS
        or not doc[j].tag_.startswith("V") and doc[j].tag_ not in NO_ATTRIBUTE_TAGS
        and doc[j].text not in CLAUSE_END
        for j in range(gap[0], last + 1)
    )  # fmt: skip


APPOSITION_MARKS = frozenset({",", "(", ")"})


def _oblique_field(doc: Doc, found: list[int]) -> bool:
    """A noun phrase before the verb that cannot be its subject: it opens with a dative or
    accusative determiner or pronoun, or it is a neuter pronoun for a thing („Beides“)."""
    first = doc[found[0]].lower_
    if first in OBLIQUE_STARTS or feminine_oblique(doc, found):
        return True
    return len(found) == 1 and doc[found[0]].tag_ in {"PIS", "PDS"} and first in THING_PRONOUNS


def inserted_frame(doc: Doc, sent: Span) -> tuple[int, list[int]] | None:
    """(verb, speaker) of a frame inserted after a comma with the subject after the verb
    („Der Job sei anstrengend, argumentieren die Gewerkschaften Verdi und Komba, …“); ``None``
    when the sentence has none."""
    for token in sent:
        i = token.i
        if token.tag_ != "VVFIN" or i == sent.start or doc[i - 1].text != ",":
            continue
        speaker = noun_phrase(doc, _skip_adverbs(doc, i + 1, sent.end), sent.end)
        if not speaker or doc[speaker[0]].tag_ not in {"ART", "NE", "NN", "PPOSAT"}:
            continue
        after = speaker[-1] + 1
        oblique = doc[speaker[0]].lower_ in OBLIQUE_STARTS or feminine_oblique(doc, speaker)
        if not oblique and (after >= sent.end or doc[after].is_punct):
            return i, speaker
    return None


def cue_phrase(doc: Doc, cue: int, sent: Span, exclude: set[int]) -> list[int]:
    """The cue token with its auxiliary, separable particle and pronominal adverb, or „wie“."""
    ids = {cue}
    if not doc[cue].tag_.startswith("V"):
        return [cue]
    verb = finite_of(doc, cue, sent)
    ids.add(verb)
    start = clause_start(doc, verb, sent, exclude)
    if doc[start].lower_ == "wie" and start < verb:
        ids.add(start)
    if cue + 1 < sent.end and doc[cue + 1].lower_ == "es" and is_heissen(doc[cue]):
        ids.add(cue + 1)
    end = cue + 1
    while end < sent.end and doc[end].text not in CLAUSE_END and end not in exclude:
        if doc[end].tag_ in {"VAPP", "VAINF"} and doc[end - 1].tag_.startswith("V"):
            ids.add(end)  # „war vermutet worden“
        end += 1
    last = end - 1
    while last > cue and (doc[last].is_punct or last in exclude):
        last -= 1  # „…, teilte die Polizei mit.“
    if last > cue and (doc[last].tag_ == "PTKVZ" or doc[last].lower_ in PARTICLE_WORDS):
        ids.add(last)
        last -= 1
    if last > cue and doc[last].tag_ == "PAV" and doc[last].lower_.startswith(("da", "wo")):
        ids.add(last)  # „wies darauf hin“, „verwies darauf“
    return sorted(ids)


# Conjunctions of a clause that frames a quotation („Wie Sprecher Gobbin erklärte, …“) or of a
# complement clause („Dass …, habe ihn nicht irritiert“); after any other, adverbial one (weil,
# wenn, nachdem, obwohl) the main clause is no message of the clause's verb.
FRAME_CONJUNCTIONS = frozenset({"wie", "soweit", "dass", "ob"})


def adverbial_before_main(doc: Doc, sent: Span, i: int, after: int) -> bool:
    """Whether token ``i`` stands in a clause opened by a subordinating conjunction other than a
    frame's and the clause from ``after`` is the main clause it modifies (it opens with the finite
    verb): „Weil sie langfristig denken, ist der Klimawandel …“ — „denken“ says nothing; but „da
    sie befürchtete, man wolle …“ reports what she feared."""
    if after >= sent.end or doc[after].tag_ not in FINITE:
        return False
    j = i
    while j > sent.start and doc[j - 1].text not in CLAUSE_END:
        j -= 1
    return j < i and doc[j].tag_ == "KOUS" and doc[j].lower_ not in FRAME_CONJUNCTIONS


def indirect_clause(doc: Doc, sent: Span, inside: set[int]) -> tuple[int, list[int]] | None:
    """(cue token, quote ids) of „X verb…, (dass) …“: the clause after the first comma that
    follows a finite verb; ``None`` when there is none or it is the main clause after an
    adverbial clause."""
    verb = next((t.i for t in sent if t.tag_ in FINITE and t.i not in inside), None)
    if verb is None:
        return None
    cue = verb
    for j in range(verb + 1, sent.end):
        if doc[j].tag_ in {"VVPP", "VVINF"} and doc[verb].tag_ != "VVFIN":
            cue = j
        if doc[j].text in {",", ":"}:
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            quote = list(range(j + 1, end))
            if adverbial_before_main(doc, sent, verb, j + 1):
                return None
            return (cue, quote) if len(quote) >= 3 else None
    return None


def direct_cue(doc: Doc, quote: list[int]) -> int | None:
    """The cue of a Direct quotation from its frame: the verb or „so“ right after the closing
    mark („…“, sagte er / so X), else the finite verb of the clause before an opening colon
    („X äußerte sich: „…““); ``None`` when neither is there."""
    after = max(quote) + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        nxt = doc[after + 1]
        if nxt.tag_ in FINITE or nxt.lower_ == "so":
            return nxt.i
    before = min(quote) - 1
    if before > 0 and doc[before].text == ":":
        sent = doc[before].sent  # a quotation that ends a sentence ends the clause too
        ends = {t.i for t in sent if t.is_quote and t.i and doc[t.i - 1].text[-1:] in ".!?"}
        start = main_clause_start(doc, clause_start(doc, before, sent, ends), sent, ends)
        return next((j for j in range(start, before) if doc[j].tag_ in FINITE), None)
    return None


def main_clause_start(doc: Doc, start: int, sent: Span, exclude: set[int]) -> int:
    """The first token of the main clause a subordinate clause starting at ``start`` hangs on:
    a colon frame whose last clause opens with „dass“, „ob“ or a relative pronoun is said by the
    subject of the clause before it („Der Politologe Dmitri Oreschkin kann sich vorstellen,
    dass Nadeschdin … mobilisieren kann: „…““ → Oreschkin, not Nadeschdin); ``start`` when the
    clause is a main clause or nothing stands before it."""
    while start - 1 > sent.start and doc[start - 1].text == "," and start - 1 not in exclude:
        if doc[start].tag_ not in SUBORDINATING_TAGS:
            break
        start = clause_start(doc, start - 1, sent, exclude)
    return start


def main_verb(doc: Doc, sent: Span) -> int | None:
    """The first finite verb of the sentence outside relative and subordinate clauses (a
    sentence may open with one: „Dass russische Agenten … vertreten sind, führt … zurück“)."""
    first = next((t for t in sent if not (t.is_punct or t.is_quote or t.is_space)), None)
    opener = "KOUS" if first is not None and first.tag_ == "KOUS" else ""
    for token in sent:
        if token.text in CLAUSE_END:
            opener = "next"
        elif opener == "next":
            opener = token.tag_
        if token.tag_ in FINITE and opener not in {"PRELS", "PRELAT", "KOUS", "PWAV", "KOUI"}:
            return token.i
    return None


def subject_speaker(doc: Doc, sent: Span) -> list[int]:
    """The speaker of a Reported quotation: the subject of the sentence's main verb."""
    verb = main_verb(doc, sent)
    return speaker_of(doc, verb, sent, set()) if verb is not None else []
