"""Document entities from name mentions: group by name, join abbreviations, gather role aliases.

Stage: resolve (used by ``zitate.resolve.document``; after ``zitate.resolve.mentions`` built the
mentions). Input: a ``Doc`` with STTS tags and lemmas and its name ``Mention``s. Output: the
article's ``Entity`` objects — mentions of one name together („Russland“, „Russlands“), a bare
surname with the nearest longer name it ends („Trump“ -> „Donald Trump“), an abbreviation in
parentheses with the name it abbreviates („Islamische Glaubensgemeinschaft (IGGÖ)“, „Der AStA
(Allgemeiner Studierendenausschuss)“), and role nouns and parties next to a name as aliases
(„US-Präsident Donald Trump“, „Gerhard Karner (ÖVP)“), a person's full name with the name
the text says they are called by („Gerd Harry Lybke, von allen einfach Judy genannt“ and „Judy
Lybke“) and with the same name without a middle initial („Donald J. Trump“, „Donald Trump“),
and a common noun the NER took for an organisation's name with the longer name before it that
has that noun („die Kultusgemeinde“ -> „Israelitische Kultusgemeinde Wien“).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .declension import nominative_adjectives
from .lexicons import first_name_gender, is_person_noun
from .mentions import (
    APPOSITION_TAGS,
    NP_TAGS,
    Entity,
    Mention,
    abbreviation,
    alias_of,
    middle_initial,
    nominative,
    same_word,
)
from .phrases import weak_form
from .repair import ORG_ENDINGS, acronym


def _part_of(words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether ``words`` (one or more) occur contiguously in ``name`` (up to genitive endings)."""
    first, rest, n = words[0], words[1:], len(words)
    for i in range(len(name) - n + 1):
        # The first word alone rules out most positions: no generator for those.
        if same_word(first, name[i]) and all(
            same_word(w, v) for w, v in zip(rest, name[i + 1 : i + n], strict=True)
        ):
            return True
    return False


def group_mentions(doc: Doc, mentions: Sequence[Mention]) -> list[Entity]:
    """Entities from ``mentions``: same name together; a PER mention that is part of a longer
    PER name joins the nearest such entity before it. Role aliases are attached."""
    entities: list[Entity] = []
    # ``Entity.words`` of each entity, kept up to date as mentions join: ``_home`` compares
    # every mention with every entity.
    words: list[tuple[str, ...]] = []
    for mention in sorted(mentions, key=lambda m: (m.label != "PER", -len(m.words), m.start)):
        span = doc[mention.start : mention.end]
        n = _home(mention, entities, words, span.start_char)
        if n is None:
            n = len(entities)
            entities.append(Entity(f"x{n}", mention.label, [], [mention.name]))
            words.append(mention.words)
        elif len(mention.words) > len(words[n]):
            words[n] = mention.words
        entity = entities[n]
        if mention.name not in entity.names and _part_of(mention.words, words[n]):
            entity.names.append(mention.name)  # „Russland“ next to the genitive „Russlands“
        entity.tokens.append(mention)
        entity.mentions.append((span.start_char, span.end_char))
        for title in mention.titles:
            entity.add_alias(title)
        if mention.label in ("PER", "ORG"):
            person = mention.label == "PER"
            entity.add_alias(_role_before(doc, mention.start, mention.end, person))
            entity.add_alias(_role_after(doc, mention.end, person))
        if mention.label == "PER":
            entity.add_alias(_party_after(doc, mention.end))
    entities = _no_bare_persons(doc, _join_abbreviations(doc, entities))
    _spell_out_acronyms(doc, entities)
    entities = _join_middle_initials(_one_kind_per_name(entities))
    entities = _join_head_nouns(doc, _join_short_forms(doc, entities))
    return _join_nicknames(doc, entities)


