"""POST /api/extract: a text or an HTML page in the body -> the record, nothing stored.

The body is plain text (``text/plain``), a page (``text/html``) or JSON
``{"text" | "html": …, "url": …, "title": …}``; its size is limited by ``max_body_bytes``.
"""

from __future__ import annotations

import codecs
import json
import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, ValidationError, model_validator

from ...errors import Errors, ZitateError, unexpected
from ...ingest.article import Article, skip_reason
from ..deps import BodyDep, PipelineDep, http_error
from ..schemas import ErrorResponse, Record

router = APIRouter(tags=["extract"])
log = logging.getLogger(__name__)

INPUT = "request"
BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "html": {"type": "string"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                    },
                }
            },
        },
    }
}
ERRORS = {status: {"model": ErrorResponse} for status in (400, 413, 415, 422)}


class ExtractIn(BaseModel):
    """The JSON form of the body: exactly one of ``text`` and ``html``."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None

    @model_validator(mode="after")
    def _one_input(self) -> ExtractIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


OnlyArticle = Annotated[bool, Query(description="Skip the language models")]
UrlParam = Annotated[str | None, Query(description="URL of the page (raw bodies)")]


def article_from_body(body: bytes, content_type: str, url: str | None = None) -> Article:
    """Request body -> ``Article`` (language detected); bad input raises ``ZitateError`` (400)
    or an ``HTTPException`` (415 for other content types, 422 for malformed JSON); an
    unexpected extraction error becomes E110 (422)."""
    try:
        return _article_from_body(body, content_type, url)
    except (ZitateError, HTTPException):
        raise
    except Exception as err:  # noqa: BLE001 - a page the extractor cannot take: 422, not 500
        log.warning("extracting the request body failed", exc_info=True)
        raise unexpected(Errors.E110, INPUT, err) from None


def _article_from_body(body: bytes, content_type: str, url: str | None) -> Article:
    from ...ingest.html import article_from_html
    from ...ingest.lang import detect_language
    from ...ingest.text import article_from_text, decode_text

    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    charset = params.partition("charset=")[2].split(";")[0].strip().strip('"') or None
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            raise http_error(400, Errors.E400, detail=f"unknown charset {charset!r}") from None
    if mime == "application/json":
        data = _json_input(body)
        if data.html is not None:
            article = article_from_html(data.html, INPUT, url=data.url or url)
        else:
            article = article_from_text(data.text or "", INPUT, title=data.title, url=data.url)
    elif mime in ("text/html", "application/xhtml+xml"):
        article = article_from_html(body, INPUT, url=url, charset=charset)
    elif mime in ("text/plain", ""):
        text = decode_text(body, INPUT, encoding=charset or "utf-8")
        article = article_from_text(text, INPUT, url=url)
    else:
        raise http_error(415, Errors.E405, ctype=mime)
    if "\x00" in article.text:
        raise ZitateError(Errors.E004, INPUT)
    article.language = detect_language(article.text)
    return article


def _json_input(body: bytes) -> ExtractIn:
    try:
        return ExtractIn.model_validate_json(body)
    except ValidationError as err:
        detail = "; ".join(e["msg"] for e in err.errors(include_url=False))
        raise http_error(422, Errors.E407, detail=f"body: {detail}") from None
    except (ValueError, json.JSONDecodeError) as err:
        raise http_error(422, Errors.E407, detail=f"body: {err}") from None


@router.post("/extract", response_model=Record, responses=ERRORS, openapi_extra=BODY_DOC)
def extract(
    request: Request,
    body: BodyDep,
    pipeline: PipelineDep,
    only_article: OnlyArticle = False,
    url: UrlParam = None,
) -> dict:
    """Extract the article of the body and its quotations, speakers and entities; the record
    of ``shared/OUTPUT.md`` is returned and nothing is stored."""
    from ...record import build_record

    article = article_from_body(body, request.headers.get("content-type", ""), url)
    if only_article or skip_reason(article):
        return build_record(article)
    return pipeline.record(article)
