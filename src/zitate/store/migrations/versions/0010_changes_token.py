"""The change counter's database token: ``db_changes.token``, a random value chosen when the
database is created (or migrated to this revision), so that a counter value names one state of
one database. A database deleted and created again under the same URL starts its counter at 0
again; with the token, a server process that cached answers of the old database never serves
them for the new one (``zitate.store.changes``, ``zitate.api.cache``).

Revision ID: 0010_changes_token
Revises: 0009_changes
Create Date: 2026-12-04
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010_changes_token"
down_revision: str | Sequence[str] | None = "0009_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("db_changes", sa.Column("token", sa.String(32), nullable=True))
    update = sa.text("UPDATE db_changes SET token = :token WHERE id = 1")
    op.get_bind().execute(update, {"token": uuid.uuid4().hex})


def downgrade() -> None:
    """Downgrade schema."""
    # a plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch rebuild would drop the table
    # the triggers of 0009_changes name, which SQLite refuses
    op.drop_column("db_changes", "token")
