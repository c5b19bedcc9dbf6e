"""Run-time speed-ups of the loaded pipeline (``zitate.nlp.speed``) and the UPOS table: the
same annotations as the untuned pipeline, on real German news sentences."""

from __future__ import annotations

import numpy
import spacy
from spacy.vectors import Vectors

from zitate.nlp import pipeline, speed

TEXT = (
    "Der ukrainische Generalstab weist diese Darstellung zurück. Eine Gefahr der Einkesselung "
    "bestehe nicht, sagte ein Sprecher in Kiew. US-Präsident Donald Trump schrieb auf Truth "
    "Social, Wladimir Putin wolle den Krieg beenden."
)


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_) for t in doc]


def test_tuned_pipeline_annotates_like_the_plain_one(nlp):
    plain = spacy.load(pipeline.DEFAULT_MODEL)  # BLIS, uncached vectors
    assert isinstance(nlp.vocab.vectors, speed.CachedFloretVectors)
    assert not isinstance(plain.vocab.vectors, speed.CachedFloretVectors)
    tuned_doc = nlp(TEXT)
    assert _annotations(tuned_doc) == _annotations(plain(TEXT))
    assert ("Donald Trump", "PER") in {(e.text, e.label_) for e in tuned_doc.ents}


def test_cached_floret_vectors_equal_computed_ones(nlp):
    cached = nlp.vocab.vectors
    plain = Vectors(strings=nlp.vocab.strings, **speed.floret_table(cached))
    words = ["Einkesselung", "sagte", "Trump", "Einkesselung", "Generalstab", "sagte"]
    keys = numpy.array([nlp.vocab.strings.add(w) for w in words], dtype="uint64")
    first = cached.get_batch(keys)  # computes and remembers
    again = cached.get_batch(keys[::-1])  # from the cache, in another order
    assert first.shape == (len(words), cached.shape[1])
    numpy.testing.assert_array_equal(first, plain.get_batch(keys))
    numpy.testing.assert_array_equal(again, first[::-1])
    assert cached.get_batch(numpy.array([], dtype="uint64")).shape[0] == 0


def test_cached_floret_vectors_start_afresh_when_full(nlp, monkeypatch):
    cached = speed.CachedFloretVectors.of(nlp.vocab.vectors, nlp.vocab.strings)
    monkeypatch.setattr(cached, "capacity", 3)
    keys = numpy.array([nlp.vocab.strings.add(w) for w in ["Kiew", "Moskau"]], dtype="uint64")
    more = numpy.array(
        [nlp.vocab.strings.add(w) for w in ["Kiew", "Berlin", "Paris"]], dtype="uint64"
    )
    first = cached.get_batch(keys)
    full = cached.get_batch(more)  # 2 cached + 2 new > 3: emptied, then the 2 new kept
    numpy.testing.assert_array_equal(full[0], first[0])
    assert len(cached._rows) == 2


def test_tune_uses_openblas_in_every_layer(nlp):
    layers = [layer for _, c in nlp.pipeline if hasattr(c, "model") for layer in c.model.walk()]
    assert layers and not any(layer.ops.use_blis for layer in layers)


def test_upos_table_maps_stts_tags(nlp):
    doc = nlp("Die Soldaten haben die Stadt am Montag geräumt, sagte Selenskyj.")
    assert [t.pos_ for t in doc] == [
        "DET", "NOUN", "AUX", "DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT", "VERB", "PROPN",
        "PUNCT",
    ]  # fmt: skip
    table = nlp.get_pipe("zitate_upos").table
    assert table["VAFIN"] == "AUX" and table["NE"] == "PROPN"


def test_chunked_encoders_give_the_same_rows(nlp):
    """A batch longer than the chunk size is encoded chunk by chunk: the same rows per token
    as encoding the whole batch at once."""
    texts = [TEXT, "Kremlsprecher Dmitri Peskow wies das zurück.", TEXT[:60]]
    docs = [nlp.make_doc(t) for t in texts]
    encoders = [
        layer
        for _, component in nlp.pipeline
        if hasattr(component, "model")
        for layer in component.model.walk()
        if hasattr(layer._func, "chunk_tokens")
    ]
    assert len(encoders) == 2  # the shared tok2vec and the NER's own
    for encoder in encoders:
        forward = encoder._func
        limit = forward.chunk_tokens
        try:
            forward.chunk_tokens = 0  # all at once
            whole = encoder.predict(docs)
            forward.chunk_tokens = len(docs[0]) + 1  # the first doc alone, then the others
            chunked = encoder.predict(docs)
        finally:
            forward.chunk_tokens = limit
        assert [rows.shape for rows in chunked] == [
            (len(doc), rows.shape[1]) for doc, rows in zip(docs, whole, strict=True)
        ]
        for a, b in zip(chunked, whole, strict=True):
            numpy.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)


