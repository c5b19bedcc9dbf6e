"""Issue 5, API: POST /api/extract (the record, nothing stored; size limit), POST
/api/articles (token; ingest) and the quotation and speaker queries over an analysed article."""

from __future__ import annotations

import json

import pytest

from .conftest import MAX_BODY, TOKEN
from .test_api_read import assert_error

TEXT = (
    "Scholz verteidigt Haushalt\n\n"
    "Bundeskanzler Olaf Scholz hat am Montag in Berlin die Haushaltspläne der Regierung gegen "
    "Kritik aus der Opposition verteidigt.\n\n"
    "„Wir werden die Steuern nicht erhöhen“, sagte er. Die Union hatte zuvor höhere Abgaben "
    "befürchtet."
)
PLAIN = {"content-type": "text/plain; charset=utf-8"}
AUTH = {"authorization": f"Bearer {TOKEN}"}


def direct_quote(record: dict) -> dict:
    quotes = [q for q in record["quotes"] if q["type"] == "Direct"]
    assert len(quotes) == 1, record["quotes"]
    return quotes[0]


def test_extract_text_gives_a_direct_quote_with_its_speaker(client):
    response = client.post("/api/extract", content=TEXT.encode(), headers=PLAIN)
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["article"]["title"] == "Scholz verteidigt Haushalt"
    quote = direct_quote(record)
    assert quote["text"] == "„Wir werden die Steuern nicht erhöhen“"
    assert quote["speaker"]["text"] == "er"
    text = record["article"]["text"]
    start, end = quote["speaker"]["spans"][0]
    assert text[start:end] == "er"
    entity = next(e for e in record["entities"] if e["id"] == quote["speaker"]["entity"])
    assert entity["name"] == "Olaf Scholz" and entity["kind"] == "PER"
    assert client.get("/api/articles").json()["total"] == 0  # nothing stored


def test_extract_json_and_only_article(client):
    body = {"text": TEXT.split("\n\n", 1)[1], "title": "Scholz verteidigt Haushalt"}
    record = client.post("/api/extract", json=body).json()
    assert direct_quote(record)["speaker"]["entity"] is not None
    assert record["article"]["title"] == "Scholz verteidigt Haushalt"
    bare = client.post("/api/extract?only_article=true", content=TEXT.encode(), headers=PLAIN)
    assert bare.status_code == 200
    assert bare.json()["quotes"] == [] and bare.json()["entities"] == []


def test_extract_html_page(client, full_gold_pages):
    data = full_gold_pages[0].read_bytes()
    response = client.post(
        "/api/extract?only_article=true", content=data, headers={"content-type": "text/html"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["article"]["title"]


def test_oversized_body_is_413_with_the_error_shape(client):
    big = ("„Wir werden die Steuern nicht erhöhen“, sagte er. " * 20_000).encode()
    assert len(big) > MAX_BODY
    assert_error(client.post("/api/extract", content=big, headers=PLAIN), 413, "E406")
    streamed = client.post("/api/extract", content=iter([big[:400_000], big[400_000:]]))
    assert_error(streamed, 413, "E406")
    assert_error(client.post("/api/articles", content=big, headers=PLAIN | AUTH), 413, "E406")


@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        (b"", PLAIN, 400, "E003"),
        (b"   \n ", PLAIN, 400, "E003"),
        (b"\x00\x01\x02binary", PLAIN, 400, "E004"),
        (b"caf\xe9 ist kein UTF-8", PLAIN, 400, "E005"),
        (b"<html><body><p>Zu kurz.</p></body></html>", {"content-type": "text/html"}, 400, None),
        (b"%PDF-1.4", {"content-type": "application/pdf"}, 415, "E405"),
        (b"{not json", {"content-type": "application/json"}, 422, "E407"),
        (b'{"text": 5}', {"content-type": "application/json"}, 422, "E407"),
        (b'{"url": "https://example.org"}', {"content-type": "application/json"}, 422, "E407"),
        (b'{"text": "a", "html": "b"}', {"content-type": "application/json"}, 422, "E407"),
        (b"[1, 2]", {"content-type": "application/json"}, 422, "E407"),
        (b"Text", {"content-type": "text/plain; charset=bogus"}, 400, "E400"),
        (b"Titel\n\n" + b"Wort " * 3000 + b"\x00 Ende.", PLAIN, 400, "E004"),
        (
            b'{"text": "Titel\\n\\nEin Satz mit \\u0000 darin."}',
            {"content-type": "application/json"},
            400,
            "E004",
        ),
    ],
)
def test_bad_extract_bodies_are_4xx_never_500(client, body, headers, status, code):
    assert_error(client.post("/api/extract", content=body, headers=headers), status, code)


