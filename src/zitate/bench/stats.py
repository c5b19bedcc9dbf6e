"""Benchmark of the statistics: ``GET /api/stats`` latency on the large search database.

Input: the database ``zitate.bench.search`` builds (quotations of real German text whose speakers
are document entities named by Wikinews speaker names) and query parameters drawn like the
search benchmark's. Output: ``stats_p50_ms``, ``stats_p95_ms``, ``stats_p99_ms`` and how many
requests, with and without a text query.

Before timing, each distinct speaker name becomes a canonical entity (once; kept in the
database): its gender comes from the first name as in ``zitate.resolve.profiles`` (``unknown``
without one), its category and party are drawn with a fixed seed (the synthetic articles hold no
roles to derive them from); PostgreSQL then gets its planner statistics (``ANALYZE``, as
autovacuum would after the bulk load). The requests count by one to three dimensions (``by``
drawn from ``BY``); a third of them over the whole database (no filter: the heaviest), the
others with the words and filters of a search-benchmark query.
"""

from __future__ import annotations

import random
import time

from sqlalchemy import Engine, func, insert, select, text

from ..resolve.profiles import CATEGORIES, PARTIES, first_name

BY = ("outlet,gender", "gender", "month,gender", "outlet,category", "party", "category,gender")
SEED = 15
WARMUP = 5


def ensure_profiles(engine: Engine, log) -> float:
    """Give every speaker entity a canonical entity with a profile (once); seconds taken."""
    from ..store.models import CanonicalEntity, Entity

    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(CanonicalEntity.__table__)):
            return 0.0
        names = sorted(conn.scalars(select(Entity.name).distinct()))
    started = time.perf_counter()
    rng = random.Random(SEED)
    parties = sorted(set(PARTIES.values()))
    rows = []
    for i, name in enumerate(names):
        found = first_name(name)
        gender = {"f": "female", "m": "male"}[found[0]] if found else "unknown"
        category = rng.choice(CATEGORIES)
        party = rng.choice(parties) if category == "politics" else None
        rows.append({"id": i + 1, "name": name, "kind": "PER", "locked": False, "gender": gender,
                     "category": category, "party": party})  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(CanonicalEntity), rows)
        conn.execute(text("CREATE INDEX ix_bench_canonical_name ON canonical_entities (name)"))
        conn.execute(
            text(
                "UPDATE entities SET canonical_id = c.id FROM canonical_entities c "
                "WHERE c.name = entities.name"
            )
        )
        conn.execute(text("DROP INDEX ix_bench_canonical_name"))
    seconds = round(time.perf_counter() - started, 1)
    log(f"profiled {len(rows)} speaker entities in {seconds} s")
    return seconds


def analyze(engine: Engine, log) -> None:
    """PostgreSQL: ``ANALYZE`` the freshly built database, as autovacuum does after a bulk load
    (without statistics the planner scans all ``quote_facts`` for a rare word); SQLite: nothing."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    log("analysed the tables (PostgreSQL statistics for the planner)")


def stats_requests(queries: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` parameter dicts for ``GET /api/stats``: a third without filters, the rest with the
    words and filters of the search queries ``queries``."""
    out = []
    for i in range(n):
        params = {"by": rng.choice(BY)}
        if i % 3 and queries:
            params |= rng.choice(queries)
        out.append(params)
    return out
