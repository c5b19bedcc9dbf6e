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
takes the subject of the sentence as speaker. The medium classifier labels every quotation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..errors import Errors, ZitateError
from .candidates import PREPOSITIONS, Found, frame_of, quoted_spans
from .denials import denial_verb_ids
from .features import quotation_features, sentence_features, speaker_key
from .lexicon import DEFAULT_PATH as LEXICON_PATH
from .lexicon import CueLexicon
from .perceptron import Perceptron
from .roles import (
    addressee_of,
    cue_phrase,
    direct_cue,
    finite_of,
    indirect_clause,
    is_source_noun,
    main_verb,
    nach_source,
    noun_phrase,
    noun_phrase_before,
    speaker_of,
    subject_speaker,
)
from .rules import RulePredictor
from .speakers import is_tagged, subject_of

FORMAT = "zitate.cue_models.v1"
MODELS_PATH = "cue_models.json"
WHOLE_SENTENCE = ("IndirectFreeIndirect", "FreeIndirect", "Reported")
NO_QUOTE = "O"
PRONOMINAL_SOURCES = frozenset({"demnach", "wonach"})
# Expletive subjects („hieß es“, „man“) name no speaker (train: 5 of 2,877 gold speakers).
EXPLETIVE = (["es"], ["man"])
MIN_PARTNER = 3
MIN_OWN_WORDS = 3  # words an Indirect clause needs besides a Direct quotation inside it


@dataclass
class SentenceView:
    """One sentence as the model sees it: quoted spans, rule findings and their summary."""

    sent: Span
    inside: set[int]
    direct: list[Found]
    indirect: list[Found]
    quoted: list[Span]  # the quoted spans that start in the sentence
    cues: list[Token]  # the lexicon cue words outside ``inside`` (``RulePredictor.cue_words``)

    @property
    def mostly_direct(self) -> bool:
        """Whether Direct quotations cover more than half of the sentence."""
        return bool(self.direct) and len(self.inside) > len(self.sent) / 2

    @property
    def rule(self) -> str:
        """A short name of what the rules found (a feature of the sentence classifier)."""
        kind = self.indirect[0].kind if self.indirect else "none"
        return f"{'D' if self.direct else ''}{kind}"


