"""Disputes stage, its lexicon: the words that make a statement a denial, contradiction or
confirmation, and the nouns by which a denial names the claim it answers.

Input: nothing (data). Output: a frozen ``DisputeLexicon`` behind a versioned registry name
(spaCy's ``registry.misc``), so a user may register and pass another one. The verbs extend
``zitate.quotes.denials.DISPUTE_VERBS`` (the attribution model's own list) with verbs of rebuttal
(„entgegnete“, „konterte“) and of confirmation („räumte ein“, „bestätigte“); the judgements
(„falsch“, „haltlos“, „frei erfunden“, „Lüge“) make a sentence a denial when they are said of a
claim („Das sei falsch“, „nannte die Vorwürfe haltlos“). ``zitate.dispute_lexicon.v2`` is
``v1`` with verbs of doubt and protest („bezweifelt“, „protestiert“), the judgement
„grundlos“, words of truth that deny when negated („Das stimmt nicht“) and evidence that
contradicts when missing („Dafür fehlten belastbare Studien“). ``zitate.dispute_lexicon.v3`` is
``v2`` with more names of what was said („die Erklärung“, „die Einschätzung“, „die
Anschuldigungen“), condemnations said of it („sprach von einem Verstoß gegen das Völkerrecht“,
„Das ist eine Kampagne“). ``zitate.dispute_lexicon.v4`` (the default) is ``v3`` with predicates
that judge a claim only when said of it („Das ist reine Spekulation“, „Diese Meldungen sind ein
Blödsinn“, „Die Behauptung … ist unmöglich“) and verbs of lacking that deny („Die Vorwürfe
entbehren jeder Grundlage“), „sieht das anders“, and „Kritik“ or „Bericht“ that fit what a
document says („…, heißt es in dem Bericht“); ``v1`` to ``v3`` stay registered unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.util import registry

from ..quotes.denials import DISPUTE_VERBS

LEXICON_NAME = "zitate.dispute_lexicon.v4"
LEXICON_V3 = "zitate.dispute_lexicon.v3"
LEXICON_V1 = "zitate.dispute_lexicon.v1"
LEXICON_V2 = "zitate.dispute_lexicon.v2"

# lemma, or lemma + separated particle -> relation type
VERBS = dict(DISPUTE_VERBS) | {
    "entgegnen": "contradicts", "kontern": "contradicts", "zurückweisen": "denies",
    "leugnen": "denies", "dementieren": "denies", "widerlegen": "contradicts",
    "einräumen": "confirms", "räumen+ein": "confirms", "bestätigen": "confirms",
    "eingestehen": "confirms", "gestehen+ein": "confirms", "zugeben": "confirms",
    "geben+zu": "confirms",
}  # fmt: skip
# v2: doubting or protesting against what another said contradicts it
VERBS_V2 = VERBS | {
    "bezweifeln": "contradicts",
    "anzweifeln": "contradicts",
    "zweifeln+an": "contradicts",
    "protestieren": "contradicts",
}
# nouns that name a denial or a confirmation („Dementi“, „Widerspruch“)
NOUNS = {
    "dementi": "denies", "zurückweisung": "denies", "widerspruch": "contradicts",
    "gegendarstellung": "contradicts", "richtigstellung": "contradicts",
    "bestätigung": "confirms", "eingeständnis": "confirms",
}  # fmt: skip
# judgements of a claim: said of it („Das ist eine Lüge“, „nannte die Vorwürfe haltlos“)
JUDGEMENTS = frozenset({
    "falsch", "haltlos", "erfunden", "lüge", "lügen", "unwahr", "unsinn", "absurd", "unzutreffend",
    "frei erfunden", "verleumdung", "fake", "propaganda", "falschbehauptung", "gegenstandslos",
    "wahrheitswidrig", "unbegründet", "erlogen",
})  # fmt: skip
JUDGEMENTS_V2 = JUDGEMENTS | {"grundlos"}
# v2: words of truth and support that, negated, deny a claim („Das stimmt nicht“, „nicht gedeckt“)
TRUTHS = frozenset({
    "stimmen", "richtig", "wahr", "zutreffend", "korrekt", "belegt", "gedeckt", "haltbar",
    "nachweisbar", "bewiesen",
})  # fmt: skip
# v2: evidence that, missing, contradicts a claim („Dafür fehlten belastbare Studien“)
EVIDENCE = frozenset({"beleg", "beweis", "studie", "nachweis", "anhaltspunkt", "grundlage"})
# nouns by which a denial names what it answers -> the cue lemmas of statements they fit
CLAIM_NOUNS = {
    "bericht": ("berichten", "melden", "schreiben", "bericht", "laut"),
    "berichte": ("berichten", "melden", "schreiben", "bericht"),
    "meldung": ("melden", "berichten", "meldung"),
    "zeitungsbericht": ("berichten", "melden", "schreiben"),
    "vorwurf": ("vorwerfen", "werfen", "beschuldigen", "vorwurf", "kritisieren"),
    "vorwürfe": ("vorwerfen", "werfen", "beschuldigen", "vorwurf", "kritisieren"),
    "anschuldigung": ("vorwerfen", "werfen", "beschuldigen"),
    "kritik": ("kritisieren", "kritik", "verurteilen", "erklären", "rügen"),
    "darstellung": ("erklären", "angeben", "darstellen", "sagen", "behaupten", "melden",
                    "mitteilen", "berichten", "angabe"),
    "angabe": ("angeben", "angabe", "erklären", "mitteilen", "melden"),
    "behauptung": ("behaupten", "sagen", "erklären"),
    "aussage": ("sagen", "erklären", "äußern", "aussage"),
}  # fmt: skip
# v3: more names of what was said („die Erklärung“, „die Einschätzung der Kommission“, „die
# Anschuldigungen“, „Spekulationen“) -> the cue lemmas of statements they fit
CLAIM_NOUNS_V3 = CLAIM_NOUNS | {
    "erklärung": ("erklären", "heißen", "mitteilen", "erklärung", "verurteilen"),
    "stellungnahme": ("erklären", "heißen", "mitteilen", "stellungnahme"),
    "mitteilung": ("mitteilen", "heißen", "erklären", "mitteilung"),
    "einschätzung": ("einschätzen", "einschätzung", "sehen", "erklären", "mitteilen", "werfen",
                     "vorwerfen", "kritisieren"),
    "äußerung": ("äußern", "sagen", "erklären"),
    "beschuldigung": ("beschuldigen", "vorwerfen", "werfen"),
    "unterstellung": ("unterstellen", "vorwerfen", "werfen"),
    "anschuldigung": ("vorwerfen", "werfen", "beschuldigen", "anschuldigen"),
    "spekulation": ("spekulieren", "berichten", "melden", "vermuten"),
    "gerücht": ("berichten", "melden", "spekulieren", "heißen"),
    "berichterstattung": ("berichten", "melden", "schreiben", "bericht"),
    "schilderung": ("schildern", "berichten", "erzählen", "sagen"),
    "version": ("darstellen", "schildern", "sagen", "erklären", "berichten"),
    "vorhaltung": ("vorhalten", "vorwerfen", "werfen"),
}  # fmt: skip
# v3: what a statement is called when it is condemned as wrongdoing („sprach von einem Verstoß
# gegen das Völkerrecht“, „nannte das Vorgehen Piraterie“): said of a claim or an act, it
# contradicts the account of it
CONDEMNATIONS = frozenset({
    "verstoß", "rechtsbruch", "völkerrechtsbruch", "piraterie", "willkür", "provokation",
    "verleumdung", "diffamierung", "hetze", "falschdarstellung", "desinformation",
    "rufmord", "hexenjagd", "schmutzkampagne", "kampagne", "unterstellung", "verdrehung",
    "inszenierung", "täuschung", "vorwand",
})  # fmt: skip
# v4: a verb with an adverb of manner sets the statement against what was said („Der
# Mieterbund sieht das anders“)
VERBS_V4 = VERBS_V2 | {"sehen+anders": "contradicts"}
# v4: „Kritik“, „Bericht“ and „Darstellung“ are also what a document says („…, heißt es
# in dem Bericht“)
CLAIM_NOUNS_V4 = CLAIM_NOUNS_V3 | {
    noun: (*CLAIM_NOUNS_V3[noun], "heißen")
    for noun in ("kritik", "bericht", "berichte", "darstellung")
}
# v4: the nouns of accusation name one another's statement: „Anschuldigungen“ of „Der Vorwurf
# Sardanas: …“
CLAIM_NOUNS_V4 |= {
    noun: (*CLAIM_NOUNS_V3[noun], "vorwurf")
    for noun in ("anschuldigung", "beschuldigung", "unterstellung", "vorhaltung")
}
# v4: verbs of admission: a speaker confirms something about himself („räumte ein, dass die
# Stadt hinter ihren Zielen zurückgeblieben sei“), the claim of another only when it is named or
# made about him — not the statement just before
ADMISSIONS = frozenset({
    "einräumen", "räumen+ein", "eingestehen", "gestehen+ein", "zugeben", "geben+zu",
})  # fmt: skip
# v4: „Das entspricht nicht den Tatsachen“ denies as „Das stimmt nicht“ does; „aus der Luft
# gegriffen“ judges as „frei erfunden“ does (the two words, checked as a pair)
TRUTHS_V4 = TRUTHS | {"entsprechen"}
JUDGEMENTS_V4 = JUDGEMENTS_V2 | {"luft gegriffen"}
# v4: nouns of a formula of denial that, negated by „kein“ before a form of „sein“, say that the
# claim is not the case: „Von einer Einkesselung könne keine Rede sein“
FORMULAS = frozenset({"rede"})
# v4: predicates that judge a claim only as the predicate of one („Das ist reine Spekulation“,
# „Diese ganzen Meldungen sind ein Blödsinn“, „Die Behauptung, dass …, ist unmöglich“) — not as
# words of their own („Spekulationen über einen Rücktritt“, „Es ist unmöglich, alle zu retten“)
PREDICATES = frozenset({
    "spekulation", "blödsinn", "quatsch", "schwachsinn", "humbug", "märchen", "mumpitz",
    "nonsens", "hirngespinst", "falschmeldung", "unmöglich", "gelogen", "verleumderisch",
    "irreführend", "einseitig", "voreingenommen", "unhaltbar", "tendenziös", "verzerrt",
})  # fmt: skip
# verbs of lacking -> the relation when a claim lacks evidence: „Dafür fehlten belastbare
# Studien“ contradicts; v4: „Die Vorwürfe entbehren jeder Grundlage“ is a formula of denial
LACKING = {"fehlen": "contradicts"}
LACKING_V4 = LACKING | {"entbehren": "denies", "mangeln": "contradicts"}
# words that point back at the claim answered („das“, „diese Darstellung“, „Beides“)
ANAPHORA = frozenset({"das", "dies", "diese", "dieser", "dieses", "beides", "es", "er", "sie"})


@dataclass(frozen=True)
class DisputeLexicon:
    """The word lists the disputes stage reads (see the module docstring)."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    judgements: frozenset[str]
    claim_nouns: dict[str, tuple[str, ...]]
    truths: frozenset[str] = frozenset()
    evidence: frozenset[str] = frozenset()
    condemnations: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()
    lacking: dict[str, str] = field(default_factory=lambda: dict(LACKING))
    admissions: frozenset[str] = frozenset()
    formulas: frozenset[str] = frozenset()


