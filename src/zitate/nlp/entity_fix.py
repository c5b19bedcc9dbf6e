"""NLP stage, a document-level correction of the NER's entities (component ``zitate_entity_fix``).

Input: a ``Doc`` with STTS tags and the NER's ``doc.ents``. Output: the same ``Doc`` whose
entities are made consistent over the document with German name structure:

- a first name of the name registers before a proper noun is a person, whatever type the NER gave
  it („Eren Güvercin“ MISC), and so is such a pair the NER missed;
- a person's surname, once the document named the person in full („Judy Lybke“), is the person
  wherever it stands alone: typed LOC, ORG or MISC („Lybke“ LOC), left out („Precht:“), or at the
  end of a noun phrase the NER took for an organisation („Exlobbyist Sardana“ ORG -> „Sardana“);
- initials before a surname are part of the person's name („C.Y. Leung“, which the NER left out
  or typed MISC, „C. Y.“ PER before „Leung“ outside);
- a single name the NER typed PER that the document uses as the name of an organisation after
  its class noun („Gewerkschaft Komba“ ORG, later „Komba“ PER) or after a definite article
  („die Fed“, later „laut Fed“ PER) is that organisation.

Lexicons: the first names of ``zitate/data/first_names.json`` less the German place names of
``zitate/data/ner_gazetteer.json`` (both derived from the cities' name registers and Destatis;
sources and licences in MODEL_CARD.md), and the word classes below; logic apart from data.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .gazetteer import PLACE, load_gazetteer
from .genitive import first_names as name_register

# Tags of tokens that may be a proper name's word.
NAME_TAGS = frozenset({"NE", "NN", "FM"})
# Tags before a capitalised word that make it a common noun („der Fischer“, „einen Scheuer“).
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT", "PWAT", "ADJA", "APPRART", "CARD"})
# Determiners that make the next word a common noun where a surname is that word twice.
ARTICLE_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT"})
DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
# Articles of other languages that the name registers also list as first names („Le Monde“,
# „Den Haag“, „El Salvador“): no first name at the start of an entity.
FOREIGN_ARTICLES = frozenset({
    "Le", "La", "Les", "Den", "Der", "Die", "Das", "El", "Al", "Los", "Las", "The", "De", "Del",
    "Van", "Von", "San", "Santa", "Saint",
})  # fmt: skip
# Prepositions of place: a name after one is a place, not a person („in Santa Clara“).
PLACE_PREPOSITIONS = frozenset({
    "in", "im", "aus", "nach", "bei", "nahe", "von", "vom", "zum", "zur", "über", "durch", "bis",
})  # fmt: skip
# Endings of the class nouns of organisations („Gewerkschaft Komba“, „Nachrichtenagentur Wafa“).
ORG_CLASS_ENDINGS = (
    "gewerkschaft", "partei", "verband", "agentur", "zeitung", "konzern", "firma", "unternehmen",
    "verein", "bank", "sender", "institut", "organisation", "behörde", "ministerium", "gruppe",
    "bewegung", "bündnis", "miliz", "magazin", "blatt", "portal", "dienst", "stiftung", "club",
    "klub",
)  # fmt: skip
# Last words of organisations and media named after a person or place („Bill Gates Foundation“).
ORG_NAME_WORDS = ("foundation", "institute", "group", "times", "post", "news", "company", "inc")
# One to three initials of a first name („J.“, „C.Y.“); its own token or several („J. K.“).
INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.){1,3}")
# Entity types an initials name takes over: the NER's parts of the person, no place or body.
INITIALS_TAKE = frozenset({"PER", "MISC"})
# Abbreviations written like initials that name a country or body („U.S. Army“).
NO_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A."})


@dataclass(frozen=True)
class EntityFixConfig:
    """Which corrections run (all by default) and the shortest surname that spreads."""

    first_names: bool = True
    surnames: bool = True
    org_names: bool = True
    min_surname: int = 3


@lru_cache(maxsize=1)
def register_first_names() -> frozenset[str]:
    """First names of clear gender in the registers (``zitate/data/first_names.json``: no rare
    ones such as „Sony“ or „Star“) that are no German place name („Achim“ stays out)."""
    names = name_register()
    places = {w for w, bits in load_gazetteer().items() if bits & PLACE}
    return frozenset(names) - places


def _capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and not text.isupper() and any(c.islower() for c in text)


def _name_word(token: Token) -> bool:
    return _capitalised(token) and token.tag_ in NAME_TAGS and token.text.replace("-", "").isalpha()


def _first_name_person(span: Span, names: frozenset[str]) -> bool:
    """A span of two or three words: a register first name and capitalised proper nouns, not
    after a preposition of place („in Santa Clara“) nor inside quotation marks („„Washington
    Post““: a title)."""
    first = span[0]
    if not 2 <= len(span) <= 3 or first.text not in names or first.text in FOREIGN_ARTICLES:
        return False
    if first.tag_ != "NE" or not all(_name_word(t) and t.tag_ == "NE" for t in span[1:]):
        return False
    if span[-1].lower_.endswith(ORG_CLASS_ENDINGS + ORG_NAME_WORDS):
        return False  # „Bill Gates Foundation“
    if span.start:
        before = span.doc[span.start - 1]
        if before.lower_ in PLACE_PREPOSITIONS or before.is_quote:
            return False
    return True


def _surname(span: Span) -> str | None:
    """The surname of a person's full name („Judy Lybke“ -> „Lybke“), None for one word."""
    if len(span) < 2 or not all(_capitalised(t) or t.text in ("-",) for t in span):
        return None
    last = span[-1]
    if last.tag_ == "NN" and last.lemma_ != last.text:
        return None  # an inflected common noun („… Namen“) is no surname
    return last.text if _name_word(last) else None


