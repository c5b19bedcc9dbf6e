"""Repairs of the NER's spans before they become name mentions (tagger and lexicons decide).

Stage: resolve (used by ``zitate.resolve.mentions``). Input: NER spans of a ``Doc`` with STTS tags
and lemmas. Output: the spans trimmed („Putin 80“), completed („Falk“ + „Schnabel“, „Abdullah bin
Zayed“), cut before a role („Nadeschdins Helfer“), an organisation's name the NER ended at its
leading capitalised adjective extended over its noun („der Israelitischen | Kultusgemeinde
Wien“), two persons' names glued together split („Erwin Pröll Mitterlehner“), re-labelled
(„Aussenminister Antony“, „Panos Skourletis, der Arbeitsminister“ are persons), and persons
the NER missed („Ekaterina Duntzowa“, „Schülerin Diba“).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..quotes.speaker_nouns import has_person_form
from .lexicons import SEAT_ENDINGS, first_name_gender, is_person_noun, is_speaker_noun

# Endings of nouns that name organisations („Bundesministerium“, „Armee“, „Städtetag“).
ORG_ENDINGS = (
    "ministerium", "amt", "regierung", "partei", "organisation", "gericht", "polizei", "kreml",
    "schaft", "verband", "behörde", "verwaltung", "kommission", "institut", "konzern",
    "unternehmen", "agentur", "ministerien", "fraktion", "vatikan", "armee", "militär", "firma",
    "städtetag", "bundestag", "landtag", "kreistag", "zeitung", "universität", "dienst", "bank",
    "sender", "senat", "kommando", "generalstab", "rathaus", "gemeinde", "ausschuss", "komitee",
    "bündnis", "gewerkschaft", "stiftung", "verein", "konferenz", "stelle", "union", "zentrale",
    "feuerwehr", "times", "spital", "klinik", "krankenhaus",
)  # fmt: skip
ORDINAL_OR_INITIAL = re.compile(r"^(?:[IVXLC]+|[A-ZÄÖÜ])$")
ROMAN = re.compile(r"^[IVXLC]+$")


def no_role_after_genitive(span: Span, label: str) -> Span:
    """A person mention that is a role phrase („Nadeschdins Helfer“) without the role: the
    genitive name alone; any other mention as it is."""
    if len(span) < 2 or (label != "PER" and not first_name_gender(span[0].text)):
        return span  # „Israels Armee“ stays
    last, before = span[-1], span[-2]
    genitive = before.text.endswith("s") and not first_name_gender(before.text)
    if last.tag_ == "NN" and genitive and (is_person_noun(last.text) or before.tag_ == "NE"):
        return span[:-1]  # also „Sebastian Hendels Heimat“
    return span


def trim(span: Span) -> Span:
    """``span`` without trailing words that are no part of a name, which the NER sometimes
    takes along: numbers, punctuation and words without a capital („Putin 80“, „Prävention
    in“, „Judy Lybke ntv.de“); „al-Sinwar“ keeps its capital and stays."""
    end = span.end
    while end - span.start > 1:
        last, before = span.doc[end - 1], span.doc[end - 2]
        if last.text == "." and not before.whitespace_ and ORDINAL_OR_INITIAL.match(before.text):
            break  # „Benedikt XVI.“, „P. W.“
        if last.like_num or last.is_punct or not any(c.isupper() for c in last.text):
            end -= 1
        else:
            break
    return span.doc[span.start : end]


# Lower-case particles inside a person's name: Arabic ones before any capitalised word
# („Abdullah bin Zayed“), the others only before a proper noun („Karl-Theodor zu Guttenberg“).
ARABIC_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el"})
NAME_PARTICLES = ARABIC_PARTICLES | {"van", "von", "de", "da", "di", "del", "della", "dos", "zu"}


# Tags of words that end a person's name the NER ran on: an article, a preposition, a number
# („Nadeschdin der DW“, „Seibert in Berlin“, „Putin 80 Prozent“).
RUN_ON_TAGS = frozenset({"ART", "APPR", "APPRART", "CARD", "KOKOM"})


def cut_run_on(span: Span, label: str) -> Span:
    """A person mention cut before a lower-case article, preposition or number after its
    name („Nadeschdin der DW“ -> „Nadeschdin“, „Seibert in Berlin“ -> „Seibert“); name
    particles stay, and so does the article after one („Ursula von der Leyen“)."""
    if label != "PER" or len(span) < 2:
        return span
    for k in range(1, len(span)):
        token = span[k]
        if token.lower_ in NAME_PARTICLES or span[k - 1].lower_ in NAME_PARTICLES:
            continue
        lower = not token.text[:1].isupper()
        if (lower and token.tag_ in RUN_ON_TAGS) or token.like_num:
            return span.doc[span.start : span.start + k]
    return span


def titled_surname(span: Span, label: str, surnames: set[str]) -> tuple[Span, str]:
    """A mention the NER typed as no person that is a role compound and the surname of a person
    named in full in the article („Fed-Vize Barr“ beside „Michael Barr“): that surname, a PER
    mention; any other mention as it is."""
    if label == "PER" or len(span) != 2 or span[-1].text not in surnames:
        return span, label
    role = span[0]
    if "-" not in role.text or first_name_gender(role.text) or role.lower_.endswith(ORG_ENDINGS):
        return span, label
    return span[1:], "PER"


def surname_of_person(span: Span, label: str, persons: set[str]) -> tuple[Span, str]:
    """A two-word mention the NER typed as no person whose last word is the surname of a person
    it names elsewhere in the article (``persons``: the last words of its PER mentions), after a
    name or a person noun: „Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana,“
    (tagged LOC) beside „Sardana“ (PER) is that person; „Exlobbyist Sardana“ is the surname
    alone. A place or an organisation noun before the word keeps the mention as it is
    („Universität Hamburg“, „Wiener Sardana“ is no such mention)."""
    if label == "PER" or len(span) != 2 or span[-1].text not in persons:
        return span, label
    first = span[0]
    if not first.is_alpha or not first.text[:1].isupper() or first.lower_.endswith(ORG_ENDINGS):
        return span, label
    if first.text in _places() or first.text.endswith("er") and first.tag_ == "ADJA":
        return span, label
    if first.tag_ == "NN" and is_person_noun(first.text):
        return span[1:], "PER"  # „Exlobbyist Sardana“
    if first.tag_ in ("NE", "FM") or first_name_gender(first.text):
        return span, "PER"  # „Rakesh Sardana“
    return span, label


def split_glued(spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Person spans in which the NER glued a name to the surname of another person split in two
    („Dann habe … Landeshauptmann Erwin Pröll Mitterlehner angeschrien“, with „Reinhold
    Mitterlehner“ named elsewhere -> „Erwin Pröll“ + „Mitterlehner“): a span of three or more
    words that starts with a first name and ends in the last word of another person's name of
    two or more words, none of whose words but that surname it shares, and whose word before
    that surname is no first name (a second given name: „Anna Giulia Fink“)."""
    others: dict[str, list[set[str]]] = {}
    for span, label in spans:
        if label == "PER" and len(span) > 1:
            others.setdefault(span[-1].text, []).append({t.text for t in span[:-1]})
    result = []
    for span, label in spans:
        words = [t.text for t in span]
        if (
            label == "PER"
            and len(span) >= 3
            and all(t.text[:1].isupper() and t.is_alpha for t in span)
            and first_name_gender(words[0])
            and not first_name_gender(words[-2])
            and any(not (first & set(words[:-1])) for first in others.get(words[-1], []))
        ):
            result += [(span[:-1], label), (span[-1:], label)]
        else:
            result.append((span, label))
    return result


