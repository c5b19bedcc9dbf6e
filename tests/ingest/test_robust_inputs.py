"""Inputs that used to stop a batch or reach inside (issue 16): control characters in a real
page, a bracketed canonical URL, a UTF-16 body that is not, and fetching — a DNS answer that
changes between check and connect, non-public addresses, scheme case."""

from __future__ import annotations

import http.server
import re
import socket
import threading
from pathlib import Path

import pytest

from zitate.errors import ZitateError
from zitate.ingest.fetch import fetch_url, is_internal
from zitate.ingest.html import article_from_html
from zitate.ingest.settings import IngestSettings
from zitate.ingest.sources import UrlSource, source_for
from zitate.ingest.text import decode_text

PAGE = "fundus__at__ORF_2024_11_22.html"


@pytest.fixture
def page(shared_data: Path) -> str:
    return (shared_data / "html" / PAGE).read_text(encoding="utf-8")


def _poison(page: str, char: str) -> str:
    """``char`` in the <title>, in an attribute and inside the first three paragraphs."""
    page = page.replace("<title>", f"<title>{char}", 1).replace("<p", f'<p data-x="a{char}"', 1)
    return re.sub(r"(<p[^>]*>)([^<]{20})", lambda m: m[1] + m[2] + char, page, count=3)


@pytest.mark.parametrize(
    "char", ["\x1b", "\x01", "\x0b", "\x0c", "\ud800", "\ufffe", "&#27;", "&#x1;", "&#xfffe;"]
)
def test_control_characters_do_not_lose_the_page(page, char):
    clean = article_from_html(page, PAGE)
    poisoned = article_from_html(_poison(page, char), PAGE)
    assert len(clean.text) > 1000
    # the same text, up to a space where a vertical tab or form feed stood
    assert "".join(poisoned.text.split()) == "".join(clean.text.split())


def test_bracketed_canonical_url_is_ignored(page):
    bad = page.replace("<head>", '<head><link rel="canonical" href="https://[x]/a">', 1)
    bad = re.sub(r'<link rel="canonical" href="https://orf[^"]*"', "<link", bad)
    article = article_from_html(bad, PAGE, url="https://orf.at/stories/3376705/")
    assert article.url == "https://orf.at/stories/3376705/"
    assert article.source == "orf.at"


def test_utf16_body_is_decoded_and_a_broken_one_names_utf16():
    text = "Die Regierung weist die Vorwürfe zurück."
    assert decode_text(text.encode("utf-16"), "request", "utf-16") == text
    with pytest.raises(ZitateError) as err:  # an odd number of bytes
        decode_text(text.encode("utf-16") + b"\x00", "request", "utf-16")
    assert "not valid UTF-16 text" in err.value.reason
    assert "UTF-8" not in err.value.reason


@pytest.mark.parametrize(
    "address",
    ["100.64.0.1", "100.127.255.254", "2002:7f00:1::", "2002:a00:1::", "64:ff9b::7f00:1",
     "::ffff:127.0.0.1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "127.0.0.1", "10.1.2.3",
     "169.254.169.254", "fd00::1", "::1", "0.0.0.0"],
)  # fmt: skip
def test_non_public_addresses_are_refused(address):
    assert is_internal(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "2a00:1450:4001::1", "2002:808:808::"])
def test_public_addresses_are_allowed(address):
    assert not is_internal(address)


@pytest.mark.parametrize("url", ["HTTP://example.org/a", "Https://example.org/a"])
def test_url_scheme_is_case_insensitive(url):
    assert isinstance(source_for(url, IngestSettings()), UrlSource)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802 - http.server's name
        type(self).hits += 1
        body = b"<html><body><p>intern</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_dns_rebinding_never_reaches_loopback(monkeypatch):
    """A resolver stub answers a public address for the first lookup of the host and loopback
    for every later one; a server on loopback counts requests. The fetch must connect to the
    address it checked (or refuse): the loopback server is never asked."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    real = socket.getaddrinfo
    answers = []

    def rebinding(host, *args, **kwargs):
        if host != "rebind.example":
            return real(host, *args, **kwargs)
        address = "8.8.8.8" if not answers else "127.0.0.1"  # public, then loopback
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    settings = IngestSettings(timeout_s=1.0)
    try:
        with pytest.raises(ZitateError) as err:
            fetch_url(f"http://rebind.example:{port}/page.html", settings)
    finally:
        server.shutdown()
    assert err.value.code in ("E106", "E107")
    assert _Counter.hits == 0
    assert answers[0] == "8.8.8.8"


def test_fallback_date_parser_reads_german_and_english_only():
    """Issue 16: htmldate's last-resort parser no longer tries all 200 dateparser locales (the
    first odd date of a process compiled all of them: over 10 s under load)."""
    import htmldate.extractors

    from zitate.ingest.htmldates import date_parser

    assert htmldate.extractors.get_external_parser is date_parser
    assert date_parser().get_date_data("14. März 2024")["date_obj"].date().isoformat() == (
        "2024-03-14"
    )
    assert date_parser().get_date_data("March 14, 2024")["date_obj"].month == 3
    assert date_parser().get_date_data("2020-0\u202d1-14T07:58:50")["date_obj"] is None
