"""Storage stage, connection: a database URL -> an ``Engine`` with the newest schema.

``sqlite:///zitate.db`` (the embedded default) or ``postgresql://user@host/db`` (driven by psycopg
3). A bare path is taken as a SQLite file. SQLite connections enforce foreign keys and use the
write-ahead log, so a reader never blocks the ingest and a killed writer leaves no half transaction
behind, and have the SQL function ``zitate_stem`` of the search index (``stemming``); a writer waits
up to 30 s for another's lock (busy timeout). A server sizes the connection pool to its threads
(``pool_size``). ``open_db`` runs ``alembic upgrade head`` with a programmatic Alembic config (no
``alembic.ini``; the migrations ship inside the package), under an advisory lock on PostgreSQL so
that two processes opening the same database do not race.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import Errors, ZitateError
from .stemming import register_sqlite

DEFAULT_URL = "sqlite:///zitate.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000  # a SQLite writer waits this long for another's lock
_LOCK_KEY = 0x7A17A7E  # pg_advisory_xact_lock key of zitate's migrations


def parse_url(url: str | None) -> URL:
    """``--db`` value -> SQLAlchemy URL: ``postgresql://`` uses psycopg 3, a path means SQLite."""
    url = url or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ZitateError(Errors.E303, url=url.split("@")[-1]) from None
    if parsed.drivername in ("postgres", "postgresql", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise ZitateError(Errors.E303, url=parsed.render_as_string(hide_password=True))
    return parsed


def make_engine(
    url: str | None = None, pool_size: int | None = None, pool_timeout: float = 30.0
) -> Engine:
    """An ``Engine`` for ``url`` (default ``sqlite:///zitate.db``), SQLite pragmas set.

    ``pool_size``: connections kept open (a server: as many as threads may use the database at
    once, so that no request waits for a connection); None: SQLAlchemy's default (5 + 10
    overflow). A request waits ``pool_timeout`` seconds for a connection at most."""
    parsed = parse_url(url)
    pool = {} if pool_size is None else {"pool_size": pool_size, "max_overflow": pool_size // 4}
    memory = parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")
    if pool and not memory:
        pool["pool_timeout"] = pool_timeout
    else:
        pool = {}
    if parsed.get_backend_name() == "sqlite":
        timeout = BUSY_TIMEOUT_MS / 1000
        engine = create_engine(parsed, connect_args={"timeout": timeout}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True, **pool)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    register_sqlite(dbapi_conn)  # zitate_stem(), called by the search index's triggers
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema up to ``revision`` (Alembic ``upgrade``); ``heads`` takes every branch."""
    _migrate(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema down to ``revision``; ``base`` drops every table of zitate."""
    _migrate(engine, "downgrade", revision)


def _migrate(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            config.attributes["connection"] = conn
            getattr(command, direction)(config, revision)
    except SQLAlchemyError as err:
        raise ZitateError(Errors.E301, detail=_short(err)) from None


def open_db(
    url: str | None = None, pool_size: int | None = None, pool_timeout: float = 30.0
) -> Engine:
    """Connect to ``url``, migrate to the newest schema and return the engine (``pool_size``,
    ``pool_timeout``: see ``make_engine``).

    Raises ``ZitateError`` E300 when the database cannot be reached, E301 when migrating fails."""
    engine = make_engine(url, pool_size, pool_timeout)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as err:
        shown = engine.url.render_as_string(hide_password=True)
        engine.dispose()
        raise ZitateError(Errors.E300, url=shown, detail=_short(err)) from None
    upgrade(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded rows usable after commit (``expire_on_commit=False``)."""
    return sessionmaker(engine, expire_on_commit=False)


def _short(err: Exception) -> str:
    """The first line of a driver error, without SQLAlchemy's background link."""
    orig = getattr(err, "orig", None) or err
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
