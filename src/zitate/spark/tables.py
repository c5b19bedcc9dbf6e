"""Spark stage, tables: extraction records (``shared/OUTPUT.md``) <-> rows of the Parquet datasets
``articles/``, ``quotations/``, ``entities/``, ``mentions/``, ``errors/``.

Input: a record (``zitate.record.build_record``) with whether the models ran on it, or an input's
``ZitateError``. Output: typed rows (``rows_of_record``, ``rows_of_error``) for the Spark schemas
of ``schemas()``, every row with its article's publication month (``month``: ``2024-05``, or
``unknown``), the partition column; ``entities/`` and ``mentions/`` rows also carry the
corpus-wide canonical entity of the linking stage (``canonical_id``, on entities also
``canonical_name``; ``with_link``, ``read_links``). ``read_records`` turns such an output
folder back into the records, article by article (pyarrow only, no Spark): what ``zitate
load`` stores and what the tests compare with ``zitate extract``. The two directions are exact
inverses: nothing of the record is lost (a role's ``entity`` key is written for speaker and
addressee only, as in the record: always on the speaker, on the addressee only when resolved).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

TABLES = ("articles", "quotations", "entities", "mentions", "errors")
UNKNOWN_MONTH = "unknown"
ENTITY_ROLES = ("speaker", "addressee")
PLAIN_ROLES = ("cue", "frame")


def publication_date(published: str | None) -> date | None:
    """The date of an ISO 8601 ``published`` value (``2024-05-03T15:47:42+00:00``), else None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def month_of(published: str | None) -> str:
    day = publication_date(published)
    return f"{day.year:04d}-{day.month:02d}" if day else UNKNOWN_MONTH


def schemas() -> dict:
    """The Spark schema of each table (imports pyspark)."""
    from pyspark.sql import types as T

    def s(name, kind=None, nullable=True):
        return T.StructField(name, kind or T.StringType(), nullable)

    spans = T.ArrayType(T.ArrayType(T.IntegerType()))
    strings = T.ArrayType(T.StringType())
    with_entity = T.StructType([s("text"), s("spans", spans), s("entity")])
    plain = T.StructType([s("text"), s("spans", spans)])
    paragraph = T.StructType([s("start", T.IntegerType()), s("end", T.IntegerType()), s("kind")])
    relation = T.StructType([s("type"), s("source"), s("target"), s("confidence", T.DoubleType())])
    dispute = T.StructType([s("type"), s("claims", strings)])
    return {
        "articles": T.StructType(
            [
                s("id", nullable=False),
                s("input"),
                s("url"),
                s("source"),
                s("title"),
                s("teaser"),
                s("text"),
                s("paragraphs", T.ArrayType(paragraph)),
                s("published"),
                s("published_date", T.DateType()),
                s("updated"),
                s("authors", strings),
                s("credits", strings),
                s("language"),
                s("duplicate_of"),
                s("analysed", T.BooleanType()),
                s("skip_reason"),
                s("model_name"),
                s("model_version"),
                s("quotations", T.IntegerType()),
                s("relations", T.ArrayType(relation)),
                s("month", nullable=False),
            ]
        ),
        "quotations": T.StructType(
            [
                s("article_id", nullable=False),
                s("position", T.IntegerType()),
                s("id"),
                s("type"),
                s("medium"),
                s("text"),
                s("spans", spans),
                s("speaker", with_entity),
                s("cue", plain),
                s("frame", plain),
                s("addressee", with_entity),
                s("nested_in"),
                s("confidence", T.DoubleType()),
                s("published_date", T.DateType()),
                s("month", nullable=False),
                s("dispute", dispute),
            ]
        ),
        "entities": T.StructType(
            [
                s("article_id", nullable=False),
                s("position", T.IntegerType()),
                s("id"),
                s("name"),
                s("kind"),
                s("aliases", strings),
                s("mentions", T.IntegerType()),
                s("month", nullable=False),
                s("canonical_id", T.LongType()),
                s("canonical_name"),
            ]
        ),
        "mentions": T.StructType(
            [
                s("article_id", nullable=False),
                s("entity_id"),
                s("position", T.IntegerType()),
                s("start", T.IntegerType()),
                s("end", T.IntegerType()),
                s("month", nullable=False),
                s("canonical_id", T.LongType()),
            ]
        ),
        "errors": T.StructType(
            [
                s("input"),
                s("code"),
                s("message"),
                s("month", nullable=False),
            ]
        ),
    }


