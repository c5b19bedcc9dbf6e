"""Speech acts in the passive whose „von“-agent names who spoke: „Von der Bewegung … wurden
Protestwellen angekündigt“, „wurde … von einem Kollegen Einseitigkeit vorgeworfen“, „Von den
Parlamentariern wird dies als Umsetzung … gesehen“.

Stage: quotation attribution (a clause-structure rule; no model). Input: a tagged sentence (STTS
``tag_`` and lemmas). Output: ``passive_act``, the token ids of the speech-act participle
(``reported.speech_participles``) of a passive with a „von“-agent — the agent between the finite
„werden“ and the participle (``speakers.passive_agent``) or opening the sentence
(``speakers.fronted_agent``) — outside relative and subordinate clauses; ``[]`` for none. The
model reads such a sentence as a Reported statement of the agent (``sentence.reported_speaker``
already takes the agent as the speaker of a passive). A passive without an agent („Besonders
kritisiert wurde …“) is left out: who spoke is not in the sentence, and its subject or dative is
spoken about („Die Bevölkerung wurde vor weiteren Erdrutschen gewarnt“).
"""

from __future__ import annotations

from spacy.tokens import Span

from .reported import speech_participles
from .speakers import fronted_agent, passive_agent
from .verb_parts import subordinate


def passive_act(sent: Span) -> list[int]:
    """Token ids of the first speech-act participle of a passive with a „von“-agent in
    ``sent`` („wurde … von einem Kollegen Einseitigkeit vorgeworfen“); ``[]`` if none."""
    doc = sent.doc
    for verb in speech_participles(sent):
        agent = passive_agent(doc, verb.i, sent)
        if agent is None or subordinate(sent, verb.i):
            continue  # no passive, or a passive in a relative or subordinate clause
        if agent or fronted_agent(doc, sent):
            return [verb.i]
    return []
