"""A change counter: ``db_changes`` holds one row whose ``n`` grows with every write to the
tables the API's read answers come from (articles, quotations, entities, mentions, aliases,
relations, sources, canonical entities and aliases), kept by database triggers — so that every
writer (ingest, ``zitate load``'s bulk ``COPY``, the entity commands, another server process)
bumps it in the same transaction as its rows, and a reader that sees the counter unchanged
knows its cached answer is still right (``zitate.store.changes``).

SQLite: a row trigger per table and operation; PostgreSQL: one statement trigger per table
(a bulk insert bumps it once). A later migration that rebuilds one of these tables in SQLite
(``batch_alter_table``) must create its triggers again.

Revision ID: 0009_changes
Revises: 0008_stats
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009_changes"
down_revision: str | Sequence[str] | None = "0008_stats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "articles", "quotations", "entities", "mentions", "aliases", "relations", "sources",
    "canonical_entities", "canonical_aliases",
)  # fmt: skip
OPERATIONS = ("insert", "update", "delete")
BUMP = "UPDATE db_changes SET n = n + 1 WHERE id = 1"


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "db_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO db_changes (id, n) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION zitate_bump_changes() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {BUMP}; RETURN NULL; END $$"
        )
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_changes AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION zitate_bump_changes()"
            )
        return
    for table in TABLES:
        for operation in OPERATIONS:
            op.execute(
                f"CREATE TRIGGER {table}_changes_{operation} AFTER {operation.upper()} ON {table} "
                f"BEGIN {BUMP}; END"
            )


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changes ON {table}")
        op.execute("DROP FUNCTION IF EXISTS zitate_bump_changes()")
    else:
        for table in TABLES:
            for operation in OPERATIONS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_changes_{operation}")
    op.drop_table("db_changes")
