"""Storage stage, schema: the extraction record of ``shared/OUTPUT.md`` as SQLAlchemy 2 tables.

One ``Article`` row per article id (sha1 of the normalised text). Its analysis hangs below it and
is written in the same transaction: ``Quotation`` rows (spans and roles), document-level
``Entity`` rows with their ``Mention`` offsets and ``Alias`` names, and ``Relation`` rows between
quotations. ``model_version`` on articles, quotations and entities names the model that produced
the row; ``Article.analysed`` tells an ``--only-article`` row from an analysed one, and
``n_quotes``/``n_entities`` are completeness markers written together with the rows they count.
Across articles, each document entity links to a ``CanonicalEntity`` (its dated names and roles in
``CanonicalAlias``); user ``Correction``s to that linking are kept as a log the linker replays.
``ArticleSignature`` and ``SignatureBand`` keep each original article's MinHash and LSH band keys,
so a later ingest finds its near-duplicates with one indexed query.

The schema itself is created and changed only by the Alembic migrations in ``migrations/``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of zitate's tables (``Base.metadata`` is the migrations' target)."""


class Changes(Base):
    """One row (``id`` 1) whose ``n`` grows with every write to the tables the read answers
    come from, kept by the triggers of migration ``0009_changes``, and whose ``token`` is a
    random value chosen when the database was created (``0010_changes_token``); never written
    by zitate's code (``zitate.store.changes``)."""

    __tablename__ = "db_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(BigInteger)
    token: Mapped[str | None] = mapped_column(String(32))


