"""Definite descriptions of an organisation named earlier: „die Kultusgemeinde“, „die
Menschenrechtler“, „das Theater“, „des Vereinigungsministeriums in Seoul“.

Stage: resolve (used by ``zitate.resolve.roles``). Input: a speaker phrase (``Span``) of an
analysed ``Doc`` with the index of its head noun, and the article's ``Entity`` objects. Output:
plain facts and lookups — whether a noun is a word of an organisation's name
(„Kultusgemeinde“ of „Israelitische Kultusgemeinde Wien“), whether a definite organisation noun
is followed only by its place, the organisation whose field a plural of persons is named after
(„die Menschenrechtler“ -> „Syrische Beobachtungsstelle für Menschenrechte“), and the
organisation or work named right after a compound of a bare definite noun („das
Theaterensemble „Das letzte Kleinod““ -> „Das Theater“), whether an entity is named beside
a description in its own clause, which it then cannot stand for („Die Organisation steht … der
Hamas … nahe“); and a group named by its bare noun that a later phrase names with its place
adjective takes that fuller name („Sicherheitspolitiker“ — „Schweizer Sicherheitspolitiker“).
"""

from __future__ import annotations

from spacy.tokens import Span

from .grouping import DEFINITE, PLACE_PREPOSITIONS
from .lexicons import is_person_noun
from .mentions import Entity, same_word


def seat(span: Span, head: int) -> bool:
    """Whether the words after the head noun of ``span`` are only the place it is in: „in“ or
    „aus“ and a name („Vereinigungsministeriums in Seoul“, „des Präsidialamts in Seoul“)."""
    rest = span.doc[head + 1 : span.end]
    return (
        len(rest) >= 2 and rest[0].lower_ in PLACE_PREPOSITIONS
        and all(t.tag_ == "NE" or t.ent_type_ == "LOC" for t in rest[1:])
    )  # fmt: skip


def placed(span: Span, head: int) -> bool:
    """A definite organisation noun followed only by the place it is in (``seat``): „(Angaben)
    des Vereinigungsministeriums in Seoul“."""
    doc = span.doc
    return head > span.start and doc[head - 1].lower_ in DEFINITE and seat(span, head)


DESCRIBED_NOUN = 4  # the shortest noun that takes up a compound's name („Band“)
FIELD_SUFFIXES = ("ler", "er")  # „Menschenrechtler“, „Gewerkschafter“: persons of a field
FIELD_STEM = 6  # the shortest stem a field is recognised by („forsch“ of „Forscher“)


def _fold(word: str) -> str:
    """A word lower-cased with its umlauts folded („Umweltschützer“ ~ „Umweltschutz“)."""
    return word.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u")


def name_word(entity: Entity, noun: str) -> bool:
    """Whether ``noun`` is a word of an organisation's name of several words after its first
    („Bauernverband“ of „Thüringer Bauernverband“, „Kultusgemeinde“ of „Israelitische
    Kultusgemeinde Wien“)."""
    return len(entity.words) > 1 and any(same_word(w, noun) for w in entity.words[1:])


def described_before(entities: list[Entity], span: Span, head: int) -> Entity | None:
    """A bare definite noun („das Theater“, „die Band“) stands for the organisation or
    work named last before it right after a compound that begins or ends with that noun:
    „das Theaterensemble „Das letzte Kleinod““. A person's compound („Theaterregisseur“)
    or a person named after it is none."""
    doc = span.doc
    noun = doc[head].lower_
    if head != span.start + 1 or head + 1 != span.end or len(noun) < DESCRIBED_NOUN:
        return None
    found = None
    for tok in doc[: span.start]:
        low = tok.lower_
        if tok.tag_ != "NN" or len(low) < len(noun) + 3 or is_person_noun(tok.text):
            continue
        if not (low.startswith(noun) or low.endswith(noun)):
            continue
        i = tok.i + 1
        while i < span.start and doc[i].is_quote:
            i += 1
        found = next(
            (e for e in entities if e.kind in ("ORG", "MISC")
             for m in e.tokens if m.start == i),
            found,
        )  # fmt: skip
    return found


def field_org(entities: list[Entity], span: Span, head: int) -> Entity | None:
    """The organisation named before that a bare definite plural of persons derived from
    a noun with „-ler“ / „-er“ stands for, when a word of its name is that noun: „die
    Menschenrechtler“ -> „Syrische Beobachtungsstelle für Menschenrechte“, „die
    Gewerkschafter“ -> „Gewerkschaft …“; the one named last. A name word that holds the
    whole person noun („Arbeiterkammer“ for „die Arbeiter“) is no such derivation."""
    if head != span.start + 1 or head + 1 != span.end or span[0].lower_ not in ("die", "den"):
        return None
    token = span.doc[head]
    lemma = _fold(token.lemma_ if token.lemma_[:1].isupper() else token.text)
    stem = next((lemma[: -len(s)] for s in FIELD_SUFFIXES if lemma.endswith(s)), "")
    if len(stem) < FIELD_STEM:
        return None
    position = span.start_char
    found = [
        (max(s for s, _ in e.mentions if s < position), e) for e in entities
        if e.kind == "ORG" and any(s < position for s, _ in e.mentions)
        and any(
            _fold(w).startswith(stem) and not _fold(w).startswith(lemma) for w in e.words
        )
    ]  # fmt: skip
    return max(found, key=lambda f: f[0])[1] if found else None


# Marks between a description and a name that put them in different clauses or an aside
# (wider than ``quotes.verb_parts.CLAUSE_MARKS``: also a hyphen and both parentheses).
BESIDE_MARKS = frozenset({",", ";", ":", "–", "-", "(", ")"})


def named_beside(span: Span, entity: Entity) -> bool:
    """Whether ``entity`` is named in the clause of ``span`` outside it (no clause mark
    between them): a description is not the name beside it in its own clause — „Die
    Organisation steht der Schiitenmiliz Hizbullah und der Hamas im Gazastreifen nahe“ is not
    the Hamas, though the Hamas was called a „Terrororganisation“ before."""
    doc, sent = span.doc, span.sent
    for start, _ in entity.mentions:
        inside = span.start_char <= start < span.end_char
        if inside or not sent.start_char <= start < sent.end_char:
            continue
        other = doc.char_span(start, start + 1, alignment_mode="expand")
        if other is None:
            continue
        after = other.start >= span.end
        between = doc[span.end : other.start] if after else doc[other.end : span.start]
        if not any(t.text in BESIDE_MARKS for t in between):
            return True
    return False


def fuller_group(entity: Entity, span: Span, head: int) -> Entity:
    """``entity``, named by the fuller name of ``span`` where it is a group named by the bare
    head noun and ``span`` puts capitalised adjectives of a place before it, inside the
    sentence („Parteiübergreifend schlagen Sicherheitspolitiker Alarm.“ — „… haben Schweizer
    Sicherheitspolitiker … verlangt“ -> „Schweizer Sicherheitspolitiker“)."""
    doc = span.doc
    before = [t for t in doc[span.start : head] if t.tag_ == "ADJA"]
    if entity.kind != "GROUP" or entity.name != doc[head].text or not before:
        return entity
    if any(not t.text[:1].isupper() or t.is_sent_start for t in before):
        return entity
    entity.canonical = " ".join([*(t.text for t in before), doc[head].text])
    return entity
