"""Storage stage, speaker profiles: document evidence -> the profile of each canonical entity.

Input: a session on a linked database. Output, written in the caller's transaction:

- ``Entity.profile``: the evidence one article gives about one document entity
  (``zitate.resolve.profiles.entity_evidence`` on the stored text, aliases, mentions and the
  speaker mentions of the quotations resolved to it);
- ``CanonicalEntity.gender`` (female|male|unknown for persons, NULL otherwise), ``category``,
  ``party`` (the latest) and ``profile``: the kind, each decision with its reason and pooled
  evidence (``value``, ``source``, ``text``, ``count``), roles and parties dated by the articles'
  publication days (``first_seen``, ``last_seen``, ``count``), and which fields a user set.

User corrections (``set_profile``, ``zitate entities set``) are ``Correction`` rows with action
``set``; ``refresh_profiles`` replays them after every recomputation, following merges, so they
survive re-ingestion like merges do. ``zitate.store.ingest`` calls ``update_article`` after
linking an article; ``profile_all`` profiles a whole database (``zitate entities profile``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import Errors, ZitateError
from ..resolve.profiles import CATEGORIES, GENDERS, decide_gender, entity_evidence
from .aliases import published_day
from .linking import Corrections
from .models import Article, CanonicalEntity, Correction, Entity, Quotation

KINDS = {"PER": "person", "ORG": "organisation", "GROUP": "group"}
FIELDS = ("gender", "category", "party")
MAX_PARTY = 32
AUTO = "auto"  # a correction value that hands the field back to the evidence
# How much one indication of a category weighs: a role noun or the entity's own name more than an
# affiliation phrase near a mention or a place that speaks.
SOURCE_WEIGHTS = {"role": 2, "name": 2, "affiliation": 1, "place": 1, "anaphor": 1}


def article_evidence(session: Session, article_id: str) -> None:
    """Write ``Entity.profile`` for every entity of ``article_id``."""
    article = session.get(Article, article_id)
    if article is None:
        return
    entities = session.scalars(
        select(Entity)
        .where(Entity.article_id == article_id)
        .options(selectinload(Entity.aliases), selectinload(Entity.mentions))
    ).all()
    spoken: dict[int, list[str]] = defaultdict(list)
    for entity_id, speaker in session.execute(
        select(Quotation.speaker_entity_id, Quotation.speaker_text).where(
            Quotation.article_id == article_id, Quotation.speaker_entity_id.is_not(None)
        )
    ):
        if speaker:
            spoken[entity_id].append(speaker)
    for entity in entities:
        entity.profile = entity_evidence(
            article.text,
            entity.name,
            entity.kind,
            [a.alias for a in entity.aliases],
            [(m.start, m.end) for m in entity.mentions],
            spoken.get(entity.id, ()),
        )


def update_article(session: Session, article_id: str, touched: Iterable[int | None]) -> None:
    """After ``article_id`` was linked: its evidence, then the profiles of the canonical entities
    ``touched`` and those its entities are linked to."""
    session.flush()
    article_evidence(session, article_id)
    linked = session.scalars(
        select(Entity.canonical_id).where(
            Entity.article_id == article_id, Entity.canonical_id.is_not(None)
        )
    )
    refresh_profiles(session, {*touched, *linked})


def refresh_profiles(session: Session, ids: Iterable[int | None]) -> None:
    """Recompute the profiles of the canonical entities ``ids`` from the evidence of their
    document entities (computing missing evidence first), then replay the user's settings."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return
    session.flush()
    missing = session.scalars(
        select(Entity.article_id)
        .distinct()
        .where(Entity.canonical_id.in_(ids), Entity.profile.is_(None))
    ).all()
    for article_id in missing:
        article_evidence(session, article_id)
    session.flush()
    rows = session.execute(
        select(Entity.canonical_id, Entity.profile, Article.published)
        .join(Article, Article.id == Entity.article_id)
        .where(Entity.canonical_id.in_(ids))
    ).all()
    by_id: dict[int, list[tuple[dict, str | None]]] = defaultdict(list)
    for canonical_id, profile, published in rows:
        by_id[canonical_id].append((profile or {}, published))
    settings = user_settings(session)
    for entity in session.scalars(select(CanonicalEntity).where(CanonicalEntity.id.in_(ids))):
        profile = aggregate(entity.kind, by_id.get(entity.id, []))
        _apply(entity, profile, settings.get(entity.id, {}))


def aggregate(kind: str, evidence: list[tuple[dict, str | None]]) -> dict[str, Any]:
    """The profile of one canonical entity of ``kind`` from ``(document evidence, published)``
    pairs of its document entities."""
    gender: Counter = Counter()
    categories: Counter = Counter()
    roles: dict[str, list] = {}
    parties: dict[str, list] = {}
    for doc, published in evidence:
        day = published_day(published)
        gender.update(tuple(item) for item in doc.get("gender", []))
        categories.update(tuple(item) for item in doc.get("categories", []))
        for role in doc.get("roles", []):
            _date(roles, role, day)
        for party in doc.get("parties", []):
            _date(parties, party, day)
    out: dict[str, Any] = {"kind": KINDS.get(kind, "other")}
    if kind == "PER":
        value, reason = decide_gender([item for item, n in gender.items() for _ in range(n)])
        out["gender"] = {"value": value, "reason": reason, "evidence": _items(gender)}
    else:
        out["gender"] = {"value": None, "reason": "not a person", "evidence": []}
    out["category"] = _category(categories)
    out["roles"] = _dated(roles, "role")
    out["parties"] = _dated(parties, "party")
    latest = out["parties"][-1]["party"] if out["parties"] else None
    out["party"] = {"value": latest, "reason": "latest party named" if latest else "none named"}
    return out


