"""Speaker profiles: gender, category and party of each canonical entity (with the evidence and
the dated roles and parties in ``profile``), and the document-level evidence of each entity of an
article (``entities.profile``) that they are aggregated from.

Existing rows get their profiles from ``zitate entities profile`` (the evidence needs the Python
lexicons, which a migration should not import); until then the columns stay NULL.

Revision ID: 0005_profiles
Revises: 0004 (depends on 0002, which creates the canonical entities)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005_profiles"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = "0002"


COLUMNS = {
    "canonical_entities": (
        ("gender", sa.String(length=8)),
        ("category", sa.String(length=24)),
        ("party", sa.String(length=32)),
        ("profile", sa.JSON()),
    ),
    "entities": (("profile", sa.JSON()),),
}


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD/DROP COLUMN, no batch rebuild: rebuilding ``entities`` on SQLite would cascade
    # into its mentions and aliases (see 0002).
    for table, columns in COLUMNS.items():
        for name, type_ in columns:
            op.add_column(table, sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, columns in COLUMNS.items():
        for name, _ in columns:
            if sqlite:
                op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
            else:
                op.drop_column(table, name)
