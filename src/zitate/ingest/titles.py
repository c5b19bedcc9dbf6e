"""Ingest stage, scraped text: the headline as a learned choice among candidate lines.

Takes the blocks of already-scraped text and which of them ``lines`` judged article text, and
gives the headline the article shows: the lines of the ``LOOK_BACK`` lines before the article
(and up to ``HEAD_KEPT`` headline-shaped lines the line model kept at its top) that can be one
(three words or more; no date, person name, byline, photo credit or page debris) are scored by
a log-linear model over their features (``FEATURES``: length, headline and sentence shape,
distance from the body, words shared with the body, capitals and separators, a colon inside,
whether a date or a byline follows within ``META_AHEAD`` lines, or a teaser at once, whether a
kicker stands before it, whether another headline line echoes it below — the page's title in the
breadcrumb row or header, which outlets word otherwise than the headline shown — or above). The
highest-scoring candidate wins if its score passes the model's threshold and it is
headline-shaped (``lines.is_headline``), with its kicker joined („Kicker: Headline“: the line
before it or before a lone dash, a kicker glued to it without separator, ``unglued``, a colon
glued to it) and a site name after it cut („Headline | Tagesblatt“, ``without_site``); passed
over are a candidate that heads a run of teaser cards of other articles (``opens_cards``), a
caption with its credit, a day-less time line or an author label (``with_credit``). Its
weights are data (``zitate/data/scraped_lines.json``, key ``title``), fitted by
``zitate.bench.scraped_train`` (``fit_choice``: softmax over the candidates of each dev page,
the line giving the headline the page shows, ``gold/scraped/titles.json``, the right choice).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import patterns as P
from .dates import parse_date
from .lines import _CAPTION, _GLUED_CREDIT, _SEPARATORS, is_headline, is_sentence
from .names import is_person_name

LOOK_BACK = 25
TITLE_MIN_WORDS = 3
SAME_ENDING = 4  # last words a fuller form of the headline shares with it
MARGIN = 1.5  # below the lowest score of a right candidate in training: no headline
META_AHEAD = 3  # lines after a headline in which its date or byline stands
KICKER_MAX_WORDS = 5
OUTLET_MAX_WORDS = 3
CARD_TEASER_MIN_WORDS = 8  # words of a teaser sentence under a card's headline
FOREIGN_MIN_BODY = 60  # distinct words of the article before a headline must share one
SITE_MAX_WORDS = 4  # words of a site name after the headline („… | Tagesblatt“)
_WORDS = re.compile(r"\w+")
#: The last separator of a „Headline | Site“ line and the site name after it.
_SITE_TAIL = re.compile(r"\s+(\||–|—|-|::|·)\s+([^|–—·]+?)\s*$")
#: A date or reading-time line the date parser cannot read (no day): „Stand: 10:49 Uhr“,
#: „Lesedauer: 5 Minuten“, „Aktualisiert um 9.30 Uhr“, a time alone („Heute, 9.30 Uhr“; a time
#: inside a headline, „Explosion um 9.30 Uhr: …“, is none); an author label „Autorin: …“.
_META_LINE = re.compile(
    r"^(?:stand|veröffentlicht|aktualisiert|publiziert|lesedauer|lesezeit)\b"
    r"|^(?:heute|gestern)?[,\s]*(?:um\s+)?\d{1,2}[:.]\d{2}\s*uhr(?:\W*$|(?-i:[A-ZÄÖÜ]))"
    r"|^(?:autor(?:in|en)?|text|von)\s*:",
    re.IGNORECASE,
)
#: A byline with more after the name: „Von Anna Muster mit Material von dpa“.
_BYLINE_WITH = re.compile(r"^[Vv]on\s+(.+?)\s+mit\s+")
#: A site name by its shape: a web address or „… Online“ („n-tv.de“, „ZEIT ONLINE“).
_SITE_SHAPE = re.compile(r"\.(?:de|at|ch|com|net|org|eu|tv)$|\bonline$", re.IGNORECASE)

FEATURES = (
    "bias", "log_words", "headline", "log_distance", "overlap", "caps_share", "separators",
    "colon_inside", "title_length", "sentence", "next_meta", "kicker_shape", "fuller",
    "kicker_before", "echo_below", "echo_above", "kept",
)  # fmt: skip
HEAD_KEPT = 2  # headline-shaped lines at the top of the article run that may be its headline
HEAD_KEPT_MAX_WORDS = 16
UNGLUE_WORDS = 4  # first words of a page title line that the headline after a glued kicker repeats
_LONE_SEPARATOR = re.compile(r"^[-–—|]$")
#: A colon between kicker and headline without its space („Berlin:Im“, „Kicker :Warum“).
_GLUED_COLON = re.compile(r"(?<=[^\W\d]|[\"“”»«)])\s*:(?=[A-ZÄÖÜ„\"»])")
#: A caption's credit of one or two names glued to its sentence („… unterstützen.Getty Images“).
_GLUED_NAME_CREDIT = re.compile(r"[a-zäöüß][.!?][A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?$")
ECHO_SHARE = 0.5  # share of content words two headline lines hold in common: one echoes the other


@dataclass(frozen=True)
class Candidate:
    """A headline candidate: ``text`` from line ``start`` to line ``end`` (inclusive; two
    lines when a kicker is joined)."""

    start: int
    end: int
    text: str


def candidates(blocks: list[str], keep: list[bool]) -> list[Candidate]:
    """The lines before the article that may be the headline (``_possible``), and the fuller
    forms of them further up the page (``_fuller``)."""
    if not any(keep):
        return []
    first = article_start(blocks, keep)
    near = [j for j in range(max(0, first - LOOK_BACK), first) if _possible(blocks[j])]
    far = {k for j in near for k in _fuller(blocks, j, first) if k < first - LOOK_BACK}
    return [Candidate(j, j, blocks[j]) for j in sorted(far) + near]


def article_start(blocks: list[str], keep: list[bool]) -> int:
    """The article's first line of text: the first kept line, past up to ``HEAD_KEPT`` kept
    headline-shaped lines before a kept line (the line model keeps a headline over the lead
    now and then; it stays a headline candidate)."""
    first = keep.index(True)
    start = first
    while (
        start - first < HEAD_KEPT
        and keep[start]
        and _headline_line(blocks[start])
        and start + 1 < len(blocks)
        and keep[start + 1]
    ):
        start += 1
    return start


def _headline_line(text: str) -> bool:
    """Headline-shaped and short, no full stop at its end, inside closing quotes too („… –
    „Sie werden schneller und erfolgreicher“)."""
    bare = text.rstrip(" \"“”»«'")
    return (
        is_headline(text)
        and len(text.split()) <= HEAD_KEPT_MAX_WORDS
        and not bare.endswith((".", "…"))
    )


def _fuller(blocks: list[str], j: int, first: int) -> list[int]:
    """Lines before ``first`` that are a fuller form of line ``j``: „Kicker: …“ ending in the
    same ``SAME_ENDING`` words (the page's own title in its header or share line, „Silicon
    Valley Bank: Federal Reserve räumt Versäumnisse bei Aufsicht ein“ over the headline „US-
    Notenbank räumt Versäumnisse bei Aufsicht ein“)."""
    end = _ending(blocks[j])
    if end is None:
        return []
    return [
        k
        for k in range(first)
        if k != j
        and ": " in blocks[k]
        and len(blocks[k]) > len(blocks[j])
        and _ending(blocks[k]) == end
        and is_headline(blocks[k])
    ]


def _ending(text: str) -> tuple[str, ...] | None:
    words = [w.lower() for w in _WORDS.findall(text)]
    return tuple(words[-SAME_ENDING:]) if len(words) >= SAME_ENDING else None


def with_kicker(blocks: list[str], cand: Candidate) -> Candidate:
    """The headline with the kicker line before it joined („Ukraine-Krieg: …“; the kicker right
    before it or before a lone dash between them), as the outlets' own titles mostly carry it;
    unchanged when there is none or it has a colon."""
    k = kicker_at(blocks, cand.start)
    if k is not None and ": " not in cand.text:
        return Candidate(k, cand.end, f"{blocks[k].rstrip(' :')}: {cand.text}")
    return cand


def kicker_at(blocks: list[str], j: int) -> int | None:
    """The kicker line of a headline at line ``j``: right before it, or before a lone dash or
    bar between them („Premiere in X“ / „-“ / „Headline“)."""
    if j > 0 and is_kicker(blocks[j - 1]):
        return j - 1
    if j > 1 and _LONE_SEPARATOR.match(blocks[j - 1]) and is_kicker(blocks[j - 2]):
        return j - 2
    return None


def unglued(blocks: list[str], cand: Candidate) -> Candidate:
    """„Kicker Headline“ flattened into one line without a separator: split after the two to
    ``KICKER_MAX_WORDS`` words of the kicker where the rest begins as a line further up the page
    begins (the page's title in its breadcrumb or header, the headline without the kicker)."""
    words = cand.text.split()
    if ": " in cand.text or len(words) < TITLE_MIN_WORDS + 2:
        return cand
    starts = {tuple(_WORDS.findall(b.lower())[:UNGLUE_WORDS]) for b in blocks[: cand.start]}
    for k in range(2, KICKER_MAX_WORDS + 1):
        rest = " ".join(words[k:])
        head = tuple(_WORDS.findall(rest.lower())[:UNGLUE_WORDS])
        if len(head) == UNGLUE_WORDS and head in starts and is_kicker(" ".join(words[:k])):
            return Candidate(cand.start, cand.end, f"{' '.join(words[:k])}: {rest}")
    return cand


def _tidy(cand: Candidate) -> Candidate:
    """A kicker's colon glued to the headline („Marathon in Berlin:Im …“, „X :Warum …“)."""
    return Candidate(cand.start, cand.end, _GLUED_COLON.sub(": ", cand.text))


def _possible(text: str) -> bool:
    """A line that can be a headline at all: three words or more, and no date, person name,
    byline („von Manuela Conrad“, „David Straub, MDR THÜRINGEN“), photo credit or page debris."""
    from .clean import debris_reason

    return (
        len(text.split()) >= TITLE_MIN_WORDS
        and parse_date(text) is None
        and not is_person_name(text)
        and not _name_and_outlet(text)
        and not P.BYLINE.match(text)
        and not P.PHOTO_CREDIT.search(text)
        and debris_reason(text) is None
    )


def _name_and_outlet(text: str) -> bool:
    """A byline without „Von“: a person's name, then after a comma a few words of outlet or
    place („David Straub, MDR THÜRINGEN“)."""
    name, _, rest = text.partition(",")
    return bool(rest) and len(rest.split()) <= OUTLET_MAX_WORDS and is_person_name(name.strip())


def features(blocks: list[str], keep: list[bool], cand: Candidate) -> list[float]:
    """Features of ``cand`` as the headline (names in ``FEATURES``)."""
    first = article_start(blocks, keep)
    j, text = cand.end, cand.text
    line = blocks[j]
    words = text.split()
    body = _body_words(blocks, keep)
    overlap = _overlap(text, body)
    after = blocks[j + 1] if j + 1 < len(blocks) else ""
    meta_after = any(_is_meta(b) for b in blocks[j + 1 : j + 1 + META_AHEAD])
    return [
        1.0,
        math.log1p(len(words)),
        float(is_headline(line)),
        math.log1p(first - j),
        overlap,
        sum(1 for w in words if w[:1].isupper()) / max(1, len(words)),
        min(1.0, len(_SEPARATORS.findall(text)) / max(1, len(words))),
        float(": " in text.rstrip(":")),
        float(4 <= len(words) <= 16),
        float(is_sentence(line)),
        float(meta_after or (is_sentence(after) and len(after.split()) >= 10)),
        float(is_kicker(line) and is_headline(after) and not is_kicker(after)),
        float(any(j in _fuller(blocks, k, first) for k in range(max(0, first - LOOK_BACK), first))),
        float(kicker_at(blocks, cand.start) is not None),
        float(any(echoes(line, blocks[k]) for k in range(j + 1, first))),
        float(any(echoes(line, blocks[k]) for k in range(max(0, first - LOOK_BACK), cand.start))),
        float(keep[j]),
    ]


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text) if len(w) >= 4}


