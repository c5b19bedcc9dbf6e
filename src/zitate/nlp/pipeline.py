"""NLP stage, the German base pipeline: text -> ``Doc`` with tokens, sentences, STTS tags, UPOS,
lemmas, verb morphology (Mood, Person, Number, Tense) and named entities (PER, ORG, LOC, MISC).

``load()`` returns the committed pipeline (``zitate/models/de_zitate_base``); ``assemble``
builds it from the two trained parts (tagger pipeline, NER pipeline) at training time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import Errors, ZitateError
from . import mood, sentences, tokenizer  # noqa: F401  (register factories and callbacks)

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "de_zitate_base"


def load(path: str | Path | None = None, **kwargs) -> Language:
    """Load a pipeline directory (default: the committed base pipeline)."""
    path = Path(path) if path else DEFAULT_MODEL
    if not (path / "config.cfg").exists():
        raise ZitateError(Errors.E010, path=path)
    return spacy.load(path, **kwargs)


def upos_patterns(gold_sentences) -> list[dict]:
    """Attribute-ruler patterns STTS -> UPOS: each tag's most frequent UPOS in gold UD data."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for sent in gold_sentences:
        for tag, pos in zip(sent.tags, sent.upos, strict=True):
            counts[tag][pos] += 1
    return [
        {"patterns": [[{"TAG": tag}]], "attrs": {"POS": c.most_common(1)[0][0]}}
        for tag, c in sorted(counts.items())
    ]


def assemble(tagger_dir: Path, ner_dir: Path, data: Path) -> Language:
    """Tagger pipeline + STTS->UPOS ruler + mood + sentence rules + sourced NER."""
    from ..train.corpora import read_conllu

    nlp = spacy.load(tagger_dir)
    tokenizer.customize_tokenizer(nlp)  # the current rules, not the snapshot saved in training
    ruler = nlp.add_pipe("attribute_ruler", after="trainable_lemmatizer")
    gsd_dev = read_conllu(data / "ud/de_gsd-ud-dev.conllu.gz")
    ruler.add_patterns(upos_patterns(gsd_dev))
    nlp.add_pipe("zitate_mood", after="attribute_ruler")
    # The senter is trained only as an auxiliary objective of the shared tok2vec; sentence
    # boundaries come from the sentencizer on zitate's tokens plus the news rules, which
    # measure better on the Wikinews annotation (see MODEL_CARD.md).
    nlp.remove_pipe("senter")
    nlp.add_pipe("sentencizer", config={"punct_chars": sentences.PUNCT_CHARS})
    nlp.add_pipe("zitate_paragraphs", after="sentencizer")
    ner_nlp = spacy.load(ner_dir)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.vocab.vectors = ner_nlp.vocab.vectors  # the NER embeds the floret vectors
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta["name"] = "zitate_base"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "German base pipeline of zitate, see MODEL_CARD.md"
    return nlp
