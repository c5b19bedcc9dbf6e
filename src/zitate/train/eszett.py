"""Eszett vocabulary for Swiss spelling, learned from data (``zitate train eszett``).

Stage: training. Input: ``shared/data`` — the German text of UD German GSD/PUD, the Wikinews
quotation ``train`` split, the derStandard news of 10kGNAD and the court decisions of LER (all
written in the spelling of Germany and Austria), plus the lexicons in ``zitate/data``. Output:
``zitate/data/eszett.json``, which ``zitate.nlp.eszett`` reads:

- ``words``: lower-case word forms with „ß“ („gemäß“, „hieß“, „äußerte“, „straße“) that the
  texts write with „ß“ more often than with „ss“. Swiss German writes every „ß“ as „ss“; a form
  whose „ss“ spelling is not rare beside it in these texts („dass“, „muss“, „masse“, „hess“) is a
  word of its own and stays out.
- ``lemmas``: the UD lemma of each of those forms that UD gives one for („hieß“ → „heißen“).
- ``names``: capitalised „ss“ forms of those words that stand inside a sentence (after a
  lower-case word or a comma, where only a noun or a name is capitalised) not rarely beside
  their „ß“ form — surnames („Peter Weiss“, 6 beside 4 „Weiß“), unlike the noun „Mass“ (5
  beside 76 „Maß“): a name keeps its own form.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_COUNT = 2  # a ß form seen once may be a typo; the lexicons' own words count as seen twice
RATIO = 4  # ß must be this many times as frequent as ss („maße“ 80, „masse“ 42: out)
# A capitalised word inside a sentence: after a lower-case word or a comma.
INSIDE = re.compile(r"(?<=[a-zäöüß,] )([A-ZÄÖÜ][a-zäöüß]+)\b")


def ud_rows(data: Path) -> Iterator[tuple[str, str]]:
    """(form, lemma) of every token of the UD German treebanks."""
    for path in sorted((data / "ud").glob("*.conllu.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    yield cols[1], cols[2]


def texts(data: Path) -> Iterator[str]:
    """The running text of the Wikinews ``train`` split, 10kGNAD and LER."""
    with gzip.open(data / "quotes-de-wikinews" / "train.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["originalText"]
    with gzip.open(data / "corpora" / "10kgnad-test.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            yield row[-1]
    for path in sorted((data / "ler").glob("*.conll.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            yield " ".join(line.split(" ", 1)[0] for line in f if line.strip())


def lexicon_words() -> Iterator[str]:
    """Every string with „ß“ in the JSON lexicons of ``zitate/data``."""
    folder = resources.files("zitate") / "data"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".json") and entry.name != "eszett.json":
            yield from (w for w in WORD.findall(entry.read_text(encoding="utf-8")) if "ß" in w)


def build_eszett(
    data: Path, output: Path | None = None, log: Callable[[str], None] = print, **_
) -> Path:
    """Count the word forms of the corpora and write ``eszett.json`` (see the module doc)."""
    counts: Counter[str] = Counter()
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    for form, lemma in ud_rows(data):
        counts[form.lower()] += 1
        if "ß" in form:
            lemmas[form.lower()][lemma] += 1
    inside: Counter[str] = Counter()
    for text in texts(data):
        counts.update(w.lower() for w in WORD.findall(text))
        inside.update(INSIDE.findall(text))
    for word in lexicon_words():
        counts[word.lower()] += MIN_COUNT
    words = sorted(
        w
        for w, n in counts.items()
        if "ß" in w and n >= MIN_COUNT and n > RATIO * counts[w.replace("ß", "ss")]
    )
    table = {w: lemmas[w].most_common(1)[0][0] for w in words if w in lemmas}
    names = sorted(
        spelled
        for w in words
        if RATIO * inside[spelled := w.replace("ß", "ss").capitalize()] > inside[w.capitalize()]
    )
    output = output or Path(str(resources.files("zitate") / "data"))
    path = output / "eszett.json"
    doc = {
        "source": "UD German GSD+PUD, Wikinews train, 10kGNAD, LER, zitate/data lexicons",
        "words": words,
        "lemmas": table,
        "names": names,
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    log(f"{len(words)} ß words, {len(table)} lemmas, {len(names)} names")
    return path
