"""Training, base pipeline: ``shared/data`` -> the committed German base pipeline.

``train_base`` runs these steps, each idempotent given its inputs:
1. the tagger corpus: teacher-labelled text + UD GSD as DocBins (``prepare``);
2. floret vectors from the raw training text (``vectors``), loaded as a spaCy vectors model;
3. ``spacy train`` of the tagger/lemmatiser pipeline (``configs/tagger.cfg``);
4. assembly into one pipeline with those vectors (``zitate.train.assemble``);
5. the NER (``zitate.train.ner``, ``configs/ner.cfg``), from scratch with its own token encoder
   (gazetteer class among its features) on GermEval (twice) + MobIE/PUD UNER/LER + WikiNEuRal
   silver, STTS tags from the pipeline's own tagger; it is added to the pipeline written to
   ``output``.
``ner_from`` skips steps 1-4 and trains the NER for an existing pipeline (its tagger and
vectors; the committed model was made so from the previous one). ``smoke=True`` uses a tiny
subset and a few steps, to prove the script in CI.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from .prepare import Budget, tagger_corpus, write_docbin

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
    ner = train_ner(data, base, workdir, budget, smoke)
    nlp = replace_ner(base, ner)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output


def train_ner(data: Path, base: Path, workdir: Path, budget: Budget, smoke: bool) -> Path:
    """Step 5: the NER for pipeline ``base`` (its tagger's tags, its vectors); its directory."""
    from .gazetteer import build_gazetteer
    from .ner import ner_corpus

    log.info("NER: gazetteer %s", build_gazetteer(data))  # deterministic, sorted lists
    log.info("NER: corpus tagged by %s", base)
    train, dev = ner_corpus(data, base, budget)
    ner_train = write_docbin(train, workdir / "ner-train.spacy")
    ner_dev = write_docbin(dev, workdir / "ner-dev.spacy")
    steps = {"training.max_steps": 20, "training.eval_frequency": 10} if smoke else {}
    overrides = {**steps, "paths.vectors": str(base)}
    return spacy_train("ner", workdir / "ner", ner_train, ner_dev, overrides)


def stage_one(data: Path, workdir: Path, budget: Budget, smoke: bool) -> Path:
    """Steps 1-4: tagger pipeline with the floret vectors, assembled in ``workdir``."""
    from .assemble import assemble

    steps = {"training.max_steps": 200, "training.eval_frequency": 100} if smoke else {}

    log.info("preparing tagger corpus")
    train, dev = tagger_corpus(data, budget)
    tagger_train = write_docbin(train, workdir / "tagger-train.spacy")
    tagger_dev = write_docbin(dev, workdir / "tagger-dev.spacy")
    log.info("training floret vectors")
    vectors = build_vectors(data, workdir, smoke)

    tagger = spacy_train("tagger", workdir / "tagger", tagger_train, tagger_dev, steps)
    out = workdir / "stage1"
    assemble(tagger, vectors, data).to_disk(out)
    return out
