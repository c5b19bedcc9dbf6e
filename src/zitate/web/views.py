"""Web stage, views: extraction records and API results -> what the templates show.

Takes the record of ``shared/OUTPUT.md`` (stored or just analysed) and gives an ``ArticleView``:
the paragraphs as marked HTML (``markup.render``), one ``QuoteView`` per quotation with its
attribution in German words, and the legend of quotation types; plus the German labels and date
formats the other pages use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from markupsafe import Markup

from .markup import Layer, render

TYPE_LABELS = {
    "Direct": "Direkte Rede",
    "Indirect": "Indirekte Rede",
    "FreeIndirect": "Freie indirekte Rede",
    "IndirectFreeIndirect": "Indirekte, dann freie indirekte Rede",
    "Reported": "Redebericht",
}
MEDIUM_LABELS = {
    "Speech": "gesprochen",
    "Writing": "geschrieben",
    "Thought": "gedacht",
    "SW": "gesprochen oder geschrieben",
    "ST": "gesprochen oder gedacht",
    "TW": "gedacht oder geschrieben",
    "none": "ohne Medium",
}
KIND_LABELS = {
    "PER": "Person",
    "ORG": "Organisation",
    "LOC": "Ort",
    "MISC": "Sonstiges",
    "GROUP": "Gruppe",
}
ROLE_LABELS = {"speaker": "Sprecher", "cue": "Redeeinleitung", "addressee": "Adressat"}
PARAGRAPH_KINDS = ("title", "teaser", "heading", "body")


def parse_date(value: str | None) -> date | None:
    """The day of an ISO 8601 date or timestamp, ``None`` when absent or unreadable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def german_date(value: str | None) -> str:
    """``2005-01-29T…`` -> ``29.01.2005``; the raw value when it is no ISO date; ``""`` if none."""
    day = parse_date(value)
    return day.strftime("%d.%m.%Y") if day else (value or "")


