"""Nothing stops a batch (issue 16): a folder with a control-character page, a bracketed
canonical URL, a 1.2 MB article, three normal pages and two unreadable inputs — ``zitate
ingest`` stores every analysable article (the long one with its quotations), reports the others
in one line each and exits with 1; the same inputs through the API and /paste: never a 500."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

REPO = Path(__file__).resolve().parents[1]
PAGES = ("fundus__de__BR_2024_04_22.html", "fundus__de__DW_2024_01_30.html",
         "fundus__ch__NZZ_2024_07_18.html")  # fmt: skip
CONTROL, BRACKET = "fundus__at__ORF_2024_11_22.html", "fundus__at__DerStandard_2024_05_03.html"


def _long_article() -> str:
    """~1.2 MB of German news text with quotations: the sample paragraphs, numbered."""
    paragraphs = [
        p
        for f in sorted((REPO / "samples").glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p) > 80
    ]
    out, i = [], 0
    while sum(map(len, out)) < 1_200_000:
        out.append(f"Folge {i // len(paragraphs) + 1}: {paragraphs[i % len(paragraphs)]}")
        i += 1
    return "Ein sehr langer Bericht über Verbote und Gerichte\n\n" + "\n\n".join(out)


@pytest.fixture(scope="module")
def folder(tmp_path_factory, shared_data: Path) -> Path:
    html = shared_data / "html"
    out = tmp_path_factory.mktemp("batch")
    page = (html / CONTROL).read_text(encoding="utf-8").replace("<title>", "<title>\x01\x1b", 1)
    page = re.sub(r"(<p[^>]*>)([^<]{20})", lambda m: m[1] + m[2] + "\x1b", page, count=2)
    (out / "a-control.html").write_text(page, encoding="utf-8")
    page = (html / BRACKET).read_text(encoding="utf-8")
    page = page.replace("<head>", '<head><link rel="canonical" href="https://[x]/a">', 1)
    (out / "b-bracket.html").write_text(page, encoding="utf-8")
    (out / "c-long.txt").write_text(_long_article(), encoding="utf-8")
    for name in PAGES:
        (out / f"d-{name}").write_bytes((html / name).read_bytes())
    (out / "e-empty.html").write_text("   \n", encoding="utf-8")
    (out / "f-no-article.html").write_text("<html><body><p>Zu kurz.</p></body></html>")
    return out


def test_ingest_stores_the_analysable_and_reports_the_rest(folder, tmp_path):
    db = tmp_path / "z.db"
    run = subprocess.run(
        [sys.executable, "-m", "zitate", "ingest", str(folder), "--db", f"sqlite:///{db}"],
        capture_output=True,
        timeout=900,
    )
    err = run.stderr.decode()
    assert run.returncode == 1, err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("zitate: error:")]
    assert len(errors) == 2
    assert "e-empty.html: empty input" in errors[0]
    assert "f-no-article.html: no article text found" in errors[1]
    rows = sqlite3.connect(db).execute("SELECT input, n_quotes FROM articles").fetchall()
    stored = {Path(i).name: n for i, n in rows}
    assert set(stored) == {"a-control.html", "b-bracket.html", "c-long.txt"} | {
        f"d-{name}" for name in PAGES
    }
    assert stored["c-long.txt"] > 1000


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from zitate.api.core.config import Settings
    from zitate.app import create_app

    db = tmp_path_factory.mktemp("api") / "z.db"
    with TestClient(create_app(Settings(db_url=f"sqlite:///{db}"))) as client:
        yield client


@pytest.mark.parametrize(
    "name", ["a-control.html", "b-bracket.html", "c-long.txt", "e-empty.html", "f-no-article.html"]
)
def test_api_and_paste_never_answer_500(folder, client, name):
    body = (folder / name).read_bytes()
    ctype = "text/html" if name.endswith(".html") else "text/plain"
    answer = client.post("/api/extract", content=body, headers={"content-type": ctype})
    # A 1.2 MB text may run over the API's time budget on a slow machine: then a clear 503
    # (E421, issue 16 item 2), never a 500; its full analysis is checked through ingest above.
    over_budget = answer.status_code == 503 and answer.json()["error"]["code"] in ("E420", "E421")
    assert answer.status_code == 200 or 400 <= answer.status_code < 500 or over_budget, answer.text
    if name.startswith(("a-", "b-")) or (name == "c-long.txt" and not over_budget):
        assert answer.status_code == 200
        if name == "c-long.txt":
            assert len(answer.json()["quotes"]) > 1000
    fmt = "html" if ctype == "text/html" else "text"
    page = client.post("/paste", data={"text": body.decode("utf-8"), "format": fmt})
    page_over_budget = page.status_code == 503 and name == "c-long.txt"  # the same budget
    assert page.status_code == 200 or 400 <= page.status_code < 500 or page_over_budget