def echoes(line: str, other: str) -> bool:
    """Two headline-shaped lines that say the same (``ECHO_SHARE`` of the content words of the
    shorter one in common, two or more): a page's title in its breadcrumb or page header and
    the headline its article shows."""
    if not is_headline(other) or other == line:
        return False
    a, b = _content(line), _content(other)
    common = len(a & b)
    return common >= 2 and common >= ECHO_SHARE * min(len(a), len(b))


def _overlap(text: str, body: set[str]) -> float:
    """Share of the content words (four letters or more) of ``text`` that the body has."""
    content = [w.lower() for w in _WORDS.findall(text) if len(w) >= 4]
    return sum(1 for w in content if w in body) / max(1, len(content))


def _is_meta(text: str) -> bool:
    """A date or byline line („Von Anna Muster“, „von“ alone, a bare name)."""
    from .clean import byline_names

    return (
        parse_date(text) is not None
        or bool(byline_names(text))
        or is_person_name(text)
        or text.lower() == "von"
    )


def choose(blocks: list[str], keep: list[bool], model: dict | None) -> Candidate | None:
    """The candidate the model scores highest, its kicker joined (``best``)."""
    if not model:
        return None
    cands = candidates(blocks, keep)
    scores = [score(model, features(blocks, keep, c)) for c in cands]
    return best(blocks, cands, scores, model["threshold"], keep)


