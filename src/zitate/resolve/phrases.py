"""Speaker phrases read word by word: head noun, determiner gender, number, source nouns.

Stage: resolve (used by ``zitate.resolve.context``, ``.roles``, ``.resolver`` and ``.document``).
Input: spaCy tokens and spans of an analysed ``Doc`` (STTS tags, lemmas, ``Number``) and
quotation records. Output: plain facts about one speaker phrase — which token heads it
(„Angaben des Generalstabs“ -> „Generalstabs“), the gender its determiner gives a role
(„die Ministerin“ -> ``f``), whether a noun is plural, which source a compound source noun names
(„US-Angaben“ -> „US“) — and the word lists these rules read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS as FINITE
from ..quotes.speaker_nouns import (
    MIN_PARTICIPLE,
    PARTICIPLE_ENDINGS,
    PERSON_ENDINGS,
    all_speaker_nouns,
)
from ..quotes.speakers import owner_determiner
from .declension import declines
from .lexicons import is_person_noun, is_person_plural, is_speaker_noun
from .mentions import ORG_ENDINGS

PRONOUNS = {"er": "m", "sie": "f"}
# Nouns that bring in an unnamed person („Der Mann veröffentlicht regelmäßig …“) with the gender
# a later „er“ / „sie“ has: such a subject between a named person and the pronoun is the
# pronoun's antecedent, and it names no one.
UNNAMED_PERSONS = {
    "Mann": "m", "Täter": "m", "Junge": "m", "Unbekannte": "m", "Unbekannter": "m",
    "Frau": "f", "Täterin": "f", "Person": "f",
}  # fmt: skip
# The grammatical gender a determiner gives a singular role phrase in the nominative (a speaker):
# „der Chef“, „eine Comicbiene“, „das Kind“; „ein“, „sein“ are masculine or neuter.
ARTICLE_GENDER = {
    "der": "m", "dieser": "m", "jener": "m", "jeder": "m",
    "die": "f", "diese": "f", "jene": "f", "jede": "f", "eine": "f", "keine": "f",
    "seine": "f", "ihre": "f", "unsere": "f",
    "das": "n", "dieses": "n", "jedes": "n",
}  # fmt: skip
# Statements themselves name no speaker („liefert eine Erklärung: …“, „in einer Mitteilung“).
STATEMENT_NOUNS = frozenset(
    {"Erklärung", "Mitteilung", "Pressemitteilung", "Stellungnahme", "Statement"}
)
# Nouns that introduce a source in „nach Angaben des Sprechers“, „nach Ansicht der Partei“.
SOURCE_NOUNS = frozenset(
    {"Angabe", "Ansicht", "Auffassung", "Meinung", "Einschätzung", "Aussage", "Wort", "Bericht"}
)
# Heads of speaker phrases that name no one: „libanesischen Angaben“, „den Recherchen“.
NOT_ENTITIES = (
    SOURCE_NOUNS
    | frozenset(
        {
            "Recherche",
            "Recherchen",
            "Information",
            "Informationen",
            "Quelle",
            "Schätzung",
            "Berechnung",
            "Berechnungen",
            "Erkenntnis",
            "Erkenntnissen",
            "Darstellung",
            "Angaben",
            "Berichten",
            "Ankündigung",
            "Ankündigungen",
            "Studie",
            "Untersuchung",
            "Umfrage",
            "Umfragen",
            "Prognose",
            "Urteil",  # „Laut einem Urteil des höchsten Gerichts“: the court's
        }
    )
    | STATEMENT_NOUNS
)
INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "mehrere", "zwei"})
SPOKESPERSON = ("sprecher", "pressesprecher")
# Nouns of members who speak for their organisation when it is named with them („ein Mitarbeiter
# des baden-württembergischen Innenministeriums“, „Vertreter der Stadt“, „Beamte der
# Bundespolizei“): the organisation is the speaker.
MEMBERS = (
    "mitarbeiter", "mitarbeiterin", "mitarbeitern", "mitarbeiterinnen", "vertreter",
    "vertreterin", "vertretern", "vertreterinnen", "beamte", "beamten", "beamter", "beamtin",
    "beamtinnen", "angestellte", "angestellten", "angestellter",
    "reporter", "reporterin", "korrespondent", "korrespondentin",  # „ein Reporter des Senders“
)  # fmt: skip
# Nouns of those who lead or fight for an organisation and speak for it when it is named in a
# genitive after them („der Chef der Gruppe Fursan al-Hak“, „Rebellen der FSA“): unnamed, they
# are the organisation (the gold convention: an unnamed spokesperson or chief of an organisation
# is that organisation); a compound prefix („CDU-Chef“) names no organisation for them.
CHIEFS = frozenset(
    {"chef", "chefin", "anführer", "anführerin", "kommandeur", "kommandant", "rebellen", "kämpfer"}
)
# Generic nouns of a body that its name may follow without quotation marks („ein Sprecher der
# Gruppe Erste Küstendivision“, „die Organisation Ärzte ohne Grenzen“).
NAMED_BODIES = frozenset({"gruppe", "organisation", "miliz", "partei", "bewegung", "initiative"})
SINGULAR_DETERMINERS = frozenset({"des", "dem", "eines", "einem", "einen", "der", "dieses"})
# Organisation nouns that name no organisation by themselves („die Partei“, „die Armee“): they
# stand for the organisation of that kind named before, or for none.
GENERIC_ORGS = frozenset(ORG_ENDINGS) - {"polizei", "feuerwehr", "kreml", "vatikan", "bundestag"}
SKIP_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PIDAT", "PDAT", "CARD", "APPR", "APPRART"})


def speaker_head(span: Span) -> int | None:
    """Token index of the head noun or name of a speaker phrase (determiners, adjectives,
    prenominal genitives „Italiens“, source nouns „Angaben des“ and the first half of a
    coordinated noun „Klima- und“ skipped)."""
    i = span.start
    while i < span.end:
        tok = span.doc[i]
        nxt = span.doc[i + 1] if i + 1 < span.end else None
        if nominalised(tok, nxt):
            return i  # „der 42-Jährige“, „die Grüne“ (tagged as adjectives)
        if tok.tag_ in SKIP_TAGS or tok.is_punct:
            i += 1
        elif tok.tag_ == "TRUNC" and nxt is not None and nxt.tag_ == "KON":
            i += 2  # „Die Klima- und Energieexpertin …“: the first half of a coordinated noun
        elif owner_determiner(span.doc, i, span.end):
            i += 1  # „deren Sozialsprecher Herbert Kickl“
        elif tok.tag_ == "TRUNC" and nxt is not None and nxt.tag_ == "KON":
            i += 2  # „Die Klima- und Energieexpertin …“: the noun the truncated part joins
        elif tok.tag_ == "ADV" and nxt is not None and nxt.tag_ == "ADJA" and i > span.start:
            i += 1  # „einem kürzlich ergangenen Urteil“: the adverb of an adjective
        elif measure_noun(span, i):
            i += 1  # „der 35 Jahre alte Aufbauspieler“: „Jahre“ measures the adjective
        elif source_noun(tok) and nxt is not None and nxt.lower_ in ("von", "vom"):
            i += 2  # „Angaben von Vertretern deutscher Nachrichtendienste“
        elif source_noun(tok) and nxt is not None and nxt.tag_ in ("ART", "ADJA", "NE", "NN"):
            i += 1  # „Angaben des Generalstabs“, „Erkenntnissen westlicher Behörden“
        elif prenominal_genitive(tok, nxt):
            if source_noun(nxt) and nxt.i + 1 == span.end:
                return i  # „Zschäpes Erklärung“: whose statement it is
            i += 1  # „Italiens Ministerpräsident …“, „Spectors Verteidiger …“
        else:
            return i if tok.tag_ in ("NN", "NE", "FM", "PIS", "PDS") else None
    return None


def measure_noun(span: Span, i: int) -> bool:
    """A noun between a number and an adjective that it measures („35 Jahre alte“, „drei Meter
    hohe“): no head of the phrase."""
    doc = span.doc
    return (
        doc[i].tag_ == "NN"
        and i > span.start
        and doc[i - 1].tag_ == "CARD"
        and i + 1 < span.end
        and doc[i + 1].tag_ == "ADJA"
    )


def nominalised(tok, nxt) -> bool:
    """A capitalised adjective inside a sentence with no noun after it: a noun („der
    42-Jährige“)."""
    last_part = tok.text.rsplit("-", 1)[-1]  # „42-Jährige“
    if tok.tag_ != "ADJA" or not last_part[:1].isupper() or tok.is_sent_start:
        return False
    return nxt is None or nxt.tag_ not in ("NN", "NE", "ADJA")


# First parts of a compound source noun that name the channel, not who speaks („Online-Erklärung“,
# „Video-Botschaft“, „Presse-Erklärung“).
CHANNEL_WORDS = frozenset(
    {"online", "internet", "web", "video", "telefon", "presse", "radio", "tv", "fernseh", "live",
     "mail", "e-mail", "social-media", "schriftlich"}
)  # fmt: skip


def compound_source(word: str) -> str | None:
    """The first part of a compound whose last part is a source noun, capitalised, where it
    names the source: „US-Angaben“ -> „US“, „Abendblatt-Informationen“ -> „Abendblatt“,
    „Medienberichten“ -> „Medien“, „Polizeiangaben“ -> „Polizei“; else None (also for a channel:
    „Online-Erklärung“)."""
    if "-" in word:
        first, _, last = word.rpartition("-")
        if first.lower() in CHANNEL_WORDS:
            return None
        if last in NOT_ENTITIES or last.capitalize() in NOT_ENTITIES:
            return first if first[:1].isupper() and len(first) > 1 else None
        return None
    low = word.lower()
    for noun in NOT_ENTITIES:
        if low.endswith(noun.lower()) and len(low) - len(noun) >= 4:
            first = word[: len(word) - len(noun)]
            if first.endswith("s") and not first.endswith("ss"):
                first = first[:-1]  # the linking „s“ of „Regierungsangaben“
            return first
    return None


DISTRICTS = ("landkreis", "stadtkreis", "wahlkreis")  # administrative units, not circles


def circles_noun(token) -> str | None:
    """The group a compound of „Kreise“ names as a source („aus Polizeikreisen“, „In
    Sicherheitskreisen wird nicht ausgeschlossen, dass …“, „Regierungskreise“): the compound in
    the nominative plural („Sicherheitskreise“, „EU-Kreise“ after a short first part with its
    hyphen); None for any other word („Kreisen“ alone, „in den Landkreisen“)."""
    word = token.text
    low = word.lower()
    if not word[:1].isupper() or token.tag_ not in ("NN", "NE"):
        return None
    if low.startswith(DISTRICTS):
        return None  # „in den Landkreisen“: districts, no circles
    for ending in ("kreisen", "kreise"):
        first = low[: -len(ending)]
        if low.endswith(ending) and (len(first) >= 4 or (len(first) >= 3 and first[-1] == "-")):
            return word[:-1] if ending == "kreisen" else word
    return None


# Word parts of nouns for studies and reports that someone brought out („der Studie zufolge“,
# „Den Recherchen zufolge“, „eine neue Modellierung“, „Ein Rechercheverbund“).
STUDY_PARTS = (
    "studie", "untersuchung", "umfrage", "analyse", "recherche", "modellierung", "hochrechnung",
    "erhebung", "gutachten", "auswertung", "bericht",
)  # fmt: skip


def study_noun(word: str) -> bool:
    """A noun for a study or report, also in a compound („Modellierungsstudie“,
    „Rechercheverbund“, „ForuM-Studie“); no noun for persons that contains such a part
    („Studierende“, „Berichterstatter“, „Studienleiterin“)."""
    low = word.lower()
    if not word[:1].isupper() or not any(part in low for part in STUDY_PARTS):
        return False
    person = low.endswith(PERSON_ENDINGS) or (
        low.endswith(PARTICIPLE_ENDINGS) and len(low) >= MIN_PARTICIPLE
    )  # by its form: the lexicon also holds „Bericht“ and „Umfrage“ as speaker nouns
    return not (person or is_person_plural(word))


def introduced(tok) -> bool:
    """Whether a noun brings in something new: an indefinite article or none before it,
    adjectives and adverbs between („eine neue Modellierung“, „Ein Rechercheverbund“)."""
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].tag_ in ("ADJA", "ADV", "ADJD"):
        i -= 1
    if i < tok.sent.start or tok.doc[i].tag_ not in ("ART", "PDAT", "PPOSAT", "APPRART"):
        return True
    return tok.doc[i].lower_ in INDEFINITE


def source_noun(tok) -> bool:
    """A noun that names where a statement comes from („Angaben“, „Recherchen“, „Bericht“)."""
    return tok.lemma_ in SOURCE_NOUNS or tok.lemma_ in NOT_ENTITIES or tok.text in NOT_ENTITIES


def prenominal_genitive(tok, nxt) -> bool:
    """„Italiens“ / „Spectors“ before a noun („Spectors Verteidiger“); tagged NE or NN."""
    capital = tok.text[:1].isupper() and tok.text.endswith("s")
    return capital and tok.tag_ in ("NE", "NN") and nxt is not None and nxt.tag_ == "NN"


CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PWAV"})  # „weil“, „die“, „wo“: a verb-final clause


def plural_cue(doc: Doc, quote: dict) -> bool:
    """Whether the quotation's cue verb is plural („betonen“, „warnten“)."""
    for start, end in (quote.get("cue") or {}).get("spans", []):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any("Plur" in t.morph.get("Number") for t in span):
            return True
    return False


