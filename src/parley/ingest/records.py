"""What the readers yield: an Article, or an IngestError saying which input failed and why."""

from __future__ import annotations

from dataclasses import dataclass

from parley.records import Article, content_hash


@dataclass(frozen=True)
class IngestError:
    """One input that could not become an Article; iteration goes on with the rest."""

    source: str
    """The file path as given or found, or "<stdin>"."""
    line: int | None
    """The line of a JSONL input, or None when the whole input failed."""
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


def make_article(
    text: str,
    *,
    source: str,
    line: int | None,
    max_chars: int,
    id: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
    errors: list[str] | None = None,
) -> Article | IngestError:
    """The Article for ``text``, with a content-hash id unless one is given.

    The checks every format shares live here: an input that yields no text,
    or more than ``max_chars`` of it, is an error rather than an Article.
    """
    if not text.strip():
        return IngestError(source, line, "no article text")
    if len(text) > max_chars:
        return IngestError(
            source, line, f"text too long: {len(text):,} characters (max_chars={max_chars:,})"
        )
    return Article(
        id=id or content_hash(text),
        text=text,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        errors=errors or [],
        source=source if line is None else f"{source}:{line}",
    )


def one_line(error: BaseException) -> str:
    """An exception's message on one line, so that an IngestError stays one line."""
    return " ".join(str(error).split()) or type(error).__name__