def best(
    blocks: list[str],
    cands: list[Candidate],
    scores: list[float],
    threshold: float,
    keep: list[bool] | None = None,
) -> Candidate | None:
    """The highest-scoring candidate with its kicker joined; None when there is none, its
    score is below ``threshold`` or it is no headline in shape (too long, or a full stop, comma
    or colon at the end). With ``keep``, a candidate that opens a run of teaser cards of other
    articles (``opens_cards``) is passed over, and so is a caption with its photo credit inside
    or glued to its end („… Marathon. (Foto: Jo Doe)“, „… (AfD)Quelle: Jo Doe/dpa“) and a
    date line without a day („Stand: 10:49 Uhr“), and a line that shares no word with an
    article of ``FOREIGN_MIN_BODY`` words or more (``_foreign``: „Kopiere den aktuellen Link“
    when a cut text lacks the headline)."""
    if not cands:
        return None
    body = _body_words(blocks, keep) if keep is not None else set()
    order = sorted(range(len(cands)), key=lambda k: -scores[k])
    i = next(
        (
            k
            for k in order
            if not with_credit(cands[k].text)
            and (keep is None or not opens_cards(blocks, keep, cands[k]))
            and not (_foreign(cands[k].text, body) and not _meta_after(blocks, cands[k].end))
        ),
        None,
    )
    if i is None:
        return None
    if scores[i] < threshold or not is_headline(cands[i].text):
        return None
    return without_site(blocks, unglued(blocks, with_kicker(blocks, _tidy(cands[i]))))


