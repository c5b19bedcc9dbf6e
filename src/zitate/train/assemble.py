"""Training, last step: the two trained parts (tagger pipeline, NER pipeline) -> the base
pipeline ``de_zitate_base`` with the STTS->UPOS table, mood, sentence rules and the NER.

Input: the folders ``zitate train base`` wrote and ``shared/data`` (UD GSD dev for the UPOS
table). Output: a spaCy ``Language`` to save as the committed model.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.language import Language

from ..nlp import sentences, tokenizer
from ..nlp.pipeline import DEFAULT_MODEL  # noqa: F401  (registers the zitate factories)
from .corpora import read_conllu

# STTS tags UD German GSD never shows: its fused „am“, „zum“ are split into APPR + ART, and
# possessive pronouns used alone, auxiliary imperatives, modal participles are too rare.
UNSEEN_TAGS_UPOS = {"APPRART": "ADP", "PPOSS": "PRON", "VAIMP": "AUX", "VMPP": "AUX"}


def upos_table(gold_sentences) -> dict[str, str]:
    """STTS -> UPOS: each tag's most frequent UPOS in gold UD data; ``UNSEEN_TAGS_UPOS`` for
    the tags the data lacks."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for sent in gold_sentences:
        for tag, pos in zip(sent.tags, sent.upos, strict=True):
            counts[tag][pos] += 1
    table = {tag: c.most_common(1)[0][0] for tag, c in counts.items()}
    return dict(sorted((UNSEEN_TAGS_UPOS | table).items()))


def add_ner(nlp: Language, ner_dir: Path) -> Language:
    """``nlp`` with the NER of the pipeline ``ner_dir`` (its own token encoder inlined, its
    floret vectors as ``nlp``'s vectors) in place of any NER it had, as the last component."""
    ner_nlp = spacy.load(ner_dir)
    if "tok2vec" in ner_nlp.pipe_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.vocab.vectors = ner_nlp.vocab.vectors  # the NER embeds the floret vectors
    nlp.add_pipe("ner", source=ner_nlp)
    return nlp


def replace_ner(base: Path, ner_dir: Path) -> Language:
    """The pipeline ``base`` with the NER of ``ner_dir``; every other component as saved."""
    return add_ner(spacy.load(base), ner_dir)


def assemble(tagger_dir: Path, ner_dir: Path, data: Path) -> Language:
    """Tagger pipeline + STTS->UPOS table + mood + sentence rules + sourced NER."""
    nlp = spacy.load(tagger_dir)
    tokenizer.customize_tokenizer(nlp)  # the current rules, not the snapshot saved in training
    upos_mapper = nlp.add_pipe("zitate_upos", after="trainable_lemmatizer")
    upos_mapper.set_table(upos_table(read_conllu(data / "ud/de_gsd-ud-dev.conllu.gz")))
    nlp.add_pipe("zitate_mood", after="zitate_upos")
    # The senter is trained only as an auxiliary objective of the shared tok2vec; sentence
    # boundaries come from the sentencizer on zitate's tokens plus the news rules, which
    # measure better on the Wikinews annotation (see MODEL_CARD.md).
    nlp.remove_pipe("senter")
    nlp.add_pipe("sentencizer", config={"punct_chars": sentences.PUNCT_CHARS})
    nlp.add_pipe("zitate_paragraphs", after="sentencizer")
    add_ner(nlp, ner_dir)
    nlp.meta["name"] = "zitate_base"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "German base pipeline of zitate, see MODEL_CARD.md"
    return nlp
