"""Reading the data files each stage ships in its ``data/`` folder (lexicons, actor lists, ontologies).

One convention for all of them: blank lines and lines starting with ``#`` are
comments; tab-separated files have one entry per line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from importlib.resources import files


def data_lines(package: str, name: str) -> list[str]:
    """The entry lines of ``package``'s ``data/name``, as written (tabs and trailing cells kept)."""
    return entry_lines(files(package).joinpath("data", name).read_text(encoding="utf-8").splitlines())


def entry_lines(lines: Iterable[str]) -> list[str]:
    """``lines`` without blank lines and ``#`` comments."""
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def tsv_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """The cells of each tab-separated entry line, stripped."""
    for row in csv.reader(entry_lines(lines), delimiter="\t", quoting=csv.QUOTE_NONE):
        yield [cell.strip() for cell in row]