def without_site(blocks: list[str], cand: Candidate) -> Candidate:
    """The headline without the site name a page title adds („Headline | Tagesblatt“,
    „Headline - n-tv.de“): cut when the rest is shaped like a site name (web address, „… Online“,
    one or two words in capitals, after „|“ capitalised words only) or stands elsewhere on the
    page as a line of its own or after the same separator (a dash inside a headline, „Zwei
    Rücktritte - und viele offene Fragen“, or a sentence after „|“ is kept)."""
    match = _SITE_TAIL.search(cand.text)
    if not match:
        return cand
    head, (sep, site) = cand.text[: match.start()].rstrip(), match.groups()
    words = site.split()
    if len(head.split()) < TITLE_MIN_WORDS or len(words) > SITE_MAX_WORDS or is_sentence(site):
        return cand
    if not site[:1].isalnum() or site.endswith((".", "!", "?", "“", '"', "»", "«")):
        return cand
    # one or two words in capitals after a dash are a site („… - WELT“); a party acronym that
    # ends a headline („Streit um Rente - SPD“) is cut with it (kept as it was)
    shaped = bool(_SITE_SHAPE.search(site)) or (site.isupper() and len(words) <= 2)
    if sep == "|" and (len(words) < 3 or all(w[:1].isupper() or w[:1].isdigit() for w in words)):
        shaped = True  # „| Tagesblatt“, „| nd-aktuell“; not „| Selenskyj bittet um Hilfe“
    if shaped or _named_elsewhere(blocks, cand, head, f" {sep} {site}"):
        return Candidate(cand.start, cand.end, head)
    return cand


def _named_elsewhere(blocks: list[str], cand: Candidate, head: str, tail: str) -> bool:
    """The site name of ``tail`` („ - Tagesblatt“) is another line of the page, or ends
    another line after the same separator with another headline before it (not a copy of
    this headline elsewhere on the page)."""
    name = " ".join(_WORDS.findall(tail.lower()))
    own = " " + " ".join(_WORDS.findall(head.lower()))
    for j, b in enumerate(blocks):
        if cand.start <= j <= cand.end:
            continue
        if " ".join(_WORDS.findall(b.lower())) == name:
            return True
        if b.lower().endswith(tail.lower()):
            other = " " + " ".join(_WORDS.findall(b[: -len(tail)].lower()))
            if not (own.endswith(other) or other.endswith(own)):
                return True
    return False


def opens_cards(blocks: list[str], keep: list[bool], cand: Candidate) -> bool:
    """``cand`` heads a teaser card of another article: its headline over a teaser sentence,
    with the next card (headline and teaser) after it, or the card before it and neither
    article text nor a date or byline after its teaser („Kita-Gebühren: …“ / „Die Stadt will
    …“ / „Baustelle am Bahnhof: …“ / „Wegen Bauarbeiten …“ / „Lokales“). The article's own
    headline and teaser are followed by its byline, date or text."""
    j = cand.end
    if not _card_at(blocks, keep, j):
        return False
    if _card_at(blocks, keep, j + 2):
        return True
    after = j + 2 < len(blocks) and (keep[j + 2] or _is_meta(blocks[j + 2]))
    return cand.start >= 2 and _card_at(blocks, keep, cand.start - 2) and not after


