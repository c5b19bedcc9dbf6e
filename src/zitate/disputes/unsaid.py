"""Disputes stage, claims no one is said to make: an analysed article and its quotation records ->
the sentences that state a claim in the passive, without a speaker, which no quotation covers.

Input: the spaCy ``Doc`` of an article and its quotation records (character spans). Output:
quotation records of type ``Reported`` with no speaker (``unsaid_claims``), ids after the
article's own, which a denial may answer when no statement of the article fits
(``zitate.disputes.relations``): a passive accusation („Dem früheren Kongressabgeordneten werden
… Sex mit einer Minderjährigen und Drogenkonsum vorgeworfen“), a passive justification
(„Begründet wird das Vorhaben mit dem Fachkräftemangel“), an impersonal report („Es wurde
berichtet, dass …“), a passive that names an accusation („Daraufhin wurden acht
Bataillonsangehörige … wegen des Vorwurfs von Schwerverbrechen festgenommen“). The quotes stage
does not extract these sentences; the record only gets the ones a relation points at.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from .lexicon import UNSAID_ASSERTING, UNSAID_NOUNS, UNSAID_REASONS, UNSAID_VERBS

MIN_WORDS = 4  # a shorter passive („Es wurde berichtet.“) states nothing to answer
PHRASE = frozenset({"ART", "ADJA", "ADV", "PIAT", "PPOSAT", "PDAT", "CARD"})  # inside a noun phrase
CONFIDENCE = 0.5  # read from the sentence's grammar alone, not by the attribution model


def unsaid_claims(doc: Doc, quotes: Sequence[dict], headings: Sequence = ()) -> list[dict]:
    """The speakerless claim sentences of ``doc`` outside every quotation of ``quotes`` and every
    heading (``(start, end)`` character spans), as quotation records (module docstring)."""
    taken = [tuple(s) for q in quotes for s in (q.get("spans") or [])]
    taken += [tuple(s) for q in quotes for s in ((q.get("cue") or {}).get("spans") or [])]
    taken += [tuple(h) for h in headings]
    first = 1 + max((_number(q["id"]) for q in quotes), default=0)
    claims: list[dict] = []
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        if len(words) < MIN_WORDS:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if any(a < end and start < b for a, b in taken):
            continue
        verb = _passive(sent)
        if verb is None:
            continue
        claims.append({
            "id": f"q{first + len(claims)}",
            "type": "Reported",
            "text": doc.text[start:end],
            "spans": [[start, end]],
            "speaker": None,
            "cue": {"text": verb.text, "spans": [[verb.idx, verb.idx + len(verb)]]},
            "medium": None,
            "frame": None,
            "addressee": None,
            "nested_in": None,
            "confidence": CONFIDENCE,
        })  # fmt: skip
    return claims


def _passive(sent: Span):
    """The participle of an accusation, justification or report that a form of „werden“ in
    ``sent`` makes passive (or of any verb when an accusation noun is the passive's reason, or
    of a verb that puts the accusation about), or ``None``."""
    if not any(t.lemma_.lower() == "werden" and t.tag_.startswith("VA") for t in sent):
        return None
    for token in sent:
        if token.tag_ == "VVPP" and _lemma(token) in UNSAID_VERBS:
            return token
    nouns = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in UNSAID_NOUNS]
    if not nouns:
        return None
    if any(_reason(n) for n in nouns):
        # „wurden … wegen des Vorwurfs von Schwerverbrechen festgenommen“
        return next((t for t in sent if t.tag_ == "VVPP"), None)
    for token in sent:  # „Gerüchte … wurden … verbreitet“, „Vorwürfe wurden laut“
        if token.tag_ == "VVPP" and token.lemma_.lower() in UNSAID_ASSERTING:
            return token
        if token.lower_ == "laut" and token.tag_ == "ADJD":
            return next(t for t in sent if t.lemma_.lower() == "werden")
    return None  # „Die Vorwürfe werden derzeit geprüft“ reports no claim


def _reason(noun) -> bool:
    """``noun`` is the object of a preposition of reason („wegen des Vorwurfs“, „unter dem
    dringenden Verdacht“): the words before it, past its article and adjectives."""
    i = noun.i - 1
    while i >= noun.sent.start and noun.doc[i].tag_ in PHRASE:
        i -= 1
    return i >= noun.sent.start and noun.doc[i].lower_ in UNSAID_REASONS


def _lemma(token) -> str:
    """The verb of a participle: its lemma, or the participle's infix „ge“ removed
    („vorgeworfen“ -> „vorwerfen“ where the lemmatiser keeps the participle)."""
    lemma = token.lemma_.lower()
    if lemma in UNSAID_VERBS:
        return lemma
    word = token.lower_
    for verb in UNSAID_VERBS:
        if word.startswith(verb[:3]) and word.replace("ge", "", 1)[:5] == verb[:5]:
            return verb
    return lemma


def _number(key: str) -> int:
    digits = key.lstrip("q")
    return int(digits) if digits.isdigit() else 0
