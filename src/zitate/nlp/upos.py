"""NLP stage, universal POS: STTS tags (``token.tag_``) -> UPOS (``token.pos_``).

The table maps each STTS tag to its most frequent UPOS in UD German GSD dev (built by
``zitate.train.assemble.upos_table`` at training time, saved with the pipeline as
``table.json``). It
replaces spaCy's ``attribute_ruler`` with one-token ``TAG`` patterns, which set the same POS
through the ``Matcher`` and a span per token: 0.23 s for the 53k tokens of the 40 sample pages,
against 0.007 s for the lookup.
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.7 validates the factory's signature
# and cannot resolve annotations given as strings.

import json
from pathlib import Path

from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

TABLE_FILE = "table.json"


class UposMapper:
    """Sets ``pos`` of each token from its ``tag`` (a tag not in the table keeps its POS)."""

    def __init__(self, nlp: Language, name: str = "zitate_upos") -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.table: dict[str, str] = {}
        self._ids: dict[int, int] = {}

    def set_table(self, table: dict[str, str]) -> None:
        self.table = dict(sorted(table.items()))
        add = self.strings.add
        self._ids = {add(tag): add(pos) for tag, pos in self.table.items()}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([TAG, POS])
        ids = self._ids
        arr[:, 1] = [ids.get(tag, pos) for tag, pos in arr.tolist()]
        doc.from_array([TAG, POS], arr)
        return doc

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / TABLE_FILE).write_text(json.dumps(self.table, ensure_ascii=False, indent=0))

    def from_disk(self, path, *, exclude=()) -> "UposMapper":
        self.set_table(json.loads((Path(path) / TABLE_FILE).read_text()))
        return self


@Language.factory(
    "zitate_upos",
    assigns=["token.pos"],
    requires=["token.tag"],
    default_config={},
)
def make_upos(nlp: Language, name: str) -> "UposMapper":
    return UposMapper(nlp, name)