def _join_abbreviations(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """An abbreviation in parentheses right after an organisation's name, or the name in
    parentheses after the abbreviation, is that organisation („Human Rights Watch (HRW)“,
    „Schweizerischen Volkspartei (SVP)“, „Der AStA (Allgemeiner Studierendenausschuss)“): its
    entity joins the named one, and the abbreviation becomes an alias."""
    owner = {id(m): e for e in entities for m in e.tokens}
    by_start = {m.start: m for e in entities for m in e.tokens}
    by_end = {m.end: m for e in entities for m in e.tokens}
    merged: set[int] = set()
    for entity in entities:
        if entity.kind != "ORG" or id(entity) in merged:
            continue
        for mention in list(entity.tokens):
            start, end = mention.start, mention.end
            if end + 2 < len(doc) and doc[end].text == "(":
                short = by_start.get(end + 1)  # „Human Rights Watch (HRW)“
                closed = short is not None and short.end < len(doc) and doc[short.end].text == ")"
            elif (
                start > 1 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
            ):
                short = by_end.get(start - 1)  # „Der AStA (Allgemeiner Studierendenausschuss)“
                closed = short is not None and len(mention.words) > 1
            else:
                continue
            if not closed:
                continue
            other = owner[id(short)]
            if (
                other is entity or other.kind not in ("ORG", "PER") or id(other) in merged
                or not abbreviation(short.words[0]) or len(other.words) != 1
            ):  # fmt: skip
                continue
            entity.mentions += other.mentions
            entity.tokens += other.tokens
            entity.add_alias(short.words[0])
            for alias in other.aliases:
                entity.add_alias(alias)
            merged.add(id(other))
            owner.update({id(m): entity for m in other.tokens})
    return [e for e in entities if id(e) not in merged]


NAME_RUN_TAGS = frozenset({"ADJA", "NN", "NE"})


def _spell_out_acronyms(doc: Doc, entities: list[Entity]) -> None:
    """An organisation named only by an acronym („FSA“) whose words the text spells out
    elsewhere without the NER taking them for a name („der oppositionsnahen Freien Syrischen
    Armee“): the spelled-out name, in the nominative, becomes its name. Words are capitalised
    adjectives and nouns whose initials are the acronym's letters, not part of a longer run."""
    for entity in entities:
        if entity.kind != "ORG" or len(entity.names) != 1 or not acronym(entity.names[0]):
            continue
        letters = entity.names[0]
        if not 2 <= len(letters) <= 5 or not letters.isalpha():
            continue
        name = _spelled_out(doc, letters)
        if name is not None:
            entity.names.append(name)
            entity.add_alias(letters)


def _spelled_out(doc: Doc, letters: str) -> str | None:
    """The nominative of the first run of capitalised words in ``doc`` whose initials spell
    ``letters`` (adjectives — „Freien“ the tagger may take for a noun — then a noun), or None."""
    n = len(letters)

    def word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].tag_ in NAME_RUN_TAGS and doc[i].text[:1].isupper()

    for i in range(len(doc) - n + 1):
        run = doc[i : i + n]
        if "".join(t.text[:1] for t in run) != letters or not all(word(t.i) for t in run):
            continue
        if word(i - 1) or word(i + n) or run[-1].tag_ != "NN":
            continue
        if any(t.ent_type_ for t in run):
            continue  # a name the NER found is an entity of its own
        noun = nominative(run[-1])
        adjectives = [t.text for t in run[:-1]]
        strong = nominative_adjectives(adjectives, noun)
        return " ".join([*(strong or [weak_form(a) for a in adjectives]), noun])
    return None


def _absorb(entity: Entity, other: Entity) -> None:
    """``other``'s mentions, names and aliases into ``entity``."""
    entity.mentions += other.mentions
    entity.tokens += other.tokens
    for name in other.names:
        if name not in entity.names:
            entity.names.append(name)
    for alias in other.aliases:
        entity.add_alias(alias)


def _one_kind_per_name(entities: list[Entity]) -> list[Entity]:
    """One entity for a name the NER typed PER at one place and ORG at another („Federal
    Reserve“ in a heading and in the text): PER where the name begins with a first name, ORG
    where an alias is an organisation noun („Rüstungskonzern“), else the kind of more mentions
    (on a tie ORG)."""
    by_name: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.kind in ("PER", "ORG"):
            by_name.setdefault(entity.name, []).append(entity)
    gone: set[int] = set()
    for same in by_name.values():
        kinds = {e.kind for e in same}
        if len(kinds) < 2:
            continue
        count = {k: sum(len(e.mentions) for e in same if e.kind == k) for k in kinds}
        if first_name_gender(same[0].name.split()[0]):
            kind = "PER"
        elif any(a.lower().endswith(ORG_ENDINGS) for e in same for a in e.aliases):
            kind = "ORG"  # „Rüstungskonzern Rheinmetall“
        else:
            kind = max(kinds, key=lambda k: (count[k], k == "ORG"))
        keep = max((e for e in same if e.kind == kind), key=lambda e: len(e.mentions))
        for other in same:
            if other is not keep:
                _absorb(keep, other)
                gone.add(id(other))
    return [e for e in entities if id(e) not in gone]


