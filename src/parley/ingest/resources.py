"""The data files of the ingest stage (src/parley/ingest/data/)."""

from __future__ import annotations

from parley.datafiles import data_lines


def read_data_lines(name: str) -> list[str]:
    """The entries of a data file: one per line, blank lines and # comments skipped."""
    return [line.strip() for line in data_lines("parley.ingest", name)]
