"""Speech reported inside an interview turn goes on after its colon frame: the sentences of the
reported speaker that follow in the same turn paragraph stay that speaker's, not the turn's
(issue 12; the text is the opening of the NDR podcast page of the speakers gold,
data/html/trafilatura__ndr.de.podcastcoronavirus140.html)."""

from __future__ import annotations

import spacy

from zitate.quotes.candidates import Found
from zitate.quotes.turns import EXTENSION, make_turns, merge_turns

NLP = spacy.blank("de")
NLP.add_pipe("sentencizer")

PODCAST = "\n\n".join(
    [
        "Die zentralen Fragen der Folge im Überblick",
        "Korinna Hennig: Herr Drosten, bevor wir uns Ihren wissenschaftlichen Erkenntnissen "
        "zuwenden, sollten wir uns heute mit Stimmen beschäftigen, die gar nicht mehr so selten "
        "sind. Sinngemäß sagt Wodarg: Da freuen sich die Virologen bloß, weil sie mal was Neues "
        "entdeckt haben. Coronaviren im Allgemeinen gab es doch schon immer, dieses ist einfach "
        "ein spezielles mehr. Und die Todesfälle wären eigentlich in der Statistik verborgen "
        "geblieben, wenn man nicht gezielt danach suchen würde.",
        "Christian Drosten: Das stimmt, also es gibt natürlich Coronaviren, vier Stück in der "
        "menschlichen Bevölkerung.",
        "Korinna Hennig: Was ist denn anders?",
        "Christian Drosten: Na ja, dieses neue Coronavirus kommt jetzt als Pandemie zu uns. Das "
        "heißt, es wird eine Infektionswelle geben, wenn wir nichts tun.",
        "Korinna Hennig: Also Sie verdienen kein Geld damit.",
        "Christian Drosten: Wir verdienen keinen Cent. Im Gegenteil, wir zahlen sehr viel drauf.",
    ]
)


def _doc():
    doc = make_turns(NLP, "zitate_turns", "zitate_turns", 4, 0.5)(NLP(PODCAST))
    assert doc._.get(EXTENSION)
    return doc


def _index(doc, word: str, after: int = 0) -> int:
    return next(t.i for t in doc if t.text == word and t.i > after)


def _wodarg(doc):
    """The rules' findings: Wodarg's Indirect after the colon and the Konjunktiv sentence that
    continues it (no cue of its own, Wodarg's speaker phrase)."""
    said = _index(doc, "sagt")
    end = _index(doc, "haben", said)
    inner = Found(list(range(said + 3, end + 1)), doc[said], [said + 1], [], "Indirect", "Speech")
    und = _index(doc, "Und", end)
    stop = _index(doc, "würde", und)
    more = Found(list(range(und, stop + 1)), None, [said + 1], [], "IndirectFreeIndirect", "Speech")
    return inner, more, end, und


def test_the_continuation_of_speech_reported_in_a_turn_stays_with_its_speaker():
    doc = _doc()
    inner, more, end, und = _wodarg(doc)
    merged = merge_turns(doc, [inner, more])
    assert inner in merged and more in merged
    # the indicative sentence between the two is Wodarg's too
    text = " ".join(doc[i].text for i in more.quote)
    assert text.startswith("Coronaviren im Allgemeinen gab es doch schon immer")
    assert min(more.quote) > end and max(more.quote) >= und


def test_a_continuation_of_another_speaker_still_goes():
    doc = _doc()
    inner, more, _, _ = _wodarg(doc)
    more.speaker = [_index(doc, "Stimmen")]
    assert more not in merge_turns(doc, [inner, more])


def test_a_continuation_without_reported_speech_before_it_goes():
    doc = _doc()
    _, more, _, _ = _wodarg(doc)
    assert more not in merge_turns(doc, [more])
