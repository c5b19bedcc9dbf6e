"""CPU seconds of each component of the attribution pipeline on a Wikinews split.

Stage: evaluation (speed). Takes the split (default ``dev``) of ``shared/data/quotes-de-wikinews``
and a number of repetitions; gives one line per component with its CPU seconds
(``time.process_time``, all threads of the process; the shared VM's load changes wall time far
more) on every repetition and their minimum. Each repetition rebuilds the documents in the
pipeline's vocabulary and runs the components in turn, as ``bench quotes`` does
(``AttributionPredictor.pipe``), so the first one also pays for new words and cold caches.

    PYTHONPATH=src python scripts/stage_times.py --split dev --repeat 3 [--profile OUT --stage NAME]

``--profile`` writes a cProfile of the component ``--stage`` (default ``zitate_quotes``).
"""

from __future__ import annotations

import argparse
import cProfile
import time

import spacy

from zitate.quotes.base import KEEP_SENTENCES
from zitate.quotes.dataset import read_split, to_doc
from zitate.quotes.pipeline import AttributionPredictor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default=None)
    parser.add_argument("--stage", default="zitate_quotes")
    args = parser.parse_args()
    predictor = AttributionPredictor.load()
    vocab = spacy.blank("de").vocab
    base = [to_doc(document, vocab) for document in read_split(args.data, args.split)]
    profile = cProfile.Profile() if args.profile else None
    seconds: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        docs = [predictor._own(doc) for doc in base]
        for name, proc in predictor.nlp.pipeline:
            if name in KEEP_SENTENCES:
                continue
            watched = profile is not None and name == args.stage
            started = time.process_time()
            if watched:
                profile.enable()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=32))
            else:
                docs = [proc(doc) for doc in docs]
            if watched:
                profile.disable()
            seconds.setdefault(name, []).append(time.process_time() - started)
    for name, values in seconds.items():
        runs = " ".join(f"{v:6.2f}" for v in values)
        print(f"{name:22s} {runs}   min {min(values):.2f}")
    print(f"{'sum of minima':22s} {sum(min(v) for v in seconds.values()):.2f}")
    if profile is not None:
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
