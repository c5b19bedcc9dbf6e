"""Spark stage: the analysis of ``zitate ingest`` as a PySpark job, for corpora of millions of
articles (``zitate spark run``), on a laptop (``local[*]``) or a cluster.

Input: files, folders, Hadoop filesystem URLs, Parquet. Output: Parquet datasets ``articles/``,
``quotations/``, ``entities/``, ``mentions/``, ``errors/`` partitioned by publication month
(``zitate.spark.tables``), entities linked across the corpus (``zitate.spark.linking``), which
``zitate load`` (``zitate.spark.load``) stores in a database.
pyspark is an optional dependency (``pip install 'zitate[spark]'``); nothing here imports it at
module level.
"""
