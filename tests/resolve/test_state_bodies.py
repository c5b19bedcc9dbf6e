"""Institutions of a state named by adjective, genitive or prefix (issue 12, item 4): one entity.

Sentences of the NZZ dev page of ``gold/speakers`` (2024-07-18) and of German news through the
committed base pipeline (fixture ``nlp``); the quotation records are written by hand, so these
tests check the resolve stage alone: „Israels Armee“, „das israelische Militär“ and „die
israelische Armee“ are one entity named „israelische Armee“, and the same institution noun of two
states stays two entities.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers
from zitate.resolve.states import body_name, state_body

from .test_speaker_entities import quote


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, *quotes: tuple) -> tuple[list[str | None], list[dict]]:
        records, entities = resolve_speakers(nlp(text), [quote(text, *q) for q in quotes])
        ids = [(r["speaker"] or {}).get("entity") for r in records]
        names = {e["id"]: e["name"] for e in entities}
        return [names.get(i) for i in ids], ids

    return run


def test_genitive_adjective_and_synonym_of_one_army_are_one_entity(resolve):
    """nzz.ch: „Israels Armee“, „Das israelische Militär“ and „die israelische Armee“ speak for
    one body; the name is the adjective form with the noun the article uses most."""
    text = (
        "Israels Armee teilte auf Anfrage mit, die Berichte zu prüfen. Das israelische Militär "
        "hat im Norden des Landes nach eigenen Angaben mehrfachen Beschuss aus Libanon "
        "abgewehrt. Zuvor hatte die israelische Armee nach eigenen Angaben ein Waffenlager der "
        "Hizbullah-Miliz im Süden Libanons angegriffen. Israels Armee hat einige der Raketen "
        "nach eigenen Angaben abgefangen."
    )
    names, ids = resolve(
        text,
        ("die Berichte zu prüfen", "Israels Armee", "teilte", "Indirect"),
        ("mehrfachen Beschuss aus Libanon abgewehrt", "Das israelische Militär", None, "Reported"),
        ("ein Waffenlager der Hizbullah-Miliz im Süden Libanons angegriffen",
         "die israelische Armee", None, "Reported"),
        ("einige der Raketen", "Israels Armee", None, "Reported"),
    )  # fmt: skip
    assert names == ["israelische Armee"] * 4
    assert len(set(ids)) == 1


def test_the_same_institution_of_two_states_stays_apart(resolve):
    """The Russian and the Ukrainian army are two speakers, both named by adjective."""
    text = (
        "Die russische Armee teilte mit, sie habe drei Dörfer eingenommen. Die ukrainische "
        "Armee erklärte dagegen, die Angriffe seien abgewehrt worden."
    )
    names, ids = resolve(
        text,
        ("sie habe drei Dörfer eingenommen", "Die russische Armee", "teilte", "Indirect"),
        ("die Angriffe seien abgewehrt worden", "Die ukrainische Armee", "erklärte", "Indirect"),
    )  # fmt: skip
    assert names == ["russische Armee", "ukrainische Armee"]
    assert ids[0] != ids[1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Israels Armee", "israelische Armee"),
        ("Armee Israels", "israelische Armee"),
        ("israelisches Militär", "israelisches Militär"),
        ("Streitkräfte der Ukraine", "ukrainische Streitkräfte"),
        ("Russlands Regierung", "russische Regierung"),
    ],
)
def test_forms_of_a_state_body_give_its_adjective_name(name, expected):
    body = state_body(name)
    assert body is not None
    assert body_name(body.state, body.noun) == expected


@pytest.mark.parametrize(
    "name", ["Israel", "Deutsche Bahn", "Regionalkommando des US-Militärs", "Israels Premier"]
)
def test_names_that_are_no_state_body(name):
    assert state_body(name) is None


def test_the_state_key_joins_synonyms_only_within_one_state():
    army, military = state_body("Israels Armee"), state_body("israelisches Militär")
    assert army is not None and military is not None and army.key == military.key
    russian = state_body("russische Armee")
    assert russian is not None and russian.key != army.key
