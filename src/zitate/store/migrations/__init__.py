"""Alembic migrations of the zitate database (``env.py`` and ``versions/``)."""
