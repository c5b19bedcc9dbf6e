"""Cue phrase and addressee boundaries beyond the verb: what the Wikinews annotation counts to
the cue („hatte … erklärt“, „äußerte sich“, „heißt es“, „kommentierte mit den Worten“,
„bezeichnete … als „…““) and addressees of summons, accusations and their passives („forderte
den IWF auf“, „Strauss-Kahn wird vorgeworfen“, „Anwohner wurden aufgefordert“).

Stage: quotation attribution (role decoding), used by ``refine`` after ``roles.cue_phrase`` and
``frame_addressee.addressee_of``. Input: a ``Doc`` with STTS ``tag_`` and lemmas, a sentence, the
cue token or cue token ids, and the token ids to keep out (quotes, speaker). Output: token id lists.

Train counts behind the rules (tokens within three of a gold cue and outside quote and
speaker, in the cue / not): „sich“ 52/10, „es“ 63/14, „mit“ 67/21 („mit den Worten“), „als“
37/19. Addressees: „forderte … auf“ 6/6, „wirft/warf … vor“ 14/14, „wird/wurde vorgeworfen“ 9/10,
„wird/wurde aufgefordert“ 8/8 of train quotations with that cue carry one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .candidates import Found, is_name
from .frame_addressee import DATIVE_CUES
from .roles import CLAUSE_END, finite_of, noun_phrase
from .sources import RELATIVE_SOURCES, is_source_noun
from .speakers import FINITE, abstract_head
from .titles import titled

AUXILIARIES = frozenset({"VAFIN", "VMFIN"})
# Words before a verb that make one predicate with it („bekannt gab“, „bereit erklärt“).
PREDICATIVE = frozenset({"bekannt", "bereit", "fest"})
# „mit den Worten“, „mit folgenden Worten“, „mit der Begründung“ after a cue verb.
WITH_NOUNS = frozenset({"worten", "begründung"})
# Cue verbs whose accusative object is the addressee („forderte die SPD auf“); in the passive
# their subject is („Anwohner wurden aufgefordert“).
ACCUSATIVE_CUES = frozenset(
    [
        "auffordern",
        "beschuldigen",
        "verdächtigen",
        "bitten",
        "aufrufen",
        "drängen",
        "anweisen",
        "fragen",
    ]
)
# Pronouns that open a passive clause and are its whole addressee phrase („Diese wurden
# aufgerufen“, „…, die beschuldigt werden“).
PASSIVE_PRONOUNS = frozenset({"PDS", "PRELS"})
# Dative cue verbs whose passive keeps the dative addressee („Ihm wird vorgeworfen“).
PASSIVE_DATIVE = frozenset(["vorwerfen", "raten", "nachsagen", "empfehlen", "zusichern"])
ARTICLE_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
OBJECT_STARTS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "NN", "NE", "PPER", "CARD"})
SKIP = frozenset({"ADV", "PTKNEG", "ADJD", "PRF"})
INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer"})
CUE_ADVERBS = frozenset({"daraufhin", "danach", "dabei", "weiter"})


def lexical_cue(doc: Doc, cue: int, sent: Span, exclude: set[int]) -> int:
    """The verb that carries the meaning when ``cue`` is a finite auxiliary: „hatte der
    Airbus-Chef erklärt“ → „erklärt“ (the participle or infinitive of the clause); else ``cue``."""
    if doc[cue].tag_ not in AUXILIARIES:
        return cue
    for j in range(cue + 1, sent.end):
        if doc[j].text in CLAUSE_END or j in exclude:
            break
        if doc[j].tag_.startswith("VV"):  # „zitiert“ is often mistagged VVFIN
            return j
    return cue


def extend_cue(
    doc: Doc, ids: Sequence[int], sent: Span, exclude: set[int], quoted: Sequence[int] = ()
) -> list[int]:
    """``ids`` (the cue phrase of ``roles.cue_phrase``) with the reflexive and expletive next
    to the verb („äußerte sich“, „Es wird befürchtet“, „heißt es“), „mit den Worten“ after it
    and „als“ / „von“ right before a quotation of its clause („bezeichnete … als „…““)."""
    if not ids:
        return []
    found = set(ids)
    verbs = [i for i in ids if doc[i].tag_.startswith("V")]
    if not verbs:
        return sorted(found)
    first, last = min(verbs), max(verbs)
    free = [j for j in range(sent.start, sent.end) if j not in exclude and j not in found]
    for j in free:
        low, tag = doc[j].lower_, doc[j].tag_
        near = j in (first - 1, first + 1, last + 1)
        reflexive = low == "sich" and tag == "PRF" and (near or first < j < last)
        expletive = (
            low == "es" and tag == "PPER" and (j == first - 1 or (near and _bare_es(doc, j, sent)))
        )
        predicative = j == first - 1 and low in PREDICATIVE and tag in {"ADJD", "PTKVZ"}
        if reflexive or expletive or predicative or (j == last - 1 and low in PREDICATIVE):
            found.add(j)
    found |= _opening_wie(doc, first, sent, exclude)
    found |= _with_words(doc, first, sent, exclude)
    found |= _final_infinitive(doc, last, sent, exclude)
    if quoted:
        found |= _around_quote(doc, last, quoted, exclude)
    return sorted(j for j in found if j in verbs or not _no_cue_word(doc[j]))


def _no_cue_word(token: Token) -> bool:
    """A word the cue phrase picked up that is none of it: an indefinite article taken for
    the particle „ein“ („charakterisierte das Opfer als ein „…““), a capitalised „particle“
    (a mistagged name: „berichtete Vizeregierungssprecher Thomas Steg“) or an adverb
    („teilten daraufhin mit“, „sagte weiter“)."""
    if token.tag_ == "ART":
        return token.lower_ in INDEFINITE
    if token.tag_ == "PTKVZ" and token.text[:1].isupper():
        return True
    return token.lower_ in CUE_ADVERBS


def _around_quote(doc: Doc, verb: int, quoted: Sequence[int], exclude: set[int]) -> set[int]:
    """„als“ before a quotation of the verb's clause („bezeichnete … als einen „…““), „von“
    after „sprach“, and a separable particle right after the quotation („wies … als „haltlos“
    zurück“)."""
    found = set()
    before = min(quoted) - 1
    while before > verb and doc[before].tag_ in {"ART", "ADJA", "PIAT"}:
        before -= 1
    word, lemma = doc[before].lower_, doc[verb].lemma_.lower()
    if (
        before > verb
        and before not in exclude
        and _same_clause(doc, verb, before)
        and (word == "als" or (word == "von" and lemma == "sprechen"))
    ):
        found.add(before)
    after = max(quoted) + 1
    if after < len(doc) and doc[after].tag_ == "PTKVZ" and min(quoted) > verb:
        found.add(after)
    return found


def _opening_wie(doc: Doc, verb: int, sent: Span, exclude: set[int]) -> set[int]:
    """„Wie“ that opens the sentence whose first clause the cue verb closes („Wie der Direktor,
    Smith Dharmmasaroj, mitteilte, …“; train: „wie“ next to a cue is in it 51 of 66 times)."""
    first = sent.start
    while first < verb and (doc[first].is_punct or doc[first].is_quote):
        first += 1
    closes = verb + 1 < sent.end and doc[verb + 1].text == ","
    if first < verb and first not in exclude and doc[first].lower_ == "wie" and closes:
        return {first}
    return set()


def _bare_es(doc: Doc, j: int, sent: Span) -> bool:
    """„es“ as expletive, not the start of „es ist …“ in another clause or an object pronoun
    before a noun phrase („gab es Berichte“ keeps „es“; the noun stays out anyway)."""
    return not (j + 1 < sent.end and doc[j + 1].tag_ in FINITE and doc[j - 1].text in CLAUSE_END)


def _same_clause(doc: Doc, a: int, b: int) -> bool:
    return not any(doc[k].text in CLAUSE_END for k in range(min(a, b) + 1, max(a, b)))


def _final_infinitive(doc: Doc, verb: int, sent: Span, exclude: set[int]) -> set[int]:
    """The infinitive that closes the finite cue verb's clause („ließ … verlauten“, „versuchte
    mit den Worten zu beruhigen“)."""
    if doc[verb].tag_ != "VVFIN":
        return set()
    end = verb + 1
    while end < sent.end and doc[end].text not in CLAUSE_END and end not in exclude:
        end += 1
    last = end - 1
    if last > verb and doc[last].tag_ in {"VVINF", "VVIZU"}:
        return {last - 1, last} if doc[last - 1].tag_ == "PTKZU" else {last}
    return set()


def _with_words(doc: Doc, verb: int, sent: Span, exclude: set[int]) -> set[int]:
    """„mit (den | folgenden) Worten“ / „mit der Begründung“ in the verb's clause."""
    for j in range(verb + 1, min(sent.end, verb + 10)):
        if doc[j].text in CLAUSE_END or j in exclude:
            return set()
        if doc[j].lower_ != "mit":
            continue
        k = j + 1
        while k < sent.end and k - j <= 2 and doc[k].tag_ in {"ART", "ADJA", "PIAT", "PDAT"}:
            k += 1
        if k < sent.end and doc[k].lower_ in WITH_NOUNS and k not in exclude:
            return set(range(j, k + 1))
    return set()


