"""A person named with and without a middle initial is one person (resolve stage, issue 12 item
4: no duplicate speakers): the signature of an embedded post „— Donald J. Trump
(@realDonaldTrump)“ and „Donald Trump“ of the running text.

Excerpt of a real German news page (fr.de, Nordkorea 2020-05-02, ``shared/data/html``) run
through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

NORDKOREA = (
    "Die Nachricht machte am anderen Ende der Welt jemanden froh: Donald Trump. Der "
    "US-Präsident schrieb auf Twitter, er sei „glücklich“, dass Kim Jong Un „wieder zurück und "
    "gesund“ sei.\n\n"
    "I, for one, am glad to see he is back, and well! https://t.co/mIWVeRMnOJ— Donald J. Trump "
    "(@realDonaldTrump) May 2, 2020\n\n"
    "Update, 28.4.2020, 12.45 Uhr: Inmitten der Spekulationen über den Verbleib von Nordkoreas "
    "Machthaber Kim Jong Un hat US-Präsident Donald Trump indirekt erklärt, dass dieser noch am "
    "Leben sei."
)


def test_a_name_with_its_middle_initial_is_the_same_person(analyse):
    _, quotes, entities = analyse(NORDKOREA)
    trumps = [e["name"] for e in entities if e["name"].endswith("Trump")]
    # named by the text's form, not the post's signature: cross-article linking expects it
    assert trumps == ["Donald Trump"], trumps
    speakers = {(q["speaker"] or {}).get("entity") for q in quotes if q["type"] != "Reported"}
    assert len({s for s in speakers if s}) == 1, quotes


def test_initials_are_one_capital_and_a_full_stop():
    from zitate.resolve.mentions import middle_initial

    assert middle_initial("J.") and not middle_initial("Jo") and not middle_initial("US.")