def web_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL — the only kind the pages link to — else ``None``."""
    return value if value and value.lower().startswith(("http://", "https://")) else None


def german_number(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


# relation type -> (what the source does, what happens to the target), in German
RELATION_LABELS = {
    "denies": ("bestreitet", "bestritten von"),
    "contradicts": ("widerspricht", "widersprochen von"),
    "confirms": ("bestätigt", "bestätigt von"),
}


@dataclass
class QuoteView:
    """One quotation of an article with its attribution in German words."""

    id: str
    number: int
    type: str
    medium: str | None
    text: str
    speaker: str | None  # the mention in the text
    entity: str | None  # the entity it resolves to: name and kind
    speaker_url: str | None
    cue: str | None
    frame: str | None
    addressee: str | None
    confidence: float | None
    nested_in: str | None
    nested_number: int | None = None
    disputes: list[str] = field(default_factory=list)  # „bestreitet Zitat 5“, „bestritten von …“

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)

    @property
    def medium_label(self) -> str:
        return MEDIUM_LABELS.get(self.medium or "none", self.medium or "")

    @property
    def confidence_label(self) -> str:
        return f"{german_number(self.confidence)}" if self.confidence is not None else "–"

    @property
    def speaker_label(self) -> str:
        if self.speaker and self.entity:
            return f"{self.speaker} → {self.entity}"
        if self.speaker:
            return f"{self.speaker} (keine Entität)"
        return "unbekannt"

    def rows(self) -> list[tuple[str, str]]:
        """The attribution as (label, value) rows: type, medium, speaker, cue, addressee…"""
        rows = [
            ("Typ", self.type_label),
            ("Medium", self.medium_label),
            ("Sprecher", self.speaker_label),
            ("Redeeinleitung", self.cue or "–"),
            ("Adressat", self.addressee or "–"),
            ("Konfidenz", self.confidence_label),
        ]
        if self.nested_number is not None:
            rows.append(("Eingebettet in", f"Zitat {self.nested_number}"))
        if self.disputes:
            rows.append(("Widerspruch", "; ".join(self.disputes)))
        return rows

    def tooltip(self) -> str:
        lines = [f"Zitat {self.number}: {self.type_label}, {self.medium_label}"]
        lines += [f"{label}: {value}" for label, value in self.rows()[2:]]
        return "\n".join(lines)


@dataclass
class ParagraphView:
    kind: str
    html: Markup


@dataclass
class ArticleView:
    """An article page: metadata, marked paragraphs, quotations and the legend."""

    id: str
    title: str
    url: str | None
    source: str | None
    published: str
    updated: str
    authors: list[str]
    credits: list[str]
    language: str | None
    title_html: Markup
    paragraphs: list[ParagraphView]
    quotes: list[QuoteView]
    legend: list[tuple[str, str, int]] = field(default_factory=list)  # (type, label, count)


def _entity_label(entities: dict[str, dict], role: dict | None) -> str | None:
    entity = entities.get((role or {}).get("entity") or "")
    if not entity:
        return None
    kind = KIND_LABELS.get(entity["kind"], entity["kind"])
    return f"{entity['name']} ({kind})"


def _text(role: dict | None) -> str | None:
    return (role or {}).get("text") or None


def quote_views(record: dict, speaker_urls: dict[str, str] | None = None) -> list[QuoteView]:
    """The quotations of ``record`` in text order; ``speaker_urls`` maps a quotation id to the
    page of its speaker."""
    entities = {e["id"]: e for e in record.get("entities") or []}
    views = []
    for number, quote in enumerate(record.get("quotes") or [], start=1):
        addressee = _text(quote.get("addressee"))
        if addressee and (resolved := _entity_label(entities, quote.get("addressee"))):
            addressee = f"{addressee} → {resolved}"
        views.append(
            QuoteView(
                id=quote["id"],
                number=number,
                type=quote["type"],
                medium=quote.get("medium"),
                text=quote["text"],
                speaker=_text(quote.get("speaker")),
                entity=_entity_label(entities, quote.get("speaker")),
                speaker_url=(speaker_urls or {}).get(quote["id"]),
                cue=_text(quote.get("cue")),
                frame=_text(quote.get("frame")),
                addressee=addressee,
                confidence=quote.get("confidence"),
                nested_in=quote.get("nested_in"),
            )
        )
    numbers = {v.id: v.number for v in views}
    by_id = {v.id: v for v in views}
    for view in views:
        view.nested_number = numbers.get(view.nested_in or "")
    for relation in record.get("relations") or []:
        source, target = by_id.get(relation["source"]), by_id.get(relation["target"])
        if source is None or target is None:
            continue
        verb, passive = RELATION_LABELS.get(relation["type"], (relation["type"], relation["type"]))
        source.disputes.append(f"{verb} Zitat {target.number}")
        target.disputes.append(f"{passive} Zitat {source.number}")
    return views


def layers(record: dict, views: list[QuoteView]) -> list[Layer]:
    """The marks of the article text: one ``<mark>`` per quotation span and one ``<span>`` per
    distinct speaker, cue and addressee range (shared by the quotations it belongs to)."""
    out: list[Layer] = []
    by_id = {v.id: v for v in views}
    roles: dict[tuple[str, int, int], list[QuoteView]] = {}
    for quote in record.get("quotes") or []:
        view = by_id[quote["id"]]
        css = f"quote q-{view.type}" + (" nested" if view.nested_in else "")
        attrs = {"class": css, "data-quote": view.id, "title": view.tooltip()}
        first = {"id": f"hl-{view.id}", "tabindex": "0"}
        for i, (start, end) in enumerate(quote.get("spans") or []):
            out.append(Layer(start, end, "quote", "mark", attrs, first if i == 0 else {}))
        for role in ROLE_LABELS:
            for start, end in (quote.get(role) or {}).get("spans") or []:
                roles.setdefault((role, start, end), []).append(view)
    for (role, start, end), owners in roles.items():
        numbers = ", ".join(str(v.number) for v in owners)
        label = owners[0].speaker_label if role == "speaker" else None
        title = f"{ROLE_LABELS[role]}{': ' + label if label else ''} (Zitat {numbers})"
        attrs = {
            "class": f"role role-{role}",
            "data-quote": " ".join(v.id for v in owners),
            "title": title,
        }
        out.append(Layer(start, end, role, "span", attrs))
    return out


def _paragraphs(data: dict) -> list[dict]:
    text = data.get("text") or ""
    paragraphs = [p for p in data.get("paragraphs") or [] if p.get("end", 0) > p.get("start", 0)]
    if paragraphs:
        return paragraphs
    out, offset = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append({"start": offset, "end": offset + len(block), "kind": "body"})
        offset += len(block) + 2
    return out


def article_view(record: dict, speaker_urls: dict[str, str] | None = None) -> ArticleView:
    """The page of ``record``: its paragraphs with the quotations marked, and their list."""
    data = record["article"]
    text = data.get("text") or ""
    views = quote_views(record, speaker_urls)
    marks = layers(record, views)
    title_html = Markup("")
    paragraphs = []
    for p in _paragraphs(data):
        html = render(text, p["start"], p["end"], marks)
        kind = p.get("kind") if p.get("kind") in PARAGRAPH_KINDS else "body"
        if kind == "title" and not title_html:
            title_html = html
        else:
            paragraphs.append(ParagraphView(kind, html))
    counts = Counter(v.type for v in views)
    legend = [(t, label, counts.get(t, 0)) for t, label in TYPE_LABELS.items()]
    return ArticleView(
        id=data.get("id") or "",
        title=data.get("title") or "Ohne Titel",
        url=web_url(data.get("url")),
        source=data.get("source"),
        published=german_date(data.get("published")),
        updated=german_date(data.get("updated")),
        authors=list(data.get("authors") or []),
        credits=list(data.get("credits") or []),
        language=data.get("language"),
        title_html=title_html or Markup.escape(data.get("title") or "Ohne Titel"),
        paragraphs=paragraphs,
        quotes=views,
        legend=legend,
    )