def complete(span: Span, label: str) -> tuple[Span, str]:
    """A person mention the NER cut short, completed: a known first name followed by a
    capitalised word („Falk Schnabel“ where „Schnabel“ is tagged a common noun), or by name
    particles and a capitalised word („Abdullah bin Zayed“); a surname after a first name the
    NER left out („Bärbel Bongartz“)."""
    doc = span.doc
    if label != "PER":
        return span, label
    last = span[-1]
    dot = span.end < len(doc) and doc[span.end].text == "." and not last.whitespace_
    if dot and ROMAN.match(last.text):  # „Benedikt XVI.“: the ordinal's dot (also a full stop)
        return doc[span.start : span.end + 1], label
    before = doc[span.start - 1] if span.start else None
    first = before is not None and first_name_gender(before.text) and not before.ent_type_
    if first and not first_name_gender(span[0].text):  # „Kriminologin Bärbel“ + „Bongartz“
        span = doc[span.start - 1 : span.end]
    if span.end >= len(doc) or not first_name_gender(doc[span.end - 1].text):
        return span, label  # only a first name alone is a name ended too early
    end = span.end
    particle = doc[end].text if doc[end].text in NAME_PARTICLES else None
    if particle is not None:
        end += 1 + (particle in ("von", "van") and doc[end + 1].text == "der")
    if end >= len(doc):
        return span, label
    nxt = doc[end]
    if not (nxt.text[:1].isupper() and nxt.is_alpha and nxt.tag_ in ("NN", "NE")):
        return span, label
    if particle is not None and particle not in ARABIC_PARTICLES and nxt.tag_ != "NE":
        return span, label  # „Thomas von der Hochschule“
    if is_speaker_noun(nxt.text) or nxt.lower_.endswith(ORG_ENDINGS) or acronym(nxt.text):
        return span, label  # „Melina Wolf von der LG“
    if nxt.ent_type_ and particle not in ARABIC_PARTICLES:
        return span, label  # the NER named it apart („Angela Merkel“ is not „Angela“)
    return doc[span.start : end + 1], label


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def adjectival(token: Token) -> bool:
    """An adjective with its ending, also where the tagger took a capitalised one for a noun
    („Israelitischen“, lemma „Israelitisch“)."""
    if not token.lower_.endswith(ADJECTIVE_ENDINGS):
        return False
    return token.tag_ == "ADJA" or token.lemma_.lower().endswith(("isch", "lich"))


