"""The scoring rule of the quotation benchmark (issue 3), pinned on small hand-built cases.

Token ids refer to the sentence below (one token per word, punctuation split off):

  0 Der 1 Minister 2 sagte 3 , 4 „ 5 wir 6 werden 7 die 8 Steuern 9 nicht 10 erhöhen 11 “
  12 . 13 Laut 14 Polizei 15 gab 16 es 17 keine 18 Verletzten 19 .
"""

from __future__ import annotations

import pytest

from zitate.quotes.dataset import Quotation
from zitate.quotes.scoring import (
    PRF,
    assign,
    overlap_f1,
    pair_document,
    pair_score,
    score,
)

DIRECT = tuple(range(4, 12))  # „wir werden die Steuern nicht erhöhen“
REPORTED = tuple(range(15, 19))  # gab es keine Verletzten


def direct(**kw) -> Quotation:
    parts = dict(quote=DIRECT, speaker=(0, 1), cue=(2,), frame=(0, 1, 2), type="Direct")
    parts.update(medium="Speech")
    parts.update(kw)
    return Quotation(**parts)


def reported(**kw) -> Quotation:
    parts = dict(quote=REPORTED, speaker=(14,), cue=(13,), frame=(13, 14), type="Reported")
    parts.update(medium="Speech")
    parts.update(kw)
    return Quotation(**parts)


def scores_of(gold: list[Quotation], system: list[Quotation]):
    return score({"doc": gold}, {"doc": system})


def test_identical_quotations_score_one_everywhere():
    result = scores_of([direct(), reported()], [reported(), direct()])
    assert result.summary() == {
        "msg_f1": 1.0,
        "roles_f1": 1.0,
        "joint_f1": 1.0,
        "type_f1": 1.0,
        "medium_f1": 1.0,
    }
    assert (result.gold, result.system, result.pairs) == (2, 2, 2)


def test_overlap_f1_is_token_f1_of_quote_spans():
    assert overlap_f1(DIRECT, DIRECT) == 1.0
    assert overlap_f1(DIRECT, REPORTED) == 0.0
    # 4 of 8 gold tokens, system has 4 tokens: P 1, R 0.5, F1 2/3
    assert overlap_f1(DIRECT, tuple(range(4, 8))) == pytest.approx(2 / 3)


def test_partial_quote_gives_per_pair_ratios():
    system = direct(
        quote=tuple(range(8, 15))
    )  # „Steuern nicht erhöhen“ . Laut Polizei: 4 right, 3 wrong
    result = scores_of([direct()], [system])
    assert result.messages.p == pytest.approx(4 / 7)
    assert result.messages.r == pytest.approx(4 / 8)
    assert result.messages.f1 == pytest.approx(PRF.of(4 / 7, 4 / 8).f1)


def test_discontinuous_spans_are_token_sets():
    gold = direct(quote=(4, 5, 6, 10, 11))  # „wir werden … erhöhen“: two runs
    system = direct(quote=DIRECT)
    result = scores_of([gold], [system])
    assert result.messages.p == pytest.approx(5 / 8)
    assert result.messages.r == 1.0


def test_same_type_breaks_a_tie_of_equal_overlap():
    gold = [direct(type="Indirect")]
    system = [direct(type="Direct"), direct(type="Indirect")]
    assert assign(gold, system) == [(0, 1)]
    assert pair_score(gold[0], system[1]) == pytest.approx(1.0 + 0.01 + 0.001)


def test_same_medium_breaks_a_tie_when_types_are_equal():
    gold = [direct(medium="Writing")]
    system = [direct(medium="Speech"), direct(medium="Writing")]
    assert assign(gold, system) == [(0, 1)]


def test_type_bonus_never_outweighs_better_overlap():
    gold = [direct(type="Indirect")]
    system = [direct(type="Indirect", quote=DIRECT[:-1]), direct(type="Direct")]
    assert assign(gold, system) == [(0, 1)]


def test_no_bonus_without_overlap():
    assert pair_score(direct(), direct(quote=REPORTED)) == 0.0


def test_assignment_is_one_to_one_and_maximises_the_sum():
    # greedy would pair gold 0 with system 0 (F1 0.8) and leave gold 1 with nothing
    gold = [direct(quote=tuple(range(4, 12))), direct(quote=tuple(range(8, 12)))]
    system = [direct(quote=tuple(range(6, 12))), direct(quote=tuple(range(4, 8)))]
    assert sorted(assign(gold, system)) == [(0, 1), (1, 0)]


