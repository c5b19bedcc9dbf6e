"""Sentence-level pieces of the attribution model: the view of one sentence the model
classifies (quoted spans, rule findings) and the rules it applies around the classifier.

Stage: quotation attribution (used by ``quotes.model``). Input: a tagged ``Doc`` sentence and the
rules' ``Found`` candidates. Output: candidate ``Found`` records (``clause_fallback``; the
source-phrase candidates are ``quotes.source_candidates``), speakers for Reported statements
(``reported_speaker``), Konjunktiv continuations of an attributed statement
(``konjunktiv_continuation``, ``content_clause``), whether a sentence's candidate is the
clause after a colon frame (``colon_clause``), whether a ranker's speaker of a continuation is
a noun of the words said before (``said_words``, ``said_phrase``) and in-place fixes of found
quotations (``strip_final``, ``pronominal_source``, ``continue_speaker``, ``inherit_speakers``:
a continuation without a speaker takes the one of the quotation before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .addressees import cut_object
from .candidates import PREPOSITIONS, Found, frame_of, previous_sentence
from .clauses import duty, main_verb
from .dataset import CONTINUING
from .denials import denial_verb_ids
from .inverted_subjects import postverbal_subject
from .lexicon import CueLexicon
from .perfect_frames import perfect_frame
from .ranker import head_of
from .refine import EXPLETIVE, MIN_OWN_WORDS, lead_in_speaker, seat_speaker
from .reported import (
    THAT_WORDS,
    act_verb,
    keyed_verb,
    learned_acts,
    particle,
    speech_act,
    speech_acts,
)
from .roles import indirect_clause, inserted_frame, speaker_of, subject_speaker
from .saying import governs_speech
from .sources import PRONOMINAL_SOURCES
from .speakers import fronted_agent, is_tagged, passive_agent, pronoun_after
from .statements import may_speak
from .verb_parts import clause_of

NO_QUOTE = "O"
INDIRECT_SPEECH = frozenset({"Indirect", "IndirectFreeIndirect", "FreeIndirect"})


@dataclass
class SentenceView:
    """One sentence as the model sees it: quoted spans, rule findings and their summary."""

    sent: Span
    inside: set[int]
    direct: list[Found]
    indirect: list[Found]
    quoted: list[Span]  # the quoted spans that start in the sentence
    cues: list[Token]  # the lexicon cue words outside ``inside`` (``RulePredictor.cue_words``)
    covered: bool = False  # inside a quotation that opened in an earlier sentence

    @property
    def mostly_direct(self) -> bool:
        """Whether Direct quotations cover more than half of the sentence."""
        own = [i for i in self.inside if self.sent.start <= i < self.sent.end]
        return bool(self.direct) and len(own) > len(self.sent) / 2

    @property
    def rule(self) -> str:
        """A short name of what the rules found (a feature of the sentence classifier)."""
        kind = self.indirect[0].kind if self.indirect else "none"
        return f"{'D' if self.direct else ''}{kind}"


SPEAKER_HEADS = frozenset({"NE", "NN", "PPER", "FM"})


def speaker_subject(sent: Span) -> bool:
    """Whether the subject of ``sent`` can be a speaker: a noun, name or personal pronoun other
    than „es“ / „man“ (tagged ``Doc`` only)."""
    doc = sent.doc
    if not is_tagged(doc):
        return False
    subject = reported_speaker(doc, sent)
    if not subject or [doc[i].lower_ for i in subject] in EXPLETIVE:
        return False
    return any(doc[i].tag_ in SPEAKER_HEADS for i in subject)


def reported_speaker(
    doc: Doc, sent: Span, keys: frozenset[str] | set[str] = frozenset()
) -> list[int]:
    """The speaker of a Reported statement: the subject of its speech-act verb („Ein
    Unterschied ist aber dieser: Boateng ruft nicht zu Gewalt auf.“ → Boateng) or, without one,
    of its verb of ``keys`` (the verbs the model reads as Reported: „…: Die OeNB rechnet mit …“),
    else the „von“-agent of a passive, else (also for a verb coordinated with „und“, which
    shares the subject) of the sentence's main verb. A nominative pronoun right after the act's
    finite verb is its subject („Die Kritik versteht er nicht“), and a field before the verb
    that holds a part of the act holds none („Mit wachsender Besorgnis reagierte … die …“)."""
    act = speech_act(sent) or keyed_verb(sent, keys)
    # „trommeln Aktivisten … und warnen Vermieter“: the subject of „trommeln“
    if act and (act[0] == sent.start or doc[act[0] - 1].tag_ != "KON"):
        cue = act_verb(sent, act)
        subject = pronoun_after(doc, sent, act[0])
        if subject:
            return subject  # „Die Kritik versteht er nicht.“: the fronted phrase is the object
        exclude = set(act) - {cue}  # not „Alarm“ of „schlagen Alarm“
        if any(i < act[0] for i in act):  # „Mit wachsender Besorgnis reagierte … die …“: the
            exclude |= set(_field(doc, sent, act[0]))  # field before the verb holds no subject
        speaker = speaker_of(doc, cue, sent, exclude)
        speaker = postverbal_subject(doc, sent, act[0], speaker) or speaker  # OVS order
        if speaker:
            return seat_speaker(doc, sent, speaker) or speaker  # „Im Ministerium kann man …“
    for t in sent if not act else ():  # „Ihr wird von den Behörden Spionage vorgeworfen.“
        if t.tag_ == "VVPP" and (agent := passive_agent(doc, t.i, sent)):
            return cut_object(doc, agent)  # not „Spionage“, the accusative object
    return (None if act else fronted_agent(doc, sent)) or subject_speaker(doc, sent)


def _field(doc: Doc, sent: Span, verb: int) -> range:
    """Token ids of the field before the finite verb ``verb``: back to a clause mark."""
    return range(clause_of(sent, verb).start, verb)


def denial_verb(view: SentenceView) -> bool:
    """A sentence without quotation marks or rule findings built on a denial verb."""
    if view.direct or view.indirect or view.inside:
        return False
    return bool(denial_verb_ids(view.sent))


def own_quotation(view: SentenceView, act: list[int] | None = None) -> bool:
    """Whether the rules found a quotation of the sentence's own: an Indirect clause or a Direct
    quotation that opens before its last token — quoted names and words („sieht das Land als
    „Spielball Kiews““) are none, nor is a quotation whose opening mark the sentence splitter
    left at the end („bat unterdessen um Entschuldigung. «“). Given the speech act ``act`` of
    the sentence, an Indirect clause found by the clause structure alone („Sie setzt sich, wie
    einige Demokraten, … ein und zeigte sich frustriert …“) or one cued by the speech-act verb
    itself („Karin Krapp, eine weitere Betroffene …, kritisierte die Reaktion …“) is none."""
    last = view.sent.end - 1
    indirect = [f for f in view.indirect if not (act and _no_clause_of_act(f, act))]
    return bool(indirect) or any(min(d.quote) < last for d in view.direct)


def only_clauses(view: SentenceView) -> bool:
    """Whether the rules' Indirect candidates of the sentence, if any, come from the clause
    structure alone (no cue word: „… entstehe trotzdem: Die OeNB rechnet mit …“)."""
    return all(f.kind == "clause" for f in view.indirect)


def _no_clause_of_act(found: Found, act: list[int]) -> bool:
    """Whether the rules' Indirect candidate ``found`` is no clause said by the speech act
    ``act``: one from the clause structure alone, or one cued by the act's verb that is no
    „dass“ / „ob“ clause („sah er, dass jemand die Mail bearbeitet hatte“ stays Indirect)."""
    if not found.quote or found.cue is None:
        return found.kind == "clause"
    if found.kind != "clause" and found.cue.i not in act:
        return False
    if found.cue.lemma_.lower() in learned_acts():
        return False  # a verb of saying („…, glaubt Stenger“): its clause is what it says
    return found.cue.doc[min(found.quote)].lower_ not in THAT_WORDS


def continue_speaker(doc: Doc, new: list[Found], found: list[Found]) -> None:
    """A Direct quotation without speaker or cue right after a quotation of the previous
    sentence continues it: same speaker („Von der Leyen betonte … . „…““); else, opening its
    sentence, it takes the named subject of a lead-in sentence (``refine.lead_in_speaker``)."""
    last = found[-1] if found and found[-1].speaker else None
    for item in new if last is not None else ():
        if item.type != "Direct" or item.speaker or item.cue is not None:
            continue
        prev = previous_sentence(doc, doc[item.quote[0]].sent)
        if prev is None or max(last.quote) < prev.start:
            continue
        item.speaker = list(last.speaker)
        item.cue, item.cue_ids = last.cue, list(last.cue_ids)
    for item in new:
        if item.type == "Direct" and not item.speaker and item.cue is None:
            item.speaker = lead_in_speaker(doc, item.quote)


def pronominal_source(doc: Doc, sent: Span, found: Found, inside: set[int]) -> None:
    """„Demnach …“ / „…, wonach …“ without a speech verb of its own: the adverb is both speaker
    and cue (the train convention, 19 of 33 such quotations)."""
    if found.cue is not None and found.cue.tag_.startswith("VV") and found.speaker:
        return
    for token in sent:
        if token.lower_ in PRONOMINAL_SOURCES and token.i not in inside:
            found.cue = token
            found.cue_ids = [token.i]
            found.speaker = [token.i]
            found.quote = [i for i in found.quote if i != token.i]
            found.frame = sorted({*found.frame, token.i})  # train: always in the frame (34/34)
            return


def own_speech(view: SentenceView, label: str, lexicon: CueLexicon | None = None) -> bool:
    """Whether a sentence the classifier calls a continuation names its own speaker and speech
    verb before a colon („Die Deutsche Bahn widersprach: Vor dem Herbst könne …“): then it is
    an Indirect quotation of that speaker, not the previous speaker's words. A verb in the
    Konjunktiv is no such frame: it is the previous speaker's words („Ein positiver Effekt
    entstehe trotzdem: Die OeNB rechnet mit …“). So is a verb of saying (``saying``, given the
    ``lexicon``) whose „dass“ / „ob“ clause follows its subject and a comma („Unterdessen
    verlangen die Grünen, dass sich der Rechtsausschuss … befassen soll.“), not the clause of a
    pronominal adverb („Die Partie startete damit, dass …“)."""
    if label not in (*CONTINUING, NO_QUOTE) or not view.indirect:
        return False
    item = view.indirect[0]
    cue = item.cue
    if cue is None or not cue.tag_.startswith("V") or not item.speaker or not item.quote:
        return False
    if "Sub" in cue.morph.get("Mood"):
        return False
    colon = min(item.quote) - 1
    doc = cue.doc
    if doc[colon + 1].lower_ in THAT_WORDS and doc[colon].text == "," and cue.tag_ == "VVFIN":
        if doc[colon - 1].tag_ in ("PAV", "PROAV"):
            return False
        if lexicon is None or not _says(cue, lexicon):
            return False  # „Die Sorge wächst, dass …“, „sah er, dass …“: no verb of saying
        head = doc[head_of(doc, item.speaker)]
        if head.tag_ == "NN" and not (may_speak(head.text) or may_speak(head.lemma_)):
            return False  # „Ebu Tejmas Erfolgsrezept machte aus, dass …“: a thing
        return max(item.speaker) < colon and cue.i < colon
    if any(
        t.tag_.endswith("FIN") and "Sub" in t.morph.get("Mood") for t in doc[cue.sent.start : colon]
    ):
        return False  # „Eine Abnahme habe es lediglich bei … gegeben: …“: Konjunktiv, reported
    return doc[colon].text == ":" and max(item.speaker) < colon and cue.i < colon


MIN_CUE_RATIO = 0.25


def _says(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether the finite verb ``verb`` mostly reports speech: a speech act (``reported``, its
    separated particle joined: „verlangen“, „widersprach“) or a form that train marks as a cue
    in at least a quarter of its occurrences („meint“; not „sah“ 3 of 21, „machte“ 2 of 26)."""
    entry = lexicon.get(verb.text)
    if entry is not None and entry.cue >= lexicon.min_count:
        return entry.cue >= MIN_CUE_RATIO * entry.total
    lemma = verb.lemma_.lower()
    part = particle(verb.sent, verb.i)
    keys = {lemma} if part is None else {verb.doc[part].lower_ + lemma}
    return not keys.isdisjoint(speech_acts())


