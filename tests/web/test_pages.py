"""Issue 5, web pages: search, article (quotations marked by type, speaker and cue marked,
nested quotes, escaping), speakers, paste and the error pages — with TestClient on the sample
articles of ``samples/`` ingested and analysed into SQLite. Issue 15: search words highlighted
(German stems), German messages, and all the samples dated from several outlets."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import html as lxml_html

from zitate.store.stemming import stem_word

from .conftest import MAX_BODY, SAMPLES, ingest, make_client

SCHOLZ = (
    "Scholz verteidigt Haushalt\n\n"
    "Bundeskanzler Olaf Scholz hat am Montag in Berlin die Haushaltspläne der Regierung gegen "
    "Kritik aus der Opposition verteidigt.\n\n"
    "„Wir werden die Steuern nicht erhöhen“, sagte er. Die Union hatte zuvor höhere Abgaben "
    "befürchtet."
)


def parse(response, status: int = 200):
    assert response.status_code == status, response.text[:2000]
    assert response.headers["content-type"].startswith("text/html")
    return lxml_html.fromstring(response.text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def span_text(text: str, spans: list) -> str:
    return "".join(text[s:e] for s, e in spans)


def classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def test_article_page_marks_every_quotation_speaker_and_cue(client, records):
    for record in records:
        text = record["article"]["text"]
        page = parse(client.get(f"/articles/{record['article']['id']}"))
        assert page.xpath("string(//h1)").strip() == record["article"]["title"]
        for quote in record["quotes"]:
            qid = quote["id"]
            pieces = page.xpath(f"//main//article//mark[@data-quote='{qid}']")
            assert pieces, qid
            assert all(f"q-{quote['type']}" in classes(p) and "quote" in classes(p) for p in pieces)
            assert pieces[0].get("id") == f"hl-{qid}" and pieces[0].get("tabindex") == "0"
            marked = "".join(p.text_content() for p in pieces)
            assert squeeze(marked) == squeeze(span_text(text, quote["spans"]))
            title = pieces[0].get("title")
            assert quote["type"] and "Konfidenz" in title and "Sprecher" in title
            for role in ("speaker", "cue"):
                if not (quote[role] or {}).get("spans"):
                    continue
                marks = [
                    m
                    for m in page.xpath(f"//article//span[contains(@class, 'role-{role}')]")
                    if qid in m.get("data-quote").split()
                ]
                got = squeeze("".join(m.text_content() for m in marks))
                assert got == squeeze(span_text(text, quote[role]["spans"])), (qid, role)
            (item,) = page.xpath(f"//aside//li[@id='quote-{qid}']")
            assert item.xpath(".//a/@href")[0] == f"#hl-{qid}"
            assert item.xpath(f".//dl[@id='attr-{qid}']")
        legend = {
            m.get("class").split()[-1][2:]: int(m.getnext().text)
            for m in page.xpath("//section[contains(@class,'legend')]//mark")
        }
        assert sum(legend.values()) == len(record["quotes"])
        assert page.xpath("//section[@id='details' and @hidden]")  # filled by the script


def test_nested_quotes_sit_inside_their_outer_mark(client, records):
    nested = [(r, q) for r in records for q in r["quotes"] if q["nested_in"]]
    assert nested, "the sample articles hold nested quotations"
    for record, quote in nested:
        page = parse(client.get(f"/articles/{record['article']['id']}"))
        outer, inner = quote["nested_in"], quote["id"]
        assert page.xpath(f"//mark[@data-quote='{outer}']//mark[@data-quote='{inner}']")
        assert "nested" in classes(page.xpath(f"//mark[@data-quote='{inner}']")[0])


def test_speaker_of_a_resolved_quotation_links_to_the_speaker_page(client, records):
    record = next(
        r for r in records if any((q["speaker"] or {}).get("entity") for q in r["quotes"])
    )
    quote = next(q for q in record["quotes"] if (q["speaker"] or {}).get("entity"))
    entity = next(e for e in record["entities"] if e["id"] == quote["speaker"]["entity"])
    page = parse(client.get(f"/articles/{record['article']['id']}"))
    (link,) = page.xpath(f"//dl[@id='attr-{quote['id']}']//a")
    assert entity["name"] in link.text_content()
    speaker = parse(client.get(link.get("href")))
    assert speaker.xpath("string(//h1)") == entity["name"]


def test_search_finds_a_word_of_a_quotation_and_links_to_its_highlight(client, records):
    record = records[-1]
    quote = next(q for q in record["quotes"] if q["type"] == "Direct")
    word = max(re.findall(r"\w+", quote["text"]), key=len)
    page = parse(client.get("/", params={"q": word}))
    links = page.xpath("//ol[@class='results']//blockquote/a/@href")
    assert f"/articles/{record['article']['id']}#hl-{quote['id']}" in links
    for hit in page.xpath("//ol[@class='results']//blockquote"):  # the word highlighted
        marks = hit.xpath(".//mark[@class='hit']/text()")
        assert marks and all(stem_word(m) == stem_word(word) for m in marks)
    assert page.xpath("//input[@id='q']/@value") == [word]
    assert "gefunden" in page.xpath("string(//h2[@id='results-title'])")


def test_search_filters_and_pagination(client, records):
    n_direct = sum(q["type"] == "Direct" for r in records for q in r["quotes"])
    page = parse(client.get("/", params={"type": "Direct"}))
    badges = page.xpath("//ol[@class='results']//span[contains(@class,'badge')]")
    assert badges and all("q-Direct" in classes(b) for b in badges)
    assert page.xpath("string(//h2[@id='results-title'])").startswith(f"{n_direct} ")
    assert page.xpath("//select[@id='type']/option[@selected]/@value") == ["Direct"]

    total = sum(len(r["quotes"]) for r in records)
    first = parse(client.get("/", params={"outlet": "wikinews"}))
    assert first.xpath("string(//h2[@id='results-title'])").startswith(f"{total} ")
    assert total > 20 and len(first.xpath("//li[@class='result']")) == 20
    (next_link,) = first.xpath("//nav[@class='pagination']/a[@rel='next']/@href")
    assert parse_qs(urlsplit(next_link).query) == {"outlet": ["wikinews"], "offset": ["20"]}
    second = parse(client.get("/" + next_link))
    assert "Seite 2 von" in second.xpath("string(//nav[@class='pagination'])")
    assert set(first.xpath("//blockquote/a/@href")).isdisjoint(second.xpath("//blockquote/a/@href"))

    none = parse(client.get("/", params={"q": "Donnerschlag", "speaker": "Niemandsname"}))
    assert none.xpath("string(//h2[@id='results-title'])").startswith("0 ")


@pytest.mark.parametrize(
    "params, message",
    [
        ({"from": "29.01.2005"}, "kein Datum"),
        ({"type": "Geschrei"}, "Unbekannter Wert"),
        ({"q": "x" * 201}, "zu lang"),
        ({"q": "„nicht geschlossen"}, "E310"),
        ({"q": "„nicht geschlossen"}, "Anführungszeichen ist nicht geschlossen"),
        ({"q": "Regier* *"}, "muss auf ein Wort folgen"),
        ({"offset": "-3"}, "Seitenposition"),
    ],
)
def test_bad_search_input_is_a_400_page_with_the_reason(client, params, message):
    page = parse(client.get("/", params=params), 400)
    assert message in page.xpath("string(//div[@role='alert'])")


def test_start_page_lists_the_latest_articles(client, records):
    page = parse(client.get("/"))
    titles = page.xpath("//ul[@class='articles']//a/text()")
    assert sorted(titles) == sorted(r["article"]["title"] for r in records)


def test_speakers_page_lists_the_most_quoted(client):
    page = parse(client.get("/speakers"))
    rows = page.xpath("//table[@class='speakers']/tbody/tr")
    counts = [int(r.xpath("string(td[2])")) for r in rows]
    assert rows and counts == sorted(counts, reverse=True)
    name = rows[0].xpath("string(th)")
    detail = parse(client.get(rows[0].xpath("th/a/@href")[0]))
    assert detail.xpath("string(//h1)") == name
    statements = detail.xpath("//section[@aria-labelledby='statements-title']//li[@class='result']")
    assert len(statements) == min(counts[0], 20)
    # the samples are dated (their header): a timeline with the article's day
    (svg,) = detail.xpath("//figure[@class='chart']/*[local-name()='svg']")
    assert svg.xpath(".//*[local-name()='title']") and "ohne" not in detail.xpath("string(//h1)")
    filtered = parse(client.get("/speakers", params={"q": name[:4]}))
    assert name in filtered.xpath("//table[@class='speakers']//th/a/text()")


def test_speaker_page_charts_dated_statements(tmp_path, pipeline, full_gold_pages):
    url = f"sqlite:///{tmp_path / 'dated.db'}"
    ingest(url, [str(p) for p in full_gold_pages[:6]], pipeline)
    with make_client(url, pipeline) as client:
        top = client.get("/api/speakers").json()["items"][0]
        api = client.get(f"/api/speakers/{top['id']}", params={"limit": 100}).json()
        dated = [h for h in api["quotes"]["items"] if h["article"]["published"]]
        assert dated, "the gold pages are dated"
        page = parse(client.get(f"/speakers/{top['id']}"))
    (svg,) = page.xpath("//figure[@class='chart']/*[local-name()='svg']")
    bars = [t.text for t in svg.xpath(".//*[local-name()='title']")]
    assert sum(int(b.rsplit(": ", 1)[1]) for b in bars) == len(dated)
    assert "Zitate pro" in page.xpath("string(//figcaption)")
    outlets = page.xpath("//section[@aria-labelledby='outlets-title']//li")
    assert sum(int(li.xpath("string(span)")) for li in outlets) == top["n_quotes"]
    cues = page.xpath("//section[@aria-labelledby='cues-title']//span[contains(@class,'role-cue')]")
    assert cues
    shown = [squeeze(a.text) for a in page.xpath("//p[@class='aliases']/span[@class]")]
    assert api["aliases"], "the most quoted speaker of the gold pages has aliases"
    assert shown == [squeeze(a["alias"]) for a in api["aliases"]]


def test_paste_analyses_a_german_paragraph_without_storing_it(client):
    page = parse(client.post("/paste", data={"text": SCHOLZ, "format": "auto"}))
    (quote,) = page.xpath("//article//mark[contains(@class, 'q-Direct')]")
    assert quote.text_content() == "„Wir werden die Steuern nicht erhöhen“"
    roles = {
        role: [s.text_content() for s in page.xpath(f"//article//span[contains(@class,'{role}')]")]
        for role in ("role-speaker", "role-cue")
    }  # the headline and the Union's fear may be Reported statements of their own
    assert "er" in roles["role-speaker"] and "sagte" in roles["role-cue"]
    assert "Olaf Scholz" in quote.get("title")
    assert page.xpath("string(//h1[@id='article-title'])") == "Scholz verteidigt Haushalt"
    assert page.xpath("//textarea[@id='text']/text()")[0].startswith("Scholz verteidigt")
    assert client.get("/api/articles").json()["total"] == 4  # nothing was stored


def test_paste_a_sample_article_as_html(client, records):
    text = records[0]["article"]["text"]
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
    page_html = (
        f"<html><head><title>T</title></head><body><article>{paragraphs}</article></body></html>"
    )
    page = parse(client.post("/paste", data={"text": page_html, "format": "html"}))
    assert page.xpath("//article//mark[contains(@class,'quote')]")


def test_paste_escapes_the_text(client):
    text = (
        "Streit um Formeln\n\nDie Mathematiker stritten am Montag in Berlin über eine neue "
        "Formel für die Schulen.\n\n„Die Regel a < b & c gilt nicht immer“, sagte Müller. "
        "Er sprach von <Unsinn>."
    )
    response = client.post("/paste", data={"text": text, "format": "text"})
    page = parse(response)
    assert "<Unsinn>" not in response.text
    assert "a &lt; b &amp; c" in response.text and "&lt;Unsinn&gt;" in response.text
    (quote,) = [  # „Er sprach von <Unsinn>“ may be a Reported statement of its own
        q
        for q in page.xpath("//article//mark[contains(@class, 'quote')]")
        if "a < b & c" in q.text_content()
    ]
    assert "Müller" in quote.get("title")
    assert "<Unsinn>" in page.xpath("string(//article)")


@pytest.mark.parametrize(
    "text, status, message",
    [
        ("", 400, "Eingabe ist leer"),
        ("  \n\n ", 400, "Eingabe ist leer"),
        ("ä" * (MAX_BODY // 2 + 1), 413, "zu groß"),
    ],
)
def test_paste_refuses_empty_and_too_large_input(client, text, status, message):
    page = parse(client.post("/paste", data={"text": text}), status)
    assert message in page.xpath("string(//p[@role='alert'])")


def test_paste_needs_a_form_body(client):
    page = parse(
        client.post("/paste", content=b"{}", headers={"content-type": "application/json"}), 415
    )
    assert "Formular" in page.xpath("string(//p[@role='alert'])")
    assert "Artikel" in parse(client.get("/paste")).xpath("string(//label[@for='text'])")


@pytest.mark.parametrize(
    "path, title",
    [
        ("/articles/" + "0" * 40, "Artikel nicht gefunden"),
        ("/articles/not-an-id!", "Artikel nicht gefunden"),
        ("/speakers/zzz", "Sprecher nicht gefunden"),
        ("/gibt-es-nicht", "Seite nicht gefunden"),
    ],
)
def test_unknown_pages_are_404_pages(client, path, title):
    page = parse(client.get(path), 404)
    assert page.xpath("string(//h1)") == title
    assert "not found" not in page.xpath("string(//main)").lower()  # German, also from the API


def test_search_highlights_inflected_forms(client, records):
    """„Papstes“ finds „Papst“ (stems), and both forms are highlighted in the hits."""
    texts = [q["text"] for r in records for q in r["quotes"]]
    word = next(w for t in texts for w in re.findall(r"[^\W\d_]{6,}", t) if w.istitle())
    page = parse(client.get("/", params={"q": word.upper()}))
    hits = page.xpath("//ol[@class='results']//blockquote")
    assert hits and all(h.xpath(".//mark[@class='hit']") for h in hits)
    marked = {m.text for h in hits for m in h.xpath(".//mark[@class='hit']")}
    assert word in marked and {stem_word(m) for m in marked} == {stem_word(word)}


def test_all_samples_show_dated_quotations_from_several_outlets(tmp_path, pipeline):
    """README command (1): ``samples/`` (Wikinews and GermEval 2014 news sentences) gives dated
    quotations from at least 3 outlets on the search page, and a speaker with a timeline."""
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    records = ingest(url, [str(SAMPLES)], pipeline)
    assert len(records) >= 20
    with make_client(url, pipeline) as client:
        page = parse(client.get("/", params={"from": "2005-01-01"}))
        items = page.xpath("//ol[@class='results']/li")
        assert items and not any("ohne Datum" in i.text_content() for i in items)
        api = client.get("/api/quotes", params={"limit": 100}).json()
        outlets = {h["article"]["source"] for h in api["items"] if h["article"]["published"]}
        assert len(outlets) >= 3, outlets
        top = client.get("/api/speakers").json()["items"][0]
        speaker = parse(client.get(f"/speakers/{top['id']}"))
        assert speaker.xpath("//figure[@class='chart']/*[local-name()='svg']")


def test_api_errors_stay_json(client):
    response = client.get("/api/articles/" + "0" * 40)
    assert response.status_code == 404 and response.json()["error"]["code"] == "E404"
    assert client.get("/api/nope").json()["error"]["code"] == "E408"


def test_assets_are_served(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200 and ".q-Direct" in css.text
    assert "details" in client.get("/static/details.js").text


def test_paste_shows_which_statement_a_denial_disputes(client):
    text = (
        "Das russische Militär sprach davon, dass die ukrainischen Einheiten in der Region Kursk "
        "vollständig eingeschlossen seien. Der ukrainische Generalstab weist diese Darstellung "
        "zurück. Eine Gefahr der Einkesselung bestehe nicht."
    )
    page = parse(client.post("/paste", data={"text": text, "format": "auto"}))
    rows = {
        dl.get("id"): dict(
            zip(
                dl.xpath("dt/text()"),
                [" ".join(d.text_content().split()) for d in dl.xpath("dd")],
                strict=True,
            )
        )
        for dl in page.xpath("//dl[@class='attribution'][@id]")
    }
    assert rows["attr-q1"]["Widerspruch"] == "bestritten von Zitat 2; widersprochen von Zitat 3"
    assert rows["attr-q2"]["Widerspruch"] == "bestreitet Zitat 1"
    assert rows["attr-q3"]["Widerspruch"] == "widerspricht Zitat 1"


def test_stats_and_search_share_one_filter_form(client):
    """The filter form of ``/`` and ``/stats`` is one partial: the same fields, each page's
    own action and button; the values given come back in both."""
    params = {"q": "Regierung", "outlet": "taz", "from": "2008-01-01", "type": "Direct"}
    forms = {}
    for path, button in (("/", "Suchen"), ("/stats", "Auszählen")):
        page = parse(client.get(path, params=params))
        (form,) = page.xpath("//form[contains(@class,'search-form')]")
        assert form.get("action") == path and form.xpath("string(.//button)") == button
        fields = {e.get("name"): e.get("value") for e in form.xpath(".//input")}
        fields |= {e.get("name"): e.xpath("string(option[@selected]/@value)")
                   for e in form.xpath(".//select")}  # fmt: skip
        forms[path] = fields
    assert forms["/"] == forms["/stats"]
    assert forms["/"] == params | {"speaker": "", "to": "", "medium": ""}


def test_stats_chart_legend_stays_below_the_axis_and_inside_the_chart():
    """A legend of nine long category names wraps onto more lines instead of running over the
    chart's right edge or over one another, and sits below the axis caption."""
    from zitate.web.stats_chart import CHAR_W, FONT_PX, WIDTH, stacked_chart
    from zitate.web.stats_page import CATEGORY_LABELS

    parts = list(CATEGORY_LABELS)
    rows = [("taz.de", {p: i + 1 for i, p in enumerate(parts)}), ("spiegel.de", {parts[0]: 3})]
    svg = lxml_html.fromstring(str(stacked_chart(rows, parts, CATEGORY_LABELS, "Kategorien")))
    assert svg.get("font-size") == str(FONT_PX)
    caption_y = float(svg.xpath("//text[@class='axis-label']/@y")[0])
    entries = [(float(t.get("x")), float(t.get("y")), t.text) for t in svg.xpath("//text")
               if t.text in CATEGORY_LABELS.values()]  # fmt: skip
    assert len(entries) == len(parts) and len({y for _, y, _ in entries}) > 1
    for x, y, name in entries:
        assert y - FONT_PX > caption_y and x + CHAR_W * len(name) <= WIDTH, name
    for (x, y, name), (x2, y2, _) in zip(entries, entries[1:], strict=False):
        assert y2 > y or x + CHAR_W * len(name) < x2 - 12, name  # before the next swatch
    assert float(svg.get("viewbox").split()[3]) >= max(y for _, y, _ in entries) + 4


