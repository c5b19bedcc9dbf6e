"""Size limit on a real 50 MB file, and the general debris rules of issue 4 (body F1 gain)."""

from __future__ import annotations

import json

import lxml.html
import pytest
from typer.testing import CliRunner

from zitate.cli import app
from zitate.ingest.clean import clean_blocks, debris_reason
from zitate.ingest.dedup import Deduplicator
from zitate.ingest.lang import plainly_german
from zitate.ingest.meta import page_teasers
from zitate.ingest.prune import link_teasers, prune_page
from zitate.ingest.settings import MAX_BYTES

CHUNK = b"<p>Der Bundestag hat am Donnerstag ueber den Haushalt beraten.</p>\n"


def _big_page(path, size):
    with path.open("wb") as out:
        out.write(b"<html><body>")
        written = len(b"<html><body>")
        while written + len(CHUNK) <= size:
            out.write(CHUNK)
            written += len(CHUNK)
        out.write(b"x" * (size - written))
    assert path.stat().st_size == size


def test_file_one_byte_over_50_mb_is_refused(tmp_path):
    big = tmp_path / "big.html"
    _big_page(big, MAX_BYTES + 1)
    result = CliRunner().invoke(app, ["extract", "--only-article", "-f", "jsonl", str(big)])
    assert result.exit_code != 0
    (record,) = [json.loads(ln) for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert record["error"]["code"] == "E007"
    assert str(MAX_BYTES) in record["error"]["message"]


def test_size_limit_is_configurable(tmp_path):
    page = tmp_path / "page.html"
    _big_page(page, 20_000)
    args = ["extract", "--only-article", "-f", "jsonl", "--max-bytes", "10000", str(page)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code != 0 and '"E007"' in result.stdout
    result = CliRunner().invoke(app, [*args[:4], "--max-bytes", "30000", str(page)])
    assert '"E007"' not in result.stdout


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Wie hältst du dich fit? Teile deine Tipps mit der Community.", "reader prompt"),
        ("Haben Sie Hinweise zum Thema? Melden Sie sich vertraulich via Signal.", "reader prompt"),
        ("Redaktion: Marcus Bensmann, Elena Müller", "staff credit"),
        ("Faktencheck: Marcus Bensmann", "staff credit"),
        ("Lesen Sie hier: Spielabbruch in der Kreisliga", "related article"),
        ("... ist Senior Fellow bei der Münchner Sicherheitskonferenz.", "expert box"),
        ("Quelle: ntv.de", "source reference"),
    ],
)
def test_general_debris_rules(line, reason):
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Erzählen Sie uns von Ihrer Kindheit in Leipzig, Herr Lybke.",
        "Die Redaktion der Zeitung hat sich dazu nicht geäußert.",
        "Er teilte mit, die Gespräche würden fortgesetzt.",
    ],
)
def test_prose_is_kept(line):
    assert debris_reason(line) is None


def test_agency_material_and_teaser_byline():
    cleaned = clean_blocks(
        [
            (
                "teaser",
                "Das Hotel ist seit 30 Jahren zu. Nun spielt dort Theater. Von Eva Kirchner",
            ),
            ("body", "Ein Absatz über das Hotel, das wieder lebendig wird, mit vielen Wörtern."),
            ("body", "Mit Agenturmaterial."),
        ]
    )
    assert cleaned.blocks[0] == (
        "teaser",
        "Das Hotel ist seit 30 Jahren zu. Nun spielt dort Theater.",
    )
    assert cleaned.authors == ["Eva Kirchner"] and cleaned.credits == ["Agenturen"]


PAGE = """<html><body><h1>Titel</h1><p class="article-intro">Ein Vorspann, der in zwei Sätzen
sagt, worum es in diesem Artikel über die Stadt geht. So ist das.</p>
<p>Erster Absatz mit genug Wörtern, damit er als langer Absatz des Artikels zählt, und zwar
wirklich viele Wörter, mehr als fünfundzwanzig Stück sind es hier, ganz sicher, ja.</p>
<div><blockquote>Wir wissen, dass es heißer wird.</blockquote><figure><figcaption>Eine
Forscherin</figcaption></figure></div>
<p>Er sagte dazu:</p><blockquote>Das bleibt im Text.<footer>Er</footer></blockquote>
<figure><img src="a.jpg"/><figcaption>Bildunterschrift. Foto: dpa</figcaption></figure>
<div type="poll"><p>Was meinst du?</p></div>
<ul><li><a href="/other-article">Ein ganz anderer Artikel</a></li>
<li><a href="#abschnitt">Sprungmarke</a></li></ul></body></html>"""


def test_prune_pull_quotes_captions_polls():
    tree = lxml.html.document_fromstring(PAGE)
    assert prune_page(tree) == 3
    text = tree.text_content()
    assert "heißer" not in text and "Forscherin" not in text and "Bildunterschrift" not in text
    assert "Was meinst du" not in text and "Das bleibt im Text" in text


def test_link_teasers_and_page_teaser():
    tree = lxml.html.document_fromstring(PAGE)
    assert link_teasers(tree) == {"ein ganz anderer artikel"}
    assert page_teasers(tree)[0].startswith("Ein Vorspann")


def test_plainly_german_skips_language_model():
    german = "Der Bundestag hat am Donnerstag über den Haushalt beraten, und die Opposition " * 6
    assert plainly_german(german)
    assert not plainly_german("The committee said that the plan is in line with the rules " * 6)


def test_single_article_does_not_load_minhash():
    class Doc:
        id, text, paragraphs = "x", "", []

    assert Deduplicator().check(Doc()) is None
