"""Issue 5, API search: ``GET /api/quotes?q=…`` is full-text search (ranked, filtered by
speaker, outlet, dates, type and medium, paginated); an unreadable query is a 400 in the one
error shape, never a 500 — on SQLite and PostgreSQL, over real Wikinews articles with their
hand-annotated quotations."""

from __future__ import annotations

import pytest

from store.wikinews import store

from .test_api_read import assert_error


@pytest.fixture
def stored(engine, shared_data) -> dict[str, dict]:
    return store(engine, shared_data)


def quotes(client, **params) -> dict:
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_q_finds_the_quotation_with_the_word(client, engine, stored):
    page = quotes(client, q="Waffenruhe")
    assert page["total"] == 1
    hit = page["items"][0]
    assert hit["quote"]["text"] == "einer sofortigen und anhaltenden Waffenruhe"
    assert hit["article"]["source"] == "taz.de"
    assert hit["article"]["published"] == "2008-12-31"
    record = stored[hit["article"]["id"]]
    assert hit["quote"] == next(q for q in record["quotes"] if q["id"] == hit["quote"]["id"])
    # German stemming in both databases; the matched word as a range of the quotation text
    stemmed = quotes(client, q="Waffenruhen")
    assert stemmed["total"] == 1 and stemmed["items"][0]["highlights"] == [[33, 43]]
    assert hit["highlights"] == [[33, 43]] and hit["quote"]["text"][33:43] == "Waffenruhe"
    assert quotes(client, limit=1)["items"][0]["highlights"] == []  # no q, nothing to mark


def test_outlet_and_other_filters(client, stored):
    everything = quotes(client, q="Gazastreifen", limit=100)
    assert everything["total"] == len(everything["items"]) > 3
    assert quotes(client, q="Gazastreifen", outlet="TAZ")["total"] == everything["total"]
    assert quotes(client, q="Gazastreifen", outlet="spiegel")["total"] == 0
    assert quotes(client, outlet="spiegel.de")["total"] == 8  # the Air France article
    combined = quotes(client, q="Gazastreifen", outlet="taz", type="Indirect", medium="Speech")
    assert [h["quote"]["medium"] for h in combined["items"]] == ["Speech"]
    dated = {"q": "Gazastreifen", "from": "2008-12-31", "to": "2008-12-31"}
    assert quotes(client, **dated)["total"] == everything["total"]
    assert quotes(client, **(dated | {"from": "2009-01-01", "to": "2009-12-31"}))["total"] == 0
    spoken = quotes(client, speaker="nasrallah")
    assert spoken["total"] >= 1
    assert {h["speaker_name"] for h in spoken["items"]} == {"Hisbollah-Chef Hassan Nasrallah"}
    operation = client.get("/openapi.json").json()["paths"]["/api/quotes"]["get"]
    assert "outlet" in {p["name"] for p in operation["parameters"]}


def test_pagination_keeps_the_total(client, stored):
    full = quotes(client, q="Gazastreifen", limit=100)
    seen = []
    for offset in range(0, full["total"], 2):
        page = quotes(client, q="Gazastreifen", limit=2, offset=offset)
        assert page["total"] == full["total"] and page["offset"] == offset
        seen += [(h["article"]["id"], h["quote"]["id"]) for h in page["items"]]
    assert seen == [(h["article"]["id"], h["quote"]["id"]) for h in full["items"]]


@pytest.mark.parametrize("q", ['"Waffenruhe', "„Waffenruhe", "*", "Waffe *", '""', "?!"])
def test_unreadable_query_is_400_with_the_error_shape(client, q):
    error = assert_error(client.get("/api/quotes", params={"q": q}), 400, "E310")
    assert "cannot search for" in error["message"]


@pytest.mark.parametrize(
    "q", ["NEAR(", "NEAR(Waffenruhe, Israel)", "Waffenruhe OR Israel", "text:Waffenruhe", "a-b"]
)
def test_database_syntax_is_searched_as_words_never_a_500(client, stored, q):
    response = client.get("/api/quotes", params={"q": q})
    assert response.status_code == 200, response.text


def test_empty_q_lists_everything(client, stored):
    total = sum(len(r["quotes"]) for r in stored.values())
    assert quotes(client, q="")["total"] == total == quotes(client, q="   ")["total"]


def test_a_frequent_word_pages_the_most_recent_hits_first(client, engine, stored, monkeypatch):
    """Issue 14: past ``RANK_LIMIT`` matches the most recently stored hits come first; on
    PostgreSQL the total is then the planner's estimate, ``total_exact`` false (documented in the
    OpenAPI schema)."""
    from zitate.store import search

    ranked = quotes(client, q="Gazastreifen", limit=100)
    assert ranked["total_exact"] is True
    monkeypatch.setattr(search, "RANK_LIMIT", 0)
    page = quotes(client, q="Gazastreifen", limit=2, offset=2)
    newest = sorted(ranked["items"], key=lambda h: int(h["quote"]["id"][1:]), reverse=True)
    assert [h["quote"]["id"] for h in page["items"]] == [h["quote"]["id"] for h in newest[2:4]]
    if engine.dialect.name == "sqlite":
        assert page["total_exact"] is True and page["total"] == ranked["total"]
    else:
        assert page["total_exact"] is False and page["total"] >= 1
    schema = client.get("/openapi.json").json()["components"]["schemas"]["QuotePage"]
    assert "estimate" in schema["properties"]["total_exact"]["description"]
