"""Who can speak: spokesperson nouns, the bodies they speak for, and phrases that name no speaker.

Stage: resolve (lexical helpers of ``zitate.resolve.roles``, ``zitate.resolve.role_orgs`` and
``zitate.resolve.document``). Input: a role noun („Polizeisprecher“, „Regierungssprecherin“,
„Sprecher“) or a speaker phrase's words. Output: whether the noun is a spokesperson's, the body
its compound names („Polizei“, „Regierung“: an unnamed spokesperson speaks for that body, the
gold convention), and whether a speaker phrase is an indefinite pronoun („jemand anderer“,
„niemand“, „keiner“) that names no one, so that the statement keeps the running speaker.
"""

from __future__ import annotations

from .lexicons import SEAT_ENDINGS, base_noun

SPOKESPERSON_ENDINGS = ("sprecher", "sprecherin", "sprechers", "sprecherinnen")
# Bodies a compound spokesperson noun names („Polizeisprecher“, „Regierungssprecher“,
# „Armeesprecher“, „Ministeriumssprecherin“) that speak through an unnamed spokesperson even when
# the article names the body no other way: the spokesperson's statement is the body's.
SPOKEN_BODIES = (
    *SEAT_ENDINGS, "regierung", "armee", "militär", "ministerium", "behörde", "polizei",
)  # fmt: skip
# Indefinite pronouns that may stand where a speaker stands („wie jemand anderer … sagt“) but
# name no one: such a phrase is no speaker of the statement around it.
NO_ONE = frozenset({"jemand", "niemand", "keiner", "irgendwer", "irgendjemand"})
OTHER_WORDS = frozenset({"anderer", "andere", "anderes", "sonst"})


def is_spokesperson(role: str) -> bool:
    """Whether ``role`` is a spokesperson noun: „Sprecher“, „Pressesprecherin“, also the
    compounds the speaker lexicon lists as words of their own („Polizeisprecher“)."""
    base = base_noun(role) or ""
    return base.endswith(SPOKESPERSON_ENDINGS)


def spoken_prefix(role: str) -> str:
    """The first part of a spokesperson compound: „Polizeisprecher“ -> „Polizei“,
    „Regierungssprecher“ -> „Regierungs“, „NDB-Sprecherin“ -> „NDB“; „“ for „Sprecher“."""
    at = role.lower().rfind("sprecher")
    return role[:at].rstrip("-") if at > 0 else ""


def spoken_body(prefix: str) -> str | None:
    """The body a spokesperson compound's first part names, nominative and capitalised
    („Regierungs“ -> „Regierung“, „Polizei“ -> „Polizei“), or None for another first part
    („Vatikan“, „Presse“, „NDB“): those need a named entity to speak for."""
    low = prefix.lower()
    for word in (low, low[:-1] if low.endswith("s") else low):
        if word.endswith(SPOKEN_BODIES) and len(word) > 3:
            return word.capitalize()
    return None


def names_no_one(words: list[str]) -> bool:
    """Whether a speaker phrase's words (lower case, punctuation dropped) are an indefinite
    pronoun that names no one („jemand“, „jemand anderer“, „niemand“)."""
    return bool(words) and words[0] in NO_ONE and set(words[1:]) <= OTHER_WORDS
