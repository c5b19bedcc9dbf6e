"""Web stage, disputes: stored relations -> the ``/disputes`` page (who contradicts whom, filtered
like the quotation search); the article page shows the same rows for its own statements
(``templates/_disputes.html``).

Reads ``zitate.store.disputes.list_disputes`` (the rows of ``GET /api/disputes``). Each relation
is shown as two linked statements — the denial and the claim it answers — each linking to its
place in its article (``/articles/{id}#hl-{quote}``), also when the two are in different articles.
A bad form value is shown on the page with status 400.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..api.deps import SessionDep
from ..store.disputes import list_disputes
from .routes import MAX_TEXT, offset_of, page, page_links
from .views import parse_date

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 20
FIELDS = ("q", "speaker", "outlet", "from", "to", "type", "across")
TYPES = {"denies": "bestreitet", "contradicts": "widerspricht", "confirms": "bestätigt"}
ACROSS = {"": "alle", "1": "nur über Artikel hinweg", "0": "nur im selben Artikel"}


@router.get("/disputes")
def disputes_page(request: Request, session: SessionDep):
    """Who contradicts whom: the stored disputes, newest denial first, with a filter form."""
    raw = {k: (request.query_params.get(k) or "").strip() for k in FIELDS}
    errors: list[str] = []
    for key in ("q", "speaker", "outlet"):
        if len(raw[key]) > MAX_TEXT or "\x00" in raw[key]:
            errors.append(f"Das Feld {key!r} ist zu lang oder enthält ein NUL-Zeichen.")
            raw[key] = raw[key].replace("\x00", "")[:MAX_TEXT]
    dates = {}
    for key in ("from", "to"):
        dates[key] = parse_date(raw[key]) if raw[key] else None
        if raw[key] and dates[key] is None:
            errors.append(f"Das Datum {raw[key][:40]!r} ist kein Datum (JJJJ-MM-TT).")
    if raw["type"] and raw["type"] not in TYPES:
        errors.append(f"Unbekannte Art {raw['type'][:40]!r}.")
    if raw["across"] not in ACROSS:
        errors.append("Ungültige Auswahl für „Artikel“.")
    offset = offset_of(request.query_params.get("offset") or "0", errors)
    found, pages = None, None
    if not errors:
        total, items = list_disputes(
            session,
            q=raw["q"] or None,
            speaker=raw["speaker"] or None,
            outlet=raw["outlet"] or None,
            date_from=dates["from"].isoformat() if dates["from"] else None,
            date_to=dates["to"].isoformat() if dates["to"] else None,
            type=raw["type"] or None,
            across={"1": True, "0": False}.get(raw["across"]),
            limit=PAGE_SIZE,
            offset=offset,
        )
        found = {"total": total, "items": items}
        pages = page_links(raw, total, PAGE_SIZE, offset)
    context = {"raw": raw, "errors": errors, "found": found, "pages": pages, "nav": "disputes",
               "relation_types": TYPES, "across_choices": ACROSS}  # fmt: skip
    return page(request, "disputes.html", 400 if errors else 200, **context)
