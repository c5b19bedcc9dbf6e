"""Issue 17, item 4: the ``/disputes`` page and the relations block of an article page — each
relation as two linked statements, also across articles — over a database with the mission's
article (claim and denial in one text) and a claim and its denial in two outlets."""

from __future__ import annotations

import pytest

from store.test_store_disputes import CLAIM, DENIAL
from web.conftest import make_client
from zitate.ingest.text import article_from_text
from zitate.record import build_record
from zitate.store import open_db
from zitate.store.ingest import Analysis, Ingestor

MISSION = (
    "Ukraine widerspricht Darstellung über Einkesselung\n\n"
    "Das russische Verteidigungsministerium erklärte am Sonntag, die letzten ukrainischen "
    "Soldaten bei Pokrowsk seien eingekreist. Die Stadt stehe kurz vor dem Fall. "
    "Der ukrainische Generalstab weist diese Darstellung zurück. Eine Einkesselung gebe es "
    "nicht, die Versorgungswege seien weiterhin offen."
)


@pytest.fixture(scope="module")
def disputes_db(tmp_path_factory, pipeline) -> tuple[str, dict]:  # noqa: F811
    """(URL, article ids by name) of a SQLite database with the three articles."""
    url = f"sqlite:///{tmp_path_factory.mktemp('disputes') / 'disputes.db'}"
    engine = open_db(url)
    ids = {}
    try:
        ingestor = Ingestor(engine)
        for name, text, source, day in (
            ("mission", MISSION, "tagesspiegel.example", "2025-03-02"),
            ("claim", CLAIM, "ria.example", "2025-03-03"),
            ("denial", DENIAL, "kyiv.example", "2025-03-04"),
        ):
            article = article_from_text(text, f"{name}.txt", source=source, published=day)
            analysis = Analysis(build_record(article, pipeline(article.text)), analysed=True)
            ingestor.ingest(article, lambda _a, analysis=analysis: analysis)
            ids[name] = article.id
    finally:
        engine.dispose()
    return url, ids


@pytest.fixture(scope="module")
def client(disputes_db, pipeline):  # noqa: F811
    with make_client(disputes_db[0], pipeline) as client:
        yield client


def test_disputes_page_lists_both_sides_with_links(client, disputes_db):
    ids = disputes_db[1]
    html = client.get("/disputes").text
    assert "Wer widerspricht wem" in html
    assert f'href="/articles/{ids["denial"]}#hl-' in html
    assert f'href="/articles/{ids["claim"]}#hl-' in html
    assert "anderer Artikel" in html and "bestreitet" in html
    only_across = client.get("/disputes", params={"across": "1"}).text
    assert f"/articles/{ids['mission']}" not in only_across


def test_article_page_links_the_claim_in_the_other_article(client, disputes_db):
    ids = disputes_db[1]
    html = client.get(f"/articles/{ids['denial']}").text
    assert 'id="widersprueche"' in html
    assert f'href="/articles/{ids["claim"]}#hl-' in html
    claim_page = client.get(f"/articles/{ids['claim']}").text  # linked from the claim side too
    assert f'href="/articles/{ids["denial"]}#hl-' in claim_page


def test_mission_article_links_within_the_page(client, disputes_db):
    html = client.get(f"/articles/{disputes_db[1]['mission']}").text
    block = html[html.index('id="widersprueche"') :]
    assert 'href="#hl-' in block and "eingekreist" in block


@pytest.mark.parametrize(
    "params", [{"from": "gestern"}, {"type": "agrees"}, {"across": "maybe"}, {"offset": "-1"}]
)
def test_bad_filter_is_a_400_page(client, params):
    response = client.get("/disputes", params=params)
    assert response.status_code == 400 and 'role="alert"' in response.text
