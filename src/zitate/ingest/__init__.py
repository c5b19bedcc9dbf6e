"""Ingest stage: raw inputs (text files, stdin; web pages and archives to come) -> ``Article``."""

from .article import Article, Paragraph, assemble
from .sources import iter_articles

__all__ = ["Article", "Paragraph", "assemble", "iter_articles"]