def embeds_direct(view: SentenceView) -> bool:
    """Whether the rules' Indirect clause holds a Direct quotation and words of its own
    („Er sagte, wer auf „Beamten …“ schieße, könne …“): both are quotations."""
    quote = set(view.indirect[0].quote)
    return any(
        set(d.quote) < quote and len(quote - set(d.quote)) >= MIN_OWN_WORDS for d in view.direct
    )


def strip_final(doc: Doc, sent: Span, found: Found) -> None:
    """Indirect quotations end before the sentence's final punctuation (as in the gold data)."""
    last = sent.end - 1
    if found.quote and found.quote[-1] == last and doc[last].is_punct and len(found.quote) > 1:
        found.quote = found.quote[:-1]


def rule_kind(found: Found, sent: Span) -> str:
    """How the rules found an Indirect quotation: source phrase, quote before or after the cue."""
    if found.cue is not None and found.cue.lower_ in PREPOSITIONS:
        return "source"
    return "before" if found.quote and found.quote[0] == sent.start else "after"


def source_sentence(view: SentenceView) -> bool:
    """Whether the rules' Indirect candidate of a sentence without quotation marks is a source
    phrase („Laut der Gesundheitsbehörde kamen …“, „Demnach geriet …“): the sentence reports
    what the source says even where the classifier calls it no quotation."""
    return bool(view.indirect) and not view.inside and view.indirect[0].kind == "source"


