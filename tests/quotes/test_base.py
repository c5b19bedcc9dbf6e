"""``zitate.quotes.base``: attribution runs on the committed base pipeline only."""

from __future__ import annotations

import pytest
import spacy

from zitate.errors import ZitateError
from zitate.quotes.base import KEEP_SENTENCES, load_base, tag_doc


def test_missing_pipeline_is_a_clear_error(tmp_path):
    with pytest.raises(ZitateError) as err:
        load_base(tmp_path / "nowhere")
    assert err.value.code == "E010"
    assert "nowhere" in str(err.value)


def test_pipeline_without_tagger_is_refused(tmp_path):
    spacy.blank("de").to_disk(tmp_path / "blank")
    with pytest.raises(ZitateError) as err:
        load_base(tmp_path / "blank")
    assert err.value.code == "E206"


def test_committed_pipeline_keeps_the_given_sentences(nlp):
    assert {"tagger", "zitate_mood"} <= set(nlp.pipe_names)
    assert {"sentencizer", "zitate_paragraphs"} <= set(KEEP_SENTENCES)
    words = ["Er", "sagte", "es", ".", "Dann", "ging", "er", "."]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * 7)
    doc = tag_doc(nlp, doc)
    assert len(list(doc.sents)) == 1  # the dataset's boundaries, not the sentencizer's
    assert doc[1].tag_ == "VVFIN" and doc[1].morph.get("Mood") == ["Ind"]
