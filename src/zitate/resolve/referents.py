"""Unnamed discourse referents: a person an indefinite article brings in and a definite noun
phrase takes up later („Ein Unternehmer aus Linz … Der Unternehmer sagte …“).

Stage: resolve (used by ``zitate.resolve.pronouns`` and ``.roles``). Input: a token of an
analysed ``Doc`` (STTS tags, NER) heading a definite noun phrase, and the character offset
from which an introduction counts. Output: the indefinite phrase that brought in the same
noun before it, with no name beside it — the unnamed person the definite phrase (and a later
„er“ / „sie“) stands for, which blocks a person named earlier as antecedent; else None.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

# The gender an indefinite article gives a singular person noun in the nominative, dative or
# accusative, and the definite articles that take the same person up.
INDEFINITE_ARTICLE_GENDER = {"ein": "m", "einen": "m", "einem": "m", "eine": "f", "einer": "f"}
DEFINITE_ARTICLE_GENDER = {"der": "m", "den": "m", "dem": "m", "die": "f"}
# Tags that may stand between an article and its noun („ein junger Unternehmer“).
MODIFIER_TAGS = frozenset({"ADJA", "ADJD", "ADV"})
# Tags right after the introducing phrase that add a name in apposition („Ein Sprecher, Hans
# Meier, …“, „ein Unternehmer namens …“): then the person is named, no unnamed referent.
NAME_TAGS = frozenset({"NE", "FM"})
NAMING_WORDS = frozenset({"namens", "names", "mit", "genannt"})
APPOSITION_WINDOW = 3  # tokens after the noun where a name in apposition may start
# Indefinite quantifiers that open a clause as the subject of unnamed people („Manche so
# begeistert, dass sie …“, „Viele Franzosen bemühen sich …“); not „alle“ or „beide“, which
# take up a group named before („Beide Parteien …“).
UNNAMED_QUANTIFIERS = frozenset({"einige", "viele", "mehrere", "manche", "wenige", "zahlreiche"})
CLAUSE_START_TAGS = frozenset({"$,", "$(", "$.", "KON", "PTKNEG"})


def definite_gender(token) -> str | None:
    """The gender the definite article right before the noun ``token`` gives it (adjectives
    between), or None where no singular definite article opens its phrase."""
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].tag_ in MODIFIER_TAGS:
        i -= 1
    if i < token.sent.start or token.doc[i].tag_ != "ART":
        return None
    gender = DEFINITE_ARTICLE_GENDER.get(token.doc[i].lower_)
    if gender == "f" and "Plur" in token.morph.get("Number"):
        return None  # „die Unternehmer“: many
    return gender


def unnamed_introduction(token, begin: int, quoted: Collection[int] = ()) -> Span | None:
    """The last indefinite phrase of the same noun as ``token`` between character ``begin``
    and ``token``'s own phrase, outside the ``quoted`` characters, of the gender its definite
    article gives it, with no name beside it: „Ein Unternehmer aus Linz“ for „Der
    Unternehmer“; None where there is none or ``token`` opens no singular definite phrase
    („„Wenn ein Papst zur klaren Erkenntnis kommt, …“, sagte der Papst“: said of anyone)."""
    gender = definite_gender(token)
    if gender is None:
        return None
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        other = doc[i]
        if other.idx < begin:
            return None
        if other.text != token.text or other.tag_ != "NN" or other.idx in quoted:
            continue
        k = i - 1
        while k >= 0 and doc[k].tag_ in MODIFIER_TAGS:
            k -= 1
        article = doc[k] if k >= 0 else None
        if article is None or article.tag_ != "ART":
            continue
        if INDEFINITE_ARTICLE_GENDER.get(article.lower_) != gender:
            continue
        if _named_beside(other) or _apposition_of_name(article):
            return None
        return doc[k : i + 1]
    return None


def _named_beside(noun) -> bool:
    """Whether a name follows the introducing noun in apposition: a person's name right after
    it or after a comma, or after „namens“ („Ein Unternehmer namens Alois Huber“)."""
    doc = noun.doc
    end = min(noun.i + 1 + APPOSITION_WINDOW, noun.sent.end)
    for j in range(noun.i + 1, end):
        word = doc[j]
        if word.ent_type_ == "PER" or (word.tag_ in NAME_TAGS and j == noun.i + 1):
            return True
        if word.text != "," and word.lower_ not in NAMING_WORDS:
            return False
    return False


def _apposition_of_name(article) -> bool:
    """Whether the indefinite phrase stands in apposition after a person's name („Hilda
    Morales Trujillo, eine Aktivistin eines guatemalischen Netzwerks, …“): the named one."""
    doc, i = article.doc, article.i
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PER"


def unnamed_people(pronoun, quoted: Collection[int] = ()) -> int | None:
    """The character offset of the last indefinite quantifier opening a clause as the subject
    of unnamed people, in the plural pronoun's sentence before it or the sentence before,
    outside the ``quoted`` characters („Nicht wenige Menschen greifen es auf. Manche so
    begeistert, dass sie die Nachbarn … beschimpften“ -> „Manche“); None where there is none.
    A plural „sie“ after it takes those people up, not a group named before."""
    doc = pronoun.doc
    sent = pronoun.sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(pronoun.i - 1, begin - 1, -1):
        word = doc[i]
        if word.lower_ not in UNNAMED_QUANTIFIERS or word.idx in quoted:
            continue
        if word.tag_ not in ("PIS", "PIAT", "ADJA"):
            continue
        if i == word.sent.start or doc[i - 1].tag_ in CLAUSE_START_TAGS:
            return word.idx
    return None
