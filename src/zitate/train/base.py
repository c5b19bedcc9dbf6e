"""Training, base pipeline: ``shared/data`` -> the committed German base pipeline.

``train_base`` runs four steps, each idempotent given its inputs:
1. corpora: teacher-labelled tagger corpus and the NER corpus (GermEval + MobIE + PUD UNER +
   LER, teacher tags as a feature) as DocBins (``prepare``);
2. floret vectors from the raw training text (``vectors``), loaded as a spaCy vectors model;
3. ``spacy train`` of the tagger/lemmatiser pipeline (``configs/tagger.cfg``);
4. ``spacy train`` of the NER pipeline (``configs/ner.cfg``) with those vectors;
5. assembly into one pipeline (``zitate.train.assemble``) written to ``output``.
``smoke=True`` uses a tiny subset and a few hundred steps, to prove the script in CI.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from .prepare import Budget, ner_corpus, tagger_corpus, write_docbin

log = logging.getLogger(__name__)


def config_path(name: str) -> Path:
    return Path(str(resources.files("zitate") / "configs" / f"{name}.cfg"))


def spacy_train(config: str, outdir: Path, train: Path, dev: Path, overrides: dict) -> Path:
    """Train one spaCy pipeline from a packaged config; returns its best model directory."""
    from spacy.cli.train import train as spacy_train_cli

    import zitate.nlp.tokenizer  # noqa: F401  (registers the tokenizer callback)
    import zitate.train.readers  # noqa: F401  (registers the tagged corpus reader)

    all_overrides = {"paths.train": str(train), "paths.dev": str(dev), **overrides}
    spacy_train_cli(config_path(config), outdir, overrides=all_overrides)
    return outdir / "model-best"


def build_vectors(data: Path, workdir: Path, smoke: bool) -> Path:
    """Raw text -> floret vectors -> a spaCy vectors model directory (``workdir/vectors-model``)."""
    import spacy
    from spacy.training.initialize import convert_vectors

    from .vectors import train_floret, write_raw_text

    raw = write_raw_text(data, workdir / "raw.txt", max_ler=200 if smoke else None)
    floret_file = train_floret(raw, workdir / "vectors", epochs=1 if smoke else 5)
    nlp = spacy.blank("de")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    out = workdir / "vectors-model"
    nlp.to_disk(out)
    return out


def train_base(
    data: Path, output: Path | None = None, smoke: bool = False, workdir: Path = Path("work")
) -> Path:
    from ..nlp.pipeline import DEFAULT_MODEL
    from .assemble import assemble

    output = output or DEFAULT_MODEL
    budget = Budget.smoke() if smoke else Budget()
    steps = {"training.max_steps": 200, "training.eval_frequency": 100} if smoke else {}
    workdir.mkdir(parents=True, exist_ok=True)

    log.info("preparing tagger corpus")
    train, dev = tagger_corpus(data, budget)
    tagger_train = write_docbin(train, workdir / "tagger-train.spacy")
    tagger_dev = write_docbin(dev, workdir / "tagger-dev.spacy")
    log.info("preparing NER corpus")
    train, dev = ner_corpus(data, budget)
    ner_train = write_docbin(train, workdir / "ner-train.spacy")
    ner_dev = write_docbin(dev, workdir / "ner-dev.spacy")
    log.info("training floret vectors")
    vectors = build_vectors(data, workdir, smoke)

    tagger = spacy_train("tagger", workdir / "tagger", tagger_train, tagger_dev, steps)
    ner_overrides = {**steps, "paths.vectors": str(vectors)}
    ner = spacy_train("ner", workdir / "ner", ner_train, ner_dev, ner_overrides)
    nlp = assemble(tagger, ner, data)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output
