"""The API under bad and concurrent input (issue 16): out-of-range ids are 422, a blank token
configures nothing, and near-duplicates posted at once are found as if posted one by one."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from zitate.api.core.config import Settings
from zitate.api.deps import get_engine, get_pipeline
from zitate.app import create_app

from .conftest import TOKEN

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))
SAMPLE, LONGEST = SAMPLES[0], max(SAMPLES, key=lambda p: p.stat().st_size)
RETRY_FOR_S = 600  # how long a post answered "queue full" (E420, 503) is tried again


def test_all_digit_speaker_out_of_range_is_422(client):
    answer = client.get("/api/quotes", params={"speaker": "9999999999999999999"})
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "E407"
    assert client.get("/api/quotes", params={"speaker": "12"}).status_code == 200
    assert client.get("/api/speakers/9999999999999999999").status_code == 404
    page = client.get("/", params={"speaker": "9999999999999999999"})
    assert 400 <= page.status_code < 500


def test_blank_api_token_configures_none(settings, engine, pipeline):
    blank = settings.model_copy(update={"api_token": Settings(api_token="   ").api_token})
    app = create_app(blank)
    app.dependency_overrides[get_engine] = lambda: engine
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    with TestClient(app) as client:
        answer = client.post(
            "/api/articles",
            content=SAMPLE.read_bytes(),
            headers={"content-type": "text/plain", "authorization": "Bearer    "},
        )
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "E403"


def test_concurrent_near_duplicates_store_one_original(client):
    text = LONGEST.read_text(encoding="utf-8").rstrip()
    # a different last line on each: 20 ids, all near-duplicates of each other (estimated
    # Jaccard well above the 0.8 threshold, so sequential posts give 1 new + 19 duplicates)
    bodies = [
        f"{text}\n\nNachtrag: Die Redaktion hat diese Meldung am Abend um {n} Uhr ergänzt.".encode()
        for n in range(20)
    ]  # (a „Stand: …“ line would be read as the date, and all 20 texts would be one article)
    headers = {"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"}

    refusals = []

    def post(body: bytes):
        # a full analysis queue is a legitimate answer under load (503 E420 with Retry-After,
        # nothing stored; E421 past the time budget): the client tries again after the time
        # the server asks for
        give_up = time.monotonic() + RETRY_FOR_S
        while True:
            answer = client.post("/api/articles", content=body, headers=headers)
            if answer.status_code != 503 or time.monotonic() > give_up:
                return answer
            refusals.append(answer)
            time.sleep(int(answer.headers.get("retry-after", "1")))

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(post, bodies))
    busy = {"E420", "E421"}  # queue full, or over the time budget: both 503, nothing stored
    assert all(a.json()["error"]["code"] in busy for a in refusals), [a.text for a in refusals]
    assert all(a.status_code == 201 for a in answers), [a.text for a in answers]
    outcomes = sorted(a.json()["outcome"] for a in answers)
    assert outcomes == ["duplicate"] * 19 + ["new"]
