"""Events: statements and reported actions coded as CAMEO/PLOVER events with Goldstein weights."""

from parley.events.coding import Context, article_context, code_events, code_quote, code_sentence
from parley.events.ontology import CameoCode, lookup, ontology

__all__ = ["CameoCode", "Context", "article_context", "code_events", "code_quote", "code_sentence",
           "lookup", "ontology"]
