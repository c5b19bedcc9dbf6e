"""Benchmark of who contradicts whom: hand-annotated disputes -> relation precision and recall.

Input: ``gold/disputes/*.json`` (per page of ``shared/data/html``, or per row of a corpus file
of ``shared/data`` given by ``"corpus"`` and ``"row"`` as in ``gold/speakers``: each denial,
contradiction or confirmation with the statement it answers, both as text spans copied from the
publisher's text) and ``gold/disputes/texts.jsonl`` (short German news texts written by hand
with their disputes); the format is in that folder's README. Each page, row or text goes through
the whole product as ``zitate extract`` runs it. Output: a flat dict of figures for one split:

- ``precision``: share of system relations whose source covers a gold source (or an accepted
  alternative), whose target covers that relation's gold target (or an accepted alternative) and
  whose type is the gold type (or an accepted one);
- ``recall``: share of gold relations some system relation matches so; ``f1`` their harmonic mean;
- the same for the pages alone (``pages_*``), the corpus rows alone (``corpus_*``) and the texts
  alone (``texts_*``), and
  ``untyped_precision``/``untyped_recall`` (type not compared).

"Covers" is the rule of ``bench speakers``: character overlap of at least half the shorter of the
gold span and the system quotation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, ZitateError
from .speakers import GoldPage, analyse_text, best_quote, document_text, locate, normalise

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "gold" / "disputes"


def load_gold(folder: Path, split: str | None) -> list[dict]:
    """The gold items (pages and texts) of ``split`` (None: all) in ``folder``."""
    if not folder.is_dir():
        raise ZitateError(Errors.E330, split=split, path=folder)
    items: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
            _check(data)
        except (ValueError, KeyError, TypeError) as err:
            raise ZitateError(Errors.E331, path=path, detail=str(err)) from None
        items.append(data)
    texts = folder / "texts.jsonl"
    if texts.is_file():
        for n, line in enumerate(texts.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    data = json.loads(line)
                    _check(data)
                except (ValueError, KeyError, TypeError) as err:
                    raise ZitateError(Errors.E331, path=f"{texts}:{n}", detail=str(err)) from None
                items.append(data)
    items = [i for i in items if split is None or i["split"] == split]
    if not items:
        raise ZitateError(Errors.E330, split=split, path=folder)
    return items


def _check(data: dict) -> None:
    if "page" not in data and "text" not in data:
        data["corpus"], data["row"] = str(data["corpus"]), int(data["row"])
    if data["split"] not in ("dev", "test"):
        raise ValueError(f"split {data['split']!r} is neither dev nor test")
    for rel in data["relations"]:
        if rel["type"] not in ("denies", "contradicts", "confirms"):
            raise ValueError(f"unknown relation type {rel['type']!r}")
        if not rel["source"] or not rel["target"]:
            raise ValueError("a relation without source or target text")


def match_relations(gold: list[dict], record: dict, typed: bool = True) -> tuple[int, int, int]:
    """(correct system relations, system relations, gold relations matched) for one record."""
    text = record["article"]["text"]
    norm, index = normalise(text)
    quotes = {q["id"]: q for q in record.get("quotes", []) if q.get("spans")}
    listed = list(quotes.values())

    def covered(snippets: list[str]) -> set[str]:
        ids = set()
        for snippet in snippets:
            span = locate(text, norm, index, snippet)
            if span is None:
                continue
            for quote in listed:
                if best_quote(span, [quote]) is not None:
                    ids.add(quote["id"])
        return ids

    wanted = [
        (
            covered([g["source"], *g.get("source_accept", [])]),
            covered([g["target"], *g.get("target_accept", [])]),
            {g["type"], *g.get("type_accept", [])},
        )
        for g in gold
    ]
    correct, matched = 0, set()
    relations = record.get("relations", [])
    for rel in relations:
        for n, (sources, targets, types) in enumerate(wanted):
            hit = rel["source"] in sources and rel["target"] in targets
            if hit and (not typed or rel["type"] in types):
                correct += 1
                matched.add(n)
                break
    return correct, len(relations), len(matched)


def explain(gold: list[dict], record: dict) -> list[str]:
    """One line per gold relation no system relation matches, and per wrong system relation:
    whether zitate has the source and target statement at all, and where the source points."""
    text = record["article"]["text"]
    norm, index = normalise(text)
    quotes = {q["id"]: q for q in record.get("quotes", []) if q.get("spans")}

    def ids(snippets: list[str]) -> set[str]:
        found = set()
        for snippet in snippets:
            span = locate(text, norm, index, snippet)
            found |= {k for k, q in quotes.items() if span and best_quote(span, [q])}
        return found

    def short(key: str) -> str:
        quote = quotes.get(key) or {}
        who = (quote.get("speaker") or {}).get("text") or "?"
        return f"{key} [{quote.get('type')}, {who}] „{(quote.get('text') or '')[:60]}“"

    relations = record.get("relations", [])
    lines, right = [], set()
    for g in gold:
        sources = ids([g["source"], *g.get("source_accept", [])])
        targets = ids([g["target"], *g.get("target_accept", [])])
        types = {g["type"], *g.get("type_accept", [])}
        hits = [r for r in relations if r["source"] in sources and r["target"] in targets]
        right |= {id(r) for r in hits if r["type"] in types}
        if any(r["type"] in types for r in hits):
            continue
        why = (
            "no source statement" if not sources else "no target statement" if not targets
            else "wrong type" if hits else "source not detected or targeted elsewhere"
        )  # fmt: skip
        lines.append(f"MISS {g['type']} ({why}): „{g['source'][:60]}“ -> „{g['target'][:60]}“")
        for r in relations:
            if r["source"] in sources:
                lines.append(f"  it points at {short(r['target'])} ({r['type']})")
    for r in relations:
        if id(r) not in right:
            lines.append(f"WRONG {r['type']}: {short(r['source'])} -> {short(r['target'])}")
    return lines


def prf(correct: int, found: int, matched: int, gold: int) -> dict:
    p = correct / found if found else 1.0
    r = matched / gold if gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}  # fmt: skip


def analyse(item: dict, data: Path, nlp) -> dict:
    """The record ``zitate extract`` gives for a gold page or text."""
    from ..ingest.html import article_from_html
    from ..ingest.text import article_from_text
    from ..record import build_record

    if "corpus" in item:
        gold = GoldPage(_name(item), item["split"], (), (), item["corpus"], item["row"])
        return analyse_text(document_text(gold, data), gold.page, nlp)
    if "page" in item:
        path = data / "html" / item["page"]
        if not path.is_file():
            raise ZitateError(Errors.E011, path=path)
        article = article_from_html(path.read_bytes(), str(path))
    else:
        article = article_from_text(item["text"], item["id"])
    return build_record(article, nlp(article.text))


def _name(item: dict) -> str:
    if "corpus" in item:
        return f"{item['corpus']}#{item['row']}"
    return item.get("page", item.get("id"))


def _kind(item: dict) -> str:
    return "corpus" if "corpus" in item else "pages" if "page" in item else "texts"


def bench_disputes(
    data: Path,
    gold_dir: Path = DEFAULT_GOLD,
    split: str | None = "dev",
    model: Path | None = None,
    log: Callable[[str], None] = print,
    records: Callable[[dict], dict] | None = None,
) -> dict:
    """Score the disputes stage on the gold of ``split``; ``records`` may supply the record of
    an item (default: analyse it with the attribution pipeline)."""
    items = load_gold(gold_dir, split)
    if records is None:
        from ..quotes.pipeline import attribution_pipeline

        nlp = attribution_pipeline(base=model)

        def records(item: dict) -> dict:
            return analyse(item, data, nlp)

    kinds = ("pages", "corpus", "texts")
    counts = {key: [0, 0, 0, 0] for key in (*kinds, "untyped")}
    for item in items:
        record = records(item)
        kind = _kind(item)
        c, f, m = match_relations(item["relations"], record)
        cu, _, mu = match_relations(item["relations"], record, typed=False)
        for key, values in ((kind, (c, f, m)), ("untyped", (cu, f, mu))):
            for n, v in enumerate((*values, len(item["relations"]))):
                counts[key][n] += v
        name = _name(item)
        log(f"{c}/{f} right, {m}/{len(item['relations'])} found  {name}")
        for line in explain(item["relations"], record):
            log(f"    {line}")
    total = [sum(values) for values in zip(*(counts[kind] for kind in kinds), strict=True)]
    result: dict = {"split": split, "items": len(items), "gold_relations": total[3],
                    "system_relations": total[1], **prf(*total)}  # fmt: skip
    for kind in kinds:
        if kind == "corpus" and not any(_kind(item) == "corpus" for item in items):
            continue  # no corpus rows in this split: the keys of earlier runs stay as they were
        result.update({f"{kind}_{k}": v for k, v in prf(*counts[kind]).items()})
    untyped = prf(*counts["untyped"])
    result["untyped_precision"], result["untyped_recall"] = untyped["precision"], untyped["recall"]
    return result
