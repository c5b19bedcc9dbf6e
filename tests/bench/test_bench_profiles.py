"""Issue 15, item 4: how ``zitate bench profiles`` pairs gold speakers with canonical entities,
splits the pages and refuses bad gold."""

from __future__ import annotations

import json

import pytest

from zitate.bench.profiles import DEFAULT_GOLD, SPEAKER_GOLD, load_gold, match, page_split
from zitate.errors import ZitateError


def test_match_by_name_alias_or_last_words():
    gold = {
        "name": "Donald Trump",
        "aliases": ["Trump", "Der designierte US-Präsident Donald Trump"],
    }
    assert match(gold, [(7, "Donald Trump"), (9, "Pam Bondi")]) == 7
    assert match(gold, [(3, "Trump"), (9, "Pam Bondi")]) == 3  # an alias
    assert match(gold, [(9, "Pam Bondi")]) is None
    # the entity most document entities point to wins
    assert match(gold, [(3, "Trump"), (4, "Donald Trump"), (4, "Trump")]) == 4
    # a lower-case role is no name ending
    assert match({"name": "Der Sprecher", "aliases": []}, [(5, "sprecher")]) is None


def test_split_keeps_test_pages_aside():
    assert page_split("fundus__de__Stern_2024_11_05") == "test"  # a gold/speakers test page
    assert page_split("fundus__at__ORF_2024_11_22") == "dev"
    assert page_split("readability__heise") == "test"  # no gold/speakers file: unused there
    # pages others tune on in gold/speakers (dev there) are never test pages of the profiles
    for stem in ("trafilatura__express.de-d57cfadc", "trafilatura__welt.de-d90b1938"):
        assert page_split(stem) == "dev"
    for path in DEFAULT_GOLD.glob("*.json"):
        speakers = SPEAKER_GOLD / path.name
        if speakers.is_file() and json.loads(speakers.read_text("utf-8"))["split"] == "dev":
            assert page_split(path.stem) == "dev", path.stem
        else:
            assert page_split(path.stem) == "test", path.stem


def test_bad_gold_is_refused(tmp_path):
    with pytest.raises(ZitateError, match="no speaker gold"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text(json.dumps({"page": "x.html"}), encoding="utf-8")
    with pytest.raises(ZitateError, match="malformed"):
        load_gold(tmp_path)
    with pytest.raises(ZitateError, match="split"):
        load_gold(tmp_path, "train")
