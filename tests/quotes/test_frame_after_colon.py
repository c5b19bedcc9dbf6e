"""A speech frame after the words names the speaker, not a verbless frame before a colon, and
„deren“ before a noun is that noun's determiner (issue 12, unmarked Direct speech, dev4).

Excerpt of a dev4 row (10kGNAD test row 250, derStandard on the finance minister's call to cut
unemployment benefit: the parties' answers) run through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

FPOE = (
    "Herbe Kritik an Schelling kam am Samstag auch von den Grünen. Fassungslos über so viel "
    "arrogante Unwissenheit zeigten ArbeitnehmerInnen-Sprecherin Birgit Schatz und "
    "Sozialsprecherin Judith Schwentner: Bei einer Nettoersatzrate von 55 Prozent kann man wohl "
    "nicht davon sprechen, dass das Arbeitslosengeld auch nur annähernd so hoch ist wie ein "
    "angemessenes Erwerbseinkommen. Arbeitslosigkeit sei ein Einfallstor in die Armut. Einem "
    "Finanzminister seien diese Statistiken sicherlich bekannt, also versucht er wohl bewusst, "
    "die Unwahrheit zu verbreiten. Das ist letztklassig, meint Schatz. Anders die FPÖ: Die "
    "Mindestsicherung bietet die falschen Anreize, meint deren Sozialsprecher Herbert Kickl. So "
    "würde ein Anreiz in eine falsche Richtung geschaffen, der Erwerbstätigkeit unattraktiv "
    "mache."
)


def test_the_frame_after_the_words_names_the_spokesperson(analyse):
    """„Anders die FPÖ: Die Mindestsicherung bietet die falschen Anreize, meint deren
    Sozialsprecher Herbert Kickl.“: the words are Kickl's, whose frame closes them — the colon
    frame „Anders die FPÖ“ before them only says whose side he speaks for; the speaker phrase
    is „deren Sozialsprecher Herbert Kickl“ (not „deren“ alone) and „deren“ is no alias."""
    _, quotes, entities = analyse(FPOE)
    names = {e["id"]: e for e in entities}
    anreize = [q for q in quotes if "Die Mindestsicherung bietet" in q["text"]]
    assert anreize, [q["text"][:40] for q in quotes]
    speaker = anreize[0]["speaker"]
    assert speaker["text"] == "deren Sozialsprecher Herbert Kickl"
    assert anreize[0]["cue"]["text"] == "meint"
    kickl = names[speaker["entity"]]
    assert kickl["name"] == "Herbert Kickl"
    assert "deren" not in kickl["aliases"]
    after = [q for q in quotes if q["text"].startswith("So würde ein Anreiz")]
    assert after and names[after[0]["speaker"]["entity"]]["name"] == "Herbert Kickl"
