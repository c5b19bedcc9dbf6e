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
- Each maxout layer with layer normalisation (every layer of both token encoders) predicts in
  one function (``fuse_maxout``): the same numpy operations in the same order, so bit-identical
  rows, without thinc's piece indices (``ops.maxout`` computes them for the backward pass), the
  no-op dropout layer and the chain and residual wrappers.
- The trainable lemmatizer (``fast_lemmas``) picks and writes the lemmas through arrays and a
  cache of (word, edit tree) -> lemma, where spaCy makes two ``Token`` objects per token and
  applies each edit tree twice: the same lemmas.

``ZITATE_BLIS=1`` in the environment keeps BLIS and the uncached vectors (for comparisons).
"""

from __future__ import annotations

import os

import numpy
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.pipeline import EditTreeLemmatizer
from spacy.vectors import Mode, Vectors
from thinc.api import Model, NumpyOps


def tune(nlp: Language) -> Language:
    """``nlp`` with OpenBLAS products, chunked token encoders, fused maxout layers, array-based
    lemmas and cached floret vectors (unless ``ZITATE_BLIS=1``)."""
    if os.environ.get("ZITATE_BLIS") == "1":
        return nlp
    use_openblas(nlp)
    chunk_tok2vec(nlp)
    fuse_maxout(nlp)
    fast_lemmas(nlp)
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


def fuse_maxout(nlp: Language) -> None:
    """Let every ``Maxout(normalize=True, dropout=...)`` layer of ``nlp`` (and the residual
    convolution around it, ``MaxoutWindowEncoder``) predict through ``_maxout_norm``; training
    passes straight through to thinc's layers."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for layer in model.walk():
            if getattr(layer._func, "fused", False):
                continue
            if _is_window_block(layer):
                layer._func = _fused(layer._func, _residual_window_predict)
            elif _is_maxout_block(layer):
                layer._func = _fused(layer._func, _maxout_block_predict)


def _is_maxout_block(layer: Model) -> bool:
    """thinc's ``Maxout(normalize=True, dropout=...)``: (maxout >> layernorm) >> dropout."""
    if layer.name != "maxout>>layernorm>>dropout" or len(layer.layers) != 2:
        return False
    inner, dropout = layer.layers
    return dropout.name == "dropout" and [sub.name for sub in inner.layers] == [
        "maxout",
        "layernorm",
    ]


def _is_window_block(layer: Model) -> bool:
    """One layer of spaCy's ``MaxoutWindowEncoder``: residual(expand_window >> maxout block)."""
    if not layer.name.startswith("residual(") or len(layer.layers) != 1:
        return False
    body = layer.layers[0]
    return (
        len(body.layers) == 2
        and body.layers[0].name == "expand_window"
        and _is_maxout_block(body.layers[1])
    )


def _fused(forward, predict):
    """``forward`` of a layer, predicting through ``predict(layer, X)`` on arrays."""

    def fused_forward(model, X, is_train):
        if is_train or not hasattr(X, "ndim"):
            return forward(model, X, is_train)
        return predict(model, X), _predict_only

    fused_forward.fused = True
    fused_forward.forward = forward  # thinc's own, for training and comparisons
    return fused_forward


def _maxout_block_predict(block: Model, X):
    maxout, norm = block.layers[0].layers
    return _maxout_norm(maxout, norm, X)


def _residual_window_predict(residual: Model, X):
    if not len(X):
        return X.copy()
    window, block = residual.layers[0].layers
    maxout, norm = block.layers[0].layers
    columns = window.ops.seq2col(X, window.attrs["window_size"])
    return X + _maxout_norm(maxout, norm, columns)


def _maxout_norm(maxout: Model, norm: Model, X):
    """thinc's maxout then layernorm forward (``thinc.layers.maxout``, ``layernorm``) for
    prediction: the same products, bias, maximum over pieces, moments and scaling."""
    W, b = maxout.get_param("W"), maxout.get_param("b")
    n_out, n_pieces, n_in = W.shape
    Y = maxout.ops.gemm(X, W.reshape(n_out * n_pieces, n_in), trans2=True)
    Y += b.reshape(n_out * n_pieces)
    pieces = Y.reshape(-1, n_out, n_pieces)
    best = pieces[:, :, 0].copy()
    for piece in range(1, n_pieces):
        numpy.maximum(best, pieces[:, :, piece], out=best)
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True) + 1e-08
    best -= mu
    best *= var ** (-1.0 / 2.0)
    best *= norm.get_param("G")
    best += norm.get_param("b")
    return best


