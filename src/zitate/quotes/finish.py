"""The last pass over the composed quotations of a document: addressees, speaker phrases trimmed
and joined with their apposition, frames, and the quotations that report no statement dropped.

Stage: quotation attribution, the last step of ``model.AttributionModel`` before the media are
labelled. Input: a ``Doc`` (tagged for the full pass: STTS ``tag_``, lemmas, entities) and its
composed quotations (``Found``, in document order). Output: the same quotations with their roles
finished, without those that report no statement (``statements.no_statement``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .addressees import cut_object, feminine_dative, reported_addressee
from .candidates import Found, quoted_spans
from .cuespan import (
    names_by_sentence,
    opening_colon,
    quoted_names,
    trim_speaker,
    with_apposition,
    with_names,
    with_quoted_name,
)
from .fragments import fragment_speakers
from .name_appositions import with_name_apposition
from .objects import case_speaker
from .owned import owned_quotations
from .refine import EXPLETIVE, echo_speakers
from .sources import pronominal_cue
from .speaker_bounds import bound_speaker
from .speakers import is_tagged
from .statements import no_statement, statement_speaker


def finish_roles(doc: Doc, found: list[Found]) -> list[Found]:
    """Addressees of Reported statements and feminine datives, speaker phrases (an expletive
    „es“ is none; trimmed; with the apposition after a name), quoted names in addressees, frames
    with their opening colon and the names they mention; then the quotations that report no
    statement are dropped and each remaining speaker is the subject by case; a slogan or motto
    in marks is its owner's (``owned.owned_quotations``); a Direct quotation inside reported speech
    is the words of its speaker (``fragments.fragment_speakers``)."""
    tagged = is_tagged(doc)
    for item in found if tagged else ():
        if item.type == "Reported" and not item.addressee:
            item.addressee = reported_addressee(doc, item)
        if not item.addressee:
            item.addressee = feminine_dative(doc, item)
        item.addressee = cut_object(doc, item.addressee)
    names = names_by_sentence(doc, quoted_names(quoted_spans(doc)) if tagged else set())
    for item in found:
        if [doc[i].lower_ for i in item.speaker] in EXPLETIVE:
            item.speaker = []
        elif tagged and not pronominal_cue(item):
            item.speaker = with_apposition(doc, item, trim_speaker(doc, item.speaker))
            item.speaker = with_name_apposition(doc, item, item.speaker)
            item.speaker = bound_speaker(doc, item, item.speaker)
        item.addressee = with_quoted_name(doc, sorted(item.addressee))
        if item.type == "Direct":
            item.frame = opening_colon(doc, item.quote, item.frame)
        item.frame = with_names(doc, item.frame, item.quote, names)
    echo_speakers(doc, found)
    if tagged:
        found = [item for item in found if not no_statement(doc, item)]
        marked = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
        for item in found:
            item.speaker = case_speaker(doc, item, marked)
            item.speaker = statement_speaker(doc, item)
        owned_quotations(doc, found)  # „Rudolf Augsteins Motto …: »Sagen, was ist.«“
        fragment_speakers(doc, found)  # „Sie seien „so gut wie jeder andere geeignet““
    return found
