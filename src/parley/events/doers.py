"""The people that event actors named by a pronoun or a description denote: "He met Xi on Thursday",
"The foreign minister visited Moscow".

The quotes stage's :class:`~parley.quotes.speakers.SpeakerResolver` already traces such mentions
back to a full name and role within the article; the coder asks it the same question for the doers
and targets of reported acts. It is the one the quotes stage left on the Doc, which knows the
speakers it resolved, so that "“...,” Wang said. He then met Blinken" is Wang; without a quotes
stage, one is built when an article first asks (most acts name their doer) and taught the quotes'
speakers. It prefers silence to a guess, and so does the coder: a
mention it cannot resolve stays unknown.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.events.lexicon import lexicon
from parley.quotes import lexicon as quotes_lexicon
from parley.quotes.speakers import NOBODY, Resolution, SpeakerResolver, article_resolver
from parley.records import Quote

SUBJECTS = ("nsubj", "nsubjpass")
DEFINITE = frozenset({"the", "this", "that"})


class ArticleDoers:
    """Who the pronouns and descriptions of one article's acts denote."""

    def __init__(self, doc: Doc, quotes: list[Quote]):
        self._doc = doc
        self._quotes = quotes
        self._resolver: SpeakerResolver | None = None

    def person(self, head: Token) -> Resolution:
        """The person a subject pronoun ("he", "she") or a definite description of a person ("the
        foreign minister", "the senator") denotes; NOBODY for any other mention, for one inside
        quotation marks (the quoted speaker's "he" is not the narrative's), for a person its own sentence
        names after it ("The president held a meeting with ... President Park Geun Hye" is not Park),
        and for a pronoun whose antecedent was named together with someone else ("Putin and Xi met. He
        signed ...")."""
        if not (is_person_pronoun(head) or is_person_description(head)) or self._quoted(head):
            return NOBODY
        resolution = self._as_speaker(head) or self._speakers().resolve(head)
        name = resolution.name
        if name is None or self._named_later_in_sentence(name, head):
            return NOBODY
        if is_person_pronoun(head) and self._named_with_another(name, head):
            return NOBODY
        return resolution

    @cached_property
    def _people(self) -> list[SpacySpan]:
        """The article's PERSON entities, in order: spaCy builds ``doc.ents`` anew on each access."""
        return [e for e in self._doc.ents if e.label_ == "PERSON"]

    def _people_of(self, doc: Doc) -> list[SpacySpan]:
        """The PERSON entities of ``doc``: the article's, or a re-parsed headline's own
        (:func:`parley.events.stage.headline_sentences`)."""
        return self._people if doc is self._doc else [e for e in doc.ents if e.label_ == "PERSON"]

    def _speakers(self) -> SpeakerResolver:
        if self._resolver is None:
            self._resolver = article_resolver(self._doc) or self._taught_resolver()
        return self._resolver

    def _taught_resolver(self) -> SpeakerResolver:
        resolver = SpeakerResolver(self._doc)
        for quote in self._quotes:
            if quote.speaker is not None and quote.speaker_name:
                resolver.remember(quote.speaker.start, Resolution(quote.speaker_name, quote.speaker_role))
        return resolver

    def _as_speaker(self, head: Token) -> Resolution | None:
        """Who the quotes stage resolved the mention to when it is a quote's speaker ("he said he
        hopes ..."): the same answer, without building a resolver of our own."""
        for quote in self._quotes:
            speaker = quote.speaker
            if speaker is not None and quote.speaker_name and speaker.start <= head.idx < speaker.end:
                return Resolution(quote.speaker_name, quote.speaker_role)
        return None

    def _quoted(self, head: Token) -> bool:
        """Inside a speaker's own words ("“He will sign,” Putin said"); reported speech ("Putin praised
        the foreign minister") keeps the narrative's point of view."""
        return any(quote.kind != "indirect" and quote.start <= head.idx < quote.end for quote in self._quotes)

    def _named_with_another(self, name: str, pronoun: Token) -> bool:
        """Whether the last mention of ``name`` before ``pronoun`` joins it to another person's
        ("Vladimir Putin and Xi Jinping met"): either of them can be "he". Read in the pronoun's own
        parse: a re-parsed headline's tokens and entities are not the article's."""
        surname = name.split()[-1]
        mentions = [e for e in self._people_of(pronoun.doc) if e.end <= pronoun.i and e[-1].text == surname]
        if not mentions:
            return False
        root = mentions[-1].root
        partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
        return any(p.ent_type_ == "PERSON" for p in partners)

    def _named_later_in_sentence(self, name: str, head: Token) -> bool:
        """Whether the sentence of ``head`` names the person after it: the other side of the act, not its
        doer (the quotes stage's resolver looks ahead for a speaker named next, "..., said the spokesman.
        Spokesman Wang Wenbin ...", which an act's doer never is)."""
        surname = name.split()[-1]
        sentence_end = head.sent.end
        return any(head.i < e.start and e.end <= sentence_end and e[-1].text == surname
                   for e in self._people_of(head.doc))


def is_person_pronoun(head: Token) -> bool:
    """A pronoun subject that stands for one person: "he", "she"."""
    return head.dep_ in SUBJECTS and head.lower_ in lexicon().words("person_pronoun")


def is_person_description(head: Token) -> bool:
    """A definite singular description of one person by role or epithet: "the foreign minister",
    "the senator", "the billionaire" -- not "a spokesman", "officials" or "the Christie supporter"."""
    words = quotes_lexicon.load()
    lemma = head.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and definite
            and (lemma in words.role_nouns or lemma in words.epithet_nouns))
