"""Commands over stories and consolidated statements: timeline and statements."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from parley.analysis import format_statements, format_timeline, plot_timeline, search_statements, timeline
from parley.cli.app import DbOption, JsonOption, Settings, UserError, app, err, out
from parley.store import Store


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise UserError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from error


@app.command(name="timeline")
def timeline_command(
    source: Annotated[str, typer.Argument(help="Source country or actor code, e.g. CHN or CHNGOV.")],
    target: Annotated[str, typer.Argument(help="Target country or actor code, e.g. USA.")],
    by: Annotated[Period, typer.Option("--by", help="Period length.")] = Period.month,
    start: Annotated[Optional[str], typer.Option("--from", help="First day (YYYY-MM-DD).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Last day (YYYY-MM-DD).")] = None,
    both: Annotated[bool, typer.Option("--both", help="Both directions.")] = False,
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Draw the timeline into this PNG file.")] = None,
    db: DbOption = Path("parley.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Consolidated events of a dyad per period: quad classes, mean Goldstein, top statements."""
    first, last = _parse_day(start, "--from"), _parse_day(end, "--to")
    with Store(db, read_only=True) as store:
        result = timeline(store, source.upper(), target.upper(), by=by.value, start=first, end=last, both=both)
    if plot is not None:
        plot_timeline(result, plot)
        if not Settings.quiet:
            err.print(f"wrote {plot}")
    if as_json:
        out.print_json(json.dumps(asdict(result), default=str, ensure_ascii=False))
    else:
        out.print(format_timeline(result), markup=False)


@app.command()
def statements(
    speaker: Annotated[Optional[str], typer.Option(help="Part of the speaker's name.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source country or actor code.")] = None,
    target: Annotated[Optional[str], typer.Option(help="Target country or actor code.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Words the statement contains.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many.")] = 20,
    db: DbOption = Path("parley.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Search consolidated statements: one per statement, however many outlets reported it."""
    with Store(db, read_only=True) as store:
        found = search_statements(
            store, speaker=speaker, source=source and source.upper(), target=target and target.upper(),
            text=text, limit=limit,
        )
    if as_json:
        out.print_json(json.dumps([asdict(s) for s in found], default=str, ensure_ascii=False))
    else:
        out.print(format_statements(found), markup=False)
