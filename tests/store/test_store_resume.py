"""Issue 5: ``kill -9`` during an ingest of 200 articles, then ingest again: no duplicate, no
half-written article, and the same rows as a clean run — also with ``--workers``, whose worker
processes end with the killed ingest."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from zitate.store import open_db, session_factory
from zitate.store.crud import record_of
from zitate.store.models import Article

N_ARTICLES = 200
KILL_AFTER = 50

NAMES = [
    "Anna Berger", "Jonas Keller", "Miriam Hofmann", "Stefan Wolff", "Petra Lange", "Ali Demir",
    "Klara Vogt", "Tobias Brandt", "Sabine Roth", "Marco Weber", "Leonie Schulz", "Emil Novak",
    "Ingrid Hahn", "Yusuf Aydin", "Frieda Krause", "Lukas Baumann", "Nora Fischer", "Paul Richter",
]  # fmt: skip
ROLES = [
    "Bürgermeisterin", "Gewerkschaftschef", "Ministerin", "Sprecher", "Landrat", "Professorin",
    "Verbandspräsident", "Polizeisprecherin", "Stadtrat", "Direktorin",
]  # fmt: skip
PLACES = [
    "Bremen", "Kassel", "Rostock", "Ulm", "Jena", "Passau", "Trier", "Lübeck", "Görlitz", "Aachen",
    "Erfurt", "Kiel", "Freiburg", "Münster", "Regensburg", "Cottbus",
]  # fmt: skip
TOPICS = [
    "die neue Brücke", "der Haushalt", "die Buslinie", "das Hallenbad", "die Kita-Gebühren",
    "der Radweg", "die Schulsanierung", "das Klinikum", "der Wohnungsbau", "die Müllabfuhr",
    "das Stadtfest", "die Stromtrasse", "der Hafenausbau", "die Grundsteuer",
]  # fmt: skip
VERBS = ["sagte", "erklärte", "betonte", "kritisierte", "warnte"]


def article(n: int) -> str:
    """A small German news text with direct and indirect quotations, different for each ``n``."""
    rng = random.Random(n)
    place, topic, other = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(TOPICS)
    a, b = rng.sample(NAMES, 2)
    role_a, role_b = rng.sample(ROLES, 2)
    money, year = rng.randint(2, 90), rng.randint(2025, 2031)
    lines = [
        f"Streit in {place} über {topic} ({n})",
        f"In {place} wird weiter über {topic} gestritten. Die Kosten liegen bei {money} Millionen "
        f"Euro, fertig werden soll das Vorhaben {year}.",
        f"„Wir werden {topic} nicht auf Kosten der Bürger durchsetzen“, {rng.choice(VERBS)} "
        f"{role_a} {a}. {b.split()[0]} {b.split()[1]} {rng.choice(VERBS)}, {other} sei "
        f"wichtiger und dürfe nicht warten.",
        f"{role_b} {b} sagte der Zeitung, man habe seit {rng.randint(2, 12)} Monaten "
        f"keine Antwort aus dem Rathaus erhalten. „Das ist ein Skandal für {place}“, fügte "
        f"{b.split()[1]} hinzu.",
        f"Am {rng.randint(1, 28)}. {rng.choice(['März', 'Mai', 'Juli', 'Oktober'])} soll der "
        f"Rat von {place} entscheiden; {rng.randint(20, 400)} Menschen haben bereits "
        f"unterschrieben.",
    ]
    return lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"


def ingest(db: Path, folder: Path, workers: int = 0) -> subprocess.Popen:
    command = [sys.executable, "-m", "zitate", "ingest", "--db", f"sqlite:///{db}", str(folder)]
    command += ["--workers", str(workers)] if workers else []
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux ``/proc``)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def records(db: Path) -> dict[str, dict]:
    engine = open_db(f"sqlite:///{db}")
    with session_factory(engine)() as session:
        articles = session.scalars(select(Article)).all()
        for row in articles:  # every article complete: its markers match its rows
            assert row.n_quotes == len(row.quotations), row.id
            assert row.n_entities == len(row.entities), row.id
        out = {row.id: record_of(row) for row in articles}
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(N_ARTICLES):
        (folder / f"meldung-{n:03d}.txt").write_text(article(n), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory) -> dict[str, dict]:
    """The records of a clean ingest of the corpus."""
    clean_db = tmp_path_factory.mktemp("clean") / "clean.db"
    clean = ingest(clean_db, corpus)
    out, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err
    assert f"{N_ARTICLES} new, 0 unchanged, 0 duplicate, 0 failed" in out
    found = records(clean_db)
    assert len(found) == N_ARTICLES
    assert sum(len(r["quotes"]) for r in found.values()) >= N_ARTICLES
    return found


@pytest.mark.parametrize("workers", [0, 2])
def test_kill_9_then_ingest_again_leaves_no_duplicate_and_no_half_article(
    corpus, expected, tmp_path, workers
):
    killed_db = tmp_path / "killed.db"
    victim = ingest(killed_db, corpus, workers)
    deadline = time.monotonic() + 300
    while stored(killed_db) < KILL_AFTER:
        assert victim.poll() is None, "the ingest ended before it could be killed"
        assert time.monotonic() < deadline, "no progress within 300 s"
        time.sleep(0.02)
    helpers = children(victim.pid)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    if workers:  # the worker processes (and multiprocessing's resource tracker) end too
        assert len(helpers) >= workers
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in helpers)
    partial = records(killed_db)  # checks every stored article is complete
    assert KILL_AFTER <= len(partial) < N_ARTICLES
    assert all(partial[i] == expected[i] for i in partial)

    resumed = ingest(killed_db, corpus, workers)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"{N_ARTICLES} articles: {N_ARTICLES - len(partial)} new, {len(partial)} unchanged" in (
        out
    )
    assert records(killed_db) == expected
