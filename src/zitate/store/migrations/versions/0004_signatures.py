"""Near-duplicates across ingest runs: the MinHash signature of each original article and its LSH
band keys, indexed so that finding the stored originals of a new article is one query.

Articles stored before this revision have no signature (computing one needs the Python shingling
of ``zitate.ingest.dedup``, which a migration should not import): they are not found as originals
until they are stored again.

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "signature_bands",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article_signatures.article_id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", "article_id"),
    )
    op.create_index("ix_signature_bands_article_id", "signature_bands", ["article_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_signature_bands_article_id", table_name="signature_bands")
    op.drop_table("signature_bands")
    op.drop_table("article_signatures")
