"""NLP stage, tokenizer: German news text -> tokens.

spaCy's German rules with news-specific changes:
- every quotation mark („ “ ” ‚ ‘ ’ » « › ‹ " ' and typographic variants) is a token of its own,
  also when glued to a word on either side („ist‹“, „«Nein»“);
- #hashtags and @handles stay whole, URLs stay whole (spaCy's URL matcher);
- a year with a period at the end of a sentence („im Jahr 2024.“) is split, while ordinals and
  dates („13. März“, „3. Oktober“) stay whole;
- abbreviations common in news (u. a., z. B., Dr., Nr., St., ca., bzw.) stay whole;
- a name of Irish, Italian, French or West African form with one capital letter, an apostrophe
  and a capitalised word („O’Keefe“, „O'Brien“, „D’Alema“, „N’Diaye“) is one token: the
  apostrophe is no quotation mark there, and the NER split „Mark O’Keefe“ into „Mark O“ and
  „Keefe“.

``customize_tokenizer(nlp)`` is registered as a spaCy callback, so a saved pipeline rebuilds the
same tokenizer from its config.

Linear time: spaCy strips suffixes one at a time, and a suffix regex (alternatives ending in
``$``) searched over the whole remaining string costs its length each time — a run of 20,000
quotation marks or dots without a space took minutes. ``TailSearch`` searches only the last
``SUFFIX_WINDOW`` characters (lookbehinds still see the characters before them), which gives
the same suffix for every suffix shorter than the window; ``bound_suffix_search`` puts it on a
loaded pipeline (whose saved tokenizer brings back the plain regex). spaCy also copies and hashes
the remaining string for every affix it strips, so a "word" of ``LONG_TOKEN`` or more characters
without a space (84,000 ``&`` of a fuzzed attribute took 17 s) is one token, never split:
``TOKEN_MATCH`` stops the stripping at once, and the model sees one token instead of thousands.
"""

from __future__ import annotations

import re

import spacy
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

QUOTES = "„“”‚‘’»«›‹\"'`´‟‛❝❞〝〞＂"
_QUOTE_CLASS = "[" + re.escape(QUOTES) + "]"

# Abbreviations that spaCy's German exceptions lack but news uses (lower-case and capitalised).
NEWS_ABBREVIATIONS = [
    "u.",
    "a.",
    "z.",
    "B.",
    "Dr.",
    "Nr.",
    "St.",
    "ca.",
    "bzw.",
    "vgl.",
    "Prof.",
    "Mio.",
    "Mrd.",
    "Tsd.",
    "Abs.",
    "Art.",
    "Jh.",
    "Jhd.",
    "Hrsg.",
    "Str.",
    "inkl.",
    "exkl.",
    "zzgl.",
    "ggf.",
    "evtl.",
    "usw.",
    "etc.",
    "Co.",
    "Min.",
    "Std.",
    "Tel.",
    "Bd.",
    "Fr.",
    "Hr.",
    "Gen.",
    "Lt.",
    "Sen.",
    "Abg.",
    "MdB.",
    "Kap.",
    "v.",
    "Chr.",
    "Ziff.",
    "Okt.",
    "Nov.",
    "Dez.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Apr.",
    "Mi.",
    "Do.",
    "Di.",
    "Sa.",
    "So.",
    "Mo.",
]

SUFFIX_WINDOW = 64  # characters a suffix search looks at: longer suffixes come off in parts
LONG_TOKEN = 256  # characters without a space that are one token, never split into affixes
# a name with an apostrophe after its one-letter prefix („O’Keefe“, „D’Alema“, „N’Diaye“)
APOSTROPHE_NAME = (
    rf"[{ALPHA_UPPER}][’'][{ALPHA_UPPER}][{ALPHA_LOWER}]+(?:-[{ALPHA_UPPER}][{ALPHA_LOWER}]+)?$"
)
# a #hashtag or @handle, an apostrophe name, or LONG_TOKEN characters without a space (matched
# after 256 characters)
TOKEN_MATCH = re.compile(rf"(?s)^(?:[#@]\w(?:[\w.\-]*\w)?$|{APOSTROPHE_NAME}|.{{{LONG_TOKEN}}})")


