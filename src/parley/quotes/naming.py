"""Person names as words: given name and surname, namesakes, generational suffixes, and the
tokens that make a full name. Pure functions the speaker resolver reads names with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from . import lexicon as lexicon_module

HYPHENS = frozenset({"-", "–"})
INITIALS = re.compile(r"(?:[A-Z]\.)+$")
MAX_INNER_CAPITALS = 2
BULLETS = "-–—•*·"
"""Marks that open the items of a list, which the tokenizer may leave on the first word ("-David")."""


def is_hyphenated_name_part(word: Token) -> bool:
    """A noun inside a person's name after a hyphen: "moon" of "Ban Ki-moon", "in" of "Moon Jae-in", which the
    tagger reads as nouns; not a participle or adjective the hyphen joins to a name ("Trump-led", "Putin-friendly"),
    though the tagger may run the person into it."""
    return word.pos_ in ("NOUN", "PROPN") and word.ent_type_ == "PERSON" and word.ent_iob_ == "I"


def name_start_across_hyphen(word: Token) -> Token:
    """The first word of a name the parser split at a hyphen inside it, taking the last syllable for a word of its
    own ("Ban Ki-moon", "Moon Jae-in" urged): for a word of a person's name glued by a hyphen to the word before
    it, the first word of that name; else the word itself."""
    doc = word.doc
    glued = (word.i >= 2 and doc[word.i - 1].text in HYPHENS and not doc[word.i - 1].whitespace_
             and not doc[word.i - 2].whitespace_)
    if not (glued and is_hyphenated_name_part(word)):
        return word
    start = word
    while start.i > 0 and start.ent_iob_ == "I":
        start = doc[start.i - 1]
    return start


def name_end_across_hyphen(word: Token) -> Token:
    """The last word of a name the parser split at a hyphen after ``word`` ("Jae" of "Moon Jae-in" as the subject),
    else the word itself."""
    doc = word.doc
    end = word
    while (end.i + 2 < len(doc) and doc[end.i + 1].text in HYPHENS and not end.whitespace_
           and not doc[end.i + 1].whitespace_ and is_hyphenated_name_part(doc[end.i + 2])):
        end = doc[end.i + 2]
    return end


@dataclass(frozen=True)
class NameMention:
    """A name the article gives at `offset`: a full name, or (`full` false) a surname alone."""

    offset: int
    name: str
    full: bool


@lru_cache(maxsize=4096)
def ends(name: str) -> tuple[str, str]:
    """A full name's given name and surname: "Joseph R. Biden Jr." is Joseph ... Biden. Cached: the
    resolver asks it of every name it knows at every mention."""
    words = name.split()
    while len(words) > 2 and words[-1].lower() in lexicon_module.load().name_suffixes:
        words.pop()
    return words[0], words[-1]


@lru_cache(maxsize=4096)
def suffix(name: str) -> str:
    """A full name's generational suffix, lower-case ("jr." in "Donald Trump Jr."), or ''."""
    words = name.lower().split()
    return words[-1] if len(words) > 2 and words[-1] in lexicon_module.load().name_suffixes else ""


def juniors(names: set[str]) -> set[str]:
    """The namesakes whose suffix sets them apart from another with their given name and
    surname ("Donald Trump Jr." beside "Donald J. Trump"): the son, not who a bare "Mr.
    Trump" means."""
    return {name for name in names if suffix(name)
            and any(not suffix(other) and ends(other) == ends(name) for other in names)}


def fuller_forms(names: list[str]) -> dict[str, str]:
    """Each name of a given name and a surname alone that the article also writes in one form
    with middle initials, with that form ("Donald Trump" -> "Donald J. Trump"); none where it
    writes two ("George Bush" beside "George H. W. Bush" and "George W. Bush"), nor for a middle
    name, which may be a maiden name the article uses once ("Nancy Davis Reagan")."""
    forms: dict[tuple[tuple[str, str], str], set[str]] = {}
    for name in names:
        forms.setdefault((ends(name), suffix(name)), set()).add(name)
    fuller = {}
    for same in forms.values():
        short = [name for name in same if len(name.split()) == 2 + bool(suffix(name))]
        longer = same - set(short)
        if len(short) == 1 and len(longer) == 1 and all(INITIALS.match(word) for word in middle(next(iter(longer)))):
            fuller[short[0]] = longer.pop()
    return fuller


def middle(name: str) -> list[str]:
    """The words between a full name's given name and surname: ["J."] in "Donald J. Trump"."""
    words = name.split()
    return words[1 : len(words) - 1 - bool(suffix(name))]


def same_ends(name: str, words: list[str]) -> bool:
    """Whether a full name ends with the last of `words` and, for several, starts with the
    first, in any case ("TAPPER", "JAKE TAPPER" for Jake Tapper)."""
    given, surname = ends(name)
    if surname.casefold() != words[-1].casefold():
        return False
    return len(words) == 1 or given.casefold() == words[0].casefold()


