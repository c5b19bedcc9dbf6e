"""Issue 5: the Alembic migrations create the schema, on SQLite and PostgreSQL; bad URLs and
unreachable servers are ``ZitateError``s, not tracebacks."""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from zitate.errors import ZitateError
from zitate.store.db import MIGRATIONS, downgrade, open_db, parse_url, upgrade

TABLES = {
    "sources",
    "articles",
    "quotations",
    "entities",
    "mentions",
    "aliases",
    "relations",
    "quote_facts",
    "quote_counts_outlet",
    "quote_counts_month",
    "quote_counts_type",
}


def head_revisions() -> set[str]:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    heads = set(script.get_heads())
    for revision in script.walk_revisions():  # a branch another depends on is applied under it
        heads -= set(revision._all_down_revisions)
    return heads


def test_migrations_create_the_schema(engine):
    names = set(inspect(engine).get_table_names())
    assert TABLES | {"alembic_version"} <= names
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
        assert set(versions) == head_revisions()  # every branch (0002, 0003, …) applied
    columns = {c["name"] for c in inspect(engine).get_columns("articles")}
    assert {"content_hash", "duplicate_of", "model_version", "ingested_at"} <= columns


def test_open_twice_and_downgrade_upgrade(db_url):
    open_db(db_url).dispose()
    engine = open_db(db_url)  # already at head: a no-op
    downgrade(engine)
    assert not TABLES & set(inspect(engine).get_table_names())
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_urls():
    assert parse_url(None).drivername == "sqlite"
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_url("some/file.db").database == "some/file.db"
    with pytest.raises(ZitateError) as err:
        parse_url("mysql://u:secret@h/db")
    assert err.value.code == "E303" and "secret" not in str(err.value)


def test_unreachable_server_is_a_zitate_error():
    with pytest.raises(ZitateError) as err:
        open_db("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
    assert err.value.code == "E300" and "pw" not in str(err.value)


@pytest.mark.parametrize("required", ["0", "1"])
def test_missing_postgres_skips_visibly_or_fails_when_required(required):
    """CI exports ZITATE_REQUIRE_POSTGRES=1: a missing server must fail the run there."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "ZITATE_TEST_POSTGRES_URL": "postgresql://nobody@127.0.0.1:1/none",
        "ZITATE_REQUIRE_POSTGRES": required,
    }
    test = f"{__file__}::test_migrations_create_the_schema"
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", test],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if required == "1":
        assert out.returncode == 1 and "requires it" in out.stdout, out.stdout
    else:
        assert out.returncode == 0 and "PostgreSQL not reachable" in out.stdout, out.stdout


def test_migrations_match_the_models(engine):
    """A model change without a migration fails here (Alembic's autogenerate finds a diff)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from zitate.store.models import Base
    from zitate.store.search import include_object  # the FTS5 table, the tsvector column

    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