@registry.misc.register(LEXICON_V1)
def dispute_lexicon_v1() -> DisputeLexicon:
    """The German dispute lexicon, version 1."""
    return DisputeLexicon(VERBS, NOUNS, JUDGEMENTS, CLAIM_NOUNS)


@registry.misc.register(LEXICON_V2)
def dispute_lexicon_v2() -> DisputeLexicon:
    """The German dispute lexicon, version 2: version 1 with doubt, protest, „grundlos“, negated
    truth („stimmt nicht“) and missing evidence („Dafür fehlten … Studien“)."""
    return DisputeLexicon(VERBS_V2, NOUNS, JUDGEMENTS_V2, CLAIM_NOUNS, TRUTHS, EVIDENCE)


@registry.misc.register(LEXICON_V3)
def dispute_lexicon_v3() -> DisputeLexicon:
    """The German dispute lexicon, version 3: version 2 with more names of what was said
    („Erklärung“, „Einschätzung“, „Anschuldigungen“), condemnations said of it („sprach von einem
    Verstoß gegen das Völkerrecht“, „Das ist eine Kampagne“)."""
    return DisputeLexicon(
        VERBS_V2, NOUNS, JUDGEMENTS_V2, CLAIM_NOUNS_V3, TRUTHS, EVIDENCE, CONDEMNATIONS
    )


