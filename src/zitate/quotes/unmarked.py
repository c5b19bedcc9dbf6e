"""Direct speech in a text without quotation marks: the speaker's own words around an unmarked
speech clause („Im Prinzip ist das eine Milchmädchenrechnung, sagt Doris Ritzberger-Grünwald.
Wir haben nur zusammengezählt, … Das ist unter Ökonomen unumstritten.“).

Stage: quotation attribution (used by ``quotes.model``), only where the whole text has no
quotation mark (scraped text, corpora such as 10kGNAD that dropped the marks): where a text has
marks, the words outside them are the author's. Input: a tagged ``Doc`` (STTS tags, ``Mood``,
``Tense`` and ``Person`` from the base pipeline), a ``SentenceView`` and the quotations found
so far. Output: whether a sentence continues the running speaker in his own words
(``own_words``), that sentence's Direct quotation (``own_words_quotation``), the own-word
sentences right before a speech clause (``preceding_own_words``) and whether a clause before or
after a speech clause („…, sagt X.“, „X spricht Klartext: …“) is Direct (``direct_clause``);
whether a text lost its marks at all (``stripped_marks``: „ich“ / „wir“ outside marks, or an
indicative clause before „…, sagt X.“, ``postposed.unmarked_statement``). Runs of one
speaker's words between two of his statements and the speakers of „ich“ are ``own_runs``'; the
frames of such speech (a colon after a speaker, a verb after the words) are
``unmarked_frames``'.

The decision is read off the sentence's form: the speaker's own words are in the first person,
or in the present-tense indicative without the marks of narration — the speaker named in the
third person, a newsroom's time reference („am Donnerstag“), the past tense, an agency credit
— or, right after Direct words, a judgement of a thing („Sie ist nicht größer als …“). A
sentence in Konjunktiv I is reported speech (``sentence.konjunktiv_continuation``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .candidates import Found, previous_sentence, quoted_spans
from .clauses import FINITE_TAGS, main_verb
from .datelines import dateline_end
from .name_tags import surnames
from .postposed import frame_verbs, unmarked_statement
from .reported import THAT_WORDS, subordinate
from .sentence import NO_QUOTE, SentenceView
from .speaker_nouns import is_person_noun
from .speakers import is_tagged
from .time_phrases import news_times

FIRST_PERSON_TAGS = frozenset({"PPER", "PRF", "PPOSAT", "PPOSS"})
DATA = "unmarked_speech.json"


@dataclass(frozen=True)
class Words:
    """The word lists of ``data/unmarked_speech.json``."""

    first_person: frozenset[str]  # „ich“, „wir“ and their forms, lower case
    readers: frozenset[str]  # the polite „Sie“ of a newsroom addressing its readers
    third_person: frozenset[str]  # „er“, „sie“: as the subject, narration about a person
    news_times: frozenset[str]  # weekdays, months, „gestern“: a newsroom's time reference
    impersonal: frozenset[str]  # „es“, „das“, „man“: the subject of a judgement


@lru_cache(maxsize=1)
def words() -> Words:
    data = json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))
    return Words(
        first_person=frozenset(data["first_person"]),
        readers=frozenset(data["reader_pronouns"]),
        third_person=frozenset(data["third_person_subjects"]),
        news_times=news_times(),  # one reader of the list: ``time_phrases``
        impersonal=frozenset(data["impersonal_subjects"]),
    )


INFINITIVE_TAGS = frozenset({"VAINF", "VVINF", "VMINF"})
PRONOUN_TAGS = frozenset({"PPER", "PDS", "PIS"})
YEAR = re.compile(r"(19|20)\d\d")
QUESTION_TAGS = frozenset({"PWAV", "PWS", "PWAT"})


def stripped_marks(doc: Doc) -> bool:
    """Whether ``doc`` is a text whose quotation marks were dropped: it has no quotation mark
    (or only in its headline, ``unmarked_body``), is tagged, and a first-person pronoun stands
    in it („Wir haben nur zusammengezählt, …“) — a news text written without quotations has no
    „ich“ or „wir“ outside them (Wikinews dev: 1 of its 54 texts without marks) — or a sentence
    has the form of unmarked own words before a speech frame (``unmarked_statement``):
    reported words are in the Konjunktiv."""
    if not is_tagged(doc):
        return False
    text = unmarked_body(doc)
    if text is None:
        return False
    return first_person(text) or any(unmarked_statement(sent) for sent in text.sents)


def unmarked_body(doc: Doc) -> Span | None:
    """The text after a headline that alone keeps quotation marks („Pilgermaier sieht
    "kleinstmöglichen gemeinsamen Nenner" – …. Wien – Eine Änderung …“: 10kGNAD dropped the
    marks of the body only), the whole text where it has none, else ``None``. The first
    sentence is a headline where the next opens the body with a dateline („Wien – “); before
    other words, its marks are a quotation of the text („„…“, sagt X. Wir haben …“)."""
    spans = quoted_spans(doc)
    if not spans:
        return doc[:]
    sents = doc.sents
    first, second = next(sents), next(sents, None)
    if second is None or any(span.end > first.end for span in spans):
        return None
    if dateline_end(doc, second, second.end) == second.start:
        return None
    return doc[first.end :]


def first_person(sent: Span) -> bool:
    """„ich“ / „wir“ or one of their forms in the sentence (a first-person pronoun)."""
    return any(t.lower_ in words().first_person and t.tag_ in FIRST_PERSON_TAGS for t in sent)


def addresses_readers(sent: Span) -> bool:
    """„Wir halten Sie auf dem Laufenden.“: the polite „Sie“ inside a sentence."""
    return any(t.text in words().readers and t.i > sent.start for t in sent)


def touches(sent: Span, ids: set[int]) -> bool:
    """Whether a token of ``sent`` is one of ``ids`` (inside a quotation, already covered)."""
    return any(i in ids for i in range(sent.start, sent.end))


def third_person_pronoun(token: Token) -> bool:
    """„er“ / „sie“ as a personal pronoun: a person the narration talks about."""
    return token.tag_ == "PPER" and token.lower_ in words().third_person


def person_head(token: Token) -> bool:
    """A name or a person noun („Polizist“, „Kommissar“) heading a speaker's noun phrase."""
    return token.tag_ == "NE" or (token.tag_ == "NN" and is_person_noun(token.text))


