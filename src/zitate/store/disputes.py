"""Storage stage, disputes across articles: a stored article -> relations from its open denials to
claims in other stored articles (and from other articles' open denials to its claims); and the
list of stored disputes that ``GET /api/disputes``, ``/disputes`` and ``zitate disputes`` show.

Input: a session and an article id, after its rows and entity links are written (the ingest calls
``link_across`` in the article's transaction). An *open* denial is a quotation the disputes stage
marked (``Quotation.dispute``) that has no relation inside its own article. Candidates are the
quotations of other original articles of the same event window (published up to ``WINDOW_DAYS``
before the denial, or a day after) that share an entity with it — the claim's speaker named in
the denial, the denier named around the claim, or a third entity named on both sides. The
database finds them by canonical entity (the ``MAX_ARTICLES`` articles naming most of the
denial's entities, then those quoting a speaker the denial names in words), so a denial is
compared with a few articles, not with the whole corpus, and the cost of storing an article does
not grow with the corpus beyond the ``MAX_WINDOW`` newest articles of its event window. They are
scored by the pure functions of ``zitate.disputes.target`` (claim noun, named speaker, accused,
topical overlap) and the best one above ``MIN_ACROSS`` is stored as a ``Relation`` with both
article ids. Output: the number of relations added.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..disputes import Denial, Statement, get_lexicon, stems
from ..disputes.target import score
from .models import Article, Entity, Mention, Quotation, Relation, Source

WINDOW_DAYS = 14
MIN_ACROSS = 2.2  # stricter than within an article: no nearness, no pointer back
MAX_CANDIDATES = 5000
MAX_ARTICLES = 200  # per denial: the articles of the window naming most of its entities
MAX_WINDOW = 2000  # articles of one event window considered
_SENTENCE_END = re.compile(r"[.!?][»«“”\"']?\s")


def link_across(session: Session, article_id: str) -> int:
    """Link the open denials of ``article_id`` and the open denials of other articles that
    ``article_id``'s statements may answer; returns the number of relations added."""
    article = session.get(Article, article_id)
    if article is None or article.duplicate_of or not article.analysed:
        return 0
    session.execute(
        delete(Relation).where(
            Relation.article_id == article_id, Relation.target_article_id.is_not(None)
        )
    )
    added = 0
    day = _day(article.published)
    cache: dict[str, list[Statement]] = {}
    denials = _open_denials(session, [article_id])
    if denials:
        window = _window(session, day, exclude=article_id, after=False)
        speakers = _speaker_words(session, window)
        for denial in denials:
            ids = _claim_articles(session, denial, window, speakers)
            added += _link(session, denial, _statements_of(session, ids, cache))
    window = _window(session, day, exclude=article_id, after=True)
    others = _open_denials(session, _denial_articles(session, article_id, window))
    if others:
        claims = _statements_of(session, [article_id], cache)
        for denial in others:
            added += _link(session, denial, claims)
    return added


def link_all(session: Session) -> int:
    """``link_across`` for every original analysed article (oldest first); relations added."""
    query = select(Article.id).where(Article.duplicate_of.is_(None), Article.analysed.is_(True))
    return sum(
        link_across(session, article_id)
        for article_id in session.scalars(query.order_by(Article.published, Article.id)).all()
    )


def _link(session: Session, denial: tuple[Quotation, Denial], claims: list[Statement]) -> int:
    row, view = denial
    lexicon = get_lexicon()
    shared = [c for c in claims if c.key[0] != row.article_id and _entities_meet(view, c)]
    scored = sorted(((score(view, c, lexicon, False), c) for c in shared), key=lambda x: -x[0])
    if not scored or scored[0][0] < MIN_ACROSS:
        return 0
    value, claim = scored[0]
    exists = session.scalar(
        select(func.count()).select_from(Relation).where(
            Relation.article_id == row.article_id, Relation.source == row.local_id,
            Relation.target_article_id == claim.key[0], Relation.target == claim.key[1],
        )
    )  # fmt: skip
    if exists:
        return 0
    position = session.scalar(
        select(func.coalesce(func.max(Relation.position), -1)).where(
            Relation.article_id == row.article_id
        )
    )
    session.add(
        Relation(
            article_id=row.article_id, position=position + 1, type=view.type,
            source=row.local_id, target=claim.key[1], target_article_id=claim.key[0],
            confidence=round(1 - 2.718281828 ** (-value / 2.5), 3),
        )
    )  # fmt: skip
    session.flush()
    return 1


