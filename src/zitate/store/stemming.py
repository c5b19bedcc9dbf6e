"""Storage stage, stemming: German text -> the Snowball stems that SQLite's full-text index holds.

SQLite's FTS5 has no German stemmer, PostgreSQL's ``german`` text search configuration has the
Snowball one. So that „Regierung“ finds „Regierungen“ in both, the SQLite index (migration
``0007_stemming``) holds ``stem_text`` of each quotation — its words, lower-cased and reduced by the
same Snowball German algorithm (``zitate.nlp.stemming``, the helper every stage stems with) —
and ``zitate.store.search`` stems the query words the same way. The stemmer is
``snowballstemmer`` 2.2's pure-Python German one (never PyStemmer, which ``snowballstemmer`` would
otherwise prefer when installed): on the 5,000 most frequent words of the
Wikinews corpus its stems equal PostgreSQL's ``german_stem`` (Snowball 3.x's German differs on 3 %
of them: „Rakete“ -> „rak“). ``register_sqlite`` makes ``zitate_stem(text)`` a SQL function of a
SQLite connection (every engine of ``zitate.store.db`` has it), which the index's triggers call.
"""

from __future__ import annotations

from ..nlp.stemming import WORD, stem_text, stem_word

SQL_FUNCTION = "zitate_stem"
__all__ = ["SQL_FUNCTION", "WORD", "register_sqlite", "stem_text", "stem_word"]


def register_sqlite(dbapi_connection) -> None:
    """Make ``zitate_stem(text)`` a deterministic SQL function of a ``sqlite3`` connection."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, stem_text, deterministic=True)
