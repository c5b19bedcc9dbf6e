"""Training data, corpora: ``shared/data`` -> spaCy ``DocBin`` files for each trained component.

- ``tagger``: teacher-labelled (HanTa) raw news and legal text, Wikinews train with its gold
  sentence boundaries, plus UD German GSD dev with gold STTS tags and lemmas (repeated, so the
  treebank's conventions outweigh the teacher's). UD GSD test and PUD are never used here.
- ``ner``: GermEval 2014 dev+test minus a fixed held-out slice (``NER_HELDOUT`` sentences at the
  end of the test file), labels mapped to PER/ORG/LOC/MISC (``-deriv`` -> MISC, ``-part`` -> O).
"""

from __future__ import annotations

import random
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from ..errors import Errors, ZitateError
from . import corpora
from .teacher import label_batch, lemma_conventions

NER_HELDOUT = 1200
GSD_REPEAT = 4
DEV_SHARE = 0.04
SENTS_PER_DOC = 10


@dataclass
class Budget:
    """How much of each corpus to use; ``smoke`` is a tiny subset for CI."""

    wikinews_docs: int = 700
    gnad_articles: int = 1028
    ler_sentences: int = 16000
    germeval_sentences: int = 100000
    gsd_sentences: int = 100000
    ler_ner_sentences: int = 8000
    extra_ner_sentences: int = 100000
    silver_ner_sentences: int = 100000

    @classmethod
    def smoke(cls) -> Budget:
        return cls(20, 20, 200, 400, 200, 100, 300, 200)


def require(path: Path) -> Path:
    if not path.exists():
        raise ZitateError(Errors.E011, path=path)
    return path


def split_sentences(words: list[str]) -> list[list[str]]:
    """Rough sentence split of tokenised raw text, only to feed the teacher sentence-wise."""
    out, cur = [], []
    for i, w in enumerate(words):
        cur.append(w)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in {".", "!", "?"} and (not nxt or nxt[:1].isupper() or nxt[:1] in '„»"('):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def tagger_corpus(data: Path, budget: Budget, workers: int = 2) -> tuple[list[Doc], list[Doc]]:
    """Docs with tags, lemmas and (where known) sentence starts; returns (train, dev)."""
    vocab = Vocab()
    gsd = corpora.read_conllu(require(data / "ud/de_gsd-ud-dev.conllu.gz"))[: budget.gsd_sentences]
    conventions = lemma_conventions(
        (w, t, lem) for s in gsd for w, t, lem in zip(s.words, s.tags, s.lemmas, strict=True)
    )
    # Raw units for the teacher: (list of sentences (words), sentence boundaries known?)
    units: list[tuple[list[list[str]], bool]] = []
    wiki = require(data / "quotes-de-wikinews/train.jsonl.gz")
    for i, doc in enumerate(corpora.iter_wikinews(wiki)):
        if i >= budget.wikinews_docs:
            break
        units.append(([s.words for s in corpora.wikinews_sentences(doc)], True))
    tokenizer = _tokenizer()
    gnad = corpora.read_gnad(require(data / "corpora/10kgnad-test.csv.gz"))
    for text in gnad[: budget.gnad_articles]:
        words = [t.text for t in tokenizer(text) if not t.is_space]
        units.append((split_sentences(words), False))
    ger = corpora.read_germeval(require(data / "ner/germeval2014/dev.tsv.gz"))
    units.extend(([s.words], True) for s in ger[: budget.germeval_sentences])
    ler_sents: list[list[str]] = []
    for path in sorted(require(data / "ler").glob("*.conll.gz")):
        ler_sents.extend(s.words for s in corpora.read_ler(path) if len(s.words) <= 80)
    random.Random(7).shuffle(ler_sents)
    units.extend(([s], True) for s in ler_sents[: budget.ler_sentences])

    batches = [(unit[0], conventions) for unit in units]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            labelled = list(pool.map(label_batch, batches, chunksize=16))
    else:
        labelled = [label_batch(b) for b in batches]

    docs = []
    for (sents, known), labels in zip(units, labelled, strict=True):
        docs.append(_tagged_doc(vocab, sents, labels, known))
    rng = random.Random(13)
    rng.shuffle(docs)
    n_dev = max(1, int(len(docs) * DEV_SHARE))
    dev, train = docs[:n_dev], docs[n_dev:]
    for start in range(0, len(gsd), SENTS_PER_DOC):
        group = gsd[start : start + SENTS_PER_DOC]
        labels = [(s.tags, s.lemmas) for s in group]
        gold = _tagged_doc(vocab, [s.words for s in group], labels, True)
        train.extend([gold] * GSD_REPEAT)
    rng.shuffle(train)
    return train, dev


def _tagged_doc(vocab, sents, labels, sentences_known: bool) -> Doc:
    words, tags, lemmas, starts = [], [], [], []
    for sent, (stags, slemmas) in zip(sents, labels, strict=True):
        for j, w in enumerate(sent):
            words.append(w)
            starts.append(j == 0 if sentences_known else None)
        tags.extend(stags)
        lemmas.extend(slemmas)
    if not sentences_known and starts:
        starts[0] = True
    return Doc(vocab, words=words, tags=tags, lemmas=lemmas, sent_starts=starts)


def _tokenizer():
    from ..nlp.tokenizer import customize_tokenizer

    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    return nlp.tokenizer


GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def map_germeval(label: str) -> str:
    """GermEval outer label -> BIO with PER/ORG/LOC/MISC; -deriv is MISC, -part is O."""
    if label == "O":
        return "O"
    prefix, kind = label.split("-", 1)
    if kind.endswith("deriv"):
        return f"{prefix}-MISC"
    if kind.endswith("part"):
        return "O"
    return f"{prefix}-{GERMEVAL_MAP[kind]}"


