"""Ingest stage, settings: the one typed options object every source and step reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dedup import THRESHOLD

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class JsonlFields:
    """Field names of a JSONL dump: one article per line, HTML or title + text."""

    url: str = "url"
    html: str = "html"
    title: str = "title"
    text: str = "text"

    @classmethod
    def parse(cls, spec: str | None) -> JsonlFields:
        """``"url=link,html=content"`` -> ``JsonlFields(url="link", html="content")``."""
        if not spec:
            return cls()
        values = {}
        for part in spec.split(","):
            key, _, name = part.partition("=")
            if key.strip() not in cls.__dataclass_fields__ or not name.strip():
                raise ValueError(f"bad JSONL field mapping {part!r}; use e.g. url=link,html=body")
            values[key.strip()] = name.strip()
        return cls(**values)


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = MAX_BYTES
    jsonl: JsonlFields = field(default_factory=JsonlFields)
    allow_private: bool = False
    timeout_s: float = 15.0
    max_redirects: int = 5
    user_agent: str = "zitate/0.1 (+https://github.com/zitate)"
    detect_language: bool = True
    find_duplicates: bool = True
    duplicate_threshold: float = THRESHOLD
