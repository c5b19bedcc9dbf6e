"""Issue 5: near-duplicates across ingest runs. Each original's MinHash signature and LSH band keys
are stored with it; a later run finds an edited copy of a stored article with one indexed query,
stores it with ``duplicate_of`` set to the earlier article and does not analyse it again."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import delete, func, select

from zitate.ingest.text import article_from_text
from zitate.record import build_record
from zitate.store import open_db
from zitate.store.db import session_factory
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article, ArticleSignature, SignatureBand

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PAPST = SAMPLES / "wikinews-2013-02-11-papst-benedikt-xvi-tritt-zurueck.txt"
BAER = SAMPLES / "wikinews-2006-05-22-braunbaer-in-deutschland-freigabe-zum-abschuss.txt"
SENTENCE = "Der Rücktritt kam für viele dennoch überraschend."
EDITED = "Für viele Beobachter in Rom kam die Entscheidung dennoch völlig überraschend."
OTHER_SENTENCE = "Dies bestätigte der Vatikan."
OTHER_EDIT = "Das bestätigte ein Sprecher des Vatikans am Montagvormittag in Rom."


def edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def article(text: str, name: str):
    return article_from_text(text, name, source=name)


def store_only(article) -> Analysis:
    return Analysis(build_record(article), analysed=False)


def zitate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=600
    )


def test_edited_copy_in_a_later_run_points_to_the_stored_original(engine):
    text = PAPST.read_text(encoding="utf-8")
    original = article(text, "papst.txt")
    assert Ingestor(engine).ingest(original, store_only) == "new"

    later = Ingestor(engine)  # a new run: nothing of the first is in memory
    copy = article(edited(text, SENTENCE, EDITED), "papst-kopie.txt")
    unrelated = article(BAER.read_text(encoding="utf-8"), "baer.txt")
    assert copy.id != original.id and copy.duplicate_of is None
    assert later.ingest(copy, store_only) == "duplicate"
    assert later.ingest(unrelated, store_only) == "new"
    assert (later.stats.new, later.stats.duplicate) == (1, 1)
    with session_factory(engine)() as session:
        assert session.get(Article, copy.id).duplicate_of == original.id
        assert session.get(Article, unrelated.id).duplicate_of is None
        signed = set(session.scalars(select(ArticleSignature.article_id)))
        assert signed == {original.id, unrelated.id}  # a duplicate is never a candidate
        bands = session.scalar(select(func.count()).select_from(SignatureBand))
        assert bands == 2 * 9


def test_copies_in_one_run_point_to_the_original_of_an_earlier_run(db_url, tmp_path):
    """The run's own check finds the second copy a duplicate of the first; both end up pointing
    to the stored original, not one to the other."""
    text = PAPST.read_text(encoding="utf-8")
    first, second = tmp_path / "run1", tmp_path / "run2"
    first.mkdir()
    second.mkdir()
    (first / "papst.txt").write_text(text, encoding="utf-8")
    (second / "a-kopie.txt").write_text(edited(text, SENTENCE, EDITED), encoding="utf-8")
    both = edited(edited(text, SENTENCE, EDITED), OTHER_SENTENCE, OTHER_EDIT)
    (second / "b-kopie.txt").write_text(both, encoding="utf-8")
    (second / "c-baer.txt").write_text(BAER.read_text(encoding="utf-8"), encoding="utf-8")

    run1 = zitate("ingest", "--only-article", "--db", db_url, str(first))
    assert run1.returncode == 0, run1.stderr
    run2 = zitate("ingest", "--only-article", "--db", db_url, str(second))
    assert run2.returncode == 0, run2.stderr
    assert re.match(r"3 articles: 1 new, 0 unchanged, 2 duplicate, 0 failed", run2.stdout)
    engine = open_db(db_url)
    with session_factory(engine)() as session:
        rows = {Path(a.input).name: a for a in session.scalars(select(Article))}
        original = rows["papst.txt"].id
        assert rows["a-kopie.txt"].duplicate_of == original
        assert rows["b-kopie.txt"].duplicate_of == original
        assert rows["c-baer.txt"].duplicate_of is None and rows["papst.txt"].duplicate_of is None
    engine.dispose()


def test_a_duplicate_is_not_analysed_and_counts_in_the_summary(db_url, tmp_path):
    text = PAPST.read_text(encoding="utf-8")
    (tmp_path / "papst.txt").write_text(text, encoding="utf-8")
    copy = tmp_path / "papst-kopie.txt"
    copy.write_text(edited(text, SENTENCE, EDITED), encoding="utf-8")
    run1 = zitate("ingest", "--db", db_url, str(tmp_path / "papst.txt"))
    assert run1.returncode == 0, run1.stderr
    run2 = zitate("ingest", "--db", db_url, str(copy))
    assert run2.returncode == 0, run2.stderr
    summary = r"1 articles: 0 new, 0 unchanged, 1 duplicate, 0 failed; 0 quotations"
    assert re.match(summary, run2.stdout), run2.stdout
    engine = open_db(db_url)
    with session_factory(engine)() as session:
        stored = session.scalars(select(Article).where(Article.input == str(copy))).one()
        assert stored.duplicate_of is not None and not stored.analysed
        assert stored.skip_reason == f"near-duplicate of article {stored.duplicate_of}"
        assert session.get(Article, stored.duplicate_of).n_quotes > 0  # the original's analysis
    engine.dispose()


def test_a_deleted_original_takes_its_signature_along(engine):
    original = article(PAPST.read_text(encoding="utf-8"), "papst.txt")
    Ingestor(engine).ingest(original, store_only)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        session.execute(delete(Article).where(Article.id == original.id))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ArticleSignature)) == 0
        assert session.scalar(select(func.count()).select_from(SignatureBand)) == 0
    copy = article(edited(original.text, SENTENCE, EDITED), "papst-kopie.txt")
    assert Ingestor(engine).ingest(copy, store_only) == "new"  # no stale candidate left


def test_no_check_across_runs_without_a_threshold(engine):
    text = PAPST.read_text(encoding="utf-8")
    Ingestor(engine).ingest(article(text, "papst.txt"), store_only)
    copy = article(edited(text, SENTENCE, EDITED), "papst-kopie.txt")
    assert Ingestor(engine, duplicate_threshold=None).ingest(copy, store_only) == "new"
