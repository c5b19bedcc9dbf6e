"""Speaker noun phrases from STTS tags: the subject of a sentence or of a cue verb.

Stage: quotation attribution (roles). Input: a ``Doc`` with STTS ``tag_`` (an untagged ``Doc``
falls back to the capitalisation rules of ``zitate.quotes.rules``). Output: token ids of a noun
phrase (article, adjectives, nouns, names, numbers; a personal pronoun alone), possibly empty.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS as FINITE
from .candidates import NAME_OWNER_TAGS, np_after, quoted_name_at
from .verb_parts import CLAUSE_MARKS, FIELD_MARKS

# Heads of institutions and offices named with a „für“ attribute („Bundesamt für Statistik“,
# „Institut für Technologie“, „Minister für strategische Angelegenheiten“).
INSTITUTION_HEADS = (
    "amt", "institut", "stelle", "zentrum", "ministerium", "minister", "ministerin", "behörde",
    "kommission", "kommissar", "kommissarin", "beauftragte", "beauftragter", "rat", "ausschuss",
    "komitee", "verband", "bund", "organisation", "agentur", "gesellschaft", "stiftung",
    "akademie", "büro", "forum", "programm", "fonds", "gericht", "hochschule", "universität",
)  # fmt: skip

NP_TAGS = frozenset(
    {"ART", "ADJA", "NN", "NE", "CARD", "PPOSAT", "PIAT", "PIDAT", "PDAT", "FM", "TRUNC"}
)
GENITIVE = frozenset(
    {"von", "des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "aller"}
)
DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PIDAT", "PDAT"})
HEAD_TAGS = frozenset({"NN", "NE", "FM", "PIS", "PDS"})
PRONOUN_TAGS = frozenset({"PPER", "PIS", "PDS"})
MAX_NP = 12
# Genitive demonstratives that stand as the determiner of the noun after them, whatever their tag
# („meint deren Sozialsprecher Herbert Kickl“: the party's spokesperson, not „deren“ alone).
GENITIVE_DEMONSTRATIVES = frozenset({"deren", "dessen"})
DASHES = frozenset("-–—")


def is_tagged(doc: Doc) -> bool:
    """Whether the ``Doc`` carries STTS tags."""
    return any(doc[i].tag for i in range(min(len(doc), 20)))  # tag 0: no tag


def np_from(doc: Doc, start: int, end: int) -> list[int]:
    """The noun phrase starting at ``start`` (before ``end``), with a genitive or „von“ tail."""
    if start >= end:
        return []
    owner = owner_determiner(doc, start, end)
    if doc[start].tag_ in PRONOUN_TAGS and not owner:
        return [start]
    ids: list[int] = [start] if owner else []
    i = start + 1 if owner else start
    names: set[int] = set()  # the closing marks of quoted names in the phrase
    while i < end and len(ids) < MAX_NP:
        tag = doc[i].tag_
        name = quoted_name_at(doc, i, end) if ids and doc[ids[-1]].tag_ in NAME_OWNER_TAGS else []
        if name:  # „die „Süddeutsche Zeitung““, „einem Bericht des „Spiegel““
            ids += name
            names.add(name[-1])
            i = name[-1] + 1
            continue
        if DASHES.issuperset(doc[i].text):
            break  # „Moskau – Russland hat …“: a dash (tagged XY or FM at times) joins no phrase
        after_head = bool(ids) and doc[ids[-1]].tag_ in HEAD_TAGS
        linked = tag == "KON" and ids and i + 1 < end and doc[i + 1].tag_ in NP_TAGS
        genitive = (
            doc[i].lower_ in GENITIVE
            and after_head
            and not _person(doc[ids[-1]])
            and not no_genitive(doc, i, end)
        )
        if after_head and tag in DETERMINERS and not genitive:
            break  # „die Anwältin der Frau | dem Richter“: a new noun phrase starts
        genitive_adja = tag == "ADJA" and doc[i].lower_.endswith("er")  # „Vertretern deutscher …“
        aged = tag == "ADJA" and _aged(doc, i)  # „der 35 Jahre alte Aufbauspieler“
        if after_head and ((tag == "ADJA" and not genitive_adja and not aged) or _count(doc[i])):
            break  # „Kremlchef Putin | zwei neue Feiertage“: an adjective or number after the head
        if tag in NP_TAGS or linked or genitive:
            ids.append(i)
            i += 1
        elif tag in {"APPR", "APPRART"} and ids and all(doc[j].tag_ in DETERMINERS for j in ids):
            attribute = extended_attribute(doc, i, end)
            if not attribute:
                break
            ids += attribute  # „der für die Bankenaufsicht zuständige Fed-Vizechef …“
            i = attribute[-1] + 1
        else:
            break
    while ids and doc[ids[-1]].tag_ not in HEAD_TAGS and ids[-1] not in names:
        if _nominal(doc, ids):
            break
        ids.pop()
    return ids


# Endings of masculine and neuter nouns in the singular („Ehemann“, „Präsident“, „Direktor“,
# „Parlament“): after „der“ or „einer“ such a noun is a nominative or dative, never a genitive
# (that would be „des Ehemanns“, „des Präsidenten“).
MASCULINE_ENDINGS = ("mann", "ling", "ismus", "ist", "ent", "ant", "or", "eur", "tum", "ment")
MIN_MASCULINE = 7  # shorter words end so by chance („Frist“, „List“)


def _nominative_after(doc: Doc, i: int, end: int) -> bool:
    """Whether „der“/„einer“ at ``i`` opens a noun phrase whose noun is masculine or neuter
    singular: no genitive („nach Zeugenaussagen | der Ehemann“)."""
    if doc[i].lower_ not in {"der", "einer"}:
        return False
    j = i + 1
    while j < end and doc[j].tag_ == "ADJA":
        j += 1
    if j >= end or doc[j].tag_ != "NN" or len(doc[j].text) < MIN_MASCULINE:
        return False
    return doc[j].lower_.endswith(MASCULINE_ENDINGS)


def _second_genitive(doc: Doc, i: int) -> bool:
    """Whether the words before ``i`` end in a name that is itself a genitive attribute („einer
    Pressemitteilung des BMI | der Verbesserung …“): a name takes no genitive of its own."""
    j = i - 1
    if j < 1 or doc[j].tag_ != "NE":
        return False
    while j > 1 and doc[j - 1].tag_ in {"NE", "ADJA"}:
        j -= 1
    return doc[j - 1].lower_ in GENITIVE and doc[j - 1].lower_ != "von"


def no_genitive(doc: Doc, i: int, end: int) -> bool:
    """Whether the article at ``i`` after a noun opens no genitive attribute of it: its noun is
    masculine or neuter singular after „der“ (``_nominative_after``), or the noun before is a
    name in the genitive (``_second_genitive``)."""
    if doc[i].lower_ not in {"der", "des", "einer", "eines"}:
        return False
    return _nominative_after(doc, i, end) or _second_genitive(doc, i)


def owner_determiner(doc: Doc, i: int, end: int) -> bool:
    """„deren“ or „dessen“ before a noun, name or adjective, tagged as a demonstrative: the
    determiner of that noun („meint deren Sozialsprecher Herbert Kickl“), not a pronoun of its
    own; the relative one („ein großer Apparat, dessen Chef sagt“) opens a relative clause."""
    return (
        doc[i].lower_ in GENITIVE_DEMONSTRATIVES
        and doc[i].tag_ != "PRELAT"
        and i + 1 < end
        and doc[i + 1].tag_ in ("NN", "NE", "ADJA")
    )


ATTRIBUTE_TAGS = frozenset(
    {"APPR", "APPRART", "ART", "ADJA", "ADJD", "ADV", "NN", "NE", "CARD", "PIAT", "PPOSAT", "KON"}
)
MAX_ATTRIBUTE = 8


def extended_attribute(doc: Doc, i: int, end: int) -> list[int]:
    """The extended attribute after a determiner: a prepositional phrase up to the participle or
    adjective that governs it („für die Bankenaufsicht zuständige“, „in Santa Clara
    ansässige“) and is followed by the noun; ``[]`` when the tokens from ``i`` are none."""
    for j in range(i + 1, min(end - 1, i + MAX_ATTRIBUTE)):
        tag = doc[j].tag_
        if tag not in ATTRIBUTE_TAGS:
            return []
        governs = doc[j - 1].tag_ in {"NN", "NE", "ADV", "ADJD", "CARD"}
        if tag == "ADJA" and governs and doc[j + 1].tag_ in {"NN", "NE", "ADJA"}:
            return list(range(i, j + 1))
    return []


def _person(token) -> bool:
    """A person's name: no genitive follows it („sagte Nadeschdin | der DW“ is a dative)."""
    return token.tag_ == "NE" and token.ent_type_ == "PER"


