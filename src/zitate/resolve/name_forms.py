"""Names in the nominative: the case forms of an organisation's name after an article.

Stage: resolve (used by ``zitate.resolve.mentions`` when it makes a mention's name, and by
``.roles``). Input: the tokens of a name mention (``Token``; STTS tags and lemmas) and where it
stands in the ``Doc``. Output: its words with the leading adjectives in the nominative
(„(laut) Statistischem Bundesamt“ -> „Statistisches Bundesamt“), the head noun of a genitive in
the nominative („(des) Vereinigungsministeriums in Seoul“ -> „Vereinigungsministerium in
Seoul“), and the tests behind them (a plural noun form, a genitive article before the name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .declension import nominative_adjectives
from .repair import adjectival


def nominative_words(doc: Doc, start: int, tokens: list[Token]) -> list[str]:
    """The words of a name with its leading adjectives in the nominative: in the strong form
    where the gender of the noun after them is known („(laut) Statistischem Bundesamt“ ->
    „Statistisches Bundesamt“, „(von) Deutscher Bahn“ -> „Deutsche Bahn“), else after „der“
    (dative or genitive of a feminine or plural name) or before a plural noun in the weak form:
    „(der) Vereinigten Arabischen Emirate“ -> „Vereinigte Arabische Emirate“, „Die Vereinten
    Nationen“ -> „Vereinte Nationen“."""
    words = [t.text for t in tokens]
    n = 0
    while n < len(tokens) - 1 and adjectival(tokens[n]):
        n += 1
    plural = n > 0 and plural_form(tokens[n])  # „(Die) Vereinten Nationen“
    if n and tokens[n].tag_ == "NN" and not plural:
        strong = nominative_adjectives(words[:n], nominative(tokens[n]))
        if strong is not None:
            return strong + words[n:]
    if not plural and (start == 0 or doc[start - 1].lower_ != "der"):
        return words
    for i, token in enumerate(tokens[:-1]):
        if not adjectival(token) or not token.text.endswith("en"):
            break
        words[i] = token.text[:-1]
    return words


def plural_form(token: Token) -> bool:
    """A noun in a plural form: its lemma differs from it by more than a genitive ending
    („Nationen“ of „Nation“, not „Staates“ of „Staat“)."""
    text, lemma = token.text, token.lemma_
    if token.tag_ != "NN" or not lemma[:1].isupper() or text == lemma:
        return False
    return text.startswith(lemma[:3]) and text not in (lemma + "s", lemma + "es")


GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes"})


def genitive_head(tokens: list[Token], words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of an organisation's name after „des“ with its head noun in the nominative,
    where a place or an abbreviation follows the head: „(des) Vereinigungsministeriums in
    Seoul“ -> „Vereinigungsministerium in Seoul“, „(des) Islamischen Staates (IS)“."""
    end = next((i for i, t in enumerate(tokens) if t.tag_ == "APPR" or t.is_punct), None)
    if not end:
        return words
    head = tokens[end - 1]
    noun = nominative(head)
    if head.tag_ != "NN" or noun == head.text or not head.text.endswith("s"):
        return words
    return (*words[: end - 1], noun, *words[end:])


def after_genitive_article(doc: Doc, start: int) -> bool:
    """Whether the mention at ``start`` follows „des“ (adjectives between): „des
    US-Europakommandos“, „des Schweizer Nachrichtendienstes“."""
    i = start - 1
    while i >= 0 and doc[i].tag_ == "ADJA":
        i -= 1
    return i >= 0 and doc[i].lower_ in GENITIVE_ARTICLES


def nominative(token: Token) -> str:
    """The nominative of a (genitive) noun or name word: its lemma where the lemmatiser gives
    a capitalised one („Nachrichtendienstes“), else the word without a genitive „s“
    („US-Europakommandos“); any other word as it is („Generalstab“)."""
    lemma, text = token.lemma_, token.text
    if lemma != text and lemma[:1].isupper() and text.startswith(lemma[:3]):
        return lemma
    genitive_s = text.endswith("s") and not text.endswith("ss") and len(text) > 4
    return text[:-1] if genitive_s else text
