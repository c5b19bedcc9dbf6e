"""Output stage, terminal: a record -> the article with quotations highlighted, then a table.

Used by ``zitate extract --format pretty``. Above the text: the article's publication date,
outlet, authors, credits (agencies) and address. Each quotation is shown in the text with its
number; speakers and cues are marked. Below: the quotations (speaker phrase → the name of the
document entity it resolves to), the relations between them („[3] denies → [1]“) and the entities
with their aliases.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

TYPE_STYLES = {
    "Direct": "bold green",
    "Indirect": "bold cyan",
    "FreeIndirect": "bold magenta",
    "IndirectFreeIndirect": "bold blue",
    "Reported": "bold yellow",
}


def print_pretty(record: dict, doc=None, console: Console | None = None) -> None:
    """Print ``record`` (OUTPUT.md) to ``console``; ``doc`` is accepted for callers, unused."""
    console = console or Console()
    article = record["article"]
    text = Text(article["text"])
    for para in article.get("paragraphs", []):
        if para["kind"] in ("title", "heading"):
            text.stylize("bold", para["start"], para["end"])
    for quote in record.get("quotes", []):
        style = TYPE_STYLES.get(quote["type"], "bold")
        for start, end in quote["spans"]:
            text.stylize(style, start, end)
        for role, role_style in (("speaker", "underline"), ("cue", "italic")):
            if quote.get(role):
                for start, end in quote[role]["spans"]:
                    text.stylize(role_style, start, end)
    console.rule(article.get("title") or record.get("input") or "")
    console.print(metadata_line(article), highlight=False)
    console.print(_with_numbers(text, record.get("quotes", [])))
    quotes = record.get("quotes", [])
    if quotes:
        table = Table(title="Quotations")
        for col in ("#", "type", "speaker → entity", "cue", "medium", "text"):
            table.add_column(col)
        names = {e["id"]: e["name"] for e in record.get("entities", [])}
        for n, q in enumerate(quotes, start=1):
            who = speaker_cell(q.get("speaker"), names)
            cue = (q.get("cue") or {}).get("text", "—")
            snippet = q["text"] if len(q["text"]) < 60 else q["text"][:57] + "…"
            table.add_row(str(n), q["type"], who, cue, q["medium"], snippet)
        console.print(table)
    relations = record.get("relations") or []
    if relations:
        numbers = {q["id"]: n for n, q in enumerate(quotes, start=1)}
        table = Table(title="Relations")
        for col in ("quotation", "relation", "to quotation"):
            table.add_column(col)
        for r in relations:
            source, target = numbers.get(r["source"]), numbers.get(r["target"])
            table.add_row(
                f"[{source}]" if source else r["source"],
                f"{r['type']} →",
                f"[{target}]" if target else r["target"],
            )
        console.print(table)
    entities = record.get("entities", [])
    if entities:
        table = Table(title="Entities")
        for col in ("id", "kind", "name", "mentions", "aliases"):
            table.add_column(col)
        for e in entities:
            aliases = ", ".join(e.get("aliases", []))
            table.add_row(e["id"], e["kind"], e["name"], str(len(e["mentions"])), aliases)
        console.print(table)


def metadata_line(article: dict) -> Text:
    """„published 2005-01-29 · outlet de.wikinews.org · authors … · credits dpa · url …“; the
    fields the article lacks say so („no date“, „no outlet“)."""
    parts = [
        f"published {article.get('published') or 'no date'}",
        f"outlet {article.get('source') or 'no outlet'}",
    ]
    if article.get("authors"):
        parts.append("authors " + ", ".join(article["authors"]))
    if article.get("credits"):
        parts.append("credits " + ", ".join(article["credits"]))
    if article.get("url"):
        parts.append(f"url {article['url']}")
    return Text(" · ".join(parts), style="dim")


def speaker_cell(speaker: dict | None, names: dict[str, str]) -> str:
    """„der US-Präsident → Donald Trump“; the name alone when the phrase is the name; „—“."""
    if not speaker:
        return "—"
    name = names.get(speaker.get("entity") or "")
    if name is None or name == speaker["text"]:
        return speaker["text"]
    return f"{speaker['text']} → {name}"


def _with_numbers(text: Text, quotes: list[dict]) -> Text:
    """Insert a numbered marker „[n]“ before the first span of each quotation."""
    starts = sorted((q["spans"][0][0], n) for n, q in enumerate(quotes, start=1) if q["spans"])
    out, prev = Text(), 0
    for start, n in starts:
        out.append_text(text[prev:start])
        out.append(f"[{n}]", style="reverse")
        prev = start
    out.append_text(text[prev:])
    return out