AGE_UNITS = frozenset({"jahre", "monate", "wochen", "tage"})


def _aged(doc: Doc, i: int) -> bool:
    """„alte“ after a number and „Jahre“: an age inside the noun phrase („der 35 Jahre alte …“)."""
    return (
        doc[i].lower_.startswith("alt")
        and i >= 2
        and doc[i - 1].lower_ in AGE_UNITS
        and doc[i - 2].tag_ == "CARD"
    )


def _count(token) -> bool:
    """A number that is no regnal number („XVI.“)."""
    text = token.text.rstrip(".")
    return token.tag_ == "CARD" and not (bool(text) and set(text) <= set("IVXLC"))


def _nominal(doc: Doc, ids: list[int]) -> bool:
    """A capitalised adjective after an article ends the phrase as its noun („Der 39-Jährige“,
    „die Angeklagte“)."""
    last = doc[ids[-1]]
    letters = [c for c in last.text if c.isalpha()]
    return (
        last.tag_ == "ADJA"
        and bool(letters)
        and letters[0].isupper()
        and len(ids) > 1
        and doc[ids[-2]].tag_ in DETERMINERS
    )


# Endings of feminine nouns (singular and plural): after „der“/„einer“ such a noun is genitive or
# dative („sagte der Zeitung“, „die Einlassung der Zuschauerin“), never the subject of a verb.
FEMININE_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten",
    "ion", "ionen", "erin", "erinnen", "istin", "istinnen", "entin", "entinnen", "antin",
    "antinnen", "orin", "orinnen", "polizei", "partei", "parteien", "behörde", "behörden",
)  # fmt: skip


