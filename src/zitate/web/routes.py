"""Web stage, pages: the stored records and the pipeline -> HTML pages, rendered on the server.

``/`` searches quotations (or lists the latest articles), ``/articles/{id}`` shows an article with
its quotations marked, ``/speakers`` and ``/speakers/{id}`` show who is quoted and when, ``/paste``
analyses a pasted article without storing it. The pages read the database through the same
functions as the API routes (``api.routes.*``), so both always agree; form input is checked here
and a bad value is shown on the page (status 400), never a 500.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..api.deps import PipelineDep, SessionDep, SettingsDep, read_body
from ..api.routes import articles, quotes, speakers
from ..api.routes.extract import article_from_body, skip_reason
from ..api.schemas import Medium, QuoteType
from ..api.status import STATUS_OF
from ..errors import ZitateError
from ..store import search as text_search
from ..store.disputes import list_disputes
from ..store.models import Article, Source
from ..store.search import MAX_ID, id_number
from .chart import timeline
from .markup import highlight
from .messages import german
from .views import KIND_LABELS, MEDIUM_LABELS, TYPE_LABELS, article_view, german_date, parse_date

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
TEMPLATES.env.globals.update(
    version=__version__,
    type_labels=TYPE_LABELS,
    medium_labels=MEDIUM_LABELS,
    kind_labels=KIND_LABELS,
)
TEMPLATES.env.filters["german_date"] = german_date
TEMPLATES.env.filters["highlight"] = highlight

PAGE_SIZE = 20
SPEAKERS_PAGE = 50
LATEST = 10
MAX_SPEAKER_QUOTES = 5000  # the speaker page charts and counts the newest this many
MAX_TEXT = 200  # like the API's free-text parameters
ARTICLE_ID = re.compile(r"[0-9A-Za-z]{1,64}")
FORM_TYPE = "application/x-www-form-urlencoded"
FIELDS = ("q", "speaker", "outlet", "from", "to", "type", "medium")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return page(request, "error.html", status, title=title, message=message, code=status)


def offset_of(value: str, errors: list[str]) -> int:
    if value.isdigit() and int(value) <= 1_000_000_000:
        return int(value)
    errors.append(f"Ungültige Seitenposition {value[:20]!r}.")
    return 0


def page_links(
    params: dict[str, str], total: int, limit: int, offset: int, more: bool = False
) -> dict:
    """Previous/next links (query strings keeping ``params``) and the page numbers; ``more``:
    ``total`` is an estimate (a frequent search on PostgreSQL), so a next page follows while
    one could be full."""

    def link(to: int) -> str:
        return "?" + urlencode({k: v for k, v in params.items() if v} | {"offset": str(to)})

    return {
        "prev": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total or more else None,
        "number": offset // limit + 1,
        "pages": max((total + limit - 1) // limit, 1),
        "more": more,
    }


@dataclass
class SearchForm:
    """The search form's values as typed and as parsed; ``errors`` in German."""

    raw: dict[str, str]
    errors: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    type: QuoteType | None = None
    medium: Medium | None = None
    offset: int = 0

    @property
    def empty(self) -> bool:
        return not any(v for k, v in self.raw.items())


def search_form(raw: dict[str, str], offset: str) -> SearchForm:
    form = SearchForm({k: v.strip() for k, v in raw.items()})
    for name in ("q", "speaker", "outlet"):
        value = form.raw[name]
        if len(value) > MAX_TEXT or "\x00" in value:
            form.errors.append(f"Das Feld {name!r} ist zu lang oder enthält ein NUL-Zeichen.")
            form.raw[name] = value.replace("\x00", "")[:MAX_TEXT]
    speaker = form.raw["speaker"]
    if speaker.isascii() and speaker.isdigit() and id_number(speaker) is None:
        form.errors.append(f"Sprecher: eine Kennung ist höchstens {MAX_ID}.")
    for name, label in (("from", "Von"), ("to", "Bis")):
        if value := form.raw[name]:
            try:
                setattr(form, f"date_{name}", date.fromisoformat(value))
            except ValueError:
                form.errors.append(f"{label}: {value[:20]!r} ist kein Datum (JJJJ-MM-TT).")
    for name, enum in (("type", QuoteType), ("medium", Medium)):
        if value := form.raw[name]:
            try:
                setattr(form, name, enum(value))
            except ValueError:
                form.errors.append(f"Unbekannter Wert {value[:40]!r} für {name!r}.")
    form.offset = offset_of(offset or "0", form.errors)
    return form