def _card_at(blocks: list[str], keep: list[bool], j: int) -> bool:
    """Lines ``j`` and ``j + 1`` are a headline and a teaser sentence, no article lines."""
    if j < 0 or j + 1 >= len(blocks) or keep[j] or keep[j + 1]:
        return False
    head, teaser = blocks[j], blocks[j + 1]
    return is_headline(head) and not is_sentence(head) and _possible(head) and _card_teaser(teaser)


def with_credit(text: str) -> bool:
    """A caption with its credit, a date line without a day („Stand: 10:49 Uhr“) or an author
    label or byline („Autor: Anna Muster, Redakteur Politik“, „Von Anna Muster mit dpa“)."""
    if _CAPTION.search(text) or _GLUED_CREDIT.search(text) or _META_LINE.search(text):
        return True
    if _GLUED_NAME_CREDIT.search(text):
        return True
    byline = _BYLINE_WITH.match(text)  # „Von Anna Muster mit Material von dpa“
    return bool(byline) and is_person_name(byline.group(1))


def _meta_after(blocks: list[str], j: int) -> bool:
    """A date or byline within ``META_AHEAD`` lines after line ``j``: the article's own headline
    stands over them, whether or not the article repeats its words."""
    return any(_is_meta(b) or _META_LINE.search(b) for b in blocks[j + 1 : j + 1 + META_AHEAD])


def _foreign(text: str, body: set[str]) -> bool:
    """Two content words or more (four letters or more), none of them in the article's words
    ``body`` (of ``FOREIGN_MIN_BODY`` distinct words or more): a button or another article's
    teaser, not this article's headline."""
    content = {w.lower() for w in _WORDS.findall(text) if len(w) >= 4}
    return len(body) >= FOREIGN_MIN_BODY and len(content) >= 2 and not content & body


def _card_teaser(text: str) -> bool:
    return is_sentence(text) and len(text.split()) >= CARD_TEASER_MIN_WORDS


def score(model: dict, row: list[float]) -> float:
    return sum(
        w * (x - m) / s
        for w, x, m, s in zip(model["weights"], row, model["mean"], model["scale"], strict=True)
    )


def is_kicker(text: str) -> bool:
    """A short label line (two to five words, a colon at the end allowed) right before the
    headline: „Ukraine-Krieg“, „Spionagedrehscheibe Schweiz :“."""
    from .clean import debris_reason

    text = text.rstrip(" :")
    words = len(text.split())
    return (
        2 <= words <= KICKER_MAX_WORDS
        and ":" not in text
        and not is_person_name(text)
        and is_headline(text)
        and text[:1].isupper()
        and parse_date(text) is None
        and not P.PHOTO_CREDIT.search(text)
        and not _SEPARATORS.search(text)
        and debris_reason(text) is None
    )


def _body_words(blocks: list[str], keep: list[bool]) -> set[str]:
    return {w.lower() for i, b in enumerate(blocks) if keep[i] for w in _WORDS.findall(b)}


def fit_choice(
    groups: list[tuple[list[list[float]], list[int]]], l2: float = 0.3, steps: int = 3000
) -> dict:
    """Log-linear choice model: for each group (the candidates of one page, 1 for the right
    ones), softmax over the candidates' scores; maximise the log-probability of the right
    ones by gradient descent on standardised features. Groups without a right one are left
    out. The threshold is the lowest score a right candidate got, less ``MARGIN``."""
    import numpy as np

    groups = [(np.asarray(r, dtype=float), np.asarray(y, dtype=float)) for r, y in groups if any(y)]
    x_all = np.vstack([r for r, _ in groups])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    zs = [((r - mean) / scale, y) for r, y in groups]
    w = np.zeros(x_all.shape[1])
    for _ in range(steps):
        grad = l2 * np.r_[0.0, w[1:]]
        for z, y in zs:
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y / max(1e-12, float((p * y).sum()))  # posterior over the right ones
            grad += z.T @ (p - q) / len(zs)
        w -= 0.5 * grad
    right = [float(s) for z, y in zs for s, t in zip(z @ w, y, strict=True) if t]
    return {
        "features": list(FEATURES),
        "threshold": round(min(right) - MARGIN, 5),
        "weights": [round(float(v), 5) for v in w],
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
    }
