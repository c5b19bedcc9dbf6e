"""The denial lexicon: verbs of denial and contradiction, and where a sentence holds one.

Stage: quotation attribution (a lexicon; no model). Input: spaCy tokens with STTS tags and
lemmas. Output: the token ids of a denial or contradiction verb („weist … zurück“) and the
relation a statement built on it has to the one it answers (``denies`` | ``contradicts``). The
attribution model keeps such sentences as Reported statements; the disputes stage reads the same
lexicon to relate them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

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
    "stellen+richtig": "contradicts",
}  # fmt: skip
# Past participles that make a sentence a denial („Die Vorwürfe wurden zurückgewiesen.“).
DENIAL_PARTICIPLES = frozenset({"zurückweisen", "dementieren", "bestreiten"})

def dispute_verb(
    tokens: Iterable[Token],
    participles: Collection[str] = DENIAL_PARTICIPLES,
    infinitives: bool = False,
) -> tuple[list[int], str] | None:
    """The first verb of ``tokens`` in ``DISPUTE_VERBS``: its token ids (with the separated
    particle of a finite verb, „weist … zurück“) and its relation type. Finite verbs always,
    past participles only of ``participles``, infinitives only with ``infinitives``."""
    for verb in tokens:
        lemma = verb.lemma_.lower()
        if verb.tag_ == "VVPP" or (infinitives and verb.tag_ in ("VVINF", "VVIZU")):
            if lemma in DISPUTE_VERBS and (verb.tag_ != "VVPP" or lemma in participles):
                return [verb.i], DISPUTE_VERBS[lemma]
            continue
        if verb.tag_ != "VVFIN":
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
