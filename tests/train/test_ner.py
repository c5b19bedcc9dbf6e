"""NER (issue 12): gazetteer features, the from-scratch NER config, silver label harmonisation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.training import Example

from zitate.nlp.gazetteer import FIRST, PLACE, GazetteerFeatures, load_gazetteer, word_class
from zitate.train.prepare import harmonise_silver

WORDS = ["Oksana", "und", "Lea-Sophie", "fahren", "nach", "Frankfurt", "."]
ENTS = ["B-PER", "O", "B-PER", "O", "O", "B-LOC", "O"]


def test_word_class_reads_the_shipped_gazetteer():
    classes = load_gazetteer()
    assert word_class("Oksana", classes) & FIRST
    assert word_class("Lea-Sophie", classes) & FIRST  # a hyphenated token: its first part
    assert word_class("Frankfurt", classes) & PLACE
    assert word_class("und", classes) == 0


def test_gazetteer_column_follows_the_token_attributes():
    classes = {"Oksana": FIRST, "Frankfurt": PLACE}
    extract = GazetteerFeatures(["NORM"], classes)
    doc = Doc(spacy.blank("de").vocab, words=WORDS)
    (features,), _ = extract([doc], False)
    assert features.shape == (len(WORDS), 2)
    assert features[:, 1].tolist() == [FIRST, 0, 0, 0, 0, PLACE, 0]


def test_ner_config_trains_from_scratch_with_the_gazetteer_column(tmp_path):
    """configs/ner.cfg: one component with its own token encoder over the gazetteer class."""
    import zitate.nlp.gazetteer  # noqa: F401  (registers the architecture)
    import zitate.nlp.tokenizer  # noqa: F401  (registers the tokenizer callback)
    import zitate.train.readers  # noqa: F401  (registers the tagged corpus reader)
    from zitate.train.base import config_path

    small = {
        "paths.train": str(tmp_path),
        "paths.dev": str(tmp_path),
        "components.ner.model.tok2vec.embed.rows": [200, 50, 100, 50, 20],
        "components.ner.model.tok2vec.embed.include_static_vectors": False,
        "components.ner.model.tok2vec.encode.width": 32,
        "components.ner.model.hidden_width": 16,
    }
    config = spacy.util.load_config(config_path("ner"), overrides=small)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert nlp.pipe_names == ["ner"]
    embed = nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]
    assert embed["@architectures"] == "zitate.GazetteerHashEmbed.v1"
    ref = Doc(nlp.vocab, words=WORDS, ents=ENTS)
    examples = [Example(Doc(nlp.vocab, words=WORDS), ref)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    doc = nlp(Doc(nlp.vocab, words=WORDS))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Oksana", "PER"),
        ("Lea-Sophie", "PER"),
        ("Frankfurt", "LOC"),
    ]


def test_silver_leaves_adjectives_of_origin_unlabelled():
    words = ["Die", "deutschen", "Behörden", "in", "Berlin"]
    tags = ["O", "O", "O", "O", "B-LOC"]
    assert harmonise_silver(words, tags) == ["O", "-", "O", "O", "B-LOC"]