def namesakes(names: list[NameMention], word: str, gender: str | None, genders: dict[str, str]) -> set[str]:
    matching = [m.name for m in names if gender is None or genders.get(m.name, gender) == gender]
    surnames = {name for name in matching if ends(name)[1] == word}
    return surnames or {name for name in matching if ends(name)[0] == word}


def full_name_tokens(tokens: list[Token], particles: frozenset[str]) -> bool:
    """Whether a name's words are a full name: two or more capitalised words, with
    particles inside ("Bill de Blasio") and hyphens inside a word ("Ileana Ros-Lehtinen",
    "Ban Ki-moon", not "Donald Trump-led"), no number first ("the Two Donalds")."""
    doc = tokens[0].doc
    hyphens = [t for t in tokens if t.text in HYPHENS]
    if tokens[-1].text in HYPHENS or any(doc[t.i - 1].whitespace_ or t.whitespace_ for t in hyphens):
        return False
    words = [t for t in tokens if t.text not in HYPHENS and not (t.i > tokens[0].i and doc[t.i - 1].text in HYPHENS)]
    if len(words) < 2 or not words[-1].text[:1].isupper() or acronym_inside(words) or words[0].like_num:
        return False
    if any(glued_words(t.text) for t in words):
        return False
    return all(word_text(t)[:1].isupper() or t.lower_ in particles for t in words)


def last_word(tokens: list[Token]) -> list[Token]:
    """The tokens of a name's last word, with the parts a hyphen joins to it inside the word
    ("Lopez-Cantera", which the tokenizer splits in three; not "Clinton - Kaine")."""
    doc, start = tokens[0].doc, len(tokens) - 1
    while (start >= 2 and tokens[start - 1].text in HYPHENS and not tokens[start - 1].whitespace_
           and not tokens[start - 2].whitespace_ and tokens[start - 1].i == tokens[start].i - 1):
        start -= 2
    return [doc[t.i] for t in tokens[start:]]


def word_text(token: Token) -> str:
    """A word without the bullet a list item glues to it ("-David Rothschild assesses ...")."""
    return token.text.lstrip(BULLETS) if token.i == 0 or "\n" in token.doc[token.i - 1].text else token.text


def glued_words(word: str) -> bool:
    """ "BobicFlagShareLikeReplyMari": words a scraped page ran together, a capital inside the word
    for each -- more than a name holds ("McDonald", "DeSantis", "VanDerBeek")."""
    return not word.isupper() and sum(c.isupper() for c in word[1:]) > MAX_INNER_CAPITALS


def acronym_inside(words: list[Token]) -> bool:
    """ "Ready for Hillary PAC": an all-capital word among other words is an acronym, no name."""
    capitals = [t.text.isalpha() and t.text.isupper() and len(t.text) > 1 for t in words]
    return any(capitals) and not all(capitals)


def inline_space(token: Token) -> bool:
    """A space token inside a line: a non-breaking space the tokenizer split off ("Ted\xa0Cruz")."""
    return token.is_space and "\n" not in token.text


def after_person_space(token: Token) -> bool:
    """ "Donald\xa0Trump" with only "Donald" tagged a person: a word after a person's name and a
    non-breaking space."""
    doc = token.doc
    return token.i >= 2 and inline_space(doc[token.i - 1]) and doc[token.i - 2].ent_type_ == "PERSON"


def joined_across_spaces(mentions: list[list[Token]]) -> list[list[Token]]:
    """Name mentions that only a non-breaking space parts are one name ("Donald\xa0Trump")."""
    joined: list[list[Token]] = []
    for mention in mentions:
        first = mention[0]
        if joined and first.i == joined[-1][-1].i + 2 and inline_space(first.doc[first.i - 1]):
            joined[-1] = [*joined[-1], first.doc[first.i - 1], *mention]
        else:
            joined.append(mention)
    return joined


def span_text(tokens: list[Token]) -> str:
    """The tokens' text with every run of spaces one plain space ("Ted\xa0Cruz" is "Ted Cruz"), and
    no bullet before it."""
    text = " ".join(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text.split())
    return text[len(tokens[0].text) - len(word_text(tokens[0])) :]


def entity_start(token: Token) -> int | None:
    """The index of the first token of the named entity `token` belongs to, if any."""
    if not token.ent_type_:
        return None
    start = token.i
    while token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def kin_key(kin: Token) -> tuple[str, str]:
    """A family word and the pronoun that owns it, if one does: ("brother", "his")."""
    owner = next((c.lower_ for c in kin.children if c.dep_ == "poss" and c.pos_ == "PRON"), "")
    return kin.lemma_.lower(), owner


def organisation_name(tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return span_text(tokens) if tokens else None


def hyphenated_lemma(token: Token) -> str:
    """A noun's lower-case lemma with the words hyphens join to it: "front-runner"."""
    doc, start = token.doc, token.i
    while (start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_):
        start -= 2
    return (doc[start : token.i].text + token.lemma_).lower()


def holds_phrase(tokens: list[Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the tokens' lower-case words hold one of `phrases` in a row ("Obama White House"
    holds "white house")."""
    words = tuple(t.lower_ for t in tokens if not t.is_space)
    return any(words[i : i + len(phrase)] == phrase for phrase in phrases for i in range(len(words)))
