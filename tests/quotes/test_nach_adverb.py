"""„nach“ + source noun with an adverb before its adjective: „Nach bisher unbestätigten
Berichten wurde der Firma Boeing außerdem Einsicht in das Angebot von EADS … gewährt“ reports
what the reports say, the phrase with its adverb is the speaker — as the Wikinews gold marks it.
Real Wikinews dev document 61671 („EADS verliert Milliardenauftrag …“), through the benchmark's
predictor on the dataset's own tokens."""

from __future__ import annotations

from zitate.quotes.dataset import read_split, to_doc
from zitate.quotes.pipeline import AttributionPredictor


def test_nach_bisher_unbestaetigten_berichten_is_a_source(shared_data):
    (document,) = [d for d in read_split(shared_data, "dev") if d.name.startswith("61671 ")]
    quotations = AttributionPredictor.load()(to_doc(document))
    words = lambda ids: " ".join(document.tokens[i].text for i in ids)  # noqa: E731
    (found,) = [q for q in quotations if words(q.quote).startswith("wurde der Firma Boeing")]
    assert found.type == "Indirect"
    assert words(found.speaker) == "bisher unbestätigten Berichten"
    assert words(found.cue) == "Nach"
