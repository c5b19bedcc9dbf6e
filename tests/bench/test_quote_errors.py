"""``zitate bench quotes --errors``: one line per gold quotation whose speaker the system got wrong
or missed, on a real Wikinews dev document (34005, „Island nimmt kommerziellen Walfang wieder
auf“) against a prediction with the errors the shipped model made there (the short „Inca“ for
„Arni Finnsson, ein Vertreter der … (Inca)“, „der Website“ without its name) and others."""

from __future__ import annotations

import dataclasses
import io

import pytest

from zitate.bench.quote_errors import (
    document_errors,
    error_line,
    kind_counts,
    print_errors,
    speaker_kind,
)
from zitate.bench.quotes import score_dirs
from zitate.quotes.dataset import read_split, write_prediction

NAME = "34005 - Island nimmt kommerziellen Walfang wieder auf (2006-10-17)"


@pytest.fixture(scope="module")
def walfang(shared_data):
    (document,) = [d for d in read_split(shared_data, "dev") if d.name == NAME]
    return document


def prediction(document):
    """The gold quotations, with one dropped and five speakers changed."""
    gold = list(document.quotations)
    change = {
        "Das isländische Fischereiministerium": (),  # NOSPK
        "das Ministerium": (55, 56, 57),  # WRONG: the ministry of the earlier sentence
        "Kristján Loftsson": (294, 295, 296),  # LONG: with „laut“
    }
    system = []
    for quotation in gold:
        words = " ".join(document.tokens[i].text for i in quotation.speaker)
        if words == "Island":  # MISSED: the Reported quotation is not found
            continue
        if words.startswith("Arni Finnsson"):  # SHORT: only the acronym
            quotation = dataclasses.replace(quotation, speaker=(172,))
        elif words == "der Website „ icelandreview.com “":  # SHORT: the noun without its name
            quotation = dataclasses.replace(quotation, speaker=(230, 231))
        elif words in change:
            quotation = dataclasses.replace(quotation, speaker=change[words])
        system.append(quotation)
    return system


def test_each_wrong_or_missed_gold_speaker_gives_one_error_of_its_kind(walfang):
    errors = document_errors(walfang, prediction(walfang))
    got = [(e.kind, e.type, e.gold_speaker, e.system_speaker) for e in errors]
    assert got == [
        ("MISSED", "Reported", "Island", None),
        ("NOSPK", "Indirect", "Das isländische Fischereiministerium", None),
        ("WRONG", "Indirect", "das Ministerium", "Das isländische Fischereiministerium"),
        (
            "SHORT",
            "Direct",
            "Arni Finnsson , ein Vertreter der Umweltschutzorganisation „ Iceland Nature "
            "Conservation Association “ ( Inca )",
            "Inca",
        ),
        ("SHORT", "Indirect", "der Website „ icelandreview.com “", "der Website"),
        ("LONG", "Indirect", "Kristján Loftsson", "laut Kristján Loftsson"),
    ]
    assert [e.quote_start for e in errors] == sorted(e.quote_start for e in errors)
    assert errors[0].quote.startswith("Trotz eines internationalen Moratoriums")
    assert kind_counts(errors) == {
        "MISSED": 1,
        "NOSPK": 1,
        "WRONG": 1,
        "LONG": 1,
        "SHORT": 2,
        "PARTIAL": 0,
        "EXTRA": 0,
    }


def test_the_gold_itself_has_no_speaker_errors(walfang):
    assert document_errors(walfang, list(walfang.quotations)) == []


def test_a_speaker_where_the_gold_has_none_is_extra(walfang):
    gold = walfang.quotations[0]
    unnamed = dataclasses.replace(gold, speaker=())
    assert speaker_kind(unnamed, gold) == "EXTRA"
    assert speaker_kind(unnamed, None) is None  # no speaker to miss


def test_lines_name_document_offset_gold_and_system_speaker(walfang):
    out = io.StringIO()
    print_errors(document_errors(walfang, prediction(walfang)), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("  MISSED  Reported")
    assert "'34005 - Island nimmt kommerziellen Walfa'" in lines[0]
    assert "gold='Island' sys=None" in lines[0]
    assert lines[-1] == (
        "speaker errors: 6 (MISSED=1 NOSPK=1 WRONG=1 LONG=1 SHORT=2 PARTIAL=0 EXTRA=0)"
    )
    assert "sys='Inca'" in error_line(document_errors(walfang, prediction(walfang))[3])


def test_score_dirs_reports_the_errors_and_counts_them(walfang, shared_data, tmp_path, capsys):
    write_prediction(walfang, prediction(walfang), tmp_path)
    figures = score_dirs("dev", tmp_path, shared_data, errors=True)
    err = capsys.readouterr().err
    assert "  WRONG   Indirect             '34005 - Island" in err
    counts = figures["speaker_errors"]
    assert counts["WRONG"] == 1 and counts["SHORT"] == 2
    assert counts["MISSED"] > 500  # the other 149 documents have no prediction
