"""Source nouns: „nach Angaben der Polizei“, „laut einer Studie“ — nouns that name where a
statement comes from, and the „nach“ source phrase of a sentence.

Stage: quotation attribution (roles). Input: a lemma, or a Doc with STTS tag_, a sentence
and the token ids inside quotations. Output: whether a noun is a source noun; the („nach“ token,
source noun phrase) of a sentence; whether a quotation is attributed by „Demnach …“ alone;
whether a source phrase reports only an act of saying („hat X laut Klage … ausgesagt.“).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS
from .candidates import Found
from .roles import noun_phrase
from .speaker_nouns import document_noun

SOURCE_HEADS = (
    "angabe",
    "bericht",
    "information",
    "aussage",
    "einschätzung",
    "erkenntnis",
    "meldung",
    "schätzung",
    "berechnung",
    "ansicht",
    "meinung",
    "auffassung",
    "darstellung",
    "wort",
    "umfrage",
    "untersuchung",
    "hochrechnung",
    "mitteilung",
    "erklärung",
    "studie",
    "prognose",
    "schilderung",
    "äußerung",
    "recherche",
    "ermittlung",
    "beobachtung",
    "auskunft",
    "überzeugung",
)


def is_source_noun(lemma: str) -> bool:
    """A noun that names where information comes from (compounds included: „Polizeiangaben“)."""
    low = lemma.lower()
    return any(low.endswith(head) or low.endswith(head + "en") for head in SOURCE_HEADS)


# A relative adverb that stands for the report or study before it („die Studie, wonach …“): cue
# and speaker of the clause it opens; the resolver names the source from its antecedent.
RELATIVE_SOURCES = frozenset({"wonach"})


def relative_source_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is „wonach“ opening a relative clause on a noun — right after it („die
    Studie, wonach …“) or moved behind the verb („hat einen Pressebericht zurückgewiesen, wonach
    …“, a source noun in the clause before) —, not a question („Er fragte sich, wonach die Jury
    entscheidet“, „Die Ermittler wissen nicht, wonach …“, „Wonach sucht sie?“)."""
    if doc[i].lower_ not in RELATIVE_SOURCES or i < 2 or doc[i - 1].text != ",":
        return False
    if doc[i - 2].tag_ in ("NN", "NE"):
        return True
    j = i - 2
    while j >= max(0, i - 14) and not doc[j].is_punct and not doc[j].is_sent_start:
        if doc[j].tag_ == "NN" and is_source_noun(doc[j].lemma_ or doc[j].text):
            return True
        j -= 1
    return False


# Nouns of a point of view that make a preposition phrase a source („aus Hännis Sicht“).
VIEW_NOUNS = frozenset({"sicht", "blickwinkel", "perspektive"})


