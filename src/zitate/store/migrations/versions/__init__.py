"""Revisions of the zitate schema, oldest first (``alembic upgrade head`` runs them)."""
