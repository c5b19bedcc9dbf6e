"""Disputes across articles: a relation may target a quotation of another article
(``target_article_id``; null for one within its own article), carries the confidence of its
target, and each quotation that voices a denial, contradiction or confirmation keeps what the
disputes stage found (``dispute``: its type and the claim nouns it names), so the cross-article
step after storage can answer it later.

Rows stored before this revision keep null in the new columns: their quotations are no disputes
to the cross-article step until the article is stored again (``zitate ingest --reprocess``).

Revision ID: 0006_disputes
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006_disputes"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("target_article_id", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
        batch.create_foreign_key(
            "fk_relations_target_article_id_articles",
            "articles",
            ["target_article_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_index("ix_relations_target_article_id", "relations", ["target_article_id"])
    # a plain ADD COLUMN: no table copy, so the search triggers on quotations stay in place
    op.add_column("quotations", sa.Column("dispute", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("quotations", "dispute")
    op.drop_index("ix_relations_target_article_id", table_name="relations")
    with op.batch_alter_table("relations") as batch:
        batch.drop_constraint("fk_relations_target_article_id_articles", type_="foreignkey")
        batch.drop_column("confidence")
        batch.drop_column("target_article_id")