def _before(token: Token) -> Token | None:
    """The word before ``token``, over whitespace tokens (None at the start)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _with_before(doc: Doc):
    """(word before, token) for every token after the first word, over whitespace tokens: one
    pass instead of a ``_before`` walk per token."""
    before = None
    for token in doc:
        if before is not None:
            yield before, token
        if not token.is_space:
            before = token


def _surname_here(
    token: Token, surnames: set[str], config: EntityFixConfig, covered: bool = False
) -> bool:
    """``token`` is one of the document's surnames used as a name: no common noun after an
    article („der Fischer“), no capitalised adverb at a sentence start („Kurz vor …“), and,
    where no entity ``covered`` it, no word after a capitalised one („Prenzlauer Berg“)."""
    text = token.text
    if text not in surnames or len(text) < config.min_surname:
        return False
    before = _before(token)
    if before is not None and not token.is_sent_start:
        if before.tag_ in DETERMINER_TAGS:
            return False  # „der Fischer“
        if not covered and _capitalised(before):
            return False  # „Prenzlauer Berg“, „Weingut Trummer“: a name of its own
    return token.tag_ in NAME_TAGS


def fix_entities(doc: Doc, config: EntityFixConfig = EntityFixConfig()) -> Doc:
    """``doc`` with its entities corrected (see the module docstring)."""
    names = register_first_names()
    ents: list[tuple[int, int, str]] = [(e.start, e.end, e.label_) for e in doc.ents]
    if config.first_names:
        ents = [
            (s, e, "PER")
            if label != "PER" and _first_name_person(doc[s:e], names)
            else (s, e, label)
            for s, e, label in ents
        ]
        ents = _add_missed_names(doc, ents, names)
        ents = _with_initials(doc, ents)
    if config.surnames:
        ents = _spread_surnames(doc, ents, config)
    if config.org_names:
        ents = _org_names(doc, ents)
    spans = [Span(doc, s, e, label=label) for s, e, label in sorted(ents)]
    doc.set_ents(spans, default="outside")
    return doc


def _add_missed_names(
    doc: Doc, ents: list[tuple[int, int, str]], names: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A register first name and the proper nouns after it that no entity touches -> PER."""
    covered = {i for s, e, _ in ents for i in range(s, e)}
    added = []
    i = 0
    while i < len(doc) - 1:
        if doc[i].text not in names:  # a span opens with a register first name
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and _name_word(doc[end]) and doc[end].tag_ == "NE":
            end += 1
        span = doc[i:end]
        if end > i + 1 and not covered & set(range(i, end)) and _first_name_person(span, names):
            added.append((i, end, "PER"))
            i = end
        else:
            i += 1
    return sorted(ents + added)


