"""Sources and bad input: HTML/gz files, WARC and JSONL built here, URLs on a local server,
and one error record per bad input while the batch goes on (issue 4, items 1, 6 and 8)."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import threading
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from zitate.cli import app
from zitate.errors import ZitateError
from zitate.ingest import iter_articles
from zitate.ingest.settings import IngestSettings, JsonlFields

PAGE = "fundus__de__Tagesschau_2023_04_28"
OTHER = "fundus__de__FAZ_2024_04_17"
NO_DEDUP = IngestSettings(find_duplicates=False)


def _run(inputs, settings=NO_DEDUP):
    return list(iter_articles([str(i) for i in inputs], settings=settings))


def _write_warc(path, pages, broken=False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        if broken:
            out.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")


def test_html_and_gzipped_html(html_dir, tmp_path):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((html_dir / f"{PAGE}.html").read_bytes()))
    plain, zipped = _run([html_dir / f"{PAGE}.html", gz])
    assert plain.text == zipped.text and plain.title.startswith("Ausschuss zur Ahrtal-Flut")


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_response_records(html_dir, tmp_path, suffix):
    warc = tmp_path / f"crawl{suffix}"
    _write_warc(
        warc,
        [
            ("https://example.org/a", (html_dir / f"{PAGE}.html").read_bytes(), "text/html"),
            ("https://example.org/logo.png", b"\x89PNG....", "image/png"),
            ("https://example.org/b", (html_dir / f"{OTHER}.html").read_bytes(), "text/html"),
        ],
    )
    items = _run([warc])
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert items[0].input.endswith("#https://example.org/a")
    assert "Schweiz" in items[1].title


def test_warc_with_broken_record_keeps_good_records(html_dir, tmp_path):
    warc = tmp_path / "broken.warc"
    page = (html_dir / f"{PAGE}.html").read_bytes()
    _write_warc(warc, [("https://example.org/a", page, "text/html")], broken=True)
    items = _run([warc])
    assert items[0].title.startswith("Ausschuss")
    assert isinstance(items[-1], ZitateError) and items[-1].code == "E104"
    assert items[-1].input == str(warc)


def test_jsonl_html_text_and_bad_lines(html_dir, tmp_path):
    page = (html_dir / f"{PAGE}.html").read_text("utf-8")
    lines = [
        json.dumps({"url": "https://www.tagesschau.de/x", "html": page}),
        "{not json",
        json.dumps(
            {
                "title": "Streik bei der Lufthansa",
                "text": "Die Gewerkschaft Verdi hat "
                "das Bodenpersonal der Lufthansa erneut zu einem Warnstreik aufgerufen. "
                "Betroffen sind die Flughäfen Frankfurt und München.\n\n(dpa)",
            }
        ),
        json.dumps({"foo": 1}),
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines), "utf-8")
    items = _run([dump])
    assert items[0].title.startswith("Ausschuss")
    assert items[1].code == "E105" and "line 2" in items[1].reason
    assert items[2].title == "Streik bei der Lufthansa" and items[2].credits == ["dpa"]
    assert items[3].code == "E105"


def test_jsonl_custom_field_names(tmp_path):
    dump = tmp_path / "other.jsonl"
    text = "Der Stadtrat hat den Haushalt für 2026 beschlossen. " * 5
    dump.write_text(json.dumps({"headline": "Haushalt beschlossen", "content": text}), "utf-8")
    fields = JsonlFields.parse("title=headline,text=content")
    (article,) = _run([dump], replace(NO_DEDUP, jsonl=fields))
    assert article.title == "Haushalt beschlossen"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.html", b"", "E003"),
        ("empty.txt", b"  \n", "E003"),
        ("binary.html", b"\x00\x01\x02PK\x03\x04" * 100, "E004"),
        ("truncated.html.gz", "truncated", "E103"),
        ("nav.html", b"<html><body><nav><a href='/'>Startseite</a></nav></body></html>", "E102"),
    ],
)
def test_bad_input_gives_error_and_batch_continues(html_dir, tmp_path, name, data, code):
    bad = tmp_path / name
    if data == "truncated":
        whole = gzip.compress((html_dir / f"{PAGE}.html").read_bytes())
        data = whole[: len(whole) // 2]
    bad.write_bytes(data)
    items = _run([bad, html_dir / f"{PAGE}.html"])
    assert isinstance(items[0], ZitateError) and items[0].code == code
    assert items[0].input == str(bad)
    assert items[1].title.startswith("Ausschuss")


def test_size_limit(html_dir, tmp_path):
    (err,) = _run([html_dir / f"{PAGE}.html"], replace(NO_DEDUP, max_bytes=10_000))
    assert err.code == "E007"


def test_cli_error_records_and_exit_status(html_dir, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = CliRunner().invoke(
        app,
        ["extract", "--only-article", "-f", "jsonl", str(empty), str(html_dir / f"{PAGE}.html")],
    )
    assert result.exit_code == 1
    records = [json.loads(ln) for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert records[0] == {"input": str(empty), "error": {"code": "E003", "message": "empty input"}}
    assert records[1]["article"]["title"].startswith("Ausschuss")
    assert len(records) == 2


@pytest.fixture
def local_server(html_dir):
    page = (html_dir / f"{PAGE}.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/page")
                self.end_headers()
                return
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
                return
            self.send_response(200 if self.path == "/page" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page if self.path == "/page" else b"not found")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_on_loopback_refused_without_allow_flag(local_server):
    (err,) = _run([f"{local_server}/page"])
    assert err.code == "E106"


def test_url_fetched_with_allow_private(local_server):
    settings = replace(NO_DEDUP, allow_private=True)
    article, missing, loop = _run(
        [f"{local_server}/moved", f"{local_server}/missing", f"{local_server}/loop"], settings
    )
    assert article.title.startswith("Ausschuss")
    assert missing.code == "E107" and "404" in missing.reason
    assert loop.code == "E107" and "redirects" in loop.reason


def test_url_size_limit(local_server):
    settings = replace(NO_DEDUP, allow_private=True, max_bytes=5_000)
    (err,) = _run([f"{local_server}/page"], settings)
    assert err.code == "E007"
