"""Roles of the quotations the rules found, refined with STTS tags: speaker, cue phrase, frame
and addressee of Indirect and Direct quotations, sources of passives and „heißt es“.

Stage: quotation attribution, after ``rules`` (which find the quotations and a first speaker by
capitalisation) and before ``ranker`` and ``model``. Input: a tagged ``Doc``, a sentence, a
``Found`` and the token ids inside quotation marks. Output: the ``Found`` changed in place
(``refine_roles``, ``refine_direct``) or token id lists (``implicit_speaker``,
``source_speaker``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, frame_of, is_punct, outside
from .cuespan import extend_cue, lexical_cue, object_addressee
from .frame_addressee import addressee_of
from .lexicon import CueLexicon
from .roles import (
    INSTITUTION_HEADS,
    cue_phrase,
    direct_cue,
    finite_of,
    is_heissen,
    main_verb,
    noun_phrase,
    noun_phrase_before,
    speaker_of,
    subject_speaker,
)
from .sources import is_source_noun
from .speakers import NP_TAGS

# Expletive subjects („hieß es“, „man“) name no speaker (train: 5 of 2,877 gold speakers).
EXPLETIVE = (["es"], ["man"])
MIN_PARTNER = 3
MIN_OWN_WORDS = 3  # words an Indirect clause needs besides a Direct quotation inside it


def self_partners(
    doc: Doc, cue: int, sent: Span, exclude: set[int], lexicon: CueLexicon | None
) -> list[int]:
    """Words of the cue's clause that train shows with this cue form („ließ … verlauten“,
    „vertritt die Ansicht“)."""
    entry = lexicon.get(doc[cue].text) if lexicon is not None else None
    if entry is None:
        return []
    found = []
    for j in range(cue + 1, min(sent.end, cue + 8)):
        if doc[j].text in {",", ":"} or j in exclude:
            break
        if entry.partners.get(doc[j].lower_, 0) >= MIN_PARTNER:
            found.append(j)
    return found


def refine_roles(
    doc: Doc, sent: Span, found: Found, inside: set[int], lexicon: CueLexicon | None = None
) -> None:
    """Tag-based speaker and cue phrase of a quotation the rules found (tagged ``Doc`` only)."""
    if found.cue is None:
        return
    exclude = set(found.quote) | inside
    cue = found.cue
    if cue.tag_.startswith("V"):
        speaker = speaker_of(doc, cue.i, sent, inside | {cue.i})
        if found.kind == "after" and speaker and max(speaker) >= min(found.quote):
            found.quote = _cut_after(doc, found.quote, max(speaker))
            exclude = set(found.quote) | inside
        # a frame's subject after the verb stays where the clause rules lose it behind an
        # apposition („…, hatte Panos Kammenos, der … Verteidigungsminister, … getwittert“)
        kept = found.speaker if found.kind == "frame" else []
        found.speaker = outside(doc, speaker, exclude) or kept
        if not found.speaker or [doc[i].lower_ for i in found.speaker] in EXPLETIVE:
            found.speaker = implicit_speaker(doc, cue.i, sent, exclude)
        if not found.speaker and cue.tag_ == "VVFIN" and cue.i > sent.start:
            prev = doc[cue.i - 1]
            if prev.lower_ == "und":
                main = main_verb(doc, sent)
                if main is not None and main < cue.i:
                    found.speaker = [
                        i for i in speaker_of(doc, main, sent, exclude) if i not in exclude
                    ]
        verb = lexical_cue(doc, cue.i, sent, exclude)  # „wird mit den Worten zitiert“
        found.cue = doc[verb]
        found.cue_ids = sorted({cue.i, *cue_phrase(doc, verb, sent, exclude)})
        found.cue_ids += self_partners(doc, cue.i, sent, exclude | set(found.speaker), lexicon)
        quoted = found.quote if found.type == "Direct" else []
        taken = exclude | set(found.speaker)
        found.cue_ids = extend_cue(doc, found.cue_ids, sent, taken, quoted)
    elif cue.lower_ in {"laut", "so", "gemäß", "nach", "zufolge"}:
        named = quoted_name(doc, cue.i, sent)  # „Laut „Washington Post“ …“
        speaker = named or source_speaker(doc, cue.i, sent, inside)
        if speaker:
            _move_speaker(doc, found, speaker)
            marks = {named[0] - 1, named[-1] + 1} if named else set()
            found.quote = [i for i in found.quote if i not in marks]
            exclude = (set(found.quote) | inside | marks) - set(named)
        found.speaker = outside(doc, found.speaker, exclude)
    # „Sollte die Änderung beschlossen werden, sollen die Mittel laut Ministerium … kommen“: the
    # subject of a passive cue is what is done, not who speaks; the source is named inside
    unsaid = not found.speaker or _passive(doc, cue.i, sent)
    if unsaid and inner_source(doc, found, sent, inside):
        exclude = set(found.quote) | inside
    content = content_genitive(doc, found.quote)
    if content:
        found.speaker = content  # „über das Argument der Landesregierung, dass …“
    found.frame = frame_of(sent, sorted(exclude))
    cue_verb = found.cue.i if found.cue is not None else None
    found.addressee = addressee_of(doc, found.frame, cue_verb, found.speaker) or (
        object_addressee(doc, found.frame, found.cue_ids, found.speaker)
    )


# Prepositions of the source of a passive cue: its agent („von den Demonstranten gefordert“) or
# the report it stands in („In einem Bericht der Salzburger Nachrichten wurde vermutet“).
PASSIVE_HEADS = frozenset({"von", "vom", "in", "im"})


def implicit_speaker(doc: Doc, cue: int, sent: Span, exclude: set[int]) -> list[int]:
    """The source of a cue verb without a subject: the agent of a passive („von den
    Demonstranten gefordert“), the document or place of „In dem Schreiben heißt es“, „hieß es aus
    dem Rathaus“ or the circle of „Wie
    aus Unternehmenskreisen verlautete“ (``[]`` if none)."""
    verb = finite_of(doc, cue, sent)
    if is_heissen(doc[cue]):
        heads = {"in", "im", "aus", "von", "vom", "bei", "beim", "seitens"}
    elif doc[cue].lemma_ == "verlauten":
        heads = {"aus"}
    elif doc[cue].tag_ == "VVPP" and verb != cue and doc[verb].lemma_ == "werden":
        heads = PASSIVE_HEADS  # „In einem Bericht der X wurde vermutet, dass …“
    else:
        return []
    lo, hi = max(sent.start, min(cue, verb) - 12), min(sent.end, max(cue, verb) + 8)
    for j in range(lo, hi):
        if j in exclude or doc[j].lower_ not in heads:
            continue
        if any(doc[k].text in {",", ":", ";"} for k in range(min(j, cue), max(j, cue))):
            continue
        start = j + 1
        np = [i for i in noun_phrase(doc, start, sent.end) if i not in exclude and i != cue]
        if np and heads == PASSIVE_HEADS and doc[j].lower_ in ("in", "im"):
            noun = next((doc[i] for i in np if doc[i].tag_ == "NN"), None)  # a report, not
            if noun is None or not is_source_noun(noun.lemma_ or noun.text):  # „In Berlin“
                continue
        if np:
            return np
    return []


# Prepositions of the seat of a body that the subject „man“ speaks for („Im
# Unterrichtsministerium kann man diese Kritik nicht nachvollziehen“, „Bei der Stadt sieht man
# das anders“).
SEAT_PREPOSITIONS = frozenset({"in", "im", "bei", "beim"})


def seat_speaker(doc: Doc, sent: Span, subject: list[int]) -> list[int]:
    """For the subject „man“: the institution whose seat the phrase that opens the sentence
    names („Im Unterrichtsministerium kann man …“ -> „Unterrichtsministerium“), else ``[]``."""
    if [doc[i].lower_ for i in subject] != ["man"]:
        return []
    start = sent.start
    while start < subject[0] and is_punct(doc[start]):
        start += 1
    if doc[start].lower_ not in SEAT_PREPOSITIONS:
        return []
    phrase = noun_phrase(doc, start + 1, subject[0])
    if not phrase or doc[phrase[-1]].tag_ != "NN":
        return []
    return phrase if doc[phrase[-1]].lower_.endswith(INSTITUTION_HEADS) else []


def source_speaker(doc: Doc, cue: int, sent: Span, inside: set[int]) -> list[int]:
    """The tag-based source of „laut X“, „so X“, „nach Angaben X“, „X Meinung nach“ and
    „X zufolge“ (``[]`` when the pattern is not there)."""
    low = doc[cue].lower_
    if low == "zufolge" or (low == "nach" and cue > sent.start and doc[cue - 1].tag_ == "NN"):
        if low == "nach" and not is_source_noun(doc[cue - 1].lemma_ or doc[cue - 1].text):
            return []
        ids = own_source_phrase(doc, noun_phrase_before(doc, cue, sent.start))
        return outside(doc, ids, inside)
    if low == "nach" and not any(
        is_source_noun(t.lemma_ or t.text) for t in doc[cue + 1 : min(cue + 4, sent.end)]
    ):
        return []
    return outside(doc, noun_phrase(doc, cue + 1, sent.end), inside)  # „des „Spiegel““


def own_source_phrase(doc: Doc, ids: list[int]) -> list[int]:
    """The source phrase before „zufolge“ / „nach“ without the noun phrase the tags ran it
    into: a source noun without article right after another noun opens its own phrase („In
    der Türkei ermittelt die Staatanwaltschaft Medienberichten zufolge …“ -> „Medienberichten“);
    a genitive name before it stays („Müllers Angaben zufolge“); so does a source noun with its
    own article after a noun („In erster Linie führt die Arbeitsmarktöffnung den Angaben
    zufolge …“ -> „den Angaben“)."""
    for k in range(len(ids) - 1, 0, -1):
        token, before = doc[ids[k]], doc[ids[k - 1]]
        if token.tag_ != "NN" or not is_source_noun(token.lemma_ or token.text):
            continue
        genitive = before.text[:1].isupper() and before.text.endswith("s")
        if before.tag_ in ("NN", "NE") and not genitive:
            return ids[k:]
        j = k - 1
        while j > 0 and doc[ids[j]].tag_ == "ADJA":
            j -= 1
        if j > 0 and doc[ids[j]].tag_ == "ART" and doc[ids[j - 1]].tag_ in ("NN", "NE"):
            return ids[j:]
    return ids


def _passive(doc: Doc, cue: int, sent: Span) -> bool:
    """Whether the cue is a participle with a form of „werden“ („wurde beschlossen“, „Sollte
    … beschlossen werden“)."""
    if doc[cue].tag_ != "VVPP":
        return False
    verb = finite_of(doc, cue, sent)
    after = doc[cue + 1] if cue + 1 < sent.end else doc[cue]
    return (verb != cue and doc[verb].lemma_ == "werden") or after.lemma_ == "werden"


def inner_source(doc: Doc, found: Found, sent: Span, inside: set[int]) -> list[int]:
    """A quotation without speaker whose words hold a source phrase („sollen die Mittel dafür
    laut Gesundheitsministerium aus dem Landeshaushalt kommen“, „… den Recherchen zufolge …“):
    the phrase's noun phrase becomes the speaker and, with its preposition, leaves the quote.
    Words in quotation marks are no source phrase of the frame. ``[]`` when there is none."""
    words = set(found.quote) - inside
    for i in sorted(words):
        low = doc[i].lower_
        if low not in {"laut", "gemäß", "zufolge"} or doc[i].tag_ not in ("APPR", "APPO"):
            continue
        named = quoted_name(doc, i, sent)
        speaker = named or source_speaker(doc, i, sent, inside)
        if low != "zufolge":  # „laut Gesundheitsministerium aus dem Landeshaushalt“
            cut = next((j for j in speaker if doc[j].tag_ in ("APPR", "APPRART")), None)
            speaker = [j for j in speaker if cut is None or j < cut]
        if not speaker or not set(speaker) <= words:
            continue
        found.speaker = speaker
        found.quote = [j for j in found.quote if j != i and j not in speaker]
        return speaker
    return []


def quoted_name(doc: Doc, cue: int, sent: Span) -> list[int]:
    """The name in quotation marks right after „laut“ / „gemäß“ („Laut „Washington Post“ …“):
    up to four capitalised words between the marks (``[]`` if the pattern is not there)."""
    if doc[cue].lower_ not in {"laut", "gemäß"} or cue + 2 >= sent.end or not doc[cue + 1].is_quote:
        return []
    for end in range(cue + 2, min(cue + 7, sent.end)):
        if doc[end].is_quote:
            ids = list(range(cue + 2, end))
            return ids if ids and doc[ids[0]].text[:1].isupper() else []
        if doc[end].is_punct:
            return []
    return []


def _move_speaker(doc: Doc, found: Found, speaker: list[int]) -> None:
    """Replace the speaker of a source-phrase quotation: words it gives up go back to the quote
    (commas and the cue apart), words it takes leave the quote."""
    old, new = set(found.speaker), set(speaker)
    back = {i for i in old - new if not doc[i].is_punct and i != (found.cue.i if found.cue else -1)}
    found.quote = sorted((set(found.quote) - new) | back)
    found.speaker = sorted(new)


def refine_direct(doc: Doc, found: Found, inside: set[int], indirect: list[Found]) -> None:
    """Roles of a Direct quotation from its frame („…“, sagte X / X sagte: „…“), else from a
    source phrase of its sentence („nach Angaben der Polizei“), else the rules' own."""
    cue = direct_cue(doc, found.quote)
    outer = _outer_clause(found, indirect)
    label = colon_label(doc, min(found.quote), inside) if cue is None else []
    if outer is not None:
        found.cue, found.speaker = outer.cue, list(outer.speaker)
        found.cue_ids = list(outer.cue_ids)
        found.frame = [i for i in outer.frame if i not in inside]
    elif label:  # „CNN: "Kim Jong Un is gravely ill" NBC: "…"“: each quotation its label's
        found.speaker, found.frame = label, [*label, min(found.quote) - 1]
    elif cue is not None:
        found.cue = doc[cue]
        sent = doc[cue].sent
        if doc[cue].lower_ == "so":
            found.speaker = noun_phrase(doc, cue + 1, sent.end)
            found.cue_ids = [cue]
        else:
            found.speaker = speaker_of(doc, cue, sent, inside)
            verb = lexical_cue(doc, cue, sent, inside)  # „hatte der Airbus-Chef erklärt“
            found.cue = doc[verb]
            ids = sorted({cue, *cue_phrase(doc, verb, sent, inside)})
            found.cue_ids = extend_cue(doc, ids, sent, inside | set(found.speaker), found.quote)
        found.frame = frame_of(sent, sorted(inside))
    elif found.cue is None and indirect and indirect[0].kind == "source":
        source = indirect[0]
        found.cue, found.speaker = source.cue, list(source.speaker)
        found.frame = [i for i in source.frame if i not in inside]
    elif found.cue is not None:
        refine_roles(doc, found.cue.sent, found, inside)
    found.speaker = [i for i in found.speaker if i not in inside]
    if not found.speaker:
        _embedded_roles(doc, found, inside)
    if found.cue is not None and not found.addressee:
        found.addressee = addressee_of(doc, found.frame, found.cue.i, found.speaker) or (
            object_addressee(doc, found.frame, found.cue_ids, found.speaker)
        )


