"""Learning and saving the cue lexicon; the bench runner end to end on a tiny split (issue 3)."""

from __future__ import annotations

import gzip
import json

from rich.console import Console

from zitate.bench.quotes import run_bench, score_dirs
from zitate.quotes.dataset import document_from_json, to_doc
from zitate.quotes.lexicon import CueLexicon, learn

from .test_dataset import example_json


def test_lexicon_counts_cue_tokens_once_and_round_trips(tmp_path):
    document = document_from_json(example_json())
    lexicon = learn([document, document])
    entry = lexicon.get("sagte")
    assert (entry.cue, entry.total) == (2, 2)
    assert entry.types == {"Direct": 2} and entry.media == {"Speech": 2}
    path = lexicon.to_disk(tmp_path / "cues.json")
    again = CueLexicon.from_disk(path)
    assert again.to_json() == lexicon.to_json()
    assert again.is_cue("Sagte")


def _split(tmp_path):
    folder = tmp_path / "quotes-de-wikinews"
    folder.mkdir()
    with gzip.open(folder / "dev.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(example_json()) + "\n")
    return tmp_path


def test_run_bench_with_an_oracle_scores_one_and_writes_files(tmp_path):
    data = _split(tmp_path)
    gold = document_from_json(example_json()).quotations

    def oracle(doc):
        assert [t.text for t in doc][:2] == ["Merkel", "sagte"]  # the dataset's own tokens
        return list(gold)

    console = Console(file=open(tmp_path / "out.txt", "w"))  # noqa: SIM115
    figures = run_bench("dev", tmp_path / "pred", oracle, data, console=console)
    assert figures["joint_f1"] == figures["msg_f1"] == figures["type_f1"] == 1.0
    assert len(list((tmp_path / "pred").glob("*.json"))) == 1
    again = score_dirs("dev", tmp_path / "pred", data, console=console)
    assert again["joint_f1"] == 1.0 and "docs_per_s" not in again


def test_run_bench_with_nothing_predicted_scores_zero(tmp_path):
    data = _split(tmp_path)
    console = Console(file=open(tmp_path / "out.txt", "w"))  # noqa: SIM115
    figures = run_bench("dev", tmp_path / "pred", lambda doc: [], data, console=console)
    assert figures["joint_f1"] == 0.0 and figures["gold"] == 2
    assert to_doc(document_from_json(example_json())).text.startswith("Merkel sagte")
