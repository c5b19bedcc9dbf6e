"""Swiss Standard German writes „ss“ for „ß“: its cue verbs are the German ones („hiess es aus
libanesischen Sicherheitsquellen“ is „hieß es aus …“), and the source of „hiess es aus …“ is
found as for „hieß“ (issue 12; the sentence is from the NZZ dev page of the speakers gold,
data/html/fundus__ch__NZZ_2024_07_18.html)."""

from __future__ import annotations

from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.refine import implicit_speaker
from zitate.quotes.roles import is_heissen

from .tagged import tagged, words

SOURCE = (
    "Er/PPER sei/VAFIN/sein/Sub getötet/VVPP worden/VAPP ,/$, als/KOUS sein/PPOSAT "
    "Fahrzeug/NN im/APPRART Osten/NN des/ART Landes/NN getroffen/VVPP worden/VAPP "
    "sei/VAFIN/sein/Sub ,/$, hiess/VAFIN/hiess es/PPER aus/APPR libanesischen/ADJA "
    "Sicherheitsquellen/NN ./$."
)


def test_swiss_spellings_find_the_german_cue_entries():
    lexicon = CueLexicon.from_disk()
    assert lexicon.is_cue("hieß") and lexicon.is_cue("hiess")
    assert lexicon.get("äusserte") is lexicon.get("äußerte") is not None
    assert lexicon.get("Prozess") is None  # no entry either way: nothing is invented


def test_the_source_of_hiess_es_aus():
    doc = tagged(SOURCE)
    cue = next(t for t in doc if t.text == "hiess")
    assert is_heissen(cue)
    speaker = implicit_speaker(doc, cue.i, next(doc.sents), set())
    assert words(doc, speaker) == "libanesischen Sicherheitsquellen"
