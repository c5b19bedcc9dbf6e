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
