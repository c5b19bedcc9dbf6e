"""Command line, the search filters: the typer options that ``zitate quotes``, ``zitate stats``
and ``zitate disputes`` share, written once.

Input: nothing (types for the commands' signatures). Output: ``Annotated`` option types —
speaker, outlet, ``--from``/``--to`` days (``YYYY-MM-DD``, refused by typer otherwise), type,
medium, limit, offset — and ``search_filter``, the ``zitate.store.search.SearchFilter`` of the
values given.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from ..api.schemas import Medium, QuoteType

if TYPE_CHECKING:
    from ..store.search import SearchFilter

DAY = ["%Y-%m-%d"]


def day_option(name: str, help: str):
    """A ``--from``/``--to`` option that reads one ``YYYY-MM-DD`` day."""
    return typer.Option(name, formats=DAY, help=help)


Query = Annotated[
    str | None,
    typer.Argument(help='Words of the quotation: Waffenruhe, "sofortige Waffenruhe", Regier*'),
]
Speaker = Annotated[
    str | None, typer.Option(help="Part of the speaker's mention or entity name, or a speaker id.")
]
Outlet = Annotated[str | None, typer.Option(help="Part of the outlet's name.")]
DateFrom = Annotated[datetime | None, day_option("--from", "Published on or after (YYYY-MM-DD).")]
DateTo = Annotated[datetime | None, day_option("--to", "Published on or before (YYYY-MM-DD).")]
Type = Annotated[QuoteType | None, typer.Option(help="Type of quotation.")]
MediumOpt = Annotated[Medium | None, typer.Option(help="Speech, writing, thought…")]
Limit = Annotated[int, typer.Option(min=1, max=1000, help="How many to show.")]
Offset = Annotated[int, typer.Option(min=0, help="How many to skip.")]


def as_day(value: datetime | None) -> date | None:
    return value.date() if value else None


def search_filter(
    query: str | None,
    speaker: str | None,
    outlet: str | None,
    date_from: datetime | None,
    date_to: datetime | None,
    type: QuoteType | None,
    medium: Medium | None,
) -> SearchFilter:
    """The search's filter of the options' values."""
    from ..store.search import SearchFilter

    return SearchFilter(
        query, speaker, outlet, as_day(date_from), as_day(date_to),
        type.value if type else None, medium.value if medium else None,
    )  # fmt: skip