# News agencies and newspapers whose name takes the feminine article („die dpa“, „die FAZ“): „sagte
# der dpa“ is said TO the agency.
FEMININE_NAMES = frozenset({
    "dpa", "afp", "apa", "sda", "kna", "epd", "ddp", "dapd", "faz", "taz", "sz", "nzz", "waz",
    "haz", "mopo", "bild", "bz", "welt", "zeit", "presse", "krone", "tageszeitung", "abendzeitung",
})  # fmt: skip


def feminine_oblique(doc: Doc, ids: list[int]) -> bool:
    """Whether the noun phrase ``ids`` opens with the article „der“/„einer“ and its first noun
    is feminine (by its ending, or the name of an agency or paper): a genitive or dative, no
    subject."""
    if not ids or doc[ids[0]].lower_ not in {"der", "einer"} or doc[ids[0]].tag_ != "ART":
        return False
    noun = next((doc[j] for j in ids if doc[j].tag_ in {"NN", "NE"}), None)
    if noun is None:
        return False
    if noun.lower_.strip('„“"»«') in FEMININE_NAMES:
        return True
    return noun.tag_ == "NN" and noun.lower_.endswith(FEMININE_ENDINGS)


def subject_of(doc: Doc, sent: Span, exclude: frozenset[int] = frozenset()) -> list[int]:
    """The subject of the sentence's first finite verb: the noun phrase that fills the field
    before the verb, else the noun phrase right after it."""
    if not is_tagged(doc):
        return np_after(doc, sent.start, sent.end)
    verb = next((t.i for t in sent if t.tag_ in FINITE and t.i not in exclude), None)
    if verb is None:
        return []
    start = sent.start
    while start < verb and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    before = np_from(doc, start, verb)
    if before and before[-1] == verb - 1:
        return before
    return np_from(doc, verb + 1, sent.end)


AGENT_WORDS = frozenset({"von", "vom"})
MAX_PASSIVE_FIELD = 12


