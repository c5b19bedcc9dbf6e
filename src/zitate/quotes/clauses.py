"""Clauses of speech: whether a clause the rules found is what a verb or noun says, and where the
main clause of a sentence is.

Stage: quotation attribution (used by ``quotes.model`` and ``quotes.sentence``). Input: a tagged
sentence (STTS ``tag_``, lemmas, ``Mood``), a rules' candidate (``Found``) and the cue lexicon.
Output: yes/no tests — a clause that is said (``said_clause``), a clause that can be what its verb
reports (``complement_clause``), a cue inside a subordinate clause that frames nothing
(``subordinate_cue``), a main clause in the Konjunktiv (``reported_main``) — and the main clause's
finite verb (``main_verb``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS
from .candidates import Found
from .infinitives import reported_infinitive
from .lexicon import CueLexicon
from .reported import THAT_WORDS, subordinate
from .saying import governs_speech
from .sources import source_phrase


def main_verb(sent: Span) -> Token | None:
    """The first finite verb of ``sent`` outside a subordinate or relative clause („Ob …
    spielten, könne derzeit nicht gesagt werden“ → „könne“); ``None`` if there is none."""
    return next(
        (t for t in sent if t.tag_ in FINITE_TAGS and not subordinate(sent, t.i)),
        None,
    )


DUTIES = frozenset({"müssen", "sollen"})


def said_clause(doc: Doc, sent: Span, found: Found, lexicon: CueLexicon) -> bool:
    """Whether a candidate of ``clause_fallback`` is a statement: one with a speaker, or one
    whose clause is said (``_speech_clause``) — not „Es geht … sondern um …“, „muss erklären,
    wie …“ or „soll trösten, dass …“ without anybody who says it."""
    if found.kind != "clause" or found.speaker:
        return True
    if found.cue is None or not found.quote:
        return False
    if reported_infinitive(sent, found, lexicon):
        return True  # „Er wird verdächtigt, einen Anschlag … zu planen.“
    return _speech_clause(doc, sent, found.cue.i, min(found.quote) - 1, lexicon)


def _speech_clause(doc: Doc, sent: Span, cue: int, mark: int, lexicon: CueLexicon) -> bool:
    """Whether the clause after the comma or colon ``mark`` is said: it follows a colon, holds
    a Konjunktiv verb, follows a source phrase (``sources.source_phrase``), or a speech word
    governs it — a noun of the noun phrase before the mark
    with a „dass“ / „ob“ clause („das Argument der Landesregierung, dass …“) or the cue verb,
    unless the verb is an infinitive under „müssen“ / „sollen“ (a duty, not a statement)."""
    if doc[mark].text == ":":
        return True  # „Auf sie nimmt auch Steinberg Bezug: Der Wiener Martin Sellner …“
    if any("Sub" in t.morph.get("Mood") for t in doc[mark + 1 : sent.end]):
        return True  # Konjunktiv in the clause: reported words („Sie verstießen …, die … stünden“)
    if source_phrase(doc, sent.start, mark):
        return True  # a source phrase before it („liegt es aus Hännis Sicht nah, dass …“)
    opens = mark + 1 < sent.end and doc[mark + 1].lower_ in THAT_WORDS
    if opens and any(governs_speech(t, lexicon) for t in _noun_phrase_before(doc, sent, mark)):
        return True
    return not duty(doc, sent, cue) and governs_speech(doc[cue], lexicon)


NOUN_PHRASE_TAGS = frozenset({"NN", "NE", "ART", "ADJA", "PPOSAT", "APPRART", "APPR", "CARD"})


def _noun_phrase_before(doc: Doc, sent: Span, mark: int) -> list[Token]:
    """The nouns of the noun phrase (with genitive and prepositional attributes) that ends
    right before ``mark`` („das Argument der Landesregierung, dass …“ → Argument,
    Landesregierung)."""
    nouns = []
    i = mark - 1
    while i >= sent.start and doc[i].tag_ in NOUN_PHRASE_TAGS:
        if doc[i].tag_ == "NN":
            nouns.append(doc[i])
        i -= 1
    return nouns


def duty(doc: Doc, sent: Span, cue: int) -> bool:
    """An infinitive cue under „müssen“ / „sollen“ („Die Regierung muss erklären, wie …“); not
    under the indicative past of „müssen“, which reports what was said („Auch auf mehrmalige
    Nachfrage … musste er betonen, dass es kaum Informationen gebe.“)."""
    return doc[cue].tag_ == "VVINF" and any(
        t.tag_ == "VMFIN" and t.lemma_.lower() in DUTIES and not _was_made_to(t)
        for t in doc[sent.start : cue]
    )


def _was_made_to(modal: Token) -> bool:
    """„musste“ / „mussten“: the indicative past of „müssen“ (not „müsste“, „sollte“)."""
    morph = modal.morph
    past = "Past" in morph.get("Tense") and "Ind" in morph.get("Mood")
    return past and modal.lemma_.lower() == "müssen"


def subordinate_cue(sent: Span, found: Found, lexicon: CueLexicon) -> bool:
    """Whether the rules' Indirect candidate hangs on a cue that is no verb of saying inside a
    subordinate clause, its quote after the cue („Darüber habe es … gegeben, bis er mich erneut
    schlug, um das Thema zu beenden.“; „Dass er … zurücktreten musste, habe ihn nicht
    irritiert.“): a verb of a subordinate clause frames none of the words after it when it is
    no verb of saying or the main clause is in the Konjunktiv (the whole sentence is reported
    words); the ranker then picks no speaker from that clause („er“ is a word of the statement)."""
    cue = found.cue
    if cue is None or not cue.tag_.startswith("V") or not found.quote or min(found.quote) < cue.i:
        return False
    if not subordinate(sent, cue.i):
        return False
    return reported_main(sent) or not governs_speech(cue, lexicon)


def reported_main(sent: Span) -> bool:
    """Whether the main clause of ``sent`` is in the Konjunktiv (the sentence is reported words)."""
    main = main_verb(sent)
    return main is not None and "Sub" in main.morph.get("Mood")


def complement_clause(doc: Doc, sent: Span, found: Found) -> bool:
    """Whether the rules' Indirect clause after its cue verb can be what the verb reports: no
    clause coordinated to the verb's own („Es geht nicht um Menschen, sondern um große Worte“)
    and no duty to speak („Die Landesregierung muss erklären, wie sie das bezahlen will“)."""
    cue = found.cue
    if cue is None or not cue.tag_.startswith("V") or not found.quote:
        return True
    if min(found.quote) < cue.i:
        return True  # the clause before the cue („…, sagte sie“)
    if doc[min(found.quote)].tag_ == "KON":
        return False
    return not duty(doc, sent, cue.i)


# Words that open a subordinate clause: a clause after the comma that starts with one of these
# tags is no verb-second clause of indirect speech.
OPENER_TAGS = frozenset({"KOUS", "KOUI", "KON", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT", "$("})


def konjunktiv_complement(sent: Span, found: Found) -> bool:
    """Whether the rules' clause candidate is an unintroduced clause of indirect speech: after
    the verb of an indicative main clause with a subject („Die zentrale Wahlkommission hatte den
    Standpunkt vertreten, das Gericht sei dafür nicht zuständig.“), a comma opens a verb-second
    clause whose finite verb is in Konjunktiv I — German marks reported words so, whatever the
    verb („den Standpunkt vertreten“ is no verb of saying alone)."""
    cue = found.cue
    if found.kind != "clause" or cue is None or not cue.tag_.startswith("V"):
        return False
    if not found.speaker or not found.quote or min(found.quote) < cue.i:
        return False
    doc = sent.doc
    start = min(found.quote)
    if doc[start - 1].text != "," or doc[start].tag_ in OPENER_TAGS or reported_main(sent):
        return False
    verb = next((doc[i] for i in found.quote if doc[i].tag_ in FINITE_TAGS), None)
    if verb is None or verb.i - start > 6 or subordinate(sent, verb.i):
        return False
    return "Sub" in verb.morph.get("Mood") and verb.morph.get("Tense") in ([], ["Pres"])
