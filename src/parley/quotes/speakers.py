"""parley's own speaker resolution: a mention ("he", "Le", "the spokesman") is traced back
to the full name of a person the article introduced earlier, with the role the article
gives them. No coreference package works offline, so this is a small rule-based resolver
over one parsed article; the actors stage reuses it.

It prefers silence to a guess: a name is a full name the article gives, or a surname it
never completes and only ever gives a person (a title or a nationality is no name); a surname shared by two people
resolves only when the title or given name says which ("Mrs. Clinton"), one of them was
named just before, or the other is a relative named beside them ("Dorothy Woods, whose
husband, Ty Woods, ..."); a pronoun only when a person was the subject or speaker of a recent
sentence (never one the article gives the other gender: "Mr.", "Ms.", "spokeswoman",
"Hillary", or an earlier pronoun resolved to them; nor one named in its own clause), and
not when someone else was the subject of a clause since; a description only when one
person holds that role (named before, or just after: "..., said the spokesman. /
Spokesman Wang Wenbin ..."), an epithet ("the retired neurosurgeon") only for the one
person named just before, an indefinite description ("a senior diplomat") only for the
person whose remarks the next sentence credits, a bare role in the headline only for the
person the opening sentences name with it, "his brother" only for the one person named as his
brother, or one organisation was named with that word ("the ministry") or just quoted ("the
company"). A mention that adds others to a person ("Ms. Ruiz and other union leaders") names
no one; a "who" is the person whose role ends in the organisation before it or whom the
predicate noun before it describes. A father and son who share a name ("Donald J. Trump",
"Donald Trump Jr.") stay two people, and a bare surname means the father; a name only a quote
gives is no namesake of one the narrative named. A transcript label in capitals
("TAPPER:") is the full name the article, in any case, or an earlier label gives; the
narrative's "I" is the columnist a headline names ("Ann Coulter: ...") and the text never
mentions again; the "I" of a paragraph a title-case name labels ("Chris Matthews: ..."), of a
pull quote a signature line follows ("— Dean Baker, ..."), or of an interview's answer ("A: ...")
is that person, the interviewee the one person a Q&A's headline names in full. An
organisation speaks under the name the article gives it ("the ministry" is "Ministry of
Commerce"); a body owned by a person ("Rubio's campaign", "Clinton's lawyers") has no name
of its own here and stays unresolved.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..layout import LINE, MIN_HEADLINE_WORDS, MIN_MAJOR_WORD_LENGTH, title_case_lines
from . import lexicon as lexicon_module
from . import naming, syntax
from .cues import QUOTE_OPENERS
from .lexicon import Lexicon
from .marks import QuotedSpan, find_quoted_spans

PARAGRAPH_BREAK = re.compile(r"\n\s*")
TRANSCRIPT_LABEL = re.compile(r"[\"“]?([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}):\s")
"""An all-capital speaker label, inside the quote mark that may open its paragraph ("“RAMOS: ...")."""
HEADLINE_LABEL = re.compile(r"\s*([A-Z][\w'\-]+(?: [A-Z][\w'\-]+){1,2}):\s")
NAME_LABEL = re.compile(r"[\"“]?([A-Z][\w'\-]+(?: [A-Z][\w.'\-]*){1,2}):\s")
"""A transcript label in title case, inside the quote mark that may open its paragraph ("Chris Matthews: ...")."""
SIGNATURE = re.compile(r"(?:[—–-]\s*)?([A-Z][\w'\-]+(?: [A-Z][\w.'\-]*){1,2})(?:,[^\n]*)?$", re.MULTILINE)
"""A line that signs the pull quote above it: "— Dean Baker, Center for Economic and Policy Research"."""
INTERVIEW_LABEL = re.compile(r"([QA])(?:[:.]\s|(?=[A-Z][a-z]))")
"""The label of a question ("Q: ...", "QLast October, ...") or an answer ("A: ...") in an interview."""
MIN_INTERVIEW_LABELS = 2
MAX_SIGNATURE_WORDS = 12
PLACE_LABELS = ("GPE", "NORP")
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct", "nummod", "npadvmod", "det",
                                "prep", "pobj"})
UNLABELLED_NAME_LENGTHS = range(2, 4)
FUNCTION_WORDS = frozenset({"CCONJ", "SCONJ", "DET", "PRON", "PART"})
"""Parts of speech of the closed-class words the tagger may run into a name ("Neither Cruz")."""
MISLABELLED_NAMES = frozenset({"", "FAC", "PRODUCT", "WORK_OF_ART"})
"""Entity labels the small English model gives to unfamiliar (often Chinese) names."""
PRONOUN_SENTENCE_WINDOW = 4
HEADLINE_PARAGRAPHS = 3
"""The headline and the lines under it (a dek, a label such as "ABSTRACT.") that speak of its subject."""
CATAPHORA_SENTENCE_WINDOW = 2
SURNAME_SENTENCE_WINDOW = 2
NAMESAKE_MEMORY_SENTENCES = 10
"""A namesake named this many narrative sentences back is still in the reader's mind."""
SUBHEAD_MAX_CHARS = 80
"""Subheads are short lines; longer ones are prose however they read."""
"""Clauses whose subject a later pronoun can refer to; not a reported one ("Wang said Biden
could learn ...; “...,” he said" is Wang)."""
LINE_WORD = re.compile(r"\S+")
FIRST_LETTER = re.compile(r"[^\W\d_]")
CLOSING_MARKS = ".!?:;,)]"
"""What a line of prose, a caption or a citation ends with, inside any closing quote mark; a
heading ends with a word (or a quoted one: "... Worse Than Waterboarding'")."""
QUOTE_MARKS = "\"”'’"


@dataclass(frozen=True)
class Resolution:
    """Who a mention denotes: a full name and a role, each None when the article does not say."""

    name: str | None
    role: str | None


NOBODY = Resolution(None, None)
RESOLVER_KEY = "parley.speaker_resolver"
"""Where the quotes stage leaves its resolver in ``Doc.user_data``, for later stages to ask the same
questions without building another (:func:`article_resolver`)."""


def article_resolver(doc: Doc) -> SpeakerResolver | None:
    """The resolver the quotes stage built for ``doc``, knowing the speakers it resolved, if it ran."""
    return doc.user_data.get(RESOLVER_KEY)


def glued_headings(text: str, minor_words: frozenset[str]) -> list[tuple[int, int]]:
    """The headings that end lines they do not start: a live blog's entry title that the page's
    byline and time stamp run into ("... Featured February 6, 2016 9:26PMDonald Trump Booed After
    Telling Jeb Bush To Pipe Down"): a run of title-case words that ends a line without a closing
    mark, four words at least, after no lower-case word, which would run a sentence into it
    ("Additional reporting by Catherine Wong and William Zheng"). Its capitalised words are no
    names, as in any heading."""
    headings = []
    for line in LINE.finditer(text):
        if not _ends_with_word(line.group()):
            continue
        words = list(LINE_WORD.finditer(line.group().rstrip()))
        start = len(words)
        while start > 0 and _title_case_word(words[start - 1].group(), minor_words, last=start == len(words)):
            start -= 1
        while start < len(words) and not _capitalised(words[start].group()):
            start += 1
        run = [word.group() for word in words[start:]]
        glued = 0 < start and not words[start - 1].group().islower()
        if glued and len(run) >= MIN_HEADLINE_WORDS and sum(len(word) >= MIN_MAJOR_WORD_LENGTH for word in run) >= 2:
            headings.append((line.start() + words[start].start(), line.start() + words[-1].end()))
    return headings


def _ends_with_word(line: str) -> bool:
    """Whether a line ends as a heading does, with a word (or a quoted one), not a closing mark."""
    return line.rstrip().rstrip(QUOTE_MARKS)[-1:] not in ("", *CLOSING_MARKS)


def _title_case_word(word: str, minor_words: frozenset[str], last: bool) -> bool:
    """A word title case allows: capitalised, or a short or minor word inside the line."""
    return _capitalised(word) or not last and (len(word) < MIN_MAJOR_WORD_LENGTH or word.lower() in minor_words)


