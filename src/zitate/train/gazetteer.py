"""Training, NER gazetteer: ``shared/data/gazetteers`` -> ``zitate/data/ner_gazetteer.json``.

First names (given in Berlin, Köln, Leipzig, München, 2010–2021; at least ``MIN_CHILDREN``
children) and the short names of German municipalities, districts and Länder (Destatis
register; first word of a multi-word name, e.g. „Frankfurt“ of „Frankfurt am Main“). The NER
embeds each token's class (``zitate.nlp.gazetteer``).
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from ..nlp.gazetteer import GAZETTEER
from .prepare import require

MIN_CHILDREN = 3


def first_names(data: Path) -> list[str]:
    path = require(data / "gazetteers/first-names-de.tsv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        names = {r["name"] for r in rows if int(r["count_sum"] or 0) >= MIN_CHILDREN}
    return sorted(n for n in names if n[:1].isupper() and " " not in n)


def places(data: Path) -> list[str]:
    with gzip.open(require(data / "gazetteers/places-de.tsv.gz"), "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        words = set()
        for r in rows:
            name = (r["name_short"] or r["name"]).split(",")[0].split()
            if name and name[0][:1].isupper():
                words.add(name[0])
    return sorted(words)


def build_gazetteer(data: Path, output: Path | None = None) -> Path:
    """Write the NER gazetteer (default: into the package's ``zitate/data``)."""
    out = output or Path(__file__).resolve().parent.parent / "data" / GAZETTEER
    payload = {
        "format": "zitate.ner_gazetteer.v1",
        "sources": "shared/data/gazetteers: first-names-de.tsv.gz (cities of Berlin, Köln "
        "CC BY 3.0 DE; Leipzig, München dl-de/by-2-0), places-de.tsv.gz (Destatis, dl-de/by-2-0)",
        "first_names": first_names(data),
        "places": places(data),
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return out
