"""The speaker-noun lexicon: whether a common noun can head a speaker phrase or stands for persons.

Stage: quotation attribution and resolve (data only). Input: ``zitate/data/speaker_nouns.json``,
written by ``zitate train lexicons`` from the Wikinews and SpkAtt training data (see
``zitate.train.lexicons``). Output: lookups — whether a common noun can head a speaker phrase
(„Sprecherin“, „Vatikan-Sprecher“, „Polizeisprecher“: yes; „Änderung“: no), whether it stands for
persons („Chef“, „Menschenrechtler“, „Aktivisten“) — read by ``quotes.statements`` and, through
``zitate.resolve.lexicons``, by the resolve stage.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

MIN_SUFFIX = 5  # „sprecher“ in „Polizeisprecher“; shorter known nouns are not split off
MIN_COUNT = 2  # a noun that headed one gold speaker only is as often noise („August“, „Freude“)
# A noun that heads a gold speaker in fewer than this share of its occurrences in the training
# texts is a word the annotators took with a speaker now and then („die Frage“: 4 of 195), no
# speaker noun (nouns for speakers: „Sprecher“, „Polizei“, „Kollege“ ≥ 0.03).
MIN_SHARE = 0.025


@lru_cache(maxsize=1)
def all_speaker_nouns() -> frozenset[str]:
    """Every noun (lower case) that headed a speaker in the training data, once or more."""
    path = resources.files("zitate") / "data" / "speaker_nouns.json"
    return frozenset(n.lower() for n in json.loads(path.read_text("utf-8"))["nouns"])


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    path = resources.files("zitate") / "data" / "speaker_nouns.json"
    lexicon = json.loads(path.read_text("utf-8"))
    occurrences = lexicon.get("occurrences", {})
    return frozenset(
        n.lower()
        for n, c in lexicon["nouns"].items()
        if (heads := sum(c.values())) >= MIN_COUNT and heads >= MIN_SHARE * occurrences.get(n, 0)
    )


@lru_cache(maxsize=65536)
def base_noun(word: str) -> str | None:
    """The speaker noun ``word`` is or ends in (lower case): „Vatikan-Sprecher“ -> „sprecher“,
    „Polizeisprecherin“ -> „sprecherin“; None when it is none."""
    nouns = _speaker_nouns()
    low = word.lower()
    if low in nouns:
        return low
    tail = low.rsplit("-", 1)[-1]
    if tail in nouns:
        return tail
    for i in range(1, len(tail) - MIN_SUFFIX + 1):
        if tail[i:] in nouns:
            return tail[i:]
    return None


def is_speaker_noun(word: str) -> bool:
    """Whether ``word`` (a noun or its lemma) can head a speaker phrase; also the feminine
    form of such a noun that the training data did not have often („Co-Chefin“ of „Chef“)."""
    if base_noun(word) is not None:
        return True
    return len(word) > 5 and word.endswith("in") and base_noun(word[:-2]) is not None


# Endings of nouns that name no person: abstract and collective nouns („Opposition“, „Medien“,
# „Regierung“, „Gesellschaft“), which may head speaker phrases but never stand for one person.
NOT_PERSON_ENDINGS = (
    "ung", "ion", "ität", "heit", "keit", "schaft", "ium", "ien", "tum", "ik", "nis", "ur",
    "ie", "amt", "rat", "tag", "dienst",
)  # fmt: skip


# Endings of German nouns for persons by their function („CDU-Spitzenkandidat“, „Aufbauspieler“,
# „Kriminologin“, „Menschenrechtler“): a role the lexicon has not seen still names a person.
PERSON_ENDINGS = (
    "kandidat", "kandidatin", "chef", "chefin", "ent", "entin", "ist", "istin", "eur", "eurin",
    "loge", "login", "ator", "atorin", "ler", "lerin", "ner", "nerin", "ter", "terin", "ker",
    "kerin", "spieler", "spielerin", "-jährige", "-jähriger", "investor", "investorin", "beamte",
    "beamter", "beamtin",
    # a woman of a council or government („die Bundesrätin“, „Nationalrätin“, „Landesrätin“;
    # „-rat“ alone is also the council itself: „der Nationalrat hat beschlossen“)
    "rätin",
    # nominalised participles of the courts („die Angeklagte“, „der Beschuldigte“)
    "angeklagte", "angeklagter", "beschuldigte", "beschuldigter", "verdächtige", "verdächtiger",
    # compounds of „Mann“ / „Frau“ („der Kaufmann“, „die Geschäftsfrau“)
    "mann", "frau",
)  # fmt: skip


# Further forms of nouns for persons by German word formation, for callers that ask whether a
# word *may* name a person (a speaker phrase kept, a statement kept): „-nom“ (Ökonom), „-oge“
# (Pädagoge), „-or“ (Autor), „-ell“ (Rebell), „-ager“ / „-eger“ (Manager), agent nouns of
# compounds („-führer“, „-sprecher“, „-nehmer“, „-geber“, „-haber“, „-besitzer“, „-betreiber“),
# „-ant“ (Demonstrant), „-krat“ (Bürokrat), the feminine agent noun („Pfarrerin“), „-leute“,
# nominalised adjectives of persons („Angehörige“, „Hauptverdächtigen“) and „-naut“, „-lotse“
# („Taikonauten“, „Fluglotsen“).
PERSON_FORMS = (
    "om", "omen", "oge", "or", "ell", "ager", "eger", "führer", "sprecher", "nehmer", "geber",
    "haber", "besitzer", "betreiber", "ant", "krat", "erin", "erinnen", "frauen", "männer",
    "leute", "hörige", "hörigen", "ächtige", "ächtigen", "naut", "nauten", "lotse", "lotsen",
)  # fmt: skip


def has_person_form(word: str) -> bool:
    """Whether ``word`` (any case) has the form of a noun for persons: a person ending
    (``PERSON_ENDINGS``) or a further person form (``PERSON_FORMS``)."""
    low = word.lower()
    return low.endswith(PERSON_ENDINGS) or low.endswith(PERSON_FORMS)


PARTICIPLE_ENDINGS = ("ende", "enden")
MIN_PARTICIPLE = 8  # shorter ones are common nouns („Ende“, „Wende“, „Spende“, „Legende“)


def is_person_noun(word: str) -> bool:
    """A noun that stands for persons („Chef“, „Ministerin“, „der 42-Jährige“, „Menschenrechtler“,
    „der Kaufmann“): a speaker noun of the lexicon that is no abstract or collective noun, or a
    noun with a person ending."""
    base = base_noun(word)
    if base is not None and not base.endswith(NOT_PERSON_ENDINGS):
        return True
    low = word.lower()
    if low.endswith(PARTICIPLE_ENDINGS) and len(low) >= MIN_PARTICIPLE:
        return True  # a nominalised participle: „Forschende“, „Mitarbeitende“, „Studierenden“
    return low.endswith(PERSON_ENDINGS) and not low.endswith(NOT_PERSON_ENDINGS)


_UMLAUTS = str.maketrans("äöü", "aou")
PLURAL_ENDINGS = ("en", "n", "e", "s")  # „Aktivisten“, „Anwälte“, „Experten“, „Chefs“


def singular_forms(word: str) -> list[str]:
    """Singular forms a plural noun may have: ``word`` without a plural ending, with and without
    the umlaut of its last vowel („Mietrechtsanwälte“ -> „Mietrechtsanwalt“, „Aktivisten“ ->
    „Aktivist“). Candidates only: the caller checks them against the lexicons."""
    forms = []
    for ending in PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            forms.append(stem)
            i = max(stem.rfind(c) for c in "äöü")
            if i >= 0:
                forms.append(stem[:i] + stem[i].translate(_UMLAUTS) + stem[i + 1 :])
    return forms


# Plural person nouns by their form: a nominalised adjective in the plural („die
# Verantwortlichen“, „Jugendlichen“, „Freiwilligen“, „Angehörigen“; shorter words ending so are
# common nouns: „Feigen“) and the plural of „-mann“ compounds („Landsleute“, „Fachleute“).
ADJECTIVE_PLURAL_ENDINGS = ("lichen", "igen", "ischen")
MIN_ADJECTIVE_PLURAL = 9
LEUTE = "leute"


# Plural nouns that stand for the people who speak by what they utter („kritische Stimmen“,
# „die muslimischen Stimmen“, „Gegenstimmen“): a group of persons as speaker.
VOICE_PLURALS = ("stimmen",)


def is_person_plural(word: str) -> bool:
    """A plural noun for persons: its singular has a feminine form among the speaker nouns
    („Mietrechtsanwälte“: „Anwältin“) or a person ending („Aktivisten“: „-ist“), or it is a
    nominalised adjective in the plural or a „-leute“ compound. Source and collective nouns
    that head speaker phrases too („Berichte“, „Angaben“, „Behörden“) are none of these."""
    low = word.lower()
    if low.endswith(NOT_PERSON_ENDINGS):
        return False
    if low.endswith(VOICE_PLURALS):
        return True  # „die muslimischen Stimmen“
    if low.endswith(LEUTE) or (
        word[:1].isupper() and len(low) >= MIN_ADJECTIVE_PLURAL
        and low.endswith(ADJECTIVE_PLURAL_ENDINGS)
    ):  # fmt: skip
        return True
    return any(
        base_noun(f + "in") is not None or f.lower().endswith(PERSON_ENDINGS)
        for f in singular_forms(word)
    )


# Last word parts of nouns for documents that someone issued („dem Rundschreiben zufolge“, „heißt
# es in dem Schreiben“, „ein Positionspapier“, „im Brief“): the document speaks for its issuer.
DOCUMENT_PARTS = ("schreiben", "brief", "papier", "dokument", "memo", "memorandum", "erlass")


def document_noun(word: str) -> bool:
    """A noun for a document someone issued, also the last part of a compound
    („Rundschreiben“, „Schreiben“, „Positionspapier“, „Brief“); no person noun („Briefträger“)."""
    low = word.lower().rsplit("-", 1)[-1]
    return word[:1].isupper() and low.endswith(DOCUMENT_PARTS) and not is_person_plural(word)
