"""Issue 17, item 4: ``GET /api/disputes`` — stored denials with both speakers, outlets and dates,
within and across articles, filterable; documented in OpenAPI; bad values are 422."""

from __future__ import annotations

from store.test_store_disputes import analysed, store  # noqa: F401 (fixture)


def test_disputes_listed_with_both_sides_and_filters(client, engine, analysed):  # noqa: F811
    store(engine, analysed, ("claim", "unrelated", "denial"))
    page = client.get("/api/disputes", params={"across": "true"}).json()
    assert page["total"] == 1
    (item,) = page["items"]
    assert item["type"] == "denies" and item["across"] is True
    assert item["source"]["outlet"] == "kyiv.example"
    assert item["target"]["outlet"] == "ria.example"
    assert "eingekesselt" in item["target"]["text"] or "Einkesselung" in item["target"]["text"]
    assert item["source"]["article_id"] != item["target"]["article_id"]
    assert client.get("/api/disputes", params={"outlet": "ria"}).json()["total"] >= 1
    assert client.get("/api/disputes", params={"q": "Radwege", "across": "true"}).json() == {
        "items": [], "total": 0, "limit": 20, "offset": 0,
    }  # fmt: skip
    assert client.get("/api/disputes", params={"from": "2025-03-05"}).json()["total"] == 0


def test_disputes_in_openapi_and_bad_values_are_422(client):
    spec = client.get("/openapi.json").json()
    assert "/api/disputes" in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/api/disputes"]["get"]["parameters"]}
    assert {"q", "speaker", "outlet", "from", "to", "type", "across", "limit"} <= params
    get = spec["paths"]["/api/disputes"]["get"]
    assert all(p.get("description") for p in get["parameters"]), get["parameters"]
    ok = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ok.endswith("/DisputePage")
    schemas = spec["components"]["schemas"]
    out, side = schemas["DisputeOut"]["properties"], schemas["DisputeSide"]["properties"]
    assert {"type", "confidence", "across", "source", "target"} <= set(out)
    assert all(
        side[f].get("description") for f in ("article_id", "outlet", "published", "speaker", "text")
    )
    assert client.get("/api/disputes", params={"type": "agrees"}).status_code == 422
    assert client.get("/api/disputes", params={"from": "gestern"}).status_code == 422
    assert client.get("/api/disputes", params={"limit": 0}).status_code == 422
