"""The data files of the ingest stage (src/parley/ingest/data/)."""

from __future__ import annotations

from importlib.resources import files


def read_data_lines(name: str) -> list[str]:
    """The entries of a data file: one per line, blank lines and # comments skipped."""
    text = files("parley.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
