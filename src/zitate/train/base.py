"""Training, base pipeline: ``shared/data`` -> the committed German base pipeline.

``train_base`` runs these steps, each idempotent given its inputs:
1. corpora: teacher-labelled tagger corpus and the NER corpus (GermEval + MobIE + PUD UNER +
   LER, teacher tags as a feature) as DocBins (``prepare``);
2. floret vectors from the raw training text (``vectors``), loaded as a spaCy vectors model;
3. ``spacy train`` of the tagger/lemmatiser pipeline (``configs/tagger.cfg``);
4. ``spacy train`` of the NER pipeline (``configs/ner.cfg``) with those vectors (stage 1);
5. assembly into one pipeline (``zitate.train.assemble``);
6. NER stage 2 (``zitate.train.ner``, ``configs/ner_finetune.cfg``): the stage-1 NER with a
   gazetteer column, fine-tuned on GermEval (twice) + the extra corpora + WikiNEuRal silver,
   tags from the pipeline's own tagger; it replaces the NER in the pipeline written to
   ``output``.
``ner_from`` skips steps 1-5 and fine-tunes the NER of an existing pipeline (the committed
model was made so from the previous one). ``smoke=True`` uses a tiny subset and a few hundred
steps, to prove the script in CI.
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
    data: Path,
    output: Path | None = None,
    smoke: bool = False,
    workdir: Path = Path("work"),
    ner_from: Path | None = None,
) -> Path:
    from ..nlp.pipeline import DEFAULT_MODEL
    from .assemble import replace_ner

    output = output or DEFAULT_MODEL
    budget = Budget.smoke() if smoke else Budget()
    workdir.mkdir(parents=True, exist_ok=True)
    base = ner_from or stage_one(data, workdir, budget, smoke)
    ner = finetune_ner(data, base, workdir, budget, smoke)
    nlp = replace_ner(base, ner)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output


def finetune_ner(data: Path, base: Path, workdir: Path, budget: Budget, smoke: bool) -> Path:
    """Stage 2: the NER of pipeline ``base`` + gazetteer column, fine-tuned; its directory."""
    from .gazetteer import build_gazetteer
    from .ner import add_gazetteer, finetune_corpus

    log.info("NER stage 2: gazetteer %s", build_gazetteer(data))  # deterministic, sorted lists
    log.info("NER stage 2: corpus tagged by %s", base)
    train, dev = finetune_corpus(data, base, budget)
    ner_train = write_docbin(train, workdir / "ner2-train.spacy")
    ner_dev = write_docbin(dev, workdir / "ner2-dev.spacy")
    init = workdir / "ner2-init"
    add_gazetteer(base).to_disk(init)
    steps = {"training.max_steps": 20, "training.eval_frequency": 10} if smoke else {}
    overrides = {**steps, "paths.init_model": str(init), "paths.vectors": str(init)}
    return spacy_train("ner_finetune", workdir / "ner2", ner_train, ner_dev, overrides)


def stage_one(data: Path, workdir: Path, budget: Budget, smoke: bool) -> Path:
    """Steps 1-5: tagger pipeline and stage-1 NER from scratch, assembled in ``workdir``."""
    from .assemble import assemble

    steps = {"training.max_steps": 200, "training.eval_frequency": 100} if smoke else {}

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
    out = workdir / "stage1"
    assemble(tagger, ner, data).to_disk(out)
    return out
