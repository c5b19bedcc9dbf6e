"""Hand-tagged German sentences for attribution tests (no trained base pipeline needed).

Each token is written ``Wort/TAG`` or ``Wort/TAG/lemma``; a finite verb in Konjunktiv ends in
``/Sub`` (``sei/VAFIN/sein/Sub``), other finite verbs get ``Mood=Ind``. Tokens are separated by
single spaces; a token is followed by a space unless the next one is punctuation or a closing
quotation mark, or it is an opening quotation mark.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

NLP = spacy.blank("de")
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
OPENING = {"„", "»", "‚"}
NO_SPACE_BEFORE = {".", ",", ":", "?", "!", "“", "«", "‘", ")", ";"}


def tagged(*sentences: str) -> Doc:
    """A ``Doc`` of hand-tagged sentences (one ``sent_start`` per sentence)."""
    words, tags, lemmas, morphs, starts = [], [], [], [], []
    for sentence in sentences:
        for k, item in enumerate(sentence.split(" ")):
            parts = item.split("/")
            word, tag = parts[0], parts[1]
            lemma = parts[2] if len(parts) > 2 else word.lower() if tag != "NE" else word
            mood = "Sub" if parts[-1] == "Sub" else "Ind"
            words.append(word)
            tags.append(tag)
            lemmas.append(lemma)
            morphs.append(f"Mood={mood}|VerbForm=Fin" if tag in FINITE else "")
            starts.append(k == 0)
    spaces = [
        not (w in OPENING or nxt in NO_SPACE_BEFORE)
        for w, nxt in zip(words, words[1:] + [""], strict=True)
    ]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        lemmas=lemmas,
        morphs=morphs,
        sent_starts=starts,
    )


def words(doc: Doc, ids) -> str:
    """The words of the tokens ``ids`` of ``doc``, joined by spaces (a role as tests read it)."""
    return " ".join(doc[i].text for i in ids)


def index(doc: Doc, text: str) -> int:
    """The index of the first token of ``doc`` whose text is ``text``."""
    return next(t.i for t in doc if t.text == text)