def test_ingest_needs_the_token(client):
    body = TEXT.encode()
    assert_error(client.post("/api/articles", content=body, headers=PLAIN), 401, "E401")
    wrong = PLAIN | {"authorization": "Bearer nope"}
    assert_error(client.post("/api/articles", content=body, headers=wrong), 403, "E402")
    other_scheme = PLAIN | {"authorization": f"Basic {TOKEN}"}
    assert_error(client.post("/api/articles", content=body, headers=other_scheme), 401, "E401")
    assert client.get("/api/articles").json()["total"] == 0


def test_ingest_is_disabled_without_a_configured_token(client, settings):
    settings.api_token = None
    response = client.post("/api/articles", content=TEXT.encode(), headers=PLAIN | AUTH)
    assert_error(response, 403, "E403")


def test_ingest_then_query_quotes_and_speakers(client):
    first = client.post("/api/articles", content=TEXT.encode(), headers=PLAIN | AUTH)
    assert first.status_code == 201, first.text
    stored = first.json()
    assert stored["outcome"] == "new" and stored["n_quotes"] >= 1
    again = client.post("/api/articles", content=TEXT.encode(), headers=PLAIN | AUTH)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    record = client.get(f"/api/articles/{stored['id']}").json()
    assert direct_quote(record)["speaker"]["text"] == "er"

    hits = client.get("/api/quotes", params={"q": "STEUERN", "type": "Direct"}).json()
    assert hits["total"] == 1
    hit = hits["items"][0]
    assert hit["article"]["id"] == stored["id"] and hit["speaker_name"] == "Olaf Scholz"
    assert client.get("/api/quotes", params={"speaker": "scholz"}).json()["total"] >= 1
    assert client.get("/api/quotes", params={"q": "100%_"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"medium": "Writing", "q": "Steuern"}).json() == {
        "total": 0, "total_exact": True, "limit": 20, "offset": 0, "items": []
    }  # fmt: skip
    # the text has no publication date: any date filter leaves it out
    assert client.get("/api/quotes", params={"from": "2000-01-01"}).json()["total"] == 0

    speakers = client.get("/api/speakers").json()
    scholz = next(s for s in speakers["items"] if s["name"] == "Olaf Scholz")
    assert scholz["kind"] == "PER" and scholz["n_quotes"] >= 1 and scholz["n_articles"] == 1
    assert hit["speaker_id"] == scholz["id"]  # quotations point at the canonical speaker
    detail = client.get(f"/api/speakers/{scholz['id']}").json()
    assert detail["name"] == "Olaf Scholz"
    roles = {a["alias"]: a for a in detail["aliases"] if a["type"] == "role"}
    assert roles["Bundeskanzler"]["count"] == 1 and roles["Bundeskanzler"]["first_seen"] is None
    assert detail["quotes"]["total"] == scholz["n_quotes"] == len(detail["timeline"])
    assert any("Steuern" in h["quote"]["text"] for h in detail["quotes"]["items"])
    assert any("Steuern" in t["text"] for t in detail["timeline"])
    assert {"cue": "sagte", "n_quotes": 1} in detail["cues"]
    assert client.get("/api/speakers", params={"q": "olaf", "kind": "PER"}).json()["total"] == 1


def test_date_filters_on_a_dated_page(client, full_gold_pages):
    page = full_gold_pages[0].read_bytes()
    headers = {"content-type": "text/html"} | AUTH
    response = client.post("/api/articles", content=page, headers=headers)
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['id']}").json()["article"]
    day = article["published"][:10]
    n_quotes = response.json()["n_quotes"]
    assert n_quotes > 0
    on_day = client.get("/api/quotes", params={"from": day, "to": day, "limit": 100}).json()
    assert on_day["total"] == n_quotes
    assert all(h["article"]["published"].startswith(day) for h in on_day["items"])
    later = client.get("/api/quotes", params={"from": "2999-01-01"}).json()
    assert later["total"] == 0
    paged = [
        client.get("/api/quotes", params={"limit": 1, "offset": i}).json()["items"][0]["quote"]
        for i in range(min(n_quotes, 3))
    ]
    assert len({q["id"] for q in paged}) == len(paged)
    assert json.dumps(on_day)  # serialisable as is
