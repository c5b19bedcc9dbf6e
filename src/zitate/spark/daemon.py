"""Spark stage, an executor's Python daemon: the analysis pipeline loaded once per executor.

Spark starts one Python daemon per executor (``spark.python.daemon.module``) and forks every
Python worker from it. This daemon loads the pipeline (``zitate.spark.job.analyser``, the model
named by ``MODEL_ENV``, empty: the committed one), imports the extraction stage and analyses one
short text (``zitate.spark.job.warm``) before it hands over to ``pyspark.daemon``, so the
workers it forks share the loaded, warmed pipeline (copy-on-write) instead of each loading its
own: one load per executor instead of one per core, and less memory. Takes: the environment Spark
gives the daemon. Gives: the daemon's protocol unchanged (its port on stdout; what loading
prints goes to stderr). A pipeline that fails to load here loads (and fails) in the worker as
before, where the job reports it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys

MODULE = "zitate.spark.daemon"
MODEL_ENV = "ZITATE_SPARK_MODEL"


def preload() -> None:
    from zitate.spark import job

    model = os.environ.get(MODEL_ENV) or None
    sys.stdout.flush()
    saved = os.dup(1)  # stdout carries the daemon's port: what loading writes goes to stderr,
    os.dup2(2, 1)  # also what a C extension writes to the descriptor itself
    try:
        with contextlib.redirect_stdout(sys.stderr):
            job.warm(model)
    except Exception as err:  # noqa: BLE001 - the worker loads it again and reports it
        print(f"zitate: the daemon did not preload the pipeline: {err}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    gc.collect()  # the warm-up's garbage, not frozen with the rest
    gc.freeze()  # the pipeline's objects: never collected, so never copied into a worker by it


def main() -> None:
    preload()
    from pyspark.daemon import manager

    manager()


if __name__ == "__main__":
    main()
