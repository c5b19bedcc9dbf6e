"""The case of a pronoun speaker: an object or a word of the quotation speaks not.

Stage: quotation attribution, the last step of ``model.AttributionModel`` (after the ranker and
the rules chose a speaker). Input: a tagged ``Doc`` (STTS ``tag_``; the tagger gives no
``Case``, so the pronoun's form and its neighbours decide), one composed quotation (``Found``)
and the tokens inside quotation marks. Output: the quotation's speaker token ids, corrected:

- a personal pronoun inside quotation marks is a word of the quoted person, never the speaker;
- an accusative or dative pronoun („mich“, „ihn“, „ihm“, „uns“, „ihnen“ …) is never the speaker;
- „sie“ / „er“ taken up by a right-dislocated noun phrase („Es gibt sie zwar schon, die
  muslimischen Stimmen, die …“) gives way to that noun phrase, its subject;
- „sie“ after „es gibt“ / „gibt es“ is the accusative object of the expletive construction.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Found
from .speakers import np_from
from .verb_parts import FIELD_MARKS

# Accusative and dative personal pronouns: never the subject of a verb.
OBJECT_PRONOUNS = frozenset({"mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch", "ihnen"})
# Articles that open a nominative phrase taking up „sie“ (feminine or plural) or „er“.
DISLOCATED_ARTICLES = {"sie": frozenset({"die", "diese"}), "er": frozenset({"der", "dieser"})}
MAX_CLAUSE = 12


def case_speaker(doc: Doc, found: Found, quoted: set[int]) -> list[int]:
    """The speaker of ``found`` with the pronoun cases above corrected (see the module)."""
    speaker = found.speaker
    if len(speaker) != 1 or doc[speaker[0]].tag_ != "PPER":
        return speaker
    i = speaker[0]
    low = doc[i].lower_
    if i in quoted or low in OBJECT_PRONOUNS:
        return []
    dislocated = dislocated_phrase(doc, i)
    if dislocated:
        return dislocated
    if low == "sie" and _es_gibt(doc, i):
        return []
    return speaker


def dislocated_phrase(doc: Doc, i: int) -> list[int]:
    """The noun phrase after the comma that closes the clause of the pronoun ``i`` and takes it
    up („Es gibt sie zwar schon, die muslimischen Stimmen, die …“): an article that agrees
    with the pronoun, then a noun phrase up to a comma; ``[]`` if there is none."""
    articles = DISLOCATED_ARTICLES.get(doc[i].lower_)
    if articles is None:
        return []
    sent = doc[i].sent
    comma = next(
        (t.i for t in doc[i + 1 : min(sent.end, i + MAX_CLAUSE)] if t.text in FIELD_MARKS), None
    )
    if comma is None or doc[comma].text != "," or comma + 1 >= sent.end:
        return []
    if doc[comma + 1].lower_ not in articles or doc[comma + 1].tag_ != "ART":
        return []
    if any(t.tag_ in {"VVFIN", "VAFIN", "VMFIN"} for t in doc[i + 1 : comma]):
        return []  # a finite verb between: the comma closes another clause
    ids = np_from(doc, comma + 1, sent.end)
    after = ids[-1] + 1 if ids else sent.end
    if len(ids) < 2 or after >= sent.end or doc[after].text not in {",", "."}:
        return []
    return ids


def _es_gibt(doc: Doc, i: int) -> bool:
    """„Es gibt sie“ / „gibt es sie“: the pronoun is the object of expletive „es gibt“."""
    window = [t.lower_ for t in doc[max(0, i - 3) : i]]
    lemmas = [t.lemma_.lower() for t in doc[max(0, i - 3) : i]]
    return "es" in window and "geben" in lemmas
