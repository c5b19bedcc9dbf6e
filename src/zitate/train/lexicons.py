"""Speaker lexicons learned from data: speaker nouns and first names with gender.

Stage: training (``zitate train lexicons``). Input: ``shared/data`` — the Wikinews quotation
``train`` split (gold speaker phrases), SpkAtt-2023 task 1 ``train`` (Bundestag speech events:
the ``Source`` of each cue) and ``gazetteers/first-names-de.tsv.gz``. Output: two files in
``zitate/data`` that the resolve stage reads:

- ``speaker_nouns.json``: the common nouns that head speaker phrases („Sprecher“, „Ministerin“,
  „Polizei“, „Demonstranten“), as lemmas with how often each headed a gold speaker in each
  source, and how often each occurs in the texts of both sources (``occurrences``: the noun and
  its inflected forms as words). A noun that heads a gold speaker in only a small share of its
  occurrences („Frage“: 4 of 195) is a word the annotators took with the speaker now and then,
  no speaker noun; ``zitate.quotes.speaker_nouns`` leaves such nouns out. A role phrase names a
  possible speaker only when its head is one of them (or ends in one: „Vatikan-Sprecher“);
  abstract nouns the attribution takes for a subject („Änderung“, „Passivität“) never do.
- ``first_names.json``: first names given in four German cities (open data 2010–2021) whose
  gender is clear (≥ 95 % of the children with the name, ≥ 5 children).
"""

from __future__ import annotations

import csv
import gzip
import json
import tarfile
from collections import Counter
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, ZitateError

SPEAKER_NOUNS = "speaker_nouns.json"
FIRST_NAMES = "first_names.json"
HEAD_SKIP = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PIDAT", "PDAT", "CARD", "ADV", "NE"})
MIN_CHILDREN = 5
MIN_SHARE = 0.95


def head_noun(doc: Doc, ids: list[int]) -> str | None:
    """The lemma of the first common noun of a speaker phrase (after determiners, adjectives and
    a prenominal name: „Italiens Ministerpräsident“), or None when a name or pronoun heads it."""
    for i in sorted(ids):
        tag = doc[i].tag_
        if tag == "NN":
            lemma = doc[i].lemma_
            return lemma if lemma[:1].isupper() else doc[i].text
        if tag in ("PPER", "PIS", "PDS") or (tag == "NE" and i == max(ids)):
            return None
        if tag not in HEAD_SKIP:
            return None
    return None


def wikinews_heads(nlp: Language, data: Path, limit: int | None = None) -> Counter:
    from ..quotes.base import tag_document
    from ..quotes.dataset import read_split

    counts: Counter = Counter()
    for document in read_split(data / "quotes-de-wikinews", "train")[:limit]:
        doc = tag_document(nlp, document)
        for quotation in document.quotations:
            if quotation.speaker and (head := head_noun(doc, list(quotation.speaker))):
                counts[head] += 1
    return counts


def spkatt_speeches(archive: Path) -> Iterator[tuple[list[list[str]], list[dict]]]:
    """(sentences as token lists, annotations) of each SpkAtt-2023 task 1 train speech."""
    if not archive.is_file():
        raise ZitateError(Errors.E011, path=archive)
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile() and "/train/" in f"/{member.name}" and member.name.endswith(".json"):
                speech = json.load(tar.extractfile(member))  # type: ignore[arg-type]
                sentences = [s["Tokens"] for s in speech["Sentences"]]
                yield sentences, speech["Annotations"]


def spkatt_heads(nlp: Language, data: Path, limit: int | None = None) -> Counter:
    """Head nouns of the ``Source`` of each speech event (addresses ``sentence:token``)."""
    counts: Counter = Counter()
    archive = data / "spkatt2023" / "task1-train-dev.tar.xz"
    for n, (sentences, events) in enumerate(spkatt_speeches(archive)):
        if limit is not None and n >= limit:
            break
        tagged: dict[int, Doc] = {}
        for event in events:
            by_sentence: dict[int, list[int]] = {}
            for address in event.get("Source", []):
                sent, tok = (int(x) for x in address.split(":"))
                by_sentence.setdefault(sent, []).append(tok)
            for sent, ids in by_sentence.items():
                if sent not in tagged:
                    words = sentences[sent]
                    tagged[sent] = _tag(nlp, Doc(nlp.vocab, words=words))
                if head := head_noun(tagged[sent], ids):
                    counts[head] += 1
    return counts


