"""Build the 100,000-character text without a full stop of issue 16 (reproducible).

Takes the sample articles of ``samples/`` (``*.txt`` in sorted path order, the header between the
two ``---`` lines dropped), replaces every ``.``, ``!``, ``?``, ``;``, ``:`` and ``…`` with a comma,
joins the texts with a blank line and repeats the result until it is exactly ``--chars``
characters long (the last repetition cut).

    python scripts/long_text.py [--samples samples] [--chars 100000] [--out /tmp/long/t100k.txt]
"""

from __future__ import annotations

import argparse
from pathlib import Path

STOPS = str.maketrans({c: "," for c in ".!?;:…"})


def article_text(path: Path) -> str:
    """The text of one sample file without its ``---`` header."""
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            raw = raw[end + 5 :]
    return raw.strip()


def long_text(samples: Path, chars: int) -> str:
    """The sample texts without stops, joined and repeated to exactly ``chars`` characters."""
    texts = [article_text(p) for p in sorted(samples.rglob("*.txt"))]
    unit = "\n\n".join(texts).translate(STOPS) + "\n\n"
    return (unit * (chars // len(unit) + 1))[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/long/t100k.txt"))
    args = parser.parse_args()
    text = long_text(args.samples, args.chars)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text)} characters, {sum(text.count(c) for c in '.!?;:…')} stops")


if __name__ == "__main__":
    main()
