"""Organisation names in the nominative: leading adjectives declined as a name stands alone.

Stage: resolve (used by ``zitate.resolve.mentions`` and ``.roles`` when they name an organisation
entity). Input: the leading adjectives of a name and the noun they qualify, as they stand in the
text in any case („laut Statistischem Bundesamt“, „von Deutscher Bahn“, „des israelischen
Militärs“). Output: the adjectives in the strong nominative a canonical name has without article
(„Statistisches Bundesamt“, „Deutsche Bahn“, „israelisches Militär“, „südkoreanischer
Geheimdienst“), so that every case of one name gives one entity name. The gender of the noun
comes from its ending (``GENDER_ENDINGS``, data below); where none is known, the adjectives stay
as they are. Invariable adjectives of place names („Schweizer“, „Thüringer“) never change.
"""

from __future__ import annotations

# Endings of organisation nouns and their grammatical gender; the longest matching ending
# decides („Landtag“: m by „tag“, „Rathaus“: n by „haus“, „Staatskanzlei“: f by „kanzlei“).
GENDER_ENDINGS: dict[str, str] = {
    # neuter
    "amt": "n", "ministerium": "n", "institut": "n", "gericht": "n", "zentrum": "n",
    "komitee": "n", "bündnis": "n", "büro": "n", "kommando": "n", "militär": "n",
    "parlament": "n", "unternehmen": "n", "präsidium": "n", "sekretariat": "n", "haus": "n",
    "werk": "n", "team": "n", "gremium": "n", "kabinett": "n", "kuratorium": "n",
    "regime": "n", "konsulat": "n", "tribunal": "n", "portal": "n", "magazin": "n",
    "netzwerk": "n", "forum": "n", "labor": "n", "kollegium": "n", "direktorium": "n",
    "observatorium": "n", "konsortium": "n", "theater": "n", "orchester": "n", "museum": "n",
    "krankenhaus": "n", "klinikum": "n", "land": "n", "bundesland": "n", "volk": "n",
    # masculine
    "verband": "m", "dienst": "m", "rat": "m", "bund": "m", "ausschuss": "m", "konzern": "m",
    "senat": "m", "verein": "m", "sender": "m", "staat": "m", "vorstand": "m", "tag": "m",
    "kongress": "m", "stab": "m", "generalstab": "m", "hersteller": "m", "betreiber": "m",
    "versicherer": "m", "zoll": "m", "rundfunk": "m", "fonds": "m", "orden": "m",
    "klub": "m", "club": "m", "kreis": "m", "bezirk": "m", "markt": "m", "gerichtshof": "m",
    "hof": "m", "konvent": "m", "landkreis": "m", "verlag": "m", "betrieb": "m",
    "zusammenschluss": "m", "gipfel": "m",
    # feminine
    "ung": "f", "ion": "f", "heit": "f", "keit": "f", "schaft": "f", "behörde": "f",
    "bahn": "f", "bank": "f", "partei": "f", "kommission": "f", "agentur": "f",
    "stiftung": "f", "union": "f", "polizei": "f", "armee": "f", "stelle": "f",
    "akademie": "f", "universität": "f", "hochschule": "f", "zeitung": "f", "kammer": "f",
    "liga": "f", "gruppe": "f", "firma": "f", "kirche": "f", "gemeinde": "f", "stadt": "f",
    "initiative": "f", "allianz": "f", "post": "f", "presse": "f", "marine": "f",
    "luftwaffe": "f", "justiz": "f", "feuerwehr": "f", "wehr": "f", "küstenwache": "f",
    "opposition": "f", "kanzlei": "f", "staatskanzlei": "f", "botschaft": "f",
    "gewerkschaft": "f", "fraktion": "f", "regierung": "f", "verwaltung": "f",
    "organisation": "f", "direktion": "f", "aufsicht": "f", "börse": "f", "klinik": "f",
    "schule": "f", "branche": "f", "nachrichtenagentur": "f", "redaktion": "f",
}  # fmt: skip
STRONG = {"f": "e", "m": "er", "n": "es"}
ENDINGS = ("en", "em", "er", "es", "e")
# Stems of adjectives that decline also when capitalised in a name („Deutscher Bahn“,
# „Allgemeiner Studierendenausschuss“); any other capitalised adjective in „-er“ is made of a
# place name and never declines („Schweizer“, „Thüringer“, „Hamburger“).
DECLINING_STEMS = (
    "isch", "lich", "ig", "ell", "al", "iv", "deutsch", "allgemein", "neu", "frei", "bunt",
    "vereinigt", "hoh", "oberst", "erst", "zweit", "dritt", "ober", "unter", "nieder", "grün",
)  # fmt: skip


def noun_gender(noun: str) -> str | None:
    """``m``, ``f`` or ``n`` for an organisation noun by its longest known ending, else None."""
    low = noun.lower().rsplit("-", 1)[-1]
    for size in range(len(low), 1, -1):
        gender = GENDER_ENDINGS.get(low[-size:])
        if gender is not None:
            return gender
    return None


def declines(adjective: str) -> bool:
    """Whether an attributive adjective changes its ending with case („israelischen“,
    „Statistischem“, „Deutscher“), not an invariable one of a place („Schweizer“)."""
    if not adjective[:1].isupper():
        return True
    stem = adjective.lower()
    for ending in ENDINGS:
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return stem.endswith(DECLINING_STEMS)


def strong_nominative(adjective: str, gender: str) -> str:
    """``adjective`` in the strong nominative singular of ``gender`` („Statistischem“, n ->
    „Statistisches“); an adjective without a case ending or that does not decline as it is."""
    if len(adjective) <= 4 or not declines(adjective):
        return adjective
    for ending in ENDINGS:
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + STRONG[gender]
    return adjective


def nominative_adjectives(adjectives: list[str], noun: str) -> list[str] | None:
    """The ``adjectives`` before ``noun`` in the strong nominative, or None when the noun's
    gender is unknown („Emirate“)."""
    gender = noun_gender(noun)
    if gender is None:
        return None
    return [strong_nominative(a, gender) for a in adjectives]
