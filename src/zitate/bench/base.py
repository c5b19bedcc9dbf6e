"""Benchmark, base pipeline: a pipeline + ``shared/data`` -> accuracy and speed figures.

- ``stts_acc``, ``upos_acc``, ``lemma_acc``: UD German GSD test, run on the treebank's own
  (syntactic) words; UPOS comes from the STTS->UPOS table (``zitate_upos``);
- ``mood_sub_p/r/f1``: ``Mood=Sub`` over all tokens of UD GSD dev+test and PUD (gold finite
  verbs carry ``Mood``), run on the treebank words;
- ``ner_p/r/f1``: exact-span match on the held-out GermEval slice (never trained on);
- ``sent_f1``: sentence-start boundaries (character offsets, first sentence of a document
  excluded) on the raw text of ``quotes-de-wikinews`` dev, tokenised by the pipeline itself;
- ``tokens_per_s``: ``nlp.pipe`` over the 10kGNAD test articles in one process;
- ``peak_rss_mb``: peak resident memory of the process.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.pipeline import load
from ..train import corpora
from ..train.prepare import germeval_split, map_germeval, require


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _docs(nlp: Language, sents: list[corpora.Sentence]) -> list[Doc]:
    docs = [Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sents]
    return list(nlp.pipe(docs, batch_size=256))


def tagging_scores(nlp: Language, sents: list[corpora.Sentence]) -> dict[str, float]:
    n = tag_ok = pos_ok = lemma_ok = 0
    for sent, doc in zip(sents, _docs(nlp, sents), strict=True):
        for tok, tag, pos, lemma in zip(doc, sent.tags, sent.upos, sent.lemmas, strict=True):
            n += 1
            tag_ok += tok.tag_ == tag
            pos_ok += tok.pos_ == pos
            lemma_ok += tok.lemma_ == lemma
    return {"stts_acc": tag_ok / n, "upos_acc": pos_ok / n, "lemma_acc": lemma_ok / n}


def mood_scores(nlp: Language, sents: list[corpora.Sentence]) -> dict[str, float]:
    tp = fp = fn = 0
    for sent, doc in zip(sents, _docs(nlp, sents), strict=True):
        for tok, feats in zip(doc, sent.feats, strict=True):
            gold = "Mood=Sub" in feats.split("|")
            pred = "Sub" in tok.morph.get("Mood")
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
    p, r, f = prf(tp, fp, fn)
    return {"mood_sub_p": p, "mood_sub_r": r, "mood_sub_f1": f}


def _bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            spans.add((start, i, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return spans


def ner_scores(nlp: Language, sents: list[corpora.Sentence]) -> dict[str, float]:
    tp = fp = fn = 0
    for sent, doc in zip(sents, _docs(nlp, sents), strict=True):
        gold = _bio_spans([map_germeval(t) for t in sent.ents])
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r, f = prf(tp, fp, fn)
    return {"ner_p": p, "ner_r": r, "ner_f1": f}


def sentence_scores(nlp: Language, wikinews: Path) -> dict[str, float]:
    tp = fp = fn = 0
    docs = list(corpora.iter_wikinews(wikinews))
    for gold, doc in zip(docs, nlp.pipe(d["originalText"] for d in docs), strict=True):
        text = gold["originalText"]
        gold_starts = {_skip_space(text, s["charBegin"]) for s in gold["sentences"][1:]}
        starts = [_first_word(sent) for sent in doc.sents]
        pred_starts = {start for start in starts if start is not None}
        pred_starts.discard(min(pred_starts, default=None))  # the document's first sentence
        tp += len(gold_starts & pred_starts)
        fp += len(pred_starts - gold_starts)
        fn += len(gold_starts - pred_starts)
    p, r, f = prf(tp, fp, fn)
    return {"sent_p": p, "sent_r": r, "sent_f1": f}


def _first_word(sent) -> int | None:
    """Character offset of a sentence's first non-space token (None for a blank "sentence")."""
    return next((t.idx for t in sent if not t.is_space), None)


def _skip_space(text: str, i: int) -> int:
    """A boundary is where the sentence's first character is (annotations may start at space)."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def speed(nlp: Language, texts: list[str]) -> dict[str, float]:
    start = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    return {"tokens": n_tokens, "seconds": round(seconds, 2), "tokens_per_s": n_tokens / seconds}


def bench_base(
    data: Path,
    model: Path | None = None,
    limit_docs: int | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, float]:
    nlp = load(model)
    ud = data / "ud"
    scores: dict[str, float] = {}
    log("tagging: UD GSD test")
    scores |= tagging_scores(nlp, corpora.read_conllu(require(ud / "de_gsd-ud-test.conllu.gz")))
    log("mood: UD GSD dev+test, PUD")
    mood_sents = []
    for name in ("de_gsd-ud-dev", "de_gsd-ud-test", "de_pud-ud-test"):
        mood_sents += corpora.read_conllu(require(ud / f"{name}.conllu.gz"))
    scores |= mood_scores(nlp, mood_sents)
    log("NER: held-out GermEval slice")
    _, heldout = germeval_split(data)
    scores |= ner_scores(nlp, heldout)
    log("sentences: quotes-de-wikinews dev")
    scores |= sentence_scores(nlp, require(data / "quotes-de-wikinews/dev.jsonl.gz"))
    log("speed: 10kGNAD test articles, nlp.pipe, one process")
    texts = corpora.read_gnad(require(data / "corpora/10kgnad-test.csv.gz"))
    scores |= speed(nlp, texts[:limit_docs] if limit_docs else texts)
    scores["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}