class AttributionModel:
    """Cue lexicon + sentence-type classifier + medium classifier."""

    def __init__(
        self,
        lexicon: CueLexicon,
        sentences: Perceptron,
        media: Perceptron,
        reported: set[str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.rules = RulePredictor(lexicon)
        self.sentences = sentences
        self.media = media
        self.reported = set(reported or ())

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

    @classmethod
    def from_disk(cls, path: Path | str | None = None) -> AttributionModel:
        """Read a folder written by ``to_disk``; ``None`` reads the one shipped in zitate/data."""
        lexicon = CueLexicon.from_disk(Path(path) / LEXICON_PATH if path else None)
        try:
            if path is None:
                data = resources.files("zitate").joinpath("data", MODELS_PATH).read_text("utf-8")
            else:
                data = (Path(path) / MODELS_PATH).read_text(encoding="utf-8")
            models = json.loads(data)
        except (OSError, ValueError):
            raise ZitateError(Errors.E205, path=str(path or MODELS_PATH)) from None
        return cls(
            lexicon,
            Perceptron.from_json(models["sentences"]),
            Perceptron.from_json(models["media"]),
            set(models.get("reported", ())),
        )

    # --- prediction -----------------------------------------------------------------------------

    def views(self, doc: Doc) -> list[SentenceView]:
        """Every sentence with its quoted spans and what the Direct and Indirect rules found."""
        quoted = quoted_spans(doc)
        tagged = is_tagged(doc)
        views = []
        for sent in doc.sents:
            in_sent = [s for s in quoted if sent.start <= s.start < sent.end]
            inside = {i for s in in_sent for i in range(s.start, s.end)}
            cues = self.rules.cue_words(sent, inside)
            direct = self.rules.direct(doc, sent, in_sent, cues=cues)
            indirect = self.rules.indirect(doc, sent, in_sent, cues=cues)
            for found in indirect:
                found.kind = _kind(found, sent)
                _strip_final(doc, sent, found)
            if tagged:
                if not indirect:
                    indirect = _nach_source(doc, sent, inside)
                if not indirect and not direct:
                    indirect = _clause_fallback(doc, sent, inside)
                for found in indirect:
                    refine_roles(doc, sent, found, inside, self.lexicon)
                    _pronominal_source(doc, sent, found, inside)
                for found in direct:
                    refine_direct(doc, found, inside, indirect)
            views.append(SentenceView(sent, inside, direct, indirect, in_sent, cues))
        return views

    def __call__(self, doc: Doc) -> list[Found]:
        """The quotations of ``doc`` in document order."""
        found: list[Found] = []
        labels: list[str] = []
        for view in self.views(doc):
            features = sentence_features(view.sent, view.inside, self.lexicon, labels, view.rule)
            label, confidence = self.sentences.predict(features)
            if label == NO_QUOTE and (self.is_reported(view) or denial_verb(view)):
                label = "Reported"
            labels.append(label)
            new = self.compose(doc, view, label, confidence, found)
            _continue_speaker(doc, new, found)
            found += new
        for item in found:
            if [doc[i].lower_ for i in item.speaker] in EXPLETIVE:
                item.speaker = []
        self.label_media(doc, found)
        return found

    def is_reported(self, view: SentenceView) -> bool:
        """Whether a sentence without quotation marks or rule findings is built on a verb that
        train shows mostly as a Reported quotation („Er bezeichnete den Plan als Unsinn.“)."""
        if view.direct or view.indirect or view.inside or not self.reported:
            return False
        return bool(reported_keys(view.sent) & self.reported)

    def compose(
        self, doc: Doc, view: SentenceView, label: str, confidence: float, found: list[Found]
    ) -> list[Found]:
        """The new quotations of one sentence, given its predicted ``label``."""
        new = list(view.direct)
        if label in ("Direct", NO_QUOTE) and not new:
            new = self.short_direct(doc, view, strong=label == NO_QUOTE)
        for item in new:
            item.confidence = 0.9
        if view.indirect and (label == "Indirect" or _embeds_direct(view)):
            item = view.indirect[0]
            item.confidence = confidence
            new.append(item)
        elif label in WHOLE_SENTENCE and not view.mostly_direct:
            whole = self.whole_sentence(doc, view.sent, label, confidence, found)
            if whole is not None:
                new.append(whole)
        return new

    def short_direct(self, doc: Doc, view: SentenceView, strong: bool) -> list[Found]:
        """Quoted words shorter than a Direct rule's minimum („Der Kreml äußerte sich „vorsichtig
        optimistisch““) with a cue and a speaker, in a sentence the classifier calls Direct, or
        calls no quotation but whose cue is ``strong`` (mostly a cue in train)."""
        short = self.rules.direct(doc, view.sent, view.quoted, min_words=1, cues=view.cues)
        return [
            f
            for f in short
            if f.cue is not None and f.speaker and (not strong or self.rules.strong(f.cue))
        ]

    def whole_sentence(
        self, doc: Doc, sent: Span, label: str, confidence: float, found: list[Found]
    ) -> Found | None:
        """A whole-sentence quotation, or ``None`` when it extends the previous one."""
        ids = [t.i for t in sent]
        last = found[-1] if found else None
        if label == "Reported":
            speaker = subject_speaker(doc, sent) if is_tagged(doc) else subject_of(doc, sent)
            found = Found(ids, None, speaker, [], label, "Speech", confidence)
            verb = denial_verb_ids(sent)
            if verb and speaker:  # the whole sentence stays the quote (the dataset's Reported)
                found.cue, found.cue_ids = doc[verb[0]], verb
            return found
        if last is not None and last.type == label and max(last.quote) == sent.start - 1:
            last.quote.extend(ids)
            return None
        speaker = list(last.speaker) if last is not None else []
        return Found(ids, None, speaker, [], label, last.medium if last else "Speech", confidence)

    def label_media(self, doc: Doc, found: list[Found]) -> None:
        """Set the medium of every quotation with the medium classifier, in document order."""
        previous = "BOS"
        by_speaker: dict[str, str] = {}
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
            )
            item.medium, _ = self.media.predict(features)
            previous = item.medium
            if key:
                by_speaker[key] = item.medium


def reported_keys(sent: Span) -> set[str]:
    """The finite full verbs of ``sent`` as lemma plus separated particle („wies … zurück“ →
    ``weisen+zurück``) and its past participles (``bezeichnen~pp``)."""
    keys = set()
    for verb in sent:
        if verb.tag_ == "VVFIN":
            parts = [t.lower_ for t in sent if t.tag_ == "PTKVZ" and t.i > verb.i]
            keys.add(verb.lemma_.lower() + (f"+{parts[0]}" if parts else ""))
        elif verb.tag_ == "VVPP":
            keys.add(f"{verb.lemma_.lower()}~pp")
    return keys


def denial_verb(view: SentenceView) -> bool:
    """A sentence without quotation marks or rule findings built on a denial verb."""
    if view.direct or view.indirect or view.inside:
        return False
    return bool(denial_verb_ids(view.sent))


def _continue_speaker(doc: Doc, new: list[Found], found: list[Found]) -> None:
    """A Direct quotation without speaker or cue right after a quotation of the previous
    sentence continues it: same speaker („Von der Leyen betonte … . „…““)."""
    if not found or not found[-1].speaker:
        return
    last = found[-1]
    for item in new:
        if item.type != "Direct" or item.speaker or item.cue is not None:
            continue
        sent = doc[item.quote[0]].sent
        if sent.start == 0 or max(last.quote) < doc[sent.start - 1].sent.start:
            continue
        item.speaker = list(last.speaker)
        item.cue, item.cue_ids = last.cue, list(last.cue_ids)


def _pronominal_source(doc: Doc, sent: Span, found: Found, inside: set[int]) -> None:
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
            found.frame = [i for i in found.frame if i != token.i]
            return


def _embeds_direct(view: SentenceView) -> bool:
    """Whether the rules' Indirect clause holds a Direct quotation and words of its own
    („Er sagte, wer auf „Beamten …“ schieße, könne …“): both are quotations."""
    quote = set(view.indirect[0].quote)
    return any(
        set(d.quote) < quote and len(quote - set(d.quote)) >= MIN_OWN_WORDS for d in view.direct
    )


def _strip_final(doc: Doc, sent: Span, found: Found) -> None:
    """Indirect quotations end before the sentence's final punctuation (as in the gold data)."""
    last = sent.end - 1
    if found.quote and found.quote[-1] == last and doc[last].is_punct and len(found.quote) > 1:
        found.quote = found.quote[:-1]


def _kind(found: Found, sent: Span) -> str:
    """How the rules found an Indirect quotation: source phrase, quote before or after the cue."""
    if found.cue is not None and found.cue.lower_ in PREPOSITIONS:
        return "source"
    return "before" if found.quote and found.quote[0] == sent.start else "after"


def _nach_source(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate around „nach Angaben X“ (quote: the rest of the sentence)."""
    source = nach_source(doc, sent, inside)
    if source is None:
        return []
    cue, speaker = source
    frame = [cue, *speaker]
    after = max(frame) + 1
    if after < sent.end and doc[after].text == ",":
        frame.append(after)
    if cue > sent.start and doc[cue - 1].text == ",":
        frame.append(cue - 1)
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    quote = [i for i in range(sent.start, last) if i not in set(frame) and i not in inside]
    if len(quote) < 3:
        return []
    found = Found(quote, doc[cue], speaker, sorted(frame), "Indirect", "SW")
    found.kind = "source"
    return [found]


def _clause_fallback(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate from the clause structure alone (no lexicon cue)."""
    clause = indirect_clause(doc, sent, inside)
    if clause is None:
        return []
    cue, quote = clause
    found = Found(quote, doc[cue], [], frame_of(sent, quote), "Indirect", "Speech")
    found.kind = "clause"
    return [found]


def self_partners(
    doc: Doc, cue: int, sent: Span, exclude: set[int], lexicon: CueLexicon | None
) -> list[int]:
    """Words of the cue's clause that train shows with this cue form („ließ … verlauten“,
    „vertritt die Ansicht“)."""
    entry = lexicon.get(doc[cue].text) if lexicon is not None else None
    if entry is None:
        return []
    found = []
    for j in range(cue + 1, min(sent.end, cue + 8)):
        if doc[j].text in {",", ":"} or j in exclude:
            break
        if entry.partners.get(doc[j].lower_, 0) >= MIN_PARTNER:
            found.append(j)
    return found


def refine_roles(
    doc: Doc, sent: Span, found: Found, inside: set[int], lexicon: CueLexicon | None = None
) -> None:
    """Tag-based speaker and cue phrase of a quotation the rules found (tagged ``Doc`` only)."""
    if found.cue is None:
        return
    exclude = set(found.quote) | inside
    cue = found.cue
    if cue.tag_.startswith("V"):
        speaker = speaker_of(doc, cue.i, sent, inside | {cue.i})
        if found.kind == "after" and speaker and max(speaker) >= min(found.quote):
            found.quote = _cut_after(doc, found.quote, max(speaker))
            exclude = set(found.quote) | inside
        found.speaker = [i for i in speaker if i not in exclude]
        if not found.speaker or [doc[i].lower_ for i in found.speaker] in EXPLETIVE:
            found.speaker = implicit_speaker(doc, cue.i, sent, exclude)
        if not found.speaker and cue.tag_ == "VVFIN" and cue.i > sent.start:
            prev = doc[cue.i - 1]
            if prev.lower_ == "und":
                main = main_verb(doc, sent)
                if main is not None and main < cue.i:
                    found.speaker = [
                        i for i in speaker_of(doc, main, sent, exclude) if i not in exclude
                    ]
        found.cue_ids = cue_phrase(doc, cue.i, sent, exclude)
        found.cue_ids += self_partners(doc, cue.i, sent, exclude | set(found.speaker), lexicon)
    elif cue.lower_ in {"laut", "so", "gemäß", "nach", "zufolge"}:
        speaker = source_speaker(doc, cue.i, sent, inside)
        if speaker:
            _move_speaker(doc, found, speaker)
            exclude = set(found.quote) | inside
        found.speaker = [i for i in found.speaker if i not in exclude]
    found.frame = frame_of(sent, sorted(exclude))
    cue_verb = found.cue.i if found.cue is not None else None
    found.addressee = addressee_of(doc, found.frame, cue_verb, found.speaker)


def implicit_speaker(doc: Doc, cue: int, sent: Span, exclude: set[int]) -> list[int]:
    """The source of a cue verb without a subject: the agent of a passive („von den
    Demonstranten gefordert“), the document of „In dem Schreiben heißt es“ or the circle of „Wie
    aus Unternehmenskreisen verlautete“ (``[]`` if none)."""
    verb = finite_of(doc, cue, sent)
    if doc[cue].lemma_ == "heißen":
        heads = {"in", "im"}
    elif doc[cue].lemma_ == "verlauten":
        heads = {"aus"}
    elif doc[cue].tag_ == "VVPP" and verb != cue and doc[verb].lemma_ == "werden":
        heads = {"von", "vom"}
    else:
        return []
    lo, hi = max(sent.start, min(cue, verb) - 12), min(sent.end, max(cue, verb) + 8)
    for j in range(lo, hi):
        if j in exclude or doc[j].lower_ not in heads:
            continue
        if any(doc[k].text in {",", ":", ";"} for k in range(min(j, cue), max(j, cue))):
            continue
        start = j + 1
        np = [i for i in noun_phrase(doc, start, sent.end) if i not in exclude and i != cue]
        if np:
            return np
    return []


def source_speaker(doc: Doc, cue: int, sent: Span, inside: set[int]) -> list[int]:
    """The tag-based source of „laut X“, „so X“, „nach Angaben X“, „X Meinung nach“ and
    „X zufolge“ (``[]`` when the pattern is not there)."""
    low = doc[cue].lower_
    if low == "zufolge" or (low == "nach" and cue > sent.start and doc[cue - 1].tag_ == "NN"):
        if low == "nach" and not is_source_noun(doc[cue - 1].lemma_ or doc[cue - 1].text):
            return []
        return [i for i in noun_phrase_before(doc, cue, sent.start) if i not in inside]
    if low == "nach" and not any(
        is_source_noun(t.lemma_ or t.text) for t in doc[cue + 1 : min(cue + 4, sent.end)]
    ):
        return []
    return [i for i in noun_phrase(doc, cue + 1, sent.end) if i not in inside]


def _move_speaker(doc: Doc, found: Found, speaker: list[int]) -> None:
    """Replace the speaker of a source-phrase quotation: words it gives up go back to the quote
    (commas and the cue apart), words it takes leave the quote."""
    old, new = set(found.speaker), set(speaker)
    back = {i for i in old - new if not doc[i].is_punct and i != (found.cue.i if found.cue else -1)}
    found.quote = sorted((set(found.quote) - new) | back)
    found.speaker = sorted(new)


def refine_direct(doc: Doc, found: Found, inside: set[int], indirect: list[Found]) -> None:
    """Roles of a Direct quotation from its frame („…“, sagte X / X sagte: „…“), else from a
    source phrase of its sentence („nach Angaben der Polizei“), else the rules' own."""
    cue = direct_cue(doc, found.quote)
    outer = _outer_clause(found, indirect)
    if outer is not None:
        found.cue, found.speaker = outer.cue, list(outer.speaker)
        found.cue_ids = list(outer.cue_ids)
        found.frame = [i for i in outer.frame if i not in inside]
    elif cue is not None:
        found.cue = doc[cue]
        sent = doc[cue].sent
        if doc[cue].lower_ == "so":
            found.speaker = noun_phrase(doc, cue + 1, sent.end)
            found.cue_ids = [cue]
        else:
            found.speaker = speaker_of(doc, cue, sent, inside)
            found.cue_ids = cue_phrase(doc, cue, sent, inside)
        found.frame = frame_of(sent, sorted(inside))
    elif found.cue is None and indirect and indirect[0].kind == "source":
        source = indirect[0]
        found.cue, found.speaker = source.cue, list(source.speaker)
        found.frame = [i for i in source.frame if i not in inside]
    elif found.cue is not None:
        refine_roles(doc, found.cue.sent, found, inside)
    found.speaker = [i for i in found.speaker if i not in inside]
    if not found.speaker:
        _embedded_roles(doc, found, inside)
    if found.cue is not None and not found.addressee:
        found.addressee = addressee_of(doc, found.frame, found.cue.i, found.speaker)


def _embedded_roles(doc: Doc, found: Found, inside: set[int]) -> None:
    """A Direct quotation inside a sentence of its own words („Er bezeichnete den Vorwurf als
    „haltlos“.“): speaker and cue are the subject and main verb of the sentence."""
    sent = doc[found.quote[0]].sent
    outside = [t for t in sent if t.i not in inside and not t.is_punct]
    if len(outside) < MIN_OWN_WORDS:
        return
    verb = main_verb(doc, sent)
    if verb is None or verb in inside or not doc[verb].tag_.startswith("VV"):
        return
    speaker = [i for i in speaker_of(doc, verb, sent, inside) if i not in inside]
    if speaker:
        found.speaker = speaker
        if found.cue is None:
            found.cue = doc[verb]
            found.cue_ids = cue_phrase(doc, verb, sent, inside | set(speaker))
        if not found.frame:
            found.frame = frame_of(sent, sorted(inside))


def _outer_clause(found: Found, indirect: list[Found]) -> Found | None:
    """The rules' cue-verb Indirect clause that holds the Direct quotation ``found``."""
    if not indirect or indirect[0].cue is None or not indirect[0].cue.tag_.startswith("V"):
        return None
    outer = indirect[0]
    return outer if set(found.quote) < set(outer.quote) and outer.speaker else None


def _cut_after(doc: Doc, quote: list[int], last: int) -> list[int]:
    """The quote without the tokens up to ``last`` and a comma right after it."""
    rest = [i for i in quote if i > last]
    if rest and doc[rest[0]].text == ",":
        rest = rest[1:]
    return rest if len(rest) >= 3 else quote


def load_model(path: Path | str | None = None) -> AttributionModel:
    """The attribution model saved at ``path`` (default: the one shipped with zitate)."""
    return AttributionModel.from_disk(path)
