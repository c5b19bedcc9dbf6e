"""Nouns that head a gold speaker in only a small share of their occurrences in the training
texts are no speaker nouns (issue 12, resolve stage; ``zitate/data/speaker_nouns.json``).

Excerpt of a dev2 document (``corpora/10kgnad-test.csv.gz`` row 126, derStandard: the
psychotherapist Barbara Preitler on traumatised refugee children at school; the corpus drops
quotation marks) run through the committed base pipeline, the shipped ``zitate_quotes`` model
and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.lexicons import is_speaker_noun

PREITLER = (
    "Man könne davon ausgehen, dass jedes Kind, das aus einem Kriegsgebiet geflüchtet ist, "
    "seelische Verletzungen davongetragen habe, sagte die Psychotherapeutin Barbara Preitler "
    "zum STANDARD. Wie alle traumatisierten Menschen hätten auch Kinder ein hohes "
    "Ruhebedürfnis und würden viel Sicherheit brauchen. Die Schule sei der ideale Rahmen, da "
    "hier Strukturen klar vorgegeben würden. Trotzdem bräuchten Lehrer eine Art Basisschulung "
    "darin, was Pädagogen im Umgang mit traumatisierten Schülern vermeiden und was sie fördern "
    "sollen. So sollten sie etwa nicht zu eindringliche Fragen zur Lebensgeschichte stellen. "
    "Die Kinder dürfen erzählen, aber sie müssen nicht. Oft seien Fragen nach dem genauen "
    "Heimatort oder nach den Eltern sehr belastend, wenn damit Kriegserlebnisse verbunden "
    "werden oder ein Elternteil im Krieg gestorben ist."
)


def test_the_share_rule_keeps_speaker_nouns_and_drops_question():
    """„Frage“ headed 4 gold speakers in 195 occurrences („die Frage“); „Sprecher“,
    „Polizei“ and „Ministerin“ head speakers far more often."""
    assert not is_speaker_noun("Frage")
    assert all(is_speaker_noun(n) for n in ("Sprecher", "Polizei", "Ministerin", "Kollege"))


def test_questions_are_no_speaker(analyse):
    """„Oft seien Fragen nach dem genauen Heimatort … sehr belastend“: the subject „Fragen“ is
    what is belastend, not who says so; it becomes no entity (main made a GROUP „Fragen“ the
    speaker of the statement)."""
    _, quotes, entities = analyse(PREITLER)
    names = {e["id"]: e["name"] for e in entities}
    assert "Fragen" not in names.values(), names
    questions = [q for q in quotes if (q.get("speaker") or {}).get("text") == "Fragen"]
    assert all(
        names.get(q["speaker"].get("entity")) in (None, "Barbara Preitler") for q in questions
    )


def test_occurrences_are_counted_in_the_training_texts(shared_data):
    """``zitate train lexicons`` counts each noun with its inflected forms („Frage“, „Fragen“)
    in the first Wikinews train documents and SpkAtt train speeches."""
    from zitate.train.lexicons import noun_occurrences

    counts = noun_occurrences(shared_data, ["Frage", "Sprecher"], limit=20)
    assert counts["Frage"] > counts["Sprecher"] > 0, counts