class FastLemmas:
    """``predict`` and ``set_annotations`` of a spaCy ``EditTreeLemmatizer`` with ``top_k`` 1
    (installed on the component by ``fast_lemmas``): the best-scoring edit tree of each token,
    -1 where it does not apply to the word, then its lemma, else the backoff attribute — as
    spaCy's own methods, on arrays of word ids. ``cache`` maps (word id, tree id) to the lemma's
    id in the string store (-1: the tree does not apply); at ``capacity`` entries it starts
    afresh."""

    capacity = 200_000

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.labels = numpy.asarray(lemmatizer.cfg["labels"], dtype="int64")
        self.cache: dict[tuple[int, int], int] = {}

    def lemma(self, orth: int, tree_id: int) -> int:
        """The string id of the lemma tree ``tree_id`` makes of the word ``orth``; -1 when the
        tree does not apply to it."""
        key = (orth, tree_id)
        found = self.cache.get(key)
        if found is None:
            strings = self.lemmatizer.vocab.strings
            lemma = self.lemmatizer.trees.apply(tree_id, strings[orth])
            found = -1 if lemma is None else strings.add(lemma)
            if len(self.cache) >= self.capacity:
                self.cache.clear()
            self.cache[key] = found
        return found

    def predict(self, docs):
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            n_labels = len(self.labels)
            return [self.lemmatizer.model.ops.alloc2i(0, n_labels) for _ in docs]
        guesses = []
        for doc, scores in zip(docs, self.lemmatizer.model.predict(docs), strict=True):
            trees = self.labels[numpy.asarray(scores).argmax(axis=1)]
            pairs = zip(doc.to_array(ORTH).tolist(), trees.tolist(), strict=True)
            applies = numpy.array([self.lemma(orth, tree) != -1 for orth, tree in pairs], bool)
            guesses.append(numpy.where(applies, trees, -1))
        return guesses

    def set_annotations(self, docs, batch_tree_ids) -> None:
        lemmatizer = self.lemmatizer
        backoff = BACKOFF_ATTRS.get(lemmatizer.backoff) if lemmatizer.backoff else None
        for doc, tree_ids in zip(docs, batch_tree_ids, strict=False):
            if not len(doc):
                continue  # an empty text has no lemmas (its guess array is 2-D and empty)
            if hasattr(tree_ids, "get"):
                tree_ids = tree_ids.get()
            tree_ids = numpy.asarray(tree_ids, dtype="int64")
            table = doc.to_array([ORTH, LEMMA] + ([backoff] if backoff is not None else []))
            current = table[:, 1]
            writable = numpy.ones(len(doc), bool) if lemmatizer.overwrite else current == 0
            found = tree_ids != -1
            pairs = zip(table[:, 0].tolist(), tree_ids.tolist(), strict=True)
            lemmas = numpy.array(
                [self.lemma(orth, tree) if tree != -1 else 0 for orth, tree in pairs], "uint64"
            )
            new = current.copy()
            new[writable & found] = lemmas[writable & found]
            if backoff is not None:
                new[writable & ~found] = table[writable & ~found, 2]
            doc.from_array([LEMMA], new)


#: The backoff attributes ``FastLemmas`` reads from arrays (spaCy's default is ``orth``).
BACKOFF_ATTRS = {"orth": ORTH, "lower": LOWER, "norm": NORM}


def fast_lemmas(nlp: Language) -> None:
    """Install ``FastLemmas`` on each trainable lemmatizer of ``nlp`` with ``top_k`` 1 and a
    backoff it can read from arrays (the committed pipeline's: ``orth``)."""
    for _, component in nlp.pipeline:
        if not isinstance(component, EditTreeLemmatizer) or component.top_k != 1:
            continue
        if component.backoff and component.backoff not in BACKOFF_ATTRS:
            continue
        if isinstance(getattr(component, "fast", None), FastLemmas):
            continue
        component.fast = FastLemmas(component)
        component.predict = component.fast.predict
        component.set_annotations = component.fast.set_annotations


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