def verb_key(doc: Doc, cue_ids: Sequence[int]) -> str:
    """The cue verb's lemma with its separable particle („forderte … auf“ → „auffordern“)."""
    verbs = [i for i in cue_ids if doc[i].tag_.startswith("VV")]
    if not verbs:
        return ""
    lemma = doc[verbs[-1]].lemma_.lower()
    particle = next((doc[i].lower_ for i in cue_ids if doc[i].tag_ == "PTKVZ"), "")
    return lemma if lemma.startswith(particle) else particle + lemma


def object_addressee(
    doc: Doc, frame: Sequence[int], cue_ids: Sequence[int], speaker: Sequence[int]
) -> list[int]:
    """The addressee of a summons or accusation cue (``[]`` if the cue is none or the phrase is
    not in the frame): the object after the verb („forderte den IWF auf“), or in the passive
    the phrase before or right after the auxiliary („Dem Niederländer wurde vorgeworfen“)."""
    key = verb_key(doc, cue_ids)
    if key not in ACCUSATIVE_CUES and key not in PASSIVE_DATIVE and key not in DATIVE_CUES:
        return []
    inside, taken = set(frame), set(speaker) | set(cue_ids)
    verbs = [i for i in cue_ids if doc[i].tag_.startswith("V")]
    lexical = max(i for i in cue_ids if doc[i].tag_.startswith("VV"))
    sent = doc[lexical].sent
    finite = finite_of(doc, lexical, sent)
    passive = finite != lexical and doc[finite].lemma_ == "werden" and doc[lexical].tag_ == "VVPP"
    verb_final = finite == lexical and lexical + 1 < sent.end and doc[lexical].tag_ == "VVPP"
    if verb_final and doc[lexical + 1].lemma_ == "werden":  # „…, die beschuldigt werden, …“
        passive = True
    if passive and key not in ACCUSATIVE_CUES and key not in PASSIVE_DATIVE:
        return []
    if not passive and key not in ACCUSATIVE_CUES:
        return []  # the dative cues' active objects are ``frame_addressee.addressee_of``'s
    if passive and finite - 1 in inside and finite - 1 not in taken:
        start = finite - 1
        while start - 1 in inside and start - 1 not in taken:
            if doc[start - 1].text in CLAUSE_END:
                break
            start -= 1
        start = _clause_opening(doc, start, finite)
        if doc[start].tag_ in PASSIVE_PRONOUNS:
            return [start]  # „…, die dringend einer Straftat verdächtigt werden“
        phrase = _phrase(doc, start, finite, inside, taken)
        if phrase:
            return phrase
    i = min(verbs) + 1
    end = max(frame, default=0) + 1
    while i < end and i in inside and (i in taken or doc[i].tag_ in SKIP):
        i += 1
    if i >= end or i not in inside or doc[i].tag_ not in OBJECT_STARTS:
        return []
    if doc[i].tag_ == "PPER" and doc[i].lower_ in {"sie", "er", "es", "ich", "wir"} and not passive:
        return []  # a nominative pronoun after the verb is its subject
    return _phrase(doc, i, end, inside, taken)


