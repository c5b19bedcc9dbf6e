"""Storage stage, search: a query and filters -> one page of stored quotations and their total.

``search_page`` (``search_quotes``: its rows and total) is the one search of zitate
(``GET /api/quotes``, ``zitate quotes``). The query is full-text over the quotation text — SQLite
FTS5 over the words' Snowball German stems (migration ``0007``, ``stemming.py``; case and
diacritics folded) or PostgreSQL ``tsvector`` with the same stemmer (``german``, migration
``0003``): „Regierung“ finds „Regierungen“. When at most ``RANK_LIMIT`` quotations match, the hits
are ranked by relevance (``bm25`` / ``ts_rank``), then newest article first; a more frequent query
lists the most recently stored hits first, reading one page, its total bounded (SQLite) or
estimated (PostgreSQL), so a word in 300,000 quotations is neither ranked nor counted in full.
Filters: speaker (part of the speaker mention or of the speaker entity's name, or the id of a
cross-article entity), outlet (part of the source name), publication date range (inclusive days),
type and medium.

The user's query is never handed to the database as syntax. ``parse_query`` reads words,
„quoted phrases“ and prefixes (``Regier*``); every other character separates words, so ``AND``,
``NEAR(`` or ``-`` are words or nothing. What cannot be read — an unbalanced quotation mark, a
``*`` after no word, no word at all — is a ``ZitateError`` (E310), a 400 in the API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    column,
    func,
    literal_column,
    null,
    or_,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased, joinedload
from sqlalchemy.sql.expression import Join

from ..errors import Errors, ZitateError
from .models import Article, Entity, Quotation, Source
from .stemming import WORD as STEM_WORD
from .stemming import stem_word

# Objects of migrations 0003, 0011 (the statistics' copy of the tsvector), 0012 (the lexemes
# by quotation) and 0013 (the facts' covering index) that the ORM models do not map (schema
# comparisons skip them).
SEARCH_OBJECTS = frozenset({"quotations_fts", "search_vector", "ix_quotations_search_vector",
                            "ix_quote_facts_search_vector", "quote_terms",
                            "ix_quote_facts_keys"})  # fmt: skip
MAX_TERMS = 32
#: A text query matching at most this many quotations is ranked by relevance; a more frequent
#: one lists the most recently stored hits first (``search_page``).
RANK_LIMIT = 500
#: SQLite counts the matches of a frequent query up to this many (``Found.exact`` False beyond).
COUNT_LIMIT = 10_000
#: The largest id of an ``Integer`` key: PostgreSQL's ``integer`` (SQLite's are wider).
MAX_ID = 2**31 - 1
PHRASE_MARKS = '"„“”»«'
_TOKEN = re.compile(
    rf"(?P<phrase>[{PHRASE_MARKS}][^{PHRASE_MARKS}]*[{PHRASE_MARKS}])(?P<pstar>\*)?"
    rf"|(?P<mark>[{PHRASE_MARKS}])"
    r"|(?P<word>[^\W_]+(?:[-'’.][^\W_]+)*)(?P<star>\*)?"
    r"|(?P<lone>\*)"
)
_WORD = re.compile(r"[^\W_]+")
_GERMAN = literal_column("'german'::regconfig")


@dataclass(frozen=True)
class Term:
    """One search term: the words of a word or phrase (matched next to each other, in order);
    ``prefix``: the last word also matches longer words (``Regier*`` finds „Regierung“)."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class SearchFilter:
    """What ``search_quotes`` looks for; ``None`` leaves a filter out."""

    query: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    type: str | None = None
    medium: str | None = None
    entity: tuple[str, str] | None = None  # (name, kind) of the speaker's entity


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's ``include_object`` hook: leave out the search objects the models do not map
    (the FTS5 table and its shadow tables, the tsvector column and its index)."""
    return not (name in SEARCH_OBJECTS or (name or "").startswith("quotations_fts_"))


def parse_query(text: str) -> list[Term]:
    """The terms of a user query, in order; raises ``ZitateError`` E310 for an unreadable one."""
    if "\x00" in text:
        raise ZitateError(Errors.E310, query=text.replace("\x00", ""), reason="it holds a NUL")
    terms: list[Term] = []
    for match in _TOKEN.finditer(text):
        if match["mark"]:
            raise ZitateError(Errors.E310, query=text, reason="a quotation mark is not closed")
        if match["lone"]:
            reason = "'*' must follow a word (prefix search: Regier*)"
            raise ZitateError(Errors.E310, query=text, reason=reason)
        part = match["phrase"] or match["word"]
        words = tuple(w.lower() for w in _WORD.findall(part))
        if words:
            terms.append(Term(words, prefix=bool(match["star"] or match["pstar"])))
    if not terms:
        raise ZitateError(Errors.E310, query=text, reason="it has no word to search for")
    if len(terms) > MAX_TERMS:
        reason = f"more than {MAX_TERMS} words or phrases"
        raise ZitateError(Errors.E310, query=text, reason=reason)
    return terms


def fts5_query(terms: list[Term]) -> str:
    """FTS5 syntax for ``terms``: each a double-quoted string (never an operator), ``*`` for a
    prefix; juxtaposed strings must all match."""
    return " ".join(f'"{" ".join(t.words)}"' + (" *" if t.prefix else "") for t in terms)


def tsquery(terms: list[Term]) -> ColumnElement:
    """A PostgreSQL ``tsquery`` for ``terms`` with German stemming: words and phrases through
    ``websearch_to_tsquery`` (each quoted, so ``or`` is a word), prefixes through ``to_tsquery``
    (``lexeme:*``; the words are letters and digits only)."""
    plain = " ".join(f'"{" ".join(t.words)}"' for t in terms if not t.prefix)
    parts = [func.websearch_to_tsquery(_GERMAN, plain)] if plain else []
    for t in terms:
        if t.prefix:
            parts.append(func.to_tsquery(_GERMAN, " <-> ".join(t.words) + ":*"))
    result = parts[0]
    for part in parts[1:]:
        result = result.op("&&")(part)
    return result


def stemmed(terms: list[Term]) -> list[Term]:
    """``terms`` with every word replaced by its Snowball German stem, as the SQLite index holds
    the words (migration ``0007``); a prefix is stemmed too, as PostgreSQL's ``to_tsquery`` does
    (``Regier*`` -> ``regi*``)."""
    return [Term(tuple(stem_word(w) for w in t.words), t.prefix) for t in terms]


def match_spans(text: str, query: str | None) -> list[tuple[int, int]]:
    """The ``[start, end)`` character ranges of the words of ``text`` that ``query`` matches
    (for highlighting a hit): a word whose Snowball German stem is the stem of a query word, or
    starts with the stem of a prefix (``Regier*``) — as the search compares. Empty for no query
    or an unreadable one."""
    try:
        terms = stemmed(parse_query(query)) if query and query.strip() else []
    except ZitateError:
        return []
    exact = {w for t in terms for w in (t.words if not t.prefix else t.words[:-1])}
    prefixes = tuple(t.words[-1] for t in terms if t.prefix)
    starts = (*exact, *prefixes)
    spans = []
    for match in STEM_WORD.finditer(text):
        # a word's stem is a prefix of the word folded (``_FOLD``): a word that starts with no
        # query stem cannot match, and is not stemmed (stemming the words of a page of hits
        # cost more than the query of the page)
        if not match[0].lower().translate(_FOLD).startswith(starts):
            continue
        stem = stem_word(match[0])
        if stem in exact or (prefixes and stem.startswith(prefixes)):
            spans.append(match.span())
    return spans


#: What the Snowball German stemmer changes besides cutting endings (its prelude and postlude):
#: ß -> ss, ä ö ü -> a o u. Every stem is a prefix of its word lower-cased and folded so.
_FOLD = str.maketrans({"ß": "ss", "ä": "a", "ö": "o", "ü": "u"})


def like_pattern(text: str) -> str:
    """``%text%`` for a case-insensitive ``LIKE``, with ``%``, ``_`` and ``\\`` escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class Found:
    """One page of hits and how many match; ``exact`` False: ``total`` is not a count but
    ``COUNT_LIMIT`` when more match (SQLite) or the planner's estimate from its statistics
    (PostgreSQL), for a query matching more than ``RANK_LIMIT``."""

    rows: list[Quotation]
    total: int
    exact: bool = True


