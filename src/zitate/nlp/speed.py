"""NLP stage, run-time speed of a loaded pipeline: the same weights, the same results (up to
float rounding), less CPU time. ``tune(nlp)`` is applied by ``pipeline.load``.

- Matrix products through numpy (OpenBLAS) instead of thinc's default BLIS: on the x86 machines
  we run on, BLIS's single-threaded ``gemm`` reaches ~40 GFLOPS (AMD EPYC; ~100 on an Intel Xeon
  with AVX-512) where OpenBLAS reaches ~110 on one core and uses the others (~310 on two Xeon
  cores); the tok2vec layers take a third of the time.
- The token encoders predict a long batch in chunks of ``CHUNK_TOKENS`` tokens: the same rows,
  but arrays that stay in cache (40 long pages at once: 1.9 s in the shared tok2vec, 0.74–0.83 s
  in chunks of 2,000–4,000 tokens; ``zitate bench base`` peaks at 659 MB instead of 1,132).
- The NER's floret vectors are looked up through a cache: floret hashes each token's character
  n-grams on every call (~7 µs a token), while news text repeats its words.

``ZITATE_BLIS=1`` in the environment keeps BLIS and the uncached vectors (for comparisons).
"""

from __future__ import annotations

import os

import numpy
from spacy.language import Language
from spacy.vectors import Mode, Vectors
from thinc.api import Model, NumpyOps


def tune(nlp: Language) -> Language:
    """``nlp`` with OpenBLAS products, chunked token encoders and cached floret vectors (unless
    ``ZITATE_BLIS=1``)."""
    if os.environ.get("ZITATE_BLIS") == "1":
        return nlp
    use_openblas(nlp)
    chunk_tok2vec(nlp)
    vectors = nlp.vocab.vectors
    if isinstance(vectors, Vectors) and vectors.mode == Mode.floret:
        nlp.vocab.vectors = CachedFloretVectors.of(vectors, nlp.vocab.strings)
    return nlp


def use_openblas(nlp: Language) -> None:
    """Let every thinc layer of ``nlp`` multiply through numpy (OpenBLAS) instead of BLIS."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                layer.ops = ops


CHUNK_TOKENS = 3000


def chunk_tok2vec(nlp: Language, max_tokens: int = CHUNK_TOKENS) -> None:
    """Let each token encoder of ``nlp`` (spaCy's ``Tok2Vec`` architecture: the shared tok2vec,
    the NER's own) predict a batch of docs in chunks of about ``max_tokens`` tokens."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for layer in model.walk():
            is_encoder = layer.has_ref("embed") and layer.has_ref("encode")
            if is_encoder and not hasattr(layer._func, "chunk_tokens"):
                layer._func = _chunked(layer._func, max_tokens)


def _chunked(forward, max_tokens: int):
    """``forward`` of a token encoder, predicting in chunks of about ``chunk_tokens`` tokens (an
    attribute of the returned function; 0: all at once). Training passes straight through."""

    def chunked_forward(model, docs, is_train):
        limit = chunked_forward.chunk_tokens
        if is_train or not limit or sum(len(doc) for doc in docs) <= limit:
            return forward(model, docs, is_train)
        out: list = []
        chunk: list = []
        size = 0
        for doc in docs:
            if chunk and size + len(doc) > limit:
                out.extend(forward(model, chunk, False)[0])
                chunk, size = [], 0
            chunk.append(doc)
            size += len(doc)
        out.extend(forward(model, chunk, False)[0])
        return out, _predict_only

    chunked_forward.chunk_tokens = max_tokens
    return chunked_forward


def _predict_only(d_out):
    raise NotImplementedError("chunked prediction has no backward pass")


def floret_table(vectors: Vectors) -> dict:
    """The table and hashing settings of floret ``vectors``, as ``Vectors(...)`` arguments."""
    names = ("minn", "maxn", "hash_count", "hash_seed", "bow", "eow", "attr")
    return {"data": vectors.data, "mode": Mode.floret} | {n: getattr(vectors, n) for n in names}


class CachedFloretVectors(Vectors):
    """Floret vectors whose ``get_batch`` remembers the vector of each key it computed (up to
    ``capacity`` keys, ~20 MB for 100-dimensional vectors; new keys that would pass it empty
    the cache first)."""

    capacity = 50_000

    @classmethod
    def of(cls, vectors: Vectors, strings) -> CachedFloretVectors:
        cached = cls(strings=strings, **floret_table(vectors))
        cached._rows = {}
        return cached

    def get_batch(self, keys):
        keys = numpy.asarray(keys, dtype="uint64")
        if not len(keys):
            return super().get_batch(keys)
        unique, inverse = numpy.unique(keys, return_inverse=True)
        unique = unique.tolist()
        # The answer is built from ``found`` alone, so that another thread emptying the cache
        # meanwhile (the API analyses requests in a thread pool) cannot take rows away from it.
        found = {key: self._rows.get(key) for key in unique}
        missing = [key for key, row in found.items() if row is None]
        if missing:
            computed = dict(
                zip(missing, super().get_batch(numpy.asarray(missing, "uint64")), strict=True)
            )
            found.update(computed)
            if len(self._rows) + len(missing) > self.capacity:
                self._rows.clear()
            self._rows.update(computed)
        return numpy.stack([found[key] for key in unique])[inverse.reshape(-1)]
