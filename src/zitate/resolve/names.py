"""Names of document entities, normalised for linking across articles.

Stage: resolve, cross-article (used by ``zitate.store.linking`` and the entity corrections).
Input: the ``name`` and ``kind`` of a document entity as stored („US-Präsident Donald Trump“,
„Putin der moralische“, „Sprecher des Generalstabs“). Output: a ``Name`` — the cleaned display
name, its matching key (case, whitespace and diacritics folded), the leading titles split off
(„US-Präsident“, „Dr.“; they become role aliases), the short form a bare mention may use (the
surname of a person, the acronym of an organisation), and whether the name is a role phrase or a
common noun rather than a proper name (such names are never linked by name alone: two „der
Sprecher“ are two people).

The word lists below are data, kept apart from the logic; German role nouns also match as the
last part of a compound („Regierungssprecherin“, „Vatikan-Sprecher“).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import first_name_gender, is_person_noun

# Honorifics and academic titles before a name.
HONORIFICS = frozenset(
    {"dr", "prof", "professor", "herr", "frau", "sir", "dame", "lord", "lady", "mr", "mrs", "ms",
     "hl", "st", "sankt", "ing", "dipl", "mag", "med", "jur", "phil", "rer", "nat", "h.c"}
)  # fmt: skip
# Role nouns (folded, masculine or neuter; „-in“ forms are derived) that stand alone as a title.
ROLE_WORDS = frozenset(
    {"präsident", "vizepräsident", "sprecher", "minister", "kanzler", "chef", "leiter",
     "direktor", "vorsitzende", "vorsitzender", "bürgermeister", "kandidat", "sekretär",
     "botschafter", "anwalt", "staatsanwalt", "experte", "forscher", "berater", "korrespondent",
     "abgeordnete", "abgeordneter", "gouverneur", "senator", "bischof", "erzbischof", "kardinal",
     "papst", "könig", "fürst", "prinz", "general", "oberst", "kommandeur", "polizist",
     "beamte", "beamter", "mitarbeiter", "vertreter", "manager", "geschäftsführer", "trainer",
     "kapitän", "politiker", "aktivist", "reporter", "autor", "moderator", "arzt", "lehrer",
     "premier", "premierminister", "regierungschef", "staatschef", "machthaber", "diktator",
     "mann", "sohn", "tochter", "vater", "mutter", "bruder", "schwester", "ehefrau", "ehemann",
     "oberbürgermeister", "landrat", "stadtrat", "richterin", "ministerpräsident", "kremlchef",
     "kremlsprecher", "theologe", "virologe", "politologe", "soziologe", "ökonom", "analyst",
     "wissenschaftler", "historiker", "diplomat", "oligarch", "kremlkritiker", "demonstrant",
     "gewerkschafter", "funktionär", "unternehmer", "investor", "juristin", "jurist",
     "regisseur", "produzent", "schauspieler", "sänger", "musiker", "spieler", "stürmer",
     "verteidiger", "täter", "opfer", "zeuge", "augenzeuge", "anwohner", "nachbar", "kollege",
     "gegner", "befürworter", "kritiker", "sprecherin", "chefredakteur", "redakteur", "kommissar",
     "kommissarin", "vize", "generalsekretär", "bundespräsident", "bundeskanzler", "publizist",
     "philosoph"}
)  # fmt: skip
# Endings that make a compound a role noun („Bundesinnenminister“, „Konzern-Sprecher“).
ROLE_SUFFIXES = (
    "präsident", "sprecher", "minister", "kanzler", "chef", "leiter", "direktor", "vorsitzende",
    "vorsitzender", "bürgermeister", "kandidat", "sekretär", "botschafter", "anwalt", "richter",
    "experte", "expert", "forscher", "berater", "korrespondent", "abgeordnete", "abgeordneter",
    "gouverneur", "senator", "bischof", "kommandeur", "offizier", "polizist", "beamte", "beamter",
    "mitarbeiter", "vertreter", "manager", "geschäftsführer", "trainer", "politiker", "aktivist",
    "reporter", "autor", "wissenschaftler", "ökonom", "analyst", "meister", "funktionär",
    "kritiker", "gründer", "mitbegründer", "organisator", "chefin", "beauftragte",
    "beauftragter", "vize", "vizechef", "logen", "loge", "spieler", "läufer", "aktivisti",
)  # fmt: skip
# Nouns the attribution takes for speakers that are no names („nach Angaben“, „Recherchen“).
NOT_NAMES = frozenset(
    {"angaben", "angabe", "recherchen", "informationen", "berichten", "bericht", "medienberichten",
     "erkenntnissen", "hinweise", "medien", "umfragen", "umfrage", "aussage", "erklärung",
     "mitteilung", "pressemitteilung", "studie", "quellen", "kreisen", "regierungskreisen",
     "sicherheitskreisen", "insider", "beobachter", "experten", "fachleute", "behörden",
     "polizei", "regierung", "landesregierung", "ministerium", "staatsanwaltschaft", "armee",
     "militär", "partei", "organisation", "unternehmen", "konzern", "behörde", "gericht",
     "stadt", "gemeinde", "feuerwehr", "verwaltung", "veranstalter", "opposition",
     "gewerkschaft", "verband", "institut", "universität", "sender", "zeitung", "agentur",
     "nachrichtenagentur", "kommission", "fraktion", "koalition", "mann", "frau", "leute"}
)  # fmt: skip
# Words that may stand in lower case inside a person's name („Ursula von der Leyen“).
NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "del", "della",
                            "dos", "das", "do", "le", "la", "bin", "ibn", "al", "el", "zu", "ten",
                            "ter", "y", "vom", "zum"})  # fmt: skip
# Legal forms dropped from organisation keys („SecAnim GmbH“ ~ „SecAnim“).
LEGAL_FORMS = frozenset({"ag", "gmbh", "se", "kg", "kgaa", "mbh", "ev", "e.v", "inc", "ltd", "llc",
                         "plc", "co", "corp", "sa", "s.a", "nv", "bv", "ug"})  # fmt: skip
ROMAN = re.compile(r"^[ivxlcdm]+\.?$", re.IGNORECASE)
EDGE_PUNCT = "„“”\"'‚‘’«»‹›()[]{}:;,!?*"
DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "’": "'", "`": "'"})


@dataclass(frozen=True)
class Name:
    """A document entity's name prepared for cross-article linking."""

    display: str  # the cleaned name („Donald Trump“), titles and trailing noise removed
    key: str  # folded display: what exact matching compares
    kind: str
    titles: tuple[str, ...] = ()  # leading role titles split off („US-Präsident“)
    short: str | None = None  # surname (PER) or acronym (ORG) of a multi-word name
    role: bool = False  # a role phrase or common noun: never linked by name alone

    @property
    def is_short(self) -> bool:
        """A bare surname („Trump“) or an organisation acronym („SPD“): the form that may
        stand for a longer name."""
        if self.role or " " in self.key:
            return False
        if self.kind == "PER":
            return not ROMAN.match(self.key)
        return self.kind == "ORG" and is_acronym(self.display)

    def variants(self) -> tuple[str, ...]:
        """``key``, then the key without a genitive „s“ („Putins“ → „putin“)."""
        last = self.key.rsplit(" ", 1)[-1]
        if self.role or len(last) < 5 or not last.endswith("s") or last.endswith("ss"):
            return (self.key,)
        return (self.key, self.key[:-1])