def _clause_opening(doc: Doc, start: int, end: int) -> int:
    """``start`` past the words that open a subordinate clause before its subject: a
    conjunction („als er dazu aufgefordert wurde“) or a preposition with its relative pronoun
    („in der der Partei … vorgeworfen wird“)."""
    if start + 1 < end and doc[start].tag_ == "KOUS":
        return start + 1
    relative = start + 2 < end and doc[start + 1].tag_ in {"PRELS", "PWS"}
    if relative and doc[start].tag_ in {"APPR", "APPRART"}:
        return start + 2
    return start


def _phrase(doc: Doc, start: int, end: int, inside: set[int], taken: set[int]) -> list[int]:
    """The noun phrase at ``start`` inside the frame, none of it taken by another role."""
    if doc[start].tag_ not in OBJECT_STARTS:
        return []
    found = noun_phrase(doc, start, end)
    if not found or any(j not in inside or j in taken for j in found):
        return []
    return found


# Words that never end a speaker phrase („der mexikanische Präsident von der | „…““).
OPEN_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "ADJA", "PIAT", "PPOSAT", "PDAT"})
# After a source noun a new phrase starts with these („nach Einschätzung von Marktbeobachtern |
# einen Tiefschlag“); genitive articles („des“, „der“, „eines“, „einer“) continue it.
OBJECT_ARTICLES = frozenset({"einen", "einem", "den", "dem", "ein", "eine"})

