"""Spark stage, session: a ``SparkSession`` for ``zitate spark run`` and its benchmark.

Input: a master URL (``local[2]``, ``yarn``, ``k8s://…``; none: the one ``spark-submit`` sets,
else ``local[*]``) and the number of partitions. Output: a session whose Python workers are
reused across tasks (``spark.python.worker.reuse``), so each loads the pipeline once, and whose
matrix products share the cores: OpenBLAS/OpenMP get ``cores // workers`` threads in every
worker (as ``zitate ingest --workers``), else each of N workers would start a thread per core.
Raises E501 when pyspark (or Java) is missing.
"""

from __future__ import annotations

import os
import re
import sys

from ..errors import Errors, ZitateError

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def require_pyspark():
    """The ``pyspark`` module, or E501 naming what is missing."""
    try:
        import pyspark
    except ImportError as err:
        raise ZitateError(Errors.E501, detail=str(err)) from None
    return pyspark


def local_cores(master: str) -> int | None:
    """Worker count of a ``local[N]`` / ``local[*]`` / ``local`` master, else None."""
    if master == "local":
        return 1
    found = re.fullmatch(r"local\[(\d+|\*)(?:,\d+)?\]", master)
    if not found:
        return None
    return os.cpu_count() or 1 if found.group(1) == "*" else int(found.group(1))


def start(master: str | None = None, partitions: int | None = None, app: str = "zitate"):
    """A new (or the running) ``SparkSession``; E501 without pyspark or Java."""
    require_pyspark()
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    conf = SparkConf()
    if master is None and not conf.contains("spark.master"):
        master = "local[*]"
    builder = SparkSession.builder.appName(app).config("spark.python.worker.reuse", "true")
    builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
        cores = local_cores(master)
        if cores is not None:
            # local mode: the workers are children of this interpreter's JVM; same Python
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            threads = str(max(1, (os.cpu_count() or 1) // cores))
            for name in BLAS_THREADS:
                os.environ.setdefault(name, threads)
    for name in BLAS_THREADS:
        builder = builder.config(f"spark.executorEnv.{name}", os.environ.get(name, "1"))
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # noqa: BLE001 - Java missing or not starting: one line for the user
        raise ZitateError(Errors.E501, detail=str(err).strip().splitlines()[0]) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark
