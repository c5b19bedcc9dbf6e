"""Names the tagger took for adjectives or verbs: „Platter betonte die Wichtigkeit …“.

Stage: quotation attribution, before any rule reads the tags. Input: a ``Doc`` with STTS tags and
entities. Output: the tag ``NE`` (and ``PROPN``) on each capitalised token outside the entities
whose text is the surname of a person entity of the same document („Landeshauptmann Günther
Platter“ → „Platter“) but whose tag is no noun or name — in place, so that the speaker phrase of
„Platter/ADJD betonte …“ is Platter and not the verb's object („die Wichtigkeit des
Stützpunktes“), and „lehnte Platter/ADJD kategorisch ab“ has a subject at all.

A surname that stands before a noun as an attributive adjective („Platter Land“) keeps its tag.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.tokenizer import doc_words

PERSON = "PER"
NAME_TAG, NAME_POS = "NE", "PROPN"
# Tags of a capitalised word that the noun-phrase rules never read as a name.
NOT_NOUN_TAGS = frozenset({"ADJA", "ADJD", "ADV", "VVFIN", "VVPP", "VVINF"})
NOUN_TAGS = frozenset({"NN", "NE"})
MIN_LENGTH = 3


def surnames(doc: Doc) -> set[str]:
    """The last words of the document's person entities („Günther Platter“ → „Platter“)."""
    return {
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == PERSON and len(ent[-1].text) >= MIN_LENGTH and ent[-1].text[0].isupper()
    }


def tag_names(doc: Doc) -> int:
    """Tag as ``NE`` the mistagged surnames of ``doc`` (see the module docstring); the count."""
    names = surnames(doc)
    changed = 0
    for i, word in enumerate(doc_words(doc)):
        if word not in names:
            continue
        token = doc[i]
        if token.ent_type_ or token.tag_ not in NOT_NOUN_TAGS:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ == "ADJA" and following is not None and following.tag_ in NOUN_TAGS:
            continue  # an attributive adjective before its noun
        token.tag_, token.pos_ = NAME_TAG, NAME_POS
        changed += 1
    return changed