# Adverbs and clause words that a ranker or rule may take for a speaker but that name no one.
ADVERB_TAGS = frozenset({"ADV", "PAV", "PROAV", "PWAV", "KOUS", "KON", "PTKVZ"})


def trim_speaker(doc: Doc, speaker: Sequence[int]) -> list[int]:
    """The speaker phrase without what runs on past its noun phrase: a second bare noun after
    a source noun („nach ersten Meldungen | Schäden“), an object after the head („… |
    einen Tiefschlag“) and trailing function words („von der“, „des“ before a quotation)."""
    ids = sorted(speaker)
    if len(ids) == 1 and doc[ids[0]].lower_ in RELATIVE_SOURCES:
        return ids  # „die Studie, wonach …“: the adverb stands for the study
    if ids and (all(doc[i].tag_ in ADVERB_TAGS for i in ids) or abstract_head(doc, ids)):
        return []  # „Es handle sich demnach um …“, „Die Passivität der Regierung“: no one
    if not ids or any(b != a + 1 for a, b in zip(ids, ids[1:], strict=False)):
        return list(speaker)  # a speaker in pieces is some rule's choice: leave it
    for k in range(1, len(ids)):
        prev, token = doc[ids[k - 1]], doc[ids[k]]
        after_source = prev.tag_ == "NN" and is_source_noun(prev.lemma_ or prev.text)
        if (after_source and token.tag_ == "NN") or (
            prev.tag_ in {"NN", "NE"} and token.text in OBJECT_ARTICLES  # not „Den Haag“
        ):
            ids = ids[:k]
            break
    if ids[0] > 0 and doc[ids[0] - 1].text == "Von" and doc[ids[0]].lower_ == "der":
        ids.insert(0, ids[0] - 1)  # „Von der Leyen betonte“ at the start of a sentence
    while len(ids) > 1 and doc[ids[-1]].tag_ in OPEN_TAGS and doc[ids[-1]].text.islower():
        ids.pop()  # („Der 39-Jährige“ ends in a capitalised adjective)
    return balance_marks(doc, ids)


MARKS = frozenset('„“”"»«‚‘’›‹')


def balance_marks(doc: Doc, ids: list[int]) -> list[int]:
    """The contiguous phrase ``ids`` with its quotation marks paired: a quoted name cut after its
    opening mark gets it back („„D.Live“ kündigt … an“ → „„D.Live““, not „D.Live“ with a stray
    closer); a mark left alone at an edge is dropped."""
    if not ids or sum(doc[i].text in MARKS for i in ids) % 2 == 0:
        return ids
    first, last = ids[0], ids[-1]
    if doc[last].text in MARKS and first > 0 and doc[first - 1].text in MARKS:
        return [first - 1, *ids]
    if doc[first].text in MARKS and last + 1 < len(doc) and doc[last + 1].text in MARKS:
        return [*ids, last + 1]
    while ids and doc[ids[0]].text in MARKS:
        ids = ids[1:]
    while ids and doc[ids[-1]].text in MARKS:
        ids = ids[:-1]
    return ids


