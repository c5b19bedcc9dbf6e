"""Where a speaker phrase starts and ends: the noun phrase of the speaker, not the words of the
clause around it.

Stage: quotation attribution (role decoding), in ``finish`` after the appositions
(``cuespan.with_apposition``, ``name_appositions.with_name_apposition``). Input: a tagged ``Doc``
(STTS ``tag_``, entities), a composed quotation (``Found``) and its speaker token ids. Output: the
speaker token ids, cut or extended; a speaker in pieces is left as it is.

German noun-phrase grammar decides:
- a person's name takes no adverbial place or time phrase of the event („hatte Obama | bei
  seinem Treffen … in Moskau … gesagt“, „Seibert | in Berlin“, „Schnappauf | aus
  Sicherheitsgründen“, „… | gestern in Genf“; Wikinews train leaves them out), while „von“/„vom“
  and „aus“ with a name or article name the person's side („Johanna Moser vom „Queer Beograd
  Kollektiv““, „Jim DeMint aus South Carolina“);
- an article and noun right after a person's name, without a comma, is an object of the clause
  (the addressee: „sagte Peter Müller | der Zeitung“, „sagte Mark O’Keefe | dem Sender“; or the
  accusative: „wonach … Evo Morales | die Schuld an … zuweist“): a name takes no article
  phrase after it but an apposition between commas, and the NER sometimes takes the phrase into
  the name;
- an adjective without a determiner does not open a person's name („, entgegnete Suttner“ with
  the verb tagged ADJA), and a first name the tagger took for a verb belongs to it („Gülsen
  Celebi gab an“);
- a comma and a noun phrase followed by a finite verb other than the cue is a new clause, no
  apposition („sagte Rice | , die USA hielten sich an …“);
- a role noun takes the institution it works in („ein Sprecher des Lagezentrums im
  Innenministerium in Stuttgart“);
- a publication names where it says something with a prepositional phrase of its own edition
  or website right after it („die israelische Tageszeitung Haaretz in ihrer Onlineausgabe“,
  „der AK Vorratsdatenspeicherung auf seiner Website“; train: 3 of 3 next to the name);
- a bare noun (no article) after a name and a comma is that name's apposition („wie Alan
  Stern, Direktor des … Missionsrats der NASA, betont“), and so is a nominative phrase between
  commas after a name that follows its cue („entschied sich Şükrü Can, der Leiter der
  Flugzeugwartung der Turkish Airlines, dazu …“).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from .candidates import Found
from .cuespan import MARKS, apposition_words
from .roles import INSTITUTION_HEADS
from .sources import is_source_noun
from .speakers import DETERMINERS, FINITE

# Prepositions that open a phrase of the event (place, time, occasion), not of a person's name.
EVENT_PREPOSITIONS = frozenset(
    {"in", "im", "bei", "beim", "auf", "am", "an", "während", "gegenüber", "nach", "vor", "zum",
     "zur", "mit", "ins", "unter"}
)  # fmt: skip
# Nouns of a publication's own edition or site („in ihrer Onlineausgabe“, „auf seiner Website“).
PUBLICATION_PARTS = (
    "ausgabe", "website", "webseite", "internetseite", "homepage", "internetauftritt",
    "vorabbericht", "vorabmeldung",
)  # fmt: skip
PUBLICATION_PREPOSITIONS = frozenset({"in", "auf"})
MONTHS = frozenset(
    {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember", "jänner"}
)  # fmt: skip
# Articles of a nominative noun phrase that may open an apposition after a name.
NOMINATIVE_OPENERS = frozenset({"der", "die", "ein", "eine"})
# Words after an apposition's closing comma that show it was none: a relative or subordinate
# clause starts there (the noun phrase is an object of the clause before).
CLAUSE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS", "PWS", "PWAV", "KON"})
# Articles of an object after a name (no „des“: „… des Vereins“ may still be the name's side).
OBJECT_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})
# Epithets after a name that are no object („Peter Müller der Ältere“).
EPITHETS = frozenset({"Ältere", "Jüngere", "Große", "Kleine", "Erste", "Zweite", "Dritte"})
MAX_APPOSITION = 14
MAX_NAME = 4


def bound_speaker(doc: Doc, found: Found, speaker: Sequence[int]) -> list[int]:
    """``speaker`` cut to its noun phrase and extended by what belongs to it (module doc)."""
    ids = sorted(speaker)
    if not ids or any(b != a + 1 for a, b in zip(ids, ids[1:], strict=False)):
        return ids or list(speaker)
    ids = _without_bare_adjective(doc, ids)
    ids = _with_first_name(doc, ids)
    ids = _without_event_phrase(doc, ids)
    ids = _without_clause(doc, found, ids)
    ids = _without_object(doc, ids)
    ids = _with_publication_part(doc, ids)
    ids = _with_institution(doc, ids)
    ids = _with_name_before(doc, ids)
    return _with_postposed_apposition(doc, found, ids)


def _person(token) -> bool:
    return token.ent_type_ == "PER" and token.tag_ in {"NE", "NN", "FM"}


def _without_bare_adjective(doc: Doc, ids: list[int]) -> list[int]:
    """„entgegnete Suttner“ (the verb tagged ADJA) → „Suttner“: a lowercase adjective with no
    determiner before a person's name is no part of the name."""
    k = 0
    while k < len(ids) - 1 and doc[ids[k]].tag_ == "ADJA" and doc[ids[k]].text.islower():
        k += 1
    if k and _person(doc[ids[k]]):
        return ids[k:]
    return ids


