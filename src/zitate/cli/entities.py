"""Command line, cross-article entities: ``zitate entities list|show|merge|split|rename|relink|
set|profile`` and ``zitate speakers``; a thin layer over ``zitate.store.entities``,
``zitate.store.speakers``, ``zitate.store.profiles`` and ``zitate.store.linking``.

Input: a database URL (``--db``, SQLite file ``zitate.db`` by default) and ids or names. Output:
aligned text tables or JSON on stdout; a bad id or name is one line on stderr and exit status 2.
Each correction is one transaction.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, Any

import typer

from ..errors import ZitateError
from .common import fail

entities_app = typer.Typer(
    help="Cross-article entities: list, show and correct them (merge, split, rename).",
    no_args_is_help=True,
)

Db = Annotated[
    str, typer.Option(help="Database URL: sqlite:///PATH (default) or postgresql://USER@HOST/DB.")
]
DEFAULT_DB = "sqlite:///zitate.db"
EntityId = Annotated[
    int, typer.Argument(metavar="ID", help="Canonical entity id (see `zitate entities list`).")
]


class Output(StrEnum):
    table = "table"
    json = "json"


FormatOpt = Annotated[Output, typer.Option("--format", "-f", help="table or json.")]


@contextmanager
def _session(db: str, write: bool = False):
    """A session on the migrated database ``db``; committed at the end when ``write``. A
    ``ZitateError`` inside becomes one line on stderr and exit status 2."""
    from ..store import open_db, session_factory

    try:
        engine = open_db(db)
    except ZitateError as err:
        fail(err)
    try:
        sessions = session_factory(engine)
        with sessions.begin() if write else sessions() as session:
            yield session
    except ZitateError as err:
        fail(err)
    finally:
        engine.dispose()


@entities_app.command("list")
def list_command(
    query: Annotated[str | None, typer.Argument(help="Part of a name or role.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="How many.")] = 20,
    kind: Annotated[str | None, typer.Option(help="PER, ORG, LOC, MISC or GROUP.")] = None,
    db: Db = DEFAULT_DB,
    format: FormatOpt = Output.table,
) -> None:
    """Canonical entities (most mentioned first) with their mention, article and quote counts."""
    from ..store.entities import list_entities

    with _session(db) as session:
        rows = list_entities(session, query, limit=limit, kind=kind)
    columns = ("id", "kind", "n_mentions", "n_articles", "n_quotes", "locked", "name")
    _print(rows, format, columns)


@entities_app.command("show")
def show_command(canonical_id: EntityId, db: Db = DEFAULT_DB, format: FormatOpt = Output.table):
    """One canonical entity: names and roles with their dates, document entities, corrections."""
    from ..store.entities import corrections, document_entities, get_entity
    from ..store.speakers import speaker_detail

    with _session(db) as session:
        get_entity(session, canonical_id)
        detail = speaker_detail(session, canonical_id, limit=0) or {}
        detail.pop("timeline", None)
        detail["documents"] = document_entities(session, canonical_id)
        detail["corrections"] = corrections(session, canonical_id)
    if format is Output.json:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    locked = " (named by a user)" if detail["locked"] else ""
    typer.echo(f"{detail['id']}  {detail['kind']}  {detail['name']}{locked}")
    typer.echo(
        f"{detail['n_mentions']} document entities; {detail['n_quotes']} quotations "
        f"in {detail['n_articles']} articles"
    )
    typer.echo("\naliases:")
    _table(detail["aliases"], ("type", "count", "first_seen", "last_seen", "alias"))
    typer.echo("\ndocument entities:")
    _table(detail["documents"], ("published", "article_id", "local_id", "kind", "name"))
    _print_profile(detail.get("profile"))
    if detail["corrections"]:
        typer.echo("\ncorrections:")
        for row in detail["corrections"]:
            typer.echo(f"  {row['created_at'][:19]}  {row['action']}  {json.dumps(row['args'])}")


@entities_app.command("merge")
def merge_command(
    ids: Annotated[list[int], typer.Argument(help="INTO OTHER…: the others merge into INTO.")],
    db: Db = DEFAULT_DB,
) -> None:
    """Merge entities into the first; their names link to it from now on."""
    from ..store.entities import merge

    with _session(db, write=True) as session:
        target = merge(session, ids)
        shown = f"{target.id} ({target.name})"
    others = ", ".join(map(str, ids[1:]))
    typer.echo(f"merged {others} into {shown}")


@entities_app.command("split")
def split_command(
    canonical_id: EntityId,
    alias: Annotated[
        str, typer.Option("--alias", help="The document entities named so become a new entity.")
    ],
    db: Db = DEFAULT_DB,
) -> None:
    """Split the document entities named ALIAS off into a new entity; the name stays with it."""
    from ..store.entities import split

    with _session(db, write=True) as session:
        created = split(session, canonical_id, alias)
        shown = f"{created.id} ({created.name})"
    typer.echo(f"split {alias!r} off {canonical_id} into {shown}")


@entities_app.command("rename")
def rename_command(
    canonical_id: EntityId,
    name: Annotated[str, typer.Argument(help="The new name.")],
    db: Db = DEFAULT_DB,
) -> None:
    """Name an entity; the name is kept whatever later articles call it."""
    from ..store.entities import rename

    with _session(db, write=True) as session:
        entity = rename(session, canonical_id, name)
        shown = f"{entity.id} ({entity.name})"
    typer.echo(f"renamed {shown}")


@entities_app.command("relink")
def relink_command(
    everything: Annotated[
        bool, typer.Option("--all", help="Link every document entity again, not only new ones.")
    ] = False,
    db: Db = DEFAULT_DB,
) -> None:
    """Link the stored document entities to canonical entities, replaying the corrections.

    For a database stored before linking existed; one transaction per article."""
    from ..store import open_db, session_factory
    from ..store.linking import relink
    from ..store.profiles import profile_all

    try:
        engine = open_db(db)
    except ZitateError as err:
        fail(err)
    try:
        counts = relink(session_factory(engine), everything=everything)
        profile_all(session_factory(engine))
    finally:
        engine.dispose()
    typer.echo(
        f"{counts['articles']} articles linked; {counts['entities']} document entities in "
        f"{counts['canonical']} canonical entities"
    )


@entities_app.command("set")
def set_command(
    canonical_id: EntityId,
    gender: Annotated[
        str | None, typer.Option(help="female, male, unknown, or auto (from the evidence again).")
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            help="politics, government, police_justice, science_expert, business, "
            "civil_society, citizen, media, other, or auto."
        ),
    ] = None,
    party: Annotated[str | None, typer.Option(help="The party (CDU, ÖVP…), or auto.")] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Correct an entity's profile; kept through re-ingestion and merges."""
    from ..store.profiles import set_profile

    with _session(db, write=True) as session:
        entity = set_profile(session, canonical_id, gender=gender, category=category, party=party)
        shown = f"{entity.id} ({entity.name}): {entity.gender}, {entity.category}, {entity.party}"
    typer.echo(f"set {shown}")


