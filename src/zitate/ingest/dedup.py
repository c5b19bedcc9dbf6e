"""Ingest stage, near-duplicates: a stream of ``Article``s -> ``duplicate_of`` for later copies.

The same agency text published by several outlets differs in title, teaser and a sentence or
two; MinHash over word 5-shingles of the body (datasketch, LSH index) finds it. The first
article seen is the original; later ones point to its id and are not analysed again.
datasketch (with numpy and scipy, about 0.3 s to import) is loaded with the second article: a
single input never pays for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .article import Article

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE = 5
MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")


def minhash_of(text: str) -> MinHash | None:
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def body_text(article: Article) -> str:
    return "\n".join(
        article.text[p.start : p.end] for p in article.paragraphs if p.kind in ("body", "heading")
    )


class Deduplicator:
    """Remembers the articles seen in one batch; ``check`` gives the id of an earlier copy."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self.index = None
        self.hashes: dict[str, MinHash] = {}
        self.first: Article | None = None

    def check(self, article: Article) -> str | None:
        if self.index is None:
            if self.first is None:
                self.first = article
                return None
            from datasketch import MinHashLSH

            self.index = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
            self._remember(self.first)
        return self._remember(article)

    def _remember(self, article: Article) -> str | None:
        mh = minhash_of(body_text(article))
        if mh is None:
            return None
        key = article.id
        matches = [k for k in self.index.query(mh) if k != key]
        best = max(matches, key=lambda k: self.hashes[k].jaccard(mh), default=None)
        if best is not None and self.hashes[best].jaccard(mh) >= self.threshold:
            return best
        if key not in self.hashes:
            self.index.insert(key, mh)
            self.hashes[key] = mh
        return None
