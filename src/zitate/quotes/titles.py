"""Quoted titles, names and terms: words in quotation marks that are nobody's statement.

Stage: quotation attribution, before the rules (``candidates.is_name`` asks it). Input: a span of
a spaCy ``Doc`` between and including matching quotation marks (no tags needed). Output: whether
the text around it makes the quoted words a title, a name or a term (``titled``):

- a class noun right before the opening mark names what the capitalised words are — a work, a
  medium, an organisation, a campaign, a word („das Stück „Das letzte Kleinod““, „die AfD-kritische
  Kampagne „Made in Germany, made by Vielfalt““, „das Wort „Kalifat““); the nouns are the data
  of ``data/title_nouns.json``, matched as words or as the last part of a compound, inflected
  („des Theaterstücks“, „der Tageszeitung“);
- „sogenannt“ right before it: a term the writer distances himself from („die sogenannte
  „Reform““, „so genannten „Traumgegner““);
- a hyphen and a word right after the closing mark: the quoted words are the first part of a
  compound („die „Bild“-Zeitung“, „„Allahu akbar“-Rufe“);
- after the closing mark a copula and a class noun (of compounds) as its predicate
  („„Sprechen Sie nie mit Unbekannten“ ist das erste Kapitel …“).

A colon or comma between the noun and the mark makes no title: „sagte er der Zeitung: „…““ and
„…, sagte er der Zeitung“ quote the speaker.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from ..nlp.tokenizer import doc_text

DATA = "title_nouns.json"
#: A copula between the quoted words and the class noun that says what they are.
COPULAS = frozenset({"ist", "war", "lautet", "lautete", "heißt", "hieß"})
#: Words between the copula and its class noun („ist das erste Kapitel“, „war der neue Titel“).
MAX_PREDICATE_GAP = 4
#: A closing mark, a hyphen and a word: the quoted words open a compound. The tokenizer may keep
#: the mark and the rest of the compound in one token, so the span runs on past the mark.
_COMPOUND_END = re.compile(r"[\"“”«»‹›‘’]-[\w-]+$")
_COMPOUND_AFTER = re.compile(r"-\w")
_ENDINGS = ("es", "en", "s", "n", "e")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return frozenset(data["class_nouns"]), frozenset(data["whole_words"])


@lru_cache(maxsize=4096)
def class_noun(word: str, whole_words: bool = True) -> bool:
    """Whether ``word`` (a capitalised noun) names a class of titles, names or terms: a class
    noun, the last part of a compound ending in one, or a whole word (after a hyphen too; not
    with ``whole_words`` false), also inflected („Buches“, „Zeitungen“, „Theaterensembles“)."""
    if not word[:1].isupper():
        return False
    compounds, whole = _nouns()
    whole = whole if whole_words else frozenset()
    low = word.lower().rsplit("-", 1)[-1]
    if low in _data()["not_titles"]:
        return False  # „mit den Worten „…““: someone's words
    forms = {low} | {low[: -len(e)] for e in _ENDINGS if low.endswith(e) and len(low) > len(e) + 2}
    for form in forms:
        if form in compounds or form in whole:
            return True
        if any(form.endswith(noun) and len(form) > len(noun) + 2 for noun in compounds):
            return True
    return False


def so_called(doc: Doc, i: int) -> bool:
    """Whether the token ``i`` is „sogenannt“ (any ending, „sog.“) or the „genannt…“ of „so
    genannt…“."""
    data = _data()
    low = doc[i].lower_
    if any(low.startswith(w) for w in data["so_called"]):
        return True
    first, second = data["so_called_split"]
    return low.startswith(second) and i > 0 and doc[i - 1].lower_ == first


def titled(span: Span) -> bool:
    """Whether the quoted ``span`` (marks included) is a title, name or term by the words
    around it (see the module docstring)."""
    doc = span.doc
    before = span.start - 1
    text = doc_text(doc)  # joined once per document
    inline = before >= 0 and "\n" not in text[doc[before].idx : span.start_char]
    if inline and so_called(doc, before):
        return True  # inline: not a heading („Detaillierte Modellierungsstudie“) above the words
    if inline and class_noun(doc[before].text) and _capitalised(span):
        return True
    if _COMPOUND_END.search(span.text) or _COMPOUND_AFTER.match(text, span.end_char):
        return True
    return _named_after(doc, span.end)


def _named_after(doc: Doc, end: int) -> bool:
    """A copula right after the closing mark whose predicate is a class noun („… ist das erste
    Kapitel“), within the sentence."""
    if end >= len(doc) or doc[end].lower_ not in COPULAS:
        return False
    stop = min(len(doc), end + 2 + MAX_PREDICATE_GAP)
    for token in doc[end + 1 : stop]:
        if token.is_punct or token.is_sent_start:
            return False
        if token.text[:1].isupper():  # not „… ist ein geflügeltes Wort“: a saying is words
            return class_noun(token.text, whole_words=False)
    return False


def _capitalised(span: Span) -> bool:
    """Whether the quoted words start with a capital or a digit, as a title or name does:
    „in dem Gesetz „kein Hindernis …““ and „des Polizeigesetzes „ein moderates … Gesetz““ are
    someone's words about the thing the noun names."""
    first = next((t for t in span if not t.is_punct and not t.is_quote), None)
    return first is not None and (first.text[:1].isupper() or first.text[:1].isdigit())
