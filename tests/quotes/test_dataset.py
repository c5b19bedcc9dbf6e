"""Reading the quotation benchmark, building Docs from its tokens, writing predictions (issue 3)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import spacy

from zitate.errors import ZitateError
from zitate.quotes.dataset import (
    Quotation,
    char_spans_to_token_ids,
    document_from_json,
    iter_documents,
    part_to_json,
    prediction_filename,
    read_predictions,
    read_split,
    to_doc,
    token_ids_to_spans,
    write_prediction,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
TEXT = "Merkel sagte: „Wir schaffen das.“  Laut Polizei gab es keine Verletzten."
WORDS = ["Merkel", "sagte", ":", "„", "Wir", "schaffen", "das", ".", "“"]
WORDS2 = ["Laut", "Polizei", "gab", "es", "keine", "Verletzten", "."]


def _tokens(text: str, words: list[str]) -> list[dict]:
    tokens, at = [], 0
    for word in words:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append({"id": len(tokens), "text": word, "charBegin": start, "charEnd": at})
    return tokens


def example_json() -> dict:
    tokens = _tokens(TEXT, WORDS + WORDS2)
    quote = {"tokenIds": [3, 4, 5, 6, 7, 8]}
    return {
        "documentName": "1 - Beispiel/Test (2015-09-01)",
        "originalText": TEXT,
        "tokens": tokens,
        "sentences": [{"tokenIds": list(range(9))}, {"tokenIds": list(range(9, 16))}],
        "annotations": [
            {
                "quote": quote,
                "speaker": {"tokenIds": [0]},
                "cue": {"tokenIds": [1]},
                "frame": {"tokenIds": [0, 1, 2]},
                "addressee": {"tokenIds": []},
                "type": "Direct",
                "medium": "Speech",
            },
            {"quote": {"tokenIds": [13, 11, 12, 14, 11]}, "speaker": None, "type": "Reported"},
        ],
    }


@pytest.fixture
def document():
    return document_from_json(example_json())


def test_parts_are_sorted_unique_token_ids_and_missing_parts_empty(document):
    first, second = document.quotations
    assert first.quote == (3, 4, 5, 6, 7, 8) and first.speaker == (0,)
    assert second.quote == (11, 12, 13, 14)
    assert second.speaker == () and second.cue == () and second.medium is None


def test_doc_keeps_dataset_tokens_spaces_and_sentences(document):
    doc = to_doc(document)
    assert [t.text for t in doc] == WORDS + WORDS2
    assert doc.text == "Merkel sagte: „Wir schaffen das.“ Laut Polizei gab es keine Verletzten."
    assert [s.text for s in doc.sents] == ["Merkel sagte: „Wir schaffen das.“", TEXT[35:]]
    assert doc.user_data["documentName"] == document.name


def test_doc_uses_a_given_vocab(document):
    nlp = spacy.blank("de")
    assert to_doc(document, nlp.vocab).vocab is nlp.vocab


def test_token_ids_and_char_spans_convert_both_ways(document):
    spans = token_ids_to_spans(document, [0, 1, 4, 5])
    assert [TEXT[a:b] for a, b in spans] == ["Merkel sagte", "Wir schaffen"]
    assert char_spans_to_token_ids(document, spans) == (0, 1, 4, 5)
    assert char_spans_to_token_ids(document, [(2, 9)]) == (0, 1)  # partial overlap counts


def test_part_json_has_spans_text_and_token_ids(document):
    part = part_to_json(document, [4, 5, 0])
    assert part["tokenIds"] == [0, 4, 5]
    assert part["text"] == "Merkel Wir schaffen"
    assert part["spans"][1] == {"begin": 4, "end": 6, "charBegin": 15, "charEnd": 27}


def test_prediction_round_trip(document, tmp_path):
    quotation = Quotation(quote=(3, 4, 5, 6, 7, 8), speaker=(0,), cue=(1,), type="Direct")
    path = write_prediction(document, [quotation], tmp_path)
    assert path.name == prediction_filename(document.name)
    assert "/" not in path.name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["annotations"][0]["quote"]["text"] == "„Wir schaffen das.“"
    assert read_predictions(tmp_path) == {document.name: (quotation,)}


def test_read_split_from_a_data_folder(tmp_path):
    folder = tmp_path / "quotes-de-wikinews"
    folder.mkdir()
    with gzip.open(folder / "dev.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(example_json()) + "\n")
    (document,) = read_split(tmp_path, "dev")
    assert len(document.quotations) == 2


def test_unknown_split_and_missing_data_raise_coded_errors(tmp_path):
    with pytest.raises(ZitateError) as err:
        read_split(tmp_path, "validation")
    assert err.value.code == "E020"
    with pytest.raises(ZitateError) as err:
        read_split(tmp_path, "dev")
    assert err.value.code == "E200"


def test_malformed_document_raises_e201():
    with pytest.raises(ZitateError) as err:
        document_from_json({"documentName": "x", "tokens": [{"id": 0}]})
    assert err.value.code == "E201"


@pytest.mark.skipif(not (SHARED / "quotes-de-wikinews").is_dir(), reason="shared data absent")
def test_real_dev_split_tokens_match_the_text():
    documents = list(iter_documents(SHARED / "quotes-de-wikinews" / "dev.jsonl.gz"))
    assert len(documents) == 150
    for document in documents[:20]:
        doc = to_doc(document)
        assert len(doc) == len(document.tokens)
        assert sum(1 for _ in doc.sents) == len(document.sentences)
        for q in document.quotations:
            assert q.quote, document.name
