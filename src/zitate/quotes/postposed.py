"""Whether a sentence is a speaker's own words whose quotation marks the text lost: a main clause
in the present indicative closed by a speech frame („Das Wichtigste ist, den Kindern möglichst
schnell eine normale Struktur zu geben, sagt die Psychotherapeutin Barbara Preitler.“).

Stage: quotation attribution (used by ``quotes.unmarked.stripped_marks``, which decides whether
a whole text dropped its marks). Input: a tagged sentence (STTS tags, lemmas, ``Mood`` and
``Tense``). Output: yes/no (``unmarked_statement``). The verbs of saying that close such a
sentence are the ``postposed_speech_verbs`` of ``data/unmarked_speech.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from .clauses import FINITE_TAGS
from .reported import THAT_WORDS, subordinate

DATA = "unmarked_speech.json"
BREAKS = frozenset({"–", "—", "-", ":", ";"})  # the words before the frame start after these
OPENERS = frozenset({"KOUS", "PWAV", "PWS", "PWAT", "PRELS", "KOUI"})  # not a main clause


@lru_cache(maxsize=1)
def postposed_verbs() -> frozenset[str]:
    """Lemmas of a speech frame after the words („…, sagt X.“, „…, meinte er.“)."""
    data = json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))
    return frozenset(data["postposed_speech_verbs"])


def frame_verbs(doc: Doc, start: int, end: int) -> Iterator[int]:
    """Token ids of the verbs of a speech frame after a comma from ``start`` to ``end`` („…,
    sagte er in Brüssel“, „…, meint deren Sozialsprecher Herbert Kickl“): a full finite verb of
    ``postposed_verbs`` right after a comma (not at ``start``)."""
    for k in range(start + 1, end):
        token = doc[k]
        if token.tag_ != "VVFIN" or doc[k - 1].text != ",":
            continue
        if token.lemma_.lower() in postposed_verbs():
            yield k


def unmarked_statement(sent: Span) -> bool:
    """A main clause in the present indicative closed by a speech frame of its own, without
    quotation marks („Das Wichtigste ist, den Kindern … eine normale Struktur zu geben, sagt die
    Psychotherapeutin Barbara Preitler.“): a verb of saying (``postposed``) right after a comma,
    then to the sentence's end its subject and no other verb; the words are the clause after the
    last dash or colon before it („… nimmt … auseinander – praktisch alles erfunden, sagt er.“:
    no finite verb, the narration before the dash is the author's). Indirect speech in German news
    takes the Konjunktiv („…, sei eine Lüge, sagt X.“), so a present indicative there is the
    speaker's own words whose marks the text lost."""
    doc = sent.doc
    for token in sent:
        i = token.i
        if token.tag_ != "VVFIN" or i - sent.start < 3 or doc[i - 1].text != ",":
            continue
        if token.lemma_.lower() not in postposed_verbs():
            continue
        tail = doc[i + 1 : sent.end]
        if any(t.tag_ in FINITE_TAGS or t.text == ":" for t in tail):
            continue
        if not any(t.tag_ in ("NE", "NN", "PPER") for t in tail):
            continue
        first = doc[sent.start]
        if first.lower_ in THAT_WORDS or first.tag_ in OPENERS:
            continue
        # the clause after the last dash: „… auseinander – praktisch alles erfunden, sagt er.“
        marks = [t.i for t in doc[sent.start : i - 1] if t.text in BREAKS]
        start = max(marks) + 1 if marks else sent.start
        verbs = [t for t in doc[start : i - 1] if t.tag_ in FINITE_TAGS]
        main = next((v for v in verbs if not subordinate(sent, v.i)), None)
        if main is None or any("Sub" in v.morph.get("Mood") for v in verbs):
            continue
        if "Pres" in main.morph.get("Tense") and "Ind" in main.morph.get("Mood"):
            return True
    return False
