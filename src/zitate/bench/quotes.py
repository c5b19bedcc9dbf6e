"""``zitate bench quotes``: accuracy and speed of quotation attribution on the Wikinews benchmark.

Stage: evaluation. Input: a split of ``shared/data/quotes-de-wikinews`` and a predictor (any
callable ``Doc -> list[Quotation]``, see ``zitate.quotes.predictors``), or a folder of prediction
files. Output: one prediction JSON per document in the dataset's format (``run_bench``), a rich
table of the scores of ``zitate.quotes.scoring`` (messages, roles, joint, type, medium; P/R/F1;
per type, per role) and a flat dict of the figures (``msg_f1``, ``roles_f1``, ``joint_f1``,
``type_f1``, ``medium_f1``, ``speaker_f1``, ``cue_f1``, ``frame_f1``, ``addressee_f1`` with their P
and R, … and ``docs_per_s`` when a predictor ran).

The predictor sees a ``Doc`` built from the dataset's own tokens and sentence boundaries; one
with a ``pipe`` method gets all documents at once (batched, as a pipeline runs in production).
``docs_per_s`` times the prediction only, not reading the split or writing files.
"""

from __future__ import annotations

import time
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table
from spacy.vocab import Vocab

from ..quotes.dataset import ROLES, read_predictions, read_split, to_doc, write_prediction
from ..quotes.predictors import Predictor
from ..quotes.scoring import Scores, score
from .quote_errors import kind_counts, print_errors, speaker_errors

DEFAULT_DATA = Path("../shared/data")


def run_bench(
    split: str,
    pred_dir: Path | str,
    predictor: Predictor,
    data_dir: Path | str = DEFAULT_DATA,
    vocab: Vocab | None = None,
    console: Console | None = None,
    errors: bool = False,
) -> dict:
    """Predict every document of ``split``, write the predictions, score them and print a table.

    ``errors``: also print one line per wrong or missed gold speaker to stderr (``quote_errors``).
    """
    documents = read_split(data_dir, split)
    pred_dir = Path(pred_dir)
    if vocab is None:  # one German vocabulary for the split, not a blank pipeline per document
        vocab = spacy.blank("de").vocab
    docs = [to_doc(document, vocab) for document in documents]
    started = time.perf_counter()
    predicted = predict_all(predictor, docs)
    elapsed = time.perf_counter() - started
    for document, quotations in zip(documents, predicted, strict=True):
        write_prediction(document, quotations, pred_dir)
    gold = {d.name: d.quotations for d in documents}
    system = read_predictions(pred_dir)
    scores = score(gold, system)
    figures = flatten(scores)
    figures["docs_per_s"] = len(documents) / elapsed if elapsed else 0.0
    print_scores(scores, figures["docs_per_s"], console or _console())
    if errors:
        _report_errors(documents, system, figures)
    return figures


def predict_all(predictor: Predictor, docs: list) -> list[list]:
    """The predictor's quotations of every ``Doc``; batched through ``predictor.pipe`` if any."""
    pipe = getattr(predictor, "pipe", None)
    if pipe is not None:
        return list(pipe(docs))
    return [predictor(doc) for doc in docs]


def score_dirs(
    gold_split: str,
    pred_dir: Path | str,
    data_dir: Path | str = DEFAULT_DATA,
    console: Console | None = None,
    errors: bool = False,
) -> dict:
    """Score the prediction files already in ``pred_dir`` against ``gold_split``."""
    documents = read_split(data_dir, gold_split)
    gold = {d.name: d.quotations for d in documents}
    system = read_predictions(pred_dir)
    scores = score(gold, system)
    print_scores(scores, None, console or _console())
    figures = flatten(scores)
    if errors:
        _report_errors(documents, system, figures)
    return figures


def _report_errors(documents: list, system: dict, figures: dict) -> None:
    """Print the speaker errors to stderr and add their counts per kind to ``figures``."""
    found = speaker_errors(documents, system)
    print_errors(found)
    figures["speaker_errors"] = kind_counts(found)


def _console() -> Console:
    """A console at least 110 columns wide, so the per-type table is not cut when piped."""
    return Console(width=max(Console().width, 110))


def flatten(scores: Scores) -> dict:
    """The headline figures (P, R, F1 of each measure), counts and the per-type table."""
    figures: dict = {}
    for key, prf in (
        ("msg", scores.messages),
        ("roles", scores.roles),
        ("joint", scores.joint),
        ("type", scores.type),
        ("medium", scores.medium),
    ):
        figures.update({f"{key}_p": prf.p, f"{key}_r": prf.r, f"{key}_f1": prf.f1})
    for part in ROLES:  # the roles one by one: where the roles figure loses its tokens
        prf = scores.per_part[part]
        figures.update({f"{part}_p": prf.p, f"{part}_r": prf.r, f"{part}_f1": prf.f1})
    figures.update(
        documents=scores.documents,
        gold=scores.gold,
        system=scores.system,
        pairs=scores.pairs,
        per_type=scores.per_type,
    )
    return figures


def print_scores(scores: Scores, docs_per_s: float | None, console: Console) -> None:
    """Print the headline table, the per-type table and the speed."""
    console.print(_headline_table(scores))
    console.print(_per_part_table(scores))
    console.print(_per_type_table(scores))
    counts = f"{scores.documents} documents, {scores.gold} gold / {scores.system} system quotations"
    speed = f", {docs_per_s:.1f} docs/s" if docs_per_s is not None else ""
    console.print(f"{counts}, {scores.pairs} pairs{speed}")


def _headline_table(scores: Scores) -> Table:
    table = Table(title="Quotation attribution")
    for column in ("measure", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name, prf in (
        ("messages", scores.messages),
        ("roles", scores.roles),
        ("joint", scores.joint),
        ("type", scores.type),
        ("medium", scores.medium),
    ):
        table.add_row(name, f"{prf.p:.3f}", f"{prf.r:.3f}", f"{prf.f1:.3f}")
    return table


def _per_part_table(scores: Scores) -> Table:
    table = Table(title="Per role (mean of per-pair ratios, as roles)")
    for column in ("role", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "role" else "right")
    for part in ROLES:
        prf = scores.per_part[part]
        table.add_row(part, f"{prf.p:.3f}", f"{prf.r:.3f}", f"{prf.f1:.3f}")
    return table


def _per_type_table(scores: Scores) -> Table:
    table = Table(title="Per type (msg: by system/gold type; lbl: exact type label)")
    columns = ("type", "gold", "sys", "msgP", "msgR", "msgF1", "lblP", "lblR", "lblF1")
    for column in columns:
        table.add_column(column, justify="left" if column == "type" else "right", no_wrap=True)
    for label, row in scores.per_type.items():
        table.add_row(
            label,
            str(row["gold"]),
            str(row["system"]),
            *(
                f"{row[k]:.3f}"
                for k in ("msg_p", "msg_r", "msg_f1", "label_p", "label_r", "label_f1")
            ),
        )
    return table
