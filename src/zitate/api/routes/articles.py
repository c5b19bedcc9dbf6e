"""GET /api/articles (paginated), GET /api/articles/{id} (the record), POST /api/articles
(ingest one article; needs the API token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy import func, select
from sqlalchemy.orm import load_only, selectinload

from ...errors import Errors
from ...ingest.article import skip_reason
from ...store import crud
from ...store.crud import RECORD_LOAD
from ...store.models import Article
from ..cache import cached_answer, cached_value
from ..deps import BodyDep, EngineDep, PipelineDep, SessionDep, TokenDep, closes_session, http_error
from ..schemas import ArticlePage, ArticleSummary, ErrorResponse, IngestResult, Record
from .extract import BODY_DOC, OnlyArticle, UrlParam, article_from_body

router = APIRouter(prefix="/articles", tags=["articles"])

Limit = Annotated[int, Query(ge=1, le=100, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip")]
# the columns of a summary: the list does not load texts and paragraphs
SUMMARY_COLUMNS = (
    Article.url, Article.title, Article.published, Article.language, Article.analysed,
    Article.n_quotes, Article.n_entities, Article.ingested_at, Article.source_id,
)  # fmt: skip
ArticleId = Annotated[
    str, Path(max_length=64, pattern=r"^[0-9A-Za-z]+$", description="sha1 of the normalised text")
]


@router.get("", response_model=ArticlePage, responses={422: {"model": ErrorResponse}})
@closes_session
@cached_answer(ArticlePage)
def list_articles(session: SessionDep, limit: Limit = 20, offset: Offset = 0) -> dict:
    """Stored articles, newest publication date first (undated ones last)."""
    count = select(func.count()).select_from(Article)
    total = cached_value(session, "articles", lambda: session.scalar(count) or 0)
    rows = session.scalars(
        select(Article)
        .options(selectinload(Article.source), load_only(*SUMMARY_COLUMNS))
        .order_by(Article.published.desc().nulls_last(), Article.id)
        .limit(limit)
        .offset(offset)
    )
    items = [summary(a) for a in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def summary(article: Article) -> ArticleSummary:
    return ArticleSummary(
        id=article.id,
        url=article.url,
        source=article.source.name if article.source else None,
        title=article.title,
        published=article.published,
        language=article.language,
        analysed=article.analysed,
        n_quotes=article.n_quotes,
        n_entities=article.n_entities,
        ingested_at=article.ingested_at,
    )


@router.get("/{article_id}", response_model=Record, responses={404: {"model": ErrorResponse}})
@closes_session
@cached_answer(Record)
def get_article(session: SessionDep, article_id: ArticleId) -> dict:
    """The record of one stored article (``shared/OUTPUT.md``)."""
    article = session.scalar(select(Article).where(Article.id == article_id).options(*RECORD_LOAD))
    if article is None:
        raise http_error(404, Errors.E404, what="article", id=article_id)
    return crud.record_of(article)


@router.post(
    "",
    response_model=IngestResult,
    status_code=201,
    dependencies=[TokenDep],
    responses={s: {"model": ErrorResponse} for s in (400, 401, 403, 413, 415, 422)},
    openapi_extra=BODY_DOC,
)
def ingest_article(
    request: Request,
    response: Response,
    body: BodyDep,
    engine: EngineDep,
    pipeline: PipelineDep,
    only_article: OnlyArticle = False,
    url: UrlParam = None,
) -> IngestResult:
    """Store the article of the body (same body forms as ``/api/extract``) and its analysis.

    201 when it was stored now, 200 when it was stored already (``outcome`` says which)."""
    from ...record import build_record
    from ...store.ingest import Analysis, Ingestor

    article = article_from_body(body, request.headers.get("content-type", ""), url)

    def analyse(item) -> Analysis:
        if only_article:
            return Analysis(build_record(item), analysed=False)
        if reason := skip_reason(item):
            return Analysis(build_record(item), analysed=False, skip_reason=reason)
        return Analysis(pipeline.record(item), analysed=True)

    ingestor = Ingestor(engine, analyse=not only_article)
    outcome = ingestor.ingest(article, analyse)
    if outcome not in ("new", "duplicate", "reprocessed"):
        response.status_code = 200
    with ingestor.sessions() as session:
        stored = session.get(Article, article.id)
        n_quotes = stored.n_quotes if stored else 0
    return IngestResult(id=article.id, outcome=outcome, n_quotes=n_quotes)