def _with_initials(doc: Doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Initials and the one or two capitalised name words right after them -> one PER entity,
    with the person or MISC entities it overlaps („C.Y.“ + „Leung“, „C. Y.“ PER + „Leung“);
    not where a place or organisation overlaps („U.S. Army“)."""
    out = list(ents)
    words = [t.text for t in doc]  # not the shared cache: chunks of a long text merge later
    i = 0
    while i < len(doc) - 1:
        j = i
        while (
            j < len(doc) and j - i < 3 and INITIALS.fullmatch(words[j])
            and words[j] not in NO_INITIALS
        ):  # fmt: skip
            j += 1
        if j == i:
            i += 1  # no initials here (the only case below that moves on by one)
            continue
        end = j
        while end < len(doc) and end - j < 2 and _name_word(doc[end]):
            end += 1
        if j == i or end == j:
            i = max(j, i + 1)
            continue
        touched = [(s, e, label) for s, e, label in out if s < end and e > i]
        if all(label in INITIALS_TAKE for _, _, label in touched) and not any(
            label == "PER" and s <= i and e >= end for s, e, label in touched
        ):
            start = min([i, *(s for s, _, _ in touched)])
            stop = max([end, *(e for _, e, _ in touched)])
            out = [x for x in out if x not in touched] + [(start, stop, "PER")]
        i = end
    return sorted(out)


def _spread_surnames(doc: Doc, ents: list[tuple[int, int, str]], config: EntityFixConfig):
    """The surnames of the document's full person names -> PER wherever they stand alone."""
    surnames = {
        name for s, e, label in ents if label == "PER" and (name := _surname(doc[s:e])) is not None
    }
    places = _positions(doc, surnames)
    after_article = Counter(
        doc[i].text for i in places if (b := _before(doc[i])) is not None and b.tag_ in ARTICLE_TAGS
    )
    surnames -= {w for w, n in after_article.items() if n >= 2}
    if not surnames:
        return ents  # a surname the document uses as a noun („den Namen“, „dem Namen“) stays out
    out = []
    for s, e, label in ents:
        last = doc[e - 1]
        roles_before = all(t.tag_ == "NN" for t in doc[s : e - 1])
        if label != "PER" and roles_before and _surname_here(last, surnames, config, covered=True):
            out.append((e - 1, e, "PER"))  # „Exlobbyist Sardana“: the role noun goes
            continue
        out.append((s, e, label))
    covered = {i for s, e, _ in out for i in range(s, e)}
    for i in places:
        if i not in covered and _surname_here(doc[i], surnames, config):
            out.append((i, i + 1, "PER"))
    return sorted(out)


def _positions(doc: Doc, words: set[str]) -> list[int]:
    """The token indices of ``doc`` whose text is one of ``words`` (by the hashes of the
    token array: no ``Token`` is made for the others)."""
    if not words:
        return []
    hashes = {doc.vocab.strings.add(w) for w in words}
    return [i for i, h in enumerate(doc.to_array(ORTH).tolist()) if h in hashes]


def _org_names(doc: Doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word PER that the document names as an organisation after its class noun
    („Gewerkschaft Komba“) or after a definite article („erklärte die Fed“ … „laut Fed“) -> ORG,
    unless a full person's name of the document ends in it or it is a register first name; a
    one-word place or MISC name that stands right after a class noun outside an entity („der
    Nachrichtenagentur Interfax“) -> ORG, there and wherever else it stands alone."""
    org_heads = {
        doc[e - 1].text
        for s, e, label in ents
        if label == "ORG" and e - s == 2 and doc[s].tag_ == "NN" and doc[e - 1].tag_ == "NE"
        and doc[s].lower_.endswith(ORG_CLASS_ENDINGS)
    }  # fmt: skip
    persons = {doc[e - 1].text for s, e, label in ents if label == "PER" and e - s > 1}
    # a one-word name after a definite article („die Fed“, „der AStA“): an organisation's name
    org_heads |= {
        t.text
        for b, t in _with_before(doc)
        if t.tag_ == "NE" and b.tag_ == "ART" and b.lower_ in DEFINITE
        and t.text not in register_first_names()
    }  # fmt: skip
    # a one-word name right after a class noun outside any entity: „der Nachrichtenagentur
    # Interfax“ (LOC to the NER), „die Zeitung Österreich“; its other mentions follow it
    in_ents = {i for s, e, _ in ents for i in range(s, e)}
    classed = {
        doc[s].text
        for s, e, label in ents
        if e - s == 1 and label != "ORG" and s > 0 and s - 1 not in in_ents
        and doc[s - 1].tag_ == "NN" and doc[s - 1].lower_.endswith(ORG_CLASS_ENDINGS)
        and not (label == "LOC" and doc[s].text.endswith("s"))  # „Arbeiterpartei Kurdistans“
    }  # fmt: skip
    return [
        (s, e, "ORG")
        if e - s == 1
        and (
            (label == "PER" and doc[s].text in org_heads - persons)
            or (label in ("LOC", "MISC") and doc[s].text in classed)
        )
        else (s, e, label)
        for s, e, label in ents
    ]


@Language.factory(
    "zitate_entity_fix",
    default_config={"first_names": True, "surnames": True, "org_names": True, "min_surname": 3},
)
def make_entity_fix(
    nlp: Language, name: str, first_names: bool, surnames: bool, org_names: bool, min_surname: int
):
    config = EntityFixConfig(first_names, surnames, org_names, min_surname)

    def entity_fix(doc: Doc) -> Doc:
        return fix_entities(doc, config)

    return entity_fix
