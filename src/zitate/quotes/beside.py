"""Reported statements beside a quotation in the same sentence: what the speech act of the
frame says on its own („HRW widerspricht der Darstellung jedoch: «…»“, „Lawrow sieht das Land als
„Spielball Kiews“ und erklärte: „…““, „Der Städtetag befürwortet die Änderungen zwar und verweist
darauf, dass …“, „…, kritisierte der Landeschef die Vorgangsweise von Minister Klug“).

Stage: quotation attribution (after the sentence's Direct and Indirect quotations are composed).
Input: a tagged sentence and the quotations found in it. Output: at most one ``Found`` of type
Reported per stretch of the sentence outside those quotations (split at colons and semicolons):
the object of its first finite speech act (``reported.finite_act``: „widerspricht“, „weist …
zurück“, „findet … besorgniserregend“) — the words of the verb's clause other than the verb, its
subject and a leading conjunction or adverb —, its speaker the verb's subject or, for a verb
joined by „und“ without one, the speaker of the sentence's quotation. Nothing is reported by a
verb in a subordinate clause, by a verb of saying learned from SpkAtt alone (its object is what
it explains or quotes: „erklärt Haustein die „Eskalation““, „zitiert … eine Person“), or by an
object without a noun or name („verweist darauf“) or that gives only the circumstances or the
addressee of the saying (``says_something``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS as FINITE
from .candidates import Found
from .phrase_acts import REFLEXIVE_PREPOSITION_ACTS
from .reported import finite_act, learned_acts
from .roles import INSTITUTION_HEADS, speaker_of
from .speaker_nouns import is_person_noun

SEGMENT_ENDS = frozenset({":", ";"})
OBJECT_HEADS = frozenset({"NN", "NE", "FM"})
# Words that open the stretch without belonging to the object („Doch der Minister …“).
LEADING_TAGS = frozenset({"KON", "ADV", "PAV", "$,", "$(", "$.", "XY"})
# Tokens that open the field before the verb as an object of its own („Einen direkten
# Zusammenhang … sieht Marc Olefs“, „Dass der Artikel ein Grund gewesen sein soll, weist … zurück“).
FRONTED_OBJECT_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PDS", "PIAT", "KOUS"})
NEW_CLAUSE_TAGS = frozenset({"PPER"} | FINITE)
MIN_OBJECT = 2
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "KOKOM"})
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"})
ADVERB_TAGS = frozenset({"ADV", "ADJD", "PAV", "PTKNEG"})
# What stands in a noun phrase before its noun („das unbedingte Engagement“, „„Spielball““).
PHRASE_TAGS = DETERMINER_TAGS | {"ADJA", "CARD", "ADV", "$(", "XY"}
FUNCTION_TAGS = PREPOSITION_TAGS | DETERMINER_TAGS | {"$,", "$.", "$("}
PREDICATE_TAGS = frozenset({"ADJD", "VVPP"})
ACTOR_ENTITIES = frozenset({"PER", "ORG", "LOC"})
INSTITUTIONS = (*INSTITUTION_HEADS, "regierung", "partei")
CLAUSE_OPENERS = frozenset({"KOUS", "PWS", "PWAV", "PWAT"})
THAT_WORDS = frozenset({"dass", "ob"})  # a fronted content clause, not „Damit …“
NOTHING = frozenset({"nichts"})
# Determiners that mark a dative alone („sagte dem Tagesspiegel“, „seinem Kontrahenten“).
DATIVE_ONLY = frozenset(
    {"dem", "einem", "keinem", "seinem", "ihrem", "meinem", "deinem", "unserem", "eurem"}
    | {"diesem", "jenem", "jedem", "welchem"}
)


def beside_statements(doc: Doc, sent: Span, found: list[Found]) -> list[Found]:
    """The Reported statements of the speech acts of ``sent`` outside the quotations ``found``
    (its Direct and Indirect quotations; none without them)."""
    covered = {i for f in found for i in f.quote}
    if not covered:
        return []
    statements = []
    for start, end in _stretches(sent, covered):
        item = _statement(doc, sent, start, end, covered, found)
        if item is not None:
            statements.append(item)
    return statements


def _stretches(sent: Span, covered: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of tokens outside ``covered``, cut after each colon or semicolon (the
    colon stays with the run before it: it ends the clause of a predicate)."""
    runs, start = [], None
    for token in sent:
        if token.i in covered:
            if start is not None:
                runs.append((start, token.i))
            start = None
            continue
        if start is None:
            start = token.i
        if token.text in SEGMENT_ENDS:
            runs.append((start, token.i + 1))
            start = None
    if start is not None:
        runs.append((start, sent.end))
    return runs


