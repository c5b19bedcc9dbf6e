"""Speaker profiles, document level: the evidence one article gives about one of its entities.

Stage: resolve (after speaker resolution; ``zitate.store.profiles`` runs it on stored rows and
aggregates it per canonical entity). Input: the article text, an entity's name, kind, role aliases
(„Innenministerin“, „CDU-Politiker“), its mentions (character ranges) and the speaker mentions of
the quotations resolved to it („er“, „sie“). Output: ``entity_evidence`` — a JSON-ready dict of
evidence items, each ``[value, source, text]``:

- ``gender``: ``f``/``m`` from a first name of the registers („Nancy Faeser“ — never from a
  surname: a one-word name gives none), a title („Frau“, „Herr“), the grammatical gender of a
  role noun („Ministerin“, „Ehefrau“ f; „Minister“ m, weak: the generic masculine also names
  women), or a pronoun the resolver linked to the entity („sie“, „er“);
- ``roles``: the person nouns naming the entity in the article;
- ``parties``: a party in brackets after a mention („Faeser (SPD)“) or in a role compound
  („Grünen-Sprecherin“), or the entity itself when it is a party;
- ``categories``: a coarse speaker category per role, party or organisation name, from the head
  of the compound: the last known morpheme decides („Polizeisprecher“ → police_justice,
  „Wirtschaftsminister“ → government), a generic head („Sprecher“, „Chef“, „Präsident“) takes
  its category from the morpheme before it. The morphemes (``CATEGORY_STEMS``) are few; the
  nouns they classify are all the speaker nouns of ``zitate/data/speaker_nouns.json`` (learnt
  from the Wikinews and SpkAtt training data) and any compound of them. A named organisation of
  ``zitate/data/organisations.json`` („Verdi“, „Deutsche Bahn“) gives its category to its name,
  to a phrase naming it („Mitarbeiterin von Peta“) and to a role compound („Verdi-Sprecher“).

``decide_gender`` turns pooled gender evidence into ``female``/``male``/``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexicons import first_name_gender, is_person_noun, organisation_category

GENDERS = ("female", "male", "unknown")
CATEGORIES = (
    "politics", "government", "police_justice", "science_expert", "business", "civil_society",
    "citizen", "media", "other",
)  # fmt: skip
# Evidence weights: a first name, a title or a feminine noun is strong; a pronoun (the resolver
# may err) and a masculine noun (the generic masculine also names women) are weak.
WEIGHTS = {"first_name": 3, "title": 3, "role_noun": 3, "role_noun_masculine": 1, "pronoun": 1}
TITLES = {"frau": "f", "herr": "m", "herrn": "m"}
PRONOUNS = {"er": "m", "sie": "f"}
NAME_TITLES = {"dr", "dr.", "prof", "prof.", "professor", "professorin", "sir", "dame", "lord"}
# Parties of Germany, Austria and Switzerland and the US ones named by their German nouns; the
# key is how a party appears in a compound or in brackets, the value its name.
PARTIES = {
    "cdu": "CDU", "csu": "CSU", "cdu/csu": "CDU/CSU", "union": "CDU/CSU", "spd": "SPD",
    "fdp": "FDP", "afd": "AfD", "grüne": "Grüne", "grünen": "Grüne", "linke": "Linke",
    "linken": "Linke", "bsw": "BSW", "freie wähler": "Freie Wähler", "övp": "ÖVP",
    "spö": "SPÖ", "fpö": "FPÖ", "neos": "NEOS", "kpö": "KPÖ", "svp": "SVP", "glp": "GLP",
    "republikaner": "Republikaner", "demokraten": "Demokraten", "tories": "Tories",
    "labour": "Labour", "likud": "Likud", "piraten": "Piraten", "ödp": "ÖDP",
}  # fmt: skip
# Morphemes of roles and organisation names -> category (lower case, found inside compounds).
CATEGORY_STEMS = {
    "government": (
        "minister", "kanzler", "regierung", "staatssekretär", "bürgermeister", "senator",
        "landrat", "behörde", "beamt", "botschafter", "diplomat", "gouverneur", "premier",
        "präsident", "staatschef", "beauftragt", "kommission", "ministerium", "kreml",
        "pentagon", "armee", "militär", "general", "soldat", "bundeswehr",
        "feuerwehr", "rettungs", "verwaltung", "amtsinhaber", "geheimdienst", "landesamt",
        "bundesamt", "nachrichtendienst", "staatsschutz", "verfassungsschutz", "oberhaupt",
        "monarch", "könig", "behördenleiter", "amt", "stadt",
        "städtetag", "kommando", "eu-kommissar", "zentralbank", "notenbank", "reserve", "staat",
    ),
    "police_justice": (
        "polizei", "polizist", "kommissar", "ermittler", "staatsanwalt", "bundesanwalt",
        "richter", "gericht", "anwalt", "anwält", "verteidiger", "justiz", "kriminalpolizei",
        "lka", "bka", "ankläger", "justice", "anwaltschaft", "kläger", "jurist",
    ),
    "politics": (
        "politiker", "abgeordnet", "fraktion", "partei", "parlament", "kandidat",
        "generalsekretär", "opposition", "bundestag", "landtag", "stadtrat", "gemeinderat",
        "oppositionell", "wahlkämpfer", "senat",
    ),
    "science_expert": (
        "professor", "wissenschaftler", "forscher", "experte", "expertin", "expert", "ökonom",
        "analyst", "loge", "login", "institut", "universität", "hochschule", "studie", "arzt",
        "ärzt", "mediziner", "historiker", "berater", "beraterin", "statistik", "akademie",
        "forschung", "forschend", "research", "university", "wissenschaft", "college",
        "beobachter",
    ),
    "business": (
        "unternehmer", "manager", "konzern", "vorstand", "geschäftsführer", "firma",
        "unternehmen", "bank", "ceo", "händler", "industrie", "investor", "hersteller",
        "oligarch", "milliardär", "gmbh", "airline", "börse", "bauernverband", "corporation",
        "company", "group", "vermieter", "galerist", "galerie", "zulieferer", "betreiber",
    ),
    "civil_society": (
        "verband", "gewerkschaft", "aktivist", "verein", "organisation", "stiftung",
        "initiative", "kirche", "bischof", "pfarrer", "papst", "kardinal", "priester",
        "imam", "rabbiner", "hilfswerk", "ngo", "menschenrechtler", "umweltschützer",
        "glaubensgemeinschaft", "synode", "synodal", "kirchenamt", "watch", "mietergewerkschaft",
        "kritiker", "vertreter", "bewegung", "komitee",
        "gemeinde", "greenpeace", "amnesty", "caritas", "diakonie", "kreuz", "hilfe",
        "tierschutz", "tierschützer", "menschenrecht", "studierendenvertret",
    ),
    "citizen": (
        "anwohner", "bürger", "augenzeug", "zeuge", "zeugin", "passant", "einwohner",
        "bewohner", "nachbar", "mutter", "vater", "tochter", "sohn", "opfer", "besucher",
        "patient", "schüler", "student", "jährig", "rentner", "angehörig", "betroffen",
        "ehefrau", "ehemann", "witwe", "eltern", "kunde", "kundin", "mieter", "fahrer",
    ),
    "media": (
        "journalist", "reporter", "korrespondent", "redakteur", "zeitung", "sender",
        "agentur", "moderator", "medien", "rundfunk", "magazin", "fernseh", "autor",
        "kolumnist", "blogger", "podcast", "nachrichten", "redaktion", "chefredakt",
        "ressort", "dokumentar", "funk",
    ),
    "other": (
        "trainer", "spieler", "sportler", "künstler", "schauspieler", "sänger", "musiker",
        "regisseur", "athlet", "fußball", "kicker", "torhüter", "weltmeister", "terror", "miliz",
        "terrororganisation",
    ),
}  # fmt: skip
# Heads that name a function in any field: the morpheme before them decides („Polizeisprecher“,
# „Parteichef“); alone, ``GENERIC_DEFAULT`` does (or nothing).
GENERIC_HEADS = (
    "sprecher", "chef", "leiter", "präsident", "vorsitzend", "vorsitzender", "direktor",
    "direktion", "mitglied", "mitarbeiter", "vize", "vertreter", "beauftragt", "beauftragter",
    "sprecherin", "chefin", "leiterin", "präsidentin", "direktorin", "mitarbeiterin",
    "vertreterin", "beauftragte",
)  # fmt: skip
GENERIC_DEFAULT = {
    "präsident": "government", "präsidentin": "government", "beauftragt": "government",
    "chef": "business", "chefin": "business",
    "beauftragte": "government", "beauftragter": "government",
}  # fmt: skip
_STEM_CATEGORY = {
    stem.replace("ß", "ss"): c for c, stems in CATEGORY_STEMS.items() for stem in stems
}  # „Aussenministerium“ in Swiss spelling
# Acronyms of governmental bodies in compounds („Fed-Vizechef“, „CIA-Direktor“).
GOVERNMENT_WORDS = frozenset({"fed", "ezb", "eu", "uno", "un", "nato", "cia", "fbi", "bnd", "who"})
_ENDINGS = ("", "in", "innen", "en", "n", "e", "es", "s", "er", "ern", "ens", "nen", "ung")
# Nominalised adjectives and participles name either gender („die/der Vorsitzende“).
_AMBIGUOUS_ENDINGS = ("nde", "ete", "llte", "ige", "nte", "ene")
_UMLAUTS = str.maketrans("äöü", "aou")
# Outlets and agencies named as speakers: words of their names (compared as whole words).
MEDIA_WORDS = frozenset({
    "reuters", "dpa", "afp", "ap", "nbc", "cnn", "bbc", "abc", "cbs", "ard", "zdf", "orf", "srf",
    "mdr", "ndr", "wdr", "swr", "rbb", "times", "post", "news", "journal", "insider", "tribune",
    "guardian", "daily", "bild", "spiegel", "faz", "taz", "abendblatt", "tagesschau", "focus",
})  # fmt: skip
BUSINESS_WORDS = frozenset({"ag", "se", "gmbh", "inc", "corp", "ltd", "kg", "co"})
# Words that open a relative or other clause after a comma, not an apposition.
_CLAUSE_WORDS = frozenset({
    "der", "die", "das", "dem", "den", "dessen", "deren", "welche", "welcher", "wer", "was",
    "wie", "so", "als", "dass", "weil", "und", "oder", "aber", "denn", "wenn", "ob", "er", "sie",
    "es", "ich", "wir", "man", "wo", "wobei", "nachdem", "während", "seit", "sagte", "sagt",
    "hieß", "heißt", "erklärte", "betonte",
})  # fmt: skip
_BEFORE_APPOSITION = re.compile(r"(?:^|[.;:!?\n„“\",])\s*(?P<phrase>[^.;:!?\n„“\",]{3,90}),\s*$")
# After a mention: an apposition („Marc Olefs, Leiter der Abteilung Klimaforschung bei …“) or an
# affiliation („Johanna Baehr von der Universität Hamburg“), up to the next punctuation.
_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:von|vom|bei|beim|aus|an)\s+(?:der|dem|den)?\s*[„‚»\"]?)"
    r"(?P<phrase>[^,.;:!?()„“\"«»\n]{3,90})"
)
# The next sentence opening with a definite role description („Doch der Aktivist der …“).
_ANAPHOR = re.compile(
    r"[.!?“\"]\s+(?:(?:Doch|Aber|Auch|So|Dann)\s+)?(?:[Dd]er|[Dd]ie)\s+(?:[a-zäöü][\w-]*\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]+)(?P<rest>[^.!?\n]{0,80})"
)
_SENTENCE_END = re.compile(r"[.!?][“\"]?\s")
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w\-]+")
_BRACKET = re.compile(r"\s*\(([^()\d]{2,24})\)")
_WORD_BEFORE = re.compile(r"([A-Za-zÄÖÜäöüßÀ-ÿ][\w.\-]*)\s+$")


def category_of(word: str) -> tuple[str, str] | None:
    """``(category, morpheme)`` of a role noun („Polizeisprecherin“), an organisation name or a
    phrase („Leiter der Abteilung Klimaforschung“), or None. In a phrase the first word that
    has one decides; in a compound its head: the word ends in a morpheme of ``CATEGORY_STEMS``
    (with an inflection ending); a generic head („Sprecher“, „Chef“) takes the morpheme before
    it („Polizei-“), else its default („Präsident“: government) or none. A named organisation
    of ``zitate/data/organisations.json`` among the words decides where it comes first."""
    words = [w.strip('.,;:()„“‚‘"»«') for w in word.replace("\u00ad", "").lower().split()]
    for i, part in enumerate(words):
        if organisation := organisation_category(words[i:]):
            return organisation[0], " ".join(words[i : i + organisation[1]])
        if found := _word_category(part.replace("ß", "ss")):
            return found
    return None


def _word_category(low: str) -> tuple[str, str] | None:
    if not low:
        return None
    generic = _head(low, GENERIC_HEADS)
    if generic is None:
        specific = _head(low, _STEM_CATEGORY)
        return (_STEM_CATEGORY[specific], specific) if specific else None
    modifiers = low[: low.rfind(generic)]
    for part in modifiers.split("-"):
        if part and (organisation := organisation_category([part])):
            return organisation[0], part
    if MEDIA_WORDS & set(modifiers.split("-")):
        return "media", generic
    if GOVERNMENT_WORDS & set(modifiers.split("-")):
        return "government", generic
    found = [(modifiers.rfind(stem) + len(stem), len(stem), stem)
             for stem in _STEM_CATEGORY if stem in modifiers]  # fmt: skip
    if found:
        stem = max(found)[2]
        return _STEM_CATEGORY[stem], stem
    default = GENERIC_DEFAULT.get(generic)
    return (default, generic) if default else None


def _head(low: str, stems) -> str | None:
    """The longest of ``stems`` that ``low`` ends in, give or take an inflection ending."""
    best = None
    for ending in _ENDINGS:
        if ending and not low.endswith(ending):
            continue
        base = low[: len(low) - len(ending)]
        for stem in stems:
            if base.endswith(stem) and (best is None or len(stem) > len(best)):
                best = stem
    return best


def party_of(word: str) -> str | None:
    """The party a bracket, name or compound names: „SPD“, „Grünen-Sprecherin“ -> Grüne."""
    low = word.lower().strip(" .,;:")
    if low in PARTIES:
        return PARTIES[low]
    if "-" in low:
        head = low.split("-", 1)[0]
        return PARTIES.get(head)
    return None


def noun_gender(word: str) -> tuple[str, str] | None:
    """``(gender, source)`` that a person noun gives: ``f``/``role_noun`` for a feminine form
    („Ministerin“, „Ärztin“, „Ehefrau“), ``m``/``role_noun_masculine`` for a masculine one
    („Minister“, „Experte“, „Ehemann“); None for nouns of either gender („Vorsitzende“)."""
    low = word.lower().rsplit("-", 1)[-1]
    if len(low) < 3:
        return None
    if low.endswith("frau"):
        return "f", "role_noun"
    if low.endswith("mann") and not low.endswith("leute"):
        return "m", "role_noun"
    if low.endswith("in") and len(low) > 4:
        stem = low[:-2]
        candidates = {stem, stem + "e", stem.translate(_UMLAUTS), stem.translate(_UMLAUTS) + "e"}
        if any(is_person_noun(c) for c in candidates):
            return "f", "role_noun"
        return None
    if low.endswith(_AMBIGUOUS_ENDINGS) or low.endswith(("leute", "eltern", "kinder")):
        return None
    if is_person_noun(word) and (low.endswith("e") or not low.endswith(("en", "s"))):
        return "m", "role_noun_masculine"
    return None


def first_name(name: str) -> tuple[str, str] | None:
    """``(gender, first name)`` of a full name whose first word (after titles) is a first name
    of the registers; None for a one-word name (a surname may be anyone's)."""
    words = [w for w in name.split() if w.lower() not in NAME_TITLES]
    if len(words) < 2:
        return None
    first = words[0]
    gender = first_name_gender(first)
    if gender is None and "-" in first:
        parts = {first_name_gender(p) for p in first.split("-")}
        gender = parts.pop() if len(parts) == 1 else None
    return (gender, first) if gender else None


def entity_evidence(
    text: str,
    name: str,
    kind: str,
    aliases: Iterable[str],
    mentions: Sequence[tuple[int, int]],
    pronouns: Iterable[str] = (),
) -> dict:
    """The evidence ``text`` gives about one entity (see the module docstring): ``{"gender":
    [[f|m, source, text]], "roles": [...], "parties": [...], "categories": [[category, source,
    text]]}``."""
    gender: list[list[str]] = []
    roles: list[str] = []
    parties: list[str] = []
    categories: list[list[str]] = []
    person = kind == "PER"
    words = [a for a in aliases if a and a[:1].isupper()]
    if len(name.split()) == 1 and is_person_noun(name):  # an entity named by its role
        words.append(name)
    for start, end in mentions:
        before = _WORD_BEFORE.search(text[max(0, start - 60) : start])
        if before:
            word = before.group(1).rstrip(".")
            low = word.lower()
            if person and low in TITLES:
                gender.append([TITLES[low], "title", word])
            elif person and first_name_gender(word) and word not in name:
                gender.append([first_name_gender(word), "first_name", word])
            elif word[:1].isupper() and (
                is_person_noun(word)
                or party_of(word)
                # an organisation's bare name before a person's is no role („DW Boris …“)
                or (category_of(word) and not organisation_category([low]))
            ):
                words.append(word)
        bracket = _BRACKET.match(text, end)
        if bracket and (party := party_of(bracket.group(1))):
            parties.append(party)
        elif (after := _AFTER.match(text, end)) and _apposition(after.group("phrase")):
            _phrase(after.group("phrase"), words, categories)
        if person and (sentence_end := _SENTENCE_END.search(text, end, end + 400)):
            anaphor = _ANAPHOR.match(text, sentence_end.start())
            if anaphor and is_person_noun(anaphor["noun"]) and category_of(anaphor["noun"]):
                phrase = anaphor["noun"] + anaphor["rest"]
                if found := category_of(" ".join(_CAPITALISED.findall(phrase))):
                    categories.append([found[0], "anaphor", phrase.strip()])
        before_phrase = _BEFORE_APPOSITION.search(text[max(0, start - 100) : start])
        if before_phrase and (role_phrase := _from_role(before_phrase.group("phrase"))):
            _phrase(role_phrase, words, categories)
    if person and (found := first_name(name)):
        gender.append([found[0], "first_name", found[1]])
    for word in dict.fromkeys(words):
        if "-" in word and (party := party_of(word)):
            parties.append(party)
        if person and (found := noun_gender(word)):
            gender.append([found[0], found[1], word])
        if is_person_noun(word) or kind != "PER":
            roles.append(word)
        if found := category_of(word):
            categories.append([found[0], "role", word])
    if person:
        gender += [[PRONOUNS[p.lower()], "pronoun", p] for p in pronouns if p.lower() in PRONOUNS]
    elif party_of(name):
        parties.append(party_of(name))
    if person and (first_name(name) or len(name.split()) < 2):
        pass  # a person's name tells nothing of the category
    elif found := _name_category(name):
        categories.append([found, "name", name])
    elif kind == "LOC":  # a country or city that speaks is its government
        categories.append(["government", "place", name])
    categories += [["politics", "party", p] for p in dict.fromkeys(parties)]
    return {
        "gender": gender,
        "roles": list(dict.fromkeys(roles)),
        "parties": list(dict.fromkeys(parties)),
        "categories": categories,
    }


def _apposition(phrase: str) -> bool:
    """Whether ``phrase`` after or before a comma can be an apposition (no clause)."""
    first = phrase.split(maxsplit=1)[0].lower() if phrase.split() else ""
    return bool(first) and first not in _CLAUSE_WORDS


def _from_role(phrase: str) -> str | None:
    """``phrase`` from its first capitalised person noun on („Sprecher des
    US-Aussenministeriums“ of „sagte der Sprecher des US-Aussenministeriums, Matthew Miller“;
    „Bürgermeister von …“ of „So auch der Bürgermeister von …, Joël Niederlaender“), or None."""
    for found in _CAPITALISED.finditer(phrase):
        if is_person_noun(found.group()):
            return phrase[found.start() :]
    return None


def _phrase(phrase: str, words: list[str], categories: list[list[str]]) -> None:
    """The role noun and the category of an apposition or affiliation phrase."""
    capitalised = _CAPITALISED.findall(phrase)
    head = capitalised[0] if capitalised else ""
    if head and (is_person_noun(head) or category_of(head)):
        words.append(head)
    if capitalised and (found := category_of(" ".join(capitalised))):
        categories.append([found[0], "affiliation", phrase.strip()])


def _name_category(name: str) -> str | None:
    tokens = set(re.findall(r"\w+", name.lower()))
    if found := category_of(name):
        return found[0]
    if MEDIA_WORDS & tokens:
        return "media"
    if BUSINESS_WORDS & tokens:
        return "business"
    return None


def decide_gender(evidence: Iterable[Sequence[str]]) -> tuple[str, str]:
    """``(female|male|unknown, reason)`` from pooled ``[f|m, source, text]`` items: the side
    with at least three times the other's weight wins; with strong evidence on both sides, or
    too little difference, or none at all, ``unknown``."""
    score = {"f": 0, "m": 0}
    for value, source, _ in evidence:
        score[value] = score.get(value, 0) + WEIGHTS.get(source, 1)
    f, m = score["f"], score["m"]
    if f == m == 0:
        return "unknown", "no evidence"
    strong = WEIGHTS["first_name"]
    if min(f, m) >= strong:
        return "unknown", f"conflicting evidence (female {f}, male {m})"
    if max(f, m) < 3 * min(f, m):
        return "unknown", f"evidence too close (female {f}, male {m})"
    return ("female" if f > m else "male"), f"female {f}, male {m}"