def adjective_org(span: Span, label: str) -> tuple[Span, str]:
    """An organisation's name the NER cut after its leading capitalised adjectives: within a
    noun phrase („der Israelitischen“ + „Kultusgemeinde Wien“), a capitalised adjective is part
    of a proper name, and an organisation noun after it (``ORG_ENDINGS``) is its head; a place
    name right after it („Kultusgemeinde Wien“) or „für“ and a noun („Beobachtungsstelle für
    Menschenrechte“) belong to the name too. The span is extended over them, labelled ORG."""
    doc = span.doc
    if label not in ("MISC", "ORG") or not span.start or span.end >= len(doc):
        return span, label
    if not all(t.text[:1].isupper() and adjectival(t) for t in span):
        return span, label
    if doc[span.start - 1].tag_ not in ("ART", "APPRART", "ADJA"):
        return span, label  # after a determiner only: the name stands inside a noun phrase
    noun = doc[span.end]
    if noun.tag_ != "NN" or not noun.lower_.endswith(ORG_ENDINGS) or noun.ent_type_:
        return span, label
    end = span.end + 1
    if end < len(doc) and doc[end].ent_type_ == "LOC" and doc[end].tag_ == "NE":
        end += 1  # „Kultusgemeinde Wien“
    elif end + 1 < len(doc) and doc[end].lower_ == "für":
        i = end + 1
        while i < len(doc) and doc[i].text[:1].isupper() and adjectival(doc[i]):
            i += 1
        if i < len(doc) and doc[i].tag_ == "NN" and doc[i].text[:1].isupper():
            end = i + 1  # „Beobachtungsstelle für Menschenrechte“, „Institut für Höhere Studien“
    return doc[span.start : end], "ORG"


def first_name_runs(doc: Doc, covered: set[int], speakers: Sequence[Span]) -> list[tuple[int, int]]:
    """Persons the NER missed, as token ranges: a proper noun that is a known first name with
    the capitalised words after it („Ekaterina Duntzowa hat …“), and a first name alone
    closing a speaker phrase after a role noun („Schülerin Diba“)."""
    found = []
    i = 0
    while i < len(doc) - 1:
        tok = doc[i]
        proper = (
            tok.tag_ == "NE"
            or (  # „Matt Gaetz“ where „Matt“ is tagged an adjective
                not tok.is_sent_start and doc[i + 1].tag_ == "NE" and tok.text[:1].isupper()
            )
        )
        if i in covered or not proper or not first_name_gender(tok.text):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in covered and surname_word(doc[end]):
            end += 1
            if doc[end - 1].tag_ == "NN" or doc[end - 1].text.endswith("s"):
                break  # a common noun or a genitive ends it („Sebastian Hendels Heimat“)
        if end > i + 1:
            found.append((i, end))
        i = end
    for span in speakers:
        last = span[-1]
        if (
            len(span) > 1 and last.i not in covered and first_name_gender(last.text)
            and is_speaker_noun(span[-2].text) and span[-2].text[:1].isupper()
        ):  # fmt: skip
            found.append((last.i, last.i + 1))
    return found