@entities_app.command("profile")
def profile_command(db: Db = DEFAULT_DB) -> None:
    """Compute the speaker profiles of a whole database (one stored before profiles existed)."""
    from ..store import open_db, session_factory
    from ..store.profiles import profile_all

    try:
        engine = open_db(db)
    except ZitateError as err:
        fail(err)
    try:
        counts = profile_all(session_factory(engine))
    finally:
        engine.dispose()
    typer.echo(f"profiled {counts['canonical']} entities from {counts['articles']} articles")


def _print_profile(profile: dict | None) -> None:
    if not profile:
        return
    typer.echo(f"\nprofile ({profile.get('kind')}):")
    for field in ("gender", "category", "party"):
        part = profile.get(field) or {}
        typer.echo(f"  {field}: {part.get('value') or '-'}  ({part.get('reason', '')})")
        for item in part.get("evidence", []):
            typer.echo(f"    {item['value']}  {item['source']}  {item['text']}  x{item['count']}")
    for key, label in (("roles", "role"), ("parties", "party")):
        for row in profile.get(key, []):
            typer.echo(
                f"  {label}: {row[label]}  {row['first_seen'] or '?'}…{row['last_seen'] or '?'}"
                f"  x{row['count']}"
            )


def speakers(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="How many.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many.")] = 0,
    kind: Annotated[str | None, typer.Option(help="PER, ORG, … only.")] = None,
    db: Db = DEFAULT_DB,
    format: FormatOpt = Output.table,
) -> None:
    """The most quoted speakers (canonical entities), with quotation and article counts."""
    from ..store.speakers import top_speakers

    with _session(db) as session:
        page = top_speakers(session, limit, offset, kind=kind)
    _print(page["items"], format, ("id", "kind", "n_quotes", "n_articles", "name"))


def _print(rows: list[dict], format: Output, columns: tuple[str, ...]) -> None:
    if format is Output.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _table(rows, columns)


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Aligned columns with a header; numbers right-aligned, the last column left as is."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row.get(c), int) for row in rows) for c in columns]
    for line in [list(columns), *cells]:
        parts = [
            (cell.rjust(w) if num else cell.ljust(w)) if i < len(columns) - 1 else cell
            for i, (cell, w, num) in enumerate(zip(line, widths, numeric, strict=True))
        ]
        typer.echo("  ".join(parts).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)
