"""Benchmark of speaker profiles on real news: hand-labelled speakers -> gender, category figures.

Input: the gold files of ``gold/profiles/<page stem>.json`` (speakers of a page of
``shared/data/html`` with kind, gender, category, roles and party, labelled by reading the page;
format in that folder's README) and the pages. Every page of ``data/html`` goes through
``zitate ingest`` into a new SQLite database (extraction, analysis, linking, profiles), so the
profiles are those of the canonical entities, pooled over all pages. Output: a flat dict —

- ``gender_precision``: of the gold persons the system gives ``female`` or ``male``, the share
  it gives the gold gender (a gold ``unknown`` counts as wrong);
- ``gender_coverage``: the share of gold persons given ``female`` or ``male``;
- ``category_accuracy``: the share of matched gold speakers (persons, organisations, groups)
  whose canonical entity has the gold category; ``category_accuracy_all`` counts the unmatched
  ones (whose entity the analysis did not find: a matter of NER and resolution) as wrong;
- ``matched``: the share of gold speakers found among the page's entities, and counts.

A gold speaker is the canonical entity of a document entity of its page whose name is the gold
name or an alias (compared as ``zitate.bench.speakers.name_key``), else whose name is the last
words of one („Trump“ for „US-Präsident Donald Trump“); with several, the one most entities match.

Pages are split by ``gold/speakers``, which others tune on: a page marked ``test`` there is
test here, a page it has no gold file for (unused there: ``readability__heise``) is test too,
every page it uses as ``dev`` is dev here — so no page is tuned on by one benchmark and tested by
the other. (Until 2026-12-04 four more pages were test here — express, ndr podcast, flixtrain,
welt — which ``gold/speakers`` has since made dev pages.) ``split``: dev, test or all (all
pages, with the figures of ``dev`` and ``test`` each beside them).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, ZitateError
from .speakers import name_key

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = ROOT / "gold" / "profiles"
SPEAKER_GOLD = ROOT / "gold" / "speakers"
SPLITS = ("dev", "test", "all")


def page_split(stem: str) -> str:
    """``test`` or ``dev`` for the page ``stem``: ``dev`` only where ``gold/speakers`` has it as a
    dev page (see the module docstring)."""
    path = SPEAKER_GOLD / f"{stem}.json"
    if not path.is_file() or json.loads(path.read_text("utf-8")).get("split") == "test":
        return "test"
    return "dev"


def load_gold(folder: Path, split: str = "all") -> dict[str, list[dict]]:
    """Page file name -> gold speakers, for the pages of ``split``."""
    if split not in SPLITS:
        raise ZitateError(Errors.E208, path=folder, detail=f"split {split!r} is none of {SPLITS}")
    pages: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text("utf-8"))
            speakers = [s for s in data["speakers"] if s["name"] and s["kind"]]
        except (ValueError, KeyError, TypeError) as err:
            raise ZitateError(Errors.E208, path=path, detail=repr(err)) from None
        if split == "all" or page_split(path.stem) == split:
            pages[data["page"]] = speakers
    if not pages:
        raise ZitateError(Errors.E207, split=split, path=folder)
    return pages


def match(speaker: dict, entities: list[tuple[int, str]]) -> int | None:
    """The canonical id of the document entities ``(canonical id, name)`` of a page that fits
    the gold ``speaker`` (see the module docstring), or None."""
    keys = {name_key(n) for n in (speaker["name"], *(speaker.get("aliases") or [])) if n}
    exact: Counter = Counter()
    ending: Counter = Counter()
    for canonical_id, name in entities:
        key = name_key(name)
        words = key.split()
        if not words or canonical_id is None:
            continue
        if key in keys:
            exact[canonical_id] += 1
        elif any(k.split()[-len(words) :] == words for k in keys) and name[:1].isupper():
            ending[canonical_id] += 1
    best = exact or ending
    return best.most_common(1)[0][0] if best else None


def score(session, gold: dict[str, list[dict]], log: Callable[[str], None]) -> dict:
    """The figures of the module docstring for the profiles stored in ``session``."""
    from sqlalchemy import select

    from ..store.models import Article, CanonicalEntity, Entity

    n_persons = predicted = right_gender = n_speakers = right_category = matched = 0
    for page, speakers in sorted(gold.items()):
        article_ids = session.scalars(
            select(Article.id).where(Article.input.like(f"%/{page}"))
        ).all()
        entities = session.execute(
            select(Entity.canonical_id, Entity.name).where(Entity.article_id.in_(article_ids))
        ).all()
        for speaker in speakers:
            canonical_id = match(speaker, entities)
            entity = session.get(CanonicalEntity, canonical_id) if canonical_id else None
            n_speakers += 1
            matched += entity is not None
            category = entity.category if entity is not None else None
            right_category += category == speaker.get("category")
            if entity is not None and category != speaker.get("category"):
                gold_category = speaker.get("category")
                log(f"  category {category} ≠ {gold_category}: {speaker['name']} ({page})")
            if speaker["kind"] != "person":
                continue
            n_persons += 1
            gender = entity.gender if entity is not None else None
            if gender in ("female", "male"):
                predicted += 1
                right_gender += gender == speaker.get("gender")
            if gender != speaker.get("gender"):
                log(f"  gender {gender} ≠ {speaker.get('gender')}: {speaker['name']} ({page})")
    return {
        "gender_precision": round(right_gender / predicted, 4) if predicted else 0.0,
        "gender_coverage": round(predicted / n_persons, 4) if n_persons else 0.0,
        "category_accuracy": round(right_category / matched, 4) if matched else 0.0,
        "category_accuracy_all": round(right_category / n_speakers, 4) if n_speakers else 0.0,
        "matched": round(matched / n_speakers, 4) if n_speakers else 0.0,
        "pages": len(gold),
        "speakers": n_speakers,
        "persons": n_persons,
        "gendered": predicted,
    }


def bench_profiles(
    gold: Path = DEFAULT_GOLD,
    data: Path = Path("../shared/data"),
    split: str = "all",
    log: Callable[[str], None] = print,
    db: str | None = None,
) -> dict:
    """Ingest every page of ``data/html`` into a new SQLite database (or use the stored
    database ``db``) and score its profiles against the gold of ``split``."""
    from ..store import open_db
    from ..store.db import session_factory

    pages = load_gold(gold, split)
    html = data / "html"
    if db is None and not html.is_dir():
        raise ZitateError(Errors.E011, path=html)
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_db(db or f"sqlite:///{tmp}/profiles.db")
        try:
            if db is None:
                _ingest(engine, html)
            with session_factory(engine)() as session:
                result = {"split": split, **score(session, pages, log)}
                if split == "all":  # the figures of each split beside those of all pages
                    for part in ("dev", "test"):
                        chosen = {p: s for p, s in pages.items() if page_split(p[:-5]) == part}
                        figures = score(session, chosen, lambda _: None) if chosen else {}
                        result[part] = {k: v for k, v in figures.items() if k != "pages"}
        finally:
            engine.dispose()
    return result


def _ingest(engine, html: Path) -> None:
    from ..batch.workers import Analyser, ingest_batches
    from ..ingest import iter_articles
    from ..ingest.stream import batches
    from ..store.ingest import Ingestor

    ingestor = Ingestor(engine, analyse=True)
    pages = sorted(str(p) for p in html.glob("*.html"))  # the pages, not their gold files
    stream = batches(iter_articles(pages), 8, 400_000)
    ingest_batches(ingestor, stream, Analyser(None), lambda batch, results: None)