def search_quotes(session: Session, query: str | None = None, **options) -> tuple[list, int]:
    """``search_page``'s rows and total."""
    found = search_page(session, query, **options)
    return found.rows, found.total


def search_page(
    session: Session,
    query: str | None = None,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    type: str | None = None,
    medium: str | None = None,
    entity: tuple[str, str] | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Found:
    """One page of the quotations that match, and how many match.

    ``query`` is full text (see ``parse_query``). When its words match at most ``RANK_LIMIT``
    quotations (``_frequent``), the hits are ranked by relevance, then newest article first. A
    more frequent query lists the most recently stored hits first (``Quotation.id`` descending:
    the database walks the FTS5 index or the primary key backwards and stops after the page,
    instead of ranking every hit); its total is then counted up to ``COUNT_LIMIT`` (SQLite) or
    the planner's estimate (PostgreSQL; ``Found.exact`` False), as counting tens of thousands of
    rows would take longer than the page. Without a query the newest articles come first, their
    quotations in text order. Loaded with each row: its article and source, speaker and
    addressee entities. Raises ``ZitateError`` E310 for an unreadable query or a NUL in a
    filter."""
    f = SearchFilter(query, speaker, outlet, date_from, date_to, type, medium, entity)
    for name in ("speaker", "outlet"):
        if "\x00" in (getattr(f, name) or ""):
            raise ZitateError(Errors.E310, query=name, reason="it holds a NUL")
    terms = parse_query(query) if query is not None and query.strip() else None
    dialect = session.get_bind().dialect.name
    match, rank = _full_text(terms, dialect) if terms else (None, None)
    conditions = _conditions(f, match, dialect)
    found = _frequent(session, f, match, conditions, dialect, limit, offset) if terms else None
    if isinstance(found, Found):
        return found
    if found is not None and len(conditions) == 1:
        total = found  # the words alone: counted already
    else:
        total = session.scalar(_count(conditions, f, match, dialect)) or 0
    order = [] if rank is None else [rank]
    order += [Article.published.desc().nulls_last(), Article.id, Quotation.position]
    rows = session.scalars(
        _joined(select(Quotation), f, match, dialect, article=True)
        .where(*conditions)
        .options(*_LOADED)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    return Found(list(rows), total)


def _frequent(
    session: Session,
    f: SearchFilter,
    match: ColumnElement,
    conditions: list[ColumnElement],
    dialect: str,
    limit: int,
    offset: int,
) -> Found | int:
    """The page of a text query that matches more than ``RANK_LIMIT`` quotations, most recently
    stored first; for a rarer one, how many quotations its words match (to be ranked by
    ``search_page``). SQLite counts the matches in the FTS5 index (up to ``COUNT_LIMIT + 1``)
    and walks it backwards by rowid. PostgreSQL asks its planner (statistics: close for a
    frequent word), counts up to ``RANK_LIMIT + 1`` unless the estimate is four times that (a
    word outside the statistics' most common lexemes gets a fixed guess), and walks the
    primary key backwards or the text index, as its planner finds cheaper; the total of a
    frequent query is the estimate. A PostgreSQL query of one plain word without filters is
    counted and paged on ``quote_terms`` (``_lexeme``): its key ``(term, quotation_id)``
    backwards yields the newest hits in order, so the page reads 20 index entries whether the
    word has 600 hits or 300,000."""
    text_only = _count([match], SearchFilter(), match, dialect)
    lexeme = None
    if dialect == "sqlite":  # FTS5 alone: 1 ms for 10,000 rowids, 80 for 300,000
        matched = _bounded(session, text_only, COUNT_LIMIT + 1)
        if matched <= RANK_LIMIT:
            return matched
    else:
        matched = estimate(session, text_only)
        lexeme = _lexeme(f.query) if len(conditions) == 1 else None
        if matched <= 4 * RANK_LIMIT:  # a word outside the statistics' common lexemes
            counted = 0
            if lexeme is not None:
                counted = _bounded(session, _in_terms(lexeme, select(func.count())), RANK_LIMIT + 1)
            if not counted:  # no lexeme, or none of its rows: the vectors decide
                counted = _bounded(session, text_only, RANK_LIMIT + 1)
            if counted <= RANK_LIMIT:
                return counted
            matched = max(matched, counted)
    rows: list[Quotation] = []
    if lexeme is not None:  # one word, no filter: its lexeme's key backwards, one page
        page = _in_terms(lexeme, select(Quotation)).join(Quotation, Quotation.id == _TERM_ID)
        page = page.order_by(_TERM_ID.desc()).options(*_LOADED).limit(limit).offset(offset)
        rows = list(session.scalars(page))
    if not rows:  # else, or an empty page: the vectors decide
        newest = (_FTS_ROWID if dialect == "sqlite" else Quotation.id).desc()
        page = _joined(select(Quotation), f, match, dialect, article=_needs_article(f))
        page = page.where(*conditions).order_by(newest).options(*_LOADED)
        rows = list(session.scalars(page.limit(limit).offset(offset)))
    total = matched
    if len(conditions) > 1:  # filters too
        counted = _count(conditions, f, match, dialect)
        if dialect == "sqlite":
            total = _bounded(session, counted, COUNT_LIMIT + 1)
        else:
            total = estimate(session, counted)
    if dialect == "sqlite":
        return Found(list(rows), min(total, COUNT_LIMIT), total <= COUNT_LIMIT)
    return Found(list(rows), total, False)


_TERMS = table("quote_terms", column("term"), column("quotation_id"))
_TERM_ID = _TERMS.c.quotation_id


def _lexeme(query: str | None) -> ColumnElement | None:
    """PostgreSQL, a query of one plain word: the expression of its lexeme when it has exactly
    one (``quote_terms``, migration ``0012``: the quotations whose vector holds it are exactly
    its matches), else NULL — computed by the database within the query that reads the terms
    (no round trip of its own); None for any other query. A NULL lexeme finds no term row, and
    the caller then asks the vectors, so a stop word or a word of two lexemes gets the same
    answer as before."""
    terms = parse_query(query or "")
    if len(terms) != 1 or terms[0].prefix or len(terms[0].words) != 1:
        return None
    lexemes = func.tsvector_to_array(func.to_tsvector(_GERMAN, terms[0].words[0]))
    return case((func.cardinality(lexemes) == 1, func.array_to_string(lexemes, "")), else_=null())


def _in_terms(lexeme: ColumnElement, query: Select) -> Select:
    """``query`` over the rows of ``quote_terms`` for ``lexeme``."""
    return query.select_from(_TERMS).where(_TERMS.c.term == lexeme)


def _bounded(session: Session, counted: Select, most: int) -> int:
    """What ``counted`` (a ``count(*)``) counts, counting no further than ``most``."""
    rows = counted.with_only_columns(literal_column("1")).limit(most).subquery()
    return session.scalar(select(func.count()).select_from(rows)) or 0


#: Loaded with each hit in the same query (one round trip instead of four: on a loaded server
#: each costs more than a page of the index).
_LOADED = (
    joinedload(Quotation.article).joinedload(Article.source),
    joinedload(Quotation.speaker_entity),
    joinedload(Quotation.addressee_entity),
)


def estimate(session: Session, counted: Select) -> int:
    """PostgreSQL: the planner's estimate of the rows that ``counted`` (a ``count(*)``) counts,
    from its statistics (``most_common_elems`` of the ``tsvector`` column: close for a frequent
    word), without running it."""
    compiled = counted.compile(session.get_bind())
    explain = session.connection().exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params
    )
    plan = explain.scalar()
    node = plan[0]["Plan"]
    while node.get("Node Type") == "Aggregate" and node.get("Plans"):
        node = node["Plans"][0]
    return int(node.get("Plan Rows", 0))


_FTS = table("quotations_fts")
_FTS_ROWID = literal_column("quotations_fts.rowid")


def _full_text(terms: list[Term], dialect: str) -> tuple[ColumnElement, ColumnElement]:
    """(match condition, rank expression sorting best first) of ``terms`` on ``dialect``."""
    if dialect == "sqlite":
        match = literal_column("quotations_fts").op("MATCH")(fts5_query(stemmed(terms)))
        return match, func.bm25(literal_column("quotations_fts"))
    vector = literal_column("quotations.search_vector")  # PostgreSQL
    query = tsquery(terms)
    return vector.op("@@")(query), func.ts_rank(vector, query).desc()


_SPEAKER = aliased(Entity, name="speaker_entity")


class _NewestFirst(Join):
    """``articles CROSS JOIN quotations ON …``: SQLite keeps the left table as the outer loop
    of a ``CROSS JOIN`` (its documented manual control of the plan), so a listing without a
    text query walks ``ix_articles_published`` newest first and stops after one page, instead
    of sorting every quotation (without ``ANALYZE`` statistics SQLite picks the latter)."""

    inherit_cache = True


@compiles(_NewestFirst, "sqlite")
def _cross_join(join: _NewestFirst, compiler, **kw) -> str:
    kw["asfrom"] = True
    left = compiler.process(join.left, **kw)
    right = compiler.process(join.right, **kw)
    return f"{left} CROSS JOIN {right} ON {compiler.process(join.onclause, **kw)}"


def _joined(
    query: Select, f: SearchFilter, match: ColumnElement | None, dialect: str, article: bool
) -> Select:
    """``query`` over quotations joined with what the conditions need: the FTS5 table (SQLite
    text search), the article (``article``: dates, outlet, order) and the speaker's entity (the
    speaker filter: looked up per candidate row, not by a scan of all entities)."""
    if match is not None and dialect == "sqlite":
        query = query.join(_FTS, Quotation.id == _FTS_ROWID)
    on = Quotation.article_id == Article.id
    if article and match is None and f.entity is None and dialect == "sqlite":
        query = query.select_from(_NewestFirst(Article.__table__, Quotation.__table__, on))
    elif article:
        query = query.join(Article, on)
    if f.speaker:
        query = query.outerjoin(_SPEAKER, Quotation.speaker_entity_id == _SPEAKER.id)
    return query


def _contains(column, text: str, dialect: str) -> ColumnElement:
    """``column`` contains ``text``, ignoring case: SQLite's own ``LIKE`` (case-insensitive for
    ASCII letters, as its ``lower()`` is; twice as fast as ``lower(…) LIKE``), else ``ILIKE``."""
    pattern = like_pattern(text)
    if dialect == "sqlite":
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def id_number(value: str) -> int | None:
    """``value`` as a row id: ASCII digits from 0 to ``MAX_ID``, else None (a larger number
    overflows SQLite's integers and PostgreSQL's ``integer``)."""
    if not (value.isascii() and value.isdigit()) or len(value) > 10:
        return None
    number = int(value)
    return number if number <= MAX_ID else None


def _conditions(f: SearchFilter, match: ColumnElement | None, dialect: str) -> list[ColumnElement]:
    where: list[ColumnElement] = [] if match is None else [match]
    if f.speaker:
        alternatives = [
            _contains(Quotation.speaker_text, f.speaker, dialect),
            _contains(_SPEAKER.name, f.speaker, dialect),
        ]
        canonical = getattr(_SPEAKER, "canonical_id", None)  # cross-article entities (0002)
        if canonical is not None and (number := id_number(f.speaker)) is not None:
            alternatives.append(canonical == number)
        where.append(or_(*alternatives))
    if f.entity:
        name, kind = f.entity
        ids = select(Entity.id).where(Entity.name == name, Entity.kind == kind)
        where.append(Quotation.speaker_entity_id.in_(ids.scalar_subquery()))
    if f.outlet:
        sources = select(Source.id).where(_contains(Source.name, f.outlet, dialect))
        where.append(Article.source_id.in_(sources.scalar_subquery()))
    if f.date_from:
        where.append(Article.published >= f.date_from.isoformat())
    if f.date_to:
        # "~" sorts after every character of an ISO date, so the whole day is included
        where.append(Article.published < f"{f.date_to.isoformat()}~")
    if f.type:
        where.append(Quotation.type == f.type)
    if f.medium:
        where.append(Quotation.medium == f.medium)
    return where


def _count(
    conditions: list[ColumnElement], f: SearchFilter, match: ColumnElement | None, dialect: str
) -> Select:
    """``count(*)`` of the matches, joining ``articles`` only when a filter needs it."""
    if match is not None and len(conditions) == 1 and dialect == "sqlite":
        return select(func.count()).select_from(_FTS).where(match)  # the FTS5 index alone
    query = select(func.count()).select_from(Quotation)
    return _joined(query, f, match, dialect, _needs_article(f)).where(*conditions)


def _needs_article(f: SearchFilter) -> bool:
    """Whether the conditions of ``f`` read the article (outlet, dates)."""
    return bool(f.outlet or f.date_from or f.date_to)