def _entities_meet(denial: Denial, claim: Statement) -> bool:
    """Entities of both sides: the claim's speaker named by the denial, the denier named around
    the claim, or an entity named on both sides; and some topical overlap."""
    if not denial.stems & claim.stems:
        return False
    return bool(
        (claim.speaker is not None and claim.speaker in denial.mentions)
        or (claim.speaker_words and claim.speaker_words <= denial.stems)
        or (denial.speaker is not None and denial.speaker in claim.mentions)
        or (denial.speaker_words and denial.speaker_words <= claim.stems)
        or (denial.mentions & claim.mentions)
    )


def _open_denials(session: Session, article_ids) -> list[tuple[Quotation, Denial]]:
    article_ids = list(article_ids)
    if not article_ids:
        return []
    answered = {
        (r.article_id, r.source)
        for r in session.scalars(select(Relation).where(Relation.article_id.in_(article_ids)))
    }
    rows = session.scalars(
        select(Quotation)
        .where(Quotation.article_id.in_(article_ids), Quotation.dispute.is_not(None))
        .options(selectinload(Quotation.article), selectinload(Quotation.speaker_entity))
    ).all()
    open_rows = [r for r in rows if (r.article_id, r.local_id) not in answered and r.dispute]
    mentions = _mentions(session, {r.article_id for r in open_rows})
    out = []
    for row in open_rows:
        sentence = _sentence(row)
        speaker = _speaker(row)
        words = _name_words(row)
        out.append((row, Denial(
            type=row.dispute.get("type", "denies"), text=sentence, order=0, speaker=speaker,
            speaker_words=words, claim_nouns=tuple(row.dispute.get("claims") or ()),
            anaphoric=False, mentions=_near(mentions[row.article_id], row, speaker),
            stems=stems(sentence + " " + row.text) - words,
        )))  # fmt: skip
    return out


def _window(session: Session, day: date | None, exclude: str, after: bool) -> list[str]:
    """Original analysed articles of the event window around ``day``, newest first, at most
    ``MAX_WINDOW`` (undated ones count as in it, after the dated ones; all articles when
    ``day`` is unknown).
    ``after``: the articles whose denials may answer an article of ``day`` (published from a day
    before it on); else those whose claims a denial of ``day`` may answer."""
    query = select(Article.id).where(
        Article.id != exclude, Article.duplicate_of.is_(None), Article.analysed.is_(True)
    )
    if day is not None:
        low, high = (
            (day - timedelta(days=1), day + timedelta(days=WINDOW_DAYS))
            if after
            else (day - timedelta(days=WINDOW_DAYS), day + timedelta(days=1))
        )
        dated = and_(
            Article.published >= low.isoformat(),
            Article.published < (high + timedelta(days=1)).isoformat(),
        )
        query = query.where(or_(Article.published.is_(None), Article.published == "", dated))
    newest = Article.published.desc().nulls_last()  # PostgreSQL would put undated ones first
    query = query.order_by(newest, Article.id).limit(MAX_WINDOW)
    return list(session.scalars(query))


def _speaker_words(
    session: Session, article_ids: list[str], denials: bool = False
) -> list[tuple[str, frozenset]]:
    """(article id, words of the speaker's name) of every speaker quoted in ``article_ids``
    (``denials``: of every denial)."""
    if not article_ids:
        return []
    query = (
        select(Quotation.article_id, Entity.name, Quotation.speaker_text)
        .outerjoin(Entity, Entity.id == Quotation.speaker_entity_id)
        .where(Quotation.article_id.in_(article_ids))
        .distinct()
    )
    if denials:
        query = query.where(Quotation.dispute.is_not(None))
    out = []
    for article_id, name, text in session.execute(query):
        words = _words(name or text or "")
        if words:
            out.append((article_id, words))
    return out


@lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    return frozenset(stems(name)) if name else frozenset()


def _claim_articles(
    session: Session,
    denial: tuple[Quotation, Denial],
    window: list[str],
    speakers: list[tuple[str, frozenset]],
) -> list[str]:
    """The articles of ``window`` whose statements ``denial`` may answer, the strongest
    evidence first: those quoting a speaker the denial names in words, those naming the denier
    in their text, then those naming most of the denial's canonical entities (its speaker, the
    entities around it); at most ``MAX_ARTICLES``."""
    row, view = denial
    ids = [a for a, words in speakers if words <= view.stems]
    denier = _name(row)
    if denier:
        named = set(ids)
        ids += _texts_naming(session, [a for a in window if a not in named], [denier])
    keys = {k for k in (*view.mentions, view.speaker) if isinstance(k, int)}
    if keys and window:
        shared = func.count(func.distinct(Entity.canonical_id))
        query = (
            select(Entity.article_id)
            .where(Entity.canonical_id.in_(sorted(keys)), Entity.article_id.in_(window))
            .group_by(Entity.article_id)
            .order_by(shared.desc(), Entity.article_id)
        )
        ids += session.scalars(query)
    return list(dict.fromkeys(ids))[:MAX_ARTICLES]


