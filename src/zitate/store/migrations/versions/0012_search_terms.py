"""One page of a frequent word's hits without reading all of them (PostgreSQL).

PostgreSQL: ``quote_terms(term, quotation_id)``, one row per lexeme of a quotation's German
``tsvector`` (``tsvector_to_array(quotations.search_vector)``, migration ``0003``), primary key
``(term, quotation_id)``. A plain one-word query (one lexeme) lists its hits most recently stored
first by walking that key backwards and stops after the page (``zitate.store.search``), and
counts them up to a bound the same way — where the GIN index of ``0003`` yields the hits in no
order, so the newest 20 of 300,000 meant reading the 300,000 rows or the primary key of
quotations filtered row by row. The rows are the same: a quotation's vector holds the lexeme
exactly when ``search_vector @@ 'lexeme'`` is true. Kept by statement triggers on quotations
(insert, delete, a changed text: the generated vector changes with it), never written by
zitate's code; not mapped by the ORM models (``SEARCH_OBJECTS``).

SQLite: nothing — the FTS5 index of ``0007`` already yields its matches by rowid.

Revision ID: 0012_search_terms
Revises: 0011_stats_text
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012_search_terms"
down_revision: str | Sequence[str] | None = "0011_stats_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _terms(rows: str) -> str:
    """(term, quotation_id) of every lexeme of the quotations ``rows`` (aliased ``r``)."""
    return f"SELECT unnest(tsvector_to_array(r.search_vector)) AS term, r.id FROM {rows}"


_INSERT = f"INSERT INTO quote_terms(term, quotation_id) {_terms('new_rows r')};"
_DELETE = "DELETE FROM quote_terms t USING ({}) x WHERE t.term = x.term AND t.quotation_id = x.id;"
_CHANGED = (  # the old or the new side of quotations whose vector changed
    "(SELECT {side}.* FROM new_rows n JOIN old_rows o ON o.id = n.id "
    "WHERE o.search_vector IS DISTINCT FROM n.search_vector) r"
)
FUNCTIONS = {
    "zitate_terms_insert": ("INSERT", "NEW TABLE AS new_rows", _INSERT),
    "zitate_terms_delete": ("DELETE", "OLD TABLE AS old_rows",
                            _DELETE.format(_terms("old_rows r"))),
    "zitate_terms_update": (
        "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _DELETE.format(_terms(_CHANGED.format(side="o")))
        + f" INSERT INTO quote_terms(term, quotation_id) {_terms(_CHANGED.format(side='n'))};",
    ),
}  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE quote_terms (term text NOT NULL, quotation_id integer NOT NULL)")
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(f"INSERT INTO quote_terms(term, quotation_id) {_terms('quotations r')}")
    op.execute(
        "ALTER TABLE quote_terms ADD CONSTRAINT pk_quote_terms PRIMARY KEY (term, quotation_id)"
    )
    for name, (event, transitions, body) in FUNCTIONS.items():
        op.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"{body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON quotations REFERENCING {transitions} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    op.execute("ANALYZE quote_terms")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in FUNCTIONS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON quotations")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute("DROP TABLE IF EXISTS quote_terms")