def indicative_clause(tokens) -> bool:
    """Whether ``tokens`` have a finite verb and none in the Konjunktiv: the speaker's own
    words, not reported speech."""
    verbs = [t for t in tokens if t.tag_ in FINITE_TAGS]
    return bool(verbs) and not any("Sub" in v.morph.get("Mood") for v in verbs)


def names_speaker(sent: Span, speaker: list[int]) -> bool:
    """Whether the sentence names the speaker by a proper name of the speaker's phrase
    („Preitler arbeitet für Hemayat, …“ after „…, sagt Preitler.“): narration about them."""
    doc = sent.doc
    names = {doc[i].text for i in speaker if doc[i].tag_ == "NE"}
    return any(t.text in names for t in sent)


def narration(sent: Span, verb: Token, past: bool = True) -> bool:
    """The marks of the author's narration in a sentence without the first person: the
    past tense („Das Unternehmen wollte sich … sparen.“), a newsroom's date („am Donnerstag“,
    „seit 2011“),
    a third-person pronoun or a person's name as the subject of the main verb („Er hat einige
    hundert Meter von der Grenze entfernt … ein Wirtshaus.“, „Mödlhammer ist Bürgermeister von
    Hallwang in Salzburg.“) or an agency credit („(APA, 24.9.2015)“)."""
    if past and "Past" in verb.morph.get("Tense"):
        return True  # (not the Konjunktiv II „wäre“, ``past`` False)
    doc = sent.doc
    if any(t.text in words().news_times or YEAR.fullmatch(t.text) for t in sent):
        return True
    if any(t.text == "(" and t.i + 1 < sent.end and doc[t.i + 1].tag_ == "NE" for t in sent):
        return True
    around = [doc[i] for i in (verb.i - 1, verb.i + 1) if sent.start <= i < sent.end]
    if any(t.i < verb.i and _person_name(t) for t in around):
        return True  # a person's name as the subject: „Mödlhammer ist Bürgermeister von …“
    return any(third_person_pronoun(t) for t in around)