def _fused_layers(nlp):
    """The layers of ``nlp`` that predict through ``speed.fuse_maxout``."""
    return [
        layer
        for _, component in nlp.pipeline
        if hasattr(component, "model")
        for layer in component.model.walk()
        if getattr(layer._func, "fused", False)
    ]


def test_fused_maxout_layers_give_bit_identical_rows(nlp):
    """Both token encoders predict through the fused maxout layers; restoring thinc's layer
    functions gives exactly the same rows (not merely close ones)."""
    fused = _fused_layers(nlp)
    assert {layer.name for layer in fused} == {
        "maxout>>layernorm>>dropout",
        "residual(expand_window>>maxout>>layernorm>>dropout)",
    }
    assert len(fused) == 18  # 1 embedding mix + 4 convolutions (+ their 4 blocks), twice
    docs = [nlp.make_doc(TEXT), nlp.make_doc("Kremlsprecher Dmitri Peskow wies das zurück.")]
    encoders = [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]
    fast = [encoder.predict(docs) for encoder in encoders]
    saved = {layer: layer._func for layer in fused}
    try:
        for layer in fused:
            layer._func = layer._func.forward  # thinc's
            assert not getattr(layer._func, "fused", False)
        slow = [encoder.predict(docs) for encoder in encoders]
    finally:
        for layer, func in saved.items():
            layer._func = func
    for fast_rows, slow_rows in zip(fast, slow, strict=True):
        for a, b in zip(fast_rows, slow_rows, strict=True):
            numpy.testing.assert_array_equal(a, b)


def test_fused_maxout_layers_train_through_thinc(nlp):
    """Training (``is_train``) takes thinc's path with its backward pass."""
    block = next(
        layer
        for layer in nlp.get_pipe("tok2vec").model.walk()
        if layer.name.startswith("residual(") and getattr(layer._func, "fused", False)
    )
    X = numpy.random.default_rng(0).standard_normal((5, block.get_dim("nO"))).astype("float32")
    dropouts = [layer for layer in block.walk() if layer.name == "dropout"]
    rates = [layer.attrs["dropout_rate"] for layer in dropouts]
    try:
        for layer in dropouts:  # the trained model keeps its training dropout rate
            layer.attrs["dropout_rate"] = 0.0
        Y, backprop = block(X, is_train=True)
    finally:
        for layer, rate in zip(dropouts, rates, strict=True):
            layer.attrs["dropout_rate"] = rate
    assert backprop(numpy.ones_like(Y)).shape == X.shape
    numpy.testing.assert_array_equal(Y, block.predict(X))


def test_fast_lemmas_write_the_lemmas_of_spacys_lemmatizer(nlp):
    """The array-based lemmatizer picks the same edit trees and writes the same lemmas as
    spaCy's own ``EditTreeLemmatizer`` methods, backoff included."""
    from spacy.pipeline import EditTreeLemmatizer

    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    assert isinstance(lemmatizer.fast, speed.FastLemmas)
    texts = [TEXT, "Die Soldaten hätten die Städte geräumt, erklärte Peskow gestern.", ""]
    docs = list(nlp.pipe(texts, disable=["trainable_lemmatizer", "ner"]))
    guesses = lemmatizer.predict(docs)
    spacy_guesses = EditTreeLemmatizer.predict(lemmatizer, docs)
    assert [g.tolist() for g in guesses] == [g.tolist() for g in spacy_guesses]
    copies = [doc.copy() for doc in docs]
    lemmatizer.set_annotations(docs, guesses)
    EditTreeLemmatizer.set_annotations(lemmatizer, copies, spacy_guesses)
    assert [[t.lemma_ for t in d] for d in docs] == [[t.lemma_ for t in d] for d in copies]
    lemmas = {t.text: t.lemma_ for t in docs[1]}
    assert lemmas["Soldaten"] == "Soldat" and lemmas["hätten"] == "haben"
    assert lemmas["Städte"] == "Stadt" and lemmas["erklärte"] == "erklären"