def test_paging_goes_on_past_an_estimated_total():
    """Issue 14: a frequent search on PostgreSQL has an estimated total: while the pages are
    full, a next page is offered even past the estimate; an exact total ends the paging."""
    from zitate.web.routes import page_links

    estimated = page_links({"q": "Regierung"}, total=40, limit=20, offset=40, more=True)
    assert parse_qs(urlsplit(estimated["next"]).query) == {"q": ["Regierung"], "offset": ["60"]}
    assert estimated["more"] and estimated["pages"] == 2
    assert page_links({"q": "Regierung"}, total=40, limit=20, offset=20)["next"] is None


def test_a_frequent_word_says_how_many_at_least(client, records, monkeypatch):
    """Issue 14: past ``RANK_LIMIT`` SQLite counts up to ``COUNT_LIMIT`` and the page says
    „Mehr als …“; the hits are all there, most recently stored first."""
    from zitate.store import search

    exact = parse(client.get("/", params={"q": "die"}))
    heading = exact.xpath("string(//h2[@id='results-title'])")
    assert int(heading.split()[0]) > 2
    monkeypatch.setattr(search, "RANK_LIMIT", 0)
    monkeypatch.setattr(search, "COUNT_LIMIT", 2)
    bounded = parse(client.get("/", params={"q": "die"}))
    assert bounded.xpath("string(//h2[@id='results-title'])").startswith("Mehr als 2 Zitate")
    assert len(bounded.xpath("//li[@class='result']")) > 2
