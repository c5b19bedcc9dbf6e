"""The quotation benchmark (``shared/data/quotes-de-wikinews``) as typed records.

Stage: data access for training, benchmarking and tests of quotation attribution.
Input: a split file (gzip JSON Lines, one document a line: ``documentName``, ``originalText``,
``sentences``, ``tokens``, ``annotations``) or one JSON document of the same format.
Output: frozen ``Document`` / ``Quotation`` records; a spaCy ``Doc`` built from the dataset's own
tokens and sentence boundaries (never re-tokenised); prediction files in the dataset's format.

Token ids are the dataset's document-level token indices, which equal ``Doc`` token indices.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import Errors, ZitateError

SPLITS = ("train", "dev", "test")
DATASET = "quotes-de-wikinews"
ROLES = ("speaker", "cue", "frame", "addressee")
PARTS = ("quote", *ROLES)
# Types that continue the previous speaker's statement without a cue of their own.
CONTINUING = ("IndirectFreeIndirect", "FreeIndirect")
DOC_NAME_KEY = "documentName"

TokenIds = tuple[int, ...]


@dataclass(frozen=True)
class Token:
    """One dataset token: its text and half-open character offsets into ``Document.text``."""

    id: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quotation:
    """One quotation; every part is a sorted tuple of document-level token ids (may be empty)."""

    quote: TokenIds
    speaker: TokenIds = ()
    cue: TokenIds = ()
    frame: TokenIds = ()
    addressee: TokenIds = ()
    type: str | None = None
    medium: str | None = None
    is_nested: bool = False
    has_nested: bool = False
    confidence: float | None = field(default=None, compare=False)

    def part(self, name: str) -> TokenIds:
        """The token ids of ``name``, one of ``PARTS``."""
        return getattr(self, name)


@dataclass(frozen=True)
class Document:
    """One benchmark document: text, tokens, sentences (token id tuples) and gold quotations."""

    name: str
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[TokenIds, ...]
    quotations: tuple[Quotation, ...] = field(default=())


def split_path(data_dir: Path | str, split: str) -> Path:
    """The file of ``split`` under ``data_dir`` (the shared data folder or the dataset folder)."""
    if split not in SPLITS:
        raise ZitateError(Errors.E020, value=split, option="--split")
    base = Path(data_dir)
    if base.name != DATASET:
        base = base / DATASET
    path = base / f"{split}.jsonl.gz"
    if not path.is_file():
        raise ZitateError(Errors.E200, path=str(path))
    return path


def read_split(data_dir: Path | str, split: str) -> list[Document]:
    """All documents of ``split`` in file order."""
    return list(iter_documents(split_path(data_dir, split)))


def iter_documents(path: Path | str) -> Iterator[Document]:
    """Documents of a gzip (or plain) JSON Lines file, one per line."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield document_from_json(_loads(line, f"{path}:{number}"))


def _loads(text: str, where: str) -> dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ZitateError(Errors.E201, input=where, detail=str(err)) from None


def document_from_json(data: dict) -> Document:
    """A ``Document`` from one dataset JSON object (``annotations`` may be absent)."""
    try:
        tokens = tuple(
            Token(t["id"], t["text"], t["charBegin"], t["charEnd"]) for t in data["tokens"]
        )
        sentences = tuple(tuple(s["tokenIds"]) for s in data["sentences"])
        name = data[DOC_NAME_KEY]
    except (KeyError, TypeError) as err:
        raise ZitateError(
            Errors.E201, input=str(data.get(DOC_NAME_KEY)), detail=repr(err)
        ) from None
    if [t.id for t in tokens] != list(range(len(tokens))):
        raise ZitateError(Errors.E201, input=name, detail="token ids are not 0..n-1")
    quotations = tuple(quotation_from_json(a) for a in data.get("annotations") or ())
    return Document(name, data.get("originalText", ""), tokens, sentences, quotations)


def quotation_from_json(annotation: dict) -> Quotation:
    """A ``Quotation`` from one dataset annotation; a missing or null part is empty."""
    parts = {name: _token_ids(annotation.get(name)) for name in PARTS}
    return Quotation(
        **parts,
        type=annotation.get("type"),
        medium=annotation.get("medium"),
        is_nested=bool(annotation.get("isNested", False)),
        has_nested=bool(annotation.get("hasNested", False)),
    )