def _person_name(token: Token) -> bool:
    """A person's name: tagged so, or the surname of a person the document names in full
    („Mödlhammer“, tagged a noun, after „Gemeindebundpräsident Helmut Mödlhammer“)."""
    if token.tag_ == "NE" and token.ent_type_ == "PER":
        return True
    return token.tag_ in ("NE", "NN") and token.text in surnames(token.doc)


def own_words(
    sent: Span,
    speaker: list[int],
    reported: bool = False,
    between: bool = False,
    direct: bool = False,
) -> bool:
    """Whether ``sent``, next to a statement of ``speaker`` in a text without quotation marks,
    has the form of the speaker's own words: its main clause is in the indicative, it does not
    name the speaker, and it is in the first person or (not after a ``reported`` act) in the
    present tense with no mark of narration and, unless it stands ``between`` two statements
    of the speaker, the form of a judgement („Das ist unter Ökonomen unumstritten.“). After
    the speaker's ``direct`` words a judgement may be in the past („Es war sehr beklemmend.“,
    ``past_judgement``)."""
    verb = main_verb(sent)
    if verb is None or addresses_readers(sent):
        return False
    weighing = "Sub" in verb.morph.get("Mood")
    if weighing and not (between and konjunktiv_two(verb)):
        return False
    if names_speaker(sent, speaker):
        return False
    if first_person(sent):
        return True
    if reported:
        return False
    if direct and (past_judgement(sent, verb) or thing_judgement(sent, verb)):
        return True
    if narration(sent, verb, past=not weighing):
        return False
    return between or judgement(sent, verb)


def konjunktiv_two(verb: Token) -> bool:
    """Konjunktiv II of „sein“ or „haben“ („Besser für Unausgebildete wäre etwa ein
    Taschenalarm.“): between two statements of a speaker his own weighing, not reported speech."""
    return "Past" in verb.morph.get("Tense") and verb.lemma_.lower() in ("sein", "haben")


def past_judgement(sent: Span, verb: Token) -> bool:
    """A copula in the past with an impersonal subject next to it and no date („Es war sehr
    beklemmend.“, „Alles war außer Kontrolle.“): how the speaker judged what happened."""
    if "Past" not in verb.morph.get("Tense") or verb.lemma_.lower() != "sein":
        return False
    doc = sent.doc
    if any(t.text in words().news_times or YEAR.fullmatch(t.text) for t in sent):
        return False
    around = [doc[i] for i in (verb.i - 1, verb.i + 1) if sent.start <= i < sent.end]
    return any(t.lower_ in words().impersonal and t.tag_ in PRONOUN_TAGS for t in around)


def thing_judgement(sent: Span, verb: Token) -> bool:
    """A present copula whose subject is „sie“ / „es“ in the singular in a sentence that names
    no person („Es gibt keine Gefahr. Sie ist nicht größer als auf den Flughäfen …“): the
    speaker judging the thing he spoke of, not narration about a person."""
    if verb.lemma_.lower() != "sein" or "Pres" not in verb.morph.get("Tense"):
        return False
    if "Sing" not in verb.morph.get("Number") or any(t.ent_type_ == "PER" for t in sent):
        return False
    if any(t.tag_ == "NN" and t.text[:1].isupper() and is_person_noun(t.text) for t in sent):
        return False
    doc = sent.doc
    around = [doc[i] for i in (verb.i - 1, verb.i + 1) if sent.start <= i < sent.end]
    return any(t.lower_ in ("sie", "es") and t.tag_ == "PPER" for t in around)


