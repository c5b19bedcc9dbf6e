"""NLP stage, names the tagger read as verbs (component ``zitate_name_tags``).

Input: a ``Doc`` with STTS tags, UPOS, morphology and the (corrected) entities of ``ner`` and
``zitate_entity_fix``. Output: the same ``Doc`` where a capitalised word inside a named entity
that the tagger took for a verb is a proper noun again: tag ``NE``, UPOS ``PROPN``, no verb
morphology, its own form as lemma.

German verbs are written in lower case except at the start of a sentence, yet the statistical
tagger reads rare first names and surnames as verb forms („Die amerikanische UN-Botschafterin
Linda/VVFIN Thomas-Greenfield wies das entschieden zurück“, „Justizministerin Beate Merk/VVIMP
wies dies … zurück“). Every later stage reads the first finite verb of a sentence as its
predicate, so the sentence's subject became the word after „Linda“, and the speaker of the
statement the object „das“. The NER, which sees the name, decides: a token inside an entity is
no verb.
"""

from spacy.language import Language
from spacy.tokens import Doc

# STTS verb tags (finite, infinitive, imperative, participle; full, auxiliary, modal verbs).
VERB_TAGS = frozenset(
    {"VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "VAFIN", "VAIMP", "VAINF", "VAPP"}
    | {"VMFIN", "VMINF", "VMPP"}
)
NAME_TAG = "NE"
NAME_POS = "PROPN"


def retag_names(doc: Doc) -> Doc:
    """Retag, in place, the capitalised verb-tagged tokens inside ``doc.ents`` as names."""
    for ent in doc.ents:
        for token in ent:
            if token.tag_ in VERB_TAGS and token.text[:1].isupper():
                token.tag_ = NAME_TAG
                token.pos_ = NAME_POS
                token.set_morph(None)
                token.lemma_ = token.text
    return doc


@Language.factory("zitate_name_tags")
def make_name_tags(nlp: Language, name: str):
    return retag_names