def clause_fallback(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate from the clause structure alone (no lexicon cue); none for a
    clause coordinated to the verb's own („Es geht nicht um …, sondern um …“) or under a duty
    („Die Landesregierung muss erklären, wie …“)."""
    clause = indirect_clause(doc, sent, inside)
    if clause is None:
        return []
    cue, quote = clause
    if doc[min(quote)].tag_ == "KON" or duty(doc, sent, cue):
        return []
    found = Found(quote, doc[cue], [], frame_of(sent, quote), "Indirect", "Speech")
    found.kind = "clause"
    return [found]


def konjunktiv_continuation(view: SentenceView, found: list[Found]) -> bool:
    """Whether a sentence without quotation marks and without a cue of its own continues the
    statement of the previous sentence in indirect speech: its main-clause finite verb is in
    Konjunktiv I (``Mood=Sub``, ``Tense=Pres``; II: ``_reported_past``) and a quotation with a
    speaker ends in the previous sentence („Haustein sieht vor allem einen Auslöser. Ob der
    Atlantik … warm bleibt, lasse sich aber nicht sagen.“; „Kopp räumte … ein. Er schäme sich
    zutiefst dafür.“) — in German news Konjunktiv I in a main clause marks reported words."""
    if view.direct or view.covered or not found or not found[-1].speaker:
        return False
    if not quoted_phrases(view):
        return False  # a quotation of its own words inside the sentence
    if any(f.kind != "clause" and not _unvoiced(f) for f in view.indirect):
        return False  # a cue of its own („…, sagte sie“): the rules' Indirect quotation
    sent = view.sent
    doc = sent.doc
    prev = previous_sentence(doc, sent)
    if prev is None or not found[-1].quote:
        return False
    verb = main_verb(sent)
    if verb is None or "Sub" not in verb.morph.get("Mood"):
        return False
    if max(found[-1].quote) < prev.start:
        return _present(verb) and _resumed(found[-1], prev, sent)
    return _present(verb) or _reported_past(found[-1])


# The most words a quoted phrase inside reported words holds („die »wichtigste Organisation«“).
MAX_PHRASE_TOKENS = 4


def quoted_phrases(view: SentenceView) -> bool:
    """Whether the quoted spans of the sentence (none at all, too) are short phrases without a
    finite verb: words the reporter marks as the speaker's own inside the Konjunktiv sentence
    („Die ATU sei die »wichtigste Organisation«, die …“), no quotation of their own."""
    doc = view.sent.doc
    for span in view.quoted:
        words = [t for t in doc[span.start : span.end] if not (t.is_quote or t.is_punct)]
        if len(words) > MAX_PHRASE_TOKENS or any(t.tag_.endswith("FIN") for t in words):
            return False
    return not view.inside - {i for s in view.quoted for i in range(s.start, s.end)}


def _unvoiced(item: Found) -> bool:
    """Whether a rules' candidate has neither speaker nor a finite indicative cue: its cue is a
    participle or infinitive of the Konjunktiv clause itself („Der Zugang … habe sich aber als
    schwierig erwiesen – obzwar: …“), so the sentence still goes on with the running speaker's
    words; „…, heißt es aus dem Ministerium“ (finite, indicative) names a source of its own."""
    cue = item.cue
    if item.speaker or cue is None:
        return False
    return not cue.tag_.endswith("FIN") or "Sub" in cue.morph.get("Mood")


def _resumed(last: Found, prev: Span, sent: Span) -> bool:
    """Whether ``last`` ends in the sentence before ``prev`` and all three are one paragraph:
    Konjunktiv I after one sentence of the writer's resumes the statement („So sollten sie … .
    Die Kinder dürfen erzählen, aber sie müssen nicht. Oft seien Fragen … sehr belastend, …“),
    unless it names a person, who may be a new source."""
    doc = sent.doc
    before = previous_sentence(doc, prev)
    if before is None or max(last.quote) < before.start:
        return False
    if any(t.ent_type_ == "PER" for t in sent):
        return False  # „Wer hier arbeitet, sei auch Dienstleister, bringt es Kerstin Wahala …“
    return not any(t.is_space and "\n" in t.text for t in doc[before.start : sent.start])


def content_clause(view: SentenceView, lexicon: CueLexicon) -> bool:
    """Whether the rules' candidates of a sentence are all cue-less clauses (``clause_fallback``)
    whose verb is no verb of saying or thinking („Oft seien Fragen nach dem genauen Heimatort …
    problematisch, wenn …“): their subject is what the sentence talks about, not a speaker, so
    in a Konjunktiv continuation the sentence is the running speaker's words. So are candidates
    without a speaker."""
    if not any(f.speaker for f in view.indirect):
        return True
    verb = main_verb(view.sent)
    if verb is None or not _present(verb):
        return False  # Konjunktiv II is often the writer's hedge: „Daraus dürfte … resultieren“
    return all(  # ``view.indirect`` is not empty: it has a speaker (above)
        f.kind == "clause" and (f.cue is None or not governs_speech(f.cue, lexicon))
        for f in view.indirect
    )


def _reported_past(last: Found) -> bool:
    """Whether a Konjunktiv II main clause continues ``last`` (mostly it is hypothesis: „Dann
    würde der HSV …“): after indirect speech that a cue word frames („…, sagt die
    Psychotherapeutin. Wenn …, würde sich das … äußern.“), not after a cue-less clause."""
    return last.type in INDIRECT_SPEECH and last.kind != "clause"


def _present(verb: Token) -> bool:
    """Konjunktiv I (``Tense=Pres``; a hand-tagged verb without tense counts as present)."""
    return verb.morph.get("Tense") in ([], ["Pres"])


def postposed_frame(
    doc: Doc, sent: Span, inside: set[int], lexicon: CueLexicon, direct: Sequence[Found] = ()
) -> list[Found]:
    """An Indirect candidate whose frame follows it: „…, glaubt Stenger.“, „Eine fatale Sucht,
    glauben Kritiker, …“ — a verb of saying or thinking (``saying.governs_speech``) right after
    a comma with its subject after it; the quote is all before that comma and, after a comma,
    all after the frame. With ``direct`` quotations in the sentence, only one that all of them
    follow, and only its words before the frame („Es ist nur eine Frage der Zeit, …, sagt der
    Philosoph Richard David Precht, und fügt hinzu: „…““)."""
    frame = inserted_frame(doc, sent)
    if frame is None:  # „…, hatte Tsipras … geschworen“
        return perfect_frame(doc, sent, inside, lexicon, direct)
    verb, speaker = frame
    if not governs_speech(doc[verb], lexicon) or any(i in inside for i in range(sent.start, verb)):
        return []
    if any(min(d.quote) <= max(speaker) for d in direct):
        return []
    quote = list(range(sent.start, verb - 1))
    if len(quote) < MIN_OWN_WORDS:
        return []
    ids = [verb - 1, verb, *speaker]
    after = max(speaker) + 1
    if after < sent.end and doc[after].is_punct:
        ids.append(after)
    if after < sent.end and doc[after].text == "," and not direct:  # „…, argumentieren die
        last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end  # Gewerkschaften, …“
        quote += [i for i in range(after + 1, last) if i not in inside]
    found = Found(quote, doc[verb], speaker, sorted(ids), "Indirect", "Speech")
    found.cue_ids = [verb]
    found.kind = "frame"
    return [found]


def postposed_speech(view: SentenceView, lexicon: CueLexicon) -> bool:
    """Whether the rules' Indirect candidate is a whole clause before its frame („Nur durch
    Wettbewerb könnten … erreicht werden, glaubt Stenger.“): the frame follows the quote, names
    a speaker and a verb of saying or thinking."""
    if not view.indirect:
        return False
    item = view.indirect[0]
    if item.kind == "frame":
        return True  # ``postposed_frame`` checked the verb, its subject and the marks before it
    if view.inside:
        return False
    if item.kind != "before" or not item.speaker or item.cue is None:
        return False
    return min(item.speaker) > item.cue.i > max(item.quote) and governs_speech(item.cue, lexicon)


def said_words(found: Sequence[Found]) -> set[int]:
    """The tokens of the words that quotations report (not Reported sentences, which hold
    their speaker): a noun among them is what was said, not who goes on speaking."""
    return {i for f in found if f.type != "Reported" for i in f.quote}


# Articles only a genitive takes: a phrase they open is an attribute of a noun („der Fragenkatalog
# des Gerichts“), never the subject who goes on speaking.
GENITIVE_ARTICLES = frozenset({"des", "eines"})
APPOSITION_TAGS = frozenset({"ART", "NN", "NE", "ADJA", "APPR", "APPRART", "PPOSAT", "CARD", "$,"})


def said_phrase(
    doc: Doc, item: Found, ids: Sequence[int], words: set[int], lexicon: CueLexicon
) -> bool:
    """Whether the phrase ``ids`` that the ranker offers as the speaker of a continuation
    (``item``: a passage without a cue of its own) stands inside reported words
    (``said_words``) and not right after a verb of saying („…, sagte der Sprecher, Matthew
    Miller“, a frame the quotation ran over): a noun of what was said, not who goes on speaking
    („…, der sich die Gesellschaft … gestellt habe. Auch in Zukunft würden …“). So is a genitive
    attribute anywhere („… einen Fragenkatalog des Oberlandesgerichts München beantwortet.“)."""
    if item.type not in CONTINUING or item.cue is not None or not ids:
        return False
    if doc[min(ids)].lower_ in GENITIVE_ARTICLES:
        return True  # „… einen Fragenkatalog des Oberlandesgerichts München beantwortet“: whose
    if not set(ids) & words:
        return False
    i = min(ids) - 1
    while i >= 0 and doc[i].tag_ in APPOSITION_TAGS:
        i -= 1  # over „der Sprecher des US-Aussenministeriums,“ back to the verb before it
    return i < 0 or not governs_speech(doc[i], lexicon)


def colon_clause(view: SentenceView) -> bool:
    """Whether the sentence's candidate is the clause after a colon frame (``colon``)."""
    return bool(view.indirect) and view.indirect[0].kind == "colon_clause"


def inherit_speakers(doc: Doc, found: Sequence[Found]) -> None:
    """A continuation (a passage without a cue) that has no speaker takes the speaker of the
    quotation right before it, once the ranker has named that one („Eine Herausforderung, … ,
    sagte der Publizist und Philosoph Richard David Precht im DLF. Auch in Zukunft würden …“)."""
    for last, item in zip(found, found[1:], strict=False):
        if item.type not in CONTINUING or item.cue is not None or item.speaker:
            continue
        prev = previous_sentence(doc, doc[min(item.quote)].sent) if item.quote else None
        if last.speaker and last.quote and prev is not None and max(last.quote) >= prev.start:
            item.speaker = list(last.speaker)
