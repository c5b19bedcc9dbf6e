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


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("canonical_entities") as batch:
        batch.add_column(sa.Column("gender", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("category", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("party", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("profile", sa.JSON(), nullable=True))
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("profile", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("profile")
    with op.batch_alter_table("canonical_entities") as batch:
        batch.drop_column("profile")
        batch.drop_column("party")
        batch.drop_column("category")
        batch.drop_column("gender")
