"""Storage stage, the change stamp: ``change_stamp(session)`` — ``(token, n)``, the same as long
as nothing was written to the tables the read answers come from, and different after any write
(ingest, re-ingest, ``zitate load``, entity commands, deletions), by any process, and for any
other database, also one deleted and created again under the same URL.

Input: a session of a database migrated to ``0010_changes_token``. Output: ``db_changes.n``, kept
by database triggers in the writers' own transactions (``0009_changes``), and
``db_changes.token``, a random value chosen when the database was created: ``n`` alone starts at
0 again in a new database, so only the pair names one state of one database. Read it *before*
the data it keys: an answer computed afterwards is at least as new as the stamp
(``zitate.api.cache``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Changes

Stamp = tuple[str, int]


def change_stamp(session: Session) -> Stamp:
    """The database's token and change counter (``("", 0)`` without the row)."""
    row = session.execute(select(Changes.token, Changes.n).where(Changes.id == 1)).first()
    if row is None:
        return "", 0
    return row.token or "", row.n or 0


def change_number(session: Session) -> int:
    """The database's change counter (0 for a database nothing was written to)."""
    return change_stamp(session)[1]
