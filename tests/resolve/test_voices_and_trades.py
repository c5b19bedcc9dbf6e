"""Groups named by what they utter or by their trade (issue 12, resolve stage), on real sentences
of dev pages of ``gold/speakers``:

- „Stimmen“ stands for the people who speak („Es gibt sie zwar schon, die muslimischen Stimmen,
  die die Idee eines Kalifats ablehnen“): a group „muslimische Stimmen“, not no one;
- a definite trade or staff noun alone is a body of its own, as „die Opposition“ („Nun zieht auch
  die Busbranche nach und fordert ähnliche Privilegien“): the „Busbranche“;
- an adjective of degree is no part of a group's name („mächtige institutionelle Investoren“ are
  the „institutionelle Investoren“).

The texts go through the committed base pipeline (fixture ``nlp``); the quotation records are
written by hand (speaker phrase, quoted span), so these tests check the resolve stage alone.
"""

from __future__ import annotations

from zitate.quotes.speaker_nouns import is_person_plural

from .test_speaker_entities import resolve  # noqa: F401  (the fixture)

# derstandard.at, 2024-05-03.
VOICES = (
    "Eren Güvercin hingegen mahnt eine breite Debatte ein, allen voran innerhalb der "
    "muslimischen Community selbst. Es gibt sie zwar schon, die muslimischen Stimmen, die die "
    "Idee eines Kalifats ablehnen und sich schockiert zeigen über den Aufmarsch der Fanatiker in "
    "Hamburg."
)
# sueddeutsche.de (Flixtrain).
TRADE = (
    "Laut Scheuer könnten Bahnfahrer im Fernverkehr dadurch um bis zu 400 Millionen Euro pro "
    "Jahr entlastet werden.\n\n"
    "Nun zieht auch die Busbranche nach und fordert ähnliche Privilegien. Es sei nicht zu "
    "verstehen, warum Passagiere in Taxis oder dem ICE sieben Prozent Mehrwertsteuer zahlen "
    "sollten, im Fernbus aber 19 Prozent, sagt Flixbus-Manager Stenger."
)


def test_voices_are_a_group_of_people(resolve):  # noqa: F811
    said = "die Idee eines Kalifats ablehnen"
    names, _ = resolve(VOICES, (said, "die muslimischen Stimmen", None, "Reported"))
    assert names == ["muslimische Stimmen"]
    assert is_person_plural("Stimmen") and is_person_plural("Gegenstimmen")


def test_a_trade_is_a_body_of_its_own(resolve):  # noqa: F811
    names, _ = resolve(TRADE, ("ähnliche Privilegien", "die Busbranche", "fordert", "Reported"))
    assert names == ["Busbranche"]


# taz.de (Siemens und die Kohlemine Adani).
INVESTORS = (
    "Die Investoren, von denen hier die Rede ist, sind mächtige institutionelle Investoren wie "
    "Pensionsfonds, Kirchenfonds oder Versicherungsunternehmen. Weil sie langfristig denken, "
    "ist der Klimawandel für sie ein finanzielles Risiko – also pochen sie darauf, dass sich "
    "Unternehmen wie Siemens allmählich wandeln."
)


def test_an_adjective_of_degree_names_no_group(resolve):  # noqa: F811
    """„mächtige institutionelle Investoren“: how strong they are is no part of the group's
    name; „institutionelle“ tells which investors."""
    said = "dass sich Unternehmen wie Siemens allmählich wandeln"
    names, _ = resolve(INVESTORS, (said, "mächtige institutionelle Investoren", None, "Indirect"))
    assert names == ["institutionelle Investoren"]