def passive_agent(doc: Doc, cue: int, sent: Span) -> list[int] | None:
    """``None`` unless the cue is a passive participle („wurde … Lewandowski vorgeworfen“, „war
    kritisiert worden“, „werden … vorgeworfen“); else the token ids of its „von“-agent between
    the finite „werden“ and the participle, the only one who speaks in a passive („wurde von
    der Opposition kritisiert“), or ``[]``: the subject or dative of a passive is spoken
    about, and no one named there is its speaker."""
    if doc[cue].tag_ != "VVPP":
        return None
    worden = cue + 1 < sent.end and doc[cue + 1].lower_ == "worden"
    finite = None
    for j in range(cue - 1, max(sent.start, cue - MAX_PASSIVE_FIELD) - 1, -1):
        if doc[j].text in FIELD_MARKS:
            break
        if doc[j].tag_ in {"VAFIN", "VMFIN"}:
            finite = j
            break
    if finite is None or not (worden or doc[finite].lemma_ == "werden"):
        return None
    for j in range(finite + 1, cue):
        if doc[j].lower_ in AGENT_WORDS:
            ids = np_from(doc, j + 1, cue)
            if ids and doc[ids[-1]].tag_ in HEAD_TAGS:
                return ids
    return []


def fronted_agent(doc: Doc, sent: Span) -> list[int] | None:
    """The „von“-agent that opens a passive sentence before its finite „werden“ („Von den
    Parlamentariern wird dies als Umsetzung … gesehen.“), or ``None``. The field before the
    finite verb holds one phrase, so all of it is the agent's („Von der augenblicklichen Führung
    Hongkongs unter dem Chief Executive C.Y. Leung wurde …“): its noun phrase is the agent."""
    if sent[0].lower_ != "von" or sent[0].tag_ != "APPR":
        return None
    after = next((t.i for t in sent if t.tag_ in FINITE or t.text in FIELD_MARKS), sent.end)
    ids = np_from(doc, sent.start + 1, after)
    if after >= sent.end or doc[after].tag_ != "VAFIN" or doc[after].lemma_ != "werden":
        return None
    return ids if any(t.tag_ == "VVPP" for t in doc[after : sent.end]) else None


# Endings of abstract nouns („die Passivität der Regierung“, „Demut“, „Verständnis“): what is
# said or talked about, never who says it („Ergebnis“ names a source: not here); and the nouns
# among them that name a speaker.
ABSTRACT_ENDINGS = ("ität", "itäten", "heit", "keit", "ismus", "demut", "änderung", "verständnis")
SPEAKING_ABSTRACTS = ("universität", "mehrheit", "minderheit", "gemeinheit")


def abstract_head(doc: Doc, ids: list[int]) -> bool:
    """Whether the first noun of the speaker phrase ``ids`` is an abstract noun (no name)."""
    noun = next((doc[j] for j in ids if doc[j].tag_ in {"NN", "NE"}), None)
    if noun is None or noun.tag_ != "NN" or noun.ent_type_ in {"ORG", "PER"}:
        return False
    low = noun.lower_
    return low.endswith(ABSTRACT_ENDINGS) and not low.endswith(SPEAKING_ABSTRACTS)


# Personal pronouns that are nominative only: right after the finite verb of a main clause with
# a fronted phrase they are its subject, and the fronted phrase is an object or adverbial.
NOMINATIVE_ONLY = frozenset({"er", "ich", "wir"})


def pronoun_after(doc: Doc, sent: Span, verb: int) -> list[int]:
    """The nominative pronoun right after the finite verb ``verb`` that a phrase precedes („Die
    Kritik versteht er nicht“, „Das hat er kritisiert“, „Schäuble warf er vor, …“: the fronted
    name is the dative object); ``[]`` if there is none."""
    if doc[verb].tag_ not in FINITE or verb == sent.start:
        return []
    if verb + 1 >= sent.end or doc[verb - 1].text in CLAUSE_MARKS:
        return []
    after = doc[verb + 1]
    return [after.i] if after.tag_ == "PPER" and after.lower_ in NOMINATIVE_ONLY else []


def inverted_pronoun(doc: Doc, item) -> bool:
    """Whether the speaker a quotation's rules found (``item``, a ``Found``) is a nominative-only
    pronoun right after the finite verb of its cue's main clause, with a phrase fronted before
    the verb („Schäuble warf er vor, …“): then it is the subject whatever a ranker prefers."""
    if item.cue is None or len(item.speaker) != 1 or item.speaker[0] == 0:
        return False
    pronoun = item.speaker[0]
    sent = doc[pronoun].sent
    if sent.start != item.cue.sent.start:
        return False
    return bool(pronoun_after(doc, sent, pronoun - 1))
