"""A bare definite statement noun that takes up the statement named just before („…, so der
Kommissionsvertreter am Montag in einer Aussendung. … heißt es in der Aussendung“): the speaker
of that statement speaks (resolve stage, ``SourceNouns._said_in``; „Aussendung“, the Austrian
press release, is a statement noun like „Mitteilung“).

Excerpt of a 10kGNAD document of the dev3 split (``corpora/10kgnad-test.csv.gz`` row 247,
derStandard.at on the UN warning against national measures in the refugee crisis) run through
the base pipeline, the shipped attribution model and ``resolve_speakers`` (fixture
``analyse``)."""

from __future__ import annotations

WOJAHN = (
    "In der Flüchtlingsfrage meldete sich auch der Vertreter der Europäischen Kommission in Wien, "
    "Jörg Wojahn, zu Wort. Es gebe für Österreich wenig Grund, sich wegen des einen oder anderen "
    "Briefes aus Brüssel ungerecht behandelt zu fühlen, sagt Wojahn. Wir sind zu allen gleich "
    "streng, so der Kommissionsvertreter am Montag in einer Aussendung. Jeder in Brüssel erkennt "
    "Österreichs besonderes Engagement in der Flüchtlingskrise an, heißt es in der Aussendung."
)


def test_definite_statement_noun_takes_up_the_statement_before(analyse):
    _, quotes, entities = analyse(WOJAHN)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if "Jeder in Brüssel" in q["text"]]
    assert found, [q["text"][:40] for q in quotes]
    speaker = found[0]["speaker"]
    assert speaker["text"] == "der Aussendung", speaker
    assert names.get(speaker.get("entity")) == "Jörg Wojahn", speaker