class TailSearch:
    """``regex.search`` over the last ``SUFFIX_WINDOW`` characters of a string. ``pattern`` is
    the regex's, so spaCy saves the tokenizer as before (it reads ``search.__self__.pattern``)."""

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.pattern = regex.pattern

    def search(self, string: str) -> re.Match | None:
        return self.regex.search(string, max(0, len(string) - SUFFIX_WINDOW))


def bound_suffix_search(nlp: Language) -> Language:
    """``nlp`` with its tokenizer's suffix search bounded to the string's tail (``TailSearch``)
    and long words kept whole (``TOKEN_MATCH``), also when its saved tokenizer has the plain
    regexes of an older version."""
    search = nlp.tokenizer.suffix_search
    regex = getattr(search, "__self__", None)
    if isinstance(regex, re.Pattern):
        nlp.tokenizer.suffix_search = TailSearch(regex).search
    match = nlp.tokenizer.token_match
    if match is None or _pattern(match) in _OLDER_PATTERNS:
        nlp.tokenizer.token_match = TOKEN_MATCH.match
    return nlp


# the token matches of the pipelines saved before LONG_TOKEN and before APOSTROPHE_NAME
_SOCIAL_PATTERN = r"^[#@]\w(?:[\w.\-]*\w)?$"
_OLDER_PATTERNS = frozenset(
    {_SOCIAL_PATTERN, rf"(?s)^(?:[#@]\w(?:[\w.\-]*\w)?$|.{{{LONG_TOKEN}}})"}
)


def _pattern(match) -> str | None:
    owner = getattr(match, "__self__", None)
    return owner.pattern if isinstance(owner, re.Pattern) else None


@spacy.registry.callbacks("zitate.news_tokenizer.v1")
def create_news_tokenizer_callback():
    def callback(nlp: Language) -> Language:
        customize_tokenizer(nlp)
        return nlp

    return callback


def customize_tokenizer(nlp: Language) -> None:
    """Change ``nlp.tokenizer`` in place to the news rules described in the module docstring."""
    tok = nlp.tokenizer
    defaults = nlp.Defaults
    # "#" is no prefix of its own: a hashtag stays whole („#Ukraine.“ -> „#Ukraine“ „.“).
    prefixes = [_QUOTE_CLASS, r"#(?!\w)", *(p for p in defaults.prefixes if p != "#")]
    suffixes = [
        _QUOTE_CLASS,
        r"(?<=[0-9]{4})\.",  # „im Jahr 2024.“
        rf"(?<=[{ALPHA_LOWER}][{ALPHA_UPPER}])\.",  # „das Unternehmen SpaceX.“
        *defaults.suffixes,
    ]
    infixes = [
        *defaults.infixes,
        rf"(?<=[{ALPHA}0-9.,;:!?]){_QUOTE_CLASS}(?=[{ALPHA}0-9])",
        rf"(?<=[{ALPHA}])[:;](?={_QUOTE_CLASS})",
        rf"(?<=[{ALPHA}]){_QUOTE_CLASS}(?=[.,;:!?])",
    ]
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = TailSearch(compile_suffix_regex(suffixes)).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    if tok.token_match is None:  # German has none; it must stay a compiled regex's .match
        tok.token_match = TOKEN_MATCH.match
    for abbr in NEWS_ABBREVIATIONS:
        tok.add_special_case(abbr, [{ORTH: abbr}])
    # spaCy splits these apostrophe forms, but quotation marks must be tokens of their own.
    for quote in QUOTES:
        if quote in tok.rules:
            tok.add_special_case(quote, [{ORTH: quote}])


TEXT_KEY = "zitate.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per ``Doc`` and kept in ``doc.user_data`` (spaCy joins it from
    a new ``Token`` object per token on every access; the later stages need it several times).
    Tokens' texts never change once tokenized, so the kept text stays right."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


WORDS_KEY = "zitate.words"
LOWERS_KEY = "zitate.lowers"


def doc_words(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, made once per ``Doc`` and kept in ``doc.user_data`` (as
    ``doc_text``): rule steps that scan a sentence's words index it instead of making a
    ``Token`` per word. Read only; tokens' texts never change once tokenized."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None or len(words) != len(doc):
        words = doc.user_data[WORDS_KEY] = [t.text for t in doc]
    return words


def doc_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, made once per ``Doc`` (as ``doc_words``; read only)."""
    lowers = doc.user_data.get(LOWERS_KEY)
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data[LOWERS_KEY] = [t.lower_ for t in doc]
    return lowers
