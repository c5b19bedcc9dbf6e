"""The speaker errors of ``zitate bench quotes --errors``: one line per gold quotation whose
speaker the system got wrong or missed, as ``bench speakers`` prints its MISSED/WRONG lines.

Stage: evaluation. Input: the gold ``Document`` records of a Wikinews split and the system
quotations per document name (``read_predictions``). Output: ``SpeakerError`` records (document,
quote start, gold and system speaker words, kind) in document and text order, their counts per
kind, and the lines printed to stderr.

Gold and system quotations are paired as the scorer pairs them (``scoring.pair_document``); a
pair whose quote spans share no token counts as a missed quotation, as for the reader. Kinds:

* ``MISSED``  — no system quotation overlaps the gold quote (gold has a speaker);
* ``NOSPK``   — the quotation was found, the system names no speaker;
* ``WRONG``   — the system speaker shares no token with the gold speaker;
* ``LONG`` / ``SHORT`` — the system speaker contains / lies inside the gold speaker;
* ``PARTIAL`` — they share tokens, neither contains the other;
* ``EXTRA``   — the gold quotation has no speaker, the system names one.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from ..quotes.dataset import Document, Quotation, TokenIds
from ..quotes.scoring import pair_document

KINDS = ("MISSED", "NOSPK", "WRONG", "LONG", "SHORT", "PARTIAL", "EXTRA")
QUOTE_CHARS = 60


@dataclass(frozen=True)
class SpeakerError:
    """One gold quotation whose speaker the system did not get exactly."""

    document: str
    quote_start: int  # character offset of the gold quote's first token
    kind: str
    type: str | None
    gold_speaker: str
    system_speaker: str | None  # ``None``: no system quotation or no system speaker
    quote: str


def words(document: Document, ids: TokenIds) -> str:
    """The words of ``ids``; runs of consecutive tokens joined by `` … ``."""
    runs: list[list[str]] = []
    previous = None
    for i in sorted(ids):
        if previous is None or i != previous + 1:
            runs.append([])
        runs[-1].append(document.tokens[i].text)
        previous = i
    return " … ".join(" ".join(run) for run in runs)


def speaker_kind(gold: Quotation, system: Quotation | None) -> str | None:
    """The kind of speaker error of a gold quotation and its partner; ``None`` when right."""
    g = set(gold.speaker)
    if system is None or not set(gold.quote) & set(system.quote):
        return "MISSED" if g else None
    s = set(system.speaker)
    if g == s:
        return None
    if not g:
        return "EXTRA"
    if not s:
        return "NOSPK"
    if not g & s:
        return "WRONG"
    if g < s:
        return "LONG"
    if s < g:
        return "SHORT"
    return "PARTIAL"


def document_errors(document: Document, system: Sequence[Quotation]) -> list[SpeakerError]:
    """The speaker errors of one document, in the order of the gold quotes in the text."""
    errors: list[SpeakerError] = []
    for pair in pair_document(list(document.quotations), list(system)):
        gold = pair.gold
        if gold is None or not gold.quote:
            continue
        kind = speaker_kind(gold, pair.system)
        if kind is None:
            continue
        partner = None if kind == "MISSED" else pair.system
        sys_speaker = words(document, partner.speaker) if partner and partner.speaker else None
        start = document.tokens[min(gold.quote)].start
        quote = " ".join(document.tokens[i].text for i in gold.quote)
        errors.append(
            SpeakerError(
                document.name,
                start,
                kind,
                gold.type,
                words(document, gold.speaker),
                sys_speaker,
                quote[:QUOTE_CHARS],
            )
        )
    return sorted(errors, key=lambda e: e.quote_start)


def speaker_errors(
    documents: Iterable[Document], system: Mapping[str, Sequence[Quotation]]
) -> list[SpeakerError]:
    """The speaker errors of all gold ``documents`` against ``system`` (keyed by name)."""
    errors: list[SpeakerError] = []
    for document in sorted(documents, key=lambda d: d.name):
        errors += document_errors(document, system.get(document.name, ()))
    return errors


def error_line(error: SpeakerError) -> str:
    """One report line: kind, type, document, quote offset, gold and system speaker, quote."""
    system = repr(error.system_speaker) if error.system_speaker is not None else "None"
    return (
        f"  {error.kind:<7} {error.type or '-':<20} {error.document[:40]!r} @{error.quote_start}"
        f"  gold={error.gold_speaker!r} sys={system}  {error.quote!r}"
    )


def kind_counts(errors: Iterable[SpeakerError]) -> dict[str, int]:
    """Errors per kind, every kind listed (0 when none)."""
    counts = Counter(e.kind for e in errors)
    return {kind: counts[kind] for kind in KINDS}


def print_errors(errors: Sequence[SpeakerError], out: TextIO | None = None) -> None:
    """Write one line per error and a closing line with the counts per kind."""
    out = out or sys.stderr
    for error in errors:
        print(error_line(error), file=out)
    counts = " ".join(f"{kind}={n}" for kind, n in kind_counts(errors).items())
    print(f"speaker errors: {len(errors)} ({counts})", file=out)
