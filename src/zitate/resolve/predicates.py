"""Roles stated about a person by a copula: „Heute ist er EU-Kommissar“, „Müller war Chef …“.

Stage: resolve (used by ``zitate.resolve.document`` after ``zitate.resolve.grouping`` built the
entities). Input: an analysed ``Doc`` (STTS tags, lemmas, NER) and its document ``Entity``
objects. Output: none; a role noun predicated of a named person, or of „er“/„sie“ standing
for the last person of that gender named before, becomes an alias of that person, so that a
later „der Kommissar“ links to them (``RoleResolver._role`` looks roles up in the aliases).
Apposition („Müller, der Chef der Firma“) is ``grouping``'s; a negated role („ist nicht mehr
Chef“, „kein Sprecher“) or a role in a prepositional phrase („zum Kanzler gewählt“) is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .lexicons import first_name_gender, is_person_noun, is_speaker_noun
from .mentions import ORG_ENDINGS, Entity, alias_of

COPULAS = frozenset({"sein", "werden", "bleiben"})
# Words between the copula and the role noun: adverbs, adjectives, the article of the role
# („ist seit 2019 der neue Kommissar“); a preposition only before a number („seit 2019“).
BETWEEN_TAGS = frozenset({"ADV", "ADJD", "ADJA", "ART", "PPOSAT", "CARD", "APPR"})
NEGATIONS = frozenset({"nicht", "kein", "keine", "keiner", "nie", "niemals", "einst", "früher"})
MAX_BETWEEN = 5
PRONOUNS = {"er": "m", "sie": "f"}
PLURAL_FORMS = frozenset({"sind", "waren", "werden", "wurden", "bleiben", "blieben", "seien"})


def predicated_roles(doc: Doc, entities: Sequence[Entity]) -> None:
    """Add to ``entities`` the role nouns a copula predicates of them (see the module)."""
    persons = [e for e in entities if e.kind == "PER"]
    if not persons:
        return
    for token in doc:
        if token.lemma_ not in COPULAS or not token.tag_.startswith("VA"):
            continue
        found = _subject(doc, token, persons)
        if found is None:
            continue
        person, after = found
        role = _role_after(doc, after, token.sent.end)
        if role is not None and _agrees(person, role):
            person.add_alias(alias_of(role))


def _role_after(doc: Doc, start: int, end: int) -> Token | None:
    """The role noun at ``start`` (past adverbs, adjectives, an article): a person noun of the
    speaker lexicons outside any name; None where negated or another word stands first."""
    i, limit = start, min(start + MAX_BETWEEN, end)
    while i < limit and doc[i].tag_ in BETWEEN_TAGS:
        if doc[i].lower_ in NEGATIONS or doc[i].lemma_.lower() in NEGATIONS:
            return None
        if doc[i].tag_ == "APPR" and (i + 1 >= limit or doc[i + 1].tag_ != "CARD"):
            return None
        i += 1
    if i >= limit:
        return None
    noun = doc[i]
    if noun.tag_ != "NN" or noun.ent_type_ or first_name_gender(noun.text):
        return None
    if noun.lower_.endswith(ORG_ENDINGS) or not noun.text[:1].isupper():
        return None
    if not (is_person_noun(noun.text) or is_speaker_noun(noun.text)):
        return None
    joined = i + 2 < len(doc) and doc[i + 1].lower_ in ("und", "oder", "sowie")
    if joined and doc[i + 2].tag_ in ("NN", "ART", "ADJA", "NE"):
        return None  # „sind Ärzte und Pfleger“: several people
    return noun


CLAUSE_STARTS = frozenset({",", "und", "aber", "doch", "denn"})


def _subject(doc: Doc, verb: Token, persons: Sequence[Entity]) -> tuple[Entity, int] | None:
    """The person the copula speaks of and the token index where the predicate starts: a PER
    name opening the clause right before the verb („Meles Zenawi ist seit 1995
    Regierungschef“), a name or „er“/„sie“ right after it („Heute ist er …“, „Seit 2019 ist
    Müller …“), or „er“/„sie“ opening the sentence („Er war …“)."""
    sent = verb.sent
    before = doc[verb.i - 1] if verb.i > sent.start else None
    if before is not None and before.ent_type_ == "PER":
        first = before.i
        while first > sent.start and doc[first - 1].ent_type_ == "PER":
            first -= 1
        opens = first == sent.start or doc[first - 1].lower_ in CLAUSE_STARTS
        person = _named(before, persons) if opens else None
        return (person, verb.i + 1) if person is not None else None
    if before is not None and before.i == sent.start and before.tag_ == "PPER":
        person = _pronoun(before, verb, persons)
        return (person, verb.i + 1) if person is not None else None
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if after is None:
        return None
    if after.ent_type_ == "PER":
        last = after.i
        while (
            last + 1 < sent.end
            and doc[last + 1].ent_type_ == "PER"
            and (doc[last + 1].ent_iob_ == "I")
        ):
            last += 1
        person = _named(after, persons)
        return (person, last + 1) if person is not None else None
    if after.tag_ == "PPER":
        person = _pronoun(after, verb, persons)
        return (person, after.i + 1) if person is not None else None
    return None


def _pronoun(token: Token, verb: Token, persons: Sequence[Entity]) -> Entity | None:
    """The person „er“/„sie“ stands for: the only person of that gender named at the start of
    this sentence or the one before (their subject), else the only one of the nearest sentence
    before that names a person (``_last_named``); None for a plural „sie“ or another word."""
    gender = PRONOUNS.get(token.lower_)
    if gender is None or (gender == "f" and verb.lower_ in PLURAL_FORMS):
        return None
    doc = token.doc
    sents = [token.sent]
    if token.sent.start > 0:
        sents.insert(0, doc[token.sent.start - 1].sent)
    found = _subjects(doc, sents, token, gender, persons)
    if not found:
        found = _last_named(doc, token, gender, persons)
    return found[0] if len(found) == 1 else None


MAX_BACK = 6  # sentences „er“ / „sie“ looks back past sentences that name no person


def _last_named(doc: Doc, token: Token, gender: str, persons: Sequence[Entity]) -> list[Entity]:
    """The person who opens the nearest sentence before ``token`` that names any person, when
    no sentence between names one („Vytenis Andriukaitis hat viel Leid gesehen. … war er mit
    von der Partie. So wurde der Sozialdemokrat Politiker, … Heute ist er EU-Kommissar …“);
    none where that sentence names a person elsewhere only („… unter … Richard Nixon
    Arbeitsminister geworden. Danach wurde er Budgetdirektor“)."""
    start = token.sent.start
    for _ in range(MAX_BACK):
        if start <= 0:
            return []
        sent = doc[start - 1].sent
        if any(t.ent_type_ == "PER" for t in sent):
            return _subjects(doc, [sent], token, gender, persons)
        start = sent.start
    return []


def _subjects(
    doc: Doc, sents: list, token: Token, gender: str, persons: Sequence[Entity]
) -> list[Entity]:
    """The persons of ``gender`` named at the start of ``sents``, before ``token``."""
    found: list[Entity] = []
    for sent in sents:
        i = sent.start
        while i < sent.end and i < sent.start + 4 and doc[i].tag_ in ("ART", "ADJA", "NN"):
            i += 1  # „Der frühere Minister Hans Müller …“
        if i >= sent.end or doc[i].ent_type_ != "PER" or doc[i].i >= token.i:
            continue
        person = _named(doc[i], persons)
        if person is not None and person.gender in (gender, None) and person not in found:
            found.append(person)
    return found


def _named(token: Token, persons: Sequence[Entity]) -> Entity | None:
    """The person entity with a mention covering ``token``."""
    for entity in persons:
        if any(a <= token.idx < b for a, b in entity.mentions):
            return entity
    return None


def _agrees(person: Entity, role: Token) -> bool:
    """A female role noun („Kommissarin“) only of a woman, a male one only of a man where the
    person's gender is known."""
    female = role.lower_.endswith(("in", "innen"))
    gender = person.gender
    if gender is None:
        return True
    return (gender == "f") == female