def judgement(sent: Span, verb: Token) -> bool:
    """The form of a judgement rather than of a report of events: the main verb is a copula
    or „haben“ (not its perfect: „Polizisten haben hier … Stellung bezogen.“) or a modal
    („Das ist unter Ökonomen unumstritten.“, „Die Kinder dürfen erzählen“), „werden“ with an
    infinitive („Zuerst werden es die Moslems … sein.“; not the passive „wird … ausgegeben“),
    or an impersonal subject stands next to it („Hier handelt es sich um …“, „Es gibt keine
    Gefahr.“) — present-tense narration has a lexical verb and a noun subject („Indessen
    spielen sich unten … dramatische Szenen ab.“)."""
    doc = sent.doc
    if verb.tag_ == "VMFIN":
        return True
    if verb.tag_ == "VAFIN":
        after = doc[verb.i + 1 : sent.end]
        if verb.lemma_.lower() == "werden":
            return any(t.tag_ in INFINITIVE_TAGS for t in after)
        if verb.lemma_.lower() == "sein":
            return True  # „Derzeit sind ganz klar andere Staaten gefordert.“
        return not any(t.tag_ == "VVPP" and not subordinate(sent, t.i) for t in after)
    around = [doc[i] for i in range(verb.i - 2, verb.i + 3) if sent.start <= i < sent.end]
    return any(t.lower_ in words().impersonal and t.tag_ in PRONOUN_TAGS for t in around)


def own_words_continuation(
    view: SentenceView, found: list[Found], stripped: bool, label: str = NO_QUOTE
) -> bool:
    """Whether a sentence of a text without any quotation mark continues the running speaker
    in his own words: it has no quotation or cue of its own (a cue whose subject is „ich“ or
    „wir“ is the running speaker's: „Wir haben nur zusammengezählt, wie viel Geld …“, even
    where the classifier's ``label`` calls the sentence a quotation), the
    last quotation ends in the sentence before, and the sentence has the form of ``own_words``
    („Wir brauchen einen Hubschrauber, der permanent dort stationiert ist.“ after „…, sagte
    Platter.“)."""
    if not stripped or view.inside or view.direct or view.covered:
        return False
    doc = view.sent.doc
    own = [f for f in view.indirect if first_person_speaker(doc, f) or _thing_subject(doc, f)]
    first = label == "Reported" and not view.indirect and first_person_subject(view.sent)
    if label != NO_QUOTE and not (own and len(own) == len(view.indirect)) and not first:
        return False  # the classifier's quotation, unless its speaker is „ich“ / „wir“
    if not continues(view.sent, found):
        return False
    if any((f.kind != "clause" or f.speaker) and f not in own for f in view.indirect):
        return False  # a cue or a speaker of its own: the rules' Indirect quotation
    if pronoun_frame(view.sent):
        return False  # „Wir haben …, sagte er in Brüssel am Morgen, aber …“: its own frame
    last = found[-1]
    return own_words(
        view.sent, last.speaker, reported=last.type == "Reported", direct=last.type == "Direct"
    )


FRAME_PRONOUNS = frozenset({"er", "sie"})  # the subject of an inserted „…, sagte er, …“


def pronoun_frame(sent: Span) -> bool:
    """Whether the sentence holds a speech frame of its own after a comma with a third-person
    pronoun as subject („Wir haben einen harten Kampf geliefert, sagte er in Brüssel am
    Morgen, aber …“): then someone named by that frame speaks, not the running speaker."""
    doc = sent.doc
    for i in frame_verbs(doc, sent.start, sent.end):
        if i + 1 < sent.end:
            after = doc[i + 1]
            if after.tag_ == "PPER" and after.lower_ in FRAME_PRONOUNS:
                return True
    return False


def _thing_subject(doc: Doc, item: Found) -> bool:
    """A clause candidate whose „speaker“ is the subject „sie“ / „es“ of a copula right next to
    it („Sie ist nicht größer als …“): the thing judged, nobody who speaks."""
    if item.kind != "clause" or len(item.speaker) != 1 or item.cue is None:
        return False
    subject = doc[item.speaker[0]]
    near = abs(subject.i - item.cue.i) == 1 and item.cue.lemma_.lower() == "sein"
    return near and subject.lower_ in ("sie", "es") and subject.tag_ == "PPER"