# Endings of the inflected forms of a noun counted as its occurrences („Frage“, „Fragen“;
# „Sprecher“, „Sprechers“, „Sprechern“).
INFLECTIONS = ("", "s", "n", "e", "en", "es", "er", "ern")


def noun_occurrences(data: Path, nouns: list[str], limit: int | None = None) -> dict[str, int]:
    """How often each noun occurs, with its inflected forms, as a word in the texts of the
    Wikinews ``train`` split and of the SpkAtt-2023 task 1 train speeches."""
    from ..quotes.dataset import read_split

    words: Counter = Counter()
    for document in read_split(data / "quotes-de-wikinews", "train")[:limit]:
        words.update(t.text for t in document.tokens)
    archive = data / "spkatt2023" / "task1-train-dev.tar.xz"
    for n, (sentences, _) in enumerate(spkatt_speeches(archive)):
        if limit is not None and n >= limit:
            break
        for sentence in sentences:
            words.update(sentence)
    return {noun: sum(words[noun + ending] for ending in INFLECTIONS) for noun in nouns}


def _tag(nlp: Language, doc: Doc) -> Doc:
    for name, component in nlp.pipeline:
        if name in ("tok2vec", "tagger", "trainable_lemmatizer", "zitate_upos"):
            doc = component(doc)
    return doc


def first_names(data: Path) -> dict[str, str]:
    """First name -> „f“ | „m“ where the name's gender is clear in the city registers."""
    path = data / "gazetteers" / "first-names-de.tsv.gz"
    if not path.is_file():
        raise ZitateError(Errors.E011, path=path)
    counts: dict[str, Counter] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["name"].strip()
            if name and row["gender"] in ("f", "m"):
                counts.setdefault(name, Counter())[row["gender"]] += int(row["count_sum"])
    names = {}
    for name, by_gender in counts.items():
        gender, top = by_gender.most_common(1)[0]
        total = sum(by_gender.values())
        if total >= MIN_CHILDREN and top / total >= MIN_SHARE:
            names[name] = gender
    return dict(sorted(names.items()))


def build_lexicons(
    data: Path,
    output: Path | None = None,
    smoke: bool = False,
    log: Callable[[str], None] = print,
) -> Path:
    """Write ``speaker_nouns.json`` and ``first_names.json`` to ``output`` (default: the
    package's ``zitate/data``); ``smoke`` reads 20 documents and 5 speeches only."""
    from ..quotes.base import load_base

    output = output or Path(str(resources.files("zitate") / "data"))
    output.mkdir(parents=True, exist_ok=True)
    nlp = load_base()
    limit = 20 if smoke else None
    wikinews = wikinews_heads(nlp, data, limit)
    log(f"wikinews train: {sum(wikinews.values())} speaker phrases headed by a noun")
    spkatt = spkatt_heads(nlp, data, 5 if smoke else None)
    log(f"spkatt train: {sum(spkatt.values())} sources headed by a noun")
    nouns = {
        noun: {"wikinews": wikinews[noun], "spkatt": spkatt[noun]}
        for noun in sorted(set(wikinews) | set(spkatt))
    }
    lexicon = {
        "format": "zitate.speaker_nouns.v1",
        "sources": "quotes-de-wikinews train (CC BY-NC-SA 4.0), SpkAtt-2023 task 1 train "
        "(CC BY-SA 4.0)",
        "nouns": nouns,
        "occurrences": noun_occurrences(data, list(nouns), limit),
    }
    (output / SPEAKER_NOUNS).write_text(json.dumps(lexicon, ensure_ascii=False, indent=0) + "\n")
    names = first_names(data)
    log(f"first names: {len(names)} with a clear gender")
    payload = {
        "format": "zitate.first_names.v1",
        "sources": "first names given in Berlin, Köln (CC BY 3.0 DE), Leipzig, München "
        "(dl-de/by-2-0), open data portals of the cities, 2010-2021",
        "names": names,
    }
    (output / FIRST_NAMES).write_text(json.dumps(payload, ensure_ascii=False) + "\n")
    return output
