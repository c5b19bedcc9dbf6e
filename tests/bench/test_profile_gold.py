"""The hand-made speaker-profile gold (``gold/profiles``): meta-tests in the fundus manner.

Every file parses and names its page, the labels are in the allowed sets, each female/male label
quotes its evidence, there are enough persons, every speaker of ``gold/speakers`` has a profile,
and each profiled speaker's name or an alias occurs in the page text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROFILES = REPO / "gold" / "profiles"
SPEAKERS = REPO / "gold" / "speakers"
FILES = sorted(PROFILES.glob("*.json"))

KINDS = {"person", "organisation", "group"}
GENDERS = {"female", "male", "unknown"}
CATEGORIES = {
    "politics",
    "government",
    "police_justice",
    "science_expert",
    "business",
    "civil_society",
    "citizen",
    "media",
    "other",
}
KEYS = {
    "name",
    "aliases",
    "kind",
    "gender",
    "gender_evidence",
    "category",
    "category_evidence",
    "roles",
    "party",
}


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def page_text(html_dir: Path, page: str) -> str:
    """The body text where the page has one (``*.gold.txt``), else the visible text of the HTML."""
    body = html_dir / page.replace(".html", ".gold.txt")
    if body.exists():
        text = body.read_text("utf-8")
    else:
        from lxml import html as lxml_html

        raw = (html_dir / page).read_bytes()
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError:
            source = raw.decode("cp1252")
        tree = lxml_html.fromstring(source)
        for node in tree.xpath("//script|//style"):
            node.drop_tree()
        text = tree.text_content()
    return re.sub(r"\s+", " ", text)


def test_one_profile_file_per_speaker_page():
    # the pages of html/; corpus documents (the heldout 10kGNAD rows) have no profile gold
    pages = [p for p in SPEAKERS.glob("*.json") if "page" in load(p)]
    stems = {p.stem for p in pages} | {p.stem for p in (SPEAKERS / "lists").glob("*.json")}
    assert len(FILES) >= 40
    assert {p.stem for p in FILES} == stems


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_profile_file_is_well_formed(path: Path):
    data = load(path)
    assert data["page"] == path.stem + ".html"
    assert data["annotator"]
    names = [s["name"] for s in data["speakers"]]
    assert len(names) == len(set(names)), "a speaker listed twice"
    for s in data["speakers"]:
        assert set(s) == KEYS, s["name"]
        assert s["name"].strip(), s
        assert isinstance(s["aliases"], list) and all(
            isinstance(a, str) and a for a in s["aliases"]
        )
        assert s["kind"] in KINDS, s["name"]
        assert s["category"] in CATEGORIES, s["name"]
        assert s["category_evidence"], s["name"]
        assert isinstance(s["roles"], list), s["name"]
        assert s["party"] is None or (isinstance(s["party"], str) and s["party"]), s["name"]
        if s["kind"] == "person":
            assert s["gender"] in GENDERS, s["name"]
            if s["gender"] in ("female", "male"):
                assert s["gender_evidence"] and s["gender_evidence"].strip(), s["name"]
        else:
            assert s["gender"] is None, s["name"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_gold_speaker_has_a_profile(path: Path):
    source = SPEAKERS / path.name
    if not source.exists():
        source = SPEAKERS / "lists" / path.name
    listed = {s["name"] for s in load(source)["speakers"]}
    profiled = {s["name"] for s in load(path)["speakers"]}
    assert listed <= profiled, sorted(listed - profiled)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_speaker_is_named_in_the_page(path: Path, shared_data):
    data = load(path)
    text = page_text(shared_data / "html", data["page"])
    for s in data["speakers"]:
        forms = [s["name"], *s["aliases"]]
        assert any(re.sub(r"\s+", " ", f) in text for f in forms), s["name"]


def test_enough_persons_with_both_genders():
    people = [s for p in FILES for s in load(p)["speakers"] if s["kind"] == "person"]
    assert len(people) >= 100
    genders = {s["gender"] for s in people}
    assert {"female", "male"} <= genders
    categories = {s["category"] for p in FILES for s in load(p)["speakers"]}
    assert categories == CATEGORIES