def _with_first_name(doc: Doc, ids: list[int]) -> list[int]:
    """„Gülsen Celebi“ with „Gülsen“ tagged as a verb: a capitalised word of the same person
    entity right before the name belongs to it."""
    first = ids[0]
    if not _person(doc[first]):
        return ids
    start = first
    while (
        start > doc[first].sent.start
        and first - start < MAX_NAME
        and doc[start - 1].ent_type_ == "PER"
        and doc[start - 1].ent_iob_ in {"B", "I"}
        and doc[start].ent_iob_ == "I"
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    return [*range(start, first), *ids]


def _without_event_phrase(doc: Doc, ids: list[int]) -> list[int]:
    """„Obama bei seinem Treffen mit … in Moskau“ → „Obama“: a prepositional phrase right after
    a person's name (no „von“, „aus“) is an adverbial of the event."""
    for k in range(len(ids) - 1):
        token, after = doc[ids[k]], doc[ids[k + 1]]
        if _person(token) and (after.lower_ in EVENT_PREPOSITIONS or _adverbial(doc, ids[k + 1])):
            # „X, Sprecher … in Bangkok“: after an apposition the phrase is the role's
            return ids if any(doc[j].text == "," for j in ids[:k]) else ids[: k + 1]
    return ids


def _without_object(doc: Doc, ids: list[int]) -> list[int]:
    """„Peter Müller der Zeitung“ after „sagte“ → „Peter Müller“, „Evo Morales die Schuld“ →
    „Evo Morales“: an article and a noun (or a quoted name) right after a person's name, with
    no apposition before, is an object of the clause."""
    for k in range(len(ids) - 2):
        token, article = doc[ids[k]], doc[ids[k + 1]]
        if doc[ids[k]].text == ",":
            return ids  # „X, Sprecher der Y“: the apposition's genitive
        if not _person(token) or (token.tag_ == "NN" and not _surname(doc, token.i)):
            continue  # „Sprecher der Polizei“: a role noun the NER took into the name
        if article.lower_ not in OBJECT_ARTICLES or article.tag_ != "ART":
            continue
        j = k + 2
        while j < len(ids) and (doc[ids[j]].tag_ == "ADJA" or doc[ids[j]].text in MARKS):
            j += 1
        if j < len(ids) and doc[ids[j]].tag_ in {"NN", "NE"} and doc[ids[j]].text not in EPITHETS:
            return ids[: k + 1]
    return ids


def _surname(doc: Doc, i: int) -> bool:
    """The common-noun-tagged last word of a person's name after a proper noun of it („Evo
    Morales/NN“)."""
    return doc[i].ent_iob_ == "I" and doc[i - 1].tag_ == "NE" and doc[i - 1].ent_type_ == "PER"


def _adverbial(doc: Doc, i: int) -> bool:
    """An adverb („gestern in Genf“) or „aus“ before a bare noun or adjective („aus
    Sicherheitsgründen“, „aus heiterem Himmel“) after a name: how or when, not who („aus South
    Carolina“, „aus dem Forscherteam“ name the person's side and stay)."""
    if doc[i].tag_ == "ADV":
        return True
    return doc[i].lower_ == "aus" and i + 1 < len(doc) and doc[i + 1].tag_ in {"NN", "ADJA"}


def _without_clause(doc: Doc, found: Found, ids: list[int]) -> list[int]:
    """„Rice , die USA“ before „hielten“ → „Rice“: a noun phrase after a comma that a finite
    verb other than the cue follows is the subject of a new clause."""
    last = ids[-1]
    if last + 1 >= len(doc) or doc[last + 1].tag_ not in FINITE:
        return ids
    if found.cue is not None and found.cue.i == last + 1:
        return ids
    comma = next((k for k, j in enumerate(ids) if doc[j].text == ","), None)
    if comma is None or comma == 0 or doc[ids[comma + 1]].lower_ not in {"die", "der", "das"}:
        return ids
    if found.cue is None or found.cue.i > ids[0]:
        return ids  # the speaker before its cue: „X, der Chef der Y, sagte“ is the apposition
    return ids[:comma]


def _with_publication_part(doc: Doc, ids: list[int]) -> list[int]:
    """„die … Haaretz“ + „in ihrer Onlineausgabe“ (+ „vom 7. April“): the edition or website of
    the publication right after its name."""
    last = ids[-1]
    if doc[last].tag_ not in {"NE", "NN", "FM"} and doc[last].text not in MARKS:
        return ids
    if any(_person(doc[j]) for j in ids):
        return ids  # „Watzke | auf der offiziellen Internetseite“: a person writes there
    noun = next((doc[j] for j in ids if doc[j].tag_ == "NN"), None)
    if noun is not None and is_source_noun(noun.lemma_ or noun.text):
        return ids  # „laut Angaben des Spiegel | in seiner Onlineausgabe“
    i = last + 1
    if i + 2 >= len(doc) or doc[i].lower_ not in PUBLICATION_PREPOSITIONS:
        return ids
    if doc[i + 1].tag_ not in DETERMINERS:
        return ids
    j = i + 2
    while j < len(doc) and doc[j].tag_ == "ADJA":
        j += 1
    if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].lower_.endswith(PUBLICATION_PARTS):
        return ids
    return [*ids, *range(i, _with_date(doc, j + 1))]


