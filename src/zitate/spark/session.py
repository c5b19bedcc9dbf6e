"""Spark stage, session: a ``SparkSession`` for ``zitate spark run`` and its benchmark.

Input: a master URL (``local[2]``, ``yarn``, ``k8s://…``; none: the one ``spark-submit`` sets,
else ``local[*]``) and the number of partitions. Output: a session whose Python workers are
reused across tasks (``spark.python.worker.reuse``), so each loads the pipeline once, and whose
matrix products stay within the cores Spark gives a task: OpenBLAS/OpenMP get
``spark.task.cpus`` threads (default 1; read from spark-submit's ``--conf``; a value set
in the environment is kept) in every worker, so ``local[N]`` uses N cores and an executor no
more than its cores (else each of N workers would start a thread per core of the machine, and
``local[1]`` would use them all). Under spark-submit its ``--master`` holds.
The session starts the executors' Python daemons and workers before it returns (``warm_up``), so
loading the pipeline is start-up, not the first stage's work.
In local mode the JVM that this interpreter starts only moves rows between the Python workers
and Parquet, so it gets ``LOCAL_JVM_OPTIONS``: the client JIT compiler alone and the serial
garbage collector (on 200 articles its CPU fell from 59 to 27 s, beside 105 s of the workers',
time that otherwise competes with the workers for the same cores); options the user gives
(``spark.driver.extraJavaOptions`` or ``--driver-java-options``, also in spark-defaults.conf)
come after them on the JVM's command line (``spark.driver.defaultJavaOptions``) and win.
Raises E501 when pyspark (or Java) is missing.
"""

from __future__ import annotations

import os
import re
import sys

from ..errors import Errors, ZitateError
from . import daemon

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
JAVA_OPTIONS = "spark.driver.extraJavaOptions"
# Spark puts these before ``extraJavaOptions`` (where spark-defaults.conf's go): a user's wins
DEFAULT_JAVA_OPTIONS = "spark.driver.defaultJavaOptions"


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


def local_jvm_options(conf, environ) -> bool:
    """Whether a local session may set ``LOCAL_JVM_OPTIONS``: not when the user gave the JVM
    options of the driver (in ``conf`` or in ``PYSPARK_SUBMIT_ARGS``)."""
    submit = environ.get("PYSPARK_SUBMIT_ARGS", "")
    given = (JAVA_OPTIONS, DEFAULT_JAVA_OPTIONS)
    return not any(conf.contains(key) or key in submit for key in given) and (
        "--driver-java-options" not in submit
    )


def start(
    master: str | None = None,
    partitions: int | None = None,
    app: str = "zitate",
    model: str | None = None,
    warm: bool = True,
):
    """A new (or the running) ``SparkSession``; E501 without pyspark or Java. Its executors'
    Python daemon is ``zitate.spark.daemon``, which loads the pipeline (``model``, else the
    committed one) once and forks the workers from it; ``warm``: they are started now
    (``warm_up``), not in the job's first stage."""
    require_pyspark()
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    if "PYSPARK_GATEWAY_PORT" in os.environ:  # run by spark-submit: its JVM holds --master, --conf
        from pyspark import SparkContext

        SparkContext._ensure_initialized()
    conf = SparkConf()  # without a JVM (plain ``python``): empty, Spark's defaults apply
    if master is None and not conf.contains("spark.master"):
        master = "local[*]"
    builder = SparkSession.builder.appName(app).config("spark.python.worker.reuse", "true")
    builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    cores = None
    if master is not None:
        builder = builder.master(master)
        cores = local_cores(master)
        if cores is not None:
            # local mode: the workers are children of this interpreter's JVM; same Python
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            if local_jvm_options(conf, os.environ):
                builder = builder.config(DEFAULT_JAVA_OPTIONS, LOCAL_JVM_OPTIONS)
    threads = conf.get("spark.task.cpus", "1")
    for name in BLAS_THREADS:
        value = os.environ.get(name) or threads  # a value the user set is kept
        builder = builder.config(f"spark.executorEnv.{name}", value)
        if cores is not None:  # local mode: the workers inherit this interpreter's environment
            os.environ[name] = value
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    builder = builder.config("spark.python.daemon.module", daemon.MODULE)
    builder = builder.config(f"spark.executorEnv.{daemon.MODEL_ENV}", model or "")
    if cores is not None:
        os.environ[daemon.MODEL_ENV] = model or ""
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # noqa: BLE001 - Java missing or not starting: one line for the user
        raise ZitateError(Errors.E501, detail=str(err).strip().splitlines()[0]) from None
    spark.sparkContext.setLogLevel("ERROR")
    if warm:
        warm_up(spark)
    return spark


def warm_up(spark) -> None:
    """Start the executors' Python daemons and workers: one empty task per core. Each daemon
    loads and warms the pipeline (``zitate.spark.daemon``) before it forks its first worker,
    so this is start-up, done before the job's first stage (where it would otherwise sit
    serially, about 5 s, in every run) and counted with the session's start."""
    context = spark.sparkContext
    slots = max(1, context.defaultParallelism)
    context.parallelize(range(slots), slots).mapPartitions(_nothing).count()


def _nothing(items):
    return iter(())