def rows_of_record(record: dict, analysed: bool, skip_reason: str | None) -> Iterator[tuple]:
    """``(table, row)`` pairs of one record, rows as tuples in the order of ``schemas()``."""
    record = plain(record)
    art = record["article"]
    day = publication_date(art["published"])
    month = month_of(art["published"])
    aid = art["id"]
    yield (
        "articles",
        (
            aid,
            record["input"],
            art["url"],
            art["source"],
            art["title"],
            art["teaser"],
            art["text"],
            [(p["start"], p["end"], p["kind"]) for p in art["paragraphs"]],
            art["published"],
            day,
            art["updated"],
            list(art["authors"]),
            list(art["credits"]),
            art["language"],
            art["duplicate_of"],
            analysed,
            skip_reason,
            record["model"]["name"],
            record["model"]["version"],
            len(record["quotes"]),
            [
                (r["type"], r["source"], r["target"], _float(r.get("confidence")))
                for r in record["relations"]
            ],
            month,
        ),
    )
    for position, q in enumerate(record["quotes"]):
        roles = {
            role: _role(q.get(role), role in ENTITY_ROLES) for role in (*ENTITY_ROLES, *PLAIN_ROLES)
        }
        yield (
            "quotations",
            (
                aid,
                position,
                q["id"],
                q["type"],
                q["medium"],
                q["text"],
                _spans(q["spans"]),
                roles["speaker"],
                roles["cue"],
                roles["frame"],
                roles["addressee"],
                q["nested_in"],
                None if q["confidence"] is None else float(q["confidence"]),
                day,
                month,
                (q["dispute"]["type"], list(q["dispute"]["claims"])) if q.get("dispute") else None,
            ),
        )
    for position, e in enumerate(record["entities"]):
        yield (
            "entities",
            (
                aid,
                position,
                e["id"],
                e["name"],
                e["kind"],
                list(e["aliases"]),
                len(e["mentions"]),
                month,
            ),
        )
        for index, (start, end) in enumerate(e["mentions"]):
            yield "mentions", (aid, e["id"], index, start, end, month)


def names_of_record(record: dict, order: tuple) -> Iterator[tuple]:
    """The document entities of a record for the linking stage (``zitate.spark.linking``):
    ``(kind, name, order, article id, position, local id)``; ``order`` that of its article."""
    aid = record["article"]["id"]
    for position, e in enumerate(record["entities"]):
        yield (str(e["kind"]), str(e["name"]), order, str(aid), position, str(e["id"]))


def with_link(row: tuple, link: tuple | None, table: str) -> tuple:
    """An ``entities`` row with its canonical entity's id and name, a ``mentions`` row with
    its id (``link``: ``(id, name)`` or None)."""
    canonical, name = link or (None, None)
    return (*row, canonical, name) if table == "entities" else (*row, canonical)


def rows_of_error(record: dict) -> tuple:
    """The ``errors`` row of an error record (``ZitateError.to_record()``)."""
    err = record["error"]
    return (record["input"], err["code"], err["message"], UNKNOWN_MONTH)