def quoted_names(quoted: Sequence[Span]) -> set[int]:
    """Token ids of the quoted spans that are names or titles, not quotations („„Channel 10““)."""
    return {i for span in quoted if is_name(span) for i in range(span.start, span.end)}


def names_by_sentence(doc: Doc, names: set[int]) -> dict[int, list[int]]:
    """The token ids of ``names`` by the start of their sentence (one lookup per sentence)."""
    out: dict[int, list[int]] = {}
    end = -1
    start = 0
    for j in sorted(names):
        if j >= end:
            sent = doc[j].sent
            start, end = sent.start, sent.end
        out.setdefault(start, []).append(j)
    return out


def with_names(
    doc: Doc, frame: Sequence[int], quote: Sequence[int], names: dict[int, list[int]]
) -> list[int]:
    """The frame with the quoted names of its sentences („sagte dem Sender „Al Jazeera““): the
    frame is the sentence around the quotation, and a name in quotation marks is part of it
    (the speaker keeps leaving them out, which the resolver relies on). ``names``: the quoted
    names by sentence start (``names_by_sentence``); the frame's sentences are looked up once
    each, so the cost does not grow with the sentence or the number of names in the text."""
    if not frame or not names:
        return list(frame)
    own = set(quote)
    add = set()
    end = -1
    for i in sorted(frame):
        if i < end:
            continue
        sent = doc[i].sent
        end = sent.end
        add.update(j for j in names.get(sent.start, ()) if j not in own)
    return sorted(set(frame) | add)


def opening_colon(doc: Doc, quote: Sequence[int], frame: Sequence[int]) -> list[int]:
    """The frame of a Direct quotation with the colon that opens it („X sagte: „…““; train: in
    the frame 48 of 58 times), when the frame reaches up to that colon."""
    if not quote or not frame:
        return list(frame)
    colon = min(quote) - 1
    if colon - 1 in set(frame) and doc[colon].text == ":":
        return sorted({*frame, colon})
    return list(frame)


MAX_SHORT = 2  # words of a quoted phrase below the Direct rules' minimum


def nested_short(
    outer: Found, quoted: Sequence[Span], taken: Sequence[Sequence[int]]
) -> list[Found]:
    """A Direct quotation for each quoted word or two inside an Indirect quotation („erklärte,
    die Lage bleibe „kritisch““), with its speaker, cue and frame — as train annotates them
    (45 of 99 such phrases, same speaker; names „„Hvalur 9““ and titles stay plain words)."""
    inner, known = set(outer.quote), {tuple(sorted(q)) for q in taken}
    found = []
    for span in quoted:
        ids = list(range(span.start, span.end))
        words = [t for t in span if not t.is_punct and not t.is_quote]
        if not words or len(words) > MAX_SHORT or not set(ids) <= inner or tuple(ids) in known:
            continue
        if all(t.tag_ in {"NE", "FM", "CARD"} for t in words) or titled(span):
            continue  # a name, or a title or term („setzten den Begriff „Kalifat“ … ein“)
        found.append(
            Found(
                ids,
                outer.cue,
                list(outer.speaker),
                list(outer.frame),
                "Direct",
                outer.medium,
                outer.confidence,
                list(outer.cue_ids),
                "nested",
                list(outer.addressee),
            )
        )
    return found


# Words of an apposition after a name („John Kline, ein Repräsentant aus Minnesota, sagte …“).
APPOSITION_TAGS = frozenset(
    {"ART", "ADJA", "ADJD", "ADV", "NN", "NE", "FM", "CARD", "APPR", "APPRART", "PPOSAT", "PIAT",
     "KON", "TRUNC", "$(", "XY"}
)  # fmt: skip
APPOSITION_STARTS = frozenset({"ART", "ADJA", "NN", "PPOSAT", "PIAT"})
MAX_APPOSITION = 16


