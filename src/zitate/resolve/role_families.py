"""Whether a role noun describes a person the article gave another role: head nouns and synonyms.

Stage: resolve (data and a pure test; used by ``zitate.resolve.roles``). Input: a role noun of a
speaker phrase („der Ankläger“, „Dem Mediziner“, „Der syrische Botschafter“) and the role
aliases of a document entity („Staatsanwalt“, „UNO-Generalsekretär“). Output: ``same_role`` —
whether two roles name the same office, by their head noun („Minister“ ~ „Außenminister“,
„Ministerin“) or a family of synonyms German news uses for one office (``FAMILIES``, data
below: „Ankläger“ ~ „Staatsanwalt“, „Mediziner“ ~ „Arzt“, „Regierungschef“ ~ „Premier“); and
``role_fits`` — whether a person may be the one a role phrase describes: yes when the person
has no role alias that is a person noun, or one of the same role; no when all their roles are
other ones (a doctor is no „UNO-Generalsekretär“); and ``genitive_person`` — the person role a
spokesperson speaks for („eine Sprecherin des deutschen Finanzministers“ -> „Finanzminister“,
named „deutscher Finanzminister“).
"""

from __future__ import annotations

from spacy.tokens import Span

from .declension import strong_nominative
from .lexicons import is_person_noun
from .mentions import alias_of

# Families of role nouns (lower case, masculine and feminine) that German news uses for one
# office or profession; a compound ending in one of them („Oberstaatsanwalt“, „Chefvolkswirt“)
# belongs to the family too.
FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(f.split())
    for f in (
        "staatsanwalt staatsanwältin ankläger anklägerin",
        "arzt ärztin mediziner medizinerin",
        "anwalt anwältin verteidiger verteidigerin",
        "ökonom ökonomin volkswirt volkswirtin wirtschaftsforscher wirtschaftsforscherin",
        "premier premierministerin premierminister ministerpräsident ministerpräsidentin"
        " regierungschef regierungschefin",
        "kanzler kanzlerin regierungschef regierungschefin",
        "präsident präsidentin staatschef staatschefin staatsoberhaupt",
        "bürgermeister bürgermeisterin stadtchef stadtchefin rathauschef rathauschefin",
        "trainer trainerin coach",
        "richter richterin",
        "botschafter botschafterin diplomat diplomatin",
    )
)
# Roles said of any person whatever their office („Der ÖVP-Politiker“ for „ÖVP-Sicherheitssprecher
# Heinz Becker“, „der 62-Jährige“).
GENERIC = ("politiker", "politikerin", "jährige", "jähriger", "mann", "frau")
# Words that end role nouns only as a longer word's tail; shorter heads are compared whole.
MIN_HEAD = 4


def _head(role: str) -> str:
    """The last part of a role compound in lower case („UNO-Generalsekretär“ ->
    „generalsekretär“)."""
    return role.rsplit("-", 1)[-1].lower()


def _masculine(word: str) -> str:
    """A feminine role in „-in“ without it („ministerin“ -> „minister“); others unchanged."""
    return word[:-2] if word.endswith("in") and len(word) > MIN_HEAD + 2 else word


def _families(word: str) -> set[int]:
    """The families whose nouns ``word`` is or ends in („oberstaatsanwalt“: the prosecutors)."""
    return {
        i
        for i, family in enumerate(FAMILIES)
        for noun in family
        if word == noun or (len(noun) >= MIN_HEAD and word.endswith(noun))
    }


def same_role(role: str, alias: str) -> bool:
    """Whether ``role`` and ``alias`` name one office: one's head ends in the other's
    („Minister“, „Außenminister“; „Ministerin“ as „Minister“) or both belong to one family."""
    a, b = _masculine(_head(role)), _masculine(_head(alias))
    if len(a) >= MIN_HEAD and len(b) >= MIN_HEAD and (a.endswith(b) or b.endswith(a)):
        return True
    return bool(_families(_head(role)) & _families(_head(alias)))


def person_roles(aliases: list[str]) -> list[str]:
    """The aliases of an entity that are role nouns of persons („UNO-Generalsekretär“; not a
    party „SPÖ“ nor an acronym nor a role said of anyone: „SPD-Politiker“)."""
    return [
        a for a in aliases
        if a[:1].isupper() and not a.isupper() and is_person_noun(a)
        and not _head(a).endswith(GENERIC)
    ]  # fmt: skip


def role_fits(role: str, aliases: list[str]) -> bool:
    """Whether a person with ``aliases`` may be the one the role noun ``role`` describes: yes
    unless ``role`` is an office or profession of the ``FAMILIES`` („Mediziner“,
    „Botschafter“) and the person has roles, none of them of that office (a doctor is no
    „UNO-Generalsekretär“). Other roles („der Chef“, „der Wissenschaftler“) are too broad to
    tell."""
    roles = person_roles(aliases)
    if not roles or not in_family(role):
        return True
    return any(same_role(role, a) for a in roles)


def in_family(role: str) -> bool:
    """Whether ``role`` is a noun of one of the ``FAMILIES`` („Ankläger“)."""
    return bool(_families(_head(role)))


def family_member(role: str, aliases: list[str]) -> bool:
    """Whether one of ``aliases`` is a role of the same family as ``role`` („der Ankläger“ for
    „Staatsanwalt Herbert Harammer“); heads alone do not count here („Konzern-Sprecher“ is no
    „Grünen-Sprecher“)."""
    own = _families(_head(role))
    return bool(own) and any(own & _families(_head(a)) for a in person_roles(aliases))


def genitive_person(span: Span, head: int) -> tuple[str, str] | None:
    """The singular person role in the genitive right after ``head`` inside ``span`` („(eine
    Sprecherin) des deutschen Finanzministers“): its citation form („Finanzminister“) and the
    name of an entity for it, the adjectives in the strong nominative („deutscher
    Finanzminister“); None where no such role follows („des Ministeriums“, „der Minister“ in
    the plural)."""
    doc = span.doc
    i = head + 1
    if i >= span.end or doc[i].lower_ not in ("des", "eines"):
        return None  # a masculine singular genitive; „der“ may be a plural or feminine
    words = []
    for token in doc[i + 1 : span.end]:
        if token.tag_ == "ADJA":
            words.append(token)
        elif token.tag_ == "NN":
            words.append(token)
            break
        else:
            return None
    if not words or words[-1].tag_ != "NN" or words[-1].i + 1 != span.end:
        return None
    noun = words[-1]
    role = alias_of(noun)
    if not is_person_noun(role) or role.endswith("in"):
        return None
    adjectives = [strong_nominative(t.text, "m") for t in words[:-1]]
    return role, " ".join([*adjectives, role])