def _token_ids(part: dict | None) -> TokenIds:
    """Sorted, de-duplicated token ids of one part (``{"tokenIds": [...]}``) or ``()``."""
    if not part:
        return ()
    return tuple(sorted(set(part.get("tokenIds") or ())))


def to_doc(document: Document, vocab: Vocab | None = None) -> Doc:
    """A spaCy ``Doc`` of the document's own tokens and sentences (not re-tokenised).

    A token is followed by a space when the next token starts after it ends; the first token of
    every sentence gets ``is_sent_start``. ``doc.user_data["documentName"]`` names the document.
    """
    vocab = vocab if vocab is not None else spacy.blank("de").vocab
    words = [t.text for t in document.tokens]
    pairs = zip(document.tokens, document.tokens[1:], strict=False)
    spaces = [a.end < b.start for a, b in pairs] + [False] * bool(words)
    starts = {s[0] for s in document.sentences if s}
    sent_starts = [i in starts for i in range(len(words))]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    doc.user_data[DOC_NAME_KEY] = document.name
    return doc


def token_ids_to_spans(document: Document, ids: Iterable[int]) -> list[tuple[int, int]]:
    """Half-open character spans of ``ids``, one per run of consecutive token ids."""
    spans: list[tuple[int, int]] = []
    previous = None
    for i in sorted(set(ids)):
        token = document.tokens[i]
        if previous is not None and i == previous + 1:
            spans[-1] = (spans[-1][0], token.end)
        else:
            spans.append((token.start, token.end))
        previous = i
    return spans


def char_spans_to_token_ids(document: Document, spans: Iterable[tuple[int, int]]) -> TokenIds:
    """Token ids of every token that overlaps one of the half-open character ``spans``."""
    ids = {t.id for start, end in spans for t in document.tokens if t.start < end and start < t.end}
    return tuple(sorted(ids))


def part_to_json(document: Document, ids: Sequence[int]) -> dict:
    """One part in the dataset's format: ``spans`` (token/char offsets), ``text``, ``tokenIds``."""
    ids = sorted(set(ids))
    runs = _runs(ids)
    spans = [
        {
            "begin": run[0],
            "end": run[-1] + 1,
            "charBegin": document.tokens[run[0]].start,
            "charEnd": document.tokens[run[-1]].end,
        }
        for run in runs
    ]
    text = " ".join(document.text[s["charBegin"] : s["charEnd"]] for s in spans)
    return {"spans": spans, "text": text, "tokenIds": ids}


def _runs(ids: Sequence[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def quotation_to_json(document: Document, quotation: Quotation, number: int) -> dict:
    """One annotation in the dataset's format (parts, ``type``, ``medium``, ``id``)."""
    data = {name: part_to_json(document, quotation.part(name)) for name in PARTS}
    data.update(
        type=quotation.type,
        medium=quotation.medium,
        isNested=quotation.is_nested,
        hasNested=quotation.has_nested,
        id=number,
    )
    return data


def prediction_json(document: Document, quotations: Iterable[Quotation]) -> dict:
    """A prediction document: ``documentName`` and ``annotations`` in the dataset's format."""
    annotations = [quotation_to_json(document, q, i) for i, q in enumerate(quotations)]
    return {DOC_NAME_KEY: document.name, "annotations": annotations}


def prediction_filename(name: str) -> str:
    """A safe file name for document ``name`` (path separators and control characters replaced)."""
    return re.sub(r"[/\\\x00-\x1f]", "_", name)[:200] + ".json"


def write_prediction(document: Document, quotations: Iterable[Quotation], out_dir: Path) -> Path:
    """Write the prediction file of ``document`` into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / prediction_filename(document.name)
    data = prediction_json(document, quotations)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_predictions(pred_dir: Path | str) -> dict[str, tuple[Quotation, ...]]:
    """Quotations of every ``*.json`` file in ``pred_dir``, keyed by ``documentName``."""
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        raise ZitateError(Errors.E202, path=str(pred_dir))
    found: dict[str, tuple[Quotation, ...]] = {}
    for path in sorted(pred_dir.glob("*.json")):
        data = _loads(path.read_text(encoding="utf-8"), str(path))
        if not isinstance(data, dict) or DOC_NAME_KEY not in data:
            raise ZitateError(Errors.E201, input=str(path), detail="no documentName")
        annotations = data.get("annotations") or ()
        found[data[DOC_NAME_KEY]] = tuple(quotation_from_json(a) for a in annotations)
    return found
