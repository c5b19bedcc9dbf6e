"""The hand-made real-news speaker gold (``gold/speakers``) and how ``bench speakers`` reads it.

Meta-tests in the fundus manner: the gold is complete and consistent with the pages it
describes; the matching rules of the benchmark behave as documented on real names and text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zitate.bench.speakers import (
    DEFAULT_GOLD,
    GoldStatement,
    best_quote,
    document_text,
    gold_speakers,
    judge,
    judge_top,
    load_gold,
    locate,
    normalise,
    same_entity,
)

PAGES = sorted(p for p in DEFAULT_GOLD.glob("*.json"))


def test_enough_pages_and_a_test_split():
    pages = load_gold(DEFAULT_GOLD)
    assert len(pages) >= 15
    assert sum(p.split == "test" for p in pages) >= 3
    allowed = {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test", "heldout"}
    assert {p.split for p in pages} <= allowed
    assert {p.split for p in pages} >= {"dev", "dev2", "test", "heldout"}


def test_the_heldout_set_is_corpus_text_of_an_unseen_outlet():
    # issue 12: derStandard articles of 10kGNAD that no rule was read off, read as text files
    heldout = load_gold(DEFAULT_GOLD, "heldout")
    assert len(heldout) >= 12
    assert sum(len(p.statements) for p in heldout) >= 180
    assert {p.corpus for p in heldout} == {"corpora/10kgnad-test.csv.gz"}
    assert {s.type for p in heldout for s in p.statements} >= {"Direct", "Indirect", "Reported"}
    assert all(p.split != "heldout" for p in load_gold(DEFAULT_GOLD, "dev"))


def test_the_dev2_set_is_corpus_text_apart_from_the_heldout_rows():
    # issue 12: a second, hand-annotated set of 10kGNAD articles that engineers may tune on
    dev2 = load_gold(DEFAULT_GOLD, "dev2")
    heldout_rows = {p.row for p in load_gold(DEFAULT_GOLD, "heldout")}
    assert len(dev2) >= 8
    assert sum(len(p.statements) for p in dev2) >= 150
    assert {p.corpus for p in dev2} == {"corpora/10kgnad-test.csv.gz"}
    assert not {p.row for p in dev2} & heldout_rows
    assert {s.type for p in dev2 for s in p.statements} >= {"Direct", "Indirect", "Reported"}


def test_a_corpus_document_is_its_row_of_the_csv(shared_data):
    (gold,) = [p for p in load_gold(DEFAULT_GOLD, "heldout") if p.row == 80]
    assert gold.page == "corpora/10kgnad-test.csv.gz#80"
    text = document_text(gold, shared_data)
    assert text.startswith("Deutschlands Justizminister Heiko Maas:")
    assert "erklärte sein Vorsitzender Romani Rose" in text


def page_body(html_dir: Path, page: str) -> str:
    """The publisher's body text (``*.gold.txt``) where the page has one, else the visible text
    of the HTML (the pages without body text were annotated by reading it)."""
    body = html_dir / page.replace(".html", ".gold.txt")
    if body.exists():
        return body.read_text("utf-8")
    from lxml import html as lxml_html

    raw = (html_dir / page).read_bytes()
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError:
        source = raw.decode("cp1252")
    tree = lxml_html.document_fromstring(source)
    for node in tree.xpath("//script|//style"):
        node.drop_tree()
    return tree.text_content()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_gold_page_is_complete_and_verbatim(path: Path, shared_data):
    data = json.loads(path.read_text("utf-8"))
    name = data.get("page") or f"{data['corpus']}#{data['row']}"
    (page,) = [p for p in load_gold(DEFAULT_GOLD) if p.page == name]
    if page.corpus is not None:  # a corpus document: its text as the CSV gives it
        body = document_text(page, shared_data)
    else:
        body = page_body(shared_data / "html", page.page)
    norm_body, index = normalise(body)
    listed = {s["name"] for s in page.speakers}
    assert page.statements, "a page without statements"
    for statement in page.statements:
        assert locate(body, norm_body, index, statement.text), statement.text
        assert statement.speaker is None or statement.speaker in listed, statement.speaker
        assert (statement.speaker is None) == (statement.kind is None), statement.text


def statement(speaker: str | None, accept: tuple[str, ...] = ()) -> GoldStatement:
    return GoldStatement("…", "Direct", speaker, "PER" if speaker else None, None, accept)


def test_a_surname_is_the_person_but_not_the_canonical_name():
    assert same_entity("Wladimir Putin", statement("Wladimir Putin")) == (True, True)
    assert same_entity("Putin", statement("Wladimir Putin")) == (True, False)
    assert same_entity("Wladimir", statement("Wladimir Putin")) == (False, False)
    assert same_entity("NDB", statement("Schweizer Nachrichtendienst", ("NDB",)))[0]


def test_a_statement_without_named_speaker_is_right_only_without_entity():
    quote = {"speaker": {"text": "ein Augenzeuge", "entity": None}, "spans": [[0, 5]]}
    assert judge(statement(None), quote, {}) == "right"
    named = {"speaker": {"text": "Merz", "entity": "e1"}, "spans": [[0, 5]]}
    assert judge(statement(None), named, {"e1": {"name": "Friedrich Merz"}}) == "wrong"
    assert judge(statement("Friedrich Merz"), None, {}) == "missed"


def test_the_top_speakers_list_is_judged_by_the_listed_speakers():
    known = gold_speakers(DEFAULT_GOLD)
    items = [
        {"name": "Chef", "kind": "PER"},
        {"name": "Kevin Holland-Moritz", "kind": "PER"},
        {"name": "Holland-Moritz", "kind": "PER"},
    ]
    verdicts = [v for _, v in judge_top(items, known)]
    assert verdicts == ["unnamed", "ok", "duplicate"]


def test_a_statement_nested_in_an_interview_turn_is_matched_to_the_nested_quotation():
    # Hennig's question (a turn of the NDR podcast) quotes Wodarg's claim; the gold statement is
    # the claim, so the tighter quotation is judged, not the whole turn around it.
    turn = (
        "Herr Drosten, Wolfgang Wodarg sagt, das Virus sei nicht gefährlicher als die Grippe. "
        "Stimmt das?"
    )
    claim = "das Virus sei nicht gefährlicher als die Grippe"
    start = turn.index(claim)
    whole = {"spans": [[0, len(turn)]], "speaker": "Hennig"}
    nested = {"spans": [[start, start + len(claim)]], "speaker": "Wodarg"}
    assert best_quote((start, start + len(claim)), [whole, nested]) is nested
    assert best_quote((start, start + len(claim)), [nested, whole]) is nested
    # the turn itself still matches the turn
    assert best_quote((0, len(turn)), [whole, nested]) is whole
    # a quotation that overlaps less than half of the shorter of the two does not count
    assert best_quote((0, 20), [{"spans": [[15, 40]], "speaker": "x"}]) is None


def test_a_middle_initial_is_the_same_name():
    # fr.de: the tweet's byline „Donald J. Trump (@realDonaldTrump)“ names Donald Trump.
    gold = GoldStatement("Ich wünsche ihm alles Gute", "Direct", "Donald Trump", "PER", None, ())
    assert same_entity("Donald J. Trump", gold) == (True, True)
    assert same_entity("Donald Trump Jr.", gold)[0] is False
