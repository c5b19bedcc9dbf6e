"""Web stage, chart: publication days of a speaker's quotations -> a timeline as inline SVG.

Takes the days (one per quotation; undated ones are counted apart by the caller) and gives a
``Timeline``: counts per day, month or year — the finest step that keeps the chart under
``MAX_BARS`` bars, empty steps included — and the bar chart as ``Markup`` (server-rendered SVG
with a ``<title>`` per bar, no script).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup

MAX_BARS = 120
MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 960, 220, 34, 30, 12


@dataclass
class Timeline:
    step: str  # "Tag" | "Monat" | "Jahr"
    bars: list[tuple[str, int]]  # (label, count) in time order
    svg: Markup


def _day_key(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _month_key(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _steps(first: date, last: date) -> tuple[str, list[date]]:
    """The step and the start of every step from ``first`` to ``last``."""
    if (last - first).days < MAX_BARS:
        return "Tag", [first + timedelta(days=i) for i in range((last - first).days + 1)]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MAX_BARS:
        starts = []
        for i in range(months):
            year, month = divmod(first.month - 1 + i, 12)
            starts.append(date(first.year + year, month + 1, 1))
        return "Monat", starts
    return "Jahr", [date(y, 1, 1) for y in range(first.year, last.year + 1)]


def timeline(days: list[date], caption: str = "Zitate") -> Timeline | None:
    """The timeline of ``days``; ``None`` when there is none."""
    if not days:
        return None
    step, starts = _steps(min(days), max(days))
    key = {"Tag": _day_key, "Monat": _month_key, "Jahr": lambda d: str(d.year)}[step]
    counts = Counter(key(d) for d in days)
    bars = [(key(s), counts.get(key(s), 0)) for s in starts]
    return Timeline(step, bars, _svg(bars, f"{caption} pro {step}"))


def _svg(bars: list[tuple[str, int]], label: str) -> Markup:
    top = max(n for _, n in bars) or 1
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / len(bars)
    width = max(slot * 0.8, 1.0)
    parts = [
        Markup(
            '<svg class="timeline" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" '
            'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
        ).format(w=WIDTH, h=HEIGHT, label=label),
        Markup('<line class="axis" x1="{x}" y1="{y}" x2="{x2}" y2="{y}"/>').format(
            x=LEFT, y=TOP + plot_h, x2=LEFT + plot_w
        ),
    ]
    for value in sorted({0, top}):
        y = TOP + plot_h - plot_h * value / top
        parts.append(
            Markup('<text class="tick" x="{x}" y="{y:.1f}" text-anchor="end">{v}</text>').format(
                x=LEFT - 6, y=y + 4, v=value
            )
        )
    every = max(1, round(len(bars) / 8))
    for i, (name, count) in enumerate(bars):
        x = LEFT + i * slot + (slot - width) / 2
        h = plot_h * count / top
        parts.append(
            Markup(
                '<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}">'
                "<title>{name}: {count}</title></rect>"
            ).format(x=x, y=TOP + plot_h - h, w=width, h=h, name=name, count=count)
        )
        if i % every == 0 or i == len(bars) - 1 and len(bars) <= 8:
            parts.append(
                Markup(
                    '<text class="tick" x="{x:.1f}" y="{y}" text-anchor="middle">{n}</text>'
                ).format(x=x + width / 2, y=TOP + plot_h + 18, n=name)
            )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
