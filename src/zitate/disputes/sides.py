"""Disputes stage, whose side a statement is on: resolved quotation records -> whether two of them
are said by one side, and whether a statement rejects the same claim a denial rejects.

Input: the quotation records of one article after speaker resolution (``speaker.text``,
``speaker.entity``) and its entity records (``name``, ``aliases``: the roles resolve gave it,
„Sprecher“), as ``zitate.resolve`` gives them; nothing is resolved again. Output: ``Sides``, whose
``same(a, b)`` tells that two statements are of one voice, so that neither denies, contradicts or
confirms the other:

- the same speaker entity (a person does not contradict themself);
- a mention of one speaker's entity holds a role that speaks for a body (``MEMBER_ROLES``:
  „Sprecher“, „-chef“, „Mitglied“) and the name of the other's: „die Polizei“ and „Fritz
  Grundnig, Sprecher von Polizei und Innenministerium“, „die Fed“ and „Fed-Vizechef Michael
  Barr“ — a spokesperson or member speaks for the organisation, and does not answer it.

``allied(doc, claim, claim_nouns, lexicon)`` tells that a statement itself judges the claim the
denial is about („Polizei klagt über Riesenaufwand, den haltlose Gerüchte verursachen“ beside
„…, all diesen Gerüchten nachzugehen, die sich dann als haltlos herausstellen“): it rejects the
rumours too, and is no claim the denial answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..nlp.stemming import WORD
from .judge import claim_noun, negated
from .lexicon import MEMBER_ROLES, DisputeLexicon
from .sentences import quote_tokens
from .target import STOP

ATTRIBUTE = 2  # „haltlose Gerüchte“, „völlig haltlose Gerüchte“: the noun right after its judgement


def _words(text: str | None) -> set[str]:
    return {w for w in WORD.findall((text or "").lower()) if len(w) >= 3 and w not in STOP}


class Sides:
    """The voices of one article's statements (module docstring)."""

    def __init__(self, quotes: Sequence[dict], entities: Sequence[dict] = ()) -> None:
        records = {e["id"]: e for e in entities}
        self.roles: dict[str, set[str]] = {}  # entity -> the words of its roles („sprecher“)
        self.side: dict[str, set[str]] = {}  # entity -> the words of its name and all mentions
        self.names: dict[str, list[set[str]]] = {}  # entity -> the words of each mention
        for quote in quotes:
            speaker = quote.get("speaker") or {}
            entity = speaker.get("entity")
            if not entity:
                continue
            if entity not in self.side:
                record = records.get(entity) or {}
                roles = set().union(*(_words(a) for a in record.get("aliases") or []))
                self.roles[entity] = roles
                self.side[entity] = _words(record.get("name")) | roles
                self.names[entity] = [_words(record.get("name"))]
            self.side[entity] |= _words(speaker.get("text"))
            self.names[entity].append(_words(speaker.get("text")))

    def same(self, a: dict, b: dict) -> bool:
        """Whether statements ``a`` and ``b`` are said by one voice (module docstring)."""
        ea, eb = _entity(a), _entity(b)
        if ea is not None and ea == eb:
            return True
        return self._member(a, b) or self._member(b, a)

    def _member(self, member: dict, body: dict) -> bool:
        """A mention of ``member``'s speaker holds a role that speaks for a body
        (``MEMBER_ROLES``) and the words of a mention of ``body``'s speaker, beyond its roles:
        „Fritz Grundnig, Sprecher von Polizei und Innenministerium“ and „die Polizei“."""
        side = self._side(member)
        if not any(w.endswith(MEMBER_ROLES) for w in side):
            return False
        entity = _entity(body)
        names = self.names.get(entity, []) if entity else []
        roles = self.roles.get(entity, set()) if entity else set()
        names = [*names, _words((body.get("speaker") or {}).get("text"))]
        return any(words - roles and words < side for words in names)

    def _side(self, quote: dict) -> set[str]:
        entity = _entity(quote)
        side = self.side.get(entity, set()) if entity else set()
        return side | _words((quote.get("speaker") or {}).get("text"))


def _entity(quote: dict) -> str | None:
    return (quote.get("speaker") or {}).get("entity")


def allied(doc: Doc, claim: dict, claim_nouns: Sequence[str], lexicon: DisputeLexicon) -> bool:
    """``claim``'s own words judge a claim noun the denial names (``claim_nouns``): an attributive
    judgement word, not negated, right before it („haltlose Gerüchte“)."""
    if not claim_nouns:
        return False
    nouns = set(claim_nouns)
    tokens = quote_tokens(doc, claim.get("spans"))
    for n, token in enumerate(tokens):
        word = token.lower_
        if token.tag_ != "ADJA" or not {word, token.lemma_.lower()} & lexicon.judgements:
            continue
        if negated(token):
            continue
        following = tokens[n + 1 : n + 1 + ATTRIBUTE]
        if any(t.pos_ == "NOUN" and claim_noun(t, lexicon) in nouns for t in following):
            return True
    return False