def plural_verb(token) -> bool:
    """Whether the finite verb agreeing with the subject pronoun ``token`` („sie“) is plural: the
    verb right after it („Sie fürchten massive Nachteile“), right before it („also pochen sie
    darauf“), or, after a conjunction, the one ending its clause („weil sie langfristig
    denken“); False where no finite verb tells."""
    doc = token.doc
    if any(0 <= i < len(doc) and doc[i].tag_ in FINITE for i in (token.i + 1, token.i - 1)):
        return plural_verb_next(doc[token.i : token.i + 1])
    if token.i == 0 or doc[token.i - 1].tag_ not in CLAUSE_OPENERS:
        return False
    last = None
    for other in doc[token.i + 1 : token.sent.end]:
        if other.is_punct:
            break
        if other.tag_ in FINITE:
            return "Plur" in other.morph.get("Number")
        last = other
    # a clause ending in an infinitive form without finite verb: the tagger took the plural
    # for the infinitive it spells („weil sie langfristig denken“)
    return last is not None and last.tag_ == "VVINF"


def weak_form(adjective: str) -> str:
    """An attributive adjective in its nominative weak form, one spelling for every case
    („israelischen“, „israelischer“, „israelisches“ -> „israelische“); an invariable one of a
    place as it is („Schweizer“)."""
    if not declines(adjective):
        return adjective
    for ending in ("en", "er", "es", "em"):
        if adjective.endswith(ending) and len(adjective) > 4:
            return adjective[: -len(ending)] + "e"
    return adjective


