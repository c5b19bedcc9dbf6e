"""The word lists of speech acts that need more than a verb (``data/speech_phrases.json``).

Stage: quotation attribution (data loading; no logic of its own). Input: none. Output: the
parsed lists (``phrases``), read by ``phrase_acts``, ``idiom_acts`` and ``reported``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

DATA = "speech_phrases.json"


@lru_cache(maxsize=1)
def phrases() -> dict:
    """The lists of ``data/speech_phrases.json`` (``_doc`` describes each)."""
    return json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))