def _join_middle_initials(entities: list[Entity]) -> list[Entity]:
    """One person for a name with and without its middle initial („Donald J. Trump“ in an
    embedded post, „Donald Trump“ in the text): the entity of more mentions keeps the others."""
    by_key: dict[tuple[str, ...], list[Entity]] = {}
    for entity in entities:
        if entity.kind == "PER":
            key = tuple(w for w in entity.words if not middle_initial(w))
            if len(key) >= 2:
                by_key.setdefault(key, []).append(entity)
    gone: set[int] = set()
    for same in by_key.values():
        if len(same) < 2:
            continue
        keep = max(same, key=lambda e: len(e.mentions))
        for other in same:
            if other is not keep:
                _absorb(keep, other)
                gone.add(id(other))
    return [e for e in entities if id(e) not in gone]


def _join_short_forms(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A one-word organisation name that begins the first word of the one longer organisation
    name of the article, a foreign name (not a German compound), is its short form: „Fed“ of
    „Federal Reserve“; it joins that entity. A longer name the NER typed PER that begins with no
    first name is such an organisation too, and becomes one."""
    orgs = [
        e for e in entities
        if e.tokens and (e.kind == "ORG" or e.kind == "PER" and not first_name_gender(e.words[0]))
    ]  # fmt: skip
    gone: set[int] = set()
    for short in orgs:
        if short.kind != "ORG" or len(short.words) != 1 or len(short.words[0]) < 3:
            continue
        if abbreviation(short.words[0]):
            continue
        word = short.words[0]
        longer = [
            e for e in orgs
            if e is not short and len(e.words) > 1 and e.words[0] != word
            and e.words[0].lower().startswith(word.lower())
            and all(doc[m.start].tag_ in ("NE", "FM") for m in e.tokens)
        ]  # fmt: skip
        if len(longer) == 1 and id(longer[0]) not in gone:
            longer[0].kind = "ORG"
            _absorb(longer[0], short)
            longer[0].add_alias(word)
            gone.add(id(short))
    return [e for e in entities if id(e) not in gone]


def _join_head_nouns(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A common noun alone that the NER took for an organisation's name is the short form of
    the one longer organisation name named before it that has that noun as a word after its
    first: „an die Kultusgemeinde“ after „der Israelitischen Kultusgemeinde Wien“, also with
    the place it is in („des Vereinigungsministeriums in Seoul“ after „Das südkoreanische
    Vereinigungsministerium“); it joins that entity."""
    orgs = [e for e in entities if e.kind == "ORG" and e.tokens]
    gone: set[int] = set()
    for short in orgs:
        place = len(short.words) > 2 and short.words[1] in PLACE_PREPOSITIONS
        if len(short.words) != 1 and not place:
            continue
        if not all(doc[m.start].tag_ == "NN" for m in short.tokens):
            continue
        first = min(s for s, _ in short.mentions)
        longer = [
            e for e in orgs
            if e is not short and id(e) not in gone and len(e.words) > 1
            and any(same_word(w, short.words[0]) for w in e.words[1:])
            and min(s for s, _ in e.mentions) < first
        ]  # fmt: skip
        if len(longer) == 1 and place:  # its place is no part of the longer one's name
            longer[0].mentions += short.mentions
            longer[0].tokens += short.tokens
            gone.add(id(short))
        elif len(longer) == 1:
            _absorb(longer[0], short)
            gone.add(id(short))
    return [e for e in entities if id(e) not in gone]


PLACE_PREPOSITIONS = frozenset({"in", "aus"})  # „das Vereinigungsministerium in Seoul“


NICKNAME_WORDS = frozenset({"genannt", "alias", "gerufen"})
NICKNAME_WINDOW = 6  # tokens after a name in which „…, von allen einfach Judy genannt“ may stand


def _join_nicknames(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A person's full name followed by the name the text says they are called by („Gerd Harry
    Lybke, von allen einfach Judy genannt“, „…, genannt Judy“, „alias Judy“) and the person
    named with that first name and the same surname („Judy Lybke“) are one entity, named as
    the article names them more often."""
    persons = [e for e in entities if e.kind == "PER" and len(e.words) > 1]
    gone: set[int] = set()
    for full in persons:
        if id(full) in gone:
            continue
        for nick in _nicknames(doc, full):
            other = next((e for e in persons if e is not full and id(e) not in gone
                          and e.words[0] == nick and same_word(e.words[-1], full.words[-1])),
                         None)  # fmt: skip
            if other is None:
                continue
            more = len(other.mentions) >= len(full.mentions)
            keep, lost = (other, full) if more else (full, other)
            name = keep.name
            _absorb(keep, lost)
            keep.tokens.sort(key=lambda m: m.start)
            keep.canonical = name
            gone.add(id(lost))
            break
    return [e for e in entities if id(e) not in gone]


def _nicknames(doc: Doc, entity: Entity) -> list[str]:
    """Capitalised words next to „genannt“/„alias“ shortly after a mention of ``entity`` in its
    sentence: „Judy“ of „Gerd Harry Lybke, von allen einfach Judy genannt“."""
    found = []
    for mention in entity.tokens:
        end = mention.end
        if end >= len(doc) or doc[end].text not in (",", "(") and doc[end].lower_ != "alias":
            continue
        stop = min(len(doc), end + NICKNAME_WINDOW)
        for i in range(end, stop):
            if doc[i].is_sent_start or doc[i].text in (".", ";"):
                break
            if doc[i].lower_ not in NICKNAME_WORDS:
                continue
            for j in (i - 1, i + 1):
                if end < j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    found.append(doc[j].text)
    return found


DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})


def _no_bare_persons(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """The NER's persons that are no person, re-typed: a one-word name without first name that
    is the proper name of an organisation named with its kind („Komba“ of „Gewerkschaft
    Komba“) joins it, named by that word; one that follows a definite article („die Fed“, „der
    Fed“) is an organisation (news never write „der Scholz“)."""
    kept = []
    for entity in entities:
        if entity.kind not in ("PER", "ORG") or entity.aliases or len(entity.words) != 1:
            kept.append(entity)
            continue
        word = entity.words[0]
        if first_name_gender(word):
            kept.append(entity)
            continue
        org = next((e for e in entities if e.kind == "ORG" and len(e.words) == 2 and e is not entity
                    and e.words[0].lower().endswith(ORG_ENDINGS)
                    and same_word(word, e.words[1])), None)  # fmt: skip
        if org is not None:
            org.mentions += entity.mentions
            org.tokens += entity.tokens
            org.add_alias(org.words[0])
            org.names = [word]
            continue
        if entity.kind == "PER" and any(
            m.start and doc[m.start - 1].lower_ in DEFINITE for m in entity.tokens
        ):
            entity.kind = "ORG"
        kept.append(entity)
    return kept


def _home(
    mention: Mention, entities: list[Entity], words: list[tuple[str, ...]], position: int
) -> int | None:
    """The index of the entity ``mention`` (at character ``position``) belongs to, or None for
    a new one; ``words`` are the entities' ``words``."""
    own = mention.words
    if mention.label == "PER":
        found = [n for n, e in enumerate(entities) if e.kind == "PER" and _part_of(own, words[n])]
        # a bare name is a surname: „Trump“ is „Donald Trump“, not the „Trump University“
        # named last (when the NER takes it for a person)
        ending = [n for n in found if _part_of(own, words[n][-len(own) :])]
        found = ending or found
        if not found and len(own) > 1 and not first_name_gender(own[0]):
            rest = own[1:]  # „Fed-Vize Barr“, „Schlachter Holland-Moritz“: a role before a surname
            found = [n for n, e in enumerate(entities) if e.kind == "PER" and len(words[n]) > 1
                     and _part_of(rest, words[n][-len(rest) :])]  # fmt: skip
    elif len(own) == 1 and (
        surname := [
            n
            for n, e in enumerate(entities)
            if e.kind == "PER" and len(words[n]) > 1 and same_word(own[0], words[n][-1])
        ]  # fmt: skip
    ):
        found = surname  # the NER's LOC/ORG „Hänni“ is the surname of „Adrian Hänni“
    else:
        found = [
            n
            for n, e in enumerate(entities)
            if e.kind != "PER" and len(own) == len(words[n]) and _part_of(own, words[n])
        ]  # fmt: skip
    if not found:
        return None
    before = [(max(s for s, _ in entities[n].mentions if s <= position), n) for n in found if
              any(s <= position for s, _ in entities[n].mentions)]  # fmt: skip
    return max(before, key=lambda pair: pair[0])[1] if before else found[0]


# Endings of abstract nouns, never a person's role („Angelegenheit“, „Forderung“).
ABSTRACT_ENDINGS = ("ung", "ion", "heit", "keit", "schaft", "ität", "nis")


def _role_before(doc: Doc, start: int, end: int, person: bool) -> str | None:
    """„US-Präsident Donald Trump“, „Der Sprecher der Regierung, Steffen Seibert“; for a
    ``person`` no abstract or organisation noun (not „Angelegenheiten“ of „dem Minister für
    strategische Angelegenheiten, Ron Dermer“)."""
    genitive = doc[end - 1].text.endswith("s")  # „Sprecher Putins“ is not Putin
    if start and _role_noun(doc[start - 1], person) and not genitive:
        return alias_of(doc[start - 1])
    closed = end >= len(doc) or doc[end].text in (",", ".", ")")
    if start > 1 and doc[start - 1].text == "," and closed:
        i = start - 2
        while i >= 0 and doc[i].tag_ in NP_TAGS:
            i -= 1
            if doc[i + 1].is_sent_start:
                break
        nouns = [t for t in doc[i + 1 : start - 1] if t.tag_ == "NN"]
        if nouns and doc[i + 1].tag_ in APPOSITION_TAGS and _role_noun(nouns[0], person):
            return _attributed_role(doc, i) or alias_of(nouns[0])
    return None


def _attributed_role(doc: Doc, i: int) -> str | None:
    """The person noun a prepositional attribute ending at ``i`` („für“) follows: „der
    Sprecher des Krisenstabes für die Flüchtlingskrise, Giorgos Kyritsis“ -> „Sprecher“, not
    „Flüchtlingskrise“; None where the words before are no noun phrase of a person noun."""
    if i < 1 or doc[i].tag_ != "APPR" or doc[i - 1].tag_ != "NN":
        return None
    j = i - 1
    while j >= 0 and doc[j].tag_ in NP_TAGS and not doc[j + 1].is_sent_start:
        j -= 1
    nouns = [
        t for t in doc[j + 2 : i]
        if t.tag_ == "NN" and doc[t.i - 1].tag_ in APPOSITION_TAGS and is_person_noun(t.text)
    ]  # fmt: skip
    return alias_of(nouns[0]) if nouns and _role_noun(nouns[0], True) else None


def _role_after(doc: Doc, end: int, person: bool) -> str | None:
    """„Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes“."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    while i < len(doc) and doc[i].tag_ in APPOSITION_TAGS:
        i += 1
    if i + 1 < len(doc) and _role_noun(doc[i], person) and doc[i + 1].tag_ in ("ART", "APPR"):
        return alias_of(doc[i])
    return None


def _party_after(doc: Doc, end: int) -> str | None:
    """The party in parentheses after a person's name: „Gerhard Karner (ÖVP)“ -> „ÖVP“."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1].text
        if acronym(word) or (word[:1].isupper() and sum(c.isupper() for c in word) >= 2):
            return word
    return None


def _role_noun(token: Token, person: bool = False) -> bool:
    """A common noun outside any NER mention („Präsident“, not „Bundestag“ in „Deutschen
    Bundestag“), and no first name („Leonid Slutsky“ where „Leonid“ is tagged a noun); for a
    ``person`` no abstract or organisation noun („Angelegenheiten“, „Ministerium“)."""
    if token.tag_ != "NN" or token.ent_type_ or first_name_gender(token.text):
        return False
    if not person:
        return True
    words = (token.lower_, token.lemma_.lower())
    return not any(w.endswith(ABSTRACT_ENDINGS) or w.endswith(ORG_ENDINGS) for w in words)


def apposition_after(doc: Doc, end: int) -> int | None:
    """Token index of a name right after „, “ at ``end`` („Oberrabbiner Israels, Yona Metzger“)."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ == "NE":
        return end + 1
    return None