def _statement(
    doc: Doc, sent: Span, start: int, end: int, covered: set[int], found: list[Found]
) -> Found | None:
    """The Reported statement of the first speech act in ``doc[start:end]``, or ``None``."""
    if end < sent.end and end in covered and doc[end - 1].text not in SEGMENT_ENDS | {","}:
        return None  # „nennt den Vorgang ein „Musterbeispiel …““: the quotation is its object
    act = finite_act(doc[start:end])
    if not act or any(_governed(doc, item, act) for item in found):
        return None  # „forderte die Schüler auf, … zu bleiben“: the clause is what it says
    verb = act[0]
    if doc[verb].lemma_.lower() in learned_acts():
        return None  # „erklärt Haustein die „Eskalation““, „zitiert … eine Person“: what it names
    joined = verb - 1 >= start and doc[verb - 1].tag_ == "KON"
    if joined:  # „… und erklärte“: the subject the verbs share, that of the quotation
        speaker = next((list(f.speaker) for f in found if f.speaker), [])
    else:
        speaker = speaker_of(doc, verb, sent, covered | set(act))
        if not set(speaker) <= set(range(start, end)):
            return None
    if not speaker:
        return None
    own = {i for i in act if doc[i].tag_ in FINITE or doc[i].tag_ == "PTKVZ"}
    quote = _object(doc, start, end, verb, own | set(speaker))
    if len(quote) < MIN_OBJECT or not says_something(doc, quote, act, speaker):
        return None  # „verweist darauf“, „sagte dem Tagesspiegel“, „auf Anfrage“
    if any(_cue_ids(item) & set(quote) for item in found):
        return None  # „forderte das Verbot nach einer Erklärung, in der … vorgeworfen wird, …“
    for item in found:  # „befürwortet die Änderungen und verweist darauf, dass …“: the
        if set(item.speaker) & set(quote):  # object of the act speaks not
            item.speaker = list(speaker)
    return Found(quote, doc[verb], speaker, [], "Reported", "Speech", 0.6, list(act))


def says_something(doc: Doc, quote: list[int], act: list[int], speaker: list[int]) -> bool:
    """Whether ``quote`` holds what the act says: its predicate or object noun („findet …
    besorgniserregend“, „macht … einen Vorwurf“), a fronted „dass“ clause, or a noun phrase
    that opens it (after adverbs) with a determiner that is not dative alone — not the
    circumstances of a saying („auf Anfrage“, „im Gespräch mit …“, „am Montag“), its addressee
    („dem Tagesspiegel“), an apposition of the speaker („, sicherheitspolitischer Sprecher der
    Grünen“) or a denied content („erzählt … nichts“)."""
    if any(i in act for i in quote):  # not „kommt … zum Ergebnis, dass …“: the act alone
        rest = [i for i in quote if i not in act and doc[i].tag_ not in FUNCTION_TAGS]
        return bool(rest) or any(doc[i].tag_ in PREDICATE_TAGS for i in quote if i in act)
    if any(doc[i].lower_ in NOTHING for i in quote):
        return False
    first = next((doc[i] for i in quote if doc[i].tag_ not in ADVERB_TAGS), None)
    if first is None or first.lower_ in THAT_WORDS:
        return first is not None
    if first.tag_ == "PRF":  # „freute sich über das gute Gesprächsklima“: the phrase it takes
        return _side_taken(doc, quote, act, first)
    apposition = first.i > 0 and doc[first.i - 1].text == "," and first.i - 2 in speaker
    if first.tag_ in PREPOSITION_TAGS or first.is_punct or apposition:
        return False  # „… auf Anfrage“, „Lindner, sicherheitspolitischer Sprecher …“
    if first.tag_ in DETERMINER_TAGS and first.lower_ in DATIVE_ONLY:
        return False
    for i in quote[quote.index(first.i) :]:
        if doc[i].tag_ in OBJECT_HEADS:  # an actor is the addressee („warf den USA vor“)
            return not _actor(doc[i]) or any(doc[j].lower_ == "als" for j in quote)
        if doc[i].tag_ not in PHRASE_TAGS:
            return False
    return False


