"""Benchmark of who said what on real news: hand-annotated pages -> speaker accuracy figures.

Input: the gold files of ``gold/speakers/*.json`` (statements and their canonical speakers, written
by reading the publisher's text; format in that folder's README) and the documents they name: a
page of ``shared/data/html`` (``"page"``) or a row of a corpus file of ``shared/data``
(``"corpus"`` and ``"row"``: the row-th record, from 0, of a ``label;'text'`` CSV such as
``corpora/10kgnad-test.csv.gz``). Each document goes through the whole product — HTML or text
extraction, the base pipeline, attribution, speaker resolution — exactly as ``zitate extract``
runs it on an HTML page or a text file. Output: a flat dict of figures for one split (``dev``,
``dev2``, ``dev3``, ``dev4``, ``dev5`` — real-news corpus rows that may be tuned on —, ``dev6`` —
real-news corpus rows kept for an unseen end-of-day measurement —, ``test`` or ``heldout``):

- ``found``: share of gold statements that a system quotation covers (character overlap at least
  half of the shorter of the two; of several such quotations the best fitting one, by overlap over
  union, is judged; several gold statements may share one system quotation);
- ``right_speaker``: share of gold statements found *and* given the right speaker — the system
  speaker's document entity is the gold person/organisation/group (its name equals the gold
  canonical name or an accepted spelling, or is a proper part of it: „Putin“ for „Wladimir
  Putin“); for a gold statement without a named speaker, right when the system names no entity;
- ``canonical``: the stricter share where the entity's name is the gold canonical name itself;
- the same three per gold type (``per_type``), and the errors per page to the log;
- ``precision``: share of the system's quotations that overlap a gold statement (any overlap with a
  statement the extraction kept; nested quotations count on their own), overall and per system
  type (``per_type_precision``, with ``system`` and ``unmatched`` counts): the gold lists every
  statement a reader sees, so a quotation without gold counterpart is a false statement;
- ``top_bad``: of the ``top_speakers`` most quoted canonical entities after ``zitate ingest`` of
  all pages (``zitate speakers``), how many are no hand-listed person, organisation or group
  (by name or an accepted spelling; a bare surname counts when it fits one listed person), are
  listed with another kind, or repeat a speaker listed above them.

The location of a statement is found by searching its gold text in ``article.text`` after the
same normalisation on both sides (NFC, quotation marks and apostrophes unified, soft hyphens
dropped, whitespace runs as one space). A statement whose text the extraction lost counts as not
found (``lost_in_extraction``).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, ZitateError

TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "gold" / "speakers"

_MARKS = str.maketrans({c: '"' for c in "„“”«»‟″"} | {c: "'" for c in "‚‘’‹›`´"})
_SPACE = re.compile(r"\s+")
_ADJECTIVE_END = re.compile(r"e[nrsm]$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` normalised for matching, and for each of its characters the offset in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        ch = unicodedata.normalize("NFC", ch).translate(_MARKS)
        if ch in "\u00ad\u200b\u200c\u200d\ufeff":
            continue
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        index.append(i)
    return "".join(out), index


def name_key(name: str | None) -> str:
    """A name compared without case, quotation marks, hyphen spacing, a trailing dot, a middle
    initial or the case ending of a lower-case adjective."""
    if not name:
        return ""
    text = normalise(name)[0].strip(" .,;:")
    text = _SPACE.sub(" ", text.replace(" -", "-").replace("- ", "-"))
    # an adjective in any case („russisches“, „russische“ Außenministerium) is one spelling
    words = [_ADJECTIVE_END.sub("e", w) if w[:1].islower() else w for w in text.split(" ")]
    # a middle initial is no other person („Donald J. Trump“ is „Donald Trump“)
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.match(w))]
    return " ".join(words).casefold()


@dataclass(frozen=True)
class GoldStatement:
    text: str
    type: str
    speaker: str | None
    kind: str | None
    mention: str | None
    accept: tuple[str, ...]


@dataclass(frozen=True)
class GoldPage:
    page: str  # the page file of data/html, or ``<corpus>#<row>`` for a corpus document
    split: str
    statements: tuple[GoldStatement, ...]
    speakers: tuple[dict, ...]
    corpus: str | None = None  # a corpus file under data (``corpora/10kgnad-test.csv.gz``)
    row: int | None = None  # its record number, from 0


def load_gold(folder: Path, split: str | None = None) -> list[GoldPage]:
    """The gold pages of ``folder`` (all splits when ``split`` is None), sorted by page name."""
    pages = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            page = _gold_page(json.loads(path.read_text("utf-8")))
        except (ValueError, KeyError, TypeError) as err:
            raise ZitateError(Errors.E208, path=path, detail=repr(err)) from None
        if split is None or page.split == split:
            pages.append(page)
    if not pages:
        raise ZitateError(Errors.E207, split=split, path=folder)
    return pages


def _gold_page(data: dict) -> GoldPage:
    statements = tuple(
        GoldStatement(
            text=s["text"],
            type=s["type"],
            speaker=s.get("speaker"),
            kind=s.get("speaker_kind"),
            mention=s.get("speaker_mention"),
            accept=tuple(s.get("accept") or ()),
        )
        for s in data["statements"]
    )
    for statement in statements:
        if statement.type not in TYPES:
            raise ValueError(f"unknown type {statement.type!r}")
    speakers = tuple(data["speakers"])
    if "page" in data:
        return GoldPage(data["page"], data["split"], statements, speakers)
    corpus, row = str(data["corpus"]), int(data["row"])
    return GoldPage(f"{corpus}#{row}", data["split"], statements, speakers, corpus, row)


@lru_cache(maxsize=4)
def corpus_rows(path: Path) -> tuple[str, ...]:
    """The texts of a ``label;'text'`` CSV (gzipped or not; 10kGNAD's format), one per record."""
    if not path.is_file():
        raise ZitateError(Errors.E011, path=path)
    raw = path.read_bytes()
    data = gzip.decompress(raw) if path.suffix == ".gz" else raw
    reader = csv.reader(io.StringIO(data.decode("utf-8")), delimiter=";", quotechar="'")
    return tuple(record[1] if len(record) > 1 else "" for record in reader)


def document_text(gold: GoldPage, data: Path) -> str:
    """The text of a corpus document exactly as its corpus file gives it."""
    path = data / str(gold.corpus)
    rows = corpus_rows(path)
    if gold.row is None or not 0 <= gold.row < len(rows) or not rows[gold.row].strip():
        raise ZitateError(Errors.E208, path=path, detail=f"no text in row {gold.row}")
    return rows[gold.row]


def locate(text: str, norm_text: str, index: list[int], snippet: str) -> tuple[int, int] | None:
    """Character span of ``snippet`` in ``text`` (normalised search; falls back to its first or
    last 60 normalised characters when the extraction changed a part of it)."""
    norm = normalise(snippet)[0].strip()
    if not norm:
        return None
    pos = norm_text.find(norm)
    if pos >= 0:
        return index[pos], index[pos + len(norm) - 1] + 1
    if len(norm) > 80:
        head, tail = norm[:60], norm[-60:]
        start, end = norm_text.find(head), norm_text.find(tail)
        if start >= 0:
            stop = end + len(tail) if end > start else min(len(norm_text), start + len(norm))
            return index[start], index[stop - 1] + 1
        if end >= 0:
            begin = max(0, end + len(tail) - len(norm))
            return index[begin], index[end + len(tail) - 1] + 1
    return None


def overlap(span: tuple[int, int], spans: Iterable[Iterable[int]]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)


def best_quote(span: tuple[int, int], quotes: list[dict]) -> dict | None:
    """The system quotation that fits ``span`` best, among those that cover enough of it.

    A quotation qualifies when it overlaps at least half of the shorter of the two; of those, the
    one with the highest overlap over union wins, so a statement nested inside a longer one (a
    claim quoted inside an interview turn) is matched to the nested quotation, not to the turn.
    """
    best, best_fit = None, 0.0
    gold_len = span[1] - span[0]
    for quote in quotes:
        ov = overlap(span, quote["spans"])
        if ov <= 0:
            continue
        sys_len = sum(e - s for s, e in quote["spans"])
        if ov < 0.5 * min(gold_len, sys_len):
            continue
        fit = ov / (gold_len + sys_len - ov)
        if fit > best_fit:
            best, best_fit = quote, fit
    return best


def same_entity(system: str, gold: GoldStatement) -> tuple[bool, bool]:
    """(same person or organisation, exactly the canonical name) for a system entity name."""
    key = name_key(system)
    names = {name_key(n) for n in (gold.speaker, *gold.accept) if n}
    if key in names:
        return True, key == name_key(gold.speaker)
    words = key.split()
    # A proper part of the canonical name: its last word(s) („Putin“ in „Wladimir Putin“).
    return any(words and n.split()[-len(words) :] == words for n in names), False


def judge(statement: GoldStatement, quote: dict | None, entities: dict[str, dict]) -> str:
    """``missed``, ``right``, ``right_partial`` (right entity, name not canonical) or ``wrong``."""
    if quote is None:
        return "missed"
    speaker = quote.get("speaker") or {}
    entity = entities.get(speaker.get("entity") or "")
    if statement.speaker is None:
        return "right" if entity is None else "wrong"
    if entity is None:
        return "wrong"
    same, exact = same_entity(entity["name"], statement)
    if not same:
        return "wrong"
    return "right" if exact else "right_partial"


def score_page(
    gold: GoldPage,
    record: dict,
    log: Callable[[str], None],
    system: list[tuple[str, bool]] | None = None,
) -> list[tuple[str, str]]:
    """(type, verdict) for each gold statement of one page; ``lost`` where the text is gone.
    ``system`` (when given) receives (type, has a gold counterpart) for each system quotation."""
    text = record["article"]["text"]
    norm_text, index = normalise(text)
    entities = {e["id"]: e for e in record.get("entities", [])}
    quotes = [q for q in record.get("quotes", []) if q.get("spans")]
    out = []
    located = []
    for statement in gold.statements:
        span = locate(text, norm_text, index, statement.text)
        if span is None:
            out.append((statement.type, "lost"))
            log(f"  LOST   {gold.page}: {statement.text[:70]!r}")
            continue
        located.append(span)
        quote = best_quote(span, quotes)
        verdict = judge(statement, quote, entities)
        out.append((statement.type, verdict))
        if verdict in ("missed", "wrong", "right_partial"):
            got = None
            if quote is not None:
                speaker = quote.get("speaker") or {}
                entity = entities.get(speaker.get("entity") or "")
                got = f"{speaker.get('text')!r} -> {entity['name'] if entity else None!r}"
            label = "PARTIAL" if verdict == "right_partial" else verdict.upper()
            log(
                f"  {label:6} {statement.type:9} gold={statement.speaker!r}"
                f" ({statement.mention!r}) sys={got}  {statement.text[:60]!r}"
            )
    for quote in quotes if system is not None else ():
        matched = any(overlap(span, quote["spans"]) > 0 for span in located)
        system.append((quote["type"], matched))  # type: ignore[union-attr]
        if not matched:
            speaker = (quote.get("speaker") or {}).get("text")
            log(f"  EXTRA  {quote['type']:9} sys={speaker!r}  {quote['text'][:60]!r}")
    return out


def precision(system: list[tuple[str, bool]]) -> dict:
    """System quotations, those without gold counterpart and the share with one."""
    n = len(system)
    matched = sum(1 for _, m in system if m)
    return {
        "system": n,
        "unmatched": n - matched,
        "precision": round(matched / n, 4) if n else 0.0,
    }


def figures(verdicts: list[tuple[str, str]]) -> dict:
    n = len(verdicts)
    count = Counter(v for _, v in verdicts)
    found = n - count["missed"] - count["lost"]
    right = count["right"] + count["right_partial"]
    return {
        "statements": n,
        "found": round(found / n, 4) if n else 0.0,
        "right_speaker": round(right / n, 4) if n else 0.0,
        "canonical": round(count["right"] / n, 4) if n else 0.0,
        "lost_in_extraction": count["lost"],
    }


def analyse_page(path: Path, nlp) -> dict:
    """The record ``zitate extract`` gives for one HTML page."""
    from ..ingest.html import article_from_html
    from ..record import build_record

    article = article_from_html(path.read_bytes(), str(path))
    return build_record(article, nlp(article.text))


def analyse_text(text: str, name: str, nlp) -> dict:
    """The record ``zitate extract`` gives for a text file holding ``text``."""
    from ..ingest.archives import RawInput
    from ..ingest.sources import to_article
    from ..record import build_record

    article = to_article(RawInput(name, text.encode("utf-8"), "text"))
    return build_record(article, nlp(article.text))


def analyse_document(gold: GoldPage, data: Path, nlp) -> dict:
    """The record of the document a gold file describes: its HTML page or its corpus text."""
    if gold.corpus is not None:
        return analyse_text(document_text(gold, data), gold.page, nlp)
    path = data / "html" / gold.page
    if not path.is_file():
        raise ZitateError(Errors.E011, path=path)
    return analyse_page(path, nlp)


def bench_speakers(
    data: Path,
    gold_dir: Path = DEFAULT_GOLD,
    split: str | None = "dev",
    model: Path | None = None,
    log: Callable[[str], None] = print,
    top: int = 60,
) -> dict:
    """Score speaker attribution on the gold pages of ``split`` (None: all pages), and the
    ``top`` most quoted speakers over all pages of ``data/html`` (0: skip that part)."""
    from ..quotes.pipeline import attribution_pipeline

    pages = load_gold(gold_dir, split)
    nlp = attribution_pipeline(base=model)
    verdicts: list[tuple[str, str]] = []
    system: list[tuple[str, bool]] = []
    per_page = {}
    for gold in pages:
        page_verdicts = score_page(gold, analyse_document(gold, data, nlp), log, system)
        per_page[gold.page] = figures(page_verdicts)
        log(
            f"{per_page[gold.page]['right_speaker']:.3f} right, "
            f"{per_page[gold.page]['found']:.3f} found of "
            f"{per_page[gold.page]['statements']:3d}  {gold.page}"
        )
        verdicts += page_verdicts
    by_type: dict[str, list] = defaultdict(list)
    for kind, verdict in verdicts:
        by_type[kind].append((kind, verdict))
    result = {"split": split, "pages": len(pages), **figures(verdicts)}
    result["per_type"] = {t: figures(by_type[t]) for t in TYPES if by_type[t]}
    result["precision"] = precision(system)["precision"]
    result["per_type_precision"] = {
        t: precision([s for s in system if s[0] == t])
        for t in TYPES
        if any(s[0] == t for s in system)
    }
    if top:
        result.update(top_speakers_quality(data, gold_dir, model, log, top))
    return result


# --- the speakers list: the most quoted canonical entities over the 40 pages -------------------


def gold_speakers(gold_dir: Path) -> dict[str, tuple[str, str]]:
    """Name key -> (canonical name, kind) for every hand-listed speaker: the speakers of the
    annotated pages and of ``lists/`` (pages whose speakers alone were listed); the names,
    accepted spellings and the variants that are names (no leading article or pronoun). Gold of
    corpus documents is left out: the list is judged over the pages of ``data/html``."""
    known: dict[str, tuple[str, str]] = {}
    files = sorted(gold_dir.glob("*.json")) + sorted((gold_dir / "lists").glob("*.json"))
    for path in files:
        gold = json.loads(path.read_text("utf-8"))
        if "corpus" in gold and "page" not in gold:
            continue
        for speaker in gold.get("speakers", []):
            name, kind = speaker["name"], speaker.get("kind") or ""
            known.setdefault(name_key(name), (name, kind))
            for variant in speaker.get("variants", []):
                if variant[:1].isupper() and variant.split()[0].lower() not in _ARTICLES:
                    known.setdefault(name_key(variant), (name, kind))
    return known


_ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"]
)
KINDS_OK = {"PER": {"PER"}, "ORG": {"ORG", "LOC"}, "GROUP": {"GROUP", "ORG"}}


