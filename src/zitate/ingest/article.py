"""Ingest stage, data types: the clean ``Article`` every source produces.

An ``Article`` is what the NLP stages read (``text``) and what the record's ``article`` object
shows. ``text`` is ``title\\n\\nteaser\\n\\nparagraph…``; ``paragraphs`` gives the half-open
character range and kind of each block.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field


@dataclass
class Paragraph:
    start: int
    end: int
    kind: str  # title | teaser | heading | body


@dataclass
class Article:
    input: str
    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    teaser: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    language: str | None = "de"
    duplicate_of: str | None = None

    @property
    def id(self) -> str:
        """sha1 of the normalised text: NFC, whitespace runs collapsed, case kept."""
        return text_id(self.text)

    def to_record(self) -> dict:
        data = asdict(self)
        data.pop("input")
        paragraphs = data.pop("paragraphs")
        return {"id": self.id, **data, "paragraphs": paragraphs}


def skip_reason(article: Article) -> str | None:
    """Why the German models do not run on ``article``: another language, or a near-duplicate
    of a stored article (``duplicate_of``); ``None`` when they do."""
    if article.language not in (None, "de"):
        return f"language is {article.language!r}, not German"
    if article.duplicate_of:
        return f"near-duplicate of article {article.duplicate_of}"
    return None


def normalise(text: str) -> str:
    """NFC-normalise and unify line endings; offsets in the record refer to this text."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_id(text: str) -> str:
    norm = " ".join(normalise(text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def assemble(
    input: str,
    blocks: list[tuple[str, str]],
    **meta: object,
) -> Article:
    """Join ``(kind, text)`` blocks with blank lines into an ``Article`` with paragraph offsets."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for kind, block in blocks:
        block = " ".join(normalise(block).split())
        if not block:
            continue
        if parts:
            pos += 2
        paragraphs.append(Paragraph(pos, pos + len(block), kind))
        parts.append(block)
        pos += len(block)
    title = next((normalise(b) for k, b in blocks if k == "title"), None)
    teaser = next((normalise(b) for k, b in blocks if k == "teaser"), None)
    meta.setdefault("title", " ".join(title.split()) if title else None)
    meta.setdefault("teaser", " ".join(teaser.split()) if teaser else None)
    return Article(input=input, text="\n\n".join(parts), paragraphs=paragraphs, **meta)