def fix_bio(tags: list[str]) -> list[str]:
    """Repair I- tags that follow O or another type (after mapping) into B- tags."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def germeval_split(data: Path) -> tuple[list[corpora.Sentence], list[corpora.Sentence]]:
    """(train, held-out) GermEval sentences; held-out = the last NER_HELDOUT of test."""
    dev = corpora.read_germeval(require(data / "ner/germeval2014/dev.tsv.gz"))
    test = corpora.read_germeval(require(data / "ner/germeval2014/test.tsv.gz"))
    return dev + test[:-NER_HELDOUT], test[-NER_HELDOUT:]


# Extra NER corpora, mapped onto GermEval's PER/ORG/LOC; labels with no GermEval counterpart
# are missing ("-": no loss either way), unknown types outside entities are O.
MOBIE_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": "-",
    "event-cause": "-",
    "trigger": "-",
}
LER_MAP = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "ORG",
    "RS": "-",
    "GS": "-",
    "VO": "-",
    "EUN": "-",
    "VS": "-",
    "VT": "-",
    "LIT": "-",
}
UNER_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def map_labels(tags: list[str], mapping: dict[str, str]) -> list[str]:
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, kind = tag.split("-", 1)
        target = mapping.get(kind, "O")
        out.append(target if target in ("O", "-") else f"{prefix}-{target}")
    return fix_bio(out)


def extra_ner_sentences(data: Path, budget: Budget) -> list[tuple[list[str], list[str]]]:
    """MobIE train, PUD UNER and LER sentences with person/place/organisation mentions."""
    out = []
    mobie = data / "ner/mobie/train.conll2003.gz"
    if mobie.exists():
        for s in corpora.read_conll_columns(mobie, 3):
            out.append((s.words, map_labels(s.ents, MOBIE_MAP)))
    uner = data / "ud/de_pud-ud-test.uner.iob2.gz"
    if uner.exists():
        for s in corpora.read_iob2(uner):
            out.append((s.words, map_labels(s.ents, UNER_MAP)))
    ler: list[tuple[list[str], list[str]]] = []
    for path in sorted((data / "ler").glob("*.conll.gz")):
        for s in corpora.read_conll_columns(path, 1):
            tags = map_labels(s.ents, LER_MAP)
            if any(t[2:] in ("PER", "ORG", "LOC") for t in tags) and len(s.words) <= 80:
                ler.append((s.words, tags))
    random.Random(3).shuffle(ler)
    out.extend(ler[: budget.ler_ner_sentences])
    return out[: budget.extra_ner_sentences]


# Silver NER (WikiNEuRal) for NER stage 2 (``zitate.train.ner``): automatic labels, weighted
# below gold by repeating the gold sentences (``GOLD_REPEAT``). Harmonised with GermEval: a
# lower-case adjective of nationality or origin („deutschen“, „französische“) is MISC in
# GermEval (LOCderiv) but O or MISC at random in the silver data, so there the silver data says
# nothing (missing label); its other labels are kept.
GOLD_REPEAT = 2
DERIV_ADJ = re.compile(r"^[a-zäöü][a-zäöüß-]*(isch|sch)(e|en|er|es|em)?$")


def harmonise_silver(words: list[str], tags: list[str]) -> list[str]:
    """Silver BIO -> BIO with "-" (missing) where GermEval's conventions differ."""
    out = list(tags)
    for i, (w, t) in enumerate(zip(words, tags, strict=True)):
        if t == "O" and DERIV_ADJ.match(w):
            out[i] = "-"
    return out


def silver_ner_sentences(data: Path, budget: Budget) -> list[tuple[list[str], list[str]]]:
    """WikiNEuRal-de val + test (silver PER/ORG/LOC/MISC), harmonised; empty if absent."""
    out = []
    for name in ("val", "test"):
        path = data / f"ner/wikineural-de/{name}.conllu.gz"
        if path.exists():
            for s in corpora.read_iob2(path):
                tags = fix_bio(s.ents)
                out.append((s.words, harmonise_silver(s.words, tags)))
    random.Random(11).shuffle(out)
    return out[: budget.silver_ner_sentences]


def ner_doc(vocab: Vocab, words: list[str], ents: list[str], tags: list[str] | None) -> Doc:
    return Doc(vocab, words=words, ents=[None if e == "-" else e for e in ents], tags=tags)


def ner_corpus(data: Path, budget: Budget, workers: int = 2) -> tuple[list[Doc], list[Doc]]:
    """(train, dev) NER docs with teacher STTS tags (a feature of the NER model); dev is a
    slice of the training part, not the held-out slice."""
    vocab = Vocab()
    germeval, _ = germeval_split(data)
    germeval = germeval[: budget.germeval_sentences]
    rng = random.Random(5)
    rng.shuffle(germeval)
    n_dev = max(1, len(germeval) // 20)
    labelled_sents = [(s.words, fix_bio([map_germeval(t) for t in s.ents])) for s in germeval]
    train = labelled_sents + extra_ner_sentences(data, budget)
    batches = [([w for w, _ in train[i : i + 64]], {}) for i in range(0, len(train), 64)]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            labelled = [x for batch in pool.map(label_batch, batches) for x in batch]
    else:
        labelled = [x for b in batches for x in label_batch(b)]
    docs = [
        ner_doc(vocab, words, ents, tags)
        for (words, ents), (tags, _) in zip(train, labelled, strict=True)
    ]
    dev, train_docs = docs[:n_dev], docs[n_dev:]
    rng.shuffle(train_docs)
    return train_docs, dev


def write_docbin(docs: list[Doc], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path