def _texts_naming(session: Session, article_ids: list[str], names: list[str]) -> list[str]:
    """The articles of ``article_ids`` whose text names one of ``names``: the longest word of
    the name, cut to the length of its stem (so „Grünen“ finds „Grüne“), stands in the text."""
    words = {_word_prefix(n) for n in names} - {""}
    if not words or not article_ids:
        return []
    named = or_(*(Article.text.contains(w, autoescape=True) for w in sorted(words)))
    found = set(session.scalars(select(Article.id).where(Article.id.in_(article_ids), named)))
    return [a for a in article_ids if a in found]


def _word_prefix(name: str) -> str:
    longest = max(re.findall(r"\w+", name), key=len, default="")
    if len(longest) < 3:
        return ""
    stem = next(iter(stems(longest)), longest)
    return longest[: max(4, len(stem))]


def _denial_articles(session: Session, article_id: str, window: list[str]) -> list[str]:
    """The articles of ``window`` with denials that the statements of ``article_id`` may
    answer, the strongest evidence first: those naming one of its speakers or whose deniers it
    names in words, then those naming most of its canonical entities; at most
    ``MAX_ARTICLES``."""
    if not window:
        return []
    denying = select(Quotation.article_id).where(
        Quotation.article_id.in_(window), Quotation.dispute.is_not(None)
    )
    has_denials = set(session.scalars(denying.distinct()))
    window = [a for a in window if a in has_denials]
    if not window:
        return []
    names = [
        name
        for (name,) in session.execute(
            select(func.coalesce(Entity.name, Quotation.speaker_text))
            .select_from(Quotation)
            .outerjoin(Entity, Entity.id == Quotation.speaker_entity_id)
            .where(Quotation.article_id == article_id)
        )
        if name and name.strip()
    ]
    ids = _texts_naming(session, window, names)
    named = set(ids)
    deniers = _speaker_words(session, [a for a in window if a not in named], denials=True)
    if deniers:
        mine = stems(session.get(Article, article_id).text)
        ids += [a for a, words in deniers if words <= mine]
    keys = select(Entity.canonical_id).where(
        Entity.article_id == article_id, Entity.canonical_id.is_not(None)
    )
    shared = func.count(func.distinct(Entity.canonical_id))
    ids += session.scalars(
        select(Entity.article_id)
        .where(Entity.canonical_id.in_(keys), Entity.article_id.in_(window))
        .group_by(Entity.article_id)
        .order_by(shared.desc(), Entity.article_id)
    )
    return list(dict.fromkeys(ids))[:MAX_ARTICLES]


def _statements_of(
    session: Session, article_ids: list[str], cache: dict[str, list[Statement]]
) -> list[Statement]:
    """The statements of ``article_ids`` (read once per ``link_across`` call)."""
    missing = [a for a in article_ids if a not in cache]
    if missing:
        found: dict[str, list[Statement]] = {a: [] for a in missing}
        query = select(Quotation).where(Quotation.article_id.in_(missing))
        for statement in _statements(session, query.limit(MAX_CANDIDATES)):
            found[statement.key[0]].append(statement)
        cache.update(found)
    return [s for a in article_ids for s in cache[a]]


def _statements(session: Session, query) -> list[Statement]:
    rows = session.scalars(
        query.options(selectinload(Quotation.article), selectinload(Quotation.speaker_entity))
    ).all()
    mentions = _mentions(session, {r.article_id for r in rows})
    out = []
    for row in rows:
        if len(row.text.split()) < 4:
            continue
        speaker = _speaker(row)
        out.append(Statement(
            key=(row.article_id, row.local_id), text=row.text, sentence=_sentence(row),
            order=-10, speaker=speaker, speaker_words=_name_words(row),
            cue=(row.cue_text or "").lower(),
            mentions=_near(mentions[row.article_id], row, speaker),
        ))  # fmt: skip
    return out


def _mentions(session: Session, article_ids) -> dict[str, list[tuple[int, int, object]]]:
    """Per article: (start, end, entity key) of every entity mention; the key is the canonical
    entity's id, else (article id, local id), which no other article shares."""
    out: dict[str, list] = defaultdict(list)
    if not article_ids:
        return out
    query = select(Entity.article_id, Entity.canonical_id, Entity.local_id, Mention.start,
                   Mention.end).join(Mention, Mention.entity_id == Entity.id).where(
        Entity.article_id.in_(list(article_ids)))  # fmt: skip
    for article_id, canonical, local, start, end in session.execute(query):
        key = canonical if canonical is not None else (article_id, local)
        out[article_id].append((start, end, key))
    return out


