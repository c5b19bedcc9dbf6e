"""The statistics of a one-word query read two indexes, not the fact rows (PostgreSQL).

PostgreSQL: ``ix_quote_facts_keys``, a covering index of ``quote_facts`` — its key
``quotation_id`` with every counted key (day, source, kind, gender, category, party, type,
medium) included. ``zitate.store.counts`` counts a query of one plain word by the lexeme's rows
of ``quote_terms`` (migration ``0012``) joined to this index by quotation id, both read
index-only: ~70 bytes per hit in two narrow indexes instead of a fact row each (the rows hold
a copy of the ``tsvector`` of ``0011`` and are ~400 bytes wide: a word of 18,000 hits read 14,500
heap pages). The numbers are those of the text index: a quotation's lexemes are exactly the
rows of ``quote_terms``.

SQLite: nothing (its facts are found through the FTS5 index by rowid).

Revision ID: 0013_facts_keys
Revises: 0012_search_terms
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013_facts_keys"
down_revision: str | Sequence[str] | None = "0012_search_terms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = "day, source_id, kind, gender, category, party, type, medium"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(f"CREATE INDEX ix_quote_facts_keys ON quote_facts (quotation_id) INCLUDE ({KEYS})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_quote_facts_keys")
