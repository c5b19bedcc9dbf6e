"""Disputes stage, judgements of a claim: the tokens of a statement's sentence -> whether they
judge what was said („Das sei falsch“, „nannte die Vorwürfe haltlos“, „sprach von einer Lüge“,
„Das stimmt nicht“, „Dafür fehlten belastbare Studien“), and the word tests ``detect`` shares
(the claim noun a token is, whether a verb is negated).

Input: spaCy tokens of one or more sentences and a ``DisputeLexicon``. Output: a relation type
(``denies``, ``contradicts``) or ``None``; ``claim_noun`` gives the lexicon key of a claim noun
(„Vorwürfen“ -> „vorwürfe“), ``negated`` whether a negation stands by a verb. Used by
``zitate.disputes.detect`` (which imports this module, never the other way round).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.stemming import stem_word
from .lexicon import ANAPHORA, DisputeLexicon
from .sentences import Memo, cached, quote_tokens

CALLING = frozenset({"nennen", "bezeichnen", "sprechen", "halten"})
# determiners that point back at something said: „eine solche Zusage“, „diese Zahlen“
POINTING = frozenset({
    "diese", "dieser", "diesen", "diesem", "dieses", "solche", "solchen", "solcher", "solch",
    "derartige", "derartigen", "derartiger", "jene", "jenen", "jener",
})  # fmt: skip
NAMING = frozenset({"nennen", "bezeichnen"})  # „nannte das Vorgehen Piraterie“
# tags of a pronoun that stands for what was said („Das stimmt nicht“, „Beides“, „Er sei …“)
STANDING = frozenset({"PDS", "PPER", "PIS"})
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinesfalls", "nie"})
POINTERS = frozenset({"dafür", "dazu", "davon", "hierfür"})  # „Dafür fehlten … Studien“
OPENING = frozenset({"„", '"', "»", "«", "‚", "“"})  # quotation marks that open a word
CALLED = 5  # „bezeichnete den Bericht als einseitig“: the claim noun a few words before
TRUTH_WINDOW = 5  # „nicht durch die Theorie gedeckt“: the negation a few words before
_STEM_KEYS: dict[int, dict[str, str]] = {}  # id of a lexicon's claim nouns -> stem -> key


def claim_noun(token: Token, lexicon: DisputeLexicon) -> str | None:
    """The lexicon's key of the claim noun ``token`` is („Anschuldigungen“ -> „anschuldigung“,
    „Vorwürfen“ -> „vorwürfe“): its word, its lemma, or the key of the same Snowball stem."""
    for word in (token.lower_, token.lemma_.lower()):
        if word in lexicon.claim_nouns:
            return word
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    keys = _STEM_KEYS.get(id(lexicon.claim_nouns))
    if keys is None:
        keys = {stem_word(k): k for k in sorted(lexicon.claim_nouns, reverse=True)}
        _STEM_KEYS[id(lexicon.claim_nouns)] = keys
    return keys.get(stem_word(token.lower_))


def judged(doc: Doc, quote: dict, sentence: list[Token], memo: Memo | None = None) -> list[Token]:
    """Where a judgement counts: the quotation's own words; the whole sentence of a Reported
    statement or of one whose verb names or calls („nannte die Vorwürfe haltlos“, „sprach von
    einer Lüge“) — never the narrator's words around another's statement („verbreitete Trumps
    Falschbehauptung“)."""
    calling = cached(
        memo, ("calling",), sentence, lambda: any(t.lemma_.lower() in CALLING for t in sentence)
    )
    if quote.get("type") == "Reported" or calling:
        return sentence
    return quote_tokens(doc, quote.get("spans"))


def judgement(sentence: list[Token], lexicon: DisputeLexicon) -> str | None:
    """``denies`` when a judgement word („falsch“, „Lüge“) is said of a claim in ``sentence``."""
    words = [t.lower_ for t in sentence]
    for n, token in enumerate(sentence):
        word, lemma = words[n], token.lemma_.lower()
        pair = f"{words[n - 1]} {word}" if n else word  # „aus der Luft gegriffen“
        if not {word, lemma, pair} & lexicon.judgements:
            continue
        quoted = n and words[n - 1] in OPENING  # „nannte den Bericht „Fake News““
        if (token.pos_ == "PROPN" or token.ent_type_) and not quoted:
            continue  # part of a name („Center for … Propaganda and Security“)
        if word == "erfunden" and n and words[n - 1] != "frei" and token.tag_ != "ADJD":
            continue  # „erfunden“ as a participle of invention („das Label … erfunden“)
        if token.tag_ == "ADJA" and not _of_claim(sentence[n + 1 : n + 3], lexicon):
            continue  # an attribute of a thing („mit absurden Decknamen“), not of a claim
        if any(w in NEGATIONS for w in words[max(0, n - 3) : n]):
            continue
        pointer = any(
            w in ANAPHORA or w in lexicon.claim_nouns or t.ent_type_ in ("PER", "ORG")
            for w, t in zip(words, sentence, strict=True)
        )
        if pointer or _spoken_of(token, words[max(0, n - 3) : n], sentence):
            return "denies"
    return (
        _condemned(sentence, words, lexicon)
        or _untrue(sentence, words, lexicon)
        or _predicated(sentence, words, lexicon)
        or _formula(sentence, words, lexicon)
    )


def _formula(sentence: list[Token], words: list[str], lexicon: DisputeLexicon) -> str | None:
    """``denies`` for a formula of denial: a noun of the lexicon after „kein“, before a form of
    „sein“ („Davon kann keine Rede sein“, „Von einer Einkesselung könne keine Rede sein“)."""
    for n, token in enumerate(sentence):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.formulas:
            continue
        if (
            n
            and words[n - 1] == "keine"
            and any(t.lemma_.lower() == "sein" for t in sentence[n + 1 : n + 3])
        ):
            return "denies"
    return None


def _predicated(sentence: list[Token], words: list[str], lexicon: DisputeLexicon) -> str | None:
    """``denies`` when a predicate of the lexicon is said of a claim through a copula: „Das ist
    reine Spekulation“, „Diese ganzen Meldungen sind ein Blödsinn“, „Die Behauptung, dass …, ist
    unmöglich“. The subject before the copula is „das“/„dies“ opening the sentence or a claim
    noun as its first noun; the predicate is not negated. An adjective said of a bare „das“ must
    end its clause („Das ist unmöglich.“, not „Das ist unmöglich zu schaffen“). With a verb of
    naming the claim noun is its object instead („bezeichnete den Bericht als einseitig“)."""
    naming = any(t.lemma_.lower() in NAMING for t in sentence)
    for n, token in enumerate(sentence):
        if not {words[n], token.lemma_.lower()} & lexicon.predicates or token.ent_type_:
            continue
        if naming and _named_claim(sentence[max(0, n - CALLED) : n], lexicon):
            return "denies"  # „bezeichnete den Bericht als einseitig“, „nannte die Kritik Unsinn“
        copula = _copula(sentence, n)
        if copula is None or any(w in NEGATIONS for w in words[copula:n]):
            continue
        opening = next((m for m, t in enumerate(sentence) if not (t.is_punct or t.is_space)), None)
        pronoun = opening is not None and opening < copula and _pronoun(sentence, opening)
        first = next((t for t in sentence[:copula] if t.pos_ in ("NOUN", "PROPN")), None)
        named = first is not None and claim_noun(first, lexicon) is not None
        if pronoun and token.pos_ != "NOUN" and not named:
            after = sentence[n + 1] if n + 1 < len(sentence) else None
            if after is not None and not after.is_punct:
                continue  # „Das ist unmöglich zu schaffen“: a judgement of a task
        if pronoun or named:
            return "denies"
    return None


def _named_claim(before: list[Token], lexicon: DisputeLexicon) -> bool:
    """A claim noun stands among the words before a predicate, with no negation: the object of
    „nannte“/„bezeichnete (als)“ („den Bericht als voreingenommen“)."""
    words = {t.lower_ for t in before}
    return not words & NEGATIONS and any(claim_noun(t, lexicon) is not None for t in before)


def _copula(sentence: list[Token], n: int) -> int | None:
    """The index of the form of „sein“ a few words before ``sentence[n]`` with only particles,
    adverbs, articles and adjectives between („ist reine“, „sind allesamt“, „ist doch ein“)."""
    for m in range(n - 1, max(-1, n - 5), -1):
        token = sentence[m]
        if token.lemma_.lower() == "sein" and token.tag_ == "VAFIN":
            return m
        if token.pos_ not in ("ADV", "ADJ", "DET", "PART") or token.is_punct:
            return None
    return None


def _pronoun(sentence: list[Token], m: int) -> bool:
    """``sentence[m]`` is „das“/„dies“ standing for what was said, not an article: „Das ist eine
    Kampagne“, „…, ist das die typische Inszenierung“ (the tagger may call it a determiner)."""
    token = sentence[m]
    if token.lower_ not in ("das", "dies"):
        return False
    after = sentence[m + 1] if m + 1 < len(sentence) else None
    return token.pos_ == "PRON" or after is None or after.pos_ not in ("NOUN", "ADJ", "PROPN")


def _of_claim(following: list[Token], lexicon: DisputeLexicon) -> bool:
    """An attributive judgement stands before a claim noun („Grundlose Berichte über …“)."""
    return any(claim_noun(t, lexicon) is not None for t in following if t.pos_ == "NOUN")


def _condemned(sentence: list[Token], words: list[str], lexicon: DisputeLexicon) -> str | None:
    """``contradicts`` when what was said or done is called a wrong („Russland sprach von einem
    Verstoß gegen das Völkerrecht“, „nannte das Vorgehen Piraterie“, „Das ist eine Kampagne“,
    „…, ist das die typische Inszenierung der AfD“): a condemnation noun, not negated, that
    someone speaks of or calls it, or that a pronoun just before says of what was said."""
    calling = any(t.lemma_.lower() in NAMING for t in sentence)
    for n, token in enumerate(sentence):
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        if not {words[n], token.lemma_.lower()} & lexicon.condemnations:
            continue
        before = words[max(0, n - 4) : n]
        if any(w in NEGATIONS for w in before):
            continue
        said = any(_pronoun(sentence, m) for m in range(max(0, n - 4), n))
        if said or calling or _spoken_of(token, before, sentence):
            return "contradicts"
    return None


def _untrue(sentence: list[Token], words: list[str], lexicon: DisputeLexicon) -> str | None:
    """A claim said to be untrue or unsupported: a negated word of truth („Das stimmt nicht“,
    „Das ist aber … nicht durch die Theorie gedeckt“) ``denies``; missing evidence („Dafür
    fehlten belastbare Studien“, „Es gebe keine Belege dafür“) ``contradicts``, or what the
    lexicon's verb of lacking says („entbehren jeder Grundlage“ ``denies``). Either needs a
    pointer to the claim („das“, „dafür“, a claim noun)."""
    pointer = any(
        (w in ANAPHORA and (t.tag_ in STANDING or _of_claim(sentence[n + 1 : n + 2], lexicon)))
        or w in POINTERS
        or w in POINTING  # „keine Belege für eine solche Zusage“
        or w in lexicon.claim_nouns
        for n, (w, t) in enumerate(zip(words, sentence, strict=True))
    )  # an article or a relative pronoun is no pointer: „nicht durch das G-10-Gesetz gedeckt
    # gewesen sei, das … regelt“ judges no claim
    if not pointer:
        return None
    lacking = next(
        (kind for t in sentence if (kind := lexicon.lacking.get(t.lemma_.lower()))), None
    )  # „Dafür fehlten belastbare Studien“, „Die Vorwürfe entbehren jeder Grundlage“
    for n, token in enumerate(sentence):
        word, lemma = words[n], token.lemma_.lower()
        if word in lexicon.truths or lemma in lexicon.truths:
            around = words[max(0, n - TRUTH_WINDOW) : n] + words[n + 1 : n + 3]
            if any(w in NEGATIONS for w in around):
                return "denies"
        negated = any(w in NEGATIONS for w in words[max(0, n - 3) : n])
        if token.pos_ == "NOUN" and lemma in lexicon.evidence and (lacking or negated):
            return lacking or "contradicts"
    return None


def _spoken_of(token: Token, before: list[str], sentence: list[Token]) -> bool:
    """„sprach von einer Lüge“, „spricht von Propaganda“: the judgement noun is what someone
    calls what was said — it needs no other pointer to a claim."""
    return (
        token.pos_ == "NOUN"
        and "von" in before
        and any(t.lemma_.lower() == "sprechen" for t in sentence)
    )


def _negated(token: Token) -> bool:
    """A negation just before the verb („könne nicht bestätigt werden“) or, where the pipeline
    parses, on the verb itself."""
    doc = token.doc
    near = list(doc[max(token.sent.start, token.i - 3) : token.i])
    if doc.has_annotation("DEP"):  # children of an unparsed token are not to be read
        near.extend(token.children)
    return any(t.lower_ in NEGATIONS for t in near)


def negated(token: Token) -> bool:
    """Whether a negation stands by the verb ``token`` (``_negated``, for the other modules)."""
    return _negated(token)
