"""Interview and transcript turns (issue 12): ``zitate.quotes.turns`` on real German pages.

The paragraphs below are copied from two pages of ``shared/data/html`` (the NDR „Coronavirus-
Update“ podcast transcript and the Deutschlandfunk interview with Richard David Precht), the
normal article from the fr.de Kim Jong Un ticker, whose headlines („Nordkorea: …“) and updates
(„Update, 13:17 Uhr: …“) start with a word and a colon but are no turns.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from zitate.quotes.candidates import Found
from zitate.quotes.turns import (
    EXTENSION,
    find_turns,
    make_turns,
    merge_turns,
    paragraphs,
    read_label,
)

NLP = spacy.blank("de")

PODCAST = "\n\n".join(
    [
        "Über diese und andere Themen reden wir auch heute wieder mit Christian Drosten, dem "
        "Leiter der Virologie an der Berliner Charité.",
        "Die zentralen Fragen der Folge im Überblick",
        "Korinna Hennig: Herr Drosten, bevor wir uns Ihren wissenschaftlichen Erkenntnissen "
        "zuwenden, sollten wir uns heute mit Stimmen beschäftigen, die gar nicht mehr so selten "
        "sind. Der prominenteste Vorreiter dieser Fraktion ist Wolfgang Wodarg, Politiker und "
        "Pneumologe, also Lungenfacharzt. Sinngemäß sagt Wodarg: Da freuen sich die Virologen "
        "bloß, weil sie mal was Neues entdeckt haben.",
        "Eine der meistgestellten Hörerfragen ist mittlerweile die: Was sagt Professor Drosten "
        "dazu?",
        "Christian Drosten: Das stimmt, also es gibt natürlich Coronaviren, vier Stück in der "
        "menschlichen Bevölkerung.",
        "Korinna Hennig: Was ist denn anders?",
        "Christian Drosten: Na ja, dieses neue Coronavirus kommt jetzt als Pandemie zu uns. Das "
        "heißt, es wird eine Infektionswelle geben, wenn wir nichts tun.",
        "Ein psychologischer Verdrängungsmechanismus?",
        "Und man wird das nicht nur in der Statistik sehen, sondern man wird das in den "
        "Krankenhäusern sehen.",
        "Korinna Hennig: Also Sie verdienen kein Geld damit.",
        "Christian Drosten: Wir verdienen keinen Cent. Im Gegenteil, wir zahlen sehr viel drauf.",
    ]
)

INTERVIEW = "\n\n".join(
    [
        "Richard David Precht: „Tiere denken“ Warum Fleisch aus der Petrischale unsere Rettung ist",
        "Es ist nur eine Frage der Zeit, bis annähernd die Hälfte der Menschen keinem normalen "
        "Nine-to-five-Job mehr nachgeht, sagt der Philosoph Richard David Precht.",
        "Das Interview in voller Länge:",
        "Karin Fischer: Richard David Precht, es gibt eine Studie aus Oxford, die sagt einen "
        "horrenden Verlust von Jobs durch die Digitalisierung voraus.",
        "Richard David Precht: Es ist ganz, ganz schwer, zu diesen Zahlen zu kommen, und deswegen "
        "ist die Studie selbstverständlich umstritten.",
        "Fischer: Meine Sparkassenfiliale ist schon fast abgeschafft.",
        "Precht: Die ist schon fast abgeschafft, und das gilt für andere Banken noch sehr viel "
        "mehr.",
        "„Das selbstfahrende Auto stellt in moralischer Hinsicht kein Problem dar“",
        "Fischer: Nachrichten schreiben?",
        "Precht: Ja, wobei, das selbstfahrende Auto stellt in moralischer Hinsicht kein Problem "
        "dar. Es ist ein Scheinproblem.",
        "Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder. Der "
        "Deutschlandfunk macht sich Äußerungen seiner Gesprächspartner in Interviews und "
        "Diskussionen nicht zu eigen.",
    ]
)

TICKER = "\n\n".join(
    [
        "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“",
        "Update, 13:17 Uhr: Die Authentizität der Bilder von Nordkoreas Machthaber Kim Jong Un "
        "wird bislang unterschiedlich bewertet.",
        "Nordkorea: Kim Jong Un ist wieder da - Bilder veröffentlicht",
        "Das Ergebnis: Die Aufnahmen zeigen Kim Jong Un, der lächelnd und rauchend eine neue "
        "Düngemittelfabrik besucht.",
        "Kim Jong Un: Nordkoreas Diktator lächelt in die Kamera",
        "Update vom 02. Mai 2020, 9:20 Uhr: Das Regime in Nordkorea hat angeblich aktuelle Fotos "
        "von Machthaber Kim Jong Un veröffentlicht.",
        "Nordkorea: Hinweise auf eine gesundheitliche Gefährdung von Kim Jong Un",
        "Berlin: Die Bundesregierung äußerte sich nicht.",
        "Nordkorea: Spekulationen über Kim Jong Un",
        "Pjöngjang – Südkorea hat mit Vorsicht auf Berichte reagiert.",
    ]
)


def _text(doc: Doc, ids: list[int] | tuple[int, int]) -> str:
    return doc[ids[0] : ids[1]].text


def _turns(text: str) -> tuple[Doc, list[dict]]:
    doc = NLP(text)
    return doc, [t.record() for t in find_turns(doc)]


def test_podcast_turns_without_labels_and_continuations_to_the_speaker():
    doc, turns = _turns(PODCAST)
    said = [(t["kind"], t["label"], _text(doc, t["text"])) for t in turns]
    assert said[0][:2] == ("turn", "Korinna Hennig")
    assert said[0][2].startswith("Herr Drosten, bevor wir uns Ihren wissenschaftlichen")
    assert said[0][2].endswith("weil sie mal was Neues entdeckt haben.")
    # the unlabelled paragraph after Hennig's turn is still hers
    assert said[1][:2] == ("continuation", "Korinna Hennig")
    assert said[1][2].startswith("Eine der meistgestellten Hörerfragen")
    assert ("turn", "Korinna Hennig", "Was ist denn anders?") in said
    # the subheading is no turn, the paragraph after it continues Drosten's answer
    assert not any("Verdrängungsmechanismus" in s for _, _, s in said)
    assert said[5][:2] == ("continuation", "Christian Drosten")
    assert said[5][2].startswith("Und man wird das nicht nur in der Statistik sehen")
    # the intro before the first label is the host's, not a turn
    assert not any("Über diese und andere Themen" in s for _, _, s in said)
    assert len(said) == 8
    for turn in turns:
        assert _text(doc, turn["speaker"]) == turn["label"]
        assert doc[turn["cue"]].text == ":"


def test_interview_short_labels_resolve_to_full_names_and_teaser_is_no_turn():
    doc, turns = _turns(INTERVIEW)
    labels = [(t["label"], t["name"]) for t in turns if t["kind"] == "turn"]
    assert labels == [
        ("Karin Fischer", "Karin Fischer"),
        ("Richard David Precht", "Richard David Precht"),
        ("Fischer", "Karin Fischer"),
        ("Precht", "Richard David Precht"),
        ("Fischer", "Karin Fischer"),
        ("Precht", "Richard David Precht"),
    ]
    texts = [_text(doc, t["text"]) for t in turns]
    assert not any("Petrischale" in t or "sagt der Philosoph" in t for t in texts)
    assert not any("Gesprächspartner" in t for t in texts)  # the disclaimer after the end
    # the quoted subheading repeats Precht's answer: his words
    pull = [t for t in turns if t["kind"] == "pullquote"]
    assert len(pull) == 1 and pull[0]["name"] == "Richard David Precht"
    assert _text(doc, pull[0]["text"]).startswith("Das selbstfahrende Auto stellt")


def test_ticker_headlines_updates_and_datelines_give_no_turns():
    doc, turns = _turns(TICKER)
    assert turns == []
    assert read_label(paragraphs(doc)[0]) is not None  # „Kim Jong Un:“ looks like a label
    assert read_label(NLP("Das Ergebnis: Die Aufnahmen zeigen Kim Jong Un.")[:]) is None
    assert read_label(NLP("Update: Die Bilder sind echt.")[:]) is None


def test_frage_antwort_labels_form_an_interview():
    text = "\n\n".join(
        [
            "Frage: Herr Drosten, wie gefährlich ist das neue Coronavirus?",
            "Antwort: Die Gefährdung für die Bevölkerung ist hoch, das sehe ich auch so.",
            "Frage: Was ist denn anders?",
            "Antwort: Dieses neue Coronavirus kommt jetzt als Pandemie zu uns.",
        ]
    )
    doc, turns = _turns(text)
    assert [t["key"] for t in turns] == ["frage", "antwort", "frage", "antwort"]
    assert _text(doc, turns[1]["text"]).startswith("Die Gefährdung")


def test_merge_keeps_nested_speech_and_drops_conflicts():
    doc = NLP(PODCAST)
    finder = make_turns(NLP, "zitate_turns", "zitate_turns", 4, 0.5)
    doc = finder(doc)
    turns = doc._.get(EXTENSION)
    hennig = turns[0]
    start, end = hennig["text"]
    # a quotation the other rules made over the whole turn, speaker „wir“: conflicts, goes
    whole = Found(list(range(start, end)), None, [start + 4], [], "Direct", "Speech")
    # speech reported inside the turn with its own cue („Sinngemäß sagt Wodarg: Da freuen sich
    # die Virologen bloß, …“): stays
    said = next(t.i for t in doc if t.text == "sagt")
    stop = next(t.i for t in doc if t.text == "haben" and t.i > said)
    inner = Found(list(range(said + 3, stop + 1)), doc[said], [said + 1], [], "Direct", "Speech")
    assert doc[said + 1].text == "Wodarg" and stop < end
    merged = merge_turns(doc, [whole, inner])
    assert whole not in merged and inner in merged
    directs = [f for f in merged if f.kind == "turn"]
    assert len(directs) == len(turns)
    assert all(f.type == "Direct" and f.medium == "Speech" for f in directs)
    assert [min(f.quote) for f in merged] == sorted(min(f.quote) for f in merged)


def test_the_pipeline_quotes_the_turns_of_the_podcast_page(shared_data):
    """End to end on the real NDR page: every ``Korinna Hennig: …`` turn is a Direct quotation
    of hers (label out of the text, cue „:“), resolved to her entity."""
    from zitate.ingest.html import article_from_html
    from zitate.quotes.pipeline import attribution_pipeline
    from zitate.record import build_record

    path = shared_data / "html" / "trafilatura__ndr.de.podcastcoronavirus140.html"
    article = article_from_html(path.read_bytes(), str(path))
    record = build_record(article, attribution_pipeline()(article.text))
    entities = {e["id"]: e["name"] for e in record["entities"]}
    quote = next(q for q in record["quotes"] if q["text"] == "Was ist denn anders?")
    assert quote["type"] == "Direct" and quote["cue"]["text"] == ":"
    assert entities[quote["speaker"]["entity"]] == "Korinna Hennig"
    answer = next(q for q in record["quotes"] if q["text"].startswith("Gerne. Bis morgen."))
    assert entities[answer["speaker"]["entity"]] == "Christian Drosten"
    assert not any(q["text"].startswith("Korinna Hennig:") for q in record["quotes"])


def test_an_outlet_domain_asks_and_a_named_person_answers():
    text = "\n\n".join(
        [
            "Der Virologe Christian Drosten erklärt, was das für Deutschland bedeutet.",
            "tagesschau.de: Herr Drosten, was ist denn anders?",
            "Drosten: Dieses neue Coronavirus kommt jetzt als Pandemie zu uns.",
            "tagesschau.de: Also Sie verdienen kein Geld damit?",
            "Drosten: Wir verdienen keinen Cent. Im Gegenteil, wir zahlen sehr viel drauf.",
        ]
    )
    doc, turns = _turns(text)
    assert [t["label"] for t in turns] == ["tagesschau.de", "Drosten", "tagesschau.de", "Drosten"]
    assert _text(doc, turns[1]["text"]).startswith("Dieses neue Coronavirus")


NO_INTERVIEW_PAGES = (
    "trafilatura__fr.de.nordkorea.html",  # „Nordkorea: …“ headlines, „Update, 13:17 Uhr: …“
    "trafilatura__tagesschau.de.rheinmetall.html",  # „Hinweis: …“, „Mehr zu diesem Thema:“
    "trafilatura__handelsblatt.com.grenzschliessungen.html",  # „Mehr: …“ link lines
)


def _page_doc(nlp, shared_data, name: str) -> Doc:
    from zitate.ingest.html import article_from_html

    path = shared_data / "html" / name
    return nlp(article_from_html(path.read_bytes(), str(path)).text)


def test_real_pages_with_colon_lines_give_no_turns(nlp, shared_data):
    for name in NO_INTERVIEW_PAGES:
        assert find_turns(_page_doc(nlp, shared_data, name)) == [], name


def test_the_deutschlandfunk_interview_page(nlp, shared_data):
    doc = _page_doc(nlp, shared_data, "trafilatura__deutschlandfunk.de.titanic.html")
    turns = find_turns(doc)
    assert {(t.label, t.name) for t in turns} == {
        ("Karin Fischer", "Karin Fischer"),
        ("Fischer", "Karin Fischer"),
        ("Richard David Precht", "Richard David Precht"),
        ("Precht", "Richard David Precht"),
    }
    first = doc[turns[0].start : turns[0].end].text
    assert first.startswith("Richard David Precht, es gibt eine Studie aus Oxford")
    last = doc[turns[-1].start : turns[-1].end].text
    assert last.startswith("Also ich glaube, wenn man sich die Geschichte der Menschheit")
    headings = [t for t in turns if doc[t.start : t.end].text.startswith("Selbstfahrendes Auto")]
    assert [t.label for t in headings] == ["Precht"]  # „Precht: Selbstfahrendes Auto …“