LABEL_TAGS = frozenset({"NE", "NN", "FM", "ART", "ADJA"})
MAX_LABEL = 4  # words of a name that labels a quotation before a colon


def colon_label(doc: Doc, first: int, inside: set[int]) -> list[int]:
    """A name right before the colon in front of a quotation with no word before it but the
    sentence's start or another quotation („CNN: "…" NBC: "…"“, „Bürgermeister Müller: „…““,
    „Jansen: „Oberliga ist keine Pillepalle-Liga““ as a subheading): the quotation's speaker
    (token ids); [] where the colon has a longer frame or no name. The label's last word is a
    name: tagged one, or a noun the text names elsewhere (tagged or recognised there: „Fazit:“,
    „Update:“ name no one)."""
    colon = first - 1
    if colon < 1 or doc[colon].text != ":":
        return []
    sent_start = doc[colon].sent.start
    start = colon
    while start > sent_start and doc[start - 1].tag_ in LABEL_TAGS and start - 1 not in inside:
        start -= 1
    if not (start == sent_start or start - 1 in inside) or not 0 < colon - start <= MAX_LABEL:
        return []
    if start > sent_start and not doc[start].text[:1].isupper():
        return []  # „in den „Kulturfragen“ des Deutschlandfunks: „…““: the title's owner
    ids = list(range(start, colon))
    last = doc[ids[-1]]
    if last.tag_ in ("NE", "FM"):
        return ids
    names = {t.text for t in doc if t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG")}
    return ids if last.tag_ == "NN" and last.text in names else []


def _embedded_roles(doc: Doc, found: Found, inside: set[int]) -> None:
    """A Direct quotation inside a sentence of its own words („Er bezeichnete den Vorwurf als
    „haltlos“.“): speaker and cue are the subject and main verb of the sentence."""
    sent = doc[found.quote[0]].sent
    outside = [t for t in sent if t.i not in inside and not t.is_punct]
    if len(outside) < MIN_OWN_WORDS:
        return
    verb = main_verb(doc, sent)
    if verb is None or verb in inside or not doc[verb].tag_.startswith("VV"):
        return
    speaker = [i for i in speaker_of(doc, verb, sent, inside) if i not in inside]
    if speaker:
        found.speaker = speaker
        if found.cue is None:
            found.cue = doc[verb]
            ids = cue_phrase(doc, verb, sent, inside | set(speaker))
            found.cue_ids = extend_cue(doc, ids, sent, inside | set(speaker), found.quote)
        if not found.frame:
            found.frame = frame_of(sent, sorted(inside))


def _outer_clause(found: Found, indirect: list[Found]) -> Found | None:
    """The rules' cue-verb Indirect clause that holds the Direct quotation ``found``."""
    if not indirect or indirect[0].cue is None or not indirect[0].cue.tag_.startswith("V"):
        return None
    outer = indirect[0]
    return outer if set(found.quote) < set(outer.quote) and outer.speaker else None


def _cut_after(doc: Doc, quote: list[int], last: int) -> list[int]:
    """The quote without the tokens up to ``last`` and a comma right after it."""
    rest = [i for i in quote if i > last]
    if rest and doc[rest[0]].text == ",":
        rest = rest[1:]
    return rest if len(rest) >= 3 else quote


def lead_in_speaker(doc: Doc, quote: list[int]) -> list[int]:
    """The speaker of a Direct quotation without cue that opens its sentence: the named subject
    of the sentence right before it in the same paragraph, when that sentence quotes nobody
    („… führt der Geheimdienstexperte Hänni auf die Spionageabwehr zurück. „Der NDB ist …““);
    ``[]`` otherwise (the quotation then continues a speaker named elsewhere, or none)."""
    sent = doc[quote[0]].sent
    if sent.start == 0 or any(not is_punct(doc[i]) for i in range(sent.start, quote[0])):
        return []
    last = doc[sent.start - 1]
    if last.is_space or "\n" in last.whitespace_:
        return []  # a paragraph break: a new paragraph's quotation is no lead-in's
    prev = last.sent
    if any(t.is_quote for t in prev):
        return []
    ids = subject_speaker(doc, prev)
    named = any(doc[i].tag_ == "NE" or doc[i].ent_type_ == "PER" for i in ids)
    return ids if named and doc[ids[0]].tag_ not in {"PPER", "PIS", "PDS"} else []


MIN_ECHO_WORDS = 3


def echo_speakers(doc: Doc, found: list[Found]) -> None:
    """A Direct quotation without speaker whose words another quotation repeats with a speaker
    takes that speaker: a headline quotes the body („Künstliche Intelligenz in der Schule –
    „Sie werden schneller und erfolgreicher““ … „Er sagt: „… Sie werden schneller und
    erfolgreicher.““)."""
    texts = [f" {' '.join(doc[i].lower_ for i in f.quote if not is_punct(doc[i]))} " for f in found]
    for item, text in zip(found, texts, strict=True):
        if item.type != "Direct" or item.speaker or len(text.split()) < MIN_ECHO_WORDS:
            continue
        source = next(
            (f for f, other in zip(found, texts, strict=True)
             if f is not item and f.speaker and text in other),
            None,
        ) or _abridged_source(item, text, found, texts)  # fmt: skip
        if source is not None:
            item.speaker = list(source.speaker)


MIN_ABRIDGED_WORDS = 5
ABRIDGED_SHARE = 0.8
STEM = 5


def _abridged_source(item: Found, text: str, found: list[Found], texts: list[str]) -> Found | None:
    """The quotation with speaker that ``item`` abridges: a headline shortens the body's
    words but keeps their order („Einfach kein Geld mehr, um die Miete zu zahlen“ of „…, einfach
    weil die Leute kein Geld mehr haben, um die Miete zu zahlen“): at least
    ``ABRIDGED_SHARE`` of its words, compared by their first ``STEM`` letters („überhitzen“,
    „überhitzt“), occur in that order in the other; the one that keeps most of them."""
    words = [w[:STEM] for w in text.split()]
    if len(words) < MIN_ABRIDGED_WORDS:
        return None
    best, best_share = None, ABRIDGED_SHARE
    for other, other_text in zip(found, texts, strict=True):
        if other is item or not other.speaker:
            continue
        share = _in_order(words, [w[:STEM] for w in other_text.split()]) / len(words)
        if share >= best_share:
            best, best_share = other, share
    return best


def _in_order(words: list[str], other: list[str]) -> int:
    """The length of the longest common subsequence of two word lists."""
    row = [0] * (len(other) + 1)
    for word in words:
        previous = 0
        for j, candidate in enumerate(other, 1):
            keep = row[j]
            row[j] = previous + 1 if word == candidate else max(row[j], row[j - 1])
            previous = keep
    return row[-1]


# Nouns whose „dass“ clause is what their genitive said („das Argument der Landesregierung,
# dass …“), besides the source nouns of ``sources.is_source_noun``.
CONTENT_NOUNS = (
    "argument", "vorwurf", "behauptung", "forderung", "ankündigung", "warnung", "hinweis",
    "kritik", "befürchtung", "zusage", "versicherung", "vorschlag",
)  # fmt: skip
MAX_GENITIVE = 8


def content_genitive(doc: Doc, quote: list[int]) -> list[int]:
    """The genitive noun phrase right before „, dass“ that follows a statement noun: who made
    the statement whose content the clause is („… empört über das Argument der
    Landesregierung, dass …“); ``[]`` otherwise."""
    first = min(quote, default=0)
    comma = first - 1
    if doc[first].lower_ != "dass" or comma < 2 or doc[comma].text != ",":
        return []
    for k in range(comma - 1, max(1, comma - MAX_GENITIVE), -1):
        token = doc[k]
        if token.tag_ not in NP_TAGS:
            return []
        noun = doc[k - 1]
        if token.lower_ in {"der", "des"} and token.tag_ == "ART" and noun.tag_ == "NN":
            lemma = (noun.lemma_ or noun.text).lower()
            if lemma.endswith(CONTENT_NOUNS) or is_source_noun(lemma):
                return list(range(k, comma))
            return []
    return []
