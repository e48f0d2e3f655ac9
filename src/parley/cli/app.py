"""The `parley` Typer app, its consoles and the options every command shares.

Output is for people by default and JSON with ``--json``. User errors are one
line on stderr, never a traceback (unless ``--debug``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from parley.nlp import ModelNotInstalled
from parley.quotes.tagger import MissingExtra, QuoteTagger
from parley.store import StoreError

app = typer.Typer(
    help="parley: who said what to whom, when, and how cooperative or hostile it was.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class UserError(Exception):
    """A problem the user can fix: printed as one line, exit status 2."""


class Settings:
    debug = False
    quiet = False


DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
PathsArgument = Annotated[
    list[str], typer.Argument(help="Files or directories (.txt, .html, .jsonl), or - for JSONL on stdin.")
]
StrictOption = Annotated[bool, typer.Option("--strict", help="Exit non-zero if any input failed.")]
BatchOption = Annotated[int, typer.Option("--batch-size", min=1, help="Articles parsed per spaCy batch.")]
QuoteModelOption = Annotated[
    Optional[Path],
    typer.Option(
        "--quote-model", help="Also find quotes with a learned tagger (parley train-quotes), where the rules find none."
    ),
]


def checked_tagger(path: Path | None) -> Path | None:
    """A --quote-model folder checked before any work starts: a wrong path fails the command at once."""
    return QuoteTagger.check(path) if path is not None else None


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    Settings.debug = debug
    Settings.quiet = quiet


@contextmanager
def progress_bar() -> Iterator[Callable[[], None]]:
    """A live counter on stderr when it is a terminal; a no-op otherwise."""
    if Settings.quiet or not err.is_terminal:
        yield lambda: None
        return
    columns = (SpinnerColumn(), TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("articles", total=None)
        yield lambda: progress.advance(task)


def main() -> None:
    """Entry point: run the app, turning known failures into one-line errors."""
    try:
        app()
    except (UserError, StoreError, ModelNotInstalled, MissingExtra, OSError) as error:
        if Settings.debug:
            raise
        err.print(f"[red]error[/red] {escape(str(error))}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - a bug, reported without a traceback unless --debug
        if Settings.debug:
            raise
        err.print(
            f"[red]internal error[/red] {type(error).__name__}: {escape(str(error))} "
            "(run with --debug for the traceback)"
        )
        sys.exit(3)
