"""A name that simply ends in s is no prenominal genitive (review of issue 12).

Excerpt of a dev page (``html/trafilatura__spiegel.de.albtraum.html``, Spiegel on the Relotius
case) run through the committed base pipeline: „eine Mail an Relotius Punkte an“ is a dative
(„an Relotius“) before the object „Punkte“, not Relotius' points; the page writes „Relotius hat
…“, so the s is the name's. The owner of a noun („Zschäpes Erklärung“, „Trumps“) keeps its
genitive (``test_datelines_and_possessors``).
"""

from __future__ import annotations

import pytest

from zitate.nlp.genitive import genitive_name
from zitate.resolve.mentions import proper_mentions

RELOTIUS = (
    "Moreno hat Zweifel, er führt in einer Mail an Relotius Punkte an, die er nicht glauben mag. "
    "Er hält es für möglich, dass die Milizmänner Relotius angelogen haben. "
    "Und Relotius hat ja angeblich mit ihm gesprochen."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(RELOTIUS)


def test_name_ending_in_s_before_a_noun_is_no_genitive(doc):
    i = next(t.i for t in doc if t.text == "Relotius")
    assert doc[i + 1].text == "Punkte"
    assert not genitive_name(doc, i)


def test_its_mention_stays_an_antecedent(doc):
    mentions = [m for m in proper_mentions(doc, []) if m.name == "Relotius"]
    assert len(mentions) == 3
    assert not any(m.genitive for m in mentions)
