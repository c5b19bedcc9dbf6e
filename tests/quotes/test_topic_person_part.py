"""The person „ihn“ stands for is looked for in the sentences before the one it stands in, also
when the scene rules pass a part of that sentence (``scene.colon_frame_words`` reads the words
from a finite verb to the colon): the part's own sentence, whose subject is a thing that holds a
surname („Die erste Begegnung mit seinem … Vorbild Strache …“), is no sentence before it
(issue 12, review of the merged scene rules).

Excerpt of the dev4 text of gold/speakers, 10kGNAD row 785 (derStandard on Michael Stumpf), run
through the committed base pipeline (fixture ``nlp``).
"""

from __future__ import annotations

from zitate.quotes import scene
from zitate.quotes.scene import _person_after_verb

from .test_dev4_missed import STUMPF


def test_ihn_in_a_part_of_a_sentence_stands_for_the_subject_of_a_sentence_before(nlp, monkeypatch):
    """Stumpf is the subject two sentences before „… hat ihn überzeugt“: within reach of
    ``MAX_BACK`` = 2 from the whole sentence and from its part alike (the part's own sentence
    used to count as the first sentence before it)."""
    monkeypatch.setattr(scene, "MAX_BACK", 2)
    doc = nlp(STUMPF)
    sent = next(s for s in doc.sents if s.text.startswith("Die erste Begegnung"))
    verb = next(t.i for t in sent if t.text == "hat")
    whole = _person_after_verb(doc, sent)
    part = _person_after_verb(doc, doc[verb : sent.end])
    assert [doc[i].text for i in whole] == ["Stumpf"]
    assert [doc[i].text for i in part] == ["Stumpf"]
