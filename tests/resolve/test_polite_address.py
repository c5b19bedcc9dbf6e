"""The polite „Sie“ inside a sentence is the one addressed, never a speaker.

„… – da fragen Sie besser einen Politiker.“: capitalised in the middle of a sentence, „Sie“ is the
form of address, so the words (and the Konjunktiv sentences that go on with them) are the answer
of the speaker before. In the dev3 run the attribution named this „Sie“ as the speaker, and the
pronoun resolver sent it to the „Oberlandesgericht Innsbruck“. A „Sie“ that opens a sentence is
„she“ or „they“ and stays a speaker. The sentences are real: 10kGNAD test CSV rows 221 and 247
(dev3), quotation marks stripped by the corpus. The test goes through ``resolve_speakers``: a
quotation whose speaker phrase is the polite „Sie“ loses it (and is found from the speaker
before), a third-person „Sie“ stays its speaker phrase.

Its possessive is capitalised the same way: in the Wikinews interview with Petra Pau
(quotes-de-wikinews train) „Welche konkreten Vorschläge der Gesetzesnovelle sind Ihrer Meinung
nach verfassungswidrig“ asks for the opinion of the one spoken to; „Ihrer“ is no possessive of
the woman named before.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers


@pytest.mark.parametrize(
    ("text", "polite"),
    [
        (
            "Natürlich habe ich mir ein Bild gemacht von bisherigen Aussagen, was plausibel ist "
            "und was nicht, aber bevor ich das nicht von allen Auskunftspersonen habe – da fragen "
            "Sie besser einen Politiker.",
            True,
        ),
        ("Das kommt darauf an, was Sie sich erwarten.", True),
        (
            "Alleingänge aber verschieben oder vertiefen die Probleme. "
            "Sie führen zu keinen Lösungen.",
            False,
        ),
    ],
)
def test_a_polite_sie_inside_a_sentence_names_no_speaker(nlp, text, polite):
    doc = nlp(text)
    sie = [t for t in doc if t.text == "Sie"][-1]
    quote = {
        "type": "Indirect",
        "spans": [[0, sie.idx - 1]],
        "speaker": {"text": "Sie", "spans": [[sie.idx, sie.idx + 3]]},
    }
    (resolved,), _ = resolve_speakers(doc, [quote])
    assert (resolved["speaker"] is None) is polite
    if not polite:
        assert resolved["speaker"]["text"] == "Sie"


PAU = (
    "In einem Interview äußert sich Petra Pau von der Linksfraktion zu den Plänen des "
    "Bundesinnenministers Wolfgang Schäuble.\n\n"
    "''Pau'': Mir sind keinerlei Gründe bekannt, die derart tiefe Einschnitte in verbriefte "
    "Bürgerrechte begründen könnten.\n\n"
    "''Wikinews'': Welche konkreten Vorschläge der Gesetzesnovelle sind Ihrer Meinung nach "
    "verfassungswidrig bzw. lehnen Sie ab?\n\n"
    "''Pau'': Für zumindest verfassungsbedenklich halte ich die geplante Online-Durchsuchung, "
    "den großen Lauschangriff und die verdachtsunabhängige massenhafte Speicherung von "
    "Fingerabdrücken."
)


def test_polite_ihrer_is_no_possessive_of_the_woman_before(analyse):
    _, quotes, entities = analyse(PAU)
    names = {e["id"]: e["name"] for e in entities}
    polite = [q for q in quotes if (q.get("speaker") or {}).get("text") == "Ihrer Meinung"]
    assert all(names.get(q["speaker"].get("entity")) != "Petra Pau" for q in polite)
    assert "Petra Pau" in names.values()
