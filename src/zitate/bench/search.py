"""Benchmark of the search stage: ``GET /api/quotes?q=…`` latency on a large quotation database.

Input: the shared data folder (quotes-de-wikinews ``train``, 10kGNAD) and a database URL.
Output: a flat dict of figures — ``p50_ms``, ``p95_ms``, ``p99_ms`` of the request latency over
``queries`` requests, ``quotes`` in the database, and how it was built.

The database (SQLite by default, ``work/bench-search-<quotes>.db``) is built once and reused:
``quotes`` quotations of real German text — the gold quotations of the Wikinews train split with
their type, medium, speaker and cue, and the sentences of the 10kGNAD articles, each given the
type, medium, speaker and cue of a random Wikinews quotation — spread over articles of 1 to 9
quotations with real outlet names (the sources of ``shared/data/html``) and publication dates
2015–2026. Texts repeat, as agency quotations do across outlets. Rows go in by bulk inserts in
large transactions (SQLite: executemany; PostgreSQL: ``COPY``; the search triggers, generated
columns and the statistics triggers of ``0008_stats`` run as on any insert), not through the NLP
pipeline. ``one_word_*`` figures: the requests for a single plain word without filters.

The queries are drawn, with a fixed seed, from the stored quotations: a word of four or more
letters of a random quotation (so frequent words come up as often as they occur), two words, a
two-word phrase or a prefix, half of them with one or two filters (speaker, outlet, a year, type,
medium). Each request goes through the FastAPI app (``starlette`` ``TestClient``: routing,
validation, the query, serialisation); a few untimed requests warm the caches first.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import statistics
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from ..errors import Errors, ZitateError

SEED = 5
MODEL_VERSION = "bench-search"  # not a model's: an ingest would see these rows as outdated
WARMUP = 20
BATCH = 5000
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2026, 11, 24)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_NAME = re.compile(
    r"^(?!(?:Der|Die|Das|Ein|Eine|Einer) )(?:[A-ZÄÖÜ][\w'’.-]+ ){1,3}[A-ZÄÖÜ][\w'’-]+$"
)
_DOMAIN = re.compile(r"^https?://([a-z0-9.-]+\.[a-z]{2,})/", re.IGNORECASE)

Source = tuple[str, str, str | None, str | None, str | None]  # text, type, medium, speaker, cue


def default_db(quotes: int) -> str:
    return f"sqlite:///work/bench-search-{quotes}.db"


def bench_search(
    data: Path,
    quotes: int = 100_000,
    db: str | None = None,
    queries: int = 300,
    log: Callable[[str], None] = print,
    stats_queries: int = 0,
) -> dict:
    """Build (or reuse) the database of ``quotes`` quotations and time ``queries`` searches
    (and ``stats_queries`` requests of ``GET /api/stats``: ``zitate.bench.stats``)."""
    from ..store import open_db
    from ..store.db import parse_url

    url = db or default_db(quotes)
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = open_db(url)
    try:
        built_s = ensure_corpus(engine, data, quotes, log)
        requests = make_queries(engine, queries, random.Random(SEED))
        log(f"timing {len(requests)} requests of GET /api/quotes")
        times = time_requests(engine, url, requests)
        figures = summarise(times, requests) | {"quotes": quotes, "build_s": built_s}
        figures |= one_word(times, requests)
        if stats_queries:
            from . import stats

            figures["profiles_s"] = stats.ensure_profiles(engine, log)
            stats.analyze(engine, log)
            asked = stats.stats_requests(requests, stats_queries, random.Random(stats.SEED))
            log(f"timing {len(asked)} requests of GET /api/stats")
            times = time_requests(engine, url, asked, "/api/stats")
            timed = summarise(times, asked)  # "filtered": more than the ``by`` parameter
            figures |= {
                "stats_p50_ms": timed["p50_ms"],
                "stats_p95_ms": timed["p95_ms"],
                "stats_p99_ms": timed["p99_ms"],
                "stats_unfiltered_p95_ms": timed["plain_p95_ms"],
                "stats_filtered_p95_ms": timed["filtered_p95_ms"],
                "stats_queries": len(times),
            }
    finally:
        engine.dispose()
    return figures


def ensure_corpus(engine: Engine, data: Path, quotes: int, log: Callable[[str], None]) -> float:
    """Fill an empty database with ``quotes`` quotations; reuse one that holds that many.

    Returns the seconds the build took (0.0 when reused). Raises ``ZitateError`` E312 when the
    database holds another number of quotations."""
    from ..store.models import Article, Quotation

    with engine.connect() as conn:
        found = conn.scalar(select(func.count()).select_from(Quotation.__table__)) or 0
        articles = conn.scalar(select(func.count()).select_from(Article.__table__)) or 0
    if found == quotes:
        log(f"reusing the database with {found} quotations")
        return 0.0
    if found or articles:
        shown = engine.url.render_as_string(hide_password=True)
        held = f"{found} quotations" if found else f"{articles} articles"
        raise ZitateError(Errors.E312, url=shown, found=held, wanted=quotes)
    started = time.perf_counter()
    sources = quotation_sources(data)
    log(f"building {quotes} quotations from {len(sources)} real German texts")
    write_corpus(engine, sources, outlets(data), quotes, random.Random(SEED))
    seconds = round(time.perf_counter() - started, 1)
    log(f"built in {seconds} s")
    return seconds


def quotation_sources(data: Path) -> list[Source]:
    """Real texts with a type, medium, speaker and cue: the Wikinews train quotations, then the
    10kGNAD sentences (40–400 characters) with the labels of a Wikinews quotation each."""
    from ..quotes.dataset import read_split, token_ids_to_spans
    from ..train.corpora import read_gnad

    gold: list[Source] = []
    for doc in read_split(data, "train"):
        for q in doc.quotations:
            text, speaker, cue = (
                " ".join(doc.text[a:b] for a, b in token_ids_to_spans(doc, ids)) or None
                for ids in (q.quote, q.speaker, q.cue)
            )
            if text and q.type:
                gold.append((text, q.type, q.medium, speaker, cue))
    gnad = data / "corpora" / "10kgnad-test.csv.gz"
    if not gnad.is_file():
        raise ZitateError(Errors.E011, path=str(gnad))
    rng = random.Random(SEED)
    sentences: list[Source] = []
    for article in read_gnad(gnad):
        for sentence in _SENTENCE_END.split(article):
            sentence = " ".join(sentence.split())
            if 40 <= len(sentence) <= 400:
                _, type_, medium, speaker, cue = rng.choice(gold)
                sentences.append((sentence, type_, medium, speaker, cue))
    return gold + sentences


def outlets(data: Path) -> list[str]:
    """The domains of the news pages of ``shared/data/html`` (``MANIFEST.tsv``)."""
    lines = (data / "html" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    found = {m[1].lower() for line in lines if (m := _DOMAIN.match(line.split("\t")[-1]))}
    if not found:
        raise ZitateError(Errors.E011, path=str(data / "html" / "MANIFEST.tsv"))
    return sorted(found)


def write_corpus(
    engine: Engine, sources: list[Source], outlet_names: list[str], quotes: int, rng: random.Random
) -> None:
    """Bulk-insert sources, articles, entities and ``quotes`` quotations."""
    from ..store.models import Article, Entity, Quotation
    from ..store.models import Source as SourceRow

    with engine.begin() as conn:
        conn.execute(
            insert(SourceRow), [{"id": i + 1, "name": n} for i, n in enumerate(outlet_names)]
        )
    articles: list[dict] = []
    entities: list[dict] = []
    rows: list[dict] = []
    for article, article_entities, quotations in _articles(sources, len(outlet_names), quotes, rng):
        articles.append(article)
        entities += article_entities
        rows += quotations
        if len(rows) >= BATCH:
            _flush(engine, (Article, articles), (Entity, entities), (Quotation, rows))
    _flush(engine, (Article, articles), (Entity, entities), (Quotation, rows))


def _flush(engine: Engine, *batches) -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            _copy(conn, batches)
            return
        for model, batch in batches:
            if batch:
                conn.execute(insert(model), batch)
                batch.clear()


def _copy(conn, batches) -> None:
    """PostgreSQL: one ``COPY`` per table and batch (``zitate.store.bulk.copy_rows``, as
    ``zitate load``) instead of multi-row INSERTs; the generated search column is computed
    as on any insert."""
    from ..store.bulk import copy_rows

    cursor = conn.connection.driver_connection.cursor()
    for model, batch in batches:
        if batch:
            copy_rows(cursor, model.__table__, batch)
            batch.clear()


def _articles(
    sources: list[Source], n_outlets: int, quotes: int, rng: random.Random
) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """(article row, entity rows, quotation rows) until ``quotes`` quotations are made."""
    names = sorted({s[3] for s in sources if s[3] and _NAME.match(s[3])})
    days = (LAST_DAY - FIRST_DAY).days
    entity_ids = itertools.count(1)
    made = 0
    seen: set[str] = set()
    while made < quotes:
        picked = [rng.choice(sources) for _ in range(min(rng.randint(1, 9), quotes - made))]
        day = FIRST_DAY + timedelta(days=rng.randrange(days + 1))
        published = f"{day.isoformat()}T{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00"
        body, layout = _layout(picked)
        article_id = hashlib.sha1(f"{published}\n{body}".encode()).hexdigest()
        if article_id in seen:
            continue
        seen.add(article_id)
        entities, quotations = _rows(article_id, picked, layout, names, entity_ids, rng)
        made += len(quotations)
        article = {
            "id": article_id, "content_hash": hashlib.sha256(body.encode()).hexdigest(),
            "input": f"bench-search/{article_id}", "source_id": rng.randrange(n_outlets) + 1,
            "text": body, "paragraphs": _paragraphs(layout, body), "published": published,
            "authors": [], "credits": [], "language": "de", "model_name": "de_zitate",
            "model_version": MODEL_VERSION, "analysed": True,
            "n_quotes": len(quotations), "n_entities": len(entities),
        }  # fmt: skip
        yield article, entities, quotations


def _rows(
    article_id: str,
    picked: list[Source],
    layout: list[tuple[str, str, int]],
    names: list[str],
    entity_ids: Iterator[int],
    rng: random.Random,
) -> tuple[list[dict], list[dict]]:
    """The entity and quotation rows of one article: a speaker written as a name is its own
    entity; seven in ten of the others (pronouns, role nouns) resolve to a random name."""
    entities: dict[str, dict] = {}
    quotations = []
    for position, (source, (speaker, cue, at)) in enumerate(zip(picked, layout, strict=True)):
        name = speaker if _NAME.match(speaker) else None
        if name is None and rng.random() < 0.7:
            name = rng.choice(names)
        if name and name not in entities:
            entities[name] = {
                "id": next(entity_ids), "article_id": article_id,
                "local_id": f"e{len(entities) + 1}", "position": len(entities),
                "name": name, "kind": "PER", "model_version": MODEL_VERSION,
            }  # fmt: skip
        text, type_, medium = source[:3]
        cue_at, text_at = at + len(speaker) + 1, at + len(speaker) + len(cue) + 3
        quotations.append(
            {
                "article_id": article_id, "local_id": f"q{position + 1}",
                "position": position, "type": type_, "medium": medium, "text": text,
                "spans": [[text_at, text_at + len(text)]],
                "speaker_text": speaker, "speaker_spans": [[at, at + len(speaker)]],
                "speaker_entity_id": entities[name]["id"] if name else None,
                "cue_text": cue, "cue_spans": [[cue_at, cue_at + len(cue)]],
                "model_version": MODEL_VERSION,
            }
        )  # fmt: skip
    return list(entities.values()), quotations


def _layout(picked: list[Source]) -> tuple[str, list[tuple[str, str, int]]]:
    """The article text — one paragraph ``Speaker cue: text`` per quotation — and the speaker,
    cue and paragraph offset of each."""
    paragraphs, layout, at = [], [], 0
    for text, _type, _medium, speaker, cue in picked:
        speaker, cue = speaker or "Ein Sprecher", cue or "sagte"
        paragraphs.append(f"{speaker} {cue}: {text}")
        layout.append((speaker, cue, at))
        at += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs), layout


def _paragraphs(layout: list[tuple[str, str, int]], body: str) -> list[dict]:
    ends = [at - 2 for _s, _c, at in layout[1:]] + [len(body)]
    return [
        {"start": at, "end": end, "kind": "body"}
        for (_s, _c, at), end in zip(layout, ends, strict=True)
    ]


def make_queries(engine: Engine, n: int, rng: random.Random) -> list[dict]:
    """``n`` query-parameter dicts drawn from the stored quotations (see the module docstring)."""
    from ..store.models import Article, Entity, Quotation, Source

    with engine.connect() as conn:
        top = conn.scalar(select(func.max(Quotation.id))) or 0
        if not top:
            return []
        ids = [rng.randint(1, top) for _ in range(n * 2)]
        rows = conn.execute(
            select(
                Quotation.text,
                Quotation.type,
                Quotation.medium,
                Entity.name,
                Source.name,
                Article.published,
            )
            .join(Article, Quotation.article_id == Article.id)
            .outerjoin(Entity, Quotation.speaker_entity_id == Entity.id)
            .outerjoin(Source, Article.source_id == Source.id)
            .where(Quotation.id.in_(ids))
        ).all()
    rows.sort(key=lambda r: r.text)
    rng.shuffle(rows)
    queries = []
    for i, row in enumerate(rows):
        params = _query_words(row.text, i, rng)
        if params is None:
            continue
        if i % 2:  # filters of the same quotation, or of another one (often no hit then)
            params |= _filters(row if rng.random() < 0.5 else rng.choice(rows), rng)
        queries.append(params)
        if len(queries) == n:
            break
    return queries


def _query_words(text: str, i: int, rng: random.Random) -> dict | None:
    words = _WORD.findall(text)
    if not words:
        return None
    kind = i % 10
    if kind < 5:
        return {"q": rng.choice(words)}
    if kind < 7 and len(words) > 1:
        return {"q": " ".join(rng.sample(words, 2))}
    if kind < 9:
        tokens = _ANY_WORD.findall(text)
        pairs = [
            (a, b) for a, b in zip(tokens, tokens[1:], strict=False) if len(a) > 2 and len(b) > 2
        ]
        if pairs:
            first, second = rng.choice(pairs)
            return {"q": f'"{first} {second}"'}
    long = [w for w in words if len(w) >= 6]
    return {"q": rng.choice(long)[:5] + "*"} if long else {"q": rng.choice(words)}


def _filters(row, rng: random.Random) -> dict:
    options = ["speaker", "outlet", "year", "type", "medium"]
    params: dict = {}
    for name in rng.sample(options, rng.randint(1, 2)):
        if name == "speaker" and row[3]:
            params["speaker"] = row[3].split()[-1]
        elif name == "outlet" and row[4]:
            params["outlet"] = row[4].removeprefix("www.").split(".")[0]
        elif name == "year" and row[5]:
            year = row[5][:4]
            params |= {"from": f"{year}-01-01", "to": f"{year}-12-31"}
        elif name == "type":
            params["type"] = row[1]
        elif name == "medium" and row[2]:
            params["medium"] = row[2]
    return params


def time_requests(
    engine: Engine, url: str, requests: list[dict], path: str = "/api/quotes"
) -> list[float]:
    """Milliseconds of each ``GET path`` request (``/api/quotes``, ``/api/stats``) through the
    FastAPI app."""
    with warnings.catch_warnings():  # starlette's notice about its httpx transport
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from ..api.core.config import Settings
    from ..api.deps import get_engine
    from ..app import create_app

    app = create_app(Settings(db_url=url))
    app.dependency_overrides[get_engine] = lambda: engine
    times = []
    with TestClient(app) as client:
        for params in requests[:WARMUP]:
            client.get(path, params=params)
        for params in requests:
            started = time.perf_counter()
            response = client.get(path, params=params)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                detail = f"GET {path} {params}: {response.text[:200]}"
                raise ZitateError(Errors.E408, status=response.status_code, detail=detail)
    return times


def summarise(times: list[float], requests: list[dict]) -> dict:
    """Percentiles of all requests and of those with and without filters."""

    def pct(values: list[float], p: int) -> float:
        if len(values) < 2:
            return round(values[0], 2) if values else 0.0
        return round(statistics.quantiles(values, n=100, method="inclusive")[p - 1], 2)

    filtered = [t for t, r in zip(times, requests, strict=True) if len(r) > 1]
    plain = [t for t, r in zip(times, requests, strict=True) if len(r) == 1]
    return {
        "p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "p99_ms": pct(times, 99),
        "max_ms": round(max(times), 2) if times else 0.0,
        "mean_ms": round(statistics.fmean(times), 2) if times else 0.0,
        "queries": len(times), "plain_p95_ms": pct(plain, 95), "filtered_p95_ms": pct(filtered, 95),
    }  # fmt: skip


def one_word(times: list[float], requests: list[dict]) -> dict:
    """Percentiles of the requests for one plain word without filters (the issue's target:
    p95 < 50 ms at 1,000,000 quotations)."""
    picked = [
        t for t, r in zip(times, requests, strict=True)
        if set(r) == {"q"} and _ANY_WORD.fullmatch(r["q"])
    ]  # fmt: skip
    if not picked:
        return {"one_word_queries": 0}
    ordered = sorted(picked)
    p50 = statistics.median(ordered)
    p95 = statistics.quantiles(ordered, n=100, method="inclusive")[94] if len(ordered) > 1 else p50
    return {"one_word_p50_ms": round(p50, 2), "one_word_p95_ms": round(p95, 2),
            "one_word_queries": len(picked)}  # fmt: skip
