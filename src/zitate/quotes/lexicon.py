"""The cue lexicon: word forms that introduce quotations, learned from the benchmark's train split.

Stage: training data for the rule predictor (``zitate.quotes.rules``). Input: train documents of
``shared/data/quotes-de-wikinews`` (never dev or test). Output: a ``CueLexicon`` — per lowercased
word form: how often it is a cue token, how often it occurs at all, its quotation types and media,
and the other cue words it comes with (separable particles: "teilte … mit") — saved as JSON
(``zitate/data/cue_lexicon.json``).

Rebuild: ``python -m zitate.quotes.lexicon --data ../shared/data``.

A curated supplement (``zitate/data/cue_supplement.json``: speech verbs that train has fewer than
twice as a cue, „erwiderte“, „bilanzierte“, „mahnte“) is added when a lexicon is read
(``with_supplement``, consulted where the counts give no reliable cue, never saved with the
counts); a learned lexicon (``learn``) is the counts only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import Errors, ZitateError
from .dataset import Document, read_split

FORMAT = "zitate.cue_lexicon.v1"
DEFAULT_PATH = "cue_lexicon.json"
SUPPLEMENT_PATH = "cue_supplement.json"
# The counts a supplement form gets: a speech verb is a cue in all its uses (strong, as
# „sagte“); a verb with a non-speech sense too („warnte vor“, „lobte“) in half of them, below
# ``candidates.STRONG_CUE``, so it needs the frame shape of a statement.
SUPPLEMENT_COUNTS = {"speech": (2, 2), "frame": (2, 5)}
SOURCE = "quotes-de-wikinews train split (Petersen-Frey & Biemann 2024), CC BY-NC-SA 4.0"


@dataclass
class CueEntry:
    """Counts of one lowercased word form in train."""

    cue: int = 0
    total: int = 0
    types: Counter = field(default_factory=Counter)
    media: Counter = field(default_factory=Counter)
    partners: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        """Share of the form's occurrences that are cue tokens."""
        return self.cue / self.total if self.total else 0.0

    def top(self, what: str, default: str) -> str:
        """The most frequent type (``what="types"``) or medium (``"media"``)."""
        counts = getattr(self, what)
        return counts.most_common(1)[0][0] if counts else default


@dataclass
class CueLexicon:
    """Cue word forms with their counts; ``is_cue`` filters by frequency and precision."""

    entries: dict[str, CueEntry] = field(default_factory=dict)
    min_count: int = 2
    min_precision: float = 0.2
    # The curated forms (``with_supplement``), consulted where a counted entry is no reliable
    # cue; never written by ``to_json``, so a counted lexicon stays what training wrote.
    supplement: dict[str, CueEntry] = field(default_factory=dict)

    def is_cue(self, form: str) -> bool:
        """Whether the lowercased ``form`` is a reliable cue word."""
        return self._reliable(self.get(form))

    def get(self, form: str) -> CueEntry | None:
        """The entry of ``form`` (case-insensitive) or ``None``; a Swiss spelling, which writes
        „ss“ for „ß“, finds the entry of the German one („hiess es aus … Sicherheitsquellen“,
        NZZ → „hieß“; „äusserte“ → „äußerte“)."""
        low = form.lower()
        entry = self.entries.get(low)
        if entry is None and "ss" in low:
            entry = self.entries.get(low.replace("ss", "ß"))
        if self.supplement and not self._reliable(entry):
            return self.supplement.get(low, entry)
        return entry

    def _reliable(self, entry: CueEntry | None) -> bool:
        """Whether the counted ``entry`` makes its form a cue word (``is_cue``)."""
        return bool(entry and entry.cue >= self.min_count and entry.precision >= self.min_precision)

    def to_json(self) -> dict:
        """A JSON-ready dict (format ``zitate.cue_lexicon.v1``)."""
        return {
            "format": FORMAT,
            "source": SOURCE,
            "min_count": self.min_count,
            "min_precision": self.min_precision,
            "entries": {
                form: {
                    "cue": e.cue,
                    "total": e.total,
                    "types": dict(e.types),
                    "media": dict(e.media),
                    "partners": dict(e.partners),
                }
                for form, e in sorted(self.entries.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> CueLexicon:
        """The lexicon of ``to_json``."""
        entries = {
            form: CueEntry(
                e["cue"],
                e["total"],
                Counter(e["types"]),
                Counter(e["media"]),
                Counter(e["partners"]),
            )
            for form, e in data["entries"].items()
        }
        return cls(entries, data.get("min_count", 2), data.get("min_precision", 0.2))

    def to_disk(self, path: Path | str) -> Path:
        """Write the lexicon as JSON to ``path``."""
        path = Path(path)
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        return path

    @classmethod
    def from_disk(cls, path: Path | str | None = None) -> CueLexicon:
        """Read a lexicon; ``None`` reads the one shipped in ``zitate/data``."""
        try:
            if path is None:
                text = resources.files("zitate").joinpath("data", DEFAULT_PATH).read_text("utf-8")
            else:
                text = Path(path).read_text(encoding="utf-8")
            return cls.from_json(json.loads(text)).with_supplement()
        except (OSError, ValueError, KeyError):
            raise ZitateError(Errors.E204, path=str(path or DEFAULT_PATH)) from None

    def with_supplement(self) -> CueLexicon:
        """The lexicon with the forms of the curated supplement, which count where the counted
        lexicon has no reliable cue entry („erwiderte“, counted once or never in train)."""
        text = resources.files("zitate").joinpath("data", SUPPLEMENT_PATH).read_text("utf-8")
        for verb in json.loads(text)["verbs"].values():
            cue, total = SUPPLEMENT_COUNTS[verb["sense"]]
            for form in verb["forms"]:
                types, media = Counter(Indirect=cue), Counter(Speech=cue)
                self.supplement[form] = CueEntry(cue, total, types, media)
        return self


def learn(documents: Iterable[Document]) -> CueLexicon:
    """Count the cue tokens of each form against all its occurrences; types, media, partners."""
    entries: dict[str, CueEntry] = {}
    totals: Counter = Counter()
    for document in documents:
        totals.update(t.text.lower() for t in document.tokens)
        cue_tokens = {i for q in document.quotations for i in q.cue}
        for i in cue_tokens:  # a cue token shared by several quotations counts once
            entries.setdefault(document.tokens[i].text.lower(), CueEntry()).cue += 1
        for quotation in document.quotations:
            forms = [document.tokens[i].text.lower() for i in quotation.cue]
            for form in set(forms):
                entry = entries[form]
                entry.types[quotation.type or "none"] += 1
                entry.media[quotation.medium or "none"] += 1
                entry.partners.update(f for f in forms if f != form)
    for form, entry in entries.items():
        entry.total = totals[form]
    return CueLexicon(entries)


def main(argv: list[str] | None = None) -> None:
    """Learn the lexicon from train and write it (default: ``src/zitate/data/cue_lexicon.json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    default_out = Path(__file__).resolve().parents[1] / "data" / DEFAULT_PATH
    parser.add_argument("--output", type=Path, default=default_out)
    args = parser.parse_args(argv)
    lexicon = learn(read_split(args.data, "train"))
    path = lexicon.to_disk(args.output)
    kept = sum(lexicon.is_cue(form) for form in lexicon.entries)
    print(f"{len(lexicon.entries)} cue forms ({kept} reliable) written to {path}")


if __name__ == "__main__":
    main()
