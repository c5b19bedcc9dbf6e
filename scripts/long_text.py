"""Build the 100,000-character text without a full stop of issue 16 (reproducible).

Takes the sample articles of ``samples/`` (``*.txt`` in sorted path order, the header between the
two ``---`` lines dropped), replaces every ``.``, ``!``, ``?``, ``;``, ``:`` and ``…`` with a comma,
joins the texts with a blank line and repeats the result until it is exactly ``--chars``
characters long (the last repetition cut). With ``--one-line`` the texts are joined with a space
and every run of whitespace becomes one space: one paragraph, one "sentence" of 100,000
characters (the harder case: no paragraph break either). The text is ``zitate.bench.long``'s,
which ``zitate bench long`` times.

    PYTHONPATH=src python scripts/long_text.py [--samples samples] [--chars 100000] [--one-line]
                                               [--out /tmp/long/t100k.txt]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from zitate.bench.long import long_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--one-line", action="store_true", help="no line breaks at all")
    parser.add_argument("--out", type=Path, default=Path("/tmp/long/t100k.txt"))
    args = parser.parse_args()
    text = long_text(args.samples, args.chars, args.one_line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text)} characters, {sum(text.count(c) for c in '.!?;:…')} stops")


if __name__ == "__main__":
    main()
