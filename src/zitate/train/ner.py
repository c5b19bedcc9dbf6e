"""Training, NER stage 2: a trained base pipeline + ``shared/data`` -> a fine-tuned NER.

The NER of stage 1 (``configs/ner.cfg``: GermEval + MobIE + PUD UNER + LER, from scratch) is
continued on a larger corpus (``configs/ner_finetune.cfg``): the GermEval training sentences
twice (gold weighs twice the silver), the same extra corpora and the WikiNEuRal-de silver
sentences (harmonised, ``prepare.silver_ner_sentences``). Its token features gain a gazetteer
column (``zitate.nlp.gazetteer``: first names, German places) whose weights start at zero, so
fine-tuning starts from exactly the stage-1 model. STTS tags (a feature of the NER) come from
the base pipeline's own tagger, as at inference time.
"""

from __future__ import annotations

import copy
import logging
import random
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab

from . import prepare

log = logging.getLogger(__name__)

TAGGER_ONLY = ["tok2vec", "tagger"]
GAZETTEER_ROWS = 16


def tag_sentences(tagger: Language, sents: list[list[str]]) -> list[list[str]]:
    """STTS tags of pre-tokenised sentences from a pipeline's tagger."""
    docs = (Doc(tagger.vocab, words=words) for words in sents)
    return [[t.tag_ for t in doc] for doc in tagger.pipe(docs, batch_size=256)]


def finetune_corpus(data: Path, base: Path, budget: prepare.Budget) -> tuple[list[Doc], list[Doc]]:
    """(train, dev) docs for stage 2; dev is the same GermEval slice as stage 1's."""
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


def add_gazetteer(base: Path) -> Language:
    """The NER of ``base`` as a one-component pipeline whose embedding has one more column, the
    gazetteer class; its new weights are zero, so it predicts exactly what the old one did."""
    import zitate.nlp.gazetteer  # noqa: F401  (registers the architecture)

    old = spacy.load(base)
    old_ner = old.get_pipe("ner")
    cfg = copy.deepcopy(old.config["components"]["ner"])
    cfg.pop("factory")
    embed = cfg["model"]["tok2vec"]["embed"]
    embed["@architectures"] = "zitate.GazetteerHashEmbed.v1"
    embed["gazetteer_rows"] = GAZETTEER_ROWS
    nlp = spacy.blank("de")
    nlp.vocab.vectors = old.vocab.vectors
    ner = nlp.add_pipe("ner", config=cfg)
    for label in old_ner.labels:
        ner.add_label(label)
    words = ["Angela", "Merkel", "kam", "nach", "Berlin", "."]
    ref = Doc(nlp.vocab, words=words, ents=["B-PER", "I-PER", "O", "O", "B-LOC", "O"])
    nlp.initialize(lambda: [Example(Doc(nlp.vocab, words=words), ref)])
    _copy_weights(old_ner.model, ner.model, n_attrs=len(embed["attrs"]), width=embed["width"])
    return nlp


def _copy_weights(old, new, n_attrs: int, width: int) -> None:
    """Every parameter of ``old`` into ``new``, which has one more hash table (column
    ``n_attrs``); the embedding maxout's input gains that table's block, set to zero."""
    old_layers = [layer for layer in old.walk() if layer.param_names]
    new_layers = [
        layer
        for layer in new.walk()
        if layer.param_names
        and not (layer.name == "hashembed" and layer.attrs.get("column") == n_attrs)
    ]
    if [la.name for la in old_layers] != [la.name for la in new_layers]:
        raise RuntimeError("NER architectures differ beyond the gazetteer table")
    cut = n_attrs * width
    for src, dst in zip(old_layers, new_layers, strict=True):
        for name in src.param_names:
            value, shape = src.get_param(name), dst.get_param(name).shape
            if value.shape != shape:  # the maxout after the embedding tables
                grown = numpy.zeros(shape, dtype=value.dtype)
                grown[..., :cut] = value[..., :cut]
                grown[..., cut + width :] = value[..., cut:]
                value = grown
            dst.set_param(name, value.copy())