def publication_part_start(span: Span) -> int | None:
    """Token index where the edition or website of a publication begins inside a speaker phrase
    („die „Bild“-Zeitung | in der Ausgabe vom 17.12.2005“), or None: the words that name the
    speaker end before it (the resolve stage names the entity by them)."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 2):
        if doc[i].lower_ not in PUBLICATION_PREPOSITIONS or doc[i + 1].tag_ not in DETERMINERS:
            continue
        j = i + 2
        while j < span.end and doc[j].tag_ == "ADJA":
            j += 1
        if j < span.end and doc[j].tag_ == "NN" and doc[j].lower_.endswith(PUBLICATION_PARTS):
            return i
    return None


# Institutions a role noun belongs to with „im“/„beim“ („der Sprecher der Unionsfraktion im
# Bundestag“, „ein Sprecher des Lagezentrums im Innenministerium in Stuttgart“).
INSTITUTION_ENDINGS = (*INSTITUTION_HEADS, "tag", "parlament", "fraktion", "regierung", "haus")


def _with_institution(doc: Doc, ids: list[int]) -> list[int]:
    """„ein Sprecher des Lagezentrums“ + „im Innenministerium“ (+ „in Stuttgart“): the
    institution a role noun works in is part of the phrase (train: 5 of 5), its place too."""
    last = ids[-1]
    if doc[last].tag_ != "NN" or _person(doc[last]) or last + 2 >= len(doc):
        return ids
    if doc[last + 1].lower_ not in {"im", "beim"}:
        return ids
    j = last + 2
    while j < len(doc) and doc[j].tag_ == "ADJA":
        j += 1
    if j >= len(doc) or doc[j].tag_ not in {"NN", "NE"}:
        return ids
    if not doc[j].lower_.endswith(INSTITUTION_ENDINGS):
        return ids
    end = j + 1
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].tag_ == "NE":
        end += 2  # „… im Innenministerium in Stuttgart“
    return [*ids, *range(last + 1, end)]


def _with_date(doc: Doc, i: int) -> int:
    """The end of „vom 7. April“ / „vom 22. August 2009“ / „vom 17.12.2005“ at ``i``, else ``i``."""
    if i + 1 >= len(doc) or doc[i].lower_ != "vom":
        return i
    j = i + 1
    if doc[j].tag_ in {"CARD", "ADJA"} or doc[j].text[:1].isdigit():
        j += 1
        if j < len(doc) and doc[j].lower_ in MONTHS:
            j += 1
            if j < len(doc) and doc[j].tag_ == "CARD" and len(doc[j].text) == 4:
                j += 1
        return j
    return i


def _with_name_before(doc: Doc, ids: list[int]) -> list[int]:
    """„Direktor des … der NASA“ after „Alan Stern ,“: a noun without an article after a name
    and a comma is the name's apposition, and the speaker is both."""
    first = ids[0]
    if doc[first].tag_ != "NN" or first < 2 or doc[first - 1].text != ",":
        return ids
    if _person(doc[first]):
        return ids
    start = first - 1
    sent_start = doc[first].sent.start
    while start > sent_start and first - 1 - start < MAX_NAME and _person(doc[start - 1]):
        start -= 1
    if start == first - 1:
        return ids
    return [*range(start, first), *ids]


def _with_postposed_apposition(doc: Doc, found: Found, ids: list[int]) -> list[int]:
    """„Şükrü Can“ after its cue + „, der Leiter der Flugzeugwartung der Turkish Airlines ,“:
    a nominative noun phrase between commas right after the name."""
    last = ids[-1]
    if found.cue is None or not found.cue.i < ids[0] or not _person(doc[last]):
        return ids
    if any(doc[j].text == "," for j in ids) or last + 3 >= len(doc) or doc[last + 1].text != ",":
        return ids
    opener = doc[last + 2]
    if opener.lower_ not in NOMINATIVE_OPENERS or opener.tag_ != "ART":
        return ids
    end = doc[last].sent.end
    stop = min(end, last + 3 + MAX_APPOSITION)
    close = next((i for i in range(last + 3, stop) if doc[i].text == ","), None)
    if close is None or close + 1 >= end:
        return ids
    if not apposition_words(doc, range(last + 2, close)):
        return ids
    if doc[close + 1].tag_ in CLAUSE_OPENERS or doc[close + 1].tag_ in FINITE:
        return ids
    return [*ids, *range(last + 1, close)]