def _category(counts: Counter) -> dict[str, Any]:
    """Roles and names decide (most weight: ``SOURCE_WEIGHTS``; ties in ``CATEGORIES`` order);
    a party alone makes a politician; nothing makes ``other``."""
    by_role: Counter = Counter()
    for (category, source, _), n in counts.items():
        if source != "party":
            by_role[category] += n * SOURCE_WEIGHTS.get(source, 1)
    evidence = _items(counts)
    if by_role:
        best = max(by_role, key=lambda c: (by_role[c], -CATEGORIES.index(c)))
        reason = f"weight {by_role[best]} of {sum(by_role.values())} (roles 2, names 2, others 1)"
        return {"value": best, "reason": reason, "evidence": evidence}
    if counts:
        return {"value": "politics", "reason": "a party is named", "evidence": evidence}
    return {"value": "other", "reason": "no role, party or name indicates one", "evidence": []}


def _items(counts: Counter) -> list[dict[str, Any]]:
    return [
        {"value": value, "source": source, "text": text, "count": n}
        for (value, source, text), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _date(table: dict[str, list], value: str, day) -> None:
    entry = table.setdefault(value, [None, None, 0])
    if day is not None:
        entry[0] = day if entry[0] is None else min(entry[0], day)
        entry[1] = day if entry[1] is None else max(entry[1], day)
    entry[2] += 1


def _dated(table: dict[str, list], key: str) -> list[dict[str, Any]]:
    rows = [
        {key: value, "first_seen": first.isoformat() if first else None,
         "last_seen": last.isoformat() if last else None, "count": n}
        for value, (first, last, n) in table.items()
    ]  # fmt: skip
    return sorted(rows, key=lambda r: (r["last_seen"] or "", r["count"], r[key]))


def user_settings(session: Session) -> dict[int, dict[str, str | None]]:
    """The replayed ``set`` corrections: canonical id (after merges) -> field -> value; a
    value of ``auto`` hands the field back to the evidence."""
    rows = session.scalars(
        select(Correction).where(Correction.action == "set").order_by(Correction.id)
    ).all()
    if not rows:
        return {}
    corrections = Corrections.replay(session)
    out: dict[int, dict[str, str | None]] = defaultdict(dict)
    for row in rows:
        target = corrections.resolve(row.canonical_id)
        for field, value in (row.args or {}).get("set", {}).items():
            if value == AUTO:
                out[target].pop(field, None)
            else:
                out[target][field] = value
    return out


def _apply(entity: CanonicalEntity, profile: dict, settings: dict[str, str | None]) -> None:
    for field, value in settings.items():
        profile[field] = {**profile.get(field, {}), "value": value, "reason": "set by a user"}
    profile["corrected"] = sorted(settings)
    entity.gender = profile["gender"]["value"]
    entity.category = profile["category"]["value"]
    entity.party = profile["party"]["value"]
    entity.profile = profile


def set_profile(session: Session, canonical_id: int, **values: str | None) -> CanonicalEntity:
    """Set ``gender``, ``category`` and/or ``party`` of ``canonical_id`` (``auto``: from the
    evidence again); recorded as a correction. Bad values raise ``ZitateError`` E324."""
    entity = session.get(CanonicalEntity, canonical_id)
    if entity is None:
        raise ZitateError(Errors.E320, id=canonical_id)
    given = {k: v.strip() for k, v in values.items() if v is not None}
    if not given:
        detail = "name --gender, --category or --party"
        raise ZitateError(Errors.E324, id=canonical_id, detail=detail)
    allowed = {"gender": (*GENDERS, AUTO), "category": (*CATEGORIES, AUTO)}
    for field, value in given.items():
        if field not in FIELDS:
            raise ZitateError(Errors.E324, id=canonical_id, detail=f"unknown field {field!r}")
        if field in allowed and value not in allowed[field]:
            choices = ", ".join(allowed[field])
            detail = f"{field} {value!r} is none of {choices}"
            raise ZitateError(Errors.E324, id=canonical_id, detail=detail)
        if field == "party" and (not 0 < len(value) <= MAX_PARTY or "\x00" in value):
            detail = f"a party is 1 to {MAX_PARTY} characters without NUL"
            raise ZitateError(Errors.E324, id=canonical_id, detail=detail)
    session.add(Correction(action="set", canonical_id=canonical_id, args={"set": given}))
    session.flush()
    refresh_profiles(session, {canonical_id})
    return entity


def profile_all(session_factory) -> dict[str, int]:
    """Compute evidence and profiles for a whole database (one transaction per article, then
    one for the canonical entities); returns ``{"articles", "canonical"}``."""
    with session_factory() as session:
        article_ids = session.scalars(select(Entity.article_id).distinct()).all()
    for article_id in article_ids:
        with session_factory.begin() as session:
            article_evidence(session, article_id)
    with session_factory.begin() as session:
        ids = session.scalars(select(CanonicalEntity.id)).all()
        for start in range(0, len(ids), 500):
            refresh_profiles(session, ids[start : start + 500])
    return {"articles": len(article_ids), "canonical": len(ids)}


def profile_of(session: Session, canonical_id: int) -> dict[str, Any] | None:
    """The stored profile of ``canonical_id`` (None when it has none yet)."""
    entity = session.get(CanonicalEntity, canonical_id)
    return entity.profile if entity is not None else None