def plain(value):
    """``value`` with built-in types only: a ``str`` subclass (lxml's text results) becomes a
    ``str``, a tuple a list — what Spark's row conversion accepts."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _spans(spans) -> list[list[int]]:
    return [[int(a), int(b)] for a, b in spans]


def _role(role: dict | None, with_entity: bool) -> tuple | None:
    if role is None:
        return None
    spans = _spans(role["spans"])
    return (role["text"], spans, role.get("entity")) if with_entity else (role["text"], spans)


# --- back to records ---------------------------------------------------------------------------


def read_table(folder: Path, table: str, months: list[str] | None = None) -> list[dict]:
    """The rows of one table as dicts (``month`` filter optional); [] where it is missing."""
    import pyarrow.dataset as ds

    path = Path(folder) / table
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return []
    data = ds.dataset(str(path), format="parquet", partitioning="hive")
    flt = ds.field("month").isin(months) if months is not None else None
    return data.to_table(filter=flt).to_pylist()


def read_links(folder: Path, month: str | None = None) -> dict[tuple[str, str], int]:
    """``(article id, local id) -> canonical id`` of the document entities of ``folder`` (of
    one ``month``) that the linking stage linked; {} for an output without it."""
    import pyarrow.dataset as ds

    path = Path(folder) / "entities"
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return {}
    data = ds.dataset(str(path), format="parquet", partitioning="hive")
    if "canonical_id" not in data.schema.names:
        return {}
    flt = ds.field("month") == month if month is not None else None
    columns = ["article_id", "id", "canonical_id"]
    table = data.to_table(columns=columns, filter=flt).to_pydict()
    return {
        (aid, lid): cid
        for aid, lid, cid in zip(*(table[c] for c in columns), strict=True)
        if cid is not None
    }


def months(folder: Path) -> list[str]:
    """The months of ``folder/articles`` in order, ``unknown`` last."""
    found = [p.name.split("=", 1)[1] for p in (Path(folder) / "articles").glob("month=*")]
    return sorted(m for m in found if m != UNKNOWN_MONTH) + (
        [UNKNOWN_MONTH] if UNKNOWN_MONTH in found else []
    )


def read_records(folder: Path, month: str | None = None) -> list[tuple[dict, bool, str | None]]:
    """``(record, analysed, skip_reason)`` of every article of ``folder`` (of one ``month``),
    ordered by publication date then id."""
    only = [month] if month is not None else None
    by_article: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for table in ("quotations", "entities", "mentions"):
        for row in read_table(folder, table, only):
            by_article[row["article_id"]][table].append(row)
    out = []
    for row in read_table(folder, "articles", only):
        parts = by_article.get(row["id"], {})
        out.append((_record(row, parts), bool(row["analysed"]), row["skip_reason"]))
    out.sort(key=lambda item: order_key(item[0]["article"]))
    return out


def order_key(article: dict) -> tuple:
    """Publication date then id; undated articles last (the order near-duplicates follow)."""
    return (article["published"] is None, article["published"] or "", article["id"])


def _record(row: dict, parts: dict) -> dict:
    mentions: dict[str, list] = defaultdict(list)
    for m in sorted(parts.get("mentions", []), key=lambda m: (m["entity_id"], m["position"])):
        mentions[m["entity_id"]].append([m["start"], m["end"]])
    quotes = [_quote(q) for q in sorted(parts.get("quotations", []), key=lambda q: q["position"])]
    entities = [
        {"id": e["id"], "name": e["name"], "kind": e["kind"], "mentions": mentions[e["id"]],
         "aliases": list(e["aliases"] or [])}
        for e in sorted(parts.get("entities", []), key=lambda e: e["position"])
    ]  # fmt: skip
    article = {
        key: row[key]
        for key in ("id", "text", "title", "teaser", "url", "source", "published", "updated")
    }
    article.update(
        authors=list(row["authors"] or []), credits=list(row["credits"] or []),
        language=row["language"], duplicate_of=row["duplicate_of"],
        paragraphs=[dict(p) for p in row["paragraphs"] or []],
    )  # fmt: skip
    return {
        "input": row["input"],
        "article": article,
        "quotes": quotes,
        "entities": entities,
        "relations": [_relation(r) for r in row["relations"] or []],
        "model": {"name": row["model_name"], "version": row["model_version"]},
    }


def _quote(row: dict) -> dict:
    quote = {key: row[key] for key in ("id", "type", "medium", "text")}
    quote["spans"] = [list(s) for s in row["spans"]]
    for role in ("speaker", "cue", "frame", "addressee"):
        value = row[role]
        if value is None:
            quote[role] = None
            continue
        quote[role] = {"text": value["text"], "spans": [list(s) for s in value["spans"]]}
        if role in ENTITY_ROLES and (role == "speaker" or value["entity"] is not None):
            quote[role]["entity"] = value["entity"]  # an addressee's only when resolved
    quote["nested_in"] = row["nested_in"]
    quote["confidence"] = row["confidence"]
    if row.get("dispute"):
        dispute = row["dispute"]
        quote["dispute"] = {"type": dispute["type"], "claims": list(dispute["claims"])}
    return quote


def _relation(row) -> dict:
    """A stored relation row as in the record (``confidence`` only where it was given)."""
    out = {key: row[key] for key in ("type", "source", "target")}
    if row.get("confidence") is not None:
        out["confidence"] = row["confidence"]
    return out


def _float(value) -> float | None:
    return None if value is None else float(value)
