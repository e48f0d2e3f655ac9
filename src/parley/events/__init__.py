"""Events: statements and reported actions coded as CAMEO/PLOVER events with Goldstein weights."""

from importlib import import_module
from typing import TYPE_CHECKING

from parley.events.ontology import CameoCode, lookup, ontology

if TYPE_CHECKING:
    from parley.events.coding import Context, article_context, code_sentence
    from parley.events.stage import code_events
    from parley.events.statements import code_quote

CODING_MODULES = {"Context": "coding", "article_context": "coding", "code_sentence": "coding",
                  "code_events": "stage", "code_quote": "statements"}


def __getattr__(name: str) -> object:
    """The coder needs spaCy (most of a second to import): loaded when first used, so that the API's
    and the CLI's readers of stored events, which need only the ontology, start without it."""
    if name in CODING_MODULES:
        return getattr(import_module(f"parley.events.{CODING_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CameoCode", "Context", "article_context", "code_events", "code_quote", "code_sentence",
           "lookup", "ontology"]