@registry.misc.register(LEXICON_NAME)
def dispute_lexicon_v4() -> DisputeLexicon:
    """The German dispute lexicon, version 4: version 3 with predicates said of a claim („Das ist
    reine Spekulation“, „ein Blödsinn“), „entbehrt jeder Grundlage“ as a denial, „sieht das
    anders“ as a contradiction, „Kritik“ or „Bericht“ that a document's „heißt es“ states, and
    „Davon kann keine Rede sein“, „entspricht nicht den Tatsachen“ and „aus der Luft gegriffen“
    as denials."""
    return DisputeLexicon(
        VERBS_V4, NOUNS, JUDGEMENTS_V4, CLAIM_NOUNS_V4, TRUTHS_V4, EVIDENCE, CONDEMNATIONS,
        PREDICATES, LACKING_V4, ADMISSIONS, FORMULAS,
    )  # fmt: skip


def get_lexicon(name: str = LEXICON_NAME) -> DisputeLexicon:
    """The lexicon registered as ``name``."""
    return registry.misc.get(name)()


# verbs whose passive states a claim without a speaker: an accusation („Ihm werden … vorgeworfen“),
# a justification („Begründet wird das Vorhaben mit …“), an impersonal report („wurde berichtet“)
UNSAID_VERBS = frozenset({
    "vorwerfen", "vorhalten", "unterstellen", "beschuldigen", "begründen", "rechtfertigen",
    "behaupten", "berichten",
})  # fmt: skip
# nouns of accusation or rumour that make a passive sentence state a claim („wurden … wegen des
# Vorwurfs von Schwerverbrechen festgenommen“, „Gerüchte über Plünderungen wurden … verbreitet“)
UNSAID_NOUNS = frozenset({
    "vorwurf", "vorwürfe", "verdacht", "anschuldigung", "beschuldigung", "gerücht", "gerüchte",
    "behauptung",
})  # fmt: skip
# such a noun makes the passive a claim only as its reason („wegen des Vorwurfs …“, „unter dem
# Verdacht …“) or with a verb that puts the claim about („Vorwürfe wurden erhoben“, „… verbreitet“)
UNSAID_REASONS = frozenset({"wegen", "unter", "aufgrund"})
UNSAID_ASSERTING = frozenset({"erheben", "verbreiten", "äußern", "kursieren"})
# a speaker mention opening with a negation names no one: „keine Gefahr“ read as the subject of
# „Von diesen Leuten geht keine Gefahr aus“, „Niemand“
NOBODY = frozenset({
    "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "niemand", "nichts",
})  # fmt: skip
# verbs of demanding or proposing: what they tell asks for an act and states no fact, so that
# rejecting it („Die SPÖ hat dies als wirkungslos zurückgewiesen“) refuses and denies nothing
DEMANDS = frozenset({
    "fordern", "vorschlagen", "verlangen", "anregen", "beantragen", "plädieren", "appellieren",
    "aufrufen", "auffordern", "empfehlen", "anbieten",
})  # fmt: skip
# a continuation opening with one of these adds an argument of its own („Zudem würden
# Feuerwehr-Beamte … mehr arbeiten“): it answers no claim the denial answered
ADDITIVE = frozenset({"zudem", "außerdem", "ferner", "überdies", "darüber"})
# the endings of a role that speaks for or heads the body named beside it („Sprecher von Polizei
# und Innenministerium“, „Kommissionssprecherin“, „Fed-Vizechef“): its holder is of that side
MEMBER_ROLES = (
    "sprecher", "sprecherin", "chef", "chefin", "präsident", "präsidentin", "vorsitzende",
    "vorsitzender", "direktor", "direktorin", "leiter", "leiterin", "minister", "ministerin",
    "mitglied", "generalsekretär", "generalsekretärin", "beauftragte", "beauftragter",
)  # fmt: skip
