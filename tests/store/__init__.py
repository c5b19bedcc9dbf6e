"""Tests of zitate.store and `zitate ingest`, run against SQLite and PostgreSQL."""
