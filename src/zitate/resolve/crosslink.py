"""The rules of cross-article entity linking, without a database: names -> canonical entities.

Stage: resolve, cross-article. Used by ``zitate.store.linking`` (one article at a time against
the canonical entities of a database) and by the Spark stage ``zitate.spark.linking`` (whole
groups of names in memory, in the order of their articles); both apply exactly these rules.

Input: ``Name``s (``zitate.resolve.names.parse_name``) and an index of the canonical entities
known so far (``Rules``: normalised name -> ids, surname or acronym of a longer name -> ids) that
the caller fills (``index``) and grows (``created``, ``absorb``). Output: the id each name is
linked to; new entities are asked of the caller (``new``), which gives them ids (the store a
placeholder until it inserts them, Spark a counter). The rules (rule 1, the user corrections,
is the store's; it alone knows them):

2. Role phrases and common nouns („der Sprecher“, „Polizei“) and groups get an entity of their
   own: a role title is never the key of a merge (the caller never asks ``target`` for them).
3. A bare surname or organisation acronym („Trump“, „KIT“) joins the one canonical entity of the
   same kind with a longer name that ends in it („Donald Trump“) or abbreviates to it; with two
   or more such entities it stays apart, in an entity of the bare name.
4. Any other name joins the canonical entity of the same kind with the same normalised name (a
   genitive „s“ tried off and on). A new full name absorbs an earlier bare-surname entity when
   it is the only name it fits (``absorb``; the caller may refuse a victim: locked, corrected).

``families`` gives the keys through which two names can meet in these rules, so that a
partitioned linker (Spark) can put every pair of names that may interact into one group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from .names import Name, parse_name

NewEntity = Callable[[Name], int]


class Rules:
    """The index of canonical names and the linking decisions over it (see the module
    docstring). ``key_limit`` truncates the keys of new entities as a database column does."""

    def __init__(self, key_limit: int | None = None) -> None:
        self.by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.by_short: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.key_limit = key_limit

    def index(self, entity_id: int, kind: str, key: str, short: str | None) -> None:
        """Note that ``entity_id`` carries the name ``key`` (with its surname or acronym)."""
        self.by_key[(kind, key)].add(entity_id)
        if short:
            self.by_short[(kind, short)].add(entity_id)

    def created(self, entity_id: int, name: Name) -> None:
        """Index the new entity ``entity_id`` made for ``name`` (a role phrase: not at all)."""
        if not name.role:
            key = name.key[: self.key_limit] if self.key_limit else name.key
            self.index(entity_id, name.kind, key, name.short)

    def target(self, name: Name, new: NewEntity, may_absorb: Callable[[int], bool]) -> int | None:
        """Rules 3 and 4 for a name that is no role phrase: the id it joins (``new`` called
        where the rules make an entity), or None where nothing fits and the caller makes one."""
        return self.short(name, new) if name.is_short else self.long(name, new, may_absorb)

    def short(self, name: Name, new: NewEntity) -> int | None:
        """A bare surname or acronym: the one longer name it fits, else the bare-name entity."""
        for key in name.variants():
            longs = set(self.by_short.get((name.kind, key), ()))
            if len(longs) == 1:
                return longs.pop()
            exact = self.by_key.get((name.kind, key), set())
            if longs:  # ambiguous: the entity of the bare name, never one of the full names
                bare = sorted(exact - longs)
                return bare[0] if bare else new(name)
            if exact:
                return min(exact)
        return self.genitive(name)

    def long(self, name: Name, new: NewEntity, may_absorb: Callable[[int], bool]) -> int:
        """A full name: the canonical entity with that name, else a new one that absorbs an
        earlier bare-surname entity it alone fits (if ``may_absorb`` of it)."""
        for key in name.variants():
            exact = self.by_key.get((name.kind, key))
            if exact:
                return min(exact)
        found = self.genitive(name)
        if found is not None:
            return found
        created = new(name)
        if name.short:
            self.absorb(created, name, may_absorb)
        return created

    def genitive(self, name: Name) -> int | None:
        """The entity known only by the genitive of ``name`` („Italiens“ for „Italien“)."""
        found = self.by_key.get((name.kind, f"{name.key}s"), set())
        return min(found) if len(found) == 1 and len(name.key) > 3 else None

    def victim(self, created: int, name: Name) -> int | None:
        """The one bare-surname entity the new full name ``name`` (``created``) alone fits."""
        kind, short = name.kind, name.short or ""
        bare: set[int] = set()
        for key in (short, f"{short}s"):
            bare |= self.by_key.get((kind, key), set()) - self.by_short.get((kind, key), set())
        if self.by_short[(kind, short)] - {created} or len(bare) != 1:
            return None
        (victim,) = bare
        return victim

    def absorb(self, created: int, name: Name, may_absorb: Callable[[int], bool]) -> int | None:
        """Move the bare-surname entity ``victim`` into ``created`` in the index; return it
        (the caller moves its links and deletes it), or None where there is none to absorb."""
        victim = self.victim(created, name)
        if victim is None or not may_absorb(victim):
            return None
        for index in (self.by_key, self.by_short):
            for ids in index.values():
                if victim in ids:
                    ids.discard(victim)
                    ids.add(created)
        self.by_short[(name.kind, name.short or "")] = {created}
        return victim

    def fits(self, name: Name, entity_id: int) -> bool:
        """Whether ``entity_id`` carries ``name`` (or its genitive, or it as surname)."""
        return any(
            entity_id in index.get((name.kind, key), ())
            for key in (*name.variants(), f"{name.key}s")
            for index in (self.by_key, self.by_short)
        )


def lookup_keys(names: Iterable[Name]) -> set[str]:
    """The normalised names whose canonical entities the rules may consult for ``names``."""
    names = list(names)
    keys = {k for n in names if not n.role for k in (*n.variants(), f"{n.key}s")}
    return keys | {k for n in names if n.short for k in (n.short, f"{n.short}s")}


def family(key: str) -> str:
    """``key`` without trailing „s“: a key, its genitive and the key a genitive was tried off
    share it (over-grouping is harmless; under-grouping would change the result)."""
    return key.rstrip("s") or key


def families(name: Name) -> tuple[str, ...]:
    """The families through which ``name`` can meet another name of its kind in the rules:
    its key's (exact and genitive matches) and its surname's or acronym's (rule 3, absorbing).
    Two names that share none are linked independently of each other."""
    if name.role:
        return ()
    own = family(name.key)
    return (own, family(name.short)) if name.short else (own,)


def best_name(kind: str, aliases: list[dict], fallback: str) -> str:
    """The name of a canonical entity from its aliases (dicts with ``type`` "name" or "role",
    ``alias``, ``count``): a person's most complete name (most words, then most often); the
    most frequent name of anything else; the most frequent role phrase of an entity without a
    name; ``fallback`` without aliases."""
    names = [a for a in aliases if a["type"] == "name"] or aliases
    if not names:
        return fallback
    if kind == "PER":
        best = max(
            names, key=lambda a: (min(len(a["alias"].split()), 4), a["count"], -len(a["alias"]))
        )
    else:
        best = max(names, key=lambda a: (a["count"], len(a["alias"].split()), -len(a["alias"])))
    return best["alias"]


def link_in_order(members: Iterable[tuple]) -> list[tuple[list, str]]:
    """Link ``members`` — ``(member id, article id, name, kind)`` in the order their articles
    arrive and of their position in the article — by the rules, as the
    store links article after article into an empty database: a joined name counts for the
    entity from the next article on (the store's aliases), a new entity at once. Returns the
    canonical entities, each as ``(member ids in the given order, display name)``."""
    rules = Rules()
    made: list[Name] = []  # entity index -> the name it was made for
    into: dict[int, int] = {}  # absorbed entity -> the one that absorbed it
    linked: list[tuple] = []  # (member id, entity index, name)
    joined: list[tuple[int, Name]] = []  # names to index when their article is done
    article = None

    def new(name: Name) -> int:
        made.append(name)
        rules.created(len(made) - 1, name)
        return len(made) - 1

    def may_absorb(victim: int) -> bool:
        if not made[victim].is_short:
            return False  # „Un“ is no acronym of „U.S. News“
        into[victim] = len(made) - 1  # the entity ``long`` just made
        return True

    def final(index: int) -> int:
        while index in into:
            index = into[index]
        return index

    for member_id, article_id, text, kind in members:
        if article_id != article:
            for index, name in joined:
                rules.created(final(index), name)
            joined, article = [], article_id
        name = parse_name(text, kind)
        target = None if name.role else rules.target(name, new, may_absorb)
        if target is None:
            target = new(name)
        elif not name.role:
            joined.append((target, name))
        linked.append((member_id, target, name))
    groups: dict[int, list] = {}
    tallies: dict[int, dict[tuple[str, str], dict]] = {}
    for member_id, index, name in linked:
        index = final(index)
        groups.setdefault(index, []).append(member_id)
        tally = tallies.setdefault(index, {})
        entry = tally.setdefault(("role" if name.role else "name", name.key), {"n": Counter()})
        entry["n"][name.display] += 1
    out = []
    for index, ids in groups.items():
        tally = tallies[index]
        for type_, key in list(tally):  # „Sebastian Hendels“ counts as „Sebastian Hendel“
            if type_ == "name" and key.endswith("s") and ("name", key[:-1]) in tally:
                tally[("name", key[:-1])]["n"].update(tally.pop((type_, key))["n"])
        aliases = [
            {"type": type_, "alias": entry["n"].most_common(1)[0][0],
             "count": sum(entry["n"].values())}
            for (type_, _), entry in sorted(tally.items())
        ]  # fmt: skip
        out.append((ids, best_name(made[index].kind, aliases, made[index].display)))
    return out