def judge_top(items: list[dict], known: dict[str, tuple[str, str]]) -> list[tuple[dict, str]]:
    """Each top speaker with ``ok`` (a listed speaker, or a person with first name and surname),
    ``unnamed`` (no hand-listed speaker of that name),
    ``kind`` (listed with another kind) or ``duplicate`` (a speaker listed above it already)."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = name_key(item["name"])
        match = known.get(key)
        if match is None:  # a surname: the one listed person whose name ends in it
            ending = {v for k, v in known.items() if k.split()[-1:] == key.split()[-1:] and
                      v[1] == "PER" and len(key.split()) == 1}  # fmt: skip
            match = ending.pop() if len(ending) == 1 else None
        if match is None:
            verdict = "ok" if _full_name(item) else "unnamed"
        elif item["kind"] not in KINDS_OK.get(match[1], {match[1]}):
            verdict = "kind"
        elif match[0] in seen:
            verdict = "duplicate"
        else:
            verdict = "ok"
        if match is not None:
            seen.add(match[0])
        out.append((item, verdict))
    return out


def _full_name(item: dict) -> bool:
    """A person named by first name and surname („Ignazio Cassis“): a named, rightly typed
    speaker even where the gold lists no statement of theirs."""
    from ..resolve.lexicons import first_name_gender

    words = item["name"].split()
    return item["kind"] == "PER" and len(words) >= 2 and bool(first_name_gender(words[0]))


def top_speakers_quality(
    data: Path, gold_dir: Path, model: Path | None, log: Callable[[str], None], top: int = 60
) -> dict:
    """Ingest every page of ``data/html`` into a new SQLite database as ``zitate ingest`` does
    and judge the ``top`` most quoted speakers (``zitate speakers``) against the listed ones."""
    import tempfile

    from ..batch.workers import Analyser, ingest_batches
    from ..ingest import iter_articles
    from ..ingest.stream import batches
    from ..store import open_db
    from ..store.db import session_factory
    from ..store.ingest import Ingestor
    from ..store.speakers import top_speakers

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_db(f"sqlite:///{tmp}/speakers.db")
        try:
            ingestor = Ingestor(engine, analyse=True)
            pages = sorted(str(p) for p in (data / "html").glob("*.html"))  # not the gold files
            stream = batches(iter_articles(pages), 8, 400_000)
            ingest_batches(ingestor, stream, Analyser(model), lambda batch, results: None)
            with session_factory(engine)() as session:
                items = top_speakers(session, top)["items"]
        finally:
            engine.dispose()
    judged = judge_top(items, gold_speakers(gold_dir))
    for item, verdict in judged:
        if verdict != "ok":
            log(f"  TOP {verdict:9} {item['n_quotes']:3d} {item['kind']:5} {item['name']}")
    bad = sum(verdict != "ok" for _, verdict in judged)
    return {"top_speakers": len(judged), "top_bad": bad}