def first_person_subject(sent: Span) -> bool:
    """„ich“ or „wir“ next to the main verb („Ich beharre darauf.“): a speech act that the
    speaker tells of himself, in a text without marks his own words, not a Reported act."""
    verb = main_verb(sent)
    if verb is None:
        return False
    doc = sent.doc
    around = [doc[i] for i in (verb.i - 1, verb.i + 1) if sent.start <= i < sent.end]
    return any(t.lower_ in ("ich", "wir") and t.tag_ == "PPER" for t in around)


def own_clause(view: SentenceView, stripped: bool, label: str) -> Found | None:
    """A first-person sentence of a text without marks whose clause has a named subject of its
    own („Andriukaitis findet es gut, wenn über TTIP gestritten wird, das zeigt allen …, dass
    wir bereit sind, …“), where the classifier sees no quotation, or a Reported one („findet …
    gut“): that speaker's Direct words, the whole sentence."""
    if not stripped or label not in (NO_QUOTE, "Reported"):
        return None
    if view.inside or view.direct or view.covered:
        return None
    clauses = [f for f in view.indirect if f.kind == "clause" and f.speaker]
    if len(clauses) != 1 or len(view.indirect) != 1:
        return None
    item = clauses[0]
    doc = view.sent.doc
    if first_person_speaker(doc, item) or not first_person(view.sent):
        return None
    if not own_words(view.sent, []):
        return None
    return own_words_quotation(doc, view.sent, item, item.confidence)


def first_person_speaker(doc: Doc, item: Found) -> bool:
    return bool(item.speaker) and all(doc[i].lower_ in words().first_person for i in item.speaker)


def continues(sent: Span, found: list[Found]) -> bool:
    """Whether the last quotation has a speaker and ends in the sentence before ``sent``."""
    if not found or not found[-1].speaker or not found[-1].quote:
        return False
    prev = previous_sentence(sent.doc, sent)
    return prev is not None and max(found[-1].quote) >= prev.start


def own_words_quotation(doc: Doc, sent: Span, last: Found, confidence: float) -> Found:
    """The Direct quotation of a whole own-words sentence, spoken by ``last``'s speaker."""
    opening = dateline_end(doc, sent, sent.end)
    ids = [t.i for t in sent if t.i >= opening]
    found = Found(ids, None, list(last.speaker), [], "Direct", last.medium, confidence)
    found.kind = "own_words"
    return found


def preceding_own_words(doc: Doc, found: list[Found], covered: set[int]) -> list[Found]:
    """Own-word sentences in the first person right before a sentence that opens with an
    unmarked statement closed by a speech clause („Es ist nicht ganz einfach für uns. Wir hören
    immer die Schreie, … Das alles ist schon sehr beunruhigend, sagt Weinbauer Trummer.“): the
    same speaker's Direct quotations, walking back while no quotation covers the sentence."""
    new = []
    for item in found:
        if item.kind != "before" or not item.speaker or not item.quote:
            continue
        sent = doc[min(item.quote)].sent
        if min(item.quote) != sent.start:
            continue
        prev = previous_sentence(doc, sent)
        while prev is not None and not covered & set(range(prev.start, prev.end)):
            if not first_person(prev) or not own_words(prev, item.speaker):
                break
            quote = own_words_quotation(doc, prev, item, item.confidence)
            new.append(quote)
            covered |= set(quote.quote)
            prev = previous_sentence(doc, prev)
    return new


def direct_clause(doc: Doc, item: Found) -> bool:
    """Whether an Indirect quotation of the rules is the speaker's own words in a text
    without marks: a clause before its speech clause („Das Wichtigste ist, …, sagt die
    Psychotherapeutin Barbara Preitler.“, ``kind`` ``before`` or ``frame``) or after a colon
    („…, spricht Klartext: Hier wurden über Jahre … gesetzt.“), in the indicative throughout
    and not opened by „dass“, „ob“ or a question word."""
    if item.type != "Indirect" or not item.quote:
        return False
    first = min(item.quote)
    colon = first > 0 and doc[first - 1].text == ":"
    if item.kind not in ("before", "frame") and not colon:
        return False
    if doc[first].lower_ in THAT_WORDS or doc[first].tag_ in QUESTION_TAGS:
        return False
    return indicative_clause(doc[i] for i in item.quote)
