"""Ingest stage, plain text: bytes of a text file -> ``Article``.

Takes already-scraped text (one block per line or per blank-line-separated paragraph) and gives an
``Article`` whose first block is the title. Decoding is strict: text that is not UTF-8 is an error
naming the reason, never silently mangled.
"""

from __future__ import annotations

import re

from ..errors import Errors, ZitateError
from .article import Article, assemble

_BLOCK_SPLIT = re.compile(r"\n\s*\n")


def decode_text(data: bytes, input: str, encoding: str = "utf-8") -> str:
    """Decode text bytes; binary and undecodable input raise ``ZitateError``."""
    if not data.strip():
        raise ZitateError(Errors.E003, input)
    if b"\x00" in data[:8192]:
        raise ZitateError(Errors.E004, input)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ZitateError(
            Errors.E005, input, detail=f"byte 0x{data[err.start]:02x} at offset {err.start}"
        ) from None
    if _looks_binary(text):
        raise ZitateError(Errors.E004, input)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control > max(2, len(sample) // 100)


def article_from_text(text: str, input: str, source: str | None = None) -> Article:
    """Split text into blocks; the first block is the title, the rest body paragraphs."""
    blocks = [b.strip() for b in _BLOCK_SPLIT.split(text.strip())]
    if len(blocks) == 1:
        lines = [ln.strip() for ln in blocks[0].split("\n") if ln.strip()]
        if len(lines) > 1 and len(lines[0]) < 200:
            blocks = [lines[0], " ".join(lines[1:])]
    kinds = ["title"] + ["body"] * (len(blocks) - 1)
    if len(blocks) == 1:
        kinds = ["body"]
    return assemble(input, list(zip(kinds, blocks, strict=True)), source=source)
