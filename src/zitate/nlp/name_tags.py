"""NLP stage, names the tagger read as verbs or adjectives (component ``zitate_name_tags``).

Input: a ``Doc`` with STTS tags, UPOS, morphology and the (corrected) entities of ``ner`` and
``zitate_entity_fix``. Output: the same ``Doc`` where a capitalised word inside a named entity
that the tagger took for a verb, or a capitalised word of a person's name of two words or more
that it took for an adjective (after a first name) or a non-word (initials), is a proper noun
again: tag ``NE``, UPOS ``PROPN``, no verb or adjective morphology, its own form as lemma.

German verbs are written in lower case except at the start of a sentence, yet the statistical
tagger reads rare first names and surnames as verb forms („Die amerikanische UN-Botschafterin
Linda/VVFIN Thomas-Greenfield wies das entschieden zurück“, „Justizministerin Beate Merk/VVIMP
wies dies … zurück“). Every later stage reads the first finite verb of a sentence as its
predicate, so the sentence's subject became the word after „Linda“, and the speaker of the
statement the object „das“. The NER, which sees the name, decides: a token inside an entity is
no verb. Surnames that are German adjectives or adjective-like place words fare alike
(„Günther Platter/ADJA“, „Theo Zwanziger/ADJA“, „laut Peter Lahm/ADJD für begehbar“, „des
Rezensenten Alan Posener/ADJA in der …“; Wikinews train): read as adjectives they left the
speaker's phrase („Angaben des Rezensenten Alan“) or joined the statement („Die SPD hält den
Weg Lahm für begehbar“), and so did initials read as a non-word („C.Y./XY Leung“). Inside a
person's name the NER found, after a first name of the registers (``zitate/data/first_names.json``;
the NER also takes a nominalised object along: „hatte Steinbrück Positives zu vermelden“),
they are the name.
"""

from spacy.language import Language
from spacy.tokens import Doc

from .genitive import first_names

# STTS verb tags (finite, infinitive, imperative, participle; full, auxiliary, modal verbs).
VERB_TAGS = frozenset(
    {"VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "VAFIN", "VAIMP", "VAINF", "VAPP"}
    | {"VMFIN", "VMINF", "VMPP"}
)
# STTS adjective tags (attributive, predicative).
ADJECTIVE_TAGS = frozenset({"ADJA", "ADJD"})
# The non-word tag the tagger gives initials („C.Y./XY Leung“).
NON_WORD_TAG = "XY"
NAME_TAG = "NE"
NAME_POS = "PROPN"


def retag_names(doc: Doc) -> Doc:
    """Retag, in place, as names the capitalised verb-tagged tokens inside ``doc.ents``, and
    inside person names of two words or more the capitalised non-words (initials) and the
    capitalised adjective-tagged words after a register first name („Peter Lahm“) or before
    another word of the name („Radprofi Matt Brammeier“); not „Steinbrück Positives“, a surname
    and the nominalised object the NER took along."""
    names = first_names()
    for ent in doc.ents:
        person = ent.label_ == "PER" and len(ent) > 1
        first = person and ent[0].text in names
        for token in ent:
            if not token.text[:1].isupper():
                continue
            if (
                token.tag_ in VERB_TAGS
                or (person and token.tag_ == NON_WORD_TAG)
                or (
                    person
                    and token.tag_ in ADJECTIVE_TAGS
                    and token.i > ent.start
                    and (first or token.i < ent.end - 1)
                )
            ):
                token.tag_ = NAME_TAG
                token.pos_ = NAME_POS
                token.set_morph(None)
                token.lemma_ = token.text
    return doc


@Language.factory("zitate_name_tags")
def make_name_tags(nlp: Language, name: str):
    return retag_names
