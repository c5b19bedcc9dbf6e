"""The attribution model: rules for quotation spans and roles, learned classifiers for the
quotation type of each sentence and the medium of each quotation.

Stage: quotation attribution, after the base pipeline. Input: a ``Doc`` with sentences and, for
full accuracy, STTS tags, lemmas and ``Mood`` (``zitate_mood``). Output: ``Found`` records
(token ids of quote, speaker, cue, frame; type, medium, confidence) in document order.

Per sentence: quoted spans are Direct quotations (``rules``); the sentence classifier decides
whether the sentence is (part of) an Indirect, IndirectFreeIndirect, FreeIndirect or Reported
quotation or none. Indirect spans and roles come from the cue and source-phrase rules; the other
three types take the whole sentence — IndirectFreeIndirect and FreeIndirect inherit the speaker
of the running quotation and merge with a directly preceding quotation of the same type, Reported
takes the subject of the sentence as speaker. In a text whose quotation marks were dropped
(``unmarked_frames.stripped_text``), a speaker's own words around an unmarked speech clause are
Direct (``quotes.unmarked``). A last pass (``quotes.finish``) finishes addressees, speaker
phrases and frames and drops what reports no statement; the medium classifier labels every
quotation.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span

from ..errors import Errors, ZitateError
from .back_frames import back_frame, beside_frame, with_back_frame
from .beside import beside_statements
from .candidates import Found, is_blank, quoted_spans
from .clauses import (
    complement_clause,
    konjunktiv_complement,
    reported_main,
    said_clause,
    subordinate_cue,
)
from .colon import after_colon, colon_statement, frame_colon_statements
from .coordinated import coordinated_statements
from .cuespan import nested_short
from .embeds import embedded_posts, quoted_tokens, with_posts
from .features import quotation_features, sentence_features, speaker_key
from .finish import finish_roles
from .headlines import headline_statements
from .infinitives import reported_infinitive
from .interview import interview_answers
from .lexicon import DEFAULT_PATH as LEXICON_PATH
from .lexicon import CueLexicon
from .name_tags import tag_names
from .named_acts import named_act, own_sentence, with_nested
from .own_runs import between_own_words, following_own_words, running_speakers
from .passages import framing_speakers, quoting_passage, whole_sentence
from .passive_acts import passive_act
from .perceptron import Perceptron
from .predicate_cues import predicate_cue
from .ranker import SpeakerRanker
from .receptions import reception_act
from .refine import refine_direct, refine_roles
from .reported import keyed_verb, speech_act, verb_keys
from .rules import RulePredictor
from .scene import scene_own_words
from .sentence import (
    NO_QUOTE,
    SentenceView,
    clause_fallback,
    colon_clause,
    content_clause,
    continue_speaker,
    denial_verb,
    embeds_direct,
    inherit_speakers,
    konjunktiv_continuation,
    only_clauses,
    own_quotation,
    own_speech,
    postposed_frame,
    postposed_speech,
    pronominal_source,
    rule_kind,
    said_phrase,
    said_words,
    source_sentence,
    speaker_subject,
    strip_final,
)
from .source_candidates import nach_candidate, source_candidate, wie_frame
from .sources import prepositional, source_clause
from .speakers import inverted_pronoun, is_tagged, passive_agent
from .that_clauses import that_clause_cues
from .unmarked import (
    direct_clause,
    own_clause,
    own_words_continuation,
    own_words_quotation,
    preceding_own_words,
)
from .unmarked_frames import bare_direct, body_labels, colon_frame, inverted_frame, stripped_text

FORMAT = "zitate.cue_models.v1"
MODELS_PATH = "cue_models.json"
WHOLE_SENTENCE = ("IndirectFreeIndirect", "FreeIndirect", "Reported")
PASSAGES = ("IndirectFreeIndirect", "FreeIndirect")
RANKER_PATH = "speaker_ranker.json"


class AttributionModel:
    """Cue lexicon + sentence-type classifier + medium classifier."""

    def __init__(
        self,
        lexicon: CueLexicon,
        sentences: Perceptron,
        media: Perceptron,
        reported: set[str] | None = None,
        ranker: SpeakerRanker | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.rules = RulePredictor(lexicon)
        self.sentences = sentences
        self.media = media
        self.reported = set(reported or ())
        self.ranker = ranker

    # --- persistence ----------------------------------------------------------------------------

    def to_json(self) -> dict:
        """The two classifiers as a JSON-ready dict (the lexicon is saved on its own)."""
        return {
            "format": FORMAT,
            "sentences": self.sentences.to_json(),
            "media": self.media.to_json(),
            "reported": sorted(self.reported),
        }

    def to_disk(self, path: Path | str) -> None:
        """Write ``cue_lexicon.json`` and ``cue_models.json`` into the folder ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.lexicon.to_disk(path / LEXICON_PATH)
        text = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        (path / MODELS_PATH).write_text(text, encoding="utf-8")
        if self.ranker is not None:
            text = json.dumps(self.ranker.to_json(), ensure_ascii=False, separators=(",", ":"))
            (path / RANKER_PATH).write_text(text, encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path | str | None = None) -> AttributionModel:
        """Read a folder written by ``to_disk``; ``None`` reads the one shipped in zitate/data."""
        lexicon = CueLexicon.from_disk(Path(path) / LEXICON_PATH if path else None)
        models = _read_json(path, MODELS_PATH)
        ranker = _read_json(path, RANKER_PATH, required=False)
        return cls(
            lexicon,
            Perceptron.from_json(models["sentences"]),
            Perceptron.from_json(models["media"]),
            set(models.get("reported", ())),
            SpeakerRanker.from_json(ranker) if ranker else None,
        )

    def views(self, doc: Doc) -> list[SentenceView]:
        """Every sentence with its quoted spans and what the Direct and Indirect rules found."""
        quoted = quoted_spans(doc)
        tagged = is_tagged(doc)
        views = []
        for sent in doc.sents:
            in_sent = [s for s in quoted if sent.start <= s.start < sent.end]
            inside = {i for s in in_sent for i in range(s.start, s.end)}
            cues = self.rules.cue_words(sent, inside)
            if tagged:  # „erinnert daran, dass …“: a verb of saying the lexicon never saw
                cues += [doc[i] for i in that_clause_cues(sent, inside) if doc[i] not in cues]
            direct = self.rules.direct(doc, sent, in_sent, cues=cues)
            indirect = self.rules.indirect(doc, sent, in_sent, cues=cues)
            if tagged:
                indirect = [f for f in indirect if complement_clause(doc, sent, f)]
            for found in indirect:
                found.kind = rule_kind(found, sent)
                strip_final(doc, sent, found)
            if tagged:
                if not indirect:
                    indirect = nach_candidate(doc, sent, inside)
                if not indirect and not direct:
                    indirect = source_candidate(doc, sent, inside)
                if not indirect:
                    indirect = postposed_frame(doc, sent, inside, self.lexicon, direct)
                if not indirect and not direct:
                    indirect = wie_frame(doc, sent, inside, self.lexicon)
                if not indirect:  # „X ist überzeugt: …“ without quotation marks
                    indirect = colon_statement(doc, sent, inside, self.lexicon)
                if not indirect and not direct:
                    indirect = clause_fallback(doc, sent, inside)
                for found in indirect:
                    refine_roles(doc, sent, found, inside, self.lexicon)
                    pronominal_source(doc, sent, found, inside)
                    source_clause(doc, sent, found)
                # a lexicon cue inside a subordinate clause of reported words frames nothing
                indirect = [
                    f
                    for f in indirect
                    if f.kind == "clause"
                    or not (reported_main(sent) and subordinate_cue(sent, f, self.lexicon))
                ]
                indirect = [f for f in indirect if said_clause(doc, sent, f, self.lexicon)]
                for found in direct:
                    refine_direct(doc, found, inside, indirect)
            covered = any(s.start < sent.start < s.end for s in quoted)
            views.append(SentenceView(sent, inside, direct, indirect, in_sent, cues, covered))
        return views

    def __call__(self, doc: Doc) -> list[Found]:
        """The quotations of ``doc`` in document order."""
        found: list[Found] = []
        labels: list[str] = []
        nested: list[Found] = []  # Reported statements inside a running passage
        stripped = stripped_text(doc)  # a text whose quotation marks were dropped
        tagged = is_tagged(doc)
        if tagged:
            tag_names(doc)  # „Platter/ADJD betonte …“: a surname of the text tagged as a name
        before = None  # the view of the sentence before
        for view in self.views(doc):
            if is_blank(view.sent):
                continue  # a paragraph break is no sentence: the label context runs across it
            back = back_frame(doc, view.sent, view.inside, self.lexicon) if tagged else None
            if back is not None and before is not None:  # „…. Das gab Stolpe bekannt.“
                found = with_back_frame(doc, found, before.sent, before.inside, back)
            before = view
            context = body_labels(doc, labels, stripped)  # not the marked headline's label
            features = sentence_features(view.sent, view.inside, self.lexicon, context, view.rule)
            label, confidence = self.sentences.predict(features)
            label = bare_direct(view, label, stripped)  # Direct without marks of its own
            if label == "Reported" and not view.quoted and opens_quotation(view.sent):
                label = NO_QUOTE  # the frame of the quotation after its colon
            infinitive = label in (NO_QUOTE, "Reported", "Indirect") and self.infinitive(view)
            if infinitive:
                label = "Indirect"  # „Der Mann bot an, … zu übergeben.“
            if label == NO_QUOTE and (self.is_reported(view) or denial_verb(view)):
                label = "Reported"
            elif (
                label == "Indirect"
                and not infinitive
                and only_clauses(view)
                and self.is_reported(view)
            ):
                label = "Reported"  # no clause to quote: „Platter betonte die Wichtigkeit …“
            elif (
                label == "Indirect"
                and content_clause(view, self.lexicon)
                and konjunktiv_continuation(view, found)
            ):
                label = "FreeIndirect"  # no clause to quote, Konjunktiv I: „Sie setze auf …“
            if label == NO_QUOTE and colon_clause(view):  # not „X kündigt … an: …“ (Reported)
                label = "FreeIndirect" if konjunktiv_continuation(view, found) else "Indirect"
            colon = colon_frame(doc, view.sent, view.inside) if stripped else None
            if colon is None and stripped:  # „…, knurrt ein Polizist.“: a verb no lexicon lists
                cues = {i for f in view.indirect for i in f.cue_ids}
                cues |= {f.cue.i for f in view.indirect if f.cue is not None}
                colon = inverted_frame(doc, view.sent, view.inside, cues)
            if (
                colon is not None
                and not view.direct
                and all(f.cue is not None and f.cue.i >= min(colon.quote) for f in view.indirect)
            ):  # the rules' quotations inside the colon's, not a cue of their own before it
                labels.append(label)
                found.append(colon)  # „Dazu der Kommissar: Das Risiko … ist äußerst gering.“
                continue
            clause = own_clause(view, stripped, label)
            if clause is not None:
                labels.append("FreeIndirect")
                found.append(clause)  # „Andriukaitis findet es gut, …, dass wir bereit sind“
                continue
            if own_words_continuation(view, found, stripped, label):
                labels.append("FreeIndirect")  # the speaker's own words whose marks the text lacks
                found.append(own_words_quotation(doc, view.sent, found[-1], confidence))
                continue
            if label == NO_QUOTE and konjunktiv_continuation(view, found):
                label = "FreeIndirect"
            elif label == NO_QUOTE and postposed_speech(view, self.lexicon):
                label = "Indirect"  # „…, glaubt Stenger.“: the frame names who says it
            elif label == NO_QUOTE and source_sentence(view):
                label = "Indirect"  # „Laut der Gesundheitsbehörde kamen …“
            elif (
                label == NO_QUOTE
                and view.indirect
                and (
                    konjunktiv_complement(view.sent, view.indirect[0])
                    or predicate_cue(
                        view.sent, view.indirect[0], view.inside
                    )  # „war sich … sicher, dass“
                )
            ):
                label = "Indirect"  # „… hatte den Standpunkt vertreten, das Gericht sei …“
            labels.append(label)
            new = beside_frame(self.compose(doc, view, label, confidence, found), back)
            for item in new if stripped else ():
                if direct_clause(doc, item):
                    item.type = "Direct"  # „Das Wichtigste ist …, sagt Preitler.“ without marks
            new = frame_colon_statements(doc, new, view.inside)  # „…, sagt X: Die Polizei …“
            continue_speaker(doc, new, found)
            if label != "Reported" and is_tagged(doc):  # „HRW widerspricht der Darstellung: «…»“
                new = self.beside(doc, view, new)
            own = None
            last = (new or found)[-1:]  # the passage the sentence continues, if any
            if label in PASSAGES and last and is_tagged(doc) and not (view.inside or view.indirect):
                own = named_act(doc, view.sent, last[0].medium)
            if own is not None:  # „Zugleich habe Blinken … unterstrichen“: inside the passage
                nested.append(own)
                new = new or own_sentence(found, view.sent)
            found += new
        found = with_nested(found, nested)
        if is_tagged(doc):  # „…, sagte X und fügte hinzu: …“: a statement per cue
            found = coordinated_statements(doc, found, self.lexicon, stripped)
        if stripped:
            covered = {i for item in found for i in item.quote}
            found += preceding_own_words(doc, found, covered)
            found += between_own_words(doc, found, covered)
            found += interview_answers(doc, found, covered)  # „…? Ich bin kein Pistolero.“
            found += scene_own_words(doc, found, covered)  # „… dreht ein Bauer … Nein, ich …“
            found += following_own_words(doc, found, covered)  # „…, dass nichts weitergehe. … wir“
            found.sort(key=lambda item: min(item.quote, default=0))
        if self.ranker is not None:
            self.rank_speakers(doc, found)
            inherit_speakers(doc, found)  # the ranker named the speaker they continue
            framing_speakers(found)  # „Sie seien „…““: the running speaker's, and its quotes
        if stripped:
            running_speakers(doc, found)  # „…, weiß ich nicht, kritisierte der Landeschef“
        found = with_posts(found, embedded_posts(doc, quoted_tokens(doc)))
        if is_tagged(doc):  # „Dies berichtete X“, „Pühringer über Sympathiebekundung "erfreut"“
            found = headline_statements(doc, found)
        found = finish_roles(doc, found)
        self.label_media(doc, found)
        return found

    def rank_speakers(self, doc: Doc, found: list[Found]) -> None:
        """Let the speaker ranker choose each quotation's speaker; where it agrees with the
        rules (the chosen phrase overlaps theirs) the rules' span is kept, and it never takes a
        speaker away (on dev its ``NONE`` mostly hit quotations the benchmark has no gold for,
        but on real news a missing speaker is the worse error)."""
        if self.ranker is None or not is_tagged(doc):
            return
        quoted = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
        phrases: dict = {}  # the noun phrases of the text, each built once
        words = said_words(found)
        for item in found:
            if item.cue is not None and passive_agent(doc, item.cue.i, item.cue.sent) is not None:
                continue  # „wurde Lewandowski vorgeworfen, …“: the rules keep the agent or none
            if item.cue is not None and item.speaker == [item.cue.i]:
                continue  # „die Studie, wonach …“: the relative adverb stands for its antecedent
            if item.kind in ("own_words", "colon", "back"):
                continue  # the running speaker's own words: no cue, no phrase to choose from
            if inverted_pronoun(doc, item):
                continue  # „Schäuble warf er vor, …“: the grammar names the subject
            if item.cue is not None and subordinate_cue(item.cue.sent, item, self.lexicon):
                continue  # „…, bis er mich erneut schlug, um …“: no one in that clause speaks
            chosen = self.ranker.speaker(doc, item, quoted, phrases)
            if set(chosen) & set(item.addressee) or prepositional(doc, chosen):
                continue  # „Die Anwohner wurden gebeten, …“, „für die Zielgruppe“: no subject
            if said_phrase(doc, item, chosen, words, self.lexicon):
                continue  # „…, der sich die Gesellschaft … gestellt habe. Auch … würden …“
            if chosen and not set(chosen) & set(item.speaker):
                item.speaker = chosen

    @staticmethod
    def beside(doc: Doc, view: SentenceView, new: list[Found]) -> list[Found]:
        """``new`` with the Reported statements of the sentence's speech acts beside its Direct
        and Indirect quotations (``beside.beside_statements``), in document order."""
        quotations = [f for f in new if f.type in ("Direct", "Indirect")]
        new = list(new)
        for item in beside_statements(doc, view.sent, quotations):
            first = min(item.quote)  # before the first quotation that starts after it; the
            at = next((k for k, f in enumerate(new) if min(f.quote, default=0) > first), None)
            new.insert(len(new) if at is None else at, item)  # others keep their order
        return new

    def infinitive(self, view: SentenceView) -> bool:
        """Whether the rules' Indirect candidate of a sentence is a zu-infinitive clause its
        cue verb reports (``infinitives.reported_infinitive``)."""
        if not view.indirect or not is_tagged(view.sent.doc):
            return False
        return reported_infinitive(view.sent, view.indirect[0], self.lexicon)

    def is_reported(self, view: SentenceView) -> bool:
        """Whether a sentence without quotation marks or rule findings is built on a verb that
        train shows mostly as a Reported quotation („Er bezeichnete den Plan als Unsinn.“), or
        on a speech act of ``reported.SPEECH_ACTS`` with a subject that names a speaker („Die
        Euroleague verurteilte die Geschehnisse scharf.“)."""
        if view.covered:  # „… Er unterstellt dem Herrn Höcke einfach eine Aussage, …“: quoted
            return False
        if opens_quotation(view.sent):  # „Knipper kritisierte die Entscheidung scharf:“
            return False
        act = speech_act(view.sent) or keyed_verb(view.sent, self.reported)
        act = act or passive_act(view.sent) or reception_act(view.sent)  # „Von X wurde …“
        if own_quotation(view, act):
            return False
        if not view.inside and verb_keys(view.sent) & self.reported:
            return True
        return bool(act) and speaker_subject(view.sent)

    def compose(
        self, doc: Doc, view: SentenceView, label: str, confidence: float, found: list[Found]
    ) -> list[Found]:
        """The new quotations of one sentence, given its predicted ``label``."""
        new = list(view.direct)
        if label in ("Direct", NO_QUOTE) and not new:
            new = self.short_direct(doc, view, strong=label == NO_QUOTE)
        elif label == "Reported" and view.quoted and not own_quotation(view):
            last = view.sent.end - 1  # „nannte die Kundgebung „schwer erträglich““: Direct
            short = [f for f in self.short_direct(doc, view, strong=True) if min(f.quote) < last]
            if short:
                return self._confident(new + short)
        self._confident(new)
        if view.indirect and (
            label == "Indirect"
            or embeds_direct(view)
            or own_speech(view, label, self.lexicon)
            or (label == "Direct" and after_colon(view.indirect, view.inside))
        ):  # beside a Direct quotation, the clause after „… und fügte hinzu:“
            item = view.indirect[0]
            item.confidence = confidence
            new.append(item)
            if item.type == "Indirect":
                new += nested_short(item, view.quoted, [d.quote for d in new])
        elif label in WHOLE_SENTENCE and not view.mostly_direct:
            whole = whole_sentence(doc, view.sent, label, confidence, found, self.reported)
            if whole is not None:
                new.append(whole)
        passage = quoting_passage(view, label, new, found, confidence)
        return new if passage is None else [*new, passage]

    @staticmethod
    def _confident(new: list[Found]) -> list[Found]:
        for item in new:
            item.confidence = 0.9
        return new

    def short_direct(self, doc: Doc, view: SentenceView, strong: bool) -> list[Found]:
        """Quoted words shorter than a Direct rule's minimum („Der Kreml äußerte sich „vorsichtig
        optimistisch““) with a cue and a speaker, in a sentence the classifier calls Direct, or
        calls no quotation but whose cue is ``strong`` (mostly a cue in train)."""
        short = self.rules.direct(doc, view.sent, view.quoted, min_words=1, cues=view.cues)
        if is_tagged(doc):  # the tag-based roles, as for longer Direct quotations („Am Montag“
            for found in short:  # is no speaker of „würdigte Merkel … als „hoch qualifiziert““)
                refine_direct(doc, found, view.inside, view.indirect)
        return [
            f
            for f in short
            if f.cue is not None and f.speaker and (not strong or self.rules.strong(f.cue))
        ]

    def label_media(self, doc: Doc, found: list[Found]) -> None:
        """Set the medium of every quotation with the medium classifier, in document order."""
        previous = "BOS"
        by_speaker: dict[str, str] = {}
        sentences: dict = {}  # each sentence's medium words, read once
        for item in found:
            cue = [item.cue.i] if item.cue is not None else []
            key = speaker_key(doc, item.speaker)
            features = quotation_features(
                doc,
                sorted(item.quote),
                cue,
                sorted(item.speaker),
                item.type,
                previous,
                by_speaker.get(key),
                sentences,
            )
            item.medium, _ = self.media.predict(features)
            previous = item.medium
            if key:
                by_speaker[key] = item.medium


def opens_quotation(sent: Span) -> bool:
    """Whether ``sent`` ends in a colon: it frames the quotation that follows it, not a
    statement of its own („Der Verbandschef kritisierte die Entscheidung scharf: …“)."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _read_json(path: Path | str | None, name: str, required: bool = True) -> dict | None:
    """The JSON file ``name`` of the model folder ``path`` (``None``: the one shipped in
    zitate/data); ``None`` for a missing optional file, else ``ZitateError`` E205."""
    try:
        if path is None:
            data = resources.files("zitate").joinpath("data", name).read_text("utf-8")
        else:
            data = (Path(path) / name).read_text(encoding="utf-8")
        return json.loads(data)
    except FileNotFoundError:
        if not required:
            return None
        raise ZitateError(Errors.E205, path=str(Path(path or "") / name)) from None
    except (OSError, ValueError):
        raise ZitateError(Errors.E205, path=str(Path(path or "") / name)) from None


def load_model(path: Path | str | None = None) -> AttributionModel:
    """The attribution model saved at ``path`` (default: the one shipped with zitate)."""
    return AttributionModel.from_disk(path)
