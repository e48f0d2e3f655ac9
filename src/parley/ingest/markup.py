"""HTML pages: the article body and its metadata, through trafilatura."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex
import trafilatura

from parley.ingest.records import IngestError, make_article, one_line
from parley.records import Article

SENTENCE_END = regex.compile(r"[.!?…]")
MIN_SENTENCE_WORDS = 5


@dataclass(frozen=True)
class Page:
    """What trafilatura finds in a page; None where the page does not say."""

    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


class PageError(ValueError):
    """The page holds no article text (an index page, an error page, not HTML)."""


def read_page(
    markup: bytes | str,
    *,
    source: str,
    line: int | None,
    max_chars: int,
    given: Mapping[str, Any] | None = None,
) -> Article | IngestError:
    """The Article of an HTML page; metadata in ``given`` wins over what the page says."""
    stated = {key: value for key, value in (given or {}).items() if value is not None}
    try:
        page = extract_page(markup, url=stated.get("url"))
    except PageError as error:
        return IngestError(source, line, str(error))
    found = {"url": page.url, "outlet": page.outlet, "title": page.title, "published": page.published}
    return make_article(page.text, source=source, line=line, max_chars=max_chars, **(found | stated))


def extract_page(markup: bytes | str, url: str | None = None) -> Page:
    """The main text of a page with its title, date ("YYYY-MM-DD"), site name and URL.

    Bytes are decoded by trafilatura, which honours the page's declared charset.
    The headline is metadata: when the text opens with it, that line is left out,
    as for plain text.
    """
    try:
        document = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False
        )
    except Exception as error:  # a third-party parser on untrusted input: any failure is this page's
        raise PageError(f"HTML could not be parsed: {one_line(error)}") from error
    if document is None or not _has_sentence(document.text or ""):
        raise PageError("no article text found in the HTML")
    return Page(
        text=_without_headline(document.text, document.title),
        title=document.title or None,
        published=document.date or None,
        outlet=document.sitename or document.hostname or None,
        url=document.url or url,
    )


def _has_sentence(text: str) -> bool:
    """An article body has a line of five words or more with a full stop; menus and button rows do not."""
    return any(
        len(line.split()) >= MIN_SENTENCE_WORDS and SENTENCE_END.search(line) for line in text.splitlines()
    )


def _without_headline(text: str, title: str | None) -> str:
    first, newline, rest = text.partition("\n")
    if title and newline and first.strip() == title.strip():
        return rest
    return text
