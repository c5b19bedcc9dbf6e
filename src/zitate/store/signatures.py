"""Storage stage, near-duplicates across runs: an article's MinHash -> the stored original.

Input: the body signature of a new article (``zitate.ingest.dedup.signature``, a datasketch
``MinHash``). Output: ``find_original`` gives the id of the stored original with the highest
estimated Jaccard similarity at or above the threshold (the earliest stored on a tie), or None;
``add`` stores an original's signature and LSH band keys in the caller's transaction. Candidates
come from one query on the indexed band keys (``signature_bands``), so the check does not grow
with the number of stored articles, only with the number of candidates it returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from ..ingest.dedup import band_keys, from_bytes, to_bytes
from .models import Article, ArticleSignature, SignatureBand

if TYPE_CHECKING:
    from datasketch import MinHash


def find_original(session: Session, mh: MinHash, threshold: float, exclude: str) -> str | None:
    """The stored original that ``mh`` is a near-duplicate of (``exclude``: the article's own
    id), or None."""
    candidates = select(SignatureBand.article_id).where(SignatureBand.key.in_(band_keys(mh)))
    rows = session.execute(
        select(ArticleSignature.article_id, ArticleSignature.minhash, Article.ingested_at)
        .join(Article, Article.id == ArticleSignature.article_id)
        .where(ArticleSignature.article_id.in_(candidates), ArticleSignature.article_id != exclude)
    ).all()
    scored = [(from_bytes(blob).jaccard(mh), when, aid) for aid, blob, when in rows]
    scored = [s for s in scored if s[0] >= threshold]
    if not scored:
        return None
    return min(scored, key=lambda s: (-s[0], s[1], s[2]))[2]


#: ``pg_advisory_xact_lock`` key of the near-duplicate check and insert (see ``lock``).
_LOCK_KEY = 0x7A17A7F


def lock(session: Session) -> None:
    """Take the lock that makes "find the original, else store this article as one" atomic,
    held until the session's transaction ends: concurrent writers (API requests, ingests,
    server processes) then see each other's originals, as sequential ones do. PostgreSQL: a
    transaction-level advisory lock; SQLite: the database's write lock, taken by a write that
    changes nothing as the transaction's first statement (so it waits on the busy timeout
    instead of failing to upgrade a read snapshot)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    else:
        session.execute(text("UPDATE article_signatures SET article_id = article_id WHERE 0"))


def add(session: Session, article_id: str, mh: MinHash) -> None:
    """Store the signature of the original ``article_id`` (its row is in this transaction)."""
    session.flush()  # the article's row first: the signature refers to it
    session.execute(insert(ArticleSignature), [{"article_id": article_id, "minhash": to_bytes(mh)}])
    rows = [{"key": key, "article_id": article_id} for key in dict.fromkeys(band_keys(mh))]
    session.execute(insert(SignatureBand), rows)


def has_signature(session: Session, article_id: str) -> bool:
    return session.get(ArticleSignature, article_id) is not None
