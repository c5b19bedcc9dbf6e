"""Command line, training: ``zitate train base|quotes|lexicons|eszett`` over ``zitate.train`` and
``zitate.quotes.training``. Input: the shared data folder (``--data``) and an output folder; output:
the trained pipeline, attribution model or lexicons, and one line naming where they were written.
``zitate.cli`` registers ``train_app`` as ``zitate train``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ZitateError
from .common import DEFAULT_DATA, err_line, guarded, log

train_app = typer.Typer(help="Train zitate's models from shared/data.", no_args_is_help=True)


@train_app.command("base")
def train_base(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    output: Annotated[Path | None, typer.Option(help="Where to write the pipeline.")] = None,
    smoke: Annotated[bool, typer.Option(help="Tiny subset, a couple of minutes.")] = False,
    workdir: Annotated[Path, typer.Option(help="Scratch folder for corpora.")] = Path("work"),
    ner_from: Annotated[
        Path | None,
        typer.Option(help="Keep this pipeline's tagger and stage-1 NER; only fine-tune its NER."),
    ] = None,
) -> None:
    """Rebuild the German base pipeline from shared/data."""
    from .search import folder_output

    folder_output(output, "the pipeline")
    from ..train.base import train_base as run

    path = guarded(run, data=data, output=output, smoke=smoke, workdir=workdir, ner_from=ner_from)
    typer.echo(f"pipeline written to {path}")


@train_app.command("quotes")
def train_quotes(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    output: Annotated[
        Path | None, typer.Option(help="Model folder (default: the one shipped in zitate/data).")
    ] = None,
    base: Annotated[Path | None, typer.Option(help="Base pipeline folder to tag with.")] = None,
    smoke: Annotated[
        bool, typer.Option(help="60 train documents, 2 epochs; writes work/quotes-smoke.")
    ] = False,
) -> None:
    """Learn the quotation attribution model (cue lexicon, classifiers) from the train split."""
    from .search import folder_output

    folder_output(output, "the attribution model")
    from ..quotes.training import train_quotes as run

    try:
        path = run(data=data, output=output, smoke=smoke, base=base, log=log)
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    typer.echo(f"attribution model written to {path}")


@train_app.command("lexicons")
def train_lexicons(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    output: Annotated[
        Path | None, typer.Option(help="Folder for the lexicons (default: zitate/data).")
    ] = None,
    smoke: Annotated[bool, typer.Option(help="20 documents and 5 speeches only.")] = False,
) -> None:
    """Speaker nouns (Wikinews train, SpkAtt train) and first names with gender (gazetteer)."""
    from .search import folder_output

    folder_output(output, "the lexicons' output")
    from ..train.lexicons import build_lexicons

    path = guarded(build_lexicons, data=data, output=output, smoke=smoke, log=log)
    typer.echo(f"lexicons written to {path}")


@train_app.command("eszett")
def train_eszett(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    output: Annotated[
        Path | None, typer.Option(help="Folder for eszett.json (default: zitate/data).")
    ] = None,
) -> None:
    """The „ß“ words whose Swiss „ss“ spelling the pipeline reads as them (UD, Wikinews train,
    10kGNAD, LER, the lexicons)."""
    from .search import folder_output

    folder_output(output, "the eszett vocabulary's output")
    from ..train.eszett import build_eszett

    path = guarded(build_eszett, data=data, output=output, log=log)
    typer.echo(f"eszett vocabulary written to {path}")
