"""Batch stage, beside the data flow: running ingest → nlp → quotes → resolve → store over many
articles, in one process or with worker processes (``zitate.batch.workers``)."""