def _near(mentions, row: Quotation, speaker) -> frozenset:
    """The entities named in the sentence(s) of ``row`` (its speaker excluded)."""
    start, end = _bounds(row)
    return frozenset(key for a, b, key in mentions if start <= a and b <= end and key != speaker)


def _bounds(row: Quotation) -> tuple[int, int]:
    """Character range of the sentences holding the quotation and its frame."""
    spans = list(row.spans or []) + list(row.frame_spans or []) + list(row.cue_spans or [])
    text = row.article.text
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    starts, ends = _sentence_ends(text)
    before = bisect_right(ends, start)  # sentence ends at or before ``start``
    after = bisect_left(starts, end)  # the first sentence end from ``end`` on
    return (ends[before - 1] if before else 0), (ends[after] if after < len(ends) else len(text))


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the sentence ends of ``text`` (once per article text)."""
    found = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _sentence(row: Quotation) -> str:
    start, end = _bounds(row)
    return row.article.text[start:end]


def _speaker(row: Quotation):
    entity = row.speaker_entity
    if entity is not None:
        if entity.canonical_id is not None:
            return entity.canonical_id
        return (row.article_id, entity.local_id)
    return None


def _name(row: Quotation) -> str | None:
    return row.speaker_entity.name if row.speaker_entity is not None else row.speaker_text


def _name_words(row: Quotation) -> frozenset[str]:
    name = _name(row)
    return frozenset(stems(name)) if name else frozenset()


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10]).date()
    except ValueError:
        return None


# --- listing ---------------------------------------------------------------------------------


def list_disputes(
    session: Session,
    q: str | None = None,
    speaker: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    across: bool | None = None,
    article: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict]]:
    """``(total, items)``: stored relations, newest denial first, with both statements, their
    speakers, articles, dates and outlets. Filters: words in either statement (``q``), a speaker
    of either side, an outlet of either side, the denial's date range, the relation type, only
    relations across articles (``across``), relations from or to one ``article``."""
    src_q, tgt_q = aliased(Quotation), aliased(Quotation)
    src_a, tgt_a = aliased(Article), aliased(Article)
    src_s, tgt_s = aliased(Source), aliased(Source)
    src_e, tgt_e = aliased(Entity), aliased(Entity)
    target_article = func.coalesce(Relation.target_article_id, Relation.article_id)
    query = (
        select(Relation, src_q, tgt_q, src_a, tgt_a, src_s.name, tgt_s.name, src_e.name,
               tgt_e.name)
        .join(src_q, (src_q.article_id == Relation.article_id)
              & (src_q.local_id == Relation.source))
        .join(tgt_q, (tgt_q.article_id == target_article) & (tgt_q.local_id == Relation.target))
        .join(src_a, src_a.id == Relation.article_id)
        .join(tgt_a, tgt_a.id == target_article)
        .outerjoin(src_s, src_s.id == src_a.source_id)
        .outerjoin(tgt_s, tgt_s.id == tgt_a.source_id)
        .outerjoin(src_e, src_e.id == src_q.speaker_entity_id)
        .outerjoin(tgt_e, tgt_e.id == tgt_q.speaker_entity_id)
    )  # fmt: skip
    for value, columns in (
        (q, (src_q.text, tgt_q.text)),
        (speaker, (src_e.name, tgt_e.name, src_q.speaker_text, tgt_q.speaker_text)),
        (outlet, (src_s.name, tgt_s.name)),
    ):
        if value:
            like = f"%{value.lower()}%"
            query = query.where(or_(*(func.lower(c).like(like) for c in columns)))
    if date_from:
        query = query.where(src_a.published >= date_from)
    if date_to:
        query = query.where(src_a.published <= date_to + "T99")
    if type:
        query = query.where(Relation.type == type)
    if across is not None:
        linked = Relation.target_article_id
        query = query.where(linked.is_not(None) if across else linked.is_(None))
    if article:
        query = query.where(or_(Relation.article_id == article, target_article == article))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    query = query.order_by(src_a.published.desc(), Relation.article_id, Relation.position)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return total, [_item(*row) for row in rows]


def _item(rel, sq, tq, sa, ta, s_outlet, t_outlet, s_name, t_name) -> dict:
    def side(quote, article, outlet, name) -> dict:
        return {
            "article_id": article.id, "title": article.title, "outlet": outlet,
            "published": article.published, "quote_id": quote.local_id, "text": quote.text,
            "speaker": name or quote.speaker_text, "type": quote.type,
        }  # fmt: skip

    return {
        "type": rel.type, "confidence": rel.confidence, "across": rel.target_article_id is not None,
        "source": side(sq, sa, s_outlet, s_name), "target": side(tq, ta, t_outlet, t_name),
    }  # fmt: skip
