"""Training, NER: a base pipeline (tagger, vectors) + ``shared/data`` -> the NER corpus.

The NER (``configs/ner.cfg``) is trained from scratch with its own token encoder, whose
features include each token's gazetteer class (``zitate.nlp.gazetteer``: first names, German
places) and the pipeline's floret vectors, on: the GermEval training sentences twice (gold
weighs twice the silver), MobIE, PUD UNER and LER (``prepare.extra_ner_sentences``) and the
WikiNEuRal-de silver sentences (harmonised, ``prepare.silver_ner_sentences``). STTS tags (a
feature of the NER) come from the base pipeline's own tagger, as at inference time.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import prepare

log = logging.getLogger(__name__)

TAGGER_ONLY = ["tok2vec", "tagger"]


def tag_sentences(tagger: Language, sents: list[list[str]]) -> list[list[str]]:
    """STTS tags of pre-tokenised sentences from a pipeline's tagger."""
    docs = (Doc(tagger.vocab, words=words) for words in sents)
    return [[t.tag_ for t in doc] for doc in tagger.pipe(docs, batch_size=256)]


def ner_corpus(data: Path, base: Path, budget: prepare.Budget) -> tuple[list[Doc], list[Doc]]:
    """(train, dev) NER docs; dev is a 5 % slice of the GermEval training part (never the
    held-out slice)."""
    from ..nlp import pipeline, speed

    keep = set(TAGGER_ONLY)
    tagger = speed.tune(
        spacy.load(
            pipeline.model_dir(base), exclude=[n for n in _pipe_names(base) if n not in keep]
        )
    )
    germeval, _ = prepare.germeval_split(data)
    germeval = germeval[: budget.germeval_sentences]
    random.Random(5).shuffle(germeval)
    n_dev = max(1, len(germeval) // 20)
    gold = [(s.words, prepare.fix_bio([prepare.map_germeval(t) for t in s.ents])) for s in germeval]
    extra = prepare.extra_ner_sentences(data, budget)
    silver = prepare.silver_ner_sentences(data, budget)
    vocab = Vocab()

    def docs(sents):
        tags = tag_sentences(tagger, [w for w, _ in sents])
        return [prepare.ner_doc(vocab, w, e, t) for (w, e), t in zip(sents, tags, strict=True)]

    gold_docs = docs(gold)
    dev, train = gold_docs[:n_dev], gold_docs[n_dev:] * prepare.GOLD_REPEAT
    train += docs(extra) + docs(silver)
    random.Random(5).shuffle(train)
    return train, dev


def _pipe_names(path: Path) -> list[str]:
    return list(spacy.util.load_config(Path(path) / "config.cfg")["nlp"]["pipeline"])
