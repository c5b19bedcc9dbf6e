"""SpkAtt-2023 task 1 (Bundestag speeches) as out-of-domain examples for the speaker ranker.

Stage: training data for ``zitate train quotes``. Input: ``shared/data/spkatt2023/
task1-train-dev.tar.xz`` (one JSON per speech: ``Sentences`` with ``Tokens``; ``Annotations``:
speech events with ``Cue``, ``Source``, ``Message``, ``Addr`` … as ``sentence:token``
addresses; CC BY-SA 4.0), the ``train`` part only. Output: ``Speech`` records (words, sentence
starts, events with document-level token ids) and, on a tagged ``Doc`` of a speech, the speaker
ranker's examples: one per event with a message and a cue.

``count_cues`` counts the cue lemmas of the train events (verbs with separated particle as one
lemma, nouns) for ``quotes.saying``; ``python -m zitate.quotes.spkatt DATA OUT`` writes them.

Mapping to our roles: ``Message`` → quote, ``Cue`` → cue, ``Source`` → speaker, ``Addr`` →
addressee. SpkAtt has no quotation types: a message inside quotation marks is ``Direct``, any
other ``Indirect``. The rules' speaker of the cue verb is given to the ranker as the Wikinews
examples give it (``roles.speaker_of``).
"""

from __future__ import annotations

import json
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import Errors, ZitateError
from .candidates import Found, quoted_spans
from .ranker import RankExample, candidates, head_of
from .roles import speaker_of

ARCHIVE = Path("spkatt2023") / "task1-train-dev.tar.xz"
SOURCE = "SpkAtt-2023 task 1 train (GermEval/KONVENS 2023, Bundestag speeches), CC BY-SA 4.0"
# Weight of an out-of-domain example against a Wikinews one: 0.2 / 0.35 / 0.5 / 1.0 gave Wikinews
# dev roles F1 0.6507 / 0.6523 / 0.6495 / 0.6498 (0.6541 without SpkAtt); 0.35 raised the right
# speakers of `zitate bench speakers --split dev` from 0.552 to 0.564.
SPKATT_WEIGHT = 0.35


@dataclass(frozen=True)
class Event:
    """One speech event: document-level token ids of its roles."""

    cue: tuple[int, ...]
    source: tuple[int, ...]
    message: tuple[int, ...]
    addressee: tuple[int, ...]


@dataclass(frozen=True)
class Speech:
    """One Bundestag speech: its words, the first word of each sentence and its events."""

    name: str
    words: tuple[str, ...]
    starts: frozenset[int]
    events: tuple[Event, ...]


def read_speeches(data: Path | str, limit: int | None = None) -> list[Speech]:
    """The speeches of the ``train`` part (in archive order; ``limit``: the first N)."""
    archive = Path(data) / ARCHIVE
    if not archive.is_file():
        raise ZitateError(Errors.E011, path=archive)
    speeches = []
    with tarfile.open(archive) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if limit is not None and len(speeches) >= limit:
                break
            if member.isfile() and "/train/" in f"/{member.name}" and member.name.endswith(".json"):
                data_ = json.load(tar.extractfile(member))  # type: ignore[arg-type]
                speeches.append(_speech(Path(member.name).stem, data_))
    return speeches


def _speech(name: str, data: dict) -> Speech:
    words: list[str] = []
    offsets: dict[int, int] = {}
    for sentence in data["Sentences"]:
        offsets[int(sentence["SentenceId"])] = len(words)
        words += sentence["Tokens"]

    def ids(addresses: list[str]) -> tuple[int, ...]:
        out = set()
        for address in addresses:
            sent, tok = (int(x) for x in address.split(":"))
            out.add(offsets[sent] + tok)
        return tuple(sorted(out))

    events = tuple(
        Event(
            ids(a.get("Cue", [])),
            ids(a.get("Source", [])),
            ids(a.get("Message", [])),
            ids(a.get("Addr", [])),
        )  # fmt: skip
        for a in data["Annotations"]
    )
    return Speech(name, tuple(words), frozenset(offsets.values()), events)


def to_doc(speech: Speech, vocab: Vocab) -> Doc:
    """A ``Doc`` of the speech's own tokens and sentences (not re-tokenised)."""
    starts = [i in speech.starts for i in range(len(speech.words))]
    return Doc(vocab, words=list(speech.words), sent_starts=starts)


def iter_events(doc: Doc, speech: Speech) -> Iterator[tuple[Event, Found]]:
    """Each event with a message and a cue as the ranker sees a quotation: quote, cue, type
    and the rules' speaker (a tagged ``doc``)."""
    for event in speech.events:
        if not event.message or not event.cue:
            continue
        quote = list(event.message)
        cue = doc[event.cue[0]]
        inside = set(quote)
        marked = quote[0] > 0 and doc[quote[0] - 1].is_quote or doc[quote[0]].is_quote
        rules = speaker_of(doc, cue.i, cue.sent, inside) if cue.tag_.startswith("V") else []
        qtype = "Direct" if marked else "Indirect"
        yield event, Found(quote, cue, rules, [], qtype, "Speech", 0.5, list(event.cue))


def ranker_examples(doc: Doc, speech: Speech, weight: float = SPKATT_WEIGHT) -> list[RankExample]:
    """The ranker's examples of one tagged speech: candidates and the keys of the right ones
    (the head inside the gold ``Source``; ``NONE`` for an event without a source)."""
    quoted = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
    examples: list[RankExample] = []
    for event, found in iter_events(doc, speech):
        options = candidates(doc, found, quoted)
        source = set(event.source)
        if not source:
            right = {()}
        else:
            right = {c.key for c in options if c.ids and head_of(doc, c.ids) in source}
        if right:
            examples.append((options, right, weight))
    return examples


VERB_TAGS = ("VVFIN", "VVPP", "VVINF", "VVIZU")


def count_cues(speeches: list[Speech], nlp) -> dict:
    """Cue lemmas of the events of ``speeches``, tagged by the base pipeline ``nlp``: ``verbs``
    (lemma -> [events with it as cue verb, occurrences of the verb lemma in all speeches]) and
    ``nouns`` (lemma -> events whose cue is that noun, without a verb)."""
    from .reported import particle

    total: Counter = Counter()
    verbs: Counter = Counter()
    nouns: Counter = Counter()
    for speech in speeches:
        doc = to_doc(speech, nlp.vocab)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        total.update(t.lemma_.lower() for t in doc if t.tag_ in VERB_TAGS)
        for event in speech.events:
            tokens = [doc[i] for i in event.cue]
            verb = next((t for t in tokens if t.tag_.startswith("VV")), None)
            if verb is not None:
                part = next((t.i for t in tokens if t.tag_ == "PTKVZ"), None)
                if part is None and verb.tag_ == "VVFIN":
                    part = particle(verb.sent, verb.i)
                lemma = verb.lemma_.lower()
                verbs[lemma + (f"+{doc[part].lower_}" if part is not None else "")] += 1
            else:
                nouns.update(t.lemma_ for t in tokens[:1] if t.tag_ == "NN")
    return {
        "source": SOURCE,
        "verbs": {k: [c, total[k.split("+")[0]]] for k, c in sorted(verbs.items())},
        "nouns": dict(sorted(nouns.items())),
    }


def main(argv: list[str] | None = None) -> None:
    """``python -m zitate.quotes.spkatt DATA OUT``: write ``count_cues`` of the train part."""
    from ..nlp.pipeline import load

    data, out = (argv if argv is not None else sys.argv[1:])[:2]
    counts = count_cues(read_speeches(data), load())
    Path(out).write_text(json.dumps(counts, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
