"""A role noun a copula predicates of a person is that person's alias (issue 12 item 4, resolve
stage): „Meles Zenawi ist seit 1995 Regierungschef“ makes „Regierungschef“ an alias of Meles
Zenawi, so a later „der Regierungschef“ links to him; a pronoun whose antecedent the sentence
before does not open with („Der republikanische Politiker war … unter … Richard Nixon
Arbeitsminister geworden. Danach wurde er Budgetdirektor …“) gives Nixon no role.

Excerpts of real Wikinews articles (``shared/data/quotes-de-wikinews/train``: 5381, Ethiopian
election 2005; 84342, George Shultz 2021) run through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

ZENAWI = (
    "Als Sieger aus der letzten Parlamentswahl ging die Ethiopian People's Revolutionary "
    "Democratic Front von Premierminister Meles Zenawi hervor, die auch bei der diesjährigen "
    "Wahl als Favorit gilt. Meles Zenawi ist seit 1995 Regierungschef und tritt für die freie "
    "Marktwirtschaft ein."
)

SHULTZ = (
    "Der frühere Außenminister der Vereinigten Staaten, George Shultz, ist tot.\n\n"
    "Der republikanische Politiker war 1969 unter dem damaligen US-Präsidenten Richard Nixon "
    "Arbeitsminister geworden. Danach wurde er Budgetdirektor im Weißen Haus und schließlich "
    "Finanzminister."
)


def _aliases(entities: list[dict], name: str) -> list[str]:
    return next((e["aliases"] for e in entities if e["name"].endswith(name)), [])


def test_role_after_copula_is_an_alias(analyse):
    _, _, entities = analyse(ZENAWI)
    assert "Regierungschef" in _aliases(entities, "Zenawi")


def test_pronoun_without_clear_subject_gives_no_role(analyse):
    _, _, entities = analyse(SHULTZ)
    assert "Budgetdirektor" not in _aliases(entities, "Nixon")
