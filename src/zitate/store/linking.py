"""Cross-article entity linking: the document entities of a stored article -> canonical entities.

Stage: store, after the article's rows are written (``zitate.store.ingest`` calls
``link_article`` in the article's transaction; ``relink`` links a whole database). Input: the
``Entity`` rows of one article (name, kind, role aliases) and the canonical entities already in
the database with their aliases and the user corrections. Output: ``Entity.canonical_id`` set,
new ``CanonicalEntity`` rows where no existing one fits, and the touched entities' dated aliases
brought up to date (``zitate.store.aliases``).

The rules, in order (2–4 are ``zitate.resolve.crosslink``, shared with the Spark stage
``zitate.spark.linking``; this module adds the user corrections and the database):

1. User corrections first: a name a user merged into an entity, split off or renamed it to is
   pinned to that entity (a role phrase only within its article); see ``Corrections``.
2. Role phrases and common nouns („der Sprecher“, „Sprecher des Generalstabs“, „Polizei“) and
   groups get an entity of their own: a role title is never the key of a merge.
3. A bare surname or organisation acronym („Trump“, „KIT“) joins the one canonical entity of the
   same kind with a longer name that ends in it („Donald Trump“) or abbreviates to it; with two
   or more such entities („Anna Giulia Fink“, „Andreas Fink“) it stays apart, in an entity of
   the bare name.
4. Any other name joins the canonical entity of the same kind with the same normalised name
   (case, whitespace, diacritics and leading titles ignored; a genitive „s“ tried off). A new
   full name absorbs an earlier bare-surname entity when it is the only name it fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Row, bindparam, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from ..resolve.crosslink import Rules, lookup_keys
from ..resolve.names import Name, parse_name
from .aliases import add_article, delete_canonical, refresh
from .models import Article, CanonicalAlias, CanonicalEntity, Correction, Entity, utcnow

_LOCK_KEY = 0x7A17E7  # pg_advisory_xact_lock key: one linker writes at a time
Previous = dict[tuple[str, str], int]  # (kind, key) -> canonical id, of a replaced analysis
_KEYS = bindparam("keys", expanding=True)
# The canonical names that keys match (``Linker._load``), built once with the keys bound when it
# runs: building the statement with its IN lists anew for each article cost more than the query.
_NAMES_MATCHING = (
    select(CanonicalAlias.canonical_id, CanonicalEntity.kind, CanonicalAlias.key,
           CanonicalAlias.short)
    .join(CanonicalEntity, CanonicalEntity.id == CanonicalAlias.canonical_id)
    .where(CanonicalAlias.type == "name",
           or_(CanonicalAlias.key.in_(_KEYS), CanonicalAlias.short.in_(_KEYS)))
)  # fmt: skip


@dataclass
class Corrections:
    """The user corrections, replayed in order into pins: which canonical entity a name goes to.

    ``pins`` hold names (``(kind, key)``) for every article, ``article_pins`` role phrases of one
    article (``(article_id, kind, key)``); ``redirects`` follow merged-away ids to their target;
    ``referenced`` are the ids a correction names (never deleted or absorbed automatically)."""

    pins: dict[tuple[str, str], int] = field(default_factory=dict)
    article_pins: dict[tuple[str, str, str], int] = field(default_factory=dict)
    redirects: dict[int, int] = field(default_factory=dict)
    referenced: set[int] = field(default_factory=set)

    @classmethod
    def replay(cls, session: Session) -> Corrections:
        rules = cls()
        for row in session.scalars(select(Correction).order_by(Correction.id)):
            args = row.args or {}
            target = int(args.get("into", row.canonical_id))
            merged = [int(i) for i in args.get("from", [])] if row.action == "merge" else []
            for source in merged:
                rules.redirects[source] = target
            for kind, key in args.get("pins", []):
                rules.pins[(kind, key)] = target
            for article_id, kind, key in args.get("article_pins", []):
                rules.article_pins[(article_id, kind, key)] = target
            rules.referenced |= {row.canonical_id, target, *merged}
        return rules

    def resolve(self, canonical_id: int | None) -> int | None:
        seen: set[int] = set()
        while canonical_id in self.redirects and canonical_id not in seen:
            seen.add(canonical_id)
            canonical_id = self.redirects[canonical_id]
        return canonical_id

    def pinned(self, article_id: str, name: Name) -> int | None:
        """The canonical id a correction pins ``name`` (in ``article_id``) to, if any."""
        found = self.article_pins.get((article_id, name.kind, name.key))
        if found is None and not name.role:
            found = next(
                (self.pins[(name.kind, k)] for k in name.variants() if (name.kind, k) in self.pins),
                None,
            )
        return self.resolve(found)


class Linker:
    """Links the document entities of one article within a session (``link_article``).

    The canonical names the article's names could match are read in one query into the index
    of ``zitate.resolve.crosslink.Rules`` (normalised name -> ids, surname or acronym of a
    longer name -> ids) that grows as entities are created; ``refresh`` writes the aliases
    afterwards."""

    def __init__(self, session: Session, corrections: Corrections | None = None) -> None:
        self.session = session
        lock(session)
        self.corrections = corrections or Corrections.replay(session)
        self.touched: set[int] = set()
        self.existing: set[int] = set()  # canonical ids known to exist (``_load_existing``)
        self.full: set[int] = set()  # touched ids whose aliases need a full recompute
        self.rules = Rules(key_limit=255)  # the index of canonical names and the rules
        self.pending: list[Name] = []  # entities to create; ids -1, -2, … until inserted
        self.absorbed: list[tuple[int, int]] = []  # (bare-surname entity, the full name's)

    def link(self, entities: Sequence[Row], previous: Previous | None = None) -> None:
        """Link each of ``entities`` (rows of ``id``, ``article_id``, ``name``, ``kind``) to a
        canonical entity, creating canonical entities where none fits, and store the links."""
        names = [parse_name(e.name, e.kind) for e in entities]
        self._load(names)
        pins = [
            self.corrections.pinned(e.article_id, n) for e, n in zip(entities, names, strict=True)
        ]
        self._load_existing([*pins, *(previous or {}).values()])
        targets: list[int] = []
        for name, pin in zip(names, pins, strict=True):
            target = self._existing(pin)
            if target is None and previous:
                target = self._kept(name, previous.get((name.kind, name.key)))
            if target is None and not name.role:
                target = self._target(name)
            if target is None:
                target = self._new(name)
            targets.append(target)
            self.touched.add(target)
        targets = self._materialise(targets)
        if entities:
            table = Entity.__table__
            self.session.execute(
                update(table)
                .where(table.c.id == bindparam("entity_id"))
                .values(canonical_id=bindparam("target")),
                [{"entity_id": e.id, "target": t} for e, t in zip(entities, targets, strict=True)],
            )

    def refresh(self, article_id: str | None = None) -> None:
        """Recompute names and aliases of the touched canonical entities and drop orphans; with
        ``article_id`` (a new article), only add that article's document entities."""
        keep = self.corrections.referenced
        if article_id is None:
            refresh(self.session, self.touched, keep)
        else:
            add_article(self.session, article_id, self.touched - self.full)
            refresh(self.session, self.full, keep)
        self.touched, self.full = set(), set()

    def _load(self, names: list[Name]) -> None:
        keys = {k[:255] for k in lookup_keys(names)}
        if not keys:
            return
        rows = self.session.execute(_NAMES_MATCHING, {"keys": list(keys)})
        for canonical_id, kind, key, short in rows:
            self.rules.index(canonical_id, kind, key, short)

    def _kept(self, name: Name, before: int | None) -> int | None:
        """The entity ``name`` was linked to before its article was analysed again, if it still
        fits: re-ingesting does not undo a decision that depended on the order of arrival."""
        if before is None or not name.role and not self.rules.fits(name, before):
            return None
        return self._existing(before)

    def _load_existing(self, ids: list[int | None]) -> None:
        """Note which of ``ids`` (pinned or previous targets) still exist, in one query."""
        wanted = {i for i in ids if i is not None}
        if wanted:
            query = select(CanonicalEntity.id).where(CanonicalEntity.id.in_(wanted))
            self.existing |= set(self.session.scalars(query))

    def _existing(self, canonical_id: int | None) -> int | None:
        return canonical_id if canonical_id in self.existing else None

    def _target(self, name: Name) -> int | None:
        """Rules 3 and 4 (``zitate.resolve.crosslink``); an absorbed bare-surname entity is
        noted for ``_materialise``."""
        absorbed: list[int] = []

        def may_absorb(victim: int) -> bool:
            row = self.session.get(CanonicalEntity, victim)
            if row is None or row.locked or victim in self.corrections.referenced:
                return False
            if not parse_name(row.name, row.kind).is_short:
                return False  # „Un“ is no acronym of „U.S. News“
            absorbed.append(victim)
            return True

        target = self.rules.target(name, self._new, may_absorb)
        for victim in absorbed:
            self.absorbed.append((victim, target))
            self.touched.discard(victim)
            self.full.add(target)
        return target

    def _new(self, name: Name) -> int:
        """A placeholder id (negative) for a new canonical entity, inserted by ``_materialise``."""
        self.pending.append(name)
        created = -len(self.pending)
        self.rules.created(created, name)
        return created

    def _materialise(self, targets: list[int]) -> list[int]:
        """Insert the new canonical entities (one statement), put their ids in place of the
        placeholders in ``targets``, and move the absorbed bare-surname entities' links."""
        real: dict[int, int] = {}
        if self.pending:
            rows = [
                {"name": n.display[:2000], "kind": n.kind, "locked": False, "created_at": utcnow()}
                for n in self.pending
            ]
            inserted = insert_canonical(self.session, rows)
            real = {-(n + 1): canonical_id for n, canonical_id in enumerate(inserted)}
        targets = [real.get(t, t) for t in targets]
        self.touched = {real.get(i, i) for i in self.touched}
        self.full = {real.get(i, i) for i in self.full}
        table = Entity.__table__
        for victim, created in self.absorbed:
            created = real.get(created, created)
            self.session.execute(
                update(table).where(table.c.canonical_id == victim).values(canonical_id=created)
            )
            targets = [created if t == victim else t for t in targets]
            delete_canonical(self.session, [victim])
        self.pending, self.absorbed = [], []
        return targets