def affiliation(role: str) -> str | None:
    """The party, country or organisation a role compound or alias names in capitals: „CDU“
    of „CDU-Spitzenkandidat“, „US“ of „US-Präsident“, „ÖVP“ itself; else None."""
    first = role.rsplit("-", 1)[0] if "-" in role else role
    upper = sum(c.isupper() for c in first)
    return first if upper >= 2 and first.isalpha() and len(first) <= 6 else None


def determiner_gender(span: Span, determiner: str) -> str | None:
    """The gender the determiner gives a role phrase: „der“ after a preposition is a dative
    feminine („laut der Ministerin“), else as ``ARTICLE_GENDER`` says."""
    before = span.doc[span.start - 1] if span.start else None
    if determiner == "der" and before is not None and before.tag_ in ("APPR", "APPRART"):
        return "f"
    return ARTICLE_GENDER.get(determiner)


def noun_gender(role: str) -> str | None:
    """„f“ for a feminine person noun („Ministerin“, „Sprecherin“), else None."""
    return "f" if role.endswith("in") and is_speaker_noun(role) else None


def weak_masculine(role: str, gender: str | None) -> bool:
    """A masculine noun in „-e“ after a nominative „der“ that headed a speaker in the training
    data („der Franzose“, „der Kollege“, „der Zeuge“): such a weak noun names a person, though
    too few speakers had it to make it a speaker noun of the lexicon."""
    return gender == "m" and role.endswith("e") and role.lower() in all_speaker_nouns()


