"""The denial lexicon: verbs of denial and contradiction, and where a sentence holds one.

Stage: quotation attribution (a lexicon; no model). Input: spaCy tokens with STTS tags and
lemmas. Output: the token ids of a denial or contradiction verb („weist … zurück“) and the
relation a statement built on it has to the one it answers (``denies`` | ``contradicts``). The
attribution model keeps such sentences as Reported statements; the disputes stage reads the same
lexicon to relate them. ``lexicon_lemma`` and ``finite_form`` read such a verb where the base
pipeline's lemmatiser or tagger misses it: a strong form („widersprachen“, from
``data/dispute_verb_forms.json``) or a weak past („entgegneten“ tagged as a zu-infinitive).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

# Denials are statements a reader sees even where the dataset leaves a bare one unannotated („Der
# Generalstab weist diese Darstellung zurück.“): such a sentence is a Reported quotation with the
# verb as cue, and the Konjunktiv sentences after it continue the denier, not the previous speaker.
# Verbs of denial and contradiction (lemma, or lemma + separated particle) -> the relation a
# statement built on them has to the one it answers (read by the disputes stage too).
DISPUTE_VERBS = {
    "zurückweisen": "denies", "weisen+zurück": "denies", "dementieren": "denies",
    "bestreiten": "denies", "abstreiten": "denies", "streiten+ab": "denies",
    "verneinen": "denies", "widersprechen": "contradicts", "richtigstellen": "contradicts",
    "stellen+richtig": "contradicts", "entgegnen": "contradicts", "kontern": "contradicts",
}  # fmt: skip
# Past participles that make a sentence a denial („Die Vorwürfe wurden zurückgewiesen.“).
DENIAL_PARTICIPLES = frozenset({"zurückweisen", "dementieren", "bestreiten"})
# endings of a weak verb's past („entgegnete“, „dementierten“, „verneinten“), longest first
WEAK_PAST = ("eten", "ete", "ten", "te")
FORMS_DATA = "dispute_verb_forms.json"


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, str]]:
    text = resources.files("zitate").joinpath("data", FORMS_DATA).read_text("utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def _weak_past(word: str, known: Collection[str]) -> str | None:
    """The infinitive among ``known`` whose weak past ``word`` is („entgegneten“ -> „entgegnen“)."""
    for ending in WEAK_PAST:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            for lemma in (stem + "en", stem + "n"):
                if lemma in known:
                    return lemma
    return None


def lexicon_lemma(token: Token, known: Collection[str]) -> str:
    """The lemma of ``token`` as a verb of ``known`` (lemmas, or „lemma+particle“ keys): its
    lemma when the lexicon knows it, else the infinitive of a strong form („widersprachen“) or of
    a weak past („entgegneten“) the lemmatiser left unread; else its lemma as it is."""
    lemma = token.lemma_.lower()
    bases = {k.split("+")[0] for k in known}
    if lemma in bases or lemma in known:
        return lemma
    word = token.lower_
    forms = _forms()
    table = forms["participles"] if token.tag_ == "VVPP" else {**forms["past"], **forms["present"]}
    if table.get(word) in bases or table.get(word) in known:
        return table[word]
    return _weak_past(word, bases) or lemma


def finite_form(token: Token, known: Collection[str]) -> bool:
    """``token`` is a finite verb: tagged so, or a past form of a verb of ``known`` the tagger
    read as an infinitive or participle („Die Gewerkschaften entgegneten, …“)."""
    if token.tag_ in ("VVFIN", "VVIMP"):
        return True
    if not token.tag_.startswith("VV") or token.tag_ == "VVPP":
        return False
    bases = {k.split("+")[0] for k in known}
    forms = _forms()
    word = token.lower_
    strong = forms["past"].get(word) or forms["present"].get(word)
    return strong in bases or _weak_past(word, bases) is not None


def dispute_verb(
    tokens: Iterable[Token],
    participles: Collection[str] = DENIAL_PARTICIPLES,
    infinitives: bool = False,
) -> tuple[list[int], str] | None:
    """The first verb of ``tokens`` in ``DISPUTE_VERBS``: its token ids (with the separated
    particle of a finite verb, „weist … zurück“) and its relation type. Finite verbs always,
    past participles only of ``participles``, infinitives only with ``infinitives``."""
    for verb in tokens:
        if not verb.tag_.startswith("V"):
            continue
        lemma = lexicon_lemma(verb, DISPUTE_VERBS)
        finite = finite_form(verb, DISPUTE_VERBS)
        if not finite and (
            verb.tag_ == "VVPP" or (infinitives and verb.tag_ in ("VVINF", "VVIZU"))
        ):
            if lemma in DISPUTE_VERBS and (verb.tag_ != "VVPP" or lemma in participles):
                return [verb.i], DISPUTE_VERBS[lemma]
            continue
        if not finite:
            continue
        particle = [t for t in verb.sent if t.tag_ == "PTKVZ" and t.i > verb.i][:1]
        if particle and (key := f"{lemma}+{particle[0].lower_}") in DISPUTE_VERBS:
            return [verb.i, particle[0].i], DISPUTE_VERBS[key]
        if lemma in DISPUTE_VERBS:
            return [verb.i], DISPUTE_VERBS[lemma]
    return None


def denial_verb_ids(sent: Span) -> list[int]:
    """Token ids of a denial or contradiction verb of ``sent`` („weist … zurück“), or ``[]``."""
    found = dispute_verb(sent)
    return found[0] if found else []
