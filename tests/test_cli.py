"""The `zitate` command: version, help, extract on text, and bad input without tracebacks."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def zitate(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], input=stdin, capture_output=True, timeout=300
    )


def test_version_and_help():
    out = zitate("--version")
    assert out.returncode == 0
    assert out.stdout.decode().startswith("zitate ")
    helptext = zitate("--help").stdout.decode()
    for command in ("extract", "train", "bench"):
        assert command in helptext


def test_extract_sample_article_json():
    out = zitate("extract", str(SAMPLES[0]), "--format", "json")
    assert out.returncode == 0, out.stderr.decode()
    record = json.loads(out.stdout)
    article = record["article"]
    assert article["title"] == "Papier hält NPD-Verbot für möglich"
    assert article["text"].startswith(article["title"] + "\n\n")
    names = {e["name"] for e in record["entities"] if e["kind"] == "PER"}
    assert any("Papier" in name for name in names)
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert article["text"][start:end]


def test_extract_quotes_have_offsets_into_the_text_and_resolved_speakers():
    """Issue 3: ``extract`` runs attribution and speaker resolution on real article text."""
    out = zitate("extract", str(SAMPLES[2]), "--format", "json")
    assert out.returncode == 0, out.stderr.decode()
    record = json.loads(out.stdout)
    text = record["article"]["text"]
    assert record["quotes"]
    for quote in record["quotes"]:
        assert quote["text"] == " ".join(text[a:b] for a, b in quote["spans"])
        for role in ("speaker", "cue"):
            if quote[role]:
                assert quote[role]["text"] == " ".join(text[a:b] for a, b in quote[role]["spans"])
    names = {e["id"]: e["name"] for e in record["entities"]}
    speakers = {names.get((q["speaker"] or {}).get("entity")) for q in record["quotes"]}
    assert {"Alan Jackson", "Bruce Cutler"} <= speakers  # „Staatsanwalt Alan Jackson“, „Cutler“


def test_extract_pretty_shows_speaker_entities():
    env_out = subprocess.run(
        [sys.executable, "-m", "zitate", "extract", str(SAMPLES[2]), "--format", "pretty"],
        capture_output=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert env_out.returncode == 0, env_out.stderr.decode()
    shown = env_out.stdout.decode()
    assert "Quotations" in shown
    assert "Cutler → Bruce Cutler" in shown


def test_extract_stdin_jsonl():
    text = (
        "Streit um Waffenruhe\n\nDer Kreml wies die Darstellung zurück. Eine Gefahr bestehe nicht."
    )
    out = zitate("extract", "-", "--format", "jsonl", stdin=text.encode())
    assert out.returncode == 0, out.stderr.decode()
    record = json.loads(out.stdout.decode().strip().splitlines()[-1])
    assert record["input"] == "-"
    assert record["article"]["title"] == "Streit um Waffenruhe"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("missing.txt", None, "not found"),
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("latin1.txt", "Die Gefahr bestehe nicht, sagte Müller.".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_input_one_clear_line_and_nonzero_exit(tmp_path, name, data, reason):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    out = zitate("extract", str(path))
    err = out.stderr.decode()
    assert out.returncode != 0
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1
    assert str(path) in lines[0]
    assert reason.lower() in lines[0].lower()


def test_bad_input_does_not_stop_the_batch(tmp_path):
    bad = tmp_path / "broken.txt.gz"
    bad.write_bytes(gzip.compress(b"Text")[:10])
    out = zitate("extract", "--only-article", "--format", "jsonl", str(bad), str(SAMPLES[1]))
    assert out.returncode == 1
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert "error" in records[0]
    assert records[1]["article"]["title"].startswith("Braunbär")


def test_extract_pretty_shows_date_outlet_authors_credits_and_relations(tmp_path):
    """Issue 15: the header of the text gives date, outlet, authors and address; the agency at
    the end is a credit; the denial is a relation between the numbered quotations."""
    article = tmp_path / "kursk.txt"
    article.write_text(
        "---\nurl: https://example.org/kursk\nsource: example.org\npublished: 2024-08-20\n"
        "authors: Anna Beispiel\n---\n"
        "Streit um Kursk\n\n"
        "Das russische Militär sprach davon, dass die ukrainischen Einheiten in der Region Kursk "
        "vollständig eingeschlossen seien. Der ukrainische Generalstab weist diese Darstellung "
        "zurück. Eine Gefahr der Einkesselung bestehe nicht, die Truppen hätten sich auf "
        "vorbereitete Stellungen zurückgezogen.\n\n(dpa)\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "zitate", "extract", str(article), "--format", "pretty"],
        capture_output=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert out.returncode == 0, out.stderr.decode()
    shown = out.stdout.decode()
    assert "published 2024-08-20 · outlet example.org · authors Anna Beispiel" in shown
    assert "credits dpa" in shown and "url https://example.org/kursk" in shown
    assert "Relations" in shown
    assert re.search(r"\[2\]\s*│\s*denies →\s*│\s*\[1\]", shown), shown
