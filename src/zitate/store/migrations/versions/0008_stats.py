"""Pre-aggregated statistics: ``quote_facts`` (the statistics' keys of each quotation) and
``quote_counts`` (how many quotations share each key), kept by database triggers.

A quotation's key is the publication day of its article (``substr(published, 1, 10)``; ``~``
when undated), the article's source id, the canonical entity of its speaker (``0``: none), its
type and its medium (``''``: none). Triggers keep ``quote_facts`` in step with every write that
changes a key — quotations inserted, deleted or updated (ingest, ``zitate load``, re-ingest, the
bulk ``COPY`` of ``zitate.store.bulk``), articles given another date or source, document entities
linked to another canonical entity (the linker, ``zitate entities merge/split``) — and triggers
on ``quote_facts`` keep ``quote_counts``. Gender, category, party and kind stay on the canonical
entity, so ``zitate entities set`` changes no count. ``zitate.store.counts`` reads them.

SQLite: row triggers (``INSERT … ON CONFLICT DO UPDATE``); PostgreSQL: statement triggers with
transition tables, so a bulk insert of a million quotations aggregates in one statement. Rows of
``quote_counts`` whose ``n`` fell to 0 are deleted in SQLite, kept (and skipped when read) in
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

KEY = "day, source_id, canonical_id, type, medium"
FACT = (  # the fact of quotation ``q`` (a row alias or a trigger's ``new``)
    "{q}.id, coalesce(substr(a.published, 1, 10), '~'), coalesce(a.source_id, 0), "
    "coalesce((SELECT e.canonical_id FROM entities e WHERE e.id = {q}.speaker_entity_id), 0), "
    "{q}.type, coalesce({q}.medium, '')"
)
INSERT_FACT = (
    f"INSERT INTO quote_facts(quotation_id, {KEY}) SELECT {FACT} "
    "FROM {src} JOIN articles a ON a.id = {q}.article_id"
)
SAME_KEY = " AND ".join(f"{k} = {{o}}.{k}" for k in KEY.split(", "))

SQLITE = (
    f"""CREATE TRIGGER quote_facts_insert AFTER INSERT ON quotations BEGIN
        {INSERT_FACT.format(q="new", src="(SELECT 1)")};
    END""",
    """CREATE TRIGGER quote_facts_delete AFTER DELETE ON quotations BEGIN
        DELETE FROM quote_facts WHERE quotation_id = old.id;
    END""",
    f"""CREATE TRIGGER quote_facts_update
        AFTER UPDATE OF type, medium, speaker_entity_id, article_id ON quotations BEGIN
        DELETE FROM quote_facts WHERE quotation_id = old.id;
        {INSERT_FACT.format(q="new", src="(SELECT 1)")};
    END""",
    """CREATE TRIGGER quote_facts_entity AFTER UPDATE OF canonical_id ON entities
        WHEN old.canonical_id IS NOT new.canonical_id BEGIN
        UPDATE quote_facts SET canonical_id = coalesce(new.canonical_id, 0)
        WHERE quotation_id IN (SELECT id FROM quotations WHERE speaker_entity_id = new.id);
    END""",
    """CREATE TRIGGER quote_facts_article AFTER UPDATE OF published, source_id ON articles
        WHEN old.published IS NOT new.published OR old.source_id IS NOT new.source_id BEGIN
        UPDATE quote_facts SET day = coalesce(substr(new.published, 1, 10), '~'),
            source_id = coalesce(new.source_id, 0)
        WHERE quotation_id IN (SELECT id FROM quotations WHERE article_id = new.id);
    END""",
    f"""CREATE TRIGGER quote_counts_insert AFTER INSERT ON quote_facts BEGIN
        INSERT INTO quote_counts({KEY}, n)
        VALUES (new.day, new.source_id, new.canonical_id, new.type, new.medium, 1)
        ON CONFLICT({KEY}) DO UPDATE SET n = n + 1;
    END""",
    f"""CREATE TRIGGER quote_counts_delete AFTER DELETE ON quote_facts BEGIN
        UPDATE quote_counts SET n = n - 1 WHERE {SAME_KEY.format(o="old")};
        DELETE FROM quote_counts WHERE n <= 0 AND {SAME_KEY.format(o="old")};
    END""",
    f"""CREATE TRIGGER quote_counts_update AFTER UPDATE ON quote_facts BEGIN
        UPDATE quote_counts SET n = n - 1 WHERE {SAME_KEY.format(o="old")};
        DELETE FROM quote_counts WHERE n <= 0 AND {SAME_KEY.format(o="old")};
        INSERT INTO quote_counts({KEY}, n)
        VALUES (new.day, new.source_id, new.canonical_id, new.type, new.medium, 1)
        ON CONFLICT({KEY}) DO UPDATE SET n = n + 1;
    END""",
)
SQLITE_DROP = tuple(
    f"DROP TRIGGER IF EXISTS {name}"
    for name in ("quote_facts_insert", "quote_facts_delete", "quote_facts_update",
                 "quote_facts_entity", "quote_facts_article", "quote_counts_insert",
                 "quote_counts_delete", "quote_counts_update")  # fmt: skip
)

_ADD = (  # add the facts of the transition table ``rows`` to the counts
    f"INSERT INTO quote_counts({KEY}, n) SELECT {KEY}, count(*) FROM {{rows}} GROUP BY {KEY} "
    f"ON CONFLICT({KEY}) DO UPDATE SET n = quote_counts.n + excluded.n"
)
_SUBTRACT = (
    f"UPDATE quote_counts c SET n = c.n - d.k FROM (SELECT {KEY}, count(*) AS k FROM {{rows}} "
    f"GROUP BY {KEY}) d WHERE " + " AND ".join(f"c.{k} = d.{k}" for k in KEY.split(", "))
)
_CHANGED_QUOTATIONS = (
    "SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE "
    "(o.type, o.medium, o.speaker_entity_id, o.article_id) IS DISTINCT FROM "
    "(n.type, n.medium, n.speaker_entity_id, n.article_id)"
)
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
        "quotations", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"DELETE FROM quote_facts f USING ({_CHANGED_QUOTATIONS}) c WHERE f.quotation_id = c.id;"
        + INSERT_FACT.format(q="n", src=f"({_CHANGED_QUOTATIONS}) n") + ";",
    ),
    "zitate_facts_entity": (
        "entities", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "UPDATE quote_facts f SET canonical_id = coalesce(n.canonical_id, 0) "
        "FROM new_rows n JOIN old_rows o ON o.id = n.id "
        "JOIN quotations q ON q.speaker_entity_id = n.id "
        "WHERE o.canonical_id IS DISTINCT FROM n.canonical_id AND f.quotation_id = q.id;",
    ),
    "zitate_facts_article": (
        "articles", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "UPDATE quote_facts f SET day = coalesce(substr(n.published, 1, 10), '~'), "
        "source_id = coalesce(n.source_id, 0) "
        "FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN quotations q ON q.article_id = n.id "
        "WHERE (o.published, o.source_id) IS DISTINCT FROM (n.published, n.source_id) "
        "AND f.quotation_id = q.id;",
    ),
    "zitate_counts_insert": (
        "quote_facts", "INSERT", "NEW TABLE AS new_rows", _ADD.format(rows="new_rows") + ";"
    ),
    "zitate_counts_delete": (
        "quote_facts", "DELETE", "OLD TABLE AS old_rows",
        _SUBTRACT.format(rows="old_rows") + ";",
    ),
    "zitate_counts_update": (
        "quote_facts", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _SUBTRACT.format(rows="old_rows") + ";" + _ADD.format(rows="new_rows") + ";",
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


def upgrade() -> None:
    """Create the two tables and their triggers; count the quotations already stored."""
    op.create_table(
        "quote_facts",
        sa.Column("quotation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("medium", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("quotation_id"),
    )
    op.create_table(
        "quote_counts",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("source_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("canonical_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("medium", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "source_id", "canonical_id", "type", "medium"
        ),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE:
            op.execute(statement)
    else:
        _postgres_create()
    op.execute(INSERT_FACT.format(q="q", src="quotations q"))


def downgrade() -> None:
    """Drop the triggers and the two tables."""
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
    else:
        for name, (table, *_rest) in POSTGRES_FUNCTIONS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("quote_counts")
    op.drop_table("quote_facts")
