"""Search and export fixtures: real German articles with hand-annotated quotations.

Three documents of the quotes-de-wikinews ``train`` split become extraction records
(``shared/OUTPUT.md``) whose quotations are the gold annotations (type, medium, speaker, cue,
frame, addressee) — real text and real labels, stored without running the models. The Gaza
article holds „Waffenruhe“ in exactly one of its 30 quotations.
"""

from __future__ import annotations

import re
from pathlib import Path

from zitate.ingest.article import Article, Paragraph
from zitate.quotes.dataset import Document, read_split, token_ids_to_spans
from zitate.record import build_record
from zitate.store.ingest import Analysis, Ingestor

ARMSTRONG, AIR_FRANCE, GAZA = 0, 1, 416  # positions in the train split
OUTLETS = {ARMSTRONG: "www.tagesschau.de", AIR_FRANCE: "www.spiegel.de", GAZA: "taz.de"}
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)$")


def documents(shared_data: Path) -> dict[int, Document]:
    train = read_split(shared_data, "train")
    return {i: train[i] for i in OUTLETS}


def article_of(position: int, doc: Document) -> Article:
    """The article of ``doc``: its text as one body paragraph, the date of its name."""
    published = _DATE.search(doc.name)
    return Article(
        input=f"quotes-de-wikinews/train/{doc.name}",
        text=doc.text,
        paragraphs=[Paragraph(0, len(doc.text), "body")],
        title=doc.name.split(" - ", 1)[-1],
        source=OUTLETS[position],
        published=published[1] if published else None,
    )


def record_of_gold(article: Article, doc: Document) -> dict:
    """The record of ``article`` with the gold quotations of ``doc``; a speaker written as a
    proper name (capitalised words) becomes a document entity."""
    record = build_record(article)
    entities: dict[str, dict] = {}
    for n, q in enumerate(doc.quotations, 1):
        quote: dict = {"id": f"q{n}", "type": q.type, "medium": q.medium}
        spans = token_ids_to_spans(doc, q.quote)
        quote |= {"text": _text(doc, spans), "spans": [list(s) for s in spans]}
        for role in ("speaker", "cue", "frame", "addressee"):
            role_spans = token_ids_to_spans(doc, q.part(role))
            quote[role] = (
                {"text": _text(doc, role_spans), "spans": [list(s) for s in role_spans]}
                if role_spans
                else None
            )
        if quote["speaker"] is not None:
            name = quote["speaker"]["text"]
            if (
                re.fullmatch(r"(?!(?:Der|Die|Das|Ein|Eine) )(?:[A-ZÄÖÜ][\w-]+ ?)+", name)
                and " " in name
            ):
                if name not in entities:
                    entities[name] = {
                        "id": f"e{len(entities) + 1}",
                        "name": name,
                        "kind": "PER",
                        "mentions": [quote["speaker"]["spans"][0]],
                        "aliases": [],
                    }
                quote["speaker"]["entity"] = entities[name]["id"]
            else:
                quote["speaker"]["entity"] = None
        quote |= {"nested_in": None, "confidence": None}
        record["quotes"].append(quote)
    record["entities"] = list(entities.values())
    return record


def _text(doc: Document, spans) -> str:
    return " ".join(doc.text[a:b] for a, b in spans)


def store(engine, shared_data: Path, positions=tuple(OUTLETS)) -> dict[str, dict]:
    """Ingest the documents at ``positions``; returns their records by article id."""
    docs = documents(shared_data)
    ingestor = Ingestor(engine)
    records = {}
    for position in positions:
        article = article_of(position, docs[position])
        record = record_of_gold(article, docs[position])
        outcome = ingestor.ingest(article, lambda a, r=record: Analysis(r, analysed=True))
        assert outcome == "new", outcome
        records[article.id] = record
    return records