def _side_taken(doc: Doc, quote: list[int], act: list[int], sich: Token) -> bool:
    """Whether the preposition after „sich“ is one the act's verb takes a side or a feeling
    with (``phrase_acts.REFLEXIVE_PREPOSITION_ACTS``) and a noun follows it."""
    prepositions = REFLEXIVE_PREPOSITION_ACTS.get(doc[act[0]].lemma_.lower(), frozenset())
    rest = [doc[i] for i in quote if i > sich.i]
    if not rest or rest[0].tag_ not in PREPOSITION_TAGS or rest[0].lower_ not in prepositions:
        return False
    return any(t.tag_ in OBJECT_HEADS for t in rest[1:])


def _actor(token: Token) -> bool:
    """A name, a person noun or an institution („den USA“, „die Schüler“, „den Behörden“)."""
    if token.tag_ == "NE" or token.ent_type_ in ACTOR_ENTITIES:
        return True
    return is_person_noun(token.lemma_) or token.lemma_.lower().endswith(INSTITUTIONS)


def _governed(doc: Doc, item: Found, act: list[int]) -> bool:
    """Whether ``item`` is an Indirect clause after the act and a comma that its verb governs: a
    subordinate or wh- clause or a zu-infinitive without a finite verb („kündigte an, … zu
    schließen“) — not the speaker's own words after a colon („weist Ostermayer zurück: Wenn
    man …, wäre …“) or before the act."""
    if item.type != "Indirect" or not item.quote or not set(act) & _cue_ids(item):
        return False
    first = doc[min(item.quote)]
    if first.i < act[0] or doc[first.i - 1].text != ",":
        return False  # „Ob der Klug klug ist, …, kritisierte der Landeschef …“, „…: Wenn …“
    if first.tag_ in CLAUSE_OPENERS:
        return True
    return not any(doc[i].tag_ in FINITE for i in item.quote)


def _cue_ids(item: Found) -> set[int]:
    return set(item.cue_ids) | ({item.cue.i} if item.cue is not None else set())


def _object(doc: Doc, start: int, end: int, verb: int, own: set[int]) -> list[int]:
    """The words of the verb's clause in ``doc[start:end]`` other than ``own`` (verb, particle,
    subject): the field before the verb where it opens like an object, and the rest of the
    clause after it up to a coordinated or new clause."""
    before = [i for i in range(start, verb) if i not in own]
    while before and doc[before[0]].tag_ in LEADING_TAGS:
        before.pop(0)
    if before and (doc[before[0]].tag_ not in FRONTED_OBJECT_TAGS or _gap(before)):
        before = []
    after = []
    for i in range(verb + 1, end):
        token = doc[i]
        if token.tag_ == "KON" and _finite_follows(doc, i + 1, end):
            break
        if token.text == "," and i + 1 < end and doc[i + 1].tag_ in NEW_CLAUSE_TAGS:
            break
        if token.text == "," and i + 1 < end and _adverbial_clause(doc[i + 1]):
            break  # „freute sich über …, wenngleich auch er betonte, …“
        if i not in own:
            after.append(i)
    ids = before + after
    while ids and (doc[ids[-1]].is_punct or doc[ids[-1]].is_quote) and not _closes(doc, ids):
        ids.pop()
    return ids


def _adverbial_clause(token: Token) -> bool:
    """A conjunction that opens an adverbial clause, no content clause („wenngleich“, „weil“)."""
    return token.tag_ == "KOUS" and token.lower_ not in THAT_WORDS


def _gap(ids: list[int]) -> bool:
    """Whether the ids do not run on without a gap (the subject stands inside the field)."""
    return ids[-1] - ids[0] + 1 != len(ids)


def _finite_follows(doc: Doc, i: int, end: int) -> bool:
    """A finite verb within the next three tokens („und erklärte“, „und stellte es so dar“)."""
    return any(doc[j].tag_ in FINITE for j in range(i, min(end, i + 3)))


def _closes(doc: Doc, ids: list[int]) -> bool:
    """Whether the last token closes a bracket or quotation mark opened in ``ids``
    („als „Spielball Kiews““, „Gerald Klug (SPÖ)“)."""
    last = doc[ids[-1]].text
    if last == ")":
        return any(doc[i].text == "(" for i in ids)
    return doc[ids[-1]].is_quote and sum(1 for i in ids if doc[i].is_quote) % 2 == 0
