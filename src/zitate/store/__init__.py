"""Storage stage: extraction records -> a SQL database (SQLite by default, PostgreSQL by URL).

``open_db(url)`` connects and migrates (``db``), the tables are in ``models``, row-level reads and
writes in ``crud`` (no commits inside) and the batch ingest with one transaction per article in
``ingest``; cross-article entities are listed and corrected in ``entities``, and who is quoted
how often is asked in ``speakers``; ``changes`` reads the change counter that database triggers
raise with every write (the API's read cache is keyed by it).
"""

from .db import DEFAULT_URL, open_db, session_factory

__all__ = ["DEFAULT_URL", "open_db", "session_factory"]
