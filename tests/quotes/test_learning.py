"""The learned parts of attribution: perceptron, sentence labels, training (issue 3)."""

from __future__ import annotations

from zitate.quotes.dataset import Document, Quotation, Token
from zitate.quotes.model import AttributionModel
from zitate.quotes.perceptron import Perceptron, train
from zitate.quotes.training import sentence_labels, train_model

from .tagged import tagged


def test_perceptron_learns_a_separable_problem_and_round_trips():
    examples = [(["bias", "sei"], "Indirect"), (["bias", "ist"], "O")] * 5
    model = train(examples, epochs=5)
    assert model.predict(["bias", "sei"])[0] == "Indirect"
    assert model.predict(["bias", "ist"])[0] == "O"
    again = Perceptron.from_json(model.to_json())
    assert again.predict(["bias", "sei"]) == model.predict(["bias", "sei"])


def test_offsets_shift_the_decision():
    model = train([(["a"], "Reported"), (["b"], "O")] * 3, epochs=3)
    assert model.predict(["a"])[0] == "Reported"
    model.offsets = {"O": 100.0}
    assert model.predict(["a"])[0] == "O"
    assert Perceptron.from_json(model.to_json()).offsets == {"O": 100.0}


SENTENCES = (
    "Der/ART Sprecher/NN sagte/VVFIN/sagen ,/$, die/ART Lage/NN sei/VAFIN/sein/Sub ernst/ADJD ./$.",
    "Man/PIS habe/VAFIN/haben/Sub alles/PIS getan/VVPP/tun ./$.",
    "Das/ART Wetter/NN war/VAFIN/sein gut/ADJD ./$.",
)


def document_of(doc, quotations) -> Document:
    """A benchmark ``Document`` of a hand-tagged ``Doc`` with the given gold quotations."""
    tokens = tuple(Token(t.i, t.text, t.idx, t.idx + len(t)) for t in doc)
    sentences = tuple(tuple(range(s.start, s.end)) for s in doc.sents)
    return Document("test", doc.text, tokens, sentences, tuple(quotations))


def gold_document():
    doc = tagged(*SENTENCES)
    indirect = Quotation(
        quote=(5, 6, 7, 8),
        speaker=(0, 1),
        cue=(2,),
        frame=(0, 1, 2, 3),
        type="Indirect",
        medium="Speech",
    )
    continued = Quotation(
        quote=(10, 11, 12, 13, 14), speaker=(0, 1), type="IndirectFreeIndirect", medium="Speech"
    )
    return doc, document_of(doc, [indirect, continued])


def test_sentence_labels_follow_the_quotation_covering_most_of_each_sentence():
    _, document = gold_document()
    assert sentence_labels(document) == ["Indirect", "IndirectFreeIndirect", "O"]


def test_train_model_learns_its_training_document(tmp_path):
    doc, document = gold_document()
    model = train_model([document] * 3, [doc] * 3, epochs=5)
    found = [f.to_quotation() for f in model(doc)]
    assert [q.type for q in found] == ["Indirect", "IndirectFreeIndirect"]
    model.to_disk(tmp_path)
    again = AttributionModel.from_disk(tmp_path)
    assert [f.to_quotation() for f in again(doc)] == found


def test_missing_models_file_is_reported_with_its_code(tmp_path):
    import pytest

    from zitate.errors import ZitateError
    from zitate.quotes.lexicon import CueLexicon

    CueLexicon().to_disk(tmp_path / "cue_lexicon.json")
    with pytest.raises(ZitateError) as err:
        AttributionModel.from_disk(tmp_path)
    assert err.value.code == "E205"


def test_training_is_reproducible_with_out_of_domain_ranker_examples():
    """``zitate train quotes`` must write what ships: the same input, the same model files."""
    from zitate.quotes.spkatt import _speech
    from zitate.quotes.spkatt import ranker_examples as spkatt_examples

    doc, document = gold_document()
    speech = _speech(
        "s",
        {
            "Sentences": [{"SentenceId": 0, "Tokens": [t.text for t in doc]}],
            "Annotations": [{"Cue": ["0:2"], "Source": ["0:0", "0:1"], "Message": ["0:5", "0:6"]}],
        },
    )
    extra = spkatt_examples(doc, speech)
    assert extra
    first = train_model([document] * 3, [doc] * 3, epochs=3, extra=extra)
    second = train_model([document] * 3, [doc] * 3, epochs=3, extra=extra)
    assert first.to_json() == second.to_json()
    assert first.ranker.to_json() == second.ranker.to_json()
