"""Reported statements right after a quotation (issue 12, spkb): a sentence without quotation
marks of its own is no Direct quotation even where the one before it was, and a Swiss «…»
quotation opens the next sentence, so the speech act before it stays a statement of its own —
real sentences of the dev pages of gold/speakers through the committed base pipeline."""

from __future__ import annotations


def _reported(quotes: list[dict], words: str) -> list[dict]:
    return [q for q in quotes if q["type"] == "Reported" and words in q["text"]]


def test_a_speech_act_after_a_direct_quotation_is_reported(analyse):
    text = (
        'Er sagt, "Extremisten profitieren von medialer Aufmerksamkeit" und setzten den Begriff '
        '"Kalifat" als Trigger strategisch ein. Er rät: "Wichtig ist, kleine Demos vor Ort '
        "zivilgesellschaftlich und politisch zu bekämpfen, aber sie nicht zu einem "
        'öffentlichkeitswirksamen, langanhaltenden Thema zu machen." Eren Güvercin hingegen '
        "mahnt eine breite Debatte ein, allen voran innerhalb der muslimischen Community selbst."
    )
    _, quotes, _ = analyse(text)
    found = _reported(quotes, "mahnt eine breite Debatte ein")
    assert found and found[0]["speaker"]["text"] == "Eren Güvercin"


def test_a_swiss_quotation_after_a_speech_act_leaves_it_reported(analyse):
    text = (
        "Der spanische Basketball-Star Sergio Llull bat unterdessen um Entschuldigung. "
        "«Was letzte Nacht passiert ist, sollte niemals auf einem Basketballplatz passieren», "
        "twitterte der 35 Jahre alte Aufbauspieler."
    )
    doc, quotes, _ = analyse(text)
    found = _reported(quotes, "bat unterdessen um Entschuldigung")
    assert found and "Llull" in found[0]["speaker"]["text"]
    assert not any(q["text"].endswith("«") for q in found)
    assert [s.text[:1] for s in doc.sents][1] == "«"


def test_a_narrated_sentence_after_a_quotation_stays_no_statement(analyse):
    text = '"Wir machen mittelstandsfreundliche Politik", sagte Höcke. Dann ist die Sendung vorbei.'
    _, quotes, _ = analyse(text)
    assert not [q for q in quotes if "Sendung vorbei" in q["text"]]


def test_words_before_a_postposed_frame_are_quoted_also_before_a_direct_quotation(analyse):
    text = (
        "Es ist nur eine Frage der Zeit, bis annähernd die Hälfte der Menschen keinem normalen "
        "Nine-to-five-Job mehr nachgeht, sagt der Philosoph Richard David Precht, und fügt "
        'hinzu: "Arbeiten werden die Menschen auch in Zukunft."'
    )
    _, quotes, _ = analyse(text)
    before = [q for q in quotes if q["text"].startswith("Es ist nur eine Frage der Zeit")]
    assert before and "Precht" in before[0]["speaker"]["text"]
    assert "fügt" not in before[0]["text"]
    assert any(q["type"] == "Direct" and "Arbeiten werden" in q["text"] for q in quotes)