def test_unpaired_system_quotation_costs_precision_only():
    result = scores_of([direct()], [direct(), reported()])
    assert result.messages.p == pytest.approx(0.5)  # mean of 1 and 0
    assert result.messages.r == 1.0
    assert (result.type.p, result.type.r) == (0.5, 1.0)
    assert (result.medium.p, result.medium.r) == (0.5, 1.0)


def test_unpaired_gold_quotation_costs_recall_only():
    result = scores_of([direct(), reported()], [direct()])
    assert result.messages.p == 1.0
    assert result.messages.r == pytest.approx(0.5)
    assert (result.type.p, result.type.r) == (1.0, 0.5)
    # roles: 3 gold roles of the direct pair found, 3 of the unpaired reported missed
    assert result.roles.p == 1.0
    assert result.roles.r == pytest.approx(3 / 6)


def test_roles_average_per_role_ratios_not_pooled_tokens():
    # speaker right, cue wrong (token 1 instead of 2), frame right
    system = direct(cue=(1,))
    result = scores_of([direct()], [system])
    assert result.roles.p == pytest.approx(2 / 3)
    assert result.roles.r == pytest.approx(2 / 3)
    # joint adds the perfect quote as a fourth ratio
    assert result.joint.p == pytest.approx(3 / 4)


def test_role_empty_on_both_sides_gives_no_ratio():
    gold = direct(speaker=(), frame=(2,))
    system = direct(speaker=(), frame=(2,))
    result = scores_of([gold], [system])
    assert result.roles.f1 == 1.0


def test_role_missing_in_system_gives_recall_zero_and_no_precision():
    result = scores_of([direct()], [direct(speaker=(), frame=())])
    assert result.roles.p == 1.0  # only the cue has system tokens
    assert result.roles.r == pytest.approx(1 / 3)


def test_empty_system_scores_zero():
    result = scores_of([direct()], [])
    assert result.summary() == dict.fromkeys(
        ("msg_f1", "roles_f1", "joint_f1", "type_f1", "medium_f1"), 0.0
    )
    assert PRF.of(0.0, 0.0).f1 == 0.0


def test_wrong_label_is_false_positive_and_false_negative():
    result = scores_of([direct(), reported()], [direct(type="Indirect"), reported()])
    assert (result.type.p, result.type.r) == (0.5, 0.5)
    assert result.per_type["Indirect"]["label_p"] == 0.0
    assert result.per_type["Direct"]["label_r"] == 0.0
    assert result.per_type["Reported"]["label_f1"] == 1.0


def test_missing_label_counts_on_neither_side():
    result = scores_of([direct()], [direct(type=None)])
    assert (result.type.p, result.type.r) == (0.0, 0.0)
    result = scores_of([direct(), reported()], [direct(type=None), reported()])
    assert (result.type.p, result.type.r) == (1.0, 0.5)


def test_zero_overlap_quotations_are_still_paired_like_the_published_scorer():
    # one gold, one system, no shared quote token: linear_sum_assignment pairs them anyway,
    # so their equal labels and equal speakers count
    pairs = pair_document([direct()], [reported(speaker=(0, 1))])
    assert len(pairs) == 1
    result = scores_of([direct()], [reported(speaker=(0, 1), type="Direct")])
    assert result.messages.f1 == 0.0
    assert result.type.f1 == 1.0


def test_per_type_messages_by_gold_and_system_type():
    result = scores_of([direct(), reported()], [direct(), reported(quote=REPORTED[:2])])
    assert result.per_type["Reported"]["msg_p"] == 1.0
    assert result.per_type["Reported"]["msg_r"] == pytest.approx(0.5)
    assert result.per_type["Direct"]["gold"] == 1


def test_documents_are_those_of_the_gold_side():
    gold = {"a": [direct()], "b": [reported()]}
    system = {"a": [direct()], "extra": [reported()]}
    result = score(gold, system)
    assert result.documents == 2
    assert result.messages.p == 1.0
    assert result.messages.r == pytest.approx(0.5)
    assert result.system == 1


def test_per_part_figures_show_which_role_loses_tokens():
    # cue wrong, addressee missing: the cue and the addressee carry the loss, not the speaker
    gold = direct(addressee=(3,))
    result = scores_of([gold], [direct(cue=(1,))])
    assert result.per_part["speaker"].f1 == 1.0
    assert result.per_part["cue"].p == 0.0
    assert result.per_part["addressee"].r == 0.0
    assert result.per_part["quote"] == PRF.of(1.0, 1.0)