@router.get("/")
def search_page(request: Request, session: SessionDep):
    """Quotations matching the form (like ``/api/quotes``: q, speaker, outlet, from, to, type,
    medium, offset), or the latest articles when the form is empty."""
    params = request.query_params
    form = search_form({name: params.get(name, "") for name in FIELDS}, params.get("offset", ""))
    context: dict = {"form": form, "nav": "search", "results": None, "latest": None}
    context["outlets"] = outlet_names(session)
    if not form.errors and form.empty:
        context["latest"] = articles.list_articles.data(session, limit=LATEST, offset=0)["items"]
    elif not form.errors:
        try:
            found = quotes.list_quotes.data(
                session,
                q=form.raw["q"] or None,
                speaker=form.raw["speaker"] or None,
                outlet=form.raw["outlet"] or None,
                date_from=form.date_from,
                date_to=form.date_to,
                type=form.type,
                medium=form.medium,
                limit=PAGE_SIZE,
                offset=form.offset,
            )
        except ZitateError as err:
            form.errors.append(f"{german(err.code, err.reason)} ({err.code})")
        else:
            context["results"] = found
            context["count_limit"] = text_search.COUNT_LIMIT
            more = not found["total_exact"] and len(found["items"]) == PAGE_SIZE
            pages = page_links(form.raw, found["total"], PAGE_SIZE, form.offset, more)
            context["pages"] = pages
    return page(request, "search.html", 400 if form.errors else 200, **context)


def outlet_names(session: Session) -> list[str]:
    """The names of the stored outlets, for the outlet field's suggestions."""
    return list(session.scalars(select(Source.name).order_by(Source.name).limit(500)))


@router.get("/articles/{article_id}")
def article_page(request: Request, session: SessionDep, article_id: str):
    """A stored article with every quotation marked, and the list of its quotations."""
    record = None
    if ARTICLE_ID.fullmatch(article_id):
        try:
            record = articles.get_article.data(session, article_id)
        except HTTPException as err:
            if err.status_code != 404:
                raise
    if record is None:
        message = f"Kein Artikel mit der Kennung {article_id[:80]!r}."
        return error_page(request, 404, "Artikel nicht gefunden", message)
    stored = session.get(Article, article_id)
    urls = {}
    for row in stored.quotations if stored else []:
        if speaker := quotes.hit(row).get("speaker_id"):
            urls[row.local_id] = f"/speakers/{quote(str(speaker), safe='')}"
    view = article_view(record, urls)
    relations = list_disputes(session, article=article_id, limit=200)[1]  # who contradicts whom
    context = {"article": view, "disputes": relations, "article_id": article_id}
    return page(request, "article.html", nav="article", **context)


@router.get("/speakers")
def speakers_page(request: Request, session: SessionDep, q: str = "", offset: str = "0"):
    """The most quoted speakers (``/api/speakers``), optionally narrowed by name."""
    errors: list[str] = []
    q = q.strip()
    if len(q) > MAX_TEXT or "\x00" in q:
        errors.append("Der Name ist zu lang oder enthält ein NUL-Zeichen.")
        q = q.replace("\x00", "")[:MAX_TEXT]
    start = offset_of(offset or "0", errors)
    found = None
    pages = None
    if not errors:
        found = speakers.list_speakers.data(
            session, q=q or None, kind=None, limit=SPEAKERS_PAGE, offset=start
        )
        pages = page_links({"q": q}, found["total"], SPEAKERS_PAGE, start)
    status = 400 if errors else 200
    context = {"q": q, "errors": errors, "found": found, "pages": pages, "nav": "speakers"}
    return page(request, "speakers.html", status, **context)


