"""`parley train-quotes`: fine-tune the learned quote tagger on a brat attribution corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from parley.cli.app import Settings, UserError, app, err, out
from parley.quotes.tagger import TrainingSettings

DEFAULTS = TrainingSettings()


@app.command("train-quotes")
def train_quotes(
    corpus: Annotated[Path, typer.Argument(
        help="Brat corpus folder holding SPLIT/text/*.txt and SPLIT/attributions/*.ann (PolNeAR's layout).")],
    output: Annotated[Path, typer.Option("--out", help="Folder the tagger is saved to.")] = Path("quote-tagger"),
    split: Annotated[str, typer.Option("--split", help="Sub-folder to train on.")] = "train",
    epochs: Annotated[float, typer.Option("--epochs", min=0.01, help="Passes over the corpus.")] = DEFAULTS.epochs,
    learning_rate: Annotated[float, typer.Option("--learning-rate", min=0.0)] = DEFAULTS.learning_rate,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Train on the first N articles only.")] = None,
) -> None:
    """Train the learned quote tagger (needs the 'learned' extra); use it with --quote-model."""
    from parley.quotes.brat import read_split
    from parley.quotes.tagger import MissingExtra, train_tagger

    problems: list[str] = []
    articles = read_split(corpus, split, limit, problems)
    for problem in problems:
        err.print(f"[yellow]warning[/yellow] {escape(problem)}: line skipped")
    if not articles:
        raise UserError(f"{corpus / split / 'text'}: no .txt files to train on")
    settings = TrainingSettings(epochs=epochs, learning_rate=learning_rate)
    columns = (TextColumn("training"), BarColumn(), MofNCompleteColumn(), TextColumn("loss {task.fields[loss]:.3f}"),
               TimeElapsedColumn(), TimeRemainingColumn())
    live = not Settings.quiet and err.is_terminal
    with Progress(*columns, console=err, transient=True, disable=not live) as progress:
        task = progress.add_task("training", total=None, loss=0.0)

        def advance(step: int, steps: int, loss: float) -> None:
            """A live bar on a terminal; a line at every tenth of the run in a log."""
            progress.update(task, completed=step, total=steps, loss=loss)
            if not live and not Settings.quiet and step % max(1, steps // 10) == 0:
                err.print(f"step {step}/{steps}, loss {loss:.3f}")

        try:
            train_tagger(articles, output, settings, advance)
        except MissingExtra as error:
            raise UserError(str(error)) from error
    out.print(f"quote tagger trained on {len(articles)} articles of {escape(str(corpus / split))}, "
              f"saved to {escape(str(output))}")