def fold(text: str) -> str:
    """Matching key: NFKD without combining marks, case-folded („ß“ → „ss“), dashes unified,
    dots and edge punctuation dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text.translate(DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = (w.strip(EDGE_PUNCT + ".") for w in text.replace(".", ". ").split())
    return " ".join(w for w in words if w)


@lru_cache(maxsize=65536)
def parse_name(name: str, kind: str) -> Name:
    """``name`` of a document entity of ``kind`` -> ``Name`` (see the module docstring)."""
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    if kind == "PER" and "," in text:
        text = max(text.split(","), key=_capitals).strip() or text
    words = [w for w in (w.strip(EDGE_PUNCT) for w in text.split()) if w]
    if not words or kind == "GROUP" or _is_role(words, kind):
        return Name(text, fold(text), kind, role=True)
    titles: list[str] = []
    if kind == "PER":
        while len(words) > 1 and is_title(words[0]):
            titles.append(words.pop(0))
        words = _proper_part(words)
    elif kind == "ORG" and len(words) > 1 and fold(words[-1]) in LEGAL_FORMS:
        words = words[:-1]
    display = " ".join(words)
    return Name(display, fold(display), kind, tuple(titles), _short(words, kind))


def is_title(word: str) -> bool:
    """A title or role noun before a name: „Dr.“, „Papst“, „US-Präsident“, „Bundeskanzlerin“;
    also a person noun of the speaker lexicons that is no first name („Schlachter
    Holland-Moritz“ is „Kevin Holland-Moritz“ with a role)."""
    if fold(word) in HONORIFICS or is_role_word(word):
        return True
    return word[:1].isupper() and is_person_noun(word) and not first_name_gender(word)


def is_role_word(word: str) -> bool:
    """A role noun, also as the last part of a compound, in its feminine or plural form."""
    folded = fold(word)
    if not folded or not word[:1].isupper():
        return False
    last = folded.rsplit("-", 1)[-1]
    stems = {last, folded}
    for ending in ("innen", "in", "en", "n"):  # feminine, plural
        if last.endswith(ending) and len(last) > len(ending) + 3:
            stems.add(last[: -len(ending)])
            stems.add(folded[: -len(ending)])
    if stems & _ROLE_WORDS:
        return True
    return any(
        stem.endswith(suffix) and len(stem) > len(suffix) + 1
        for stem in stems
        for suffix in _FOLDED_SUFFIXES
    )


def is_acronym(word: str) -> bool:
    """„SPD“, „KIT“, „AfD“, „TUM“: 2–6 letters, at least two of them capitals."""
    letters = word.replace("-", "").replace(".", "")
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 6 and letters.isalpha() and capitals >= 2 and letters[0].isupper()


def acronym(words: list[str]) -> str | None:
    """Initials of the capitalised words („Karlsruher Institut für Technologie“ → „kit“)."""
    initials = [w[0] for w in words if w[:1].isupper()]
    return fold("".join(initials)) if len(initials) >= 2 else None


def _short(words: list[str], kind: str) -> str | None:
    if len(words) < 2:
        return None
    if kind == "PER":
        last = words[-1] if not ROMAN.match(words[-1]) else None
        return fold(last) if last and last[:1].isupper() else None
    return acronym(words) if kind == "ORG" else None


def _proper_part(words: list[str]) -> list[str]:
    """The proper-name part of a person's name: cut at a number, a web address or a lower-case
    word that is no name particle („Putin der moralische“ → „Putin“, „Putin 80“ → „Putin“)."""
    kept: list[str] = []
    for i, word in enumerate(words):
        rest = [w for w in words[i + 1 :] if w not in NAME_PARTICLES]
        noise = any(c.isdigit() for c in word) or ("." in word[:-1] and word.islower())
        particle = word in NAME_PARTICLES and bool(rest) and rest[0][:1].isupper()
        if kept and (noise or (not word[:1].isupper() and not particle)):
            break
        kept.append(word)
    return kept


def _is_role(words: list[str], kind: str) -> bool:
    """Whether a PER or ORG name is a role phrase or a common noun rather than a proper name:
    „Sprecher“, „AfD-Chef“, „Sprecher des Generalstabs“, „Angaben westlicher Behörden“,
    „Polizei“."""
    if kind not in ("PER", "ORG"):
        return False
    first = words[0]
    if len(words) == 1 and fold(first) in _NOT_NAMES:
        return True
    phrase = len(words) > 1 and words[1][:1].islower() and words[1] not in NAME_PARTICLES
    if phrase and (is_role_word(first) or fold(first) in _NOT_NAMES):
        return True
    return kind == "PER" and all(is_role_word(w) for w in words)


def _capitals(part: str) -> int:
    return sum(w[:1].isupper() for w in part.split())


_FOLDED_SUFFIXES = tuple(fold(s) for s in ROLE_SUFFIXES)
_ROLE_WORDS = frozenset(fold(w) for w in ROLE_WORDS)
_NOT_NAMES = frozenset(fold(w) for w in NOT_NAMES)
