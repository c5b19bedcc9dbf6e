"""Whose words a quoted fragment is when its sentence names no one who says it: the speaker of
the reported speech around it.

Stage: quotation attribution, the end of ``finish.finish_roles``. Input: a tagged ``Doc`` (STTS
``tag_``, ``Mood``) and its finished quotations (``Found``, in document order). Output: the same
quotations, the speaker of some Direct ones replaced.

Two rules of German news reporting, both read off the Wikinews annotation:

* A Direct quotation inside another quotation (a reported clause, a continuation, a Reported
  statement) quotes the words of that quotation's speaker: „Von der Leyen betonte, unter den
  Verkäuferinnen seien „viele Frauen …““ (train: 208 of 218 such nested quotations share the
  speaker of the quotation they are in).
* A Direct fragment inside a sentence without a cue of its own whose main clause is in the
  Konjunktiv continues the reported speech of the quotation before it: in „Sie seien
  „selbstverständlich so gut wie jeder andere geeignet …““ or „Die Arbeitsagenturen würden ihnen
  deshalb „beherzt ein Angebot machen.““ the subject is what the speaker talks about, not who
  speaks — the Konjunktiv says the sentence is still Von der Leyen's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .candidates import Found, is_punct, reach_start
from .clauses import main_verb

# Types of quotation whose speaker a Direct quotation inside them takes.
ENCLOSING = frozenset({"Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported"})


def fragment_speakers(doc: Doc, found: Sequence[Found]) -> None:
    """Give nested Direct quotations and Konjunktiv fragments the speaker of their statement;
    a quotation without a speaker takes that of the Direct quotation inside it (the same
    words: „Von der Leyen betonte, unter … seien „viele Frauen …““ where the clause's speaker
    was missed and the quotation's found)."""
    quotes = [set(item.quote) for item in found]
    words = [{i for i in item.quote if not is_punct(doc[i])} for item in found]
    for n, item in enumerate(found):
        if item.type != "Direct" or not item.quote:
            continue
        outer = _enclosing(words[n], found, quotes, with_speaker=False)
        if outer is not None and not outer.speaker and item.speaker:
            outer.speaker = list(item.speaker)
    for n, item in enumerate(found):
        if item.type != "Direct" or not item.quote:
            continue
        outer = _enclosing(words[n], found, quotes)
        if outer is not None:
            if not _own_cue(item, outer):
                item.speaker = list(outer.speaker)
            continue
        before = _statement_before(doc, item, found)
        if before is not None and _konjunktiv_fragment(doc, item):
            item.speaker = list(before.speaker)


def _enclosing(
    quote: set[int],
    found: Sequence[Found],
    quotes: Sequence[set[int]],
    with_speaker: bool = True,
) -> Found | None:
    """The smallest quotation of an ``ENCLOSING`` type (with a speaker, if ``with_speaker``)
    whose quote strictly contains ``quote`` (the words of a Direct quotation, its marks left
    out: a clause ends before its closing mark); ``None`` if there is none."""
    outer = [
        (len(other), n)
        for n, other in enumerate(quotes)
        if quote < other and found[n].type in ENCLOSING and (found[n].speaker or not with_speaker)
    ]
    return found[min(outer)[1]] if outer else None


def _own_cue(item: Found, outer: Found) -> bool:
    """Whether the Direct ``item`` has a speaker and a cue of its own, not the cue of the
    quotation it is in („Die Bestrebungen …, bezeichnete er als einen „Akt …““ inside a Reported
    statement whose speaker is less sure than the speaker of „bezeichnete“). A Konjunktiv cue
    inside the words of a reported clause is part of what is reported („…, sagte hierzu der
    Süddeutschen Zeitung, sie könne sich gut vorstellen, dass „…““): the clause's speaker says
    it; an indicative one is the writer's („… Doch Niederlaender will das Positive sehen: „…““
    inside a clause that ran on too far)."""
    if not item.speaker or item.cue is None:
        return False
    if outer.cue is not None and outer.cue.i == item.cue.i:
        return False
    if outer.type == "Reported" or item.cue.i not in set(outer.quote):
        return True
    doc = item.cue.doc
    cue = {item.cue.i, *item.cue_ids}
    return not any("Sub" in doc[i].morph.get("Mood") for i in cue)


def _statement_before(doc: Doc, item: Found, found: Sequence[Found]) -> Found | None:
    """The quotation with a speaker that ends last before ``item`` opens, when it ends in
    ``item``'s sentence or the one before; ``None`` otherwise."""
    start = min(item.quote)
    earlier = [f for f in found if f.quote and f.speaker and max(f.quote) < start]
    if not earlier:
        return None
    last = max(earlier, key=lambda f: max(f.quote))
    if max(last.quote) < reach_start(doc, doc[start].sent):
        return None
    return last


def _konjunktiv_fragment(doc: Doc, item: Found) -> bool:
    """Whether ``item`` has no cue and quotes a part of a sentence whose main-clause finite verb,
    outside the quotation marks, is in the Konjunktiv."""
    if item.cue is not None or item.cue_ids:
        return False
    sent = doc[min(item.quote)].sent
    if min(item.quote) == sent.start:
        return False  # the whole sentence is quoted: no sentence around it
    verb = main_verb(sent)
    if verb is None or verb.i in set(item.quote) or verb.i > min(item.quote):
        return False
    return "Sub" in verb.morph.get("Mood")