def insert_canonical(session: Session, rows: list[dict]) -> list[int]:
    """Insert the canonical entities ``rows``; return their ids in the order of ``rows``."""
    table = CanonicalEntity.__table__
    if session.get_bind().dialect.name != "sqlite":
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(returning, rows))
    # SQLite returns no ids in the rows' order from one statement (SQLAlchemy would insert row by
    # row); an executemany gives each row the largest rowid + 1 in turn, and the transaction
    # holds the write lock from its first insert on: the new rows have the largest ids.
    session.execute(insert(table), rows)
    newest = select(table.c.id).order_by(table.c.id.desc()).limit(len(rows))
    return sorted(session.scalars(newest))


def lock(session: Session) -> None:
    """Serialise writers of canonical entities on PostgreSQL (held until the transaction ends);
    SQLite has one writer anyway. Take it before the transaction's first write: every write
    also updates rows that all writers update (``db_changes``, the statistics), so a
    transaction that wrote and then waits here deadlocks with one that holds this lock and
    writes (ingest, relink, ``zitate load``, merge, split, rename all take it first; the
    ingest takes ``signatures.lock`` before it, no writer takes them the other way round)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def link_article(session: Session, article_id: str, previous: Previous | None = None) -> set[int]:
    """Link every document entity of ``article_id`` (rows written, not yet committed); return
    the canonical ids touched. ``previous`` (``previous_links``) maps the names of the replaced
    analysis to their canonical entities, so a reprocessed article keeps them where they fit."""
    session.flush()
    linker = Linker(session)
    entities = session.execute(
        select(Entity.id, Entity.article_id, Entity.name, Entity.kind)
        .where(Entity.article_id == article_id)
        .order_by(Entity.position)
    ).all()
    linker.touched |= set((previous or {}).values())
    linker.link(entities, previous)
    touched = set(linker.touched)
    linker.refresh(None if previous else article_id)
    return touched


def previous_links(session: Session, article_id: str) -> Previous:
    """``(kind, key) -> canonical id`` of the stored entities of ``article_id``: taken before
    its analysis is replaced, given to ``link_article`` afterwards."""
    rows = session.execute(
        select(Entity.name, Entity.kind, Entity.canonical_id).where(
            Entity.article_id == article_id, Entity.canonical_id.is_not(None)
        )
    )
    out: Previous = {}
    for entity_name, kind, canonical_id in rows:
        name = parse_name(entity_name, kind)
        out[(kind, name.key)] = canonical_id
    return out


def relink(session_factory, *, everything: bool = False) -> dict[str, int]:
    """Link the document entities of every stored article, one transaction per article, oldest
    first: the unlinked ones (a database from before linking), or with ``everything`` all of
    them again (existing canonical entities and corrections are kept and reused). Returns
    ``{"articles": …, "entities": …, "canonical": …}``."""
    with session_factory() as session:
        query = select(Article.id).order_by(Article.published.asc().nulls_last(), Article.id)
        if not everything:
            unlinked = select(Entity.article_id).where(Entity.canonical_id.is_(None))
            query = query.where(Article.id.in_(unlinked))
        article_ids = session.scalars(query).all()
    linked = 0
    for article_id in article_ids:
        with session_factory.begin() as session:
            lock(session)  # before the first write (``lock``)
            previous = previous_links(session, article_id)
            if everything:
                session.execute(
                    update(Entity).where(Entity.article_id == article_id).values(canonical_id=None)
                )
            linked += len(link_article(session, article_id, previous))
    with session_factory() as session:
        n_entities = session.scalar(
            select(func.count()).select_from(Entity).where(Entity.canonical_id.is_not(None))
        )
        n_canonical = session.scalar(select(func.count()).select_from(CanonicalEntity))
    return {
        "articles": len(article_ids),
        "entities": n_entities or 0,
        "canonical": n_canonical or 0,
    }
