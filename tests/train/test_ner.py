"""NER stage 2 (issue 12): gazetteer features, the zero-initialised gazetteer column, silver
label harmonisation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.training import Example

from zitate.nlp.gazetteer import FIRST, PLACE, GazetteerFeatures, load_gazetteer, word_class
from zitate.train.ner import add_gazetteer
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


# The stage-1 NER's architecture (configs/ner.cfg), small.
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 16,
    "maxout_pieces": 2,
    "use_upper": True,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 32,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [200, 50, 100, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 32,
            "depth": 2,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}


def test_add_gazetteer_keeps_the_predictions(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("ner", config={"model": NER_MODEL})
    ref = Doc(nlp.vocab, words=WORDS, ents=ENTS)
    examples = [Example(Doc(nlp.vocab, words=WORDS), ref)]
    nlp.initialize(lambda: examples)
    for _ in range(5):
        nlp.update(examples)
    nlp.to_disk(tmp_path / "old")
    grown = add_gazetteer(tmp_path / "old")
    embed = grown.config["components"]["ner"]["model"]["tok2vec"]["embed"]
    assert embed["@architectures"] == "zitate.GazetteerHashEmbed.v1"
    text = "Oksana fährt nach Frankfurt und trifft Lea-Sophie ."
    old_doc, new_doc = nlp(text), grown(text)
    assert [(e.text, e.label_) for e in new_doc.ents] == [(e.text, e.label_) for e in old_doc.ents]


def test_silver_leaves_adjectives_of_origin_unlabelled():
    words = ["Die", "deutschen", "Behörden", "in", "Berlin"]
    tags = ["O", "O", "O", "O", "B-LOC"]
    assert harmonise_silver(words, tags) == ["O", "-", "O", "O", "B-LOC"]
