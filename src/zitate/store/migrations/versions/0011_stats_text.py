"""Faster statistics: a text-filtered count reads ``quote_facts`` alone, and the rollups are
rewritten only for facts whose counted keys changed.

PostgreSQL: ``quote_facts.search_vector``, a copy of ``quotations.search_vector`` (the German
``tsvector`` of migration ``0003``) kept by the fact triggers of ``0008_stats``, with its own GIN
index — so ``GET /api/stats?q=…`` (``zitate.store.counts``) finds and counts the matching facts
without visiting the wide quotation rows and joining them. The column is stored out of line
(``STORAGE EXTERNAL``, ``toast_tuple_target`` 128): the fact rows stay narrow, and a plain word
query, which the GIN index answers exactly, never reads the vectors themselves. The fact triggers
on quotations copy the vector on insert and when the text changes.

Both dialects: the rollup triggers on ``quote_facts`` skip the facts whose counted keys (day,
source, kind, gender, category, party, type, medium) did not change — a merge of two entities
with the same profile changes only ``canonical_id``, which no rollup counts, and used to
subtract and add every fact of the merged speaker.

Revision ID: 0011_stats_text
Revises: 0010_changes_token
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011_stats_text"
down_revision: str | Sequence[str] | None = "0010_changes_token"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATTRS = ("kind", "gender", "category", "party")
COUNTED = ("day", "source_id", *ATTRS, "type", "medium")  # what the rollups count by
FACT_KEY = "day, source_id, canonical_id, " + ", ".join(ATTRS) + ", type, medium"
FACT = (  # as in 0008_stats
    "n.id, coalesce(substr(a.published, 1, 10), '~'), coalesce(a.source_id, 0), "
    "coalesce(c.id, 0), " + ", ".join(f"coalesce(c.{k}, '')" for k in ATTRS)
    + ", n.type, coalesce(n.medium, '')"
)  # fmt: skip


def _insert_fact(src: str, vector: bool) -> str:
    columns, values = FACT_KEY, FACT
    if vector:
        columns, values = f"{columns}, search_vector", f"{values}, n.search_vector"
    return (
        f"INSERT INTO quote_facts(quotation_id, {columns}) SELECT {values} "
        f"FROM {src} JOIN articles a ON a.id = n.article_id "
        "LEFT JOIN entities e ON e.id = n.speaker_entity_id "
        "LEFT JOIN canonical_entities c ON c.id = e.canonical_id;"
    )


_CHANGED = (
    "SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE "
    "(o.type, o.medium, o.speaker_entity_id, o.article_id) IS DISTINCT FROM "
    "(n.type, n.medium, n.speaker_entity_id, n.article_id)"
)
_NEW_TEXT = (
    "UPDATE quote_facts f SET search_vector = n.search_vector FROM new_rows n "
    "JOIN old_rows o ON o.id = n.id WHERE o.search_vector IS DISTINCT FROM n.search_vector "
    "AND f.quotation_id = n.id;"
)


def _fact_functions(vector: bool) -> dict[str, str]:
    """The bodies of the two fact functions on quotations that write whole facts."""
    update = f"DELETE FROM quote_facts f USING ({_CHANGED}) c WHERE f.quotation_id = c.id;"
    update += _insert_fact(f"({_CHANGED}) n", vector)
    return {
        "zitate_facts_insert": _insert_fact("new_rows n", vector),
        "zitate_facts_update": update + (_NEW_TEXT if vector else ""),
    }


# --- the rollups (as in 0008_stats), of the facts whose counted keys changed -----------------
MONTH = "CASE WHEN length({r}.day) = 10 THEN substr({r}.day, 1, 7) ELSE '~' || {r}.day END"
_ATTR_VALUES = tuple(f"{{r}}.{k}" for k in ATTRS)
TABLES = {
    "quote_counts_outlet": (("source_id", *ATTRS), ("{r}.source_id", *_ATTR_VALUES)),
    "quote_counts_month": (("month", *ATTRS), (MONTH, *_ATTR_VALUES)),
    "quote_counts_type": (("type", "medium", *ATTRS), ("{r}.type", "{r}.medium", *_ATTR_VALUES)),
}


def _moved(side: str, only_changed: bool) -> str:
    """The facts of the transition table ``side`` (``old_rows``/``new_rows``) to count, as
    ``r``: with ``only_changed``, those whose counted keys differ between old and new row."""
    if not only_changed:
        return f"{side} r"
    keys = ", ".join(f"{side}.{k}" for k in COUNTED)
    before = ", ".join(f"o.{k}" for k in COUNTED)
    after = ", ".join(f"n.{k}" for k in COUNTED)
    return (
        f"(SELECT {keys} FROM {side} JOIN old_rows o ON o.quotation_id = {side}.quotation_id "
        f"JOIN new_rows n ON n.quotation_id = {side}.quotation_id "
        f"WHERE ({before}) IS DISTINCT FROM ({after})) r"
    )


def _rollup_update(only_changed: bool) -> str:
    out = []
    for table, (columns, values) in TABLES.items():
        key = ", ".join(columns)
        pairs = zip(columns, values, strict=True)
        value = ", ".join(f"{v.format(r='r')} AS {c}" for c, v in pairs)
        same = " AND ".join(f"c.{k} = d.{k}" for k in columns)
        out.append(
            f"UPDATE {table} c SET n = c.n - d.k FROM (SELECT {key}, count(*) AS k FROM "
            f"(SELECT {value} FROM {_moved('old_rows', only_changed)}) f GROUP BY {key}) d "
            f"WHERE {same};"
        )
    for table, (columns, values) in TABLES.items():
        key = ", ".join(columns)
        pairs = zip(columns, values, strict=True)
        value = ", ".join(f"{v.format(r='r')} AS {c}" for c, v in pairs)
        out.append(
            f"INSERT INTO {table}({key}, n) SELECT {key}, count(*) FROM (SELECT {value} "
            f"FROM {_moved('new_rows', only_changed)}) f GROUP BY {key} "
            f"ON CONFLICT({key}) DO UPDATE SET n = {table}.n + excluded.n;"
        )
    return " ".join(out)


def _replace(name: str, body: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{body} RETURN NULL; END $$"
    )


# SQLite: the row trigger of 0008_stats, with a WHEN condition
_SQLITE_CHANGED = " OR ".join(f"old.{k} IS NOT new.{k}" for k in COUNTED)


def _sqlite_count(table: str, row: str, step: int) -> str:
    """As in 0008_stats: add ``step`` (1 or -1) to the count of the fact ``row`` in ``table``."""
    columns, values = TABLES[table]
    key = ", ".join(columns)
    value = [v.format(r=row) for v in values]
    if step > 0:
        return (
            f"INSERT INTO {table}({key}, n) VALUES ({', '.join(value)}, 1) "
            f"ON CONFLICT({key}) DO UPDATE SET n = n + 1;"
        )
    same = " AND ".join(f"{c} = {v}" for c, v in zip(columns, value, strict=True))
    return (
        f"UPDATE {table} SET n = n - 1 WHERE {same}; DELETE FROM {table} WHERE n <= 0 AND {same};"
    )


def _sqlite_counts(row: str, step: int) -> str:
    return " ".join(_sqlite_count(table, row, step) for table in TABLES)


def _sqlite_trigger(when: bool) -> str:
    condition = f"WHEN {_SQLITE_CHANGED} " if when else ""
    return (
        f"CREATE TRIGGER quote_counts_update AFTER UPDATE ON quote_facts {condition}BEGIN "
        f"{_sqlite_counts('old', -1)} {_sqlite_counts('new', 1)} END"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS quote_counts_update")
        op.execute(_sqlite_trigger(True))
        return
    op.execute("ALTER TABLE quote_facts ADD COLUMN search_vector tsvector")
    op.execute("ALTER TABLE quote_facts ALTER COLUMN search_vector SET STORAGE EXTERNAL")
    op.execute("ALTER TABLE quote_facts SET (toast_tuple_target = 128)")
    for name, body in _fact_functions(True).items():
        _replace(name, body)
    _replace("zitate_counts_update", _rollup_update(True))
    op.execute(
        "UPDATE quote_facts f SET search_vector = q.search_vector FROM quotations q "
        "WHERE q.id = f.quotation_id"
    )
    op.execute("CREATE INDEX ix_quote_facts_search_vector ON quote_facts USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS quote_counts_update")
        op.execute(_sqlite_trigger(False))
        return
    _replace("zitate_counts_update", _rollup_update(False))
    for name, body in _fact_functions(False).items():
        _replace(name, body)
    op.execute("DROP INDEX IF EXISTS ix_quote_facts_search_vector")
    op.execute("ALTER TABLE quote_facts RESET (toast_tuple_target)")
    op.execute("ALTER TABLE quote_facts DROP COLUMN IF EXISTS search_vector")
