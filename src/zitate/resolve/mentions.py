"""Name mentions of one article: NER spans repaired, titles split off, names in the nominative.

Stage: resolve (used by ``zitate.resolve.document``; ``zitate.resolve.grouping`` groups the
mentions into entities). Input: a ``Doc`` with STTS tags, lemmas and NER, plus the speaker
phrases of its quotations. Output: ``Mention`` objects (token range, label, name words, leading
titles; the case forms of a name are ``zitate.resolve.name_forms``) and the ``Entity`` type they
are grouped into (names, aliases, grammatical gender).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.genitive import genitive_name
from ..quotes.sources import is_source_noun
from .lexicons import first_name_gender, is_speaker_noun
from .name_forms import after_genitive_article, genitive_head, nominative, nominative_words
from .repair import (
    ORG_ENDINGS,
    acronym,
    adjective_org,
    bare_role,
    complete,
    cut_run_on,
    described_org,
    first_name_runs,
    named_by_role,
    ner_label,
    no_role_after_genitive,
    split_glued,
    surname_of_person,
    titled_surname,
    trim,
)
from .spellings import fullest, plain

ENTITY_KINDS = frozenset({"PER", "ORG", "LOC", "MISC", "GROUP"})
NER_KINDS = frozenset({"PER", "ORG", "LOC", "MISC"})
APPOSITION_TAGS = frozenset({"ART", "ADJA", "PPOSAT"})
NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "CARD", "FM"})
NAME_TAGS = frozenset({"NE", "NN", "FM", "XY", "ADJA", "ADJD", "TRUNC"})  # a one-word name
NAME_MARKS = str.maketrans("", "", '„“”"«»‹›')  # quotation marks, never part of a name
MALE_NAMES_IN_A = frozenset({"andrea", "luca", "nikita", "sascha", "mustafa", "joshua", "elia"})


@dataclass(eq=False)
class Mention:
    """One name mention: token range, NER label, and its name words without leading titles."""

    start: int
    end: int
    label: str
    words: tuple[str, ...]
    titles: tuple[str, ...] = ()
    name: str = ""
    genitive: bool = False  # prenominal genitive: „Papiers“ in „Papiers Stellvertreter“


@dataclass(eq=False)
class Entity:
    """A document entity; ``id`` is internal until the record is written."""

    id: str
    kind: str
    mentions: list[tuple[int, int]]
    names: list[str]
    aliases: list[str] = field(default_factory=list)
    tokens: list[Mention] = field(default_factory=list)
    grammatical: str | None = None  # „m“, „f“, „n“ from the article of a role phrase
    canonical: str | None = None  # a name set by a rule („israelische Armee“: ``.states``)

    @property
    def name(self) -> str:
        """The most complete proper-name mention (most words, then not a genitive of another
        name — „Russland“ before „Russlands“ —, then longest), unless a rule set ``canonical``;
        without quotation marks, which are no part of a name (the token „Bild“-Zeitung“ of „die
        „Bild“-Zeitung“ names the „Bild-Zeitung“)."""
        name = self.canonical if self.canonical is not None else self.complete_name
        return " ".join(name.translate(NAME_MARKS).split()) or name

    @property
    def complete_name(self) -> str:
        """The most complete proper-name mention (see ``name``), whatever ``canonical`` says:
        „Gerd Harry Lybke“ of „Judy Lybke“ tells his gender. A middle initial adds nothing: of
        „Donald J. Trump“ (an embedded post's signature) and „Donald Trump“ the text's form
        without it names the person. A word the document also spells with diacritics is
        written with them („Ahmet Davutoglu“ and „Davutoğlu“: „Ahmet Davutoğlu“)."""
        names = self.names

        def key(n: str) -> tuple[int, bool, bool, int, int]:
            genitive = any(o != n and len(o) < len(n) and same_word(o, n) for o in names)
            first = bool(first_name_gender(n.split()[0])) if self.kind == "PER" else False
            initials = sum(1 for w in n.split()[1:-1] if middle_initial(w))
            return len(n.split()) - initials, first, not genitive, -initials, len(n)

        return fullest(max(names, key=key), names)

    @property
    def gender(self) -> str | None:
        """„f“ or „m“ where a role noun or a first name tells it („n“: the article of a neuter
        role phrase, „das Kind“), else None."""
        if self.grammatical is not None:
            return self.grammatical
        if any(a.endswith("in") or a.endswith("innen") for a in self.aliases):
            return "f"
        full = self.complete_name.split()
        first = full[0] if self.kind == "PER" and len(full) > 1 else ""
        if first and (known := first_name_gender(first.split("-")[0])):
            return known
        if is_female_name(first):
            return "f"
        return "m" if self.aliases else None

    @property
    def words(self) -> tuple[str, ...]:
        """The words (tokens) of the longest name mention (the first of equal length)."""
        if not self.tokens:
            return tuple(self.name.split())  # only now: ``name`` compares every name
        return max((m.words for m in self.tokens), key=len)

    def salience(self, position: int) -> tuple[int, int]:
        """Sort key among candidates: more mentions first, then the nearest mention before."""
        before = [position - s for s, _ in self.mentions if s <= position]
        return (-len(self.mentions), min(before) if before else 10**9)

    def add_alias(self, alias: str | None) -> None:
        if alias and alias not in self.aliases and alias not in self.names:
            self.aliases.append(alias)

    def has_alias(self, role: str, exact: bool = False) -> bool:
        """Whether ``role`` is an alias or (unless ``exact``) the last part of one
        („Präsident“, „US-Präsident“)."""
        role = role.lower()
        return any(
            a.lower() == role or (not exact and a.lower().endswith(role)) for a in self.aliases
        )

    def to_record(self, eid: str) -> dict:
        return {
            "id": eid,
            "name": self.name,
            "kind": self.kind,
            "mentions": [list(m) for m in sorted(self.mentions)],
            "aliases": list(self.aliases),
        }


def is_female_name(first: str) -> bool:
    """For a first name the registers do not know: a rough guess from its ending „a“ (Ekaterina,
    Samantha)."""
    return len(first) > 2 and first.endswith("a") and first.lower() not in MALE_NAMES_IN_A


def proper_mentions(doc: Doc, speakers: Sequence[Span]) -> list[Mention]:
    """NER mentions (lower-case adjectives left out) plus runs of proper nouns (NE) inside
    speaker phrases that no NER mention covers, as PER; in document order."""
    spans = [
        complete(
            *adjective_org(cut_run_on(no_role_after_genitive(trim(ent), ent.label_), label), label)
        )
        for ent in doc.ents
        if ent.label_ in NER_KINDS
        and ent[0].text[:1].isupper()  # ``ent.text`` joins them all
        and (len(ent) > 1 or (ent[0].tag_ in NAME_TAGS and not ent[0].is_stop))  # „Was?“
        and not _source_run_on(ent)
        and (label := ner_label(ent))
    ]
    spans = split_glued(spans)
    ends = Counter(span[-1].text for span, label in spans if label == "PER" and len(span) > 1)
    surnames = set(ends)
    spans = [titled_surname(span, label, surnames) for span, label in spans]
    persons = {span[-1].text for span, label in spans if label == "PER"}
    persons |= {w[:-1] for w in persons if w.endswith("s")}  # „Sardanas“: a genitive
    spans = [surname_of_person(span, label, persons) for span, label in spans]
    mentions = []
    for n, (span, label) in enumerate(spans):
        # a mention that a completed person's name now covers („Zayed“ in „Abdullah bin Zayed“)
        if n and spans[n - 1][0].end > span.start:
            continue
        if label == "PER" and len(span) == 1 and bare_role(span[0], surnames):
            continue  # „Timo Kowalski, Feuerwehrmann“: a role alone names no one
        if n + 1 < len(spans) and _role_compound(span, label, spans[n + 1], surnames):
            continue  # „Bank-Austria-Ökonom | Walter Pudschedl“: a title of the next name
        mention = _mention(span, label)
        if n and _role_compound(spans[n - 1][0], spans[n - 1][1], (span, label), surnames):
            title = spans[n - 1][0]
            mention.titles = (alias_of(title[0]), *mention.titles)
            mention.start = title.start
        if not _common_noun_after_role(doc, mention, ends):
            mentions.append(mention)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # a run of names right before a person's name is a title of it
    person_starts = {m.start for m in mentions if m.label == "PER"}
    for start, end in first_name_runs(doc, covered, speakers):
        mentions.append(_mention(doc[start:end], "PER"))
        covered.update(range(start, end))
    for span in speakers:
        run: list[int] = []
        for tok in [*span, None]:
            if tok is not None and tok.i not in covered and _name_token(tok, run, span.end):
                run.append(tok.i)
                continue
            if (
                run
                and doc[run[0]].text[:1].isupper()
                and not (len(run) == 1 and doc[run[0]].is_stop)
                and not (tok is not None and tok.i in person_starts)  # „Fed-Vize | Barr“
            ):
                mentions.append(_mention(doc[run[0] : run[-1] + 1], "PER"))
                covered.update(run)
            run = []
    return sorted(_abbreviated_names(doc, mentions), key=lambda m: m.start)


def _source_run_on(ent: Span) -> bool:
    """Whether the NER ran a noun into the source noun after it („die Staatanwaltschaft
    Medienberichten zufolge“): two nouns, the last a source noun; no name („Institut für
    Höhere Studien“)."""
    last = ent[-1]
    if len(ent) != 2 or last.tag_ != "NN" or ent[0].tag_ not in ("NN", "NE"):
        return False
    return is_source_noun(last.lemma_ or last.text)


def _role_compound(span: Span, label: str, following: tuple[Span, str], surnames) -> bool:
    """A one-word PER mention that is a hyphenated compound right before a person's name that
    opens with a first name: a role compound the NER took for a name of its own
    („Bank-Austria-Ökonom Walter Pudschedl“), not a double name („Müller-Lüdenscheidt“ as a
    surname of the article, „Hans-Peter“ a first name)."""
    after, after_label = following
    if label != "PER" or after_label != "PER" or len(span) != 1 or after.start != span.end:
        return False
    word = span[0].text
    tail = word.rsplit("-", 1)[-1]
    return (
        "-" in word.strip("-")
        and tail[:1].isupper()
        and not first_name_gender(word)
        and not first_name_gender(tail)
        and word not in surnames
        and bool(first_name_gender(after[0].text))
    )


def _common_noun_after_role(doc: Doc, mention: Mention, ends: Counter[str]) -> bool:
    """Whether a person mention is a role noun and a common noun the NER took for a name
    („Sicherheitspolitiker Alarm“ of „schlagen Sicherheitspolitiker Alarm“): one name word
    after the titles, tagged a common noun, no first name nor the last word of another
    person's mention (``ends``: how many person mentions of two words or more end in a word);
    without titles, a common noun that is the predicate after a role („der Vater Bosnier“)."""
    if mention.label != "PER" or len(mention.words) != 1:
        return False
    word = mention.words[0]
    if not mention.titles:
        return _predicate_noun(doc, mention.start) and not (ends[word] or first_name_gender(word))
    known = ends[word] > 1 or bool(first_name_gender(word))
    return doc[mention.end - 1].tag_ == "NN" and not known


def _predicate_noun(doc: Doc, i: int) -> bool:
    """Whether the one word at ``i`` is a common noun after an article and a noun, the predicate
    of a verbless clause („die Mutter Serbin, der Vater Bosnier“): no name."""
    return (
        i >= 2
        and doc[i].tag_ == "NN"
        and doc[i - 1].tag_ == "NN"
        and doc[i - 2].tag_ == "ART"
        and (i + 1 == len(doc) or doc[i + 1].is_punct)
    )


def abbreviation(word: str) -> bool:
    """An abbreviation: in capitals („IGGÖ“, „DSN“) or with two or more capitals in a short
    word („AStA“, „ver.di“ excepted)."""
    if acronym(word):
        return True
    return (
        word.isalpha()
        and word[:1].isupper()
        and sum(c.isupper() for c in word) >= 2
        and (len(word) <= 6)
    )


def _abbreviated_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the organisations the NER missed that an abbreviation in parentheses
    names: the capitalised noun phrase before „(IGGÖ)“ ending in a common noun („Die Islamische
    Glaubensgemeinschaft (IGGÖ)“, „der Direktion Staatsschutz und Nachrichtendienst (DSN)“,
    „des Schweizer Nachrichtendienstes (NDB)“) and the abbreviation itself, both as ORG (the
    grouping joins them); a person's party („Gerhard Karner (ÖVP)“) is none of them."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    added = []
    for i in range(2, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not abbreviation(doc[i].text):
            continue
        end = i - 1
        start = end
        while (
            start > 0
            and not doc[start].is_sent_start
            and (
                (doc[start - 1].tag_ in ("NN", "NE", "ADJA") and doc[start - 1].text[:1].isupper())
                or (
                    doc[start - 1].lower_ == "und" and start - 1 > 0 and doc[start - 2].tag_ == "NN"
                )
            )
        ):
            start -= 1
        if start == end or doc[end - 1].tag_ != "NN" or doc[start].tag_ == "KON":
            continue
        initial = doc[i].text[0]
        if not any(t.text.startswith(initial) for t in doc[start:end]):
            continue  # „Landtag (ÖVP)“: not what the letters stand for
        inside = {at[j] for j in range(start, end) if j in at}
        if any(m.label == "PER" or m.start < start or m.end > end for m in inside):
            continue
        for m in inside:
            mentions.remove(m)
        added.append(_mention(doc[start:end], "ORG"))
        if i not in at:
            added.append(_mention(doc[i : i + 1], "ORG"))
    return mentions + added


def _name_token(tok: Token, run: list[int], end: int) -> bool:
    """NE, or a capitalised NN closing a run of NE („Hans-Jürgen Papier,“: Papier is NN), or a
    first name the tagger took for a noun before a name („die Vorsitzende Marie-Agnes/NN
    Strack-Zimmermann/NE“); a run does not begin with a role noun the tagger took for a name
    („Co-Chefin Kerstin Wahala“, „ATU-Organisator Gutierrez“)."""
    if tok.tag_ == "NE":
        return bool(run) or not is_speaker_noun(tok.text) or bool(first_name_gender(tok.text))
    following = tok.i + 1 < end and tok.nbor().tag_ == "NE"
    if not run and tok.tag_ == "NN" and following and first_name_gender(tok.text):
        return True
    last = tok.i + 1 >= end or tok.nbor().is_punct
    return bool(run) and tok.tag_ == "NN" and tok.text[:1].isupper() and last


def _mention(span: Span, label: str) -> Mention:
    """A mention with leading common nouns („Papst“, „Staatsanwalt“) split off as titles; a PER
    mention ending in an organisation noun („Israels Armee“, „Städtetag“) is an ORG."""
    tokens = list(span)  # ``span[i]`` makes a new ``Token`` each time: make them once
    tags = [t.tag_ for t in tokens]
    last = tokens[-1]
    if label == "PER" and (
        (tags[-1] == "NN" and last.lower_.endswith(ORG_ENDINGS)) or last.lower_ in ORG_ENDINGS
    ):
        label = "ORG"  # „Israels Armee“, „Autonomous Tenant Union“
    elif label == "PER" and len(tokens) == 1 and acronym(last.text):
        label = "ORG"  # „ATU“, „IGGÖ“: an abbreviation names no person
    elif label != "PER" and (_person_name(tokens, tags) or named_by_role(span)):
        label = "PER"  # „Betroffenenvertreter Detlev Zander“, a Swedish name taken for a place
    owner = int(label == "PER" and _owner_before_role(tokens, tags))  # „Nordkoreas Machthaber“
    k = 1 if owner or (label == "ORG" and described_org(tokens)) else 0  # „Rüstungskonzern X“
    while (
        label == "PER"
        and k < len(tokens) - 1
        and not first_name_gender(tokens[k].text)  # „Kriminologin Bärbel Bongartz“
        and (
            tags[k] == "NN"
            or (tags[k] == "KON" and k and tags[k + 1] == "NN")
            or _role_word(tokens[k], tokens[k + 1])
        )
    ):
        k += 1  # „Historikers und Geheimdienstexperten Adrian Hänni“: both are titles
    titles = [
        alias_of(t) for t, tag in zip(tokens[owner:k], tags[owner:k], strict=True) if tag != "KON"
    ]
    if label == "PER" and (start := _name_start(tokens, k)) > k:
        titles += [alias_of(t) for t in tokens[k:start] if is_speaker_noun(t.text)]
        k = start
    doc = span.doc
    if label != "PER":
        words = tuple(nominative_words(doc, span.start, tokens[k:]))
    else:
        words = tuple(t.text for t in tokens[k:])
    genitive = (
        words[-1].endswith("s")
        and span.end < len(doc)
        and doc[span.end].tag_ == "NN"
        and genitive_name(doc, span.end - 1)
    )
    if label != "PER" and after_genitive_article(doc, span.start) and words[-1].endswith("s"):
        words = (*words[:-1], nominative(tokens[-1]))  # „des US-Europakommandos“
    elif label != "PER" and after_genitive_article(doc, span.start):
        words = genitive_head(tokens[k:], words)  # „des Vereinigungsministeriums in Seoul“
    # ``span[k:].text``: the words with the spaces between them, none after the last.
    name = "".join(w + t.whitespace_ for w, t in zip(words[:-1], tokens[k:-1], strict=True))
    name += words[-1]
    if label == "PER" and genitive and len(words) > 1 and first_name_gender(words[0]):
        name = name[:-1]  # „Rudolf Augsteins Motto“: the person is „Rudolf Augstein“
    return Mention(span.start, span.end, label, words, tuple(titles), name, genitive)


def _owner_before_role(tokens: list[Token], tags: list[str]) -> bool:
    """Whether a person mention opens with a prenominal genitive, the owner of the role noun
    after it („Nordkoreas Machthaber Kim“, „Russlands Präsident Putin“): no part of the name."""
    if len(tokens) < 3 or tags[0] != "NE" or tags[1] != "NN" or tags[2] != "NE":
        return False
    owner = tokens[0].text
    return (
        owner[-1:] in ("s", "'", "’")
        and owner[:1].isupper()
        and not first_name_gender(owner)  # „Thomas Müller“
        and tokens[1].text[:1].isupper()
    )


def _person_name(tokens: list[Token], tags: list[str]) -> bool:
    """Whether a mention the NER typed ORG, LOC or MISC is a person's name: a known first name
    followed by a capitalised word, after nothing but role nouns, and no organisation noun at
    the end („Robert Koch-Institut“ stays an organisation)."""
    last = tokens[-1].lower_
    if last.endswith(ORG_ENDINGS) or last.rsplit("-", 1)[-1].endswith(ORG_ENDINGS):
        return False
    for i, token in enumerate(tokens[:-1]):
        if first_name_gender(token.text) and tokens[i + 1].text[:1].isupper():
            if i == 1 and len(tokens) == 3:
                return True  # „Copernicus Samantha Burgess“: one word before first name, surname
            return all(tags[j] == "NN" or is_speaker_noun(tokens[j].text) for j in range(i))
    return False


def _role_word(token: Token, following: Token) -> bool:
    """A role noun the tagger took for a name, before a capitalised word: „KIT-Forscher Fink“,
    „Schlachter Holland-Moritz“ (a first name is never one: „Sebastian“)."""
    word = token.text
    if not word[:1].isupper() or first_name_gender(word) or not following.text[:1].isupper():
        return False
    return is_speaker_noun(word)


def _name_start(tokens: list[Token], k: int) -> int:
    """Where a person's name begins in a mention the NER ran on from a role phrase: at the first
    name after a lower-case word or a comma („Direktorin des europäischen Klimaprogramms
    Copernicus Samantha Burgess“, „Der beste Deutsche, Sebastian Hendel“), or at the first first
    name when the words before it are none („Geyer Claas Relotius“)."""
    broken = False
    start = k
    for i in range(k, len(tokens) - 1):
        text = tokens[i].text
        if not text[:1].isupper():
            broken = True
        elif first_name_gender(text) and (
            broken or not any(first_name_gender(t.text) for t in tokens[k:i])
        ):
            start = i  # also „Geyer Claas Relotius“: no first name before „Claas“
            broken = False
    return start


def middle_initial(word: str) -> bool:
    """A middle initial: one capital letter and a full stop („J.“ of „Donald J. Trump“)."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def same_word(a: str, b: str) -> bool:
    """Equal, or equal up to a genitive ending („Papiers“, „Bundesverfassungsgerichtes“), with
    or without diacritics („Davutoglu“, „Davutoğlu“)."""
    if a == b:
        return True
    if not (a.isascii() and b.isascii()):
        a, b = plain(a), plain(b)
        if a == b:
            return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) > 2 and long[len(short) :] in ("s", "es", "'", "’") and long.startswith(short)


def alias_of(token: Token) -> str:
    """The citation form of a role noun („Vatikan-Sprechers“ -> „Vatikan-Sprecher“)."""
    lemma = token.lemma_
    return lemma if lemma[:1].isupper() else token.text
