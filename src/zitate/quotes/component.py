"""The ``zitate_quotes`` pipeline component: quotations with type, medium and roles.

Stage: quotation attribution, last in the pipeline. Input: a ``Doc`` with sentences, STTS tags,
lemmas and ``Mood`` (the base pipeline with ``zitate_mood``); entities are used when present.
Output: ``doc.spans["zitate_quotes"]`` (one span per contiguous run of each quotation, labelled
with its type; ``group.attrs["quote_ids"]`` names the quotation of each span) and
``doc._.zitate_quotes``, the quotation records of ``shared/OUTPUT.md`` (``id``, ``type``,
``medium``, ``text``, ``spans``, ``speaker``, ``cue``, ``frame``, ``addressee``, ``nested_in``,
``confidence``; character offsets into ``doc.text``).

Learned state (cue lexicon, sentence and medium classifiers) is saved with ``to_disk``.
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.7 validates the factory's signature
# and cannot resolve annotations given as strings.

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from ..nlp.tokenizer import doc_text
from .candidates import Found
from .dataset import Quotation
from .model import AttributionModel, load_model
from .pipes import FindingPipe, register_extension
from .turns import merge_turns

EXTENSION = "zitate_quotes"
SPANS_KEY = "zitate_quotes"
ROLE_NAMES = ("speaker", "cue", "frame", "addressee")


def register_extensions() -> None:
    """Register ``Doc._.zitate_quotes`` once."""
    register_extension(EXTENSION)


class QuoteAttributor(FindingPipe):
    """Finds quotations (``find``) and writes them to the ``Doc`` (``set_annotations``)."""

    def __init__(self, nlp: Language, name: str, spans_key: str, model: AttributionModel) -> None:
        self.name = name
        self.spans_key = spans_key
        self.model = model
        register_extensions()

    def find(self, doc: Doc) -> list[Quotation]:
        """The quotations of ``doc`` as ``Quotation`` records (token ids), in document order."""
        found = [f for f in merge_turns(doc, self.model(doc)) if _without_space(doc, f)]
        quotes = [set(f.quote) for f in found]
        return [_with_nesting(f, quote, quotes) for f, quote in zip(found, quotes, strict=True)]

    def set_annotations(self, doc: Doc, quotations: Sequence[Quotation]) -> None:
        """Write ``doc.spans[spans_key]`` and ``doc._.zitate_quotes``."""
        spans, ids, records = [], [], []
        text = doc_text(doc)  # the text of every record is a slice of it
        quotes = [set(q.quote) for q in quotations]
        for number, (quotation, quote) in enumerate(zip(quotations, quotes, strict=True), 1):
            qid = f"q{number}"
            for start, end in _runs(quotation.quote):
                spans.append(doc[start:end])
                spans[-1].label_ = quotation.type or ""
                ids.append(qid)
            nested_in = _outer_id(quote, quotes)
            records.append(quotation_record(doc, text, quotation, qid, nested_in))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc.spans[self.spans_key].attrs["quote_ids"] = ids
        doc._.set(EXTENSION, records)

    def to_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> None:
        self.model.to_disk(path)

    def from_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> "QuoteAttributor":
        self.model = AttributionModel.from_disk(path)
        return self


def _with_nesting(found: Found, tokens: set[int], everything: Sequence[set[int]]) -> Quotation:
    """A ``Quotation`` of ``found`` (quote ``tokens``); nested when another quotation's tokens
    (``everything``: the quote tokens of each quotation) strictly contain them."""
    return replace(
        found.to_quotation(),
        is_nested=any(tokens < other for other in everything),
        has_nested=any(other < tokens for other in everything),
        confidence=round(found.confidence, 3),
    )


def _without_space(doc: Doc, found: Found) -> bool:
    """Whitespace tokens (paragraph breaks) out of the quotation's parts, so no record text
    starts or ends with one; False when nothing but whitespace was quoted (an empty quote)."""
    for name in ("quote", "speaker", "frame", "addressee"):
        setattr(found, name, [i for i in getattr(found, name) if not doc[i].is_space])
    return bool(found.quote)


def quotation_record(
    doc: Doc, text: str, quotation: Quotation, qid: str, nested_in: str | None
) -> dict:
    """The OUTPUT.md record of one quotation (character offsets into ``text``, the
    ``doc.text``); ``nested_in`` is the id of the quotation it is nested in."""
    quote = _part(doc, text, quotation.quote)
    record = {
        "id": qid,
        "type": quotation.type,
        "medium": quotation.medium,
        "text": quote["text"],
        "spans": quote["spans"],
    }
    for name in ROLE_NAMES:
        ids = quotation.part(name)
        record[name] = _part(doc, text, ids) if ids else None
    record["nested_in"] = nested_in
    record["confidence"] = quotation.confidence
    return record


def _outer_id(tokens: set[int], quotes: Sequence[set[int]]) -> str | None:
    """The id of the smallest quotation whose tokens (``quotes``, in order) strictly contain
    ``tokens``; ``None`` when there is none."""
    outer = [(len(q), n) for n, q in enumerate(quotes, 1) if tokens < q]
    return f"q{min(outer)[1]}" if outer else None


def _part(doc: Doc, text: str, ids: Sequence[int]) -> dict:
    """Text and character spans of the runs of ``ids`` (``text`` is ``doc.text``)."""
    spans = [[doc[s].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e in _runs(ids)]
    return {"text": " ".join(text[a:b] for a, b in spans), "spans": spans}


def _runs(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Half-open token ranges of the runs of consecutive ids."""
    runs: list[list[int]] = []
    for i in sorted(set(ids)):
        if runs and i == runs[-1][1]:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(a, b) for a, b in runs]


def records_to_quotations(doc: Doc, records: Sequence[dict]) -> list[Quotation]:
    """``Quotation`` records (token ids) back from ``doc._.zitate_quotes`` records."""
    return [
        Quotation(
            quote=_token_ids(doc, r["spans"]),
            **{n: _token_ids(doc, r[n]["spans"]) if r[n] else () for n in ROLE_NAMES},
            type=r["type"],
            medium=r["medium"],
            is_nested=r["nested_in"] is not None,
        )
        for r in records
    ]


def _token_ids(doc: Doc, spans: Sequence[Sequence[int]]) -> tuple[int, ...]:
    ids: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ids.update(range(span.start, span.end))
    return tuple(sorted(ids))


@Language.factory(
    "zitate_quotes",
    assigns=["doc.spans", f"doc._.{EXTENSION}"],
    requires=["token.tag", "token.lemma", "token.morph", "token.is_sent_start"],
    default_config={"spans_key": SPANS_KEY, "model_path": None},
)
def make_quotes(
    nlp: Language, name: str, spans_key: str, model_path: str | None
) -> "QuoteAttributor":
    """The attribution component; ``model_path`` None loads the model shipped with zitate."""
    return QuoteAttributor(nlp, name, spans_key, load_model(model_path))
