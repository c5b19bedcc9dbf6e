"""Ingest stage, batching: a stream of ``Article``s (or errors) -> lists for the analysis, read
ahead in a background thread.

``batches`` groups the stream by count and by characters of text: a batch of short articles runs
faster through ``nlp.pipe`` than the same articles one by one (200 news items of ~150 words: a
fifth less time with 16 to a batch), while a batch of long articles gains nothing and only takes
more memory (the 40 sample pages of ~1,300 tokens: the same time with batches of 10,000 or
40,000 characters, 610 or 740 MB), hence the cap on characters.

``read_ahead`` runs the stream — reading, HTML extraction, language and near-duplicate checks —
in a thread of the same process, a few items ahead of the analysis, so that the two overlap where
the analysis releases the GIL. With the matrix products on both cores (``nlp.speed``) that gain
is small (the 40 sample pages on an AMD EPYC VM: 8.1–8.6 articles/s, 7.4–8.0 with the stream in
the main thread; on an Intel Xeon VM with spaCy 3.8.18 none: 7.1–7.6 against 7.3), and it is
capped by spaCy's transition loop (NER), which re-takes the GIL at every step and so waits
whenever this thread runs Python. An exception in the stream is raised in the consumer.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batches(items: Iterable[T], size: int, chars: int) -> Iterator[list[T]]:
    """``items`` in lists of up to ``size`` items and about ``chars`` characters of ``.text``
    (an item without text, e.g. a ``ZitateError``, counts none)."""
    batch: list[T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += len(getattr(item, "text", ""))
        if len(batch) >= size or total >= chars:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def read_ahead(items: Iterable[T], ahead: int = 3) -> Iterator[T]:
    """The items of ``items`` in order, produced by a daemon thread up to ``ahead`` in advance."""
    buffer: queue.Queue = queue.Queue(maxsize=ahead)
    end = object()

    def produce() -> None:
        try:
            for item in items:
                buffer.put((item, None))
        except BaseException as err:  # noqa: BLE001 - handed over to the consumer, raised there
            buffer.put((end, err))
        else:
            buffer.put((end, None))

    threading.Thread(target=produce, name="zitate-read-ahead", daemon=True).start()
    while True:
        item, err = buffer.get()
        if err is not None:
            raise err
        if item is end:
            return
        yield item
