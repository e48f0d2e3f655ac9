"""parley's own speaker resolution: a mention ("he", "Le", "the spokesman") is traced back
to the full name of a person the article introduced earlier, with the role the article
gives them. No coreference package works offline, so this is a small rule-based resolver
over one parsed article; the actors stage reuses it.

It prefers silence to a guess: a surname shared by two people named earlier resolves only
when one of them was named just before, a pronoun only when a person was the subject or
speaker of a recent sentence (never one the article gives the other gender: "Mr.", "Ms.",
"spokeswoman"), a description only when one person holds that role or one organisation
was named with that word ("the ministry").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from . import lexicon as lexicon_module
from .lexicon import Lexicon
from .marks import QuotedSpan, find_quoted_spans

PARAGRAPH_BREAK = re.compile(r"\n\s*")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
ORGANISATION_LABELS = ("ORG", "GPE", "NORP")
PLACE_LABELS = ("GPE", "NORP")
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct", "nummod", "npadvmod", "det", "prep", "pobj"})
UNLABELLED_NAME_LENGTHS = range(2, 4)
MISLABELLED_NAMES = frozenset({"", "FAC", "PRODUCT", "WORK_OF_ART"})
"""Entity labels the small English model gives to unfamiliar (often Chinese) names."""
PRONOUN_SENTENCE_WINDOW = 4
SURNAME_SENTENCE_WINDOW = 2
DEFINITE_DETERMINERS = ("the", "this", "that")


@dataclass(frozen=True)
class Resolution:
    """Who a mention denotes: a full name and a role, each None when the article does not say."""

    name: str | None
    role: str | None


NOBODY = Resolution(None, None)


@dataclass(frozen=True)
class _NameMention:
    offset: int
    name: str
    full: bool


class SpeakerResolver:
    """Resolves speaker mentions within one parsed article, earlier mentions first."""

    def __init__(self, doc: Doc, lexicon: Lexicon | None = None, text: str | None = None,
                 quoted: list[QuotedSpan] | None = None):
        """`text` (``doc.text``) and `quoted` (its quotes) save work when the caller has them."""
        self.doc = doc
        self.lexicon = lexicon or lexicon_module.load()
        self.text = doc.text if text is None else text
        self._quoted = find_quoted_spans(self.text) if quoted is None else quoted
        self._paragraph_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(self.text)]
        self._sentence_starts = [sent.start_char for sent in doc.sents]
        self._names: list[_NameMention] = []
        self._roles: dict[str, str] = {}
        self._genders: dict[str, str] = {}
        self._people: set[str] = set()
        self._salient: list[tuple[int, Resolution]] = []
        self._place_words = {t.text for ent in doc.ents if ent.label_ in PLACE_LABELS for t in ent}
        self._read_person_mentions()

    def resolve(self, head: Token) -> Resolution:
        """The person (or organisation) a mention headed by `head` denotes."""
        lower = head.lower_
        if _coordinated(head):
            return NOBODY
        if lower == "who" and head.head.dep_ == "relcl":
            return self.resolve(head.head.head)
        if lower in self.lexicon.pronouns:
            return self._recent_person(head.idx, self.lexicon.genders.get(lower))
        entity = _entity_tokens(head)
        if entity is not None and head.ent_type_ == "PERSON":
            return self._person(entity)
        if head.pos_ == "PROPN":
            chain = self._proper_name_chain(head)
            person = self._person(chain)
            if person.name is not None or entity is None or self._namesakes(head.text, head.idx):
                return person
        if entity is not None and head.ent_type_ in ORGANISATION_LABELS:
            return Resolution(_organisation_name(entity), None)
        named = self._person_inside(head)
        if named is not None:
            return self._person(named)
        if head.lemma_.lower() in self.lexicon.role_nouns or lower in self.lexicon.role_nouns:
            return self._description(head)
        if head.pos_ == "NOUN" and _definite(head):
            return Resolution(self._organisation_named_before(head), None)
        return NOBODY

    def remember(self, offset: int, resolution: Resolution) -> None:
        """Make a resolved speaker the antecedent of later pronouns and descriptions."""
        if resolution.name in self._people:
            bisect.insort(self._salient, (offset, resolution), key=lambda item: item[0])

    def _read_person_mentions(self) -> None:
        """Register every person named in the article, their roles, and the ones that are
        the subject of a main clause outside quotes (antecedents for later pronouns)."""
        quoted = [(span.start, span.end) for span in self._quoted]
        for mention in self._person_name_mentions():
            tokens = self._name_tokens(mention)
            if not tokens:
                continue
            offset = mention[0].idx
            if len(tokens) >= 2:
                name = " ".join(t.text for t in tokens)
            else:
                name = self._full_name(tokens[0].text, offset)
            if name is None:
                continue
            self._names.append(_NameMention(offset, name, len(tokens) >= 2))
            self._people.add(name)
            role = self._role_of(mention[0].i, mention[-1].i + 1)
            if role is not None:
                self._roles.setdefault(name, role)
            gender = self._gender_of(mention, role)
            if gender is not None:
                self._genders.setdefault(name, gender)
            root = self.doc[mention[0].i : mention[-1].i + 1].root
            main_subject = root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT" and root.ent_type_ == "PERSON"
            if main_subject and not any(start <= offset < end for start, end in quoted):
                self._salient.append((offset, Resolution(name, None)))

    def _person_name_mentions(self) -> list[list[Token]]:
        """PERSON entities, plus runs of two or three capitalised proper nouns the tagger
        left unlabelled ("Le Yucheng"), in text order."""
        mentions = [list(ent) for ent in self.doc.ents if ent.label_ == "PERSON"]
        run: list[Token] = []
        for token in list(self.doc) + [None]:
            if token is not None and self._unlabelled_name_word(token):
                run.append(token)
                continue
            if len(run) in UNLABELLED_NAME_LENGTHS:
                mentions.append(run)
            run = []
        return sorted(mentions, key=lambda tokens: tokens[0].i)

    def _unlabelled_name_word(self, token: Token) -> bool:
        """A word of a name the tagger left unlabelled -- not a word it labels a place
        elsewhere in the article ("China" in a heading's "U.S.-China Relations")."""
        lower = token.lower_
        return (token.pos_ == "PROPN" and token.ent_type_ in MISLABELLED_NAMES and token.text.istitle()
                and lower not in self.lexicon.role_nouns and lower not in self.lexicon.titles
                and token.text not in self._place_words)

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
        """A name without titles before it and a possessive after it ("President Xi’s")."""
        while tokens and tokens[0].lower_ in self.lexicon.titles:
            tokens = tokens[1:]
        while tokens and (tokens[-1].tag_ == "POS" or not tokens[-1].text[:1].isalpha()):
            tokens = tokens[:-1]
        return tokens

    def _person(self, tokens: list[Token]) -> Resolution:
        names = self._name_tokens(tokens)
        if not names:
            return NOBODY
        offset = names[0].idx
        if len(names) >= 2:
            name = " ".join(t.text for t in names)
        else:
            name = self._full_name(names[0].text, offset)
            if name is None and names[0].ent_type_ == "PERSON" and not self._namesakes(names[0].text, offset):
                name = names[0].text
        if name is None:
            return NOBODY
        role = self._role_of(tokens[0].i, tokens[-1].i + 1) or self._roles.get(name)
        return Resolution(name, role)

    def _namesakes(self, word: str, before: int) -> set[str]:
        return {m.name for m in self._names if m.full and m.offset < before and word in _ends(m.name)}

    def _full_name(self, word: str, at: int) -> str | None:
        """The one person named earlier whose first or last name is `word`; among
        namesakes, the one named in this paragraph in the last couple of sentences."""
        candidates = self._namesakes(word, at)
        if len(candidates) == 1:
            return candidates.pop()
        if len(candidates) < 2:
            return None
        paragraph, sentence = self.paragraph(at), self._sentence(at)
        recent = {
            m.name for m in self._names
            if m.full and m.name in candidates and m.offset < at
            and self.paragraph(m.offset) == paragraph
            and sentence - self._sentence(m.offset) <= SURNAME_SENTENCE_WINDOW
        }
        return recent.pop() if len(recent) == 1 else None

    def _recent_person(self, at: int, gender: str | None = None) -> Resolution:
        """A pronoun's antecedent: the last person who spoke or was a subject just before,
        passing over people the article gives the other gender ("she" is not "Mr. Le")."""
        index = bisect.bisect_left(self._salient, at, key=lambda item: item[0]) - 1
        for offset, resolution in reversed(self._salient[: max(index + 1, 0)]):
            if self.paragraph(at) - self.paragraph(offset) > 1:
                break
            if self._sentence(at) - self._sentence(offset) > PRONOUN_SENTENCE_WINDOW:
                break
            if gender is None or self._genders.get(resolution.name or "", gender) == gender:
                return Resolution(resolution.name, resolution.role or self._roles.get(resolution.name or ""))
        return NOBODY

    def _gender_of(self, mention: list[Token], role: str | None) -> str | None:
        """A person's gender when the mention says it: a title just before or in the name
        ("Mr. Biden", "Ms. Hua") or a gendered role ("spokeswoman Hua Chunying")."""
        before = self.doc[max(mention[0].i - 1, 0) : mention[0].i]
        words = [t.lower_ for t in (*before, *mention)] + (role or "").lower().split()
        genders = {self.lexicon.genders[word] for word in words if word in self.lexicon.genders}
        return genders.pop() if len(genders) == 1 else None

    def _description(self, head: Token) -> Resolution:
        """ "the spokesman", "China’s leader": the last person named earlier with that role;
        failing that, the previous speaker when the article gave them no role."""
        mention = _phrase(head)
        if not _definite(head):
            return Resolution(None, mention)
        word = head.lower_
        holders = [m for m in self._names if m.offset < head.idx and word in (self._roles.get(m.name) or "").lower().split()]
        if holders:
            name = holders[-1].name
            return Resolution(name, self._roles[name])
        previous = self._recent_person(head.idx, self.lexicon.genders.get(word))
        if previous.name is not None and previous.role is None:
            return Resolution(previous.name, mention)
        return Resolution(None, mention)

    def _organisation_named_before(self, head: Token) -> str | None:
        """ "the ministry" after "the Ministry of Commerce": the last organisation named
        earlier whose name holds the noun."""
        word = head.lemma_.lower()
        named = [ent for ent in self.doc.ents if ent.label_ == "ORG" and ent.end <= head.i
                 and word in {t.lemma_.lower() for t in ent}]
        return _organisation_name(list(named[-1])) if named else None

    def _proper_name_chain(self, head: Token) -> list[Token]:
        """ "Wang" or "Le Yucheng" when the tagger missed the PERSON label: the proper nouns
        compounded with the head."""
        chain = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i >= head.i - 3]
        chain = [t for t in chain if all(x.pos_ == "PROPN" for x in head.doc[t.i : head.i])]
        return chain + [head]

    def _person_inside(self, head: Token) -> list[Token] | None:
        """A name in the mention's own phrase: "the spokesman, Wang Wenbin"."""
        for token in head.subtree:
            if token.ent_type_ == "PERSON":
                return _entity_tokens(token)
        return None

    def _role_of(self, start: int, end: int) -> str | None:
        """The role a name mention carries: its apposition, its pre-modifiers, its title."""
        doc = self.doc
        root = doc[start:end].root
        appositions = [c for c in root.rights if c.dep_ == "appos" and c.ent_type_ != "PERSON" and c.pos_ in ("NOUN", "PROPN")]
        if appositions:
            return _phrase(doc[appositions[0].left_edge.i : appositions[-1].right_edge.i + 1])
        names = self._name_tokens(list(doc[start:end]))
        left = names[0].i if names else end
        first = left
        while first - 1 >= root.left_edge.i and doc[first - 1].dep_ in ROLE_MODIFIER_DEPS and doc[first - 1].text != ",":
            first -= 1
        while first < left and doc[first].dep_ in ("det", "case", "punct", "prep", "cc"):
            first += 1
        words = {t.lower_ for t in doc[first:left]} | {t.lemma_.lower() for t in doc[first:left]}
        if first < left and (words - self.lexicon.honorifics) & (self.lexicon.role_nouns | self.lexicon.titles):
            return _text(doc, first, left)
        if root.dep_ == "appos" and root.head.lemma_.lower() in self.lexicon.role_nouns:
            return _text(doc, root.head.left_edge.i, root.head.i + 1)
        return None

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph (run of text between line breaks) holding `offset`."""
        return bisect.bisect_right(self._paragraph_starts, offset)

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset)


def _ends(name: str) -> tuple[str, str]:
    words = name.split()
    return words[0], words[-1]


def _entity_tokens(token: Token) -> list[Token] | None:
    """The tokens of the named entity that `token` is part of, if any."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _organisation_name(tokens: list[Token]) -> str | None:
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return " ".join(t.text for t in tokens) or None


def _definite(head: Token) -> bool:
    """ "the spokesman", "this ministry", "China's leader": a mention of someone already known."""
    return any(c.lower_ in DEFINITE_DETERMINERS or c.dep_ == "poss" for c in head.lefts)


def _coordinated(head: Token) -> bool:
    """ "Xi and President Joe Biden agreed": several speakers, no one name."""
    doc = head.doc
    return any(c.dep_ == "conj" for c in head.children) or any(t.dep_ == "cc" for t in doc[head.left_edge.i : head.i])


def _phrase(phrase: Token | SpacySpan) -> str:
    """A noun phrase's text (a token's subtree) without determiners or edge punctuation."""
    doc = phrase.doc
    if isinstance(phrase, Token):
        start, end = phrase.left_edge.i, phrase.right_edge.i + 1
    else:
        start, end = phrase.start, phrase.end
    while start < end and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return _text(doc, start, end)


def _text(doc: Doc, start: int, end: int) -> str:
    """A role's words: the last line of the tokens' text, without bullets before it."""
    line = doc[start:end].text.split("\n")[-1]
    while line and not line[0].isalnum():
        line = line[1:]
    return line
