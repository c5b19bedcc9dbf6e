"""Alembic environment of zitate's schema: runs on the connection ``zitate.store.db.upgrade``
passes in ``config.attributes["connection"]``, or on ``sqlalchemy.url`` when Alembic's own command
line is used (``alembic -x`` is not needed: set ``sqlalchemy.url`` in a private ini file).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from zitate.store.models import Base
from zitate.store.search import include_object

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        run_on(conn)


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