def surname_word(token: Token) -> bool:
    """A capitalised word that may continue a person's name: a proper or common noun that is
    no role noun nor organisation noun („Duntzowa“, „Schnabel“; not „Präsident“)."""
    text = token.text
    return (
        text[:1].isupper() and token.tag_ in ("NE", "NN") and token.is_alpha is not False
        and "-" not in text[:1] and not is_speaker_noun(text)
        and not text.lower().endswith(ORG_ENDINGS) and not token.ent_type_
    )  # fmt: skip


def bare_role(token: Token, surnames: set[str]) -> bool:
    """A role noun the NER took for a person's name („Feuerwehrmann“), unless it is the surname
    of a person named in the article („Richter“ of „Jana Richter“)."""
    word = token.text
    return is_speaker_noun(word) and not first_name_gender(word) and word not in surnames


def ner_label(ent: Span) -> str:
    """The NER's label, PER for a first name after a role noun („Aussenminister Antony“), ORG
    for a PER whose last word is a hyphenated compound of an organisation noun, in any case
    („des Al-Ahli-Spitals“, „Robert Koch-Instituts“), and for a MISC of several words ending
    in one („New York Times“)."""
    if ent.label_ == "PER":
        last = ent[-1].lemma_ if ent[-1].lemma_[:1].isupper() else ent[-1].text
        part = last.rsplit("-", 1)[-1]
        compound = "-" in last and part[:1].isupper() and part.lower().endswith(ORG_ENDINGS)
        return "ORG" if compound else "PER"
    if ent.label_ == "MISC" and len(ent) > 1 and ent[-1].lower_.endswith(ORG_ENDINGS):
        return "ORG"
    return "PER" if named_by_role(ent) or described_person(ent) else ent.label_


def described_person(span: Span) -> bool:
    """A name of two or more words that an apposition after it calls a person by a singular
    role noun („Panos Skourletis, der Arbeitsminister, …“, „Panos Kammenos, der
    rechtspopulistische Verteidigungsminister“): a person, whatever label the NER gave it."""
    doc = span.doc
    if len(span) < 2 or any(t.tag_ not in ("NE", "FM") for t in span):
        return False
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("der", "die"):
        return False
    i += 2
    while i < len(doc) and doc[i].tag_ == "ADJA":
        i += 1
    if i >= len(doc) or doc[i].tag_ != "NN":
        return False
    word = doc[i].text
    return has_person_form(word) and not word.lower().endswith(ORG_ENDINGS)


def named_by_role(span: Span) -> bool:
    """A first name alone right after a role noun („Schülerin Diba“, „Mitschüler Nicolas“)."""
    if len(span) != 1 or not span.start or not first_name_gender(span[0].text):
        return False
    before = span.doc[span.start - 1]
    return (
        before.tag_ == "NN" and is_speaker_noun(before.text)
        and not before.lower_.endswith(ORG_ENDINGS)  # „Nachrichtenagentur Wafa“
    )  # fmt: skip


def acronym(word: str) -> bool:
    """An abbreviation in capitals („ATU“, „SVB“, „IGGÖ“), not a Roman numeral."""
    capitals = len(word) > 1 and word.isalpha() and word.isupper()
    return capitals and not ORDINAL_OR_INITIAL.match(word)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The German places of the NER gazetteer (``zitate/data/ner_gazetteer.json``)."""
    from ..nlp.gazetteer import PLACE, load_gazetteer

    return frozenset(w for w, bits in load_gazetteer().items() if bits & PLACE)


def described_org(tokens: Sequence[Token]) -> bool:
    """An organisation mention that is a describing compound and the name („Rüstungskonzern
    Rheinmetall“: the name is „Rheinmetall“), not a name of an institution and its place
    („Universität Hamburg“: „Universität“ is no compound; „Landeskirchenamt Bayern“: a place)."""
    if len(tokens) != 2 or tokens[0].tag_ != "NN" or tokens[1].tag_ not in ("NE", "NN"):
        return False
    noun, name = tokens[0].lower_, tokens[1].text
    if noun.endswith(SEAT_ENDINGS):
        return False  # „Staatsanwaltschaft Wien“, „Kantonspolizei Zürich“: named by its seat
    ending = next((e for e in ORG_ENDINGS if noun.endswith(e)), None)
    if ending is None or len(noun) - len(ending) < 4 or ("-" in noun and not acronym(name)):
        return False  # „Industrieländer-Organisation OECD“: the name is „OECD“
    return name not in _places()