def with_apposition(doc: Doc, found: Found, speaker: Sequence[int]) -> list[int]:
    """The speaker name ``speaker`` of ``found`` with the apposition between it and the cue
    verb, as the Wikinews annotation marks it („Gabriela Schimmer-Göresz, Vorsitzende des
    ödp-Kreisverbandes Memmingen …, verteidigte“): the name ends before a comma, a noun phrase
    of at most ``MAX_APPOSITION`` words follows up to a second comma, and the finite verb (the
    cue, if any) comes right after it. A stray comma at the end of the speaker is dropped
    („Şükrü Can ,“)."""
    ids = sorted(speaker)
    while len(ids) > 1 and doc[ids[-1]].text == ",":
        ids.pop()
    if not ids or any(b != a + 1 for a, b in zip(ids, ids[1:], strict=False)):
        return ids or list(speaker)
    last = ids[-1]
    named = doc[last].tag_ == "NE" or doc[last].ent_type_ in ("PER", "ORG")
    if not named or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return ids
    if doc[last + 2].tag_ not in APPOSITION_STARTS:
        return ids
    stop = min(len(doc), last + 3 + MAX_APPOSITION)
    close = next((i for i in range(last + 2, stop) if doc[i].text in APPOSITION_ENDS), None)
    if close is None:
        return ids
    if doc[close].text != ",":  # „…, sagte Bill Graham, Parteichef der Liberalen.“
        if not _closes_postposed(doc, found, ids, close):
            return ids
    elif close + 1 >= len(doc) or doc[close + 1].tag_ not in FINITE:
        return ids  # no verb right after the apposition (or the text ends with its comma)
    elif found.cue is not None and close + 1 != found.cue.i:
        return ids
    if not apposition_words(doc, range(last + 2, close)):
        return ids
    return [*ids, *range(last + 1, close)]


def apposition_words(doc: Doc, words: range) -> bool:
    """Words that can be an apposition: a common noun, only ``APPOSITION_TAGS`` and marks."""
    fits = [doc[i].tag_ in APPOSITION_TAGS or doc[i].text in MARKS for i in words]
    return any(doc[i].tag_ == "NN" for i in words) and all(fits)


# What ends an apposition after a name: its closing comma, or for a speaker after the cue the
# sentence's end or the colon before the quotation („sagte Jon Bon Jovi, Gründer der Rockband:“).
APPOSITION_ENDS = frozenset({",", ".", ":", "!", "?"})


# Oblique articles open an object, no apposition („…, Colette Boos-John, den Auftritt … hart“).
OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines"})


def _closes_postposed(doc: Doc, found: Found, ids: Sequence[int], close: int) -> bool:
    """Whether the speaker ``ids`` stands after its cue, has no apposition yet, and ``close``
    is the end of its sentence or a colon, with a nominative phrase in between (Wikinews
    train: 12 such appositions left out of the speaker)."""
    first = ids[0]
    if found.cue is None or not found.cue.i < first or found.cue.sent != doc[first].sent:
        return False
    if any(doc[i].text == "," for i in ids) or doc[ids[-1] + 2].lower_ in OBLIQUE_ARTICLES:
        return False
    return doc[close].text == ":" or close == doc[first].sent.end - 1


OPENING_MARKS = frozenset('„"»‚›')
CLOSING_MARKS = frozenset('“”"«‘’‹')


MAX_QUOTED_NAME = 6


def with_quoted_name(doc: Doc, ids: list[int]) -> list[int]:
    """A noun phrase with the quoted name that follows its noun as an apposition („dem
    Fernsehsender „Al Jazeera““, „der Website „icelandreview.com““): the name runs up to its
    closing mark, at most ``MAX_QUOTED_NAME`` words, and is no quotation (``is_name``)."""
    if not ids or any(b != a + 1 for a, b in zip(ids, ids[1:], strict=False)):
        return ids
    last = ids[-1]
    if doc[last].tag_ != "NN" or last + 2 >= len(doc) or doc[last + 1].text not in OPENING_MARKS:
        return ids
    stop = min(len(doc), last + 3 + MAX_QUOTED_NAME)
    close = next((i for i in range(last + 2, stop) if doc[i].text in CLOSING_MARKS), None)
    if close is None or not is_name(doc[last + 1 : close + 1]):
        return ids
    return [*ids, *range(last + 1, close + 1)]
