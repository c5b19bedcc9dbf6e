"""Ingest stage, near-duplicates: a stream of ``Article``s -> ``duplicate_of`` for later copies.

The same agency text published by several outlets differs in title, teaser and a sentence or
two; MinHash over word 5-shingles of the body (datasketch, LSH index) finds it. The first
article seen is the original; later ones point to its id and are not analysed again.
datasketch (with numpy and scipy, about 0.3 s to import) is loaded with the second article: a
single input to ``zitate extract`` never pays for it (``zitate ingest`` does, for the check
against the stored articles).

Across runs the store keeps each original's signature (``signature``, serialised by
``to_bytes``) and its LSH band keys (``band_keys``: 9 bands of 13 hash values, datasketch's
optimum for a threshold of 0.8 with 128 permutations), so finding the stored originals of a new
article is one indexed query (``zitate.store.signatures``).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .article import Article

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
SHINGLE = 5
MIN_SHINGLES = 20
THRESHOLD = 0.8  # Jaccard similarity of a near-duplicate (the default of the settings)
BANDS, ROWS = 9, 13  # MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).b and .r
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=256)
def minhash_of(text: str) -> MinHash | None:
    """MinHash of the word 5-shingles of ``text``, None for fewer than 20 shingles. Cached: the
    in-run check and the store's check of the same article share one (never ``update`` it)."""
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


def signature(article: Article) -> MinHash | None:
    """The MinHash of ``article``'s body (title and teaser left out), None for a short body."""
    return minhash_of(body_text(article))


def band_keys(mh: MinHash) -> list[int]:
    """The LSH band keys of ``mh``: signed 64-bit hashes of band number and band values (two
    articles share a key when one band of their signatures is equal)."""
    values = mh.hashvalues.astype("<u4")
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8)
        digest.update(band.to_bytes(2, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


def to_bytes(mh: MinHash) -> bytes:
    """``mh`` serialised as datasketch's ``LeanMinHash`` (seed and hash values, little-endian)."""
    from datasketch import LeanMinHash

    lean = LeanMinHash(mh)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


def from_bytes(data: bytes) -> LeanMinHash:
    """The signature ``to_bytes`` wrote."""
    from datasketch import LeanMinHash

    return LeanMinHash.deserialize(data, byteorder="<")


class Deduplicator:
    """Remembers the articles seen in one batch; ``check`` gives the id of an earlier copy."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
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

            # datasketch finds bands and rows by numeric integration (about 20 ms); for
            # THRESHOLD they are BANDS and ROWS (checked by a test)
            params = (BANDS, ROWS) if self.threshold == THRESHOLD else None
            self.index = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM, params=params)
            self._remember(self.first)
        return self._remember(article)

    def _remember(self, article: Article) -> str | None:
        mh = signature(article)
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
