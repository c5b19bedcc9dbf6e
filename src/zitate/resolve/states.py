"""Bodies of a state named by adjective, genitive or prefix: one entity with one name per article.

Stage: resolve (used by ``zitate.resolve.document`` after the speakers are resolved). Input: the
article's ``Entity`` objects and its quotation records. Data: ``zitate/data/states.json``
(hand-written: the world's states with the adjective stem and genitive German news use, other
names and compound prefixes of a state, the institutions that are one body of a state, and the
seats of government that stand for a state's government: „aus Moskau“).
Output: the entities with the organisations that name one institution of one state joined —
„Israels Armee“, „Armee Israels“, „die israelische Armee“, „das israelische Militär“ are one
entity named „israelische Armee“ (adjective in the strong nominative; of synonyms the first of
its group in the data where the article uses it, else the noun the article uses most; a prefix
form „US-Militär“ stays where the article uses it most) — and the quotes'
``speaker.entity`` following the joined ids. Synonyms (Armee, Militär, Streitkräfte) join only for
the same state; „russische Armee“ and „ukrainische Armee“ stay apart.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .declension import STRONG, declines, noun_gender
from .mentions import Entity
from .repair import ORG_ENDINGS

ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass(frozen=True)
class States:
    """Lookups of ``states.json``: word or phrase -> state name."""

    adjective: dict[str, str]  # „israelischen“ -> „Israel“, every case ending
    genitive: dict[str, str]  # „Israels“, „der Ukraine“ -> state
    name: dict[str, str]  # „Israel“, „Vereinigte Staaten“ -> state
    prefix: dict[str, str]  # „US“ of „US-Militär“ -> state
    stem: dict[str, str]  # state -> adjective stem („israelisch“)
    synonym: dict[str, str]  # lower-case institution noun -> its group's first noun
    capital: dict[str, str]  # seat of government for its government („Moskau“ -> „Russland“)


@lru_cache(maxsize=1)
def states() -> States:
    """The lookups of ``zitate/data/states.json``."""
    path = resources.files("zitate") / "data" / "states.json"
    data = json.loads(path.read_text("utf-8"))
    adjective, genitive, name, stem = {}, {}, {}, {}
    for state, adj, gen in data["states"]:
        stem[state] = adj
        name[state] = state
        genitive[gen] = state
        for ending in ADJECTIVE_ENDINGS:
            adjective[adj + ending] = state
    for other, state in data["names"].items():
        name[other] = state
        genitive.setdefault(other + "s", state)
    for adj, state in data["adjectives"].items():
        for ending in ADJECTIVE_ENDINGS:
            adjective[adj.lower() + ending] = state
    synonym = {n.lower(): group[0] for group in data["synonyms"] for n in group}
    capital = data.get("capitals", {})
    return States(adjective, genitive, name, data["prefixes"], stem, synonym, capital)


@dataclass(frozen=True)
class Body:
    """An institution of a state as a name gives it."""

    state: str
    noun: str  # as written („Militär“)
    form: str  # „adjective“, „genitive“ or „prefix“
    word: str = ""  # the adjective or prefix as written („israelischen“, „US“, „Schweizer“)

    @property
    def key(self) -> tuple[str, str]:
        """What two names of one body share: the state and the noun's synonym group."""
        low = self.noun.lower()
        return self.state, states().synonym.get(low, low)


def _institution(noun: str) -> bool:
    low = noun.lower()
    return noun[:1].isupper() and (low.endswith(ORG_ENDINGS) or low in states().synonym)


def state_body(name: str) -> Body | None:
    """The body of a state an organisation's name is: „Israels Armee“, „Armee Israels“,
    „israelisches Militär“, „Streitkräfte der Ukraine“, „US-Militär“; else None."""
    table = states()
    words = name.split()
    if len(words) == 1 and "-" in words[0]:
        head, _, noun = words[0].partition("-")
        state = table.prefix.get(head)
        return Body(state, noun, "prefix", head) if state and _institution(noun) else None
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    if len(words) == 2 and _institution(last):
        if (state := table.adjective.get(first.lower())) is not None:
            return Body(state, last, "adjective", first)
        if (state := table.genitive.get(first)) is not None:
            return Body(state, last, "genitive")
    if _institution(first) and (state := table.genitive.get(" ".join(words[1:]))) is not None:
        return Body(state, first, "genitive")  # „Armee Israels“, „Streitkräfte der Ukraine“
    return None


def body_name(state: str, noun: str, prefix: str | None = None, fixed: str | None = None) -> str:
    """„israelische Armee“, „israelisches Militär“, „ukrainische Streitkräfte“; with a
    ``prefix`` the compound „US-Militär“; with an invariable adjective ``fixed`` that one
    („Schweizer Armee“)."""
    if prefix is not None:
        return f"{prefix}-{noun}"
    if fixed is not None:
        return f"{fixed} {noun}"
    gender = noun_gender(noun)
    return f"{states().stem[state]}{STRONG.get(gender or 'f')} {noun}"


def join_state_bodies(entities: list[Entity], quotes: list[dict]) -> list[Entity]:
    """``entities`` with the organisations of one body of one state joined and named by
    ``body_name`` (see the module docstring); ``quotes`` follow the joined ids."""
    groups: dict[tuple[str, str], list[tuple[Entity, Body]]] = {}
    for entity in entities:
        if entity.kind == "ORG" and (body := state_body(entity.name)) is not None:
            groups.setdefault(body.key, []).append((entity, body))
    moved: dict[str, str] = {}
    gone: set[int] = set()
    for members in groups.values():
        weight: Counter[str] = Counter()
        prefixes: Counter[str | None] = Counter()
        fixed = None
        for entity, body in members:
            count = max(len(entity.mentions), 1)
            weight[body.noun] += count
            prefixes[body.word if body.form == "prefix" else None] += count
            if body.form == "adjective" and not declines(body.word):
                fixed = body.word  # „Schweizer Armee“
        keep = max((e for e, _ in members), key=lambda e: len(e.mentions))
        for entity, _ in members:
            if entity is keep:
                continue
            keep.mentions += entity.mentions
            keep.tokens += entity.tokens
            keep.names += [n for n in entity.names if n not in keep.names]
            for alias in entity.aliases:
                keep.add_alias(alias)
            moved[entity.id] = keep.id
            gone.add(id(entity))
        state = members[0][1].state
        # the synonym group's first noun where the article uses it („Armee“ of „Israels
        # Armee“ and „das israelische Militär“): one name across articles; else the most used
        head = members[0][1].key[1]
        noun = head if head in weight else max(weight, key=lambda n: (weight[n], n))
        prefix = max(prefixes, key=lambda p: (prefixes[p], p is None))
        keep.canonical = body_name(state, noun, prefix, fixed)
    for quote in quotes:
        speaker = quote.get("speaker")
        if speaker and speaker.get("entity") in moved:
            speaker["entity"] = moved[speaker["entity"]]
    return [e for e in entities if id(e) not in gone]
