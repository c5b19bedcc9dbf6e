"""Storage stage, the change counter: ``change_number(session)`` — a number that is the same as
long as nothing was written to the tables the read answers come from, and larger after any
write (ingest, re-ingest, ``zitate load``, entity commands, deletions), by any process.

Input: a session of a database migrated to ``0009_changes``. Output: ``db_changes.n``, kept by
database triggers in the writers' own transactions. Read it *before* the data it keys: an
answer computed afterwards is at least as new as the number (``zitate.api.cache``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Changes


def change_number(session: Session) -> int:
    """The database's change counter (0 for a database nothing was written to)."""
    return session.scalar(select(Changes.n).where(Changes.id == 1)) or 0