def _capitalised(word: str) -> bool:
    letter = FIRST_LETTER.search(word)
    return letter is not None and word[letter.start()].isupper()


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
        self._subheads = self._subhead_paragraphs()
        self._parsed_sentence_starts = [sent.start_char for sent in doc.sents]
        self._sentence_starts = self._narrative_sentence_starts()
        self.token_starts = doc.to_array(IDX).tolist()
        """Where each token starts, for bisecting an offset to its token (read off the doc's array, as
        :attr:`_word_positions` is)."""
        self._names: list[naming.NameMention] = []
        self._roles: dict[str, str] = {}
        self._genders: dict[str, str] = {}
        self._people: set[str] = set()
        self._salient: list[tuple[int, Resolution]] = []
        self._surnames_at: dict[int, str] = {}
        self._lists_at: dict[int, Token] = {}
        self._reported_subjects: list[tuple[int, str | None]] = []
        self._asides: list[tuple[int, str]] = []
        self._kin: set[str] = set()
        self._relatives: list[tuple[int, str, tuple[str, str]]] = []
        self._seen: dict[str, list[int]] = {}
        self._runs: dict[int, list[Token]] = {}
        self._reports: dict[int, int] = {}
        self._organisations_quoted: list[tuple[int, str]] = []
        self._headings = sorted(title_case_lines(self.text, self.lexicon.headline_minor_words)
                                + glued_headings(self.text, self.lexicon.headline_minor_words))
        self._entities = list(doc.ents)
        self._titled_surnames = self._proper_nouns_after(self.lexicon.honorifics)
        self._place_words = {t.text for ent in self._entities if ent.label_ in PLACE_LABELS for t in ent}
        self._given_name_entities = [list(ent) for ent in self._entities if self._given_name_entity(ent)]
        self._person_surnames = {ent[-1].text for ent in self._entities if ent.label_ == "PERSON"}
        self._other_entity_words = {t.text for ent in self._entities if ent.label_ != "PERSON" for t in ent}
        self._person_surnames |= {tokens[-1].text for tokens in self._given_name_entities}
        self._person_places = self._people_tagged_places()
        self._place_words -= self._person_places
        self._person_surnames |= self._person_places
        self._lowercase_words = {word for word in self._word_positions if word.islower()}
        self._read_person_mentions()

    def resolve(self, head: Token) -> Resolution:
        """The person (or organisation) a mention headed by `head` denotes."""
        lower = head.lower_
        label = self._transcript_label(head.idx)
        if label is not None and label.end(1) == head.idx + len(head):
            return self._labelled(label.group(1))
        named = self._named_after_roles(head)
        if named is not None:
            return self._person(named)
        if syntax.coordinated(head):
            return NOBODY
        generation = next((self.lexicon.generations[c.lower_] for c in head.children
                           if c.dep_ == "amod" and c.lower_ in self.lexicon.generations), None)
        if generation is not None and head.pos_ == "PROPN":
            return self._generation(head, generation)
        if lower == "who" and head.head.dep_ == "relcl":
            antecedent = syntax.relative_antecedent(head)
            return (self.resolve(syntax.role_holder(antecedent))
                    if antecedent is not None and syntax.just_before(head.head.head, head) else NOBODY)
        if head.text == "I":
            return self._transcript_speaker(head.idx)
        if lower in self.lexicon.pronouns or head.tag_ == "PRP$" and lower in self.lexicon.genders:
            gender = self.lexicon.genders.get(lower)
            continuing = head.dep_ == "nsubj" and self.lexicon.verb_lemma(head.head) in self.lexicon.continuation_verbs
            resolution = self._recent_person(head.idx, gender, syntax.clause_mates(head), continuing)
            if resolution.name is None:
                resolution = self._cataphoric_subject(head, gender)
            if resolution.name is None:
                resolution = self._headline_subject(head.idx, gender)
            self._learn_gender(resolution.name, gender)
            return resolution
        tagged = syntax.entity_tokens(head)
        entity = self._heading_name(tagged, head)
        if entity is not None and head.ent_type_ == "PERSON":
            return self._person(self._with_given_name(entity))
        if head.pos_ == "PROPN" and not self._title_or_role(head) and not syntax.group(head):
            chain = self._proper_name_chain(head)
            person = self._person(chain)
            organisation = (entity is not None and head.ent_type_ in syntax.ORGANISATION_LABELS and len(entity) > 1
                            and not any(t.text in naming.HYPHENS and t.whitespace_ for t in entity))
            named = self._person_inside(head) if entity is None and person.name not in self._people else None
            if named is not None:
                return self._person(named)
            if person.name is not None and (not organisation or person.name in self._people):
                return person
            if entity is None and person.name is None and syntax.titled_institution(head):
                return Resolution(naming.span_text(chain), None)
            if entity is None or self._namesakes(head.text, head.idx):
                return person
        if head.text[:1].isupper() and (entity is None or len(entity) == 1) and self._full_name(head.text, head.idx):
            return self._person([head])
        if (entity is not None and entity == tagged and head.ent_type_ in syntax.ORGANISATION_LABELS
                and not syntax.group(head) and not syntax.indefinite(head) and not self._surname_alone(entity)):
            return Resolution(naming.organisation_name(self._with_compounds(entity, head)), None)
        named = self._person_inside(head)
        if named is not None:
            return self._person(named)
        headlined = self._headline_role_holder(head)
        if headlined is not None:
            return Resolution(headlined, self._roles.get(headlined))
        if head.lemma_.lower() in self.lexicon.role_nouns or lower in self.lexicon.role_nouns:
            return self._description(head)
        if (head.lemma_.lower() in self.lexicon.kin_nouns
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)):
            return self._relative(head)
        if (head.pos_ == "NOUN" and syntax.definite(head)
                and naming.hyphenated_lemma(head) in self.lexicon.epithet_nouns):
            return Resolution(self._epithet_of(head), syntax.phrase_text(head))
        if head.pos_ == "NOUN" and syntax.definite(head):
            return Resolution(self._organisation_named_before(head), None)
        return NOBODY

    def remember(self, offset: int, resolution: Resolution) -> None:
        """Make a resolved speaker the antecedent of later pronouns and descriptions ("the
        company" for an organisation); not one who speaks as "I", whom no later "she" means."""
        if self._token_at(offset).text == "I":
            return
        if resolution.name in self._people:
            bisect.insort(self._salient, (offset, resolution), key=lambda item: item[0])
        elif resolution.name is not None:
            bisect.insort(self._organisations_quoted, (offset, resolution.name), key=lambda item: item[0])

    def _read_person_mentions(self) -> None:
        """Register every person named in the article, the roles the article (not a quote)
        gives them, and the ones that are the subject of a clause outside quotes (antecedents
        for later pronouns; one the article never names in full stops a pronoun from reaching
        past them). The narrative's own subject pronouns and relative "who" are read in the
        same pass, so a chain of "she ... she" keeps its person in view and teaches their
        gender ("Kelly Ayotte ... She said" makes a later "he" someone else), and so are its
        subjects that are a role held by someone named before ("the former Mexican president")."""
        quoted = [(span.start, span.end) for span in self._quoted]
        names_at: dict[int, str] = {}
        mentions = self._person_name_mentions()
        self._fuller_names = naming.fuller_forms(self._full_names_written(mentions))
        events = [(m[0].i, m) for m in mentions] + [(t.i, t) for t in self._narrative_subjects(quoted)]
        for _, item in sorted(events, key=lambda event: event[0]):
            if isinstance(item, list):
                self._read_name(item, quoted, names_at)
            elif item.pos_ == "NOUN":
                self._read_description(item)
            else:
                self._read_pronoun(item, names_at)

    def _read_name(self, mention: list[Token], quoted: list[tuple[int, int]], names_at: dict[int, str]) -> None:
        """Register one name mention: its person, role and gender, where the narrative names
        them (`names_at`, by token, for a relative "who" after it), and whether it is a topic. In
        a title-case heading a name ends before the first word that is no proper noun ("Salma
        Hayek Described Her Experience")."""
        tokens = self._name_tokens(mention)
        if tokens and self._in_heading(tokens[0].idx):
            tokens = list(itertools.takewhile(lambda token: token.tag_ == "NNP", tokens))
            mention = [t for t in mention if tokens and t.i <= tokens[-1].i]
        if not tokens or self._heading_words(tokens) or self._no_person(tokens):
            return
        offset = mention[0].idx
        full = self._full(tokens)
        role = self._role_of(mention[0].i, mention[-1].i + 1)
        gender = self._gender_of(mention, role)
        root = self.doc[mention[0].i : mention[-1].i + 1].root
        if full:
            name = self._same_person(tokens) or naming.span_text(tokens)
            self._names.append(naming.NameMention(offset, name, True))
            self._people.add(name)
            kin = self._kin_apposition(root)
            if kin is not None:
                self._kin.add(name)
                self._relatives.append((offset, name, naming.kin_key(kin)))
        else:
            name = self._surname_name(tokens[-1], offset, gender) if len(tokens) == 1 else (
                self._full_name(naming.span_text(naming.last_word(tokens)), offset, gender) if self._surname(tokens)
                else self._junior_named(tokens))
        inside_quote = any(start <= offset < end for start, end in quoted)
        if name is not None and role is not None and not inside_quote:
            self._roles.setdefault(name, role)
        if name is not None and gender is not None:
            self._genders.setdefault(name, gender)
        if name is not None:
            names_at.update((t.i, name) for t in mention)
            if not inside_quote:
                self._seen.setdefault(name, []).append(offset)
        if not (root.ent_type_ == "PERSON" or self._missed_surname(root)) or inside_quote:
            return
        if syntax.topic(root) and syntax.coordinated(root):
            self._salient.append((offset, NOBODY))
            self._lists_at[offset] = root
        elif syntax.topic(root):
            self._salient.append((offset, Resolution(name, None)))
            if name is None and self._surname(tokens):
                self._surnames_at[offset] = naming.span_text(naming.last_word(tokens))
        elif root.dep_ in syntax.SUBJECT_DEPS:
            self._reported_subjects.append((offset, name))
            report = syntax.report(root) if root.head.dep_ != "ccomp" else None
            if name is not None and (syntax.aside(root) or report is not None):
                self._asides.append((offset, name))
            if report is not None:
                self._reports[offset] = report

    def _narrative_subjects(self, quoted: list[tuple[int, int]]) -> list[Token]:
        """Subjects outside quotes that are a pronoun that says a gender ("she"), a relative
        "who", or a role after "the" ("the former Mexican president")."""
        return [t for t in self.doc if t.dep_ in syntax.SUBJECT_DEPS
                and (t.lower_ == "who" and t.head.dep_ == "relcl"
                     or t.tag_ == "PRP" and t.lower_ in self.lexicon.genders
                     or t.tag_ == "NN" and t.lower_ in self.lexicon.role_nouns
                     and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children))
                and not any(start <= t.idx < end for start, end in quoted)]

    def _read_description(self, head: Token) -> None:
        """ "Calderon told CNBC. / But the former Mexican president didn't stop there. / “...,” he
        continued": a role that the last person named with it holds keeps them in view, and is
        the antecedent of a later pronoun when it is what its clause is about -- not a holder out
        of view when someone else was just the subject (":meth:`_someone_else_in_view`"): "Republican
        Sen. John McCain ... / Democratic presidential candidate Bernie Sanders is choosing ... /
        Instead, the Vermont senator is sticking ... / “...,” he told supporters" is Sanders."""
        holders = [m for m in self._names if m.offset < head.idx and head.lower_ in self._role_nouns_of(m.name)]
        if not holders or self._someone_else_in_view(holders[-1].name, holders[-1].offset, head):
            return
        self._seen.setdefault(holders[-1].name, []).append(head.idx)
        if syntax.topic(head):
            self._salient.append((head.idx, Resolution(holders[-1].name, None)))

    def _read_pronoun(self, pronoun: Token, names_at: dict[int, str]) -> None:
        """ "Deja Stewart, who forced me ... when she called him": the relative clause is about
        the person named, within its sentence; "she said" is about the person it resolves to,
        who has the pronoun's gender from then on; a pronoun in another clause ("the danger he
        sees") that agrees with the gender the article gave its person keeps them in view."""
        if pronoun.lower_ == "who":
            antecedent = syntax.relative_antecedent(pronoun)
            name = names_at.get(antecedent.i) if antecedent is not None else None
            if name is not None:
                self._asides.append((pronoun.idx, name))
            return
        gender = self.lexicon.genders[pronoun.lower_]
        name = self._recent_person(pronoun.idx, gender, syntax.clause_mates(pronoun)).name
        if name not in self._people:
            return
        if syntax.topic(pronoun):
            self._learn_gender(name, gender)
            self._salient.append((pronoun.idx, Resolution(name, None)))
        elif self._genders.get(name) == gender:
            self._seen.setdefault(name, []).append(pronoun.idx)

    def _learn_gender(self, name: str | None, gender: str | None) -> None:
        """A pronoun resolved to a person whose gender the article did not say teaches it."""
        if name in self._people and gender is not None:
            self._genders.setdefault(name, gender)

    def _kin_apposition(self, root: Token) -> Token | None:
        """ "Dorothy Woods, whose husband, Navy SEAL Ty Woods, ...": the family word that names a
        relative beside a person, who is not who their shared surname means later."""
        kin = self.lexicon.kin_nouns
        if root.dep_ in ("appos", "compound") and root.head.lemma_.lower() in kin:
            return root.head
        return next((c for c in root.lefts if c.dep_ == "compound" and c.lemma_.lower() in kin), None)

    def _relative(self, head: Token) -> Resolution:
        """ "his brother added": the one person the article named earlier as a relative of that
        kind, of an owner the same pronoun can mean ("his brother Alastair Osman", not "her
        brother ..."); nobody when it named none or several."""
        kin = naming.kin_key(head)
        named = {name for offset, name, key in self._relatives
                 if offset < head.idx and key[0] == kin[0] and key[1] in ("", kin[1])}
        if len(named) != 1:
            return NOBODY
        name = named.pop()
        return Resolution(name, self._roles.get(name))

    def _person_name_mentions(self) -> list[list[Token]]:
        """PERSON entities, plus runs of two or three capitalised proper nouns the tagger
        left unlabelled ("Le Yucheng"), names it labelled an organisation that start with a
        given name ("Sean Hannity") and lone surnames of those people ("Oksuz", "Weiner"
        after "Adil Oksuz", "Anthony Weiner"), in text order."""
        mentions = [self._with_given_name(list(ent)) for ent in self._entities if ent.label_ == "PERSON"]
        mentions += self._given_name_entities
        for tokens in self._given_name_entities:
            self._runs.update((t.i, tokens) for t in tokens)
        run: list[Token] = []
        for token in list(self.doc) + [None]:
            if token is not None and (self._unlabelled_name_word(token) or run and naming.inline_space(token)):
                run.append(token)
                continue
            if run and self._names_someone(run):
                mentions.append(run)
            if token is not None and token.pos_ == "NOUN" and self._missed_surname(token):
                mentions.append([token])
            run = []
        mentions += [[ent[0]] for ent in self._entities if (ent.label_ == "ORG" or ent.text in self._person_places)
                     and self._missed_surname(ent[0]) and len(self._name_tokens(list(ent))) == 1]
        return naming.joined_across_spaces(sorted(mentions, key=lambda tokens: tokens[0].i))

    def _names_someone(self, run: list[Token]) -> bool:
        """Whether a run of capitalised proper nouns the tagger left unlabelled is a name: two or
        three words that do not end as an organisation's name (registered in `_runs`), or a lone
        surname. Trailing spaces leave the run."""
        while run and run[-1].is_space:
            run.pop()
        words = [t for t in run if not t.is_space]
        if len(words) in UNLABELLED_NAME_LENGTHS and not self._organisation_words(words):
            self._runs.update((t.i, run) for t in run)
            return True
        return len(words) == 1 and (self._missed_surname(run[0]) or naming.after_person_space(run[0])
                                    and run[0].text not in self._other_entity_words)

    def _with_given_name(self, entity: list[Token]) -> list[Token]:
        """ "Breitbart London’s Raheem Kassam" with only "Kassam" tagged a person: an unlabelled
        capitalised proper noun just before a one-word name is its given name -- not a word
        capitalised because it starts a sentence ("Though Kaine has"), nor a title ("Senators
        Rubio and Cruz"), nor before a word the tagger calls something else elsewhere ("Wilayat
        Twitter")."""
        first = entity[0]
        before = first.doc[first.i - 1] if first.i > 0 else None
        if (len(entity) == 1 and before is not None and before.whitespace_ and self._unlabelled_name_word(before)
                and before.tag_ == "NNP" and not self._title_or_role(before) and not before.is_sent_start
                and before.text not in self._person_surnames
                and first.text not in self._other_entity_words):
            return [before, *entity]
        return entity

    def _heading_words(self, tokens: list[Token]) -> bool:
        """Whether a name mention is capitalised words of a title-case line rather than a name:
        every one in the headline (its names come again in the text); in a heading inside the
        text ("Key Takeaways: ...", "Salma Hayek Described Her Experience ...", which may be the
        only place a person is named in full) all but a name of two or three words that the tagger
        labels a person there or by its surname elsewhere."""
        offset = tokens[0].idx
        if not self._in_heading(offset):
            return False
        headline = self._in_headline(offset)
        labelled = all(t.ent_type_ == "PERSON" for t in tokens) or tokens[-1].text in self._person_surnames
        person = labelled and len(tokens) in UNLABELLED_NAME_LENGTHS
        return headline or not person

    def _in_headline(self, offset: int) -> bool:
        """Whether `offset` is in a title-case line that opens the article."""
        return (bool(self._headings) and not self.text[: self._headings[0][0]].strip()
                and self._headings[0][0] <= offset < self._headings[0][1])

    def _heading_name(self, entity: list[Token] | None, head: Token) -> list[Token] | None:
        """ "Cruz: Trump Would Put Liberals On Court": in a title-case heading the tagger runs a
        name into the capitalised words after it; there an entity ends at the mention's head,
        unless the article gives the longer name as a person's outside headings (an
        organisation cut short this way is no name: "Top Climate Group Will Run Ads")."""
        if (entity is None or not self._in_heading(head.idx)
                or naming.span_text(self._name_tokens(entity) or entity) in self._people):
            return entity
        return entity[: head.i - entity[0].i + 1]

    def _organisation_words(self, words: list[Token]) -> bool:
        """ "Right Wing Watch": capitalised words that end as organisations' names do, not after
        a common given name."""
        return (words[-1].lower_ in self.lexicon.organisation_name_ends
                and words[0].lower_ not in self.lexicon.first_names)

    def _people_tagged_places(self) -> set[str]:
        """Words the tagger labels a place somewhere that the article uses for a person more often
        than for a place ("Ramos" labelled a person, written after "Mr." or the subject of "said"
        more often than labelled a place); "Washington" or "Georgia" in most articles stay places,
        and "Jordan said" alone is no person."""
        person, place = Counter(), Counter()
        for token in (self.doc[i] for word in self._place_words for i in self._word_positions.get(word, ())):
            if token.ent_type_ in PLACE_LABELS:
                place[token.text] += 1
            titled = token.i > 0 and self.doc[token.i - 1].lower_ in self.lexicon.titles
            speaks = (token.dep_ in syntax.SUBJECT_DEPS
                      and self.lexicon.verb_lemma(token.head) in self.lexicon.speech_verbs)
            if token.ent_type_ == "PERSON" or titled or speaks:
                person[token.text] += 1
        return {word for word, count in person.items() if count > place[word] and word.istitle()}

    def _no_person(self, tokens: list[Token]) -> bool:
        """ "the Obama White House", "Merry Christmas": a name the tagger may label a person that
        holds an institution's place or a greeting, and so names no one."""
        return naming.holds_phrase(tokens, self.lexicon.not_person_names)

    def _given_name_entity(self, ent: SpacySpan) -> bool:
        """ "an interview with Sean Hannity" tagged an organisation: two or three capitalised
        proper nouns after a common given name, or two ending in a surname the article writes
        after an honorific ("said Sylke Tempel" beside "Ms. Tempel")."""
        return (ent.label_ == "ORG" and len(ent) in UNLABELLED_NAME_LENGTHS
                and (ent[0].lower_ in self.lexicon.first_names
                     or len(ent) == 2 and ent[-1].text in self._titled_surnames)
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in ent))

    def _missed_surname(self, token: Token) -> bool:
        """A proper noun the tagger did not label a person that is the surname of one it did."""
        return token.pos_ in ("PROPN", "NOUN") and token.text in self._person_surnames and token.ent_type_ != "PERSON"

    def _same_person(self, tokens: list[Token]) -> str | None:
        """The full name the article gives the person with these first and last names
        ("Donald J. Trump" for a later "Donald Trump") or whose name this ends ("Marine Le
        Pen" for "Le Pen"), so one person keeps one name: the fullest the article writes
        anywhere ("Donald J. Trump" for an abstract's "Donald Trump" before it)."""
        text = naming.span_text(tokens)
        ends, suffix = naming.ends(text), naming.suffix(text)
        same = [m.name for m in self._names
                if naming.ends(m.name) == ends and (not suffix or naming.suffix(m.name) == suffix)]
        longer = {m.name for m in self._names if m.name.endswith(" " + text)}
        known = same[0] if same else longer.pop() if len(longer) == 1 else None
        return self._fuller_names.get(known or text, known)

    def _full_names_written(self, mentions: list[list[Token]]) -> list[str]:
        """The full names the article writes outside headings, as written; none when no name has a
        middle initial, which is all :func:`naming.fuller_forms` looks for."""
        if not any(naming.INITIALS.match(token.text) for mention in mentions for token in mention[1:-1]):
            return []
        names = (self._name_tokens(mention) for mention in mentions)
        return [naming.span_text(tokens) for tokens in names
                if tokens and not self._in_heading(tokens[0].idx) and self._full(tokens)]

    def _surname(self, tokens: list[Token]) -> bool:
        """Whether a name is one word, or a surname with its particle that the article also
        writes inside a full name ("De Blasio" beside "Bill de Blasio"; "Le Yucheng" is a
        full name)."""
        last = naming.last_word(tokens)
        if len(last) == len(tokens):
            return True
        particles = [t.lower_ for t in tokens[: -len(last)]]
        return (all(p in self.lexicon.name_particles for p in particles)
                and f" {' '.join(particles)} {naming.span_text(last)}" in self.text)

    def _full(self, tokens: list[Token]) -> bool:
        return (naming.full_name_tokens(tokens, self.lexicon.name_particles) and not self._surname(tokens)
                and not self._given_name_and_suffix(tokens))

    def _given_name_and_suffix(self, tokens: list[Token]) -> bool:
        """ "His son Donald Jr.": a given name and a generational suffix, no full name."""
        return len(tokens) == 2 and tokens[-1].lower_ in self.lexicon.name_suffixes

    def _junior_named(self, tokens: list[Token]) -> str | None:
        """The one full name anywhere in the article that a given name and suffix stand for
        ("Donald Trump Jr." for "Donald Jr.")."""
        if not self._given_name_and_suffix(tokens):
            return None
        names = {m.name for m in self._names
                 if m.full and naming.ends(m.name)[0] == tokens[0].text and naming.suffix(m.name) == tokens[-1].lower_}
        return names.pop() if len(names) == 1 else None

    def _generation(self, head: Token, generation: str) -> Resolution:
        """ "the younger Mr. Trump": of the namesakes the article gives in full, the one whose
        suffix makes them the junior ("Donald Trump Jr."), or for "the elder" the one they are
        named after; nobody when the article gives no such pair."""
        namesakes = naming.namesakes([m for m in self._names if m.full], head.text, None, self._genders)
        juniors = naming.juniors(namesakes)
        seniors = {name for name in namesakes - juniors
                   if any(naming.ends(name) == naming.ends(junior) for junior in juniors)}
        chosen = juniors if generation == "junior" else seniors
        if len(chosen) != 1:
            return NOBODY
        name = chosen.pop()
        return Resolution(name, self._roles.get(name))

    def _title_or_role(self, token: Token) -> bool:
        return self._title_word(token) and not self._given_name_like_title(token)

    def _title_word(self, token: Token) -> bool:
        lower = token.lower_
        return (lower in self.lexicon.titles or lower in self.lexicon.role_nouns
                or token.lemma_.lower() in self.lexicon.role_nouns)

    def _given_name_like_title(self, token: Token) -> bool:
        """ "Japanese Defence Minister Gen Nakatani": a title's abbreviation without a period
        that the tagger puts in a person's name right after another title is a given name."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (token.lower_ in self.lexicon.title_abbreviations and not token.text.endswith(".")
                and (after is None or after.text != ".") and token.ent_type_ == "PERSON"
                and token.i > 0 and self._title_word(doc[token.i - 1]))

    def _role_word(self, token: Token) -> bool:
        """Whether a noun names a role or a kind of person ("pollster", "director"), as an
        apposition that gives a role must ("Harman, now director of ..."), unlike one that
        does not ("Clinton, Britain's uprising ...")."""
        return token.lower_ in self.lexicon.role_words or token.lemma_.lower() in self.lexicon.role_words

    def _unlabelled_name_word(self, token: Token) -> bool:
        """A word of a name the tagger left unlabelled -- not a word it labels a place
        elsewhere in the article ("China" in a heading's "U.S.-China Relations")."""
        return (token.pos_ == "PROPN" and token.ent_type_ in MISLABELLED_NAMES and token.text.istitle()
                and token.lower_ not in self.lexicon.role_nouns and token.lower_ not in self.lexicon.titles
                and token.text not in self._place_words)

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
        """A name without the titles and roles before it ("Assemblywoman Claudia Tenney",
        "Secretary-Treasurer Gary Casteel", "GOP Rep McCaul") and a possessive after it
        ("President Xi’s"), a word a hyphen joins to it ("Donald Trump-led", not "Ban Ki-moon"),
        and the spaces inside it ("Ted\xa0Cruz"); and a function word that opens its sentence
        ("Neither Cruz nor Christie", tagged one person), which no name starts with but a particle
        ("De Blasio"); nor the title-case headline phrase the tagger ran into it from its first
        capitalised preposition ("Obama Under Fire From Democrats")."""
        tokens = [t for t in tokens if not t.is_space]
        headline = next((i for i, t in enumerate(tokens) if i and t.pos_ == "ADP" and t.text.istitle()
                         and t.lower_ not in self.lexicon.name_particles), None)
        tokens = tokens[:headline] if headline else tokens
        while (len(tokens) > 1 and tokens[0].pos_ in FUNCTION_WORDS
               and tokens[0].lower_ not in self.lexicon.name_particles):
            tokens = tokens[1:]
        titles = [i for i, t in enumerate(tokens[:-1])
                  if self._title_or_role(t) or t.lower_ == "the" or t.text in naming.HYPHENS and t.whitespace_]
        if titles:
            tokens = tokens[titles[-1] + 1 :]
        if (len(tokens) > 2 and tokens[-2].text in naming.HYPHENS and tokens[-1].is_lower and tokens[-1].pos_ != "PROPN"
                and not naming.is_hyphenated_name_part(tokens[-1])):
            tokens = tokens[:-2]
        while tokens and (tokens[-1].tag_ == "POS" or not tokens[-1].text[:1].isalpha()):
            tokens = tokens[:-1]
        return tokens

    def _person(self, tokens: list[Token]) -> Resolution:
        """The person a name denotes; in a title-case heading only a name the article gives a
        person elsewhere or one that starts with a given name ("Ann Coulter: And Then There Was
        the One"), or else its last word as a surname ("Trump May Not Have Suggested")."""
        names = self._name_tokens(tokens)
        if not names or self._no_person(names):
            return NOBODY
        offset = names[0].idx
        full = self._full(names)
        known = (self._same_person(names)
                 or (naming.span_text(names) if naming.span_text(names) in self._people else None))
        if full and self._in_heading(offset) and known is None and names[0].lower_ not in self.lexicon.first_names:
            name = self._full_name(names[-1].text, offset, self._gender_of(tokens, None))
        elif full:
            name = known or naming.span_text(names)
        elif len(names) == 1:
            name = self._surname_name(names[0], offset, self._gender_of(tokens, None))
        elif self._surname(names):
            name = self._full_name(naming.span_text(naming.last_word(names)), offset, self._gender_of(tokens, None))
        else:
            name = self._junior_named(names)
        if name is None:
            return NOBODY
        role = self._role_of(tokens[0].i, tokens[-1].i + 1) or self._roles.get(name)
        return Resolution(name, role)

    def _namesakes(self, word: str, before: int, gender: str | None = None) -> set[str]:
        """The full names given earlier that `word` can stand for: surnames before first
        names ("Gorka" is Sebastian Gorka, not a headline's "Gorka Slam"), and none the
        article gives the other gender ("Mrs. Clinton" is not Bill Clinton)."""
        return naming.namesakes(self._names_before(before), word, gender, self._genders)

    def _names_before(self, offset: int) -> list[naming.NameMention]:
        return [m for m in self._names if m.full and m.offset < offset]

    def _full_name(self, word: str, at: int, gender: str | None = None) -> str | None:
        """The one person named earlier whose last (or else first) name is `word`; among
        namesakes, the one named in this paragraph in the last couple of sentences, or in the
        sentence just before when the others have not been in view for a while ("Marco Rubio’s
        speech. / ... when Rubio thanked Miami", long after a "Mario Rubio"). A
        surname used before the full name is given ("Trump" in a headline) takes the one
        full name the article gives later, by its surname or a common given name ("Hillary: ...";
        not "EgyptAir said" for an "EgyptAir Crash" that a link at the page's end makes a
        person), and a bare surname no full name completes is unresolved here (see
        :meth:`_surname_name`)."""
        candidates = self._narrated(self._namesakes(word, at, gender), at)
        if not candidates:
            later = naming.namesakes([m for m in self._names if m.full and m.offset > at], word, gender, self._genders)
            if word.lower() not in self.lexicon.first_names:
                later = {name for name in later if naming.ends(name)[1] == word}
            return later.pop() if len(later) == 1 else None
        if all(naming.ends(name)[1] == word for name in candidates):
            candidates -= naming.juniors(candidates)
        if len(candidates) == 1:
            return candidates.pop()
        paragraph, sentence = self.paragraph(at), self._sentence(at)
        recent = {
            m.name for m in self._names
            if m.full and m.name in candidates and m.offset < at
            and self.paragraph(m.offset) == paragraph
            and sentence - self._sentence(m.offset) <= SURNAME_SENTENCE_WINDOW
        }
        if len(recent) == 1:
            return recent.pop()
        just_named = {m.name for m in self._names_before(at)
                      if m.name in candidates and sentence - self._sentence(m.offset) <= 1}
        if not recent and len(just_named) == 1 and not self._seen_lately(candidates - just_named, at):
            return just_named.pop()
        unrelated = candidates - self._kin
        return unrelated.pop() if not recent and len(unrelated) == 1 else None

    def _narrated(self, candidates: set[str], at: int) -> set[str]:
        """Namesakes without the ones only a quote names ("a shirt that read ''Fascist Trump''"),
        when the narrative named another before `at`: its surnames and titles mean the latter."""
        narrated = {name for name in candidates if any(offset < at for offset in self._seen.get(name, []))}
        return narrated or candidates

    def _surname_name(self, token: Token, at: int, gender: str | None) -> str | None:
        """The name a one-word mention stands for: the full name the text gives, else, when the
        article never completes it and it only ever names a person, the one given name it writes
        before it where the tagger missed it ("Actress Amandla Stenberg", a headline's "Cecile
        Richards: ..."), or the word itself ("Trump" in a column that never writes "Donald")."""
        word = token.text
        name = self._full_name(word, at, gender)
        if name is not None or not self._lone_surname(token):
            return name
        name = self._given_name_before(word)
        return name if name is not None or self._name_word_before(token) else word

    def _name_word_before(self, token: Token) -> bool:
        """Whether a capitalised word that is no title or role stands right before `token`
        ("-Nate Cohn" after a bullet): a name the mention holds but the parse split."""
        before = token.nbor(-1) if token.i > 0 else None
        return (before is not None and before.pos_ == "PROPN" and before.text.lstrip(naming.BULLETS)[:1].isupper()
                and not self._title_or_role(before))

    def _lone_surname(self, token: Token) -> bool:
        """Whether a proper noun names a person the text never gives a full name: the tagger
        labels it a person somewhere (and often an organisation too, as the small model does to
        surnames), never a place; it is no acronym ("SVP"), no plural ("Aides" opening a
        sentence) and no word the article also writes in lower case."""
        word = token.text
        return (token.tag_ == "NNP" and word in self._person_surnames and word not in self._place_words
                and not word.isupper() and word.lower() not in self._lowercase_words
                and not naming.namesakes([m for m in self._names if m.full], word, None, self._genders))

    def _given_name_before(self, word: str) -> str | None:
        """The one given name the article writes right before `word` where the tagger left it out
        of the person: a capitalised proper noun that is no title, role or place, and belongs to
        no other entity ("Islamic State Twitter"). None when a title also stands before `word`
        ("President Obama" beside "Michelle Obama": two people may share it)."""
        before = [self.doc[i - 1] for i in self._word_positions.get(word, ()) if i > 0]
        if any(self._title_or_role(token) for token in before):
            return None
        names = {f"{token.text} {word}" for token in before
                 if token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()
                 and token.text not in self._place_words
                 and naming.entity_start(token) in (None, naming.entity_start(token.nbor()))
                 and not self._heading_word(token)}
        return names.pop() if len(names) == 1 else None

    def _proper_nouns_after(self, words: frozenset[str]) -> set[str]:
        """The proper nouns written right after any of `words` (in lower case): "Tempel" after "Ms."."""
        after = [i + 1 for word, positions in self._word_positions.items() if word.lower() in words for i in positions]
        return {self.doc[i].text for i in after if i < len(self.doc) and self.doc[i].pos_ == "PROPN"}

    @cached_property
    def _word_positions(self) -> dict[str, list[int]]:
        """Where each word stands, read once for the questions asked of every occurrence of a word: off the
        doc's array of word ids, each id spelt out once, since a Token object and its string for every
        token cost a few percent of the stage."""
        positions: dict[int, list[int]] = {}
        for i, word in enumerate(self.doc.to_array(ORTH).tolist()):
            positions.setdefault(word, []).append(i)
        strings = self.doc.vocab.strings
        return {strings[word]: found for word, found in positions.items()}

    def _heading_word(self, token: Token) -> bool:
        """Whether a word is capitalised only because a title-case line is: anything there but a
        known given name or the line's first word ("Cecile Richards: ...", not "... Following Trump’s")."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        return (self._in_heading(token.idx) and token.lower_ not in self.lexicon.first_names
                and self.text[line_start : token.idx].strip() != "")

    def _seen_lately(self, names: set[str], at: int) -> bool:
        """Whether the narrative named any of these people in the last few sentences before `at`,
        under the same heading: a heading opens a new entry of a live blog or a new section."""
        sentence = self._sentence(at)
        return any(offset < at and sentence - self._sentence(offset) <= NAMESAKE_MEMORY_SENTENCES
                   and not self._heading_between(offset, at)
                   for name in names for offset in self._seen.get(name, []))

    def _heading_between(self, offset: int, at: int) -> bool:
        index = bisect.bisect_left(self._section_headings, offset + 1)
        return index < len(self._section_headings) and self._section_headings[index] < at

    @cached_property
    def _section_headings(self) -> list[int]:
        """Where the headings that open a section start: title-case lines that end with a word (not
        a photo credit, "Samantha-Jo Roth/HuffPost.", nor a label, "Stated Stone:")."""
        return [start for start, end in self._headings if _ends_with_word(self.text[start:end])]

    def _recent_person(self, at: int, gender: str | None = None, others: frozenset[str] = frozenset(),
                       continuing: bool = False) -> Resolution:
        """A pronoun's antecedent: the last person who spoke or was a subject just before,
        passing over people the article gives the other gender ("she" is not "Mr. Le") and
        people named in the pronoun's own clause (`others`: "he told Hannity" is not
        Hannity); none when that subject is someone the article never names in full. A
        later mention of the person in any role keeps them near ("I told Sanders ... / “...,”
        he responded"), but only the nearest candidate of the pronoun's gender is tried. The
        subject of a "he added" (`continuing`) goes on speaking: not someone named in or
        after the last speaker's words (see :meth:`_aside_before`, :meth:`_rival_after`)."""
        index = bisect.bisect_left(self._salient, at, key=lambda item: item[0]) - 1
        aside = (None if continuing
                 else self._aside_before(self._salient[index][0] if index >= 0 else -1, at, gender, others))
        if aside is not None:
            return aside
        for offset, resolution in reversed(self._salient[: max(index + 1, 0)]):
            other_gender = gender is not None and self._genders.get(resolution.name, gender) != gender
            if other_gender:
                continue
            if not self._near(self._last_seen(resolution.name, offset, at), at):
                break
            if resolution.name is not None and naming.ends(resolution.name)[1] in others:
                continue
            if resolution.name is None and offset in self._lists_at:
                return self._listed_of_gender(self._lists_at[offset], gender)
            if resolution.name is None:
                return self._namesake_of_gender(offset, gender)
            if not continuing and self._rival_after(offset, at, resolution.name, gender):
                return NOBODY
            return Resolution(resolution.name, resolution.role or self._roles.get(resolution.name))
        reported = self._reported_subject_before(at, gender)
        if reported is None:
            reported = self._only_one_of_gender(at, gender)
        return NOBODY if reported.name is not None and naming.ends(reported.name)[1] in others else reported

    def _cataphoric_subject(self, pronoun: Token, gender: str | None) -> Resolution:
        """ "As she stepped forward, Ms. Martinez passed ...": the subject of a clause set before
        its main clause is the main clause's named subject, when no one earlier is in view and
        the article gave that person the pronoun's gender."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or gender is None or clause.dep_ != "advcl" or clause.i > clause.head.i:
            return NOBODY
        subject = next((c for c in clause.head.children if c.dep_ in syntax.SUBJECT_DEPS and c.i > clause.i), None)
        if subject is None or subject.pos_ != "PROPN":
            return NOBODY
        resolution = self.resolve(subject)
        return (resolution if resolution.name in self._people and self._genders.get(resolution.name) == gender
                else NOBODY)

    def _headline_subject(self, at: int, gender: str | None) -> Resolution:
        """ "Trump fires up G.O.P. base. / ABSTRACT. / His popularity, even after he criticized ...":
        a pronoun that says a gender, in the headline or the lines just under it, before the text
        names anyone, is the one person of that gender the headline names by the surname of a full
        name the article gives later (not a "who": "Actor Who Endorsed Ted Cruz"), when the text
        under the headline had no other subject before it ("Obama Pardons Turkey / A farmer ... He
        said"), unless one the pronoun's person owns ("His popularity ... shows")."""
        headline_end = self._paragraph_starts[1] if len(self._paragraph_starts) > 1 else len(self.text)
        before = self.doc[: self._token_at(at).i]
        if (gender is None or self.paragraph(at) > HEADLINE_PARAGRAPHS or self._names_before(at)
                or any(headline_end <= offset < at for offset, _ in self._salient)
                or any(t.dep_ in syntax.SUBJECT_DEPS and t.pos_ == "NOUN" and t.idx >= headline_end
                       and not any(c.dep_ == "poss" for c in t.children) for t in before)):
            return NOBODY
        words = {t.text for t in before if t.idx < headline_end and t.text[:1].isupper()}
        named = {m.name for m in self._names if m.full and naming.ends(m.name)[1] in words
                 and self._genders.get(m.name, gender) == gender}
        if len(named) != 1:
            return NOBODY
        name = named.pop()
        return Resolution(name, self._roles.get(name))

    def _last_seen(self, name: str | None, offset: int, at: int) -> int:
        """Where the article last named a person before `at`, in any role ("I told Sanders
        ..."): a mention that is no subject still keeps its person in view for a pronoun."""
        seen = self._seen.get(name, []) if name is not None else []
        index = bisect.bisect_left(seen, at) - 1
        return max(offset, seen[index]) if index >= 0 else offset

    def _aside_before(self, after: int, at: int, gender: str | None, others: frozenset[str]) -> Resolution | None:
        """ "the same wording Paul Ryan used when he was asked", "Deja Stewart, who ... when she
        called him": the subject of a relative clause is an antecedent within its own sentence
        only, and only after the last subject; the subject of a clause inside a reported one only
        within that report ("Hoekstra said that if Mr. Obama opted to make one, he should have
        insisted"; not the reported clause's own subject: "Emanuel said Mr. Bush had not won him
        over, but he sounded a nostalgic note")."""
        sentence = bisect.bisect_right(self._parsed_sentence_starts, at)
        for offset, name in reversed(self._asides):
            same_sentence = bisect.bisect_right(self._parsed_sentence_starts, offset) == sentence
            same_report = offset not in self._reports or self._within_report(self._reports[offset], at)
            if after < offset < at and same_sentence and same_report and naming.ends(name)[1] not in others:
                if gender is None or self._genders.get(name, gender) == gender:
                    return Resolution(name, self._roles.get(name))
        return None

    def _within_report(self, report: int, at: int) -> bool:
        """Whether the word at `at` is inside the reported clause `report` or the subject of the
        verb that reports it ("Though Ms. Olivieri has spent ..., the influx has led to ..., she said")."""
        token = self._token_at(at)
        return syntax.report(token) == report or token.head == self.doc[report].head

    def _reported_subject_before(self, at: int, gender: str | None) -> Resolution | None:
        """With no subject of a main clause near a pronoun, the last person of its gender who
        was the subject of another clause just before ("... the jobs Weiner has lost. / In 2011,
        he resigned")."""
        for offset, name in reversed([item for item in self._reported_subjects if item[0] < at]):
            if not self._near(offset, at):
                return None
            if name is None:
                return NOBODY
            if gender is None or self._genders.get(name, gender) == gender:
                return Resolution(name, self._roles.get(name))
        return None

    def _near(self, offset: int, at: int, sentences: int = PRONOUN_SENTENCE_WINDOW) -> bool:
        """Whether a mention at `offset` is close enough to refer to, or be referred to by,
        one at `at`: in the same or the next paragraph, a few sentences on; a subhead between
        them does not count ("“...,” he said. / – Country less safe – / “...,” he said")."""
        first, last = self.paragraph(offset), self.paragraph(at)
        between = bisect.bisect_left(self._subheads, last) - bisect.bisect_right(self._subheads, first)
        return last - first - max(between, 0) <= 1 and self._sentence(at) - self._sentence(offset) <= sentences

    def _rival_after(self, offset: int, at: int, name: str, gender: str | None) -> bool:
        """Whether someone else of the pronoun's gender is the subject of a reported clause in a
        later sentence than the antecedent ("the government declared Oksuz was a leader of the
        plot. He was briefly detained"), so the pronoun may be either of them."""
        sentence = self._sentence(offset)
        return any(
            offset < other < at and self._sentence(other) > sentence and other_name != name
            and (other_name is None or gender is None or self._genders.get(other_name, gender) == gender)
            for other, other_name in self._reported_subjects
        )

    def _listed_of_gender(self, first: Token, gender: str | None) -> Resolution:
        """ "Hillary Clinton and Bernie Sanders clashed ... as she doubled down": of the people a
        list subject names, the one person the article gave the pronoun's gender; nobody when
        several may be meant ("Govs. Jeb Bush and Chris Christie, ... / He dismissed ...")."""
        listed = {self._person(syntax.entity_tokens(t) or [t]).name
                  for t in (first, *first.conjuncts) if t.ent_type_ == "PERSON"}
        named = {name for name in listed
                 if name in self._people and gender is not None and self._genders.get(name) == gender}
        if len(named) != 1 or None in listed or len(listed - named) != sum(
                self._genders.get(name, gender) != gender for name in listed - named):
            return NOBODY
        name = named.pop()
        return Resolution(name, self._roles.get(name))

    def _namesake_of_gender(self, offset: int, gender: str | None) -> Resolution:
        """ "Clinton ... remembers ...; she said": a surname two people share, when only one of
        them has the pronoun's gender."""
        word = self._surnames_at.get(offset)
        candidates = self._namesakes(word, offset, gender) if word is not None and gender is not None else set()
        if len(candidates) != 1:
            return NOBODY
        name = candidates.pop()
        return Resolution(name, self._roles.get(name))

    def _transcript_label(self, at: int) -> re.Match[str] | None:
        """The all-capital speaker label that opens the paragraph holding `at` ("FALLIN: ...")."""
        return TRANSCRIPT_LABEL.match(self.text, self._paragraph_starts[self.paragraph(at) - 1])

    def _transcript_speaker(self, at: int) -> Resolution:
        """ "I" in an interview transcript: the person whose label opens the paragraph
        ("FALLIN: Well, I think ...", "Chris Matthews: I ..."), or whose signature line follows
        the pull quote it is in; else the author of a column."""
        label = self._transcript_label(at)
        if label is not None:
            return self._labelled(label.group(1))
        name = self._name_label(at) or self._signature(at)
        if name is not None and self._names_person(name):
            return self._labelled(name)
        if self._answering(at):
            return self._interviewee()
        return self._columnist(at)

    def _answering(self, at: int) -> bool:
        """Whether `at` is in an interview's answer: the last question or answer label at or
        before its paragraph ("Q: ... / A: I think ... / And I ...") is an answer's."""
        for paragraph in range(self.paragraph(at), 0, -1):
            label = INTERVIEW_LABEL.match(self.text, self._paragraph_starts[paragraph - 1])
            if label is not None:
                return label.group(1) == "A"
        return False

    def _interviewee(self) -> Resolution:
        """Who answers in a question-and-answer article: the one person its headline names in
        full ("Q&A with Vice President Joe Biden"), when it has several questions and answers."""
        labels = [INTERVIEW_LABEL.match(self.text, start) for start in self._paragraph_starts]
        kinds = [label.group(1) for label in labels if label is not None]
        headline_end = self._paragraph_starts[1] if len(self._paragraph_starts) > 1 else len(self.text)
        named = {ent.text for ent in self._entities
                 if ent.label_ == "PERSON" and ent.end_char <= headline_end and len(ent) > 1}
        if min(kinds.count("Q"), kinds.count("A")) < MIN_INTERVIEW_LABELS or len(named) != 1:
            return NOBODY
        return self._labelled(named.pop())

    def _names_person(self, label: str) -> bool:
        """Whether a label in title case is a person's name: the full name of a person the
        article names, or a given name and a surname ("Chris Matthews"), not a heading ("Key
        Takeaways")."""
        words = label.split()
        if words[-1].lower() in self.lexicon.headings:
            return False
        return any(naming.same_ends(name, words) for name in self._people) or self._given_name_label(label)

    def _name_label(self, at: int) -> str | None:
        """The name that labels the paragraph holding `at` in title case ("Chris Matthews:
        ..."); `_labelled` tells whether it names a person."""
        label = NAME_LABEL.match(self.text, self._paragraph_starts[self.paragraph(at) - 1])
        return label.group(1) if label is not None else None

    def _signature(self, at: int) -> str | None:
        """The name that signs the quote paragraph holding `at` on the line after it (“I worry
        that ...” / "— Dean Baker, Center for Economic and Policy Research")."""
        paragraph = self.paragraph(at)
        if (paragraph >= len(self._paragraph_starts)
                or self.text[self._paragraph_starts[paragraph - 1]] not in QUOTE_OPENERS):
            return None
        signature = SIGNATURE.match(self.text, self._paragraph_starts[paragraph])
        if signature is None or len(signature.group().split()) > MAX_SIGNATURE_WORDS:
            return None
        return signature.group(1)

    def _columnist(self, at: int) -> Resolution:
        """ "Ann Coulter: And Then There Was the One. / ... I always hoped ...": the narrative's
        "I" in an article whose headline opens with a full name the text never mentions again
        (someone the news is about is named again in the text) is that author."""
        label = HEADLINE_LABEL.match(self.text)
        if (label is None or not self._given_name_label(label.group(1))
                or any(q.open <= at < q.end for q in self._quoted)):
            return NOBODY
        name = label.group(1)
        if re.search(rf"\b{re.escape(naming.ends(name)[1])}\b", self.text[label.end() :]):
            return NOBODY
        self._learn_person(name)
        return Resolution(name, None)

    def _labelled(self, label: str) -> Resolution:
        """The person an all-capital transcript label names: the one full name the article
        gives with its words in any case ("FALLIN" is "Gov. Mary Fallin", "TAPPER" is the
        "JAKE TAPPER" of an earlier label), or else the label itself in title case when it is
        a full name that starts with a given name ("JAKE TAPPER" is Jake Tapper); a label no
        full name completes is nobody named."""
        words = label.split()
        full = {name for name in self._people if naming.same_ends(name, words)}
        if not full and len(words) == 1:
            full = {name.title() for name in self._transcript_labels
                    if self._given_name_label(name) and naming.same_ends(name, words)}
        elif not full and self._given_name_label(label):
            full = {label.title()}
        if len(full) != 1:
            return NOBODY
        name = full.pop()
        self._learn_person(name)
        return Resolution(name, self._roles.get(name))

    @cached_property
    def _transcript_labels(self) -> set[str]:
        """Every all-capital speaker label of the article, read once for all the mentions they may name."""
        return {match.group(1) for match in TRANSCRIPT_LABEL.finditer(self.text)}

    def _learn_person(self, name: str) -> None:
        """A person only a label names ("JAKE TAPPER:", a headline's "Ann Coulter:") is a person
        from then on, of the gender their given name says."""
        if name not in self._people:
            self._people.add(name)
            self._learn_gender(name, self.lexicon.first_names.get(naming.ends(name)[0].lower()))

    def _given_name_label(self, label: str) -> bool:
        """Whether a label of several words starts with a common given name ("JAKE TAPPER")."""
        words = label.split()
        return len(words) > 1 and words[0].lower() in self.lexicon.first_names

    def _only_one_of_gender(self, at: int, gender: str | None) -> Resolution:
        """ "she" with no recent antecedent, in an article whose people so far all have a known
        gender and only one of them is a woman: that woman."""
        people = {m.name for m in self._names_before(at)}
        if gender is None or not people or any(name not in self._genders for name in people):
            return NOBODY
        holders = [name for name in people if self._genders[name] == gender]
        return Resolution(holders[0], self._roles.get(holders[0])) if len(holders) == 1 else NOBODY

    def _gender_of(self, mention: list[Token], role: str | None) -> str | None:
        """A person's gender when the mention says it: a title just before or in the name
        ("Mr. Biden", "Ms. Hua"), a gendered role ("spokeswoman Hua Chunying") or a given
        name that says it ("Hillary Clinton")."""
        before = self.doc[max(mention[0].i - 1, 0) : mention[0].i]
        words = [t.lower_ for t in (*before, *mention)] + (role or "").lower().split()
        genders = {self.lexicon.genders[word] for word in words if word in self.lexicon.genders}
        names = self._name_tokens(mention)
        if len(names) >= 2 and names[0].lower_ in self.lexicon.first_names:
            genders.add(self.lexicon.first_names[names[0].lower_])
        return genders.pop() if len(genders) == 1 else None

    def _description(self, head: Token) -> Resolution:
        """ "the spokesman", "China’s leader": the last person named earlier with that role, or
        else the one named with it in the next sentence or two ("..., said the spokesman. /
        Spokesman Wang Wenbin also said ..."); failing that, for a role that says its
        holder's gender ("the spokeswoman"), the last person of that gender who spoke or was
        a subject when the article gave them no role. A role that says nothing more ("the
        professor", "her lawyers") is nobody named, and one a person owns is only a holder's whose
        role names that person ("Grayson's spokeswoman" is not "Murphy's spokeswoman Galia Slayen")."""
        mention = syntax.phrase_text(head)
        if not syntax.definite(head):
            named = self._cataphoric_speaker(head)
            return Resolution(named, self._roles.get(named)) if named is not None else Resolution(None, mention or None)
        word = head.lower_
        owners = [c.text for c in head.children
                  if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.text in self._person_surnames)]
        holders = [m for m in self._names if m.offset < head.idx and word in self._role_nouns_of(m.name)
                   and all(owner in self._roles[m.name] for owner in owners)]
        if holders:
            name = holders[-1].name
            if self._someone_else_in_view(name, holders[-1].offset, head):
                return Resolution(None, mention)
            return Resolution(name, self._roles[name])
        later = self._holder_named_next(head.idx, word)
        if later is not None:
            return Resolution(later, self._roles[later])
        gender = self.lexicon.genders.get(word)
        previous = self._recent_person(head.idx, gender) if gender is not None and not self._tied(head) else NOBODY
        if previous.name is not None and previous.role is None:
            return Resolution(previous.name, mention)
        return Resolution(self._epithet_of(head), mention)

    def _someone_else_in_view(self, name: str, named: int, head: Token) -> bool:
        """ "Former Florida Gov. Jeb Bush ... Chris Christie added ... In his state, Christie said,
        ... The governor claimed": a role's holder out of view (named at `named`, and not since in
        the last few sentences) is not who it means when another person the article names in full
        was just the subject (a one-word name may be an organisation's: "Xinhua ... wrote") of an
        earlier sentence; one in the description's own sentence is someone else ("Trump endured a
        lecture from the Mexican president")."""
        at = head.idx
        recent = self._recent_person(at).name
        if recent is None or recent == name or not any(m.full and m.name == recent for m in self._names):
            return False
        seen = self._seen.get(recent, [])
        sentence_start = self._parsed_sentence_starts[bisect.bisect_right(self._parsed_sentence_starts, at) - 1]
        in_sentence = bisect.bisect_left(seen, at) > bisect.bisect_left(seen, sentence_start)
        return not in_sentence and not self._near(self._last_seen(name, named, at), at)

    def _headline_role_holder(self, head: Token) -> str | None:
        """ "Pastor Wants Girl Scout Leaders ... / ..., Pastor Kevin Swanson has now ...": a bare
        role in the headline is the person the opening sentences name with it."""
        if (not self._role_word(head) or head.tag_ in syntax.PLURAL_NOUN_TAGS
                or any(c.dep_ == "det" for c in head.children) or not self._in_headline(head.idx)):
            return None
        return self._holder_named_next(head.idx, head.lower_)

    def _cataphoric_speaker(self, head: Token) -> str | None:
        """ "..., says senior diplomat. / ... a senior Chinese diplomat made overtures ... / The
        remarks by Le Yucheng, vice-minister of foreign affairs, were ...": an indefinite
        description, or the same description a sentence or two on, is the person whose
        words the next sentence credits."""
        sentences = list(itertools.islice(syntax.sentences_from(head.sent), CATAPHORA_SENTENCE_WINDOW + 1))
        same = [t for sent in sentences for t in sent
                if t.i > head.i and t.lemma_ == head.lemma_ and not syntax.definite(t)]
        for description in [head] + same[:1]:
            following = list(itertools.islice(syntax.sentences_from(description.sent), 2))[1:]
            named = self._speaker_of_remarks(following[0]) if following else None
            if named is not None:
                return named
        return None

    def _speaker_of_remarks(self, sentence: SpacySpan) -> str | None:
        """The person a sentence's subject credits with words ("The remarks by Le Yucheng",
        "Le's remarks"), when its subject is something said."""
        for subject in (t for t in sentence if t.dep_ in syntax.SUBJECT_DEPS and t.head == sentence.root):
            if (subject.lemma_.lower() not in self.lexicon.authored_nouns
                    and subject.lower_ not in self.lexicon.authored_nouns):
                continue
            owners = [c for c in subject.children if c.dep_ == "poss"]
            owners += [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
                       for g in c.children if g.dep_ == "pobj"]
            people = [syntax.entity_tokens(o) or self._proper_name_chain(o) for o in owners
                      if o.ent_type_ == "PERSON" or o.pos_ == "PROPN" and o.ent_type_ in MISLABELLED_NAMES]
            if len(people) == 1:
                return self._person(people[0]).name
        return None

    def _epithet_of(self, head: Token) -> str | None:
        """ "Ben Carson said Monday. / “...,” the retired neurosurgeon told REVOLT TV": a
        definite description that news uses to vary a name ("the New York businessman", "the
        lawmaker") is the person the narrative named last, a sentence before at most -- not when
        that sentence names two ("Trump said ... had Hillary Clinton congratulated him"), nor a
        description tied to someone else ("the lawyer for Mr. Smith"), of the other gender, or
        of a person the article gave another role ("Rebekah Mercer, a conservative donor")."""
        if naming.hyphenated_lemma(head) not in self.lexicon.epithet_nouns or head.tag_ in syntax.PLURAL_NOUN_TAGS:
            return None
        if self._tied(head):
            return None
        quoted = [(span.open, span.end) for span in self._quoted]
        window = self._paragraph_starts[max(self.paragraph(head.idx) - 2, 0)]
        mentions = [(ent.start_char, self._person(list(ent)).name) for ent in self._entities
                    if ent.label_ == "PERSON" and window <= ent.start_char < head.idx
                    and not any(open_ <= ent.start_char < end for open_, end in quoted)]
        mentions += [(offset, resolution.name) for offset, resolution in self._salient if window <= offset < head.idx]
        mentions += [(offset, name) for name, offsets in self._seen.items() for offset in offsets
                     if window <= offset < head.idx and not any(open_ <= offset < end for open_, end in quoted)
                     and not syntax.circumstantial(self._token_at(offset))]
        if not mentions:
            return None
        last, name = max(mentions, key=lambda mention: mention[0])
        since = self._parsed_sentence_starts[bisect.bisect_right(self._parsed_sentence_starts, last) - 1]
        if not self._near(last, head.idx, 1) or any(other != name for offset, other in mentions if offset >= since):
            return None
        gender = self.lexicon.genders.get(head.lower_)
        fits = (name in self._people and name not in self._roles
                and (gender is None or self._genders.get(name, gender) == gender))
        return name if fits else None

    @staticmethod
    def _tied(head: Token) -> bool:
        """Whether a description is tied to someone or something else ("the lawyer for Mr. Smith",
        "Cameron’s spokesman"), not a place ("Florida’s governor"): its holder is not the person
        last in view, who may be the one it is tied to."""
        return any(c.dep_ == "prep" or c.dep_ == "poss" and c.ent_type_ not in PLACE_LABELS for c in head.children)

    def _token_at(self, offset: int) -> Token:
        return self.doc[bisect.bisect_right(self.token_starts, offset) - 1]

    def _holder_named_next(self, at: int, word: str) -> str | None:
        """The first person named just after `at` whose role has the title `word`."""
        for mention in self._names:
            if mention.offset <= at:
                continue
            if not self._near(at, mention.offset, CATAPHORA_SENTENCE_WINDOW):
                return None
            if word in self._role_nouns_of(mention.name):
                return mention.name
        return None

    def _role_nouns_of(self, name: str) -> set[str]:
        """The words of the title part of a person's role, abbreviated titles spelt out ("Sen."
        is "senator"): "allies of the candidate" does not make its holder "the candidate"."""
        words = []
        for word in (self._roles.get(name) or "").lower().replace(",", " , ").split():
            if word == "," or word in self.lexicon.role_ends:
                break
            words.append(word)
        return {self.lexicon.title_abbreviations.get(word, word) for word in words}

    def _organisation_named_before(self, head: Token) -> str | None:
        """ "the ministry" after "the Ministry of Commerce": the last organisation named
        earlier whose name holds the noun, outside title-case headings, where the tagger runs a
        name into the words after it ("Obama Administration To Expand Program"); else, for a noun
        any organisation goes by ("the company"), the organisation quoted last, when no other was
        named since ("Reuters reported Tesla would cut jobs. The company said" is not Reuters)."""
        if any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in head.children):
            return None
        word = head.lemma_.lower()
        named = [ent for ent in self._entities if ent.label_ == "ORG" and ent.end <= head.i
                 and word in {t.lemma_.lower() for t in ent} and not self._in_heading(ent.start_char)]
        if named:
            return naming.organisation_name(list(named[-1]))
        if word not in self.lexicon.organisation_nouns:
            return None
        quoted = [(offset, name) for offset, name in self._organisations_quoted if offset < head.idx]
        if not quoted or any(quoted[-1][0] < ent.start_char < head.idx and ent.text not in quoted[-1][1]
                             for ent in self._entities if ent.label_ == "ORG" and not self._surname_alone(list(ent))):
            return None
        return quoted[-1][1]

    def _proper_name_chain(self, head: Token) -> list[Token]:
        """ "Wang" or "Le Yucheng" when the tagger missed the PERSON label: the proper nouns
        compounded with the head, and the parts a hyphen joins to it ("Lopez-Cantera")."""
        word = naming.last_word(list(head.doc[max(head.i - 4, 0) : head.i + 1]))
        first = word[0].i
        chain = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and first - 3 <= t.i < first]
        chain = [t for t in chain if all(x.pos_ == "PROPN" for x in head.doc[t.i : first])]
        return chain + word

    def _with_compounds(self, entity: list[Token], head: Token) -> list[Token]:
        """An organisation's name with the proper nouns the tagger left out of it ("POLITICO
        Florida", where it labelled only "Florida")."""
        first = min(self._proper_name_chain(head)[0].i, entity[0].i)
        return list(head.doc[first : entity[-1].i + 1])

    def _named_after_roles(self, head: Token) -> list[Token] | None:
        """ "GOP presidential contender and former neurosurgeon Ben Carson": the parser makes
        the first role the head and the name its conjunct; both are one person."""
        conjuncts = [c for c in head.children if c.dep_ == "conj"]
        if (len(conjuncts) != 1 or not self._role_word(head) or syntax.determined(head)
                or syntax.determined(conjuncts[0])):
            return None
        return syntax.entity_tokens(conjuncts[0]) if conjuncts[0].ent_type_ == "PERSON" else None

    def _person_inside(self, head: Token) -> list[Token] | None:
        """A name in the mention's own noun phrase after its head: "the spokesman, Wang
        Wenbin", "UMWA Director of Government Affairs Phil Smith" -- not an owner ("Rubio’s
        campaign", "the Clinton campaign"), a person the head is related to ("a spokesman for
        Hillary Clinton", "the wife of John Smith", "longtime Hillary Clinton aide Huma
        Abedin" is Abedin), a name the tagger left unlabelled ("China’s Ministry of Commerce
        spokesperson, He Yongqian"), one of several ("a study by Peter Schott and
        Justin Pierce", "some observers ... Zeynep Tufekci") or a name inside a clause ("a
        donor who backed Ted Cruz"); the owner of what a person says or writes is its
        speaker ("President Xi’s message")."""
        if head.tag_ in syntax.PLURAL_NOUN_TAGS:
            return None
        authored = head.lemma_.lower() in self.lexicon.authored_nouns
        for token in head.subtree:
            owner = authored and syntax.owner(token, head)
            speaks = token.i > head.i and syntax.nominal_path(token, head) or owner
            if token.ent_type_ != "PERSON" and token.i not in self._runs or not speaks:
                continue
            entity = syntax.entity_tokens(token) if token.ent_type_ == "PERSON" else self._runs[token.i]
            if not owner and syntax.related(syntax.entity_root(entity), authored):
                continue
            return None if any(syntax.coordinated(t) for t in entity) else entity
        return None

    def _surname_alone(self, entity: list[Token]) -> bool:
        """ "Weiner's future" tagged an organisation: one word that ends a person's name
        elsewhere in the article is that person's surname, not an organisation's name."""
        return len(entity) == 1 and entity[0].text in self._person_surnames

    def _role_of(self, start: int, end: int) -> str | None:
        """The role a name mention carries: its apposition, its pre-modifiers, its title --
        one role of one person, not a plural ("the House candidates Sanders had ...")."""
        doc = self.doc
        root = doc[start:end].root
        appositions = [c for c in root.rights if c.dep_ == "appos" and c.ent_type_ != "PERSON"
                       and any(self._role_word(t) for t in (c, *(x for x in c.children if x.dep_ == "conj")))
                       and doc[c.left_edge.i - 1].dep_ != "neg" and not any(x.dep_ == "neg" for x in c.children)]
        if appositions:
            return syntax.phrase_text(doc[appositions[0].left_edge.i : appositions[-1].right_edge.i + 1])
        names = self._name_tokens(list(doc[start:end]))
        left = names[0].i if names else end
        while left > start and doc[left - 1].lower_ in self.lexicon.honorifics:
            left -= 1
        first = left
        while first - 1 >= root.left_edge.i and doc[first - 1].text != "," and (
                doc[first - 1].dep_ in ROLE_MODIFIER_DEPS or naming.inline_space(doc[first - 1])):
            first -= 1
        while first < left and doc[first].dep_ in ("det", "case", "punct", "prep", "cc"):
            first += 1
        words = {t.lower_ for t in doc[first:left]} | {t.lemma_.lower() for t in doc[first:left]}
        singular = doc[left - 1].tag_ not in syntax.PLURAL_NOUN_TAGS
        if first < left and singular and (words - self.lexicon.honorifics) & self.lexicon.role_words:
            return syntax.role_words(doc, first, left)
        if root.dep_ == "appos" and self._role_word(root.head) and root.head.tag_ not in syntax.PLURAL_NOUN_TAGS:
            return syntax.role_words(doc, root.head.left_edge.i, root.head.i + 1)
        return None

    def _in_heading(self, offset: int) -> bool:
        index = bisect.bisect_right(self._headings, (offset, len(self.text))) - 1
        return index >= 0 and self._headings[index][0] <= offset < self._headings[index][1]

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph (run of text between line breaks) holding `offset`."""
        return bisect.bisect_right(self._paragraph_starts, offset)

    def _subhead_paragraphs(self) -> list[int]:
        """The paragraphs that are a few words without a verb or a number: subheads ("– Country
        less safe –"), not separators ("___", "9:50 p.m."); and the ones wholly in brackets, which
        step out of the story ("(Subscribe to our podcast with Glenn Thrush.)")."""
        subheads = []
        ends = [*self._paragraph_starts[1:], len(self.text)]
        for number, (start, end) in enumerate(zip(self._paragraph_starts, ends), start=1):
            line = self.text[start:end]
            if syntax.bracketed(line):
                subheads.append(number)
                continue
            if len(line) > SUBHEAD_MAX_CHARS or any(c.isdigit() for c in line) or not any(c.isalpha() for c in line):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
                subheads.append(number)
        return subheads

    def _narrative_sentence_starts(self) -> list[int]:
        """Where the sentences outside quotations start: the sentences of a long quote are
        no distance between its speaker and the pronoun that credits the next one ("Obama
        said, “...” / “...,” he continued")."""
        quoted = sorted((span.open, span.end) for span in self._quoted)
        opens = [open_ for open_, _ in quoted]
        reach = list(itertools.accumulate((end for _, end in quoted), max))
        starts = []
        for start in self._parsed_sentence_starts:
            index = bisect.bisect_right(opens, start) - 1
            if index < 0 or start >= reach[index]:
                starts.append(start)
        return starts or [0]

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset)