class Source(Base):
    """An outlet: the domain of a web page or the file name of a local input."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class Article(Base):
    """One article: text, metadata and extraction metadata; the record's ``article`` object."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # sha1, the record's id
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of ``text``
    input: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    teaser: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[Any]] = mapped_column(JSON)
    published: Mapped[str | None] = mapped_column(String(64), index=True)  # ISO 8601 as extracted
    updated: Mapped[str | None] = mapped_column(String(64))
    authors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    credits: Mapped[list[Any]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    duplicate_of: Mapped[str | None] = mapped_column(String(40), index=True)
    model_name: Mapped[str] = mapped_column(String(64))
    model_version: Mapped[str] = mapped_column(String(64), index=True)
    analysed: Mapped[bool] = mapped_column(default=False)
    skip_reason: Mapped[str | None] = mapped_column(Text)
    n_quotes: Mapped[int] = mapped_column(Integer, default=0)
    n_entities: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    source: Mapped[Source | None] = relationship(back_populates="articles")
    quotations: Mapped[list[Quotation]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Quotation.position",
    )
    entities: Mapped[list[Entity]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Entity.position",
    )
    relations: Mapped[list[Relation]] = relationship(
        back_populates="article",
        foreign_keys="Relation.article_id",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Relation.position",
    )


class Entity(Base):
    """A document-level entity (``e1``…) of one article, linked to its ``CanonicalEntity``."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    local_id: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    model_version: Mapped[str] = mapped_column(String(64))
    canonical_id: Mapped[int | None] = mapped_column(
        ForeignKey("canonical_entities.id"), index=True
    )  # no ON DELETE (SQLite adds it inline): the linker clears it before deleting a target
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # evidence (resolve.profiles)

    article: Mapped[Article] = relationship(back_populates="entities")
    canonical: Mapped[CanonicalEntity | None] = relationship(viewonly=True)  # its profile
    mentions: Mapped[list[Mention]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Mention.position"
    )
    aliases: Mapped[list[Alias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Alias.position"
    )


class Mention(Base):
    """A half-open character range ``[start, end)`` of ``article.text`` naming an entity."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Alias(Base):
    """Another name of an entity in the article (role nouns, titles: „US-Präsident“)."""

    __tablename__ = "aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    alias: Mapped[str] = mapped_column(Text)


class Quotation(Base):
    """One quotation of an article with its roles; role spans are lists of ``[start, end)``."""

    __tablename__ = "quotations"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    local_id: Mapped[str] = mapped_column(String(32))  # the record's quote id, "q3"
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    medium: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    spans: Mapped[list[Any]] = mapped_column(JSON)
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_spans: Mapped[list[Any] | None] = mapped_column(JSON)
    speaker_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    cue_text: Mapped[str | None] = mapped_column(Text)
    cue_spans: Mapped[list[Any] | None] = mapped_column(JSON)
    frame_text: Mapped[str | None] = mapped_column(Text)
    frame_spans: Mapped[list[Any] | None] = mapped_column(JSON)
    addressee_text: Mapped[str | None] = mapped_column(Text)
    addressee_spans: Mapped[list[Any] | None] = mapped_column(JSON)
    addressee_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    nested_in: Mapped[str | None] = mapped_column(String(32))  # local id of the outer quote
    confidence: Mapped[float | None] = mapped_column(Float)
    dispute: Mapped[dict | None] = mapped_column(JSON)  # {"type", "claims"} of a denial
    model_version: Mapped[str] = mapped_column(String(64))

    article: Mapped[Article] = relationship(back_populates="quotations")
    speaker_entity: Mapped[Entity | None] = relationship(foreign_keys=[speaker_entity_id])
    addressee_entity: Mapped[Entity | None] = relationship(foreign_keys=[addressee_entity_id])


class Relation(Base):
    """A relation from a quotation of ``article_id`` (``source``, its local id) to a quotation
    ``target`` of the same article, or of ``target_article_id`` when that is set (a denial in
    one article of a claim in another, linked after storage); ``confidence`` of the target."""

    __tablename__ = "relations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(32))
    target_article_id: Mapped[str | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    confidence: Mapped[float | None] = mapped_column(Float)

    article: Mapped[Article] = relationship(back_populates="relations", foreign_keys=[article_id])


class ArticleSignature(Base):
    """The MinHash of an original article's body (``zitate.ingest.dedup``, datasketch
    ``LeanMinHash`` bytes), kept to find its near-duplicates in later runs; duplicates have none."""

    __tablename__ = "article_signatures"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    minhash: Mapped[bytes] = mapped_column(LargeBinary)


class SignatureBand(Base):
    """One LSH band key of a stored signature: articles sharing a key are near-duplicate
    candidates, found by the primary-key index on (``key``, ``article_id``)."""

    __tablename__ = "signature_bands"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("article_signatures.article_id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )


class CanonicalEntity(Base):
    """A person, organisation… across articles: the document entities linked to it (by
    ``zitate.store.linking``) are its mentions; ``locked`` once a user named it."""

    __tablename__ = "canonical_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    locked: Mapped[bool] = mapped_column(default=False)
    # the profile (``zitate.store.profiles``): female|male|unknown, a category, the latest party
    gender: Mapped[str | None] = mapped_column(String(8))
    category: Mapped[str | None] = mapped_column(String(24))
    party: Mapped[str | None] = mapped_column(String(32))
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # evidence, dated roles/parties
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[CanonicalAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CanonicalAlias.id"
    )


class CanonicalAlias(Base):
    """A name („Donald Trump“, „Trump“) or role title („US-Präsident“) of a canonical entity:
    ``key`` is its normalised form, ``short`` the surname or acronym a short mention may use,
    dates are the first and last publication date seen, ``count`` the document entities."""

    __tablename__ = "canonical_aliases"
    __table_args__ = (UniqueConstraint("canonical_id", "type", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_id: Mapped[int] = mapped_column(
        ForeignKey("canonical_entities.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(8))  # "name" or "role"
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(255), index=True)
    short: Mapped[str | None] = mapped_column(String(255), index=True)  # surname, acronym
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Correction(Base):
    """A user correction of the cross-article entities (``merge``, ``split``, ``rename``) with
    its arguments; the linker replays them, so they survive re-ingestion."""

    __tablename__ = "entity_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(16))
    canonical_id: Mapped[int] = mapped_column(Integer)
    args: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class QuoteFact(Base):
    """The statistics' keys of one quotation (migration ``0008_stats``, ``zitate.store.counts``):
    the publication day of its article (``substr(published, 1, 10)``, ``~`` when undated), the
    article's source, the canonical entity of its speaker with its kind, gender, category and
    party, the quotation's type and medium — ``0``/``''`` for none, so keys compare equal. Kept
    by database triggers on quotations, articles, entities and canonical entities, never written
    by zitate's code: the narrow row a text-filtered count joins instead of the wide ones. In
    PostgreSQL it also holds a copy of the quotation's ``search_vector`` with its own GIN index
    (migration ``0011_stats_text``; not mapped here), so such a count reads no quotation row."""

    __tablename__ = "quote_facts"

    quotation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[str] = mapped_column(String(10))
    source_id: Mapped[int] = mapped_column(Integer)
    canonical_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    gender: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(24))
    party: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    medium: Mapped[str] = mapped_column(String(16))


class QuoteCountOutlet(Base):
    """Quotations per outlet × speaker kind, gender, category, party (all time, types, media):
    a rollup of ``quote_facts`` kept by its triggers; ``n`` may be 0 (PostgreSQL)."""

    __tablename__ = "quote_counts_outlet"

    source_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    gender: Mapped[str] = mapped_column(String(8), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    party: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class QuoteCountMonth(Base):
    """Quotations per month × speaker kind, gender, category, party (all outlets, types, media):
    ``month`` is ``YYYY-MM`` of a full publication day, else ``~`` and the partial date as
    written (``~~``: undated). A rollup of ``quote_facts`` kept by its triggers."""

    __tablename__ = "quote_counts_month"

    month: Mapped[str] = mapped_column(String(11), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    gender: Mapped[str] = mapped_column(String(8), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    party: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class QuoteCountType(Base):
    """Quotations per type × medium × speaker kind, gender, category, party (all outlets and
    time): a rollup of ``quote_facts`` kept by its triggers."""

    __tablename__ = "quote_counts_type"

    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    medium: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    gender: Mapped[str] = mapped_column(String(8), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    party: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
