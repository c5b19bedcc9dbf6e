"""NLP stage, Swiss spelling: „ss“ read as the „ß“ of the word (``install`` and the component
``zitate_eszett``).

Swiss German writes every „ß“ as „ss“ („gemäss“, „hiess es“, „äusserte sich“, „schliesst …
aus“, „weiss“). The tagger, the lemmatizer and every lexicon of the later stages know the
„ß“ forms only, so a Swiss statement lost its cue and „Gemäss“ became a person.

Input: ``zitate/data/eszett.json`` (built by ``zitate train eszett``): the lower-case German
forms with „ß“ whose „ss“ spelling is no word of its own (not „dass“, „muss“, „Masse“), and
UD lemmas of some of them. Output:

- ``install(nlp)``: the vocabulary gives a word spelled with „ss“ the lower-case form and norm
  of its „ß“ form (``Token.lower_``/``norm_`` „gemäß“ for „Gemäss“), so the tagger, the NER and
  every lexicon lookup on ``lower_`` read it as that word; its text is unchanged.
- ``zitate_eszett`` (right after the lemmatizer): such a word's lemma is the lemma of its „ß“
  form („hiess“ → „heißen“, „äusserte“ → „äußern“).

A compound whose first part is such a word reads as its „ß“ form too („Strassenverkehr“ →
„straßenverkehr“). Names keep their form: a surname of ``eszett.json`` („Weiss“) in the
vocabulary; in the component, a word tagged as a name (``NE``) or capitalised inside a sentence
where its „ß“ form is no noun („Peter Weiss“) takes back its own norm and lemma.
"""

import json
from functools import lru_cache
from importlib import resources

from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.tokens import Doc

NAME = "zitate_eszett"
# Inflectional endings after a form with a known lemma („ließ|en“, „äußerte|n“, „groß|e“).
ENDINGS = ("en", "n", "e", "es", "er", "em", "st", "t")
VOWELS = frozenset("aeiouyäöü")
MIN_PART = 4  # letters of each part of a compound („Fuss|ball“, „Strassen|verkehr“)
NAME_TAGS = frozenset({"NE", "FM"})
# Before a sentence's first word: where a capitalised word may be no noun and no name.
OPENERS = frozenset({".", "!", "?", ":", "„", '"', "«", "»", "“", "(", "–", "-"})


@lru_cache(maxsize=1)
def _data() -> dict:
    """``eszett.json``, read once."""
    path = resources.files("zitate") / "data" / "eszett.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    """({„ss“ form: „ß“ form}, {„ß“ form: lemma}), lower case, from ``eszett.json``."""
    doc = _data()
    return {w.replace("ß", "ss"): w for w in doc["words"]}, doc["lemmas"]


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Capitalised „ss“ forms that are surnames more than sentence-initial words („Weiss“)."""
    return frozenset(_data().get("names", ()))


def eszett_form(text: str) -> str | None:
    """The lower-case „ß“ form of ``text`` spelled with „ss“ (a word, a compound whose first
    part is one: „Strassenverkehr“, or a hyphenated word with such parts:
    „US-Aussenministeriums“), or None; None for a surname („Weiss“)."""
    if ("ss" not in text and "SS" not in text) or text in names():
        return None
    words = vocabulary()[0]
    low = text.lower()
    found = words.get(low) or compound_form(low, words)
    if found or "-" not in low:
        return found
    parts = low.split("-")  # „US-Aussenministeriums“: each part of a hyphenated word
    spelled = [words.get(p) or compound_form(p, words) or p for p in parts]
    return "-".join(spelled) if spelled != parts else None


def compound_form(low: str, words: dict[str, str]) -> str | None:
    """„straßenverkehr“ for „strassenverkehr“: the longest first part with „ss“ that is a
    word of ``words`` (at least ``MIN_PART`` letters, and so the rest), then the rest as it
    stands; None where no such split exists."""
    for cut in range(len(low) - MIN_PART, MIN_PART - 1, -1):
        head = low[:cut]
        rest = low[cut:]
        if "ss" in head and head in words and rest.isalpha() and not _syllable(head, rest):
            return words[head] + rest
    return None


def _syllable(head: str, rest: str) -> bool:
    """Whether the „ss“ at the end of ``head`` opens the syllable of a vowel after it, which
    makes the split no compound („Mass|aker“, „Mass|agesessel“: „Massaker“, „Massage“)."""
    return head.endswith("ss") and rest[:1] in VOWELS


class EszettAttr:
    """A lexeme attribute getter (``LOWER`` or ``NORM``) that gives a Swiss „ss“ word its „ß“
    form and every other word what ``base`` gives (picklable, for ``nlp.pipe(n_process=…)``)."""

    def __init__(self, base):
        self.base = base

    def __call__(self, text: str) -> str:
        return eszett_form(text) or self.base(text)


def install(nlp: Language) -> Language:
    """``nlp`` whose vocabulary reads „ss“ words as their „ß“ forms (lexemes made from now on
    and those it already holds), with ``zitate_eszett`` after its lemmatizer."""
    getters = nlp.vocab.lex_attr_getters
    for attr in (LOWER, NORM):
        base = getters.get(attr, str.lower)
        if not isinstance(base, EszettAttr):
            getters[attr] = EszettAttr(base)
    for lex in nlp.vocab:
        form = eszett_form(lex.orth_)
        if form:
            lex.lower_ = lex.norm_ = form
    lemmatizers = [n for n in ("trainable_lemmatizer", "lemmatizer") if n in nlp.pipe_names]
    if lemmatizers and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, after=lemmatizers[0])
    return nlp


def eszett_lemma(text: str, lemma: str, form: str) -> str:
    """The lemma of a Swiss word ``text`` (lemmatizer: ``lemma``) whose „ß“ form is ``form``."""
    words, lemmas = vocabulary()
    if form in lemmas:
        return lemmas[form]
    if lemma.lower() == text.lower():  # no tree applied: „liessen“ takes the lemma of „ließ“
        for ending in ENDINGS:
            if form.endswith(ending) and form[: -len(ending)] in lemmas:
                return lemmas[form[: -len(ending)]]
    spelled = words.get(lemma.lower()) or compound_form(lemma.lower(), words)
    if spelled:  # „äussern“ → „äußern“, in the lemma's case
        return spelled[:1].upper() + spelled[1:] if lemma[:1].isupper() else spelled
    return lemma


def set_lemmas(doc: Doc) -> Doc:
    """Give, in place, each token that the vocabulary reads as a „ß“ form its lemma; a name
    (``is_name``) its own norm and lemma instead."""
    for token in doc:
        if "ß" in token.lower_ and "ß" not in token.text:
            if is_name(token):
                token.norm_ = token.text.lower()
                token.lemma_ = token.text
            else:
                token.lemma_ = eszett_lemma(token.text, token.lemma_, token.lower_)
    return doc


def is_name(token) -> bool:
    """Whether a Swiss „ss“ word is a name: tagged as one, or capitalised inside a sentence
    (not after a full stop, colon, quotation mark or dash) where its „ß“ form is no noun (its
    lemma, if known, in lower case; „Peter Weiss“, unlike „an der Strasse“)."""
    if token.tag_ in NAME_TAGS:
        return True
    if not token.text[:1].isupper() or token.i == 0 or token.tag_ == "NN":
        return False
    before = token.doc[token.i - 1]
    if before.text in OPENERS or before.is_space or before.is_quote:
        return False
    lemma = vocabulary()[1].get(token.lower_) or ""
    return not lemma[:1].isupper()


@Language.factory(NAME)
def make_eszett(nlp: Language, name: str):
    return set_lemmas
