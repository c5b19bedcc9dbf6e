"""Issue 5, API: health, the stored articles (list, record, pagination, 404) and the error
shape of bad requests — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.store.ingest import Analysis, Ingestor


def assert_error(response, status: int, code: str | None = None) -> dict:
    """``response`` has ``status`` and the one error shape ``{"error": {"code", "message"}}``."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


@pytest.fixture
def two_pages(engine, full_gold_pages) -> list:
    """Two real pages of shared/data/html, stored like ``zitate ingest --only-article``."""
    articles = list(iter_articles([str(p) for p in full_gold_pages[:2]]))
    assert all(not isinstance(a, Exception) for a in articles), articles
    ingestor = Ingestor(engine, analyse=False)
    for article in articles:
        outcome = ingestor.ingest(article, lambda a: Analysis(build_record(a), analysed=False))
        assert outcome == "new"
    return articles


def test_health(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] in ("sqlite", "postgresql")
    assert body["model_version"].startswith(body["version"])


def test_openapi_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/articles", "/api/articles/{article_id}", "/api/quotes"):
        assert path in paths
    assert {"/api/speakers", "/api/speakers/{speaker_id}", "/api/extract"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_articles_list_detail_and_pagination(client, two_pages):
    listed = client.get("/api/articles").json()
    assert listed["total"] == 2 and listed["limit"] == 20 and listed["offset"] == 0
    assert {a["id"] for a in listed["items"]} == {a.id for a in two_pages}
    first = client.get("/api/articles", params={"limit": 1}).json()
    second = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert len(first["items"]) == len(second["items"]) == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert client.get("/api/articles", params={"offset": 5}).json()["items"] == []
    for article in two_pages:
        record = client.get(f"/api/articles/{article.id}").json()
        expected = build_record(article)
        assert record["article"] == expected["article"]
        assert record["input"] == article.input
        assert record["quotes"] == record["entities"] == record["relations"] == []
        assert record["model"] == expected["model"]


def test_unknown_article_is_404_with_the_error_shape(client):
    assert_error(client.get("/api/articles/" + "0" * 40), 404, "E404")
    assert_error(client.get("/api/articles/" + "x" * 65), 422, "E407")
    assert_error(client.get("/api/no-such-route"), 404)


@pytest.mark.parametrize(
    "path",
    [
        "/api/quotes?from=not-a-date",
        "/api/quotes?to=2024-13-45",
        "/api/quotes?type=Shouted",
        "/api/quotes?medium=Telepathy",
        "/api/quotes?limit=0",
        "/api/quotes?q=" + "x" * 201,
        "/api/articles?limit=1000",
        "/api/articles?offset=-1",
        "/api/articles?limit=abc",
        "/api/speakers?limit=-3",
    ],
)
def test_bad_query_parameters_are_422_never_500(client, path):
    error = assert_error(client.get(path), 422, "E407")
    assert "query." in error["message"]


@pytest.mark.parametrize("speaker_id", ["zzz", "%%%", "UEVSCQ", "a" * 3000, "w6TDtg"])
def test_unknown_or_malformed_speaker_id_is_404(client, speaker_id):
    assert_error(client.get(f"/api/speakers/{speaker_id}"), 404, "E404")


def test_empty_database_lists_nothing(client):
    for path in ("/api/articles", "/api/quotes", "/api/speakers"):
        body = client.get(path).json()
        assert body["total"] == 0 and body["items"] == []


@pytest.mark.parametrize(
    "path",
    [
        "/api/quotes?q=a%00b",
        "/api/quotes?speaker=%00",
        "/api/speakers?q=%00",
        "/api/speakers?kind=per%00",
        "/api/quotes?offset=99999999999999999999999",
        "/api/articles?offset=10000000000",
        "/api/articles/abc%00def",
        "/api/articles/%E2%80%9E",
    ],
)
def test_nul_bytes_and_huge_numbers_are_422(client, path):
    assert_error(client.get(path), 422, "E407")


@pytest.mark.parametrize(
    "params",
    [{"to": "9999-12-31"}, {"from": "0001-01-01"}, {"from": "2024-02-29", "to": "2024-02-29"}],
)
def test_extreme_dates_are_fine(client, params):
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 200 and response.json()["total"] == 0


def test_speaker_id_with_a_nul_byte_is_404(client):
    import base64

    bad = base64.urlsafe_b64encode(b"PER\tA\x00B").decode().rstrip("=")
    assert_error(client.get(f"/api/speakers/{bad}"), 404, "E404")
