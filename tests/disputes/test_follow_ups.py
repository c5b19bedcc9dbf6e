"""Issue 17, second pass: a denial that goes on in the next sentence with only a pronoun or an
impersonal „hieß es“ as its speaker answers the claim the denial before it answers; a Reported
claim without a cue („Die Kommission hat … kritisiert“) is cued by its own verb, so „wies die
Kritik zurück“ finds it; a word pointing back („Das ist aber …“) reaches the statement at the end
of the paragraph before, also an impersonal one („Über die Ursachen wurde viel spekuliert, …“).
German news texts in the shape of real reports, and a real page of ``shared/data/html``."""

from __future__ import annotations

from zitate.disputes import find_relations


def by_text(quotes, relations):
    text = {q["id"]: q["text"] for q in quotes}
    return [(r["type"], text[r["source"]], text[r["target"]]) for r in relations]


def test_criticism_rejected_and_called_a_lie_by_a_pronoun(analyse):
    doc, quotes, entities = analyse(
        "Die Europäische Kommission hat den Umgang des Konzerns mit Hassbotschaften scharf "
        "kritisiert. Die Löschungen kämen viel zu spät, erklärte die Behörde in Brüssel. "
        "Der Konzern wies die Kritik am Donnerstag zurück. „Das ist eine Lüge“, sagte er."
    )
    found = by_text(quotes, find_relations(doc, quotes, entities))
    rejected = [t for k, s, t in found if s.startswith("Der Konzern wies die Kritik")]
    assert rejected and all("kritisiert" in t or "zu spät" in t for t in rejected)
    lie = [(k, t) for k, s, t in found if s == "„Das ist eine Lüge“"]
    assert lie and all(k == "denies" and t in rejected for k, t in lie)


def test_hiess_es_goes_on_with_the_denial_before(analyse):
    doc, quotes, entities = analyse(
        "Das Magazin hatte am Montag berichtet, der Minister habe Geld von einem Bauunternehmer "
        "angenommen. Das Ministerium wies den Bericht des Magazins am Dienstag zurück. Er sei "
        "frei erfunden, hieß es in einer Erklärung."
    )
    found = by_text(quotes, find_relations(doc, quotes, entities))
    invented = [(k, t) for k, s, t in found if s.startswith("Er sei frei erfunden")]
    assert invented
    assert all(k == "denies" and t.startswith("der Minister habe Geld") for k, t in invented)


def test_no_follow_up_without_a_denial_just_before(analyse):
    doc, quotes, entities = analyse(
        "Das Magazin hatte am Montag berichtet, der Minister habe Geld von einem Bauunternehmer "
        "angenommen. Der Minister reiste am Dienstag nach Paris. „Das ist eine Lüge“, sagte er."
    )
    found = by_text(quotes, find_relations(doc, quotes, entities))
    assert not any(s == "„Das ist eine Lüge“" and "Paris" in t for _, s, t in found)


def test_pointer_across_a_paragraph_to_an_impersonal_speculation(shared_data):
    from zitate.bench.disputes import analyse as run
    from zitate.quotes.pipeline import attribution_pipeline

    record = run({"page": "fundus__de__Tagesspiegel_2024_04_29.html"}, shared_data,
                 attribution_pipeline())  # fmt: skip
    text = {q["id"]: q["text"] for q in record["quotes"]}
    found = [(text[r["source"]], text[r["target"]]) for r in record["relations"]]
    assert any(
        s.startswith("„Das ist aber in diesem Ausmaß nicht durch die Theorie gedeckt")
        and "Rückgang der Emissionen aus dem Schiffsverkehr" in t
        for s, t in found
    )
