"""Response and request shapes of the API; the record follows ``shared/OUTPUT.md``.

Record models allow extra fields: the record may gain fields, and the API passes them on.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

Span = list[int]  # [start, end), half-open character offsets into article.text


class QuoteType(StrEnum):
    Direct = "Direct"
    Indirect = "Indirect"
    FreeIndirect = "FreeIndirect"
    IndirectFreeIndirect = "IndirectFreeIndirect"
    Reported = "Reported"


class Medium(StrEnum):
    Speech = "Speech"
    Writing = "Writing"
    Thought = "Thought"
    SW = "SW"
    ST = "ST"
    TW = "TW"
    none = "none"


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorBody(BaseModel):
    code: str = Field(examples=["E404"])
    message: str


class ErrorResponse(BaseModel):
    """The one error shape of every 4xx and 5xx answer."""

    error: ErrorBody


class Paragraph(Open):
    start: int
    end: int
    kind: str


class ArticleData(Open):
    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    teaser: str | None = None
    text: str
    paragraphs: list[Paragraph] = []
    published: str | None = None
    updated: str | None = None
    authors: list[str] = []
    credits: list[str] = []
    language: str | None = None
    duplicate_of: str | None = None


class Role(Open):
    text: str | None = None
    spans: list[Span] | None = None


class Quote(Open):
    id: str
    type: str
    medium: str | None = None
    text: str
    spans: list[Span]
    speaker: Role | None = None
    cue: Role | None = None
    frame: Role | None = None
    addressee: Role | None = None
    nested_in: str | None = None
    confidence: float | None = None


class EntityOut(Open):
    id: str
    name: str
    kind: str
    mentions: list[Span] = []
    aliases: list[str] = []


class RelationOut(Open):
    type: str
    source: str
    target: str


class ModelInfo(Open):
    name: str
    version: str


class Record(Open):
    """The extraction record of ``shared/OUTPUT.md``."""

    input: str | None = None
    article: ArticleData
    quotes: list[Quote] = []
    entities: list[EntityOut] = []
    relations: list[RelationOut] = []
    model: ModelInfo


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    url: str | None
    source: str | None
    title: str | None
    published: str | None
    language: str | None
    analysed: bool
    n_quotes: int
    n_entities: int
    ingested_at: datetime


class ArticlePage(Page):
    items: list[ArticleSummary]


class ArticleRef(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None


class QuoteHit(BaseModel):
    """A stored quotation, the article it is from, and its speaker's entity."""

    quote: Quote
    article: ArticleRef
    speaker_name: str | None = Field(description="Name of the speaker's entity, if resolved")
    speaker_id: int | None = Field(
        description="Canonical entity id for /api/speakers/{id}, if resolved and linked"
    )
    highlights: list[tuple[int, int]] = Field(
        default_factory=list,
        description="[start, end) character ranges of quote.text that the words of q matched "
        "(German stems, as the search compares); empty without q",
    )


class QuotePage(Page):
    """One page of hits. With `q`: ranked by relevance when the words match at most 500
    quotations, else the most recently stored first (ranking or counting hundreds of thousands of
    hits would take longer than the page)."""

    items: list[QuoteHit]
    total_exact: bool = Field(
        default=True,
        description="false: `total` is not a count (a query matching more than 500 "
        "quotations): on SQLite more than 10,000 match and `total` is 10,000; on PostgreSQL "
        "`total` is the database's estimate. Pages go on while they are full",
    )


class Speaker(BaseModel):
    """A canonical (cross-article) entity that speaks quotations."""

    id: int = Field(description="Canonical entity id (as in `zitate entities list`)")
    name: str
    kind: str
    n_quotes: int
    n_articles: int


class SpeakerPage(Page):
    items: list[Speaker]


class SpeakerAlias(BaseModel):
    alias: str = Field(examples=["US-Präsident"])
    type: str = Field(description="name or role")
    first_seen: str | None = Field(description="First publication date (YYYY-MM-DD)")
    last_seen: str | None = Field(description="Last publication date (YYYY-MM-DD)")
    count: int = Field(description="Document entities (one per article) that carry it")


class OutletCount(BaseModel):
    name: str
    n_quotes: int


class CueCount(BaseModel):
    cue: str = Field(description="Lower-cased cue text")
    n_quotes: int


class TimelineArticle(BaseModel):
    id: str
    title: str | None
    source: str | None


class TimelineQuote(BaseModel):
    quote_id: str
    type: str
    medium: str | None
    text: str
    cue: str | None
    date: str | None = Field(description="The article's publication date (ISO 8601)")
    article: TimelineArticle


class SpeakerDetail(Speaker):
    locked: bool = Field(description="Named by a user (`zitate entities rename`)")
    n_mentions: int = Field(description="Document entities linked to it")
    first_quoted: str | None
    last_quoted: str | None
    aliases: list[SpeakerAlias]
    outlets: list[OutletCount]
    cues: list[CueCount]
    timeline: list[TimelineQuote] = Field(description="Quotations by date, oldest first")
    quotes: QuotePage


class Health(BaseModel):
    status: str = "ok"
    version: str
    model_version: str
    database: str


class IngestResult(BaseModel):
    id: str
    outcome: str = Field(description="new, duplicate, unchanged, outdated or reprocessed")
    n_quotes: int
