"""Web stage, statistics charts: counts of ``zitate.store.stats`` -> horizontal bar charts as SVG.

Takes rows of a label and parts (``{part: count}``) and gives ``Markup`` of a server-rendered
SVG (no script): one bar per row, split into its parts as shares of the row (100 % stacked), an
x axis labelled in percent with a caption, the row labels on the y axis, a legend, and a
``<title>`` with label, part, count and share on every segment. ``share_chart`` draws one part
of each row (the share of women) as a single bar with the count in the title.
"""

from __future__ import annotations

from markupsafe import Markup

WIDTH, LABEL_W, RIGHT, ROW_H, TOP, AXIS_H, LEGEND_H = 960, 200, 70, 22, 10, 40, 24
FONT_PX, CHAR_W = 13, 8  # the charts' font size, and a wide letter's width at that size
PALETTE = ("#b2182b", "#2166ac", "#999999", "#5aae61", "#e08214", "#8073ac", "#35978f",
           "#c51b7d", "#bf812d", "#4d4d4d")  # fmt: skip


def _label(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stacked_chart(
    rows: list[tuple[str, dict[str, int]]], parts: list[str], labels: dict[str, str],
    caption: str, axis: str = "Anteil der Zitate",
) -> Markup:  # fmt: skip
    """A 100 % stacked bar per row; ``parts`` in order, named by ``labels``."""
    plot_w = WIDTH - LABEL_W - RIGHT
    legend, lines = _legend(parts, labels, TOP + ROW_H * len(rows) + AXIS_H)
    height = TOP + ROW_H * len(rows) + AXIS_H + LEGEND_H * lines
    out = [_head(height, caption)]
    for i, (name, counts) in enumerate(rows):
        total = sum(counts.values())
        y = TOP + i * ROW_H
        out.append(_row_label(name, y))
        x = float(LABEL_W)
        for j, part in enumerate(parts):
            n = counts.get(part, 0)
            if not n or not total:
                continue
            w = plot_w * n / total
            out.append(
                Markup(
                    '<rect class="seg" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" '
                    'fill="{c}"><title>{name} – {part}: {n} ({s:.0%})</title></rect>'
                ).format(
                    x=x,
                    y=y + 3,
                    w=w,
                    h=ROW_H - 6,
                    c=PALETTE[j % len(PALETTE)],
                    name=name,
                    part=labels.get(part, part),
                    n=n,
                    s=n / total,
                )  # fmt: skip
            )
            x += w
        out.append(_count(total, y))
    out.append(_axis(TOP + ROW_H * len(rows), plot_w, axis))
    out.append(legend)
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def share_chart(rows: list[tuple[str, int, int]], caption: str, axis: str) -> Markup:
    """One bar per ``(label, part, total)``: the share ``part / total``, with the counts."""
    plot_w = WIDTH - LABEL_W - RIGHT
    height = TOP + ROW_H * len(rows) + AXIS_H
    out = [_head(height, caption)]
    for i, (name, part, total) in enumerate(rows):
        y = TOP + i * ROW_H
        share = part / total if total else 0.0
        out.append(_row_label(name, y))
        out.append(
            Markup(
                '<rect class="seg" x="{x}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}">'
                "<title>{name}: {part} von {total} ({s:.0%})</title></rect>"
                '<text class="tick" x="{tx:.1f}" y="{ty}">{s:.0%} von {total}</text>'
            ).format(
                x=LABEL_W,
                y=y + 3,
                w=plot_w * share,
                h=ROW_H - 6,
                c=PALETTE[0],
                name=name,
                part=part,
                total=total,
                s=share,
                tx=LABEL_W + plot_w * share + 4,
                ty=y + ROW_H - 7,
            )  # fmt: skip
        )
    out.append(_axis(TOP + ROW_H * len(rows), plot_w, axis))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def _head(height: int, caption: str) -> Markup:
    return Markup(
        '<svg class="stats-chart" viewBox="0 0 {w} {h}" role="img" aria-label="{c}" '
        'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet" '
        'font-size="{f}">'
    ).format(w=WIDTH, h=height, c=caption, f=FONT_PX)


def _row_label(name: str, y: int) -> Markup:
    return Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">{n}</text>').format(
        x=LABEL_W - 6, y=y + ROW_H - 7, n=_label(name)
    )


def _count(total: int, y: int) -> Markup:
    return Markup('<text class="tick" x="{x}" y="{y}">{n}</text>').format(
        x=WIDTH - RIGHT + 4, y=y + ROW_H - 7, n=total
    )


def _axis(y: int, plot_w: int, label: str) -> Markup:
    out = [Markup('<line class="axis" x1="{x}" y1="{y}" x2="{x2}" y2="{y}"/>').format(
        x=LABEL_W, y=y, x2=LABEL_W + plot_w)]  # fmt: skip
    for tick in (0, 25, 50, 75, 100):
        x = LABEL_W + plot_w * tick / 100
        out.append(
            Markup(
                '<line class="axis" x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y2}"/>'
                '<text class="tick" x="{x:.1f}" y="{ty}" text-anchor="middle">{t} %</text>'
            ).format(x=x, y=y, y2=y + 4, ty=y + 16, t=tick)
        )
    out.append(
        Markup(
            '<text class="axis-label" x="{x:.1f}" y="{y}" text-anchor="middle">{l}</text>'
        ).format(x=LABEL_W + plot_w / 2, y=y + 34, l=label)  # fmt: skip
    )
    return Markup("").join(out)


def _legend(parts: list[str], labels: dict[str, str], y: int) -> tuple[Markup, int]:
    """The legend below the axis caption, its entries wrapped onto as many lines as the width
    needs (each entry as wide as its label at ``CHAR_W`` a letter, so none overlaps the next
    or runs past the chart); the markup and the number of lines."""
    out, x, line = [], LABEL_W, 0
    for j, part in enumerate(parts):
        name = labels.get(part, part)
        width = 16 + CHAR_W * len(name) + 14
        if x > LABEL_W and x + width > WIDTH:
            x, line = LABEL_W, line + 1
        top = y + line * LEGEND_H
        out.append(
            Markup(
                '<rect x="{x}" y="{y}" width="12" height="12" fill="{c}"/>'
                '<text class="tick" x="{tx}" y="{ty}">{n}</text>'
            ).format(x=x, y=top + 4, c=PALETTE[j % len(PALETTE)], tx=x + 16, ty=top + 14, n=name)
        )
        x += width
    return Markup("").join(out), line + 1
