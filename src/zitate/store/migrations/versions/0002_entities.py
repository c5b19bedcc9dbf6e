"""Cross-article entities: canonical entities, their dated aliases, the link from each document
entity (``entities.canonical_id``) and the log of user corrections (merge, split, rename) that the
linker replays.

Existing rows are linked by ``zitate entities relink`` (the linker needs the Python name rules,
which a migration should not import); until then ``canonical_id`` stays NULL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "canonical_entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_canonical_entities_kind", "canonical_entities", ["kind"])
    op.create_table(
        "canonical_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=8), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("short", sa.String(length=255), nullable=True),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["canonical_id"], ["canonical_entities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("canonical_id", "type", "key"),
    )
    op.create_index("ix_canonical_aliases_canonical_id", "canonical_aliases", ["canonical_id"])
    op.create_index("ix_canonical_aliases_key", "canonical_aliases", ["key"])
    op.create_index("ix_canonical_aliases_short", "canonical_aliases", ["short"])
    op.create_table(
        "entity_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # SQLite adds a foreign key to an existing table only inline in ADD COLUMN (a batch rebuild
    # of ``entities`` would drop the table and cascade into mentions and aliases), and SQLAlchemy
    # reflects no ON DELETE of an inline reference: the key has none, and the linker clears
    # ``canonical_id`` itself before it deletes a canonical entity.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE entities ADD COLUMN canonical_id INTEGER"
            " REFERENCES canonical_entities (id)"
        )
    else:
        op.add_column("entities", sa.Column("canonical_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_entities_canonical_id", "entities", "canonical_entities", ["canonical_id"], ["id"]
        )
    op.create_index("ix_entities_canonical_id", "entities", ["canonical_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_entities_canonical_id", table_name="entities")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE entities DROP COLUMN canonical_id")
    else:
        op.drop_constraint("fk_entities_canonical_id", "entities", type_="foreignkey")
        op.drop_column("entities", "canonical_id")
    op.drop_table("entity_corrections")
    op.drop_index("ix_canonical_aliases_short", table_name="canonical_aliases")
    op.drop_index("ix_canonical_aliases_key", table_name="canonical_aliases")
    op.drop_index("ix_canonical_aliases_canonical_id", table_name="canonical_aliases")
    op.drop_table("canonical_aliases")
    op.drop_index("ix_canonical_entities_kind", table_name="canonical_entities")
    op.drop_table("canonical_entities")