def role_kind(role: str, quote: dict, doc: Doc, token=None, span: Span | None = None) -> str:
    """„ORG“ for an organisation noun, „GROUP“ for persons in the plural (the cue, the noun's
    form or the finite verb next to the phrase says so), else „PER“."""
    if role.lower().endswith(ORG_ENDINGS):
        return "ORG"
    plural = plural_cue(doc, quote) or plural_noun(token)
    return "GROUP" if plural or (span is not None and plural_verb_next(span)) else "PER"


def plural_verb_next(span: Span) -> bool:
    """Whether the finite verb right after the phrase („Die Menschenrechtler nennen …“) or,
    in inverted order, right before it („… teilten die Forscher mit“) is plural: the phrase is
    its plural subject."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    for verb in (after, before):
        if verb is not None and verb.tag_ in FINITE:
            return "Plur" in verb.morph.get("Number")
    return False


def bare_participle(token) -> bool:
    """A nominalised participle without article is plural („Mitarbeitende berichten“; the
    singular has an ending of its own: „ein Mitarbeitender“)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].tag_ == "ADJA":
        i -= 1
    bare = i < 0 or token.doc[i].tag_ not in ("ART", "PPOSAT", "PIAT", "PDAT")
    return bare and token.lower_.endswith("ende") and is_person_noun(token.text)


