"""Web stage, statistics page: the search page's filters -> ``/stats`` (charts and tables) and
``/stats.csv`` (the same numbers as CSV).

Takes the filters of ``/`` (q, speaker, outlet, from, to, type, medium; checked as there) and
reads ``zitate.store.stats`` — the counts of ``GET /api/stats`` — for: the share of women among
the quotations of persons per outlet and per month, the speaker categories per outlet, and the
most quoted speakers per outlet. Each chart (``zitate.web.stats_chart``) has a table with its
numbers beside it; the CSV holds every number shown, one row per (table, row, part).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..api.deps import SessionDep
from ..errors import ZitateError
from ..store.search import SearchFilter
from ..store.stats import quote_stats, top_speakers
from .routes import FIELDS, outlet_names, page, search_form
from .stats_chart import share_chart, stacked_chart

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
GENDERS = ["female", "male", "unknown"]
GENDER_LABELS = {"female": "Frauen", "male": "Männer", "unknown": "unbekannt"}
CATEGORY_LABELS = {
    "politics": "Politik", "government": "Regierung/Behörden", "police_justice": "Polizei/Justiz",
    "science_expert": "Wissenschaft/Expertise", "business": "Wirtschaft",
    "civil_society": "Zivilgesellschaft", "citizen": "Bürger", "media": "Medien",
    "other": "Sonstige", None: "ohne Sprecher",
}  # fmt: skip
NONE = "ohne Angabe"
TOP = 5


def _filter(form) -> SearchFilter:
    return SearchFilter(
        form.raw["q"] or None, form.raw["speaker"] or None, form.raw["outlet"] or None,
        form.date_from, form.date_to, form.type.value if form.type else None,
        form.medium.value if form.medium else None,
    )  # fmt: skip


def _pivot(rows: list[dict], row_key: str, part_key: str) -> list[tuple[str, dict]]:
    """``[(row value, {part value: n})]`` in the order the rows come."""
    table: dict[str, dict] = defaultdict(dict)
    for row in rows:
        table[row[row_key] or NONE][row[part_key]] = row["n"]
    return list(table.items())


def figures(session, f: SearchFilter) -> dict:
    """Every table of the page: ``women_outlet``, ``women_month`` (rows of label, women,
    persons), ``categories`` (outlet -> category counts) and ``top`` (per outlet)."""
    persons_by = {}
    for key in ("outlet", "month"):
        rows = [r for r in quote_stats(session, f, f"{key},gender")["rows"] if r["gender"]]
        pivot = _pivot(rows, key, "gender")
        if key == "month":
            pivot.sort(key=lambda item: item[0])
        persons_by[key] = pivot
    categories = _pivot(quote_stats(session, f, "outlet,category")["rows"], "outlet", "category")
    return {
        "gender_outlet": persons_by["outlet"],
        "gender_month": persons_by["month"],
        "categories": categories,
        "category_parts": [c for c in CATEGORY_LABELS if any(c in p for _, p in categories)],
        "top": top_speakers(session, f, TOP)["outlets"],
    }


@router.get("/stats")
def stats_page(request: Request, session: SessionDep):
    """Who is quoted: shares of women and categories per outlet and month, most quoted."""
    params = request.query_params
    form = search_form({name: params.get(name, "") for name in FIELDS}, "0")
    context: dict = {"form": form, "nav": "stats", "outlets": outlet_names(session), "data": None}
    if not form.errors:
        try:
            data = figures(session, _filter(form))
        except ZitateError as err:
            form.errors.append(f"Die Suche ist nicht lesbar: {err.reason} ({err.code}).")
        else:
            context["data"] = data
            context["charts"] = _charts(data)
    context["csv_link"] = "/stats.csv?" + urlencode({k: v for k, v in form.raw.items() if v})
    context.update(gender_labels=GENDER_LABELS, category_labels=CATEGORY_LABELS, genders=GENDERS)
    return page(request, "stats.html", 400 if form.errors else 200, **context)


def _charts(data: dict) -> dict:
    def women(rows):
        return [(label, c.get("female", 0), sum(c.values())) for label, c in rows]

    return {
        "women_outlet": share_chart(
            women(data["gender_outlet"]), "Anteil der Frauen je Quelle",
            "Anteil der Zitate von Frauen an den Zitaten von Personen",
        ),
        "women_month": share_chart(
            women(data["gender_month"]), "Anteil der Frauen je Monat",
            "Anteil der Zitate von Frauen an den Zitaten von Personen",
        ),
        "gender_outlet": stacked_chart(
            data["gender_outlet"], GENDERS, GENDER_LABELS, "Geschlecht der Zitierten je Quelle",
            "Anteil der Zitate von Personen",
        ),
        "categories": stacked_chart(
            data["categories"], data["category_parts"], CATEGORY_LABELS,
            "Sprecherkategorien je Quelle", "Anteil der Zitate",
        ),
    }  # fmt: skip


@router.get("/stats.csv")
def stats_csv(request: Request, session: SessionDep):
    """The numbers of ``/stats`` for the same filters as CSV: table, row, part, n, share."""
    params = request.query_params
    form = search_form({name: params.get(name, "") for name in FIELDS}, "0")
    if form.errors:
        return Response("\n".join(form.errors) + "\n", 400, media_type="text/plain")
    try:
        data = figures(session, _filter(form))
    except ZitateError as err:
        return Response(f"{err.reason} ({err.code})\n", 400, media_type="text/plain")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "part", "n", "share"])
    for table in ("gender_outlet", "gender_month", "categories"):
        for label, parts in data[table]:
            total = sum(parts.values())
            for part, n in parts.items():
                writer.writerow([f"{table}", label, part or "", n, round(n / total, 6)])
    for outlet in data["top"]:
        for s in outlet["speakers"]:
            writer.writerow(["top", outlet["outlet"] or NONE, s["name"], s["n"], s["share"]])
    headers = {"Content-Disposition": 'attachment; filename="zitate-statistik.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
