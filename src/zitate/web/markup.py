"""Web stage, markup: article text + character-span layers -> safe, well-nested HTML.

Takes the text of a record (``shared/OUTPUT.md``), a range of it (one paragraph) and ``Layer``
objects — half-open ``[start, end)`` ranges with the element that marks them (a quotation's
``<mark>``, a speaker's or cue's ``<span>``); gives ``Markup``: the text escaped and every layer
wrapped in its element. Where ranges cross, elements are closed and reopened at the crossing, so
the HTML is always well nested; a quotation nested in another sits inside the outer ``<mark>``.
The first piece of a layer carries its ``id`` (the anchor the quotation list links to).
``highlight`` marks the words a search query matched in a hit (``<mark class="hit">``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

# outer before inner where two layers start and end at the same offsets
ROLE_RANK = {"quote": 0, "speaker": 1, "addressee": 2, "cue": 3}


@dataclass(eq=False)
class Layer:
    """One range to mark: ``tag`` with ``attrs`` (``class``, ``title``, ``data-*``…); ``first``
    are attributes only the first piece gets (``id``, ``tabindex``)."""

    start: int
    end: int
    role: str
    tag: str
    attrs: dict[str, str]
    first: dict[str, str] = field(default_factory=dict)
    opened: bool = False

    def order(self) -> tuple:
        return (self.start, -self.end, ROLE_RANK.get(self.role, 9), self.attrs.get("class", ""))

    def open_tag(self) -> Markup:
        attrs = dict(self.attrs) if self.opened else self.attrs | self.first
        self.opened = True
        rendered = "".join(Markup(' {}="{}"').format(k, v) for k, v in attrs.items())
        return Markup("<{}{}>").format(Markup(self.tag), Markup(rendered))

    def close_tag(self) -> Markup:
        return Markup(f"</{self.tag}>")


def render(text: str, start: int, end: int, layers: list[Layer]) -> Markup:
    """``text[start:end]`` escaped, with every layer that overlaps it marked (clipped to the
    range). Call it for consecutive ranges with the same ``layers``: only the first piece of a
    layer, wherever it falls, gets ``Layer.first``."""
    inside = sorted((la for la in layers if la.start < end and la.end > start), key=Layer.order)
    cuts = {start, end}
    cuts.update(p for la in inside for p in (la.start, la.end) if start < p < end)
    out: list[str] = []
    stack: list[Layer] = []
    for a, b in pairwise(sorted(cuts)):
        active = [la for la in inside if la.start <= a and la.end >= b]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(la.close_tag() for la in reversed(stack[keep:]))
        out.extend(la.open_tag() for la in active[keep:])
        stack = active
        out.append(escape(text[a:b]))
    out.extend(la.close_tag() for la in reversed(stack))
    return Markup("".join(out))


def highlight(text: str, query: str | None) -> Markup:
    """``text`` escaped, the words that ``query`` matches (German stems, as the search compares:
    ``zitate.store.search.match_spans``) in ``<mark class="hit">``."""
    from ..store.search import match_spans

    out, pos = [], 0
    for start, end in match_spans(text, query):
        out += [escape(text[pos:start]), Markup('<mark class="hit">'), escape(text[start:end])]
        out.append(Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
