"""CLI, ``spark-submit`` entry point: ``spark-submit … spark_submit.py INPUT… --output DIR``
runs ``zitate spark run`` with the master, executors and archives ``spark-submit`` was given
(no ``--master`` here: the session takes ``spark-submit``'s).

Input: the arguments of ``zitate spark run``. Output: its Parquet datasets and summary lines.
The path of this file: ``python -c 'import zitate.cli.spark_submit as m; print(m.__file__)'``.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from zitate.cli import app  # absolute: spark-submit runs this file as a script

    app(["spark", "run", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
