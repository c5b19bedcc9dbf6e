"""Training data readers: files of ``shared/data`` -> plain Python sentences and documents.

Each reader takes a path and gives lists of words with their annotations, ready to become spaCy
``Doc`` objects in ``zitate.train.prepare``. Nothing here knows about models.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sentence:
    words: list[str]
    spaces: list[bool] | None = None
    tags: list[str] | None = None
    lemmas: list[str] | None = None
    upos: list[str] | None = None
    feats: list[str] | None = None
    ents: list[str] | None = None  # BIO labels
    meta: dict = field(default_factory=dict)


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path)


def read_conllu(path: Path) -> list[Sentence]:
    """UD CoNLL-U: words (multiword tokens resolved to their syntactic words), tags, lemmas."""
    sents: list[Sentence] = []
    rows: list[list[str]] = []
    text = None
    with _open(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    sents.append(_conllu_sentence(rows, text))
                rows, text = [], None
            elif line.startswith("# text = "):
                text = line[9:]
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                rows.append(cols)
    if rows:
        sents.append(_conllu_sentence(rows, text))
    return sents


def _conllu_sentence(rows: list[list[str]], text: str | None) -> Sentence:
    return Sentence(
        words=[r[1] for r in rows],
        spaces=[("SpaceAfter=No" not in r[9]) for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[2] for r in rows],
        upos=[r[3] for r in rows],
        feats=[r[5] for r in rows],
        meta={"text": text},
    )


def read_tsv_ner(path: Path) -> list[Sentence]:
    """Tab-separated NER files with ``#`` comment lines: index, token, label (, inner label).

    Reads GermEval 2014 (outer label) and the UNER IOB2 files of UD PUD."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with _open(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    sents.append(Sentence(words=words, ents=tags))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    if words:
        sents.append(Sentence(words=words, ents=tags))
    return sents


read_germeval = read_tsv_ner
read_iob2 = read_tsv_ner


def read_ler(path: Path) -> list[Sentence]:
    """LER CoNLL (token, label): the words of each sentence."""
    sents: list[Sentence] = []
    words: list[str] = []
    with _open(path) as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if words:
                    sents.append(Sentence(words=words))
                words = []
                continue
            words.append(parts[0])
    if words:
        sents.append(Sentence(words=words))
    return sents


def read_gnad(path: Path) -> list[str]:
    """10kGNAD CSV (``label;'text'``): the article texts."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    reader = csv.reader(io.StringIO(data), delimiter=";", quotechar="'")
    return [row[1] for row in reader if len(row) >= 2 and row[1].strip()]


def iter_wikinews(path: Path) -> Iterator[dict]:
    """quotes-de-wikinews JSONL: one document dict per line."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def wikinews_sentences(doc: dict) -> list[Sentence]:
    """The sentences of a Wikinews document with their own tokens and whitespace."""
    text = doc["originalText"]
    tokens = doc["tokens"]
    out = []
    for sent in doc["sentences"]:
        ids = sent["tokenIds"]
        words = [tokens[i]["text"] for i in ids]
        spaces = []
        for i in ids:
            end = tokens[i]["charEnd"]
            spaces.append(end < len(text) and text[end].isspace())
        out.append(Sentence(words=words, spaces=spaces))
    return out


def read_conll_columns(path: Path, label_col: int) -> list[Sentence]:
    """Whitespace-separated CoNLL files (MobIE: token POS chunk NER; LER: token NER)."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with _open(path) as fh:
        for line in fh:
            parts = line.split()
            if parts and parts[0] == "-DOCSTART-":
                continue
            if not parts:
                if words:
                    sents.append(Sentence(words=words, ents=tags))
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[label_col] if len(parts) > label_col else "O")
    if words:
        sents.append(Sentence(words=words, ents=tags))
    return sents
