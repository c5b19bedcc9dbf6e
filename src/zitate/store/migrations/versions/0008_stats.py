"""Pre-aggregated statistics: ``quote_facts`` (the statistics' keys of each quotation) and three
rollups of it — quotations per speaker kind, gender, category and party and per outlet
(``quote_counts_outlet``), per month (``quote_counts_month``), per type and medium
(``quote_counts_type``) — kept by database triggers.

A quotation's fact is the publication day of its article (``substr(published, 1, 10)``; ``~``
when undated), the article's source id, the canonical entity of its speaker (``0``: none) with
its kind, gender, category and party (``''``: none), its type and its medium. Triggers keep
``quote_facts`` in step with every write that changes one — quotations inserted, deleted or
updated (ingest, ``zitate load``, re-ingest, the bulk ``COPY`` of ``zitate.store.bulk``),
articles given another date or source, document entities linked to another canonical entity
(the linker, ``zitate entities merge/split``), a profile set or recomputed (``zitate entities
set``) — and triggers on ``quote_facts`` keep the three rollups. They hold no speaker id, and
each only one of outlet, month and type × medium: their size grows with the outlets, months and
profile values, not with the speakers or the quotations. ``zitate.store.counts`` reads them.

SQLite: row triggers (``INSERT … ON CONFLICT DO UPDATE``); PostgreSQL: statement triggers with
transition tables, so a bulk insert of a million quotations aggregates in one statement. Rows of
a rollup whose ``n`` fell to 0 are deleted in SQLite, kept (and skipped when read) in
PostgreSQL. Existing quotations are counted by the upgrade.

It merges the heads ``0005_profiles`` (which depends on ``0002``), ``0006_disputes`` and ``0007``.

Revision ID: 0008_stats
Revises: 0005_profiles, 0006_disputes, 0007 (0005 depends on 0002)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008_stats"
down_revision: str | Sequence[str] | None = ("0005_profiles", "0006_disputes", "0007")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATTRS = ("kind", "gender", "category", "party")
FACT_KEY = "day, source_id, canonical_id, " + ", ".join(ATTRS) + ", type, medium"
FACT = (  # the fact of quotation ``{q}`` (a row alias or a trigger's ``new``)
    "{q}.id, coalesce(substr(a.published, 1, 10), '~'), coalesce(a.source_id, 0), "
    "coalesce(c.id, 0), "
    + ", ".join(f"coalesce(c.{k}, '')" for k in ATTRS)
    + ", {q}.type, coalesce({q}.medium, '')"
)
INSERT_FACT = (
    f"INSERT INTO quote_facts(quotation_id, {FACT_KEY}) SELECT {FACT} "
    "FROM {src} JOIN articles a ON a.id = {q}.article_id "
    "LEFT JOIN entities e ON e.id = {q}.speaker_entity_id "
    "LEFT JOIN canonical_entities c ON c.id = e.canonical_id"
)
# the month of a fact ``{r}``: YYYY-MM of a full day, else ``~`` and the day as written
MONTH = "CASE WHEN length({r}.day) = 10 THEN substr({r}.day, 1, 7) ELSE '~' || {r}.day END"
_ATTR_VALUES = tuple(f"{{r}}.{k}" for k in ATTRS)
TABLES = {  # rollup: (key columns, the key of a fact row ``{r}``)
    "quote_counts_outlet": (("source_id", *ATTRS), ("{r}.source_id", *_ATTR_VALUES)),
    "quote_counts_month": (("month", *ATTRS), (MONTH, *_ATTR_VALUES)),
    "quote_counts_type": (("type", "medium", *ATTRS), ("{r}.type", "{r}.medium", *_ATTR_VALUES)),
}


def _sqlite_count(table: str, row: str, step: int) -> str:
    """Statements adding ``step`` (1 or -1) to the count of the fact ``row`` in ``table``."""
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


_ENTITY_ATTRS = ", ".join(
    f"{k} = coalesce((SELECT c.{k} FROM canonical_entities c WHERE c.id = new.canonical_id), '')"
    for k in ATTRS
)
_CHANGED_ATTRS = " OR ".join(f"old.{k} IS NOT new.{k}" for k in ATTRS)
SQLITE = {
    "quote_facts_insert": f"""AFTER INSERT ON quotations BEGIN
        {INSERT_FACT.format(q="new", src="(SELECT 1)")};
    END""",
    "quote_facts_delete": """AFTER DELETE ON quotations BEGIN
        DELETE FROM quote_facts WHERE quotation_id = old.id;
    END""",
    "quote_facts_update": f"""AFTER UPDATE OF type, medium, speaker_entity_id, article_id
        ON quotations BEGIN
        DELETE FROM quote_facts WHERE quotation_id = old.id;
        {INSERT_FACT.format(q="new", src="(SELECT 1)")};
    END""",
    "quote_facts_entity": f"""AFTER UPDATE OF canonical_id ON entities
        WHEN old.canonical_id IS NOT new.canonical_id BEGIN
        UPDATE quote_facts SET canonical_id = coalesce(new.canonical_id, 0), {_ENTITY_ATTRS}
        WHERE quotation_id IN (SELECT id FROM quotations WHERE speaker_entity_id = new.id);
    END""",
    "quote_facts_profile": f"""AFTER UPDATE OF {", ".join(ATTRS)} ON canonical_entities
        WHEN {_CHANGED_ATTRS} BEGIN
        UPDATE quote_facts SET {", ".join(f"{k} = coalesce(new.{k}, '')" for k in ATTRS)}
        WHERE canonical_id = new.id;
    END""",
    "quote_facts_article": """AFTER UPDATE OF published, source_id ON articles
        WHEN old.published IS NOT new.published OR old.source_id IS NOT new.source_id BEGIN
        UPDATE quote_facts SET day = coalesce(substr(new.published, 1, 10), '~'),
            source_id = coalesce(new.source_id, 0)
        WHERE quotation_id IN (SELECT id FROM quotations WHERE article_id = new.id);
    END""",
    "quote_counts_insert": f"AFTER INSERT ON quote_facts BEGIN {_sqlite_counts('new', 1)} END",
    "quote_counts_delete": f"AFTER DELETE ON quote_facts BEGIN {_sqlite_counts('old', -1)} END",
    "quote_counts_update": (
        f"AFTER UPDATE ON quote_facts BEGIN {_sqlite_counts('old', -1)} "
        f"{_sqlite_counts('new', 1)} END"
    ),
}


def _add(rows: str) -> str:
    """PostgreSQL: add the facts of the transition table ``rows`` to the rollups."""
    out = []
    for table, (columns, values) in TABLES.items():
        key = ", ".join(columns)
        pairs = zip(columns, values, strict=True)
        value = ", ".join(f"{v.format(r=rows)} AS {c}" for c, v in pairs)
        out.append(
            f"INSERT INTO {table}({key}, n) SELECT {key}, count(*) FROM (SELECT {value} "
            f"FROM {rows}) f GROUP BY {key} "
            f"ON CONFLICT({key}) DO UPDATE SET n = {table}.n + excluded.n;"
        )
    return " ".join(out)


def _subtract(rows: str) -> str:
    """PostgreSQL: take the facts of the transition table ``rows`` from the rollups."""
    out = []
    for table, (columns, values) in TABLES.items():
        key = ", ".join(columns)
        pairs = zip(columns, values, strict=True)
        value = ", ".join(f"{v.format(r=rows)} AS {c}" for c, v in pairs)
        same = " AND ".join(f"c.{k} = d.{k}" for k in columns)
        out.append(
            f"UPDATE {table} c SET n = c.n - d.k FROM (SELECT {key}, count(*) AS k FROM "
            f"(SELECT {value} FROM {rows}) f GROUP BY {key}) d WHERE {same};"
        )
    return " ".join(out)


_CHANGED_QUOTATIONS = (
    "SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE "
    "(o.type, o.medium, o.speaker_entity_id, o.article_id) IS DISTINCT FROM "
    "(n.type, n.medium, n.speaker_entity_id, n.article_id)"
)
_OLD_NEW = "OLD TABLE AS old_rows NEW TABLE AS new_rows"
POSTGRES_FUNCTIONS = {  # name: (table, event, transition tables, body)
    "zitate_facts_insert": (
        "quotations", "INSERT", "NEW TABLE AS new_rows",
        INSERT_FACT.format(q="n", src="new_rows n") + ";",
    ),
    "zitate_facts_delete": (
        "quotations", "DELETE", "OLD TABLE AS old_rows",
        "DELETE FROM quote_facts f USING old_rows o WHERE f.quotation_id = o.id;",
    ),
    "zitate_facts_update": (
        "quotations", "UPDATE", _OLD_NEW,
        f"DELETE FROM quote_facts f USING ({_CHANGED_QUOTATIONS}) c WHERE f.quotation_id = c.id;"
        + INSERT_FACT.format(q="n", src=f"({_CHANGED_QUOTATIONS}) n") + ";",
    ),
    "zitate_facts_entity": (
        "entities", "UPDATE", _OLD_NEW,
        "UPDATE quote_facts f SET canonical_id = coalesce(n.canonical_id, 0), "
        + ", ".join(f"{k} = coalesce(c.{k}, '')" for k in ATTRS)
        + " FROM new_rows n JOIN old_rows o ON o.id = n.id "
        "LEFT JOIN canonical_entities c ON c.id = n.canonical_id "
        "JOIN quotations q ON q.speaker_entity_id = n.id "
        "WHERE o.canonical_id IS DISTINCT FROM n.canonical_id AND f.quotation_id = q.id;",
    ),
    "zitate_facts_profile": (
        "canonical_entities", "UPDATE", _OLD_NEW,
        "UPDATE quote_facts f SET " + ", ".join(f"{k} = coalesce(n.{k}, '')" for k in ATTRS)
        + " FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE "
        f"({', '.join(f'o.{k}' for k in ATTRS)}) IS DISTINCT FROM "
        f"({', '.join(f'n.{k}' for k in ATTRS)}) AND f.canonical_id = n.id;",
    ),
    "zitate_facts_article": (
        "articles", "UPDATE", _OLD_NEW,
        "UPDATE quote_facts f SET day = coalesce(substr(n.published, 1, 10), '~'), "
        "source_id = coalesce(n.source_id, 0) "
        "FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN quotations q ON q.article_id = n.id "
        "WHERE (o.published, o.source_id) IS DISTINCT FROM (n.published, n.source_id) "
        "AND f.quotation_id = q.id;",
    ),
    "zitate_counts_insert": ("quote_facts", "INSERT", "NEW TABLE AS new_rows", _add("new_rows")),
    "zitate_counts_delete": (
        "quote_facts", "DELETE", "OLD TABLE AS old_rows", _subtract("old_rows")
    ),
    "zitate_counts_update": (
        "quote_facts", "UPDATE", _OLD_NEW, _subtract("old_rows") + " " + _add("new_rows")
    ),
}  # fmt: skip


def _postgres_create() -> None:
    for name, (table, event, transitions, body) in POSTGRES_FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
            "RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transitions} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )


_COLUMNS = {
    "source_id": sa.Column("source_id", sa.Integer(), autoincrement=False, nullable=False),
    "month": sa.Column("month", sa.String(length=11), nullable=False),
    "kind": sa.Column("kind", sa.String(length=16), nullable=False),
    "gender": sa.Column("gender", sa.String(length=8), nullable=False),
    "category": sa.Column("category", sa.String(length=24), nullable=False),
    "party": sa.Column("party", sa.String(length=32), nullable=False),
    "type": sa.Column("type", sa.String(length=32), nullable=False),
    "medium": sa.Column("medium", sa.String(length=16), nullable=False),
}


def _copy(name: str) -> sa.Column:
    return _COLUMNS[name]._copy()


def upgrade() -> None:
    """Create the four tables and their triggers; count the quotations already stored."""
    op.create_table(
        "quote_facts",
        sa.Column("quotation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        *(_copy(c) for c in (*ATTRS, "type", "medium")),
        sa.PrimaryKeyConstraint("quotation_id"),
    )
    op.create_index("ix_quote_facts_canonical_id", "quote_facts", ["canonical_id"])
    for table, (columns, _values) in TABLES.items():
        op.create_table(
            table,
            *(_copy(c) for c in columns),
            sa.Column("n", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(*columns),
        )
    if op.get_bind().dialect.name == "sqlite":
        for name, body in SQLITE.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        _postgres_create()
    op.execute(INSERT_FACT.format(q="q", src="quotations q"))


def downgrade() -> None:
    """Drop the triggers and the four tables."""
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (table, *_rest) in POSTGRES_FUNCTIONS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table in TABLES:
        op.drop_table(table)
    op.drop_index("ix_quote_facts_canonical_id", table_name="quote_facts")
    op.drop_table("quote_facts")
