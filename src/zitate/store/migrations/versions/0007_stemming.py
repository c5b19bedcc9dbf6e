"""German stemming for SQLite's full-text search: the FTS5 index holds Snowball stems.

Migration ``0003`` indexed the quotation text as it is (FTS5 has no German stemmer), so
„Regierung“ did not find „Regierungen“ in SQLite while PostgreSQL's ``german`` configuration
did. Here ``quotations_fts`` becomes a contentless FTS5 table of ``zitate_stem(text)`` — the
words' Snowball German stems (``zitate.store.stemming``, the algorithm of PostgreSQL's
``german_stem``) — kept in step by the same three triggers, and filled from the existing rows.
``zitate_stem`` is a Python SQL function that every SQLite connection of ``zitate.store.db`` has:
a connection without it (the ``sqlite3`` shell) can read the database but not change quotations.
PostgreSQL is left as it is (its generated ``tsvector`` already stems). Downgrade: the unstemmed
external-content index of ``0003``.

It merges the branches of ``0003`` (the index it replaces) and ``0004``: a ``depends_on`` of
``0003`` would leave ``0003`` a head that ``alembic_version`` never lists.

Revision ID: 0007
Revises: 0003, 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = ("0003", "0004")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROP = (
    "DROP TRIGGER IF EXISTS quotations_fts_update",
    "DROP TRIGGER IF EXISTS quotations_fts_delete",
    "DROP TRIGGER IF EXISTS quotations_fts_insert",
    "DROP TABLE IF EXISTS quotations_fts",
)
STEMMED = (
    """CREATE VIRTUAL TABLE quotations_fts USING fts5(
        text, content='', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotations_fts_insert AFTER INSERT ON quotations BEGIN
        INSERT INTO quotations_fts(rowid, text) VALUES (new.id, zitate_stem(new.text));
    END""",
    """CREATE TRIGGER quotations_fts_delete AFTER DELETE ON quotations BEGIN
        INSERT INTO quotations_fts(quotations_fts, rowid, text)
        VALUES ('delete', old.id, zitate_stem(old.text));
    END""",
    """CREATE TRIGGER quotations_fts_update AFTER UPDATE OF id, text ON quotations BEGIN
        INSERT INTO quotations_fts(quotations_fts, rowid, text)
        VALUES ('delete', old.id, zitate_stem(old.text));
        INSERT INTO quotations_fts(rowid, text) VALUES (new.id, zitate_stem(new.text));
    END""",
    "INSERT INTO quotations_fts(rowid, text) SELECT id, zitate_stem(text) FROM quotations",
)
UNSTEMMED = (  # as migration 0003 made it
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


def _ensure_function() -> None:
    """``zitate_stem`` on this connection, also when Alembic runs outside ``zitate.store.db``."""
    from zitate.store.stemming import register_sqlite

    register_sqlite(op.get_bind().connection.driver_connection)


def upgrade() -> None:
    """SQLite: replace the unstemmed index by the stemmed one and fill it."""
    if op.get_bind().dialect.name != "sqlite":
        return
    _ensure_function()
    for statement in DROP + STEMMED:
        op.execute(statement)


def downgrade() -> None:
    """SQLite: back to the unstemmed external-content index of ``0003``."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROP + UNSTEMMED:
        op.execute(statement)