@router.get("/speakers/{speaker_id}")
def speaker_page(request: Request, session: SessionDep, speaker_id: str, offset: str = "0"):
    """One speaker: statements over time (chart), outlets, most frequent cues, quotations."""
    errors: list[str] = []
    start = offset_of(offset or "0", errors)
    try:
        detail = speakers.get_speaker.data(session, speaker_id, limit=MAX_SPEAKER_QUOTES, offset=0)
    except HTTPException as err:
        if err.status_code != 404:
            raise
        message = f"Kein Sprecher mit der Kennung {speaker_id[:80]!r}."
        return error_page(request, 404, "Sprecher nicht gefunden", message)
    items = detail["quotes"]["items"]
    days = [d for h in items if (d := parse_date(h["article"].get("published")))]
    outlets = Counter(h["article"].get("source") or "unbekannt" for h in items)
    cues = Counter(c.lower() for h in items if (c := (h["quote"].get("cue") or {}).get("text")))
    types = Counter(h["quote"]["type"] for h in items)
    context = {
        "speaker": detail,
        "timeline": timeline(days, "Zitate"),
        "undated": len(items) - len(days),
        "outlets": outlets.most_common(10),
        "cues": cues.most_common(10),
        "types": [(t, TYPE_LABELS.get(t, t), n) for t, n in types.most_common()],
        "items": items[start : start + PAGE_SIZE],
        "pages": page_links({}, len(items), PAGE_SIZE, start),
        "capped": detail["quotes"]["total"] > len(items),
        "shown": len(items),
        "first": start + 1,
        "errors": errors,
        "nav": "speakers",
    }
    return page(request, "speaker.html", 400 if errors else 200, **context)


@router.get("/paste")
def paste_form(request: Request, settings: SettingsDep):
    """The form to paste an article (text or HTML)."""
    context = {"limit": settings.max_body_bytes, "text": "", "format": "auto", "nav": "paste"}
    return page(request, "paste.html", **context)


@router.post("/paste")
async def paste_submit(request: Request, settings: SettingsDep, pipeline: PipelineDep):
    """The pasted article analysed like ``POST /api/extract`` and shown like a stored one;
    nothing is stored. Empty or too large input is refused with a message on the form."""
    limit = settings.max_body_bytes
    context: dict = {"limit": limit, "text": "", "format": "auto", "nav": "paste"}

    def refused(status: int, message: str) -> HTMLResponse:
        return page(request, "paste.html", status, error=message, **context)

    mime = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if mime != FORM_TYPE:
        return refused(415, f"Das Formular muss als {FORM_TYPE} gesendet werden.")
    try:  # percent-encoding may triple the size of the text
        body = await read_body(request, settings.model_copy(update={"max_body_bytes": 3 * limit}))
    except HTTPException:
        return refused(413, f"Der eingefügte Text ist zu groß: höchstens {limit} Bytes.")
    fields = parse_qs(body.decode("ascii", errors="replace"), keep_blank_values=True)
    text = (fields.get("text") or [""])[0]
    context["format"] = kind = (fields.get("format") or ["auto"])[0]
    size = len(text.encode("utf-8"))
    if size > limit:
        return refused(413, f"Der eingefügte Text ist zu groß: {size} Bytes, höchstens {limit}.")
    context["text"] = text
    if not text.strip():
        return refused(400, "Die Eingabe ist leer: bitte einen Artikeltext oder HTML einfügen.")
    is_html = kind == "html" or (kind != "text" and text.lstrip().startswith("<"))
    ctype = "text/html; charset=utf-8" if is_html else "text/plain; charset=utf-8"
    try:
        record, notice = await run_in_threadpool(analyse, text, ctype, pipeline)
    except ZitateError as err:  # bad input: 400; models unavailable: 503, like the API
        reason = german(err.code, err.reason)
        message = f"Der Artikel lässt sich nicht analysieren: {reason} ({err.code})"
        return refused(STATUS_OF.get(err.code, 400), message)
    view = article_view(record)
    return page(request, "paste.html", article=view, notice=notice, **context)


def analyse(text: str, ctype: str, pipeline) -> tuple[dict, str | None]:
    """(record, notice): the article of ``text`` with its analysis, or without one and why."""
    from ..record import build_record

    article = article_from_body(text.encode("utf-8"), ctype)
    if reason := skip_reason(article):
        return build_record(article), f"Nicht analysiert: {reason}."
    return pipeline.record(article), None
