"""Quotes: who said what -- direct, indirect and mixed quotes with their cues and speakers.

The stage's entry point is :func:`extract_quotes`; :mod:`.speakers` holds the resolver
that maps a mention to the full name and role of the person it denotes.
"""

from .extract import extract_quotes

__all__ = ["extract_quotes"]
