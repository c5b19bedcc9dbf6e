"""Full-text search over quotation text: SQLite FTS5, PostgreSQL tsvector with German stemming.

SQLite: ``quotations_fts``, an FTS5 external-content table over ``quotations.text`` (rowid =
``quotations.id``, so the text is stored once), kept in step by three triggers on ``quotations``
(insert, update of the text, delete — deletes by the article's ``ON DELETE CASCADE`` included),
and filled from the existing rows by FTS5's ``rebuild``. The ``unicode61`` tokenizer folds case
and diacritics (``Präsident`` = ``prasident``), as PostgreSQL's German configuration does.

PostgreSQL: ``quotations.search_vector``, a stored generated column ``to_tsvector('german',
text)`` (Snowball German stemming: „Waffenruhe“ and „Waffenruhen“ share a lexeme), with a GIN
index. Both dialects: an index on ``articles.published`` for the newest-first order.

The ORM models do not map these objects; ``zitate.store.search.SEARCH_OBJECTS`` names them so that
schema comparisons leave them out.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = (
    """CREATE VIRTUAL TABLE quotations_fts USING fts5(
        text, content='quotations', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotations_fts_insert AFTER INSERT ON quotations BEGIN
        INSERT INTO quotations_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotations_fts_delete AFTER DELETE ON quotations BEGIN
        INSERT INTO quotations_fts(quotations_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotations_fts_update AFTER UPDATE OF id, text ON quotations BEGIN
        INSERT INTO quotations_fts(quotations_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
        INSERT INTO quotations_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO quotations_fts(quotations_fts) VALUES ('rebuild')",
)
SQLITE_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS quotations_fts_update",
    "DROP TRIGGER IF EXISTS quotations_fts_delete",
    "DROP TRIGGER IF EXISTS quotations_fts_insert",
    "DROP TABLE IF EXISTS quotations_fts",
)
POSTGRESQL_UPGRADE = (
    """ALTER TABLE quotations ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('german'::regconfig, text)) STORED""",
    "CREATE INDEX ix_quotations_search_vector ON quotations USING gin (search_vector)",
)
POSTGRESQL_DOWNGRADE = (
    "DROP INDEX IF EXISTS ix_quotations_search_vector",
    "ALTER TABLE quotations DROP COLUMN IF EXISTS search_vector",
)


def upgrade() -> None:
    """Create the full-text index of the dialect and index the publication date."""
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": SQLITE_UPGRADE, "postgresql": POSTGRESQL_UPGRADE}.get(dialect, ())
    for statement in statements:
        op.execute(statement)
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    """Drop the full-text index and the publication-date index."""
    op.drop_index("ix_articles_published", table_name="articles")
    dialect = op.get_bind().dialect.name
    statements = {"sqlite": SQLITE_DOWNGRADE, "postgresql": POSTGRESQL_DOWNGRADE}.get(dialect, ())
    for statement in statements:
        op.execute(statement)