def source_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` holds a prepositional source phrase: a preposition followed
    within four words by a source or point-of-view noun („aus Hännis Sicht“, „nach Einschätzung
    des Historikers“, „laut Angaben der Polizei“)."""
    for i in range(start, end):
        token = doc[i]
        if token.tag_ != "NN":
            continue
        if not (is_source_noun(token.lemma_) or token.lemma_.lower() in VIEW_NOUNS):
            continue
        if any(doc[j].tag_ in ("APPR", "APPRART") for j in range(max(start, i - 4), i)):
            return True
    return False


# Source nouns that name nothing but a source („nach eigenen Angaben“, „nach US-Angaben“), unlike
# „Studie“ or „Bericht“, which after a noun are its attribute („Kommunikation nach der Studie“).
PLAIN_SOURCES = ("angaben", "informationen", "aussagen", "worten", "schätzungen", "einschätzung",
                 "erkenntnissen", "ansicht", "meinung", "auffassung", "darstellung",
                 "überzeugung")  # fmt: skip


def _plain_source(token: Token) -> bool:
    return token.lower_.endswith(PLAIN_SOURCES)


# What may stand between „nach“ and its source noun: articles, adjectives, numbers and an adverb
# of the adjective („Nach bisher unbestätigten Berichten …“).
NACH_MODIFIERS = frozenset({"ART", "ADJA", "CARD", "PPOSAT", "PIAT", "ADV"})


def nach_source(doc: Doc, sent: Span, inside: set[int]) -> tuple[int, list[int]] | None:
    """(preposition, source noun phrase) of „nach ersten Angaben der Polizei“ or of a point of
    view „aus (der) Sicht der Opposition“; ``None`` if absent."""
    for token in sent:
        if token.lower_ not in SOURCE_HEAD_OF or token.tag_ != "APPR" or token.i in inside:
            continue
        is_head = SOURCE_HEAD_OF[token.lower_]
        head = token.i + 1
        while head < sent.end and doc[head].tag_ in NACH_MODIFIERS:
            head += 1
        if head + 1 < sent.end and doc[head].tag_ == "NE" and _genitive(doc[head]):
            head += 1  # „Nach Zschäpes Darstellung …“: a name's genitive before the noun
        if head >= sent.end:
            continue
        if token.i > sent.start and doc[token.i - 1].tag_ == "NN" and not _plain_source(doc[head]):
            continue  # „zur Kommunikation nach der ForuM-Studie“: an attribute, no source
        if head < sent.end and is_head(doc[head].lemma_ or doc[head].text):
            start = token.i + 1
            while start < head and doc[start].tag_ == "ADV":
                start += 1  # „bisher“ of „bisher unbestätigten Berichten“: no noun phrase opener
            phrase = noun_phrase(doc, start, sent.end)
            if is_head is _view_noun and not _holder(doc, head, phrase):
                continue  # „aus medizinischer Sicht“: a field, nobody's view
            return token.i, [*range(token.i + 1, start), *phrase] if phrase else phrase
    return None


def _view_noun(lemma: str) -> bool:
    return lemma.lower() in VIEW_NOUNS


def _holder(doc: Doc, head: int, phrase: list[int]) -> bool:
    """Whether a point of view names whose it is: a genitive name before the noun („aus Hännis
    Sicht“) or words after it („aus Sicht der Opposition“). Not a possessive: „Sie trage aus
    seiner Sicht zu wenig … bei.“ continues the running speaker, and „einen aus ihrer Sicht
    schlechtestenfalls zweiten Platz“ is no statement (Wikinews train 58846, 63107)."""
    return doc[head - 1].tag_ in HOLDER_TAGS or any(i > head for i in phrase)


HOLDER_TAGS = frozenset({"NE"})


# The preposition of a source phrase and the test of its head noun: „nach Angaben der Polizei“,
# „nach Ansicht der Ärzte“; „aus Sicht der Organisationen“ (Wikinews gold: Indirect, speaker
# „Sicht der Organisationen“, cue „aus“).
SOURCE_HEAD_OF = {"nach": is_source_noun, "aus": _view_noun}


def _genitive(token) -> bool:
    """A name in the genitive before its noun („Zschäpes“, „Merkels“)."""
    return token.text.endswith(("s", "'")) and token.i + 1 < len(token.doc)


# Adverbs that point back to a report („Demnach …“, „die Studie, wonach …“).
PRONOMINAL_SOURCES = frozenset({"demnach", "wonach"})


def pronominal_cue(found: Found) -> bool:
    """Whether ``found`` is attributed by „Demnach …“ alone: the adverb that points back to a
    report is its cue and speaker (set by ``pronominal_source``), which the speaker trimming
    must not drop as an adverb. Inside a sentence it is so after an indicative finite verb
    („Der Abzug israelischer Truppen soll demnach nur parallel … erfolgen.“: the report says
    so; Wikinews train and dev: 5 of 5); after a Konjunktiv one („Es handle sich demnach
    um …“) it continues the running speaker's words, who stays the speaker."""
    cue = found.cue
    if cue is None or found.speaker != [cue.i] or cue.lower_ not in PRONOMINAL_SOURCES:
        return False
    if cue.i == cue.sent.start or cue.lower_ in RELATIVE_SOURCES:
        return True
    verb = _finite_before(cue)
    return verb is not None and "Sub" not in verb.morph.get("Mood")


def _finite_before(token: Token) -> Token | None:
    """The finite verb of the clause ``token`` is in, before it („soll demnach“); ``None`` when
    a comma or the sentence start comes first."""
    for left in reversed(token.doc[token.sent.start : token.i]):
        if left.tag_ in FINITE_TAGS:
            return left
        if left.tag_ in ("$,", "$.", "$("):
            return None
    return None


# Words that open a subordinate or relative clause after its comma („…, die nach Einschätzung
# des Umweltbundesamtes …“, „…, weil er sich nach Auffassung des Gerichts …“).
CLAUSE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS", "PWAV"})
STOPS = frozenset({".", "!", "?"})


def source_clause(doc: Doc, sent: Span, found: Found) -> None:
    """Keep the quote of a source phrase before its words („nach Polizeiangaben“, „laut
    Gesetz“) to what the source vouches for: never a sentence the splitter left before or after
    it („… im Geschäftsviertel. Nach Polizeiangaben wurden …“: the second only), and the clause
    the phrase stands in — from the relative pronoun or conjunction that opens it after a comma,
    when no finite verb stands between them, to the comma after which the main clause goes on
    with its finite verb („Die Armee, die laut Gesetz mit … betraut ist, hält sich indes
    zurück“: the relative clause)."""
    if found.kind != "source" or not found.quote or not found.frame:
        return
    words = [i for i in found.frame if not doc[i].is_punct]
    if not words or max(found.quote) < max(words):
        return  # „…, so der Sprecher“: a frame after its quote
    first, last = min(words), max(words)
    start, end = sent.start, sent.end
    for i in range(sent.start, sent.end - 1):
        if doc[i].text in STOPS and doc[i + 1].is_title:
            if i < first:
                start = i + 1
            elif i > last:
                end = i
                break
    for i in range(first - 1, start, -1):
        if doc[i].tag_ in FINITE_TAGS:
            break
        if doc[i].text == "," and doc[i + 1].tag_ in CLAUSE_OPENERS and i + 1 < first:
            start = i + 1
            end = _clause_end(doc, last, end)
            break
    quote = [i for i in found.quote if start <= i < end]
    if len(quote) >= 3:
        found.quote = quote


def _clause_end(doc: Doc, last: int, end: int) -> int:
    """The comma that closes a subordinate clause after token ``last``: the first comma after a
    finite verb that a finite verb follows (the main clause goes on); ``end`` if none."""
    for i in range(last + 1, end - 1):
        if doc[i].text == "," and doc[i - 1].tag_ in FINITE_TAGS and doc[i + 1].tag_ in FINITE_TAGS:
            return i
    return end


# Verbs of saying whose past participle or infinitive can close a clause that reports only the
# act („hat … unter Eid ausgesagt.“, „hat es … bestätigt.“).
ACT_VERBS = frozenset(
    {
        "aussagen", "sagen", "erklären", "berichten", "bestätigen", "einräumen", "zugeben",
        "gestehen", "behaupten", "versichern", "mitteilen", "angeben", "bekräftigen", "betonen",
    }
)  # fmt: skip


def reports_an_act(sent: Span, source: Token) -> bool:
    """Whether the source phrase at ``source`` („laut Klage“) stands in the middle field of a
    clause that ends the sentence with a verb of saying and no clause of what was said („Drei
    Tage später hat Hochegger das laut Klage auch … unter Eid ausgesagt.“): the source reports
    the act of the verb's subject, whose words follow in the next sentences."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and doc[last].is_punct:
        last -= 1
    verb = doc[last]
    if last <= source.i or verb.tag_ not in ("VVPP", "VVINF"):
        return False
    lemma = (verb.lemma_ or verb.text).lower()
    return lemma in ACT_VERBS and not any(
        doc[i].tag_ in FINITE_TAGS for i in range(source.i + 1, last)
    )


# Prepositions whose object may name a source („laut X“, „nach Angaben X“, „von X“ in a passive).
PLACE_PREPOSITIONS = frozenset({"in", "im", "aus"})  # „in dem Bericht“, „im Rundschreiben“
SOURCE_PREPOSITIONS = frozenset(
    {"laut", "gemäß", "nach", "von", "vom", "seitens", "bei", "zufolge"}
)


def prepositional(doc: Doc, ids: list[int]) -> bool:
    """Whether the phrase ``ids`` is the object of a preposition that names no source („eine
    Jobchance für die Zielgruppe 50 plus“): no subject, so no speaker of its own — but the
    report or document „in“ names („heißt es in dem Bericht“) is a source."""
    if not ids or ids[0] == 0:
        return False
    before = doc[ids[0] - 1]
    if before.tag_ not in ("APPR", "APPRART") or before.lower_ in SOURCE_PREPOSITIONS:
        return False
    head = next((doc[i] for i in ids if doc[i].tag_ in ("NN", "NE")), None)
    if before.lower_ in PLACE_PREPOSITIONS and head is not None:  # „heißt es in dem Bericht“
        return not (is_source_noun(head.text) or document_noun(head.text))
    return True