def plural_noun(token) -> bool:
    """A noun in a plural form its lemma does not have („Vertretern“, „Behörden“), not after a
    singular determiner, adjectives between („des Experten“, „eines leitenden Beamten“)."""
    if token is None or token.i == 0:
        return False
    i = token.i - 1
    while i > 0 and token.doc[i].tag_ == "ADJA":
        i -= 1
    if token.doc[i].lower_ in SINGULAR_DETERMINERS:
        return False
    text, lemma = token.text, token.lemma_
    return text != lemma and text.endswith("n") and not lemma.endswith("n")


# Determiners and indefinite pronouns that bring in someone new of one gender: „ein Polizist“,
# „eine Anwohnerin“, „einer der beiden (Männer)“.
INDEFINITE_GENDER = {"ein": "m", "eine": "f", "einer": "m"}
PARTITIVE = frozenset({"der", "des", "von", "aus"})  # „einer der beiden“, „eine von ihnen“


def someone_new(sent: Span, before: int) -> list[tuple[Span, str]]:
    """The unnamed persons ``sent`` brings in as a subject before token ``before``, with the
    gender their determiner gives: a phrase of an indefinite article and a person noun that
    opens the sentence before its finite verb („Ein Polizist sagte …“; not „Eine Präsidentin,
    die …, ist …“, said of anyone) or follows a
    finite verb and ends its clause („…, knurrt ein Polizist.“: the frame of a statement);
    an indefinite pronoun opening it before a partitive („Und einer der beiden nimmt …“). In
    text order."""
    doc, found = sent.doc, []
    first = sent.start
    while first < sent.end and doc[first].tag_ in ("KON", "$(", "$,"):
        first += 1
    for i in range(sent.start, min(sent.end, before)):
        word = doc[i]
        gender = INDEFINITE_GENDER.get(word.lower_)
        if gender is None:
            continue
        after = doc[i + 1] if i + 1 < sent.end else None
        if word.tag_ == "PIS" and i == first and after is not None and after.lower_ in PARTITIVE:
            found.append((doc[i : i + 1], gender))
            continue
        if word.tag_ != "ART" or not (i == first or doc[i - 1].tag_ in FINITE):
            continue
        j = i + 1
        while j < sent.end and doc[j].tag_ in ("ADJA", "ADJD", "ADV"):
            j += 1
        if j >= min(sent.end, before) or doc[j].tag_ != "NN":
            continue
        noun = doc[j]
        if not (is_person_noun(noun.text) or noun.text in UNNAMED_PERSONS):
            continue
        nxt = doc[j + 1] if j + 1 < sent.end else None
        closed = nxt is None or nxt.tag_ in ("$.", "$,")
        if (i == first and nxt is not None and nxt.tag_ in FINITE) or (i != first and closed):
            found.append((doc[i : j + 1], gender))
    return found
