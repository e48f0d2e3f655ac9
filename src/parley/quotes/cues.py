"""Reporting cues read off the dependency parse: "said", "told reporters", "called for",
"expressed hope that", "according to", "his criticism of", "is confident that", "was
reported by" -- each with the source that speaks and, when the parse gives one, the clause
or phrase that says what was said (the content of indirect speech).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .marks import QuotedSpan, find_quoted_spans, in_markup, markup_spans
from .syntax import RELATIVE_PRONOUN_TAGS, is_infinitive, marked_by_that

CLAUSE_DEPS = frozenset({"ccomp"})
CONTENT_FRAMES = frozenset({"clause", "object"})
"""Complements other than a particle or preposition ("to" is both: "vowed to act", "referred to Rubio")."""
COMPLEMENT_FRAMES = CONTENT_FRAMES | {"to", "as"}
"""Frames that let a verb report without a particle of its own."""
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})
"""How a verb's particle hangs on it: "shot back", "called for", "spoke out"."""
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "acl"})
PURPOSE_CLAUSE_DEPS = INFINITIVE_DEPS | {"advcl"}
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "dative"})
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
"""How the one spoken to hangs on "told", "informed": never what was said."""
REPORTED_OBJECT_DEPS = frozenset({"dobj", "oprd"})
"""How the object of a reporting verb hangs on it, the object complement a misparse of it."""
COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "attr", "acomp"})
"""What a verb says its object is: "called it ''a disgrace''"."""
SETTING_OFF = frozenset({",", "(", "—", "–", "--"})
"""Marks that set a describing phrase off its noun ("called Smith, a former aide, on Monday")."""
COPULAR_DEPS = frozenset({"attr", "acomp"})
"""What a verb used as a copula takes instead of saying something: "sounded equivocal:"."""
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
SUBJECT_DEPS = frozenset({"nsubj"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
"""Whatever stands as a clause's subject: "the plan was approved", "what he said matters", "there is"."""
INHERITED_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp"})
INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "dep", "appos"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
QUOTE_CLOSERS = frozenset({"”", '"', "’", "'", "''", "»"})
INVERSION_CONTEXT = QUOTE_CLOSERS | {","}
"""What precedes an inverted "said the spokesman": the end of the quote it credits."""
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', "’", "''"})
"""What ends the sentence before a name and a colon: "... the report said.” Bush: “...”"."""
QUOTE_OPENERS = frozenset("“\"‘'«")
QUOTE_MARKS = QUOTE_OPENERS | QUOTE_CLOSERS
NOT_SAID_DEPS = frozenset({"punct", "cc", "conj", "advcl", "parataxis"})
"""What follows a cue without being what it says: the next clause, coordinated or set off."""
SETTING_DEPS = frozenset({"prep", "advmod", "npadvmod", "agent", "mark"})
"""Where, when and how something was said: "at a news briefing", "on Monday", "loudly"."""
FULL_STOP = re.compile(r"\.[”’\"']*\s")
"""A full stop ending a sentence, closing quote marks after it."""
EXPLETIVES = frozenset({"it"})
"""A subject that never passes on to the verbs under it: "it's hard to know", "when it comes to speaking"."""
MAX_INVERSION_DISTANCE = 3
MAX_COLON_DISTANCE = 4
"""How far after a verb a colon can open what it says: "tweeted in response: ..."."""
MAX_PHRASE_TOKENS = 6
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
MAX_SETTING_DISTANCE = 3
MIN_OBJECT_CLAUSE_TOKENS = 4
MAX_COLON_NAME_TOKENS = 4
NOT_COLON_NAMES = NOT_SPEAKERS | {"GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
EDGE_PUNCTUATION = " \t\r\n,;:.—–-"
DASHES = frozenset({"—", "–", "--"})
WORD = re.compile(r"[^\W\d_]+")
MIN_COLON_WORDS = 2
"""Fewer words after a name and a colon are a tally ("Sanders: 46."), not a statement."""
WHEN_LABELS = frozenset({"DATE", "TIME"})
"""What the object of a cue's particle is when it says when, not what: "called on Tuesday"."""
WHEN_PREPOSITIONS = frozenset({"on", "at", "in", "during", "since", "until"})
"""Prepositions that place a day or a time, not a topic: "called on Tuesday", not "talk about the decades"."""
ATTACK_REASON_WORDS = frozenset({"for", "over", "as"})
"""What says an attack was in words: "attacked Rubio for not answering", "attacked her as ..."."""
ATTACK_TARGET_WORDS = frozenset({"on", "against"})
"""How a noun of attacking takes its target: "his attacks on Clinton"."""
SURVEY_PREPOSITION = "in"
"""The preposition that names a poll as the source of its clause: "in a new poll"."""
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PHRASE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
WH_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})
WANTED_PERSON_LABELS = frozenset({"PERSON"})
MAX_SET_OFF_PHRASES = 4
"""How many phrases set off by commas may stand between a name and its verb."""
PHRASE_BOUNDS = frozenset({",", ";", ":", "(", ")"}) | DASHES | QUOTE_CLOSERS | QUOTE_OPENERS
SET_OFF_POS = frozenset({"DET", "ADP", "NUM", "ADV", "SCONJ", "PRON"})
SET_OFF_TAGS = frozenset({"VBG", "VBN"}) | RELATIVE_PRONOUN_TAGS


@dataclass(frozen=True)
class Cue:
    """A reporting expression: `anchor` is its main token (the verb, noun or "according"),
    `start`/`end` its characters, `speaker` the head of the subject mention (or None),
    `content` the character span of its content clause (or None)."""

    anchor: Token
    start: int
    end: int
    speaker: Token | None
    content: tuple[int, int] | None


def find_cues(doc: Doc, lexicon: Lexicon, text: str | None = None,
              quoted: list[QuotedSpan] | None = None) -> Iterator[Cue]:
    """Every reporting verb, reporting noun and source preposition in `doc`, in order, outside
    the markup left in the text ("<tweet ...>" is no cue).
    `text` is ``doc.text`` and `quoted` its quoted spans, passed in when the caller has them
    (spaCy rebuilds the text per call)."""
    text = doc.text if text is None else text
    reader = _CueReader(doc, text, lexicon, find_quoted_spans(text) if quoted is None else quoted)
    first_words = {words[0] for words in lexicon.source_prepositions}
    for token in doc:
        if reader.markup and in_markup(reader.markup, token.idx):
            continue
        pos, lower = token.pos_, token.lower_  # each read once: spaCy spells a token's string out on every access
        if pos in ("VERB", "AUX") and lexicon.verb_lemma(token) in lexicon.cue_verbs:
            cue = None if _not_said(token, lexicon) or _not_reporting(token, lexicon) else reader.verb_cue(token)
        elif pos == "NOUN" and token.lemma_.lower() in lexicon.noun_frames:
            cue = reader.noun_cue(token)
        elif token.dep_ == "acomp" and lower in lexicon.adjective_frames:
            cue = None if _not_said(token.head, lexicon) else reader.adjective_cue(token)
        elif lower in first_words:
            cue = reader.preposition_cue(token)
        elif lower == SURVEY_PREPOSITION and token.dep_ == "prep":
            cue = reader.survey_cue(token)
        elif lower == ":":
            cue = reader.colon_cue(token)
        else:
            continue
        if cue is not None and not reader.states_nothing(cue):
            yield cue


def _not_said(verb: Token, lexicon: Lexicon) -> bool:
    """ "Without commenting on an election winner, Wang said ...", "Trump refused to recognize his
    rival's win", "Rubio refrained from attacking his rivals": what was not said is no statement;
    nor is a condition or a question ("if he says so", "asked whether he would endorse Trump",
    "Did he say so?"), nor a question put to the speaker ("when asked about it")."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.refusal_verbs
    refrained = (verb.dep_ == "pcomp" and verb.head.lower_ == "from"
                 and verb.head.head.lemma_.lower() in lexicon.refusal_verbs)
    conditional = any(c.dep_ == "mark" and c.lower_ in lexicon.condition_marks
                      for clause in _reporting_chain(verb) for c in clause.children)
    without = verb.dep_ == "pcomp" and verb.head.lower_ == "without"
    return refused or refrained or conditional or without or _asks(verb) or _put_to_speaker(verb, lexicon)


def _put_to_speaker(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is the question put to the speaker ("said Jones when asked about the deal"):
    a clause of "when" with no subject or auxiliary of its own is passive, so its topic is no quote."""
    marked = any(c.dep_ in ("advmod", "mark") and c.lower_ in lexicon.answer_marks for c in verb.lefts)
    own = any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children)
    return marked and not own and verb.tag_ in ("VBN", "VBD")


def _noun_read_as_verb(before: Token, verb: Token) -> bool:
    """Whether the parser took a speaker for modifiers of the verb after it ("“...?” the
    43-year-old asked", "asked" read as a participle with "the" and "old" its own): an
    adjective right before a verb that has a determiner of its own."""
    return before.dep_ == "amod" and before.head == verb and any(c.dep_ == "det" for c in verb.lefts)


def _word_before(token: Token) -> Token | None:
    """The token before, past the whitespace tokens a no-break space makes ("”\xa0added Gowdy")."""
    before = token.i - 1
    while before >= 0 and token.doc[before].is_space:
        before -= 1
    return token.doc[before] if before >= 0 else None


def _asks(verb: Token) -> bool:
    """Whether a verb is the question of its sentence ("Why did the inspector general issue the
    subpoenas?"): its auxiliary before its subject, and a question mark at the end."""
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    inverted = subjects and any(c.dep_ in ("aux", "auxpass") and c.i < subjects[0] for c in verb.children)
    return bool(inverted) and verb.sent.text.rstrip().rstrip("”’\"'").endswith("?")


def _not_reporting(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a reporting verb is here another verb: without a particle, when only its particle
    makes it report ("the Orlando shooting victims", not "Trump shot back" or "went on"; "Stone
    was speaking in an interview", not "spoke out"), or with one that makes it mean something
    else ("deficits would add up to $1.5 trillion", "could add another title to his resume")."""
    lemma = lexicon.verb_lemma(verb)
    frames = lexicon.verb_frames.get(lemma, frozenset())
    particles = {c.lower_ for c in verb.rights if c.dep_ in PARTICLE_DEPS}
    needs_particle = frames and not frames & COMPLEMENT_FRAMES and lemma not in lexicon.speech_verbs
    has_particle = particles & frames or any(c.dep_ == "prt" for c in verb.rights)
    return bool(needs_particle and not has_particle or particles & lexicon.phrasal_non_cues.get(lemma, frozenset()))


def _reporting_chain(verb: Token) -> Iterator[Token]:
    """The verb and the verbs whose clause it is the content of: "believed" and "wanted" in
    "Asked if she believed Putin wanted Trump to win"."""
    yield verb
    while verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        verb = verb.head
        yield verb


class _CueReader:
    """The cue of one reporting word, read off the parse of one article."""

    def __init__(self, doc: Doc, text: str, lexicon: Lexicon, quoted: list[QuotedSpan]):
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.quoted = quoted
        self.markup = markup_spans(text)
        self.name_words = {t.text for ent in doc.ents if ent.label_ in SPEAKER_LABELS for t in ent if t.text.istitle()}

    def verb_cue(self, verb: Token) -> Cue:
        """The cue of a reporting verb. Of its content clauses, one after it that "that" opens is what it
        says, over one the parser hung on it from before ("..., during which she spoke about it, Harris
        said that ...")."""
        frames = self.lexicon.verb_frames.get(self.lexicon.verb_lemma(verb), frozenset())
        particles = frames - CONTENT_FRAMES
        end_token = verb
        content = None
        particle, content = self.particle_object(verb, particles)
        if particle is not None:
            end_token = particle
        if content is None and "clause" in frames:
            clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and not self.ends_sentence_before(c, verb)]
            marked = [c for c in clauses if c.i > verb.i and marked_by_that(c)]
            content = next((self.content_clause_chars(c) for c in marked or clauses), None)
        if content is None and "to" in frames:
            content = self.infinitive_chars(verb)
        if content is None and "clause" in frames:
            content = self.misattached_clause_chars(verb) or self.clause_after_addressee(verb)
        if content is None and "clause" in frames:
            noun, content = self.reporting_object(verb)
            if noun is not None:
                end_token = noun
        if content is None and "as" in frames:
            content = self.object_as_chars(verb)
        if content is None and "object" in frames:
            content = self.object_chars(verb)
        if content is None and frames & {"object", "as"}:
            content = self.fronted_object_complement_chars(verb)
        if content is None and "clause" in frames and self.lexicon.verb_lemma(verb) in self.lexicon.speech_verbs:
            content = self.clause_parsed_as_object(verb) or self.free_relative_chars(verb)
        if content is None and ("clause" in frames and verb.dep_ == "parataxis" or self.as_aside(verb)
                                or self.parenthetical(verb)):
            content = self.outside_phrase_chars(verb.head, verb.left_edge.i, verb.right_edge.i, verb.idx)
        if content is None:
            content = self.passive_subject_chars(verb)
        if content is None:
            content = self.after_colon_chars(verb)
        speaker = self.subject_of(verb)
        if content is None and (particle is not None or self.lexicon.verb_lemma(verb) in self.lexicon.speech_verbs):
            content = self.rest_of_phrase(verb, particle, speaker)
        if content is None and (self.lexicon.verb_lemma(verb) in self.lexicon.speech_verbs
                                or "clause" in frames and _reports_before_comma(verb)):
            content = self.sentence_before_chars(verb, speaker)
        first = self.cue_start(verb)
        last = self.cue_end(verb, end_token)
        if content is not None:
            content = self.before_reporting_participle(*self.after_own_cue(*content, last))
        if content is not None and speaker is not None and self.inverted_after_report(verb, speaker, content):
            speaker = self.phrase_after(verb)
        return Cue(verb, first.idx, last.idx + len(last), speaker, content)

    def states_nothing(self, cue: Cue) -> bool:
        """Whether a cue's words report no statement: an attack not made in words, a wish for a
        person, a pronoun or an office, a belief in an open question, a call that gives no name
        ("called lawmakers on Tuesday"), or a repetition of a statement the object only names."""
        anchor, lexicon = cue.anchor, self.lexicon
        lemma = lexicon.verb_lemma(anchor)
        if lemma in lexicon.attack_words:
            return not self.attacked_in_words(anchor)
        if cue.content is None or anchor.pos_ not in ("VERB", "AUX"):
            return False
        said = [t for t in anchor.rights if t.idx == cue.content[0] or t.left_edge.idx == cue.content[0]]
        if not said:
            return False
        if lemma in lexicon.desire_verbs:
            return self.wants_no_statement(said[0])
        if lemma in lexicon.belief_verbs:
            return self.open_question(said[0])
        if lemma in lexicon.naming_verbs:
            return self.bare_object(said[0], cue.content)
        return lemma in lexicon.repetition_verbs and self.names_statement(said[0])

    def attacked_in_words(self, anchor: Token) -> bool:
        """Whether an attack is one of words ("attacked Clinton", "attacked Rubio for not
        answering", "his attacks on the president", "attacked her remarks", a person's "attacked
        China"), not of force on a place, a thing or a crowd ("attacked the police station",
        "attacks on shipping", "gunmen attacked Kabul")."""
        targets = [c for c in anchor.rights if c.dep_ in ("dobj", "nsubjpass")]
        targets += [o for p in anchor.rights if p.dep_ == "prep" and p.lower_ in ATTACK_TARGET_WORDS
                    for o in p.children if o.dep_ == "pobj"]
        targets += [c for t in targets for c in t.conjuncts]
        if any(c.dep_ == "prep" and c.lower_ in ATTACK_REASON_WORDS for t in [anchor, *targets] for c in t.children):
            return True
        by_person = any(c.dep_ in ("nsubj", "poss") and self.person_or_words(c) for c in anchor.children)
        return any(self.person_or_words(t) or by_person and t.ent_type_ == "GPE"
                   or any(c.dep_ in ("poss", "compound") and self.person_or_words(c) for c in t.children)
                   for t in targets)

    def person_or_words(self, token: Token) -> bool:
        """Whether a noun names someone or something they said: a person, a group, a role,
        a pronoun ("Clinton", "the GOP", "the former president", "him", "her remarks"), not a
        place, a building or a day ("Kyiv", "the Capitol", "Monday")."""
        lemma = token.lemma_.lower()
        if token.ent_type_:
            return token.ent_type_ in SPEAKER_LABELS and token.ent_type_ != "GPE"
        return token.pos_ in ("PRON", "PROPN") \
            or lemma in self.lexicon.role_words or lemma in self.lexicon.authored_nouns

    def wants_no_statement(self, wanted: Token) -> bool:
        """Whether what a verb of wanting reports is a wish, not a statement: a person or a bare
        pronoun ("wants him on the ticket", "wants it"), or an office ("is seeking to succeed
        Senator Doe", "seeking the nomination")."""
        office = self.lexicon.office_words.get(wanted.lemma_.lower()) == wanted.pos_.lower()
        person = wanted.dep_ == "dobj" and (wanted.ent_type_ in WANTED_PERSON_LABELS or wanted.pos_ == "PRON")
        return office or person

    def open_question(self, said: Token) -> bool:
        """Whether a clause after a verb of believing is a free relative or an open question
        ("believes what she wants to believe", "doubts whether he will run"), which states no
        belief -- not the relative pronoun of a clause the verb is set in ("a man who many believe
        betrayed them")."""
        first = said.left_edge
        wh = first.tag_ in WH_TAGS or first.dep_ == "mark" and first.lower_ in self.lexicon.condition_marks
        return wh and first.i > said.head.i

    def bare_object(self, said: Token, content: tuple[int, int]) -> bool:
        """Whether a naming verb's content is its object alone, with no name given it ("called
        lawmakers on Tuesday", "called a meeting", "called Biden to congratulate him": an infinitive
        tells what for; not "called the system “rotten”", "called her a liar", "called Xi Jinping a dictator"
        (which the parser may read as an apposition, but one no comma sets off), "branded the program
        as ...", "called Trump's remarks ''racist''")."""
        named = any(c.dep_ in COMPLEMENT_DEPS or c.dep_ == "xcomp" and not is_infinitive(c)
                    or c.dep_ == "prep" and c.lower_ == "as"
                    or c.dep_ == "dobj" and c != said
                    or c.dep_ == "appos" and self.doc[c.left_edge.i - 1].text not in SETTING_OFF
                    for c in (*said.head.rights, *said.rights))
        quoted = any(mark in self.text[content[0] : content[1]] for mark in QUOTE_MARKS)
        return said.dep_ == "dobj" and not named and not quoted and not _characterised(said)

    def names_statement(self, said: Token) -> bool:
        """Whether the object of a verb of repeating only names a statement ("echoing the
        ministry's statement"), with nothing of what it says ("repeated his call for talks",
        "reiterated the claim that ...")."""
        bare = all(c.dep_ in ("det", "poss", "amod", "compound", "case") for c in said.children)
        return said.dep_ == "dobj" and bare and said.lemma_.lower() in self.lexicon.authored_nouns

    def after_own_cue(self, start: int, end: int, last: Token) -> tuple[int, int]:
        """A content clause that runs back over its own cue ("town halls which he said could
        not be corrupted", the relative pronoun parsed as the clause's subject) starts after it,
        when a finite clause follows (not "what he has threatened to do")."""
        if not start < last.idx < end:
            return start, end
        rest = [t for t in self.doc[last.i + 1 :] if t.idx < end]
        if not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in rest):
            return start, end
        return trim(self.text, last.idx + len(last), end) or (start, end)

    def ends_sentence_before(self, clause: Token, verb: Token) -> bool:
        """Whether a clause the parser hung on a later verb ends its own sentence first
        ("“... as one.” Obama said the accord would ..."): it is not what the verb reports."""
        if clause.i > verb.i:
            return False
        return not self.same_line(clause.idx, verb.idx) or FULL_STOP.match(self.text, clause.right_edge.idx) is not None

    def before_reporting_participle(self, start: int, end: int) -> tuple[int, int]:
        """A content clause without the participle the parser hung on it ("said that X,
        noting that Y"): the participle is a second statement of the speaker's, not part of X."""
        doc = self.doc
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            return start, end
        for token in first[1:]:
            if (token.tag_ == "VBG" and doc[token.i - 1].text == ","
                    and self.lexicon.verb_lemma(token) in self.lexicon.verb_frames):
                return trim(self.text, start, doc[token.i - 1].idx) or (start, end)
        return start, end

    def cue_start(self, verb: Token) -> Token:
        """The first word of a verb cue: its auxiliaries, negation and adverbs just before
        it ("has also said", "did not mention")."""
        first = verb
        while first.i > 0:
            before = self.doc[first.i - 1]
            if before.head != verb or before.dep_ not in CUE_LEFT_DEPS or before.lower_ == "to":
                break
            first = before
        return first

    def cue_end(self, verb: Token, last: Token) -> Token:
        """The last word of a verb cue: the day it was said and the setting of the statement
        right after it ("said Sunday", "said in a statement")."""
        doc = self.doc
        while last.i + 1 < len(doc):
            after = doc[last.i + 1]
            if after.head == verb and after.dep_ == "npadvmod" and after.ent_type_ == "DATE":
                last = after
            elif after.head == verb and after.dep_ == "prep" and after.lower_ == "in" \
                    and (setting := self.setting(after)) is not None:
                last = setting
            else:
                break
        return last

    def particle_object(self, head: Token, particles: frozenset[str]) -> tuple[Token | None, tuple[int, int] | None]:
        """ "called for talks", "his criticism of Clinton": the particle or preposition a
        cue takes, and its object as content -- not a preposition that says when ("called on
        Tuesday for talks": "Tuesday" was not said)."""
        particle = next((c for c in head.rights if c.lower_ in particles and c.dep_ in ("prep", "prt")
                         and not _says_when(c)), None)
        if particle is None:
            return self.marked_infinitive(head, particles)
        objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp") and self.same_line(c.idx, head.idx)]
        return particle, self.clause_chars(objects[0]) if objects else None

    def marked_infinitive(self, head: Token, particles: frozenset[str]) -> tuple[Token | None, tuple[int, int] | None]:
        """ "is calling for his rivals to drop out": the particle parsed as the mark of an
        infinitive clause right after the cue, and the clause after it as content."""
        for clause in head.rights:
            mark = clause.left_edge
            if clause.dep_ in PURPOSE_CLAUSE_DEPS and mark.i == head.i + 1 and mark.dep_ == "mark" \
                    and mark.lower_ in particles and mark.head == clause:
                return mark, phrase_chars(self.text, self.doc[mark.i + 1], clause.right_edge, head.idx)
        return None, None

    def noun_cue(self, noun: Token) -> Cue | None:
        """A reporting noun with its content: "his claim that ...", "the hope that ...",
        "Trump's criticism of Clinton", "her decision to run"; its owner ("his", "by the
        senator") is the speaker. As the object of a reporting verb it is what that verb's
        subject speaks of ("Ryan called Trump's remarks ''racist''"), not its owner's statement."""
        if self.lexicon.verb_lemma(noun.head) in self.lexicon.verb_frames and noun.dep_ in REPORTED_OBJECT_DEPS:
            return None
        frames = self.lexicon.noun_frames[noun.lemma_.lower()]
        last = noun
        content = self.marked_clause_chars(noun) if "clause" in frames else None
        if content is None:
            particle, content = self.particle_object(noun, frames - CONTENT_FRAMES)
            last = particle if content is not None and particle.i == noun.i + 1 else noun
        if content is None and "to" in frames:
            content = self.infinitive_chars(noun)
        if content is None:
            return None
        return Cue(noun, noun.idx, last.idx + len(last), self.owner(noun), content)

    def adjective_cue(self, adjective: Token) -> Cue | None:
        """A stance adjective after a copula: "is confident that ...", "was critical of
        Trump", "are eager to ..."; the copula's subject holds the stance."""
        frames = self.lexicon.adjective_frames[adjective.lower_]
        verb = adjective.head
        particle, content = self.particle_object(adjective, frames - CONTENT_FRAMES)
        last = particle if content is not None else adjective
        if content is None and "clause" in frames:
            content = next((self.clause_chars(c) for c in (*adjective.rights, *verb.rights)
                            if c.dep_ in CLAUSE_DEPS and c.i > adjective.i), None)
        if content is None and "to" in frames:
            content = self.infinitive_chars(adjective)
        if content is None:
            return None
        return Cue(adjective, self.cue_start(verb).idx, last.idx + len(last), self.subject_of(verb), content)

    def owner(self, noun: Token) -> Token | None:
        """Who a reporting noun belongs to: "his", "Trump's", "criticism by the senator"."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not owners:
            agents = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"]
            owners = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
        return owners[0] if owners else None

    def preposition_cue(self, token: Token) -> Cue | None:
        """ "according to X, ...": X is the source, the clause it modifies the content."""
        doc = self.doc
        for words in self.lexicon.source_prepositions:
            last = token.i + len(words) - 1
            if last >= len(doc) or tuple(t.lower_ for t in doc[token.i : last + 1]) != words:
                continue
            objects = sorted((t for t in doc[token.i : last + 1].subtree if t.dep_ == "pobj" and t.head.i >= token.i),
                             key=lambda t: t.i)
            if not objects:
                return None
            content = self.credited_clause_chars(token, max(self.source_end(token, objects[0]).i, last))
            return Cue(token, token.idx, doc[last].idx + len(doc[last]), objects[0], content)
        return None

    def source_end(self, phrase: Token, source: Token) -> Token:
        """The last word of the source a crediting phrase names: the end of its phrase, or the word before
        the comma after it when what follows is the subject of the clause the phrase opens, which the
        parser took into the source ("According to Sen. Mark Ellis, Congressional probing of the scandal
        was partly responsible": the clause has no subject of its own, or a finite verb of it stands past
        the comma: "According to the AP, 410 delegates - a group of party officials - backed Ruiz"). Where
        the clause starts before the phrase, its subject may follow the verb ("At the heart of it, according
        to Ross, a former envoy, was a decision ...")."""
        doc = self.doc
        comma = next((t for t in doc[source.i + 1 : source.right_edge.i] if t.text == ","), None)
        if comma is None:
            return source.right_edge
        clause = phrase.head
        opens = all(t.is_punct or t.dep_ == "cc" for t in doc[clause.left_edge.i : phrase.i])
        subjectless = opens and phrase.i < clause.i and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)
        finite = any(t.tag_ in FINITE_TAGS and t.pos_ == "VERB" and not _relative(t)
                     for t in doc[comma.i + 1 : source.right_edge.i + 1])
        return doc[comma.i - 1] if subjectless or finite else source.right_edge

    def survey_cue(self, preposition: Token) -> Cue | None:
        """ "In a new poll, 40 percent back Sanders", "Trump leads by 8 points in the survey": one poll or
        survey is the source of the finding its clause gives, as in "according to the poll"; not when it
        tells who the subject is ("78 percent of voters in a recent poll said ..."), who is the source."""
        found = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if found is None or found.lemma_.lower() not in self.lexicon.survey_nouns or found.tag_ not in SINGULAR_TAGS:
            return None
        if _in_subject(preposition):
            return None
        content = self.credited_clause_chars(preposition, found.right_edge.i)
        return Cue(preposition, preposition.idx, preposition.idx + len(preposition), found, content)

    def credited_clause_chars(self, phrase: Token, phrase_end: int) -> tuple[int, int] | None:
        """The clause a crediting phrase ("according to X") modifies, without the phrase."""
        clause = phrase.head
        while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head != clause:
            clause = clause.head
        return self.outside_phrase_chars(clause, phrase.i, phrase_end, phrase.idx)

    def colon_cue(self, colon: Token) -> Cue | None:
        """ "Clinton: Trump will reverse Roe v. Wade", "TAPPER: And obviously, ...": a line
        opening with a name and a colon (inside the quote mark that may open it: "“Chris
        Matthews: Seriously, ...”"), or a sentence or dash opening with one before a
        quote ("... Bush: “The mission is ...”", "Pollsters agree - Carl Bialik: “...”")."""
        line_start = self.text.rfind("\n", 0, colon.idx) + 1
        first = colon.i
        while first > 0 and self.doc[first - 1].idx >= line_start and not self.opens_colon_name(self.doc[first - 1]):
            first -= 1
            if colon.i - first > MAX_COLON_NAME_TOKENS:
                return None
        opens_line = not self.text[line_start : self.doc[first].idx].strip(" \t" + "".join(QUOTE_OPENERS))
        if not opens_line and self.text[colon.idx + 1 : colon.idx + 3].strip()[:1] not in QUOTE_OPENERS:
            return None
        name = [t for t in self.doc[first : colon.i] if not t.is_space]
        verb = name[0] if len(name) > 1 and self.reporting_past(name[0]) else None
        if verb is not None:
            name = name[1:]
        if not (self.names_speaker(name) or verb is not None and self.capitalised_name(name)):
            return None
        line_end = self.text.find("\n", colon.idx)
        content = trim(self.text, colon.idx + 1, len(self.text) if line_end < 0 else line_end)
        if content is None or len(WORD.findall(self.text, *content)) < MIN_COLON_WORDS:
            return None
        start, end = (verb.idx, verb.idx + len(verb)) if verb is not None else (colon.idx, colon.idx + 1)
        return Cue(colon, start, end, name[-1], content)

    def reporting_past(self, word: Token) -> bool:
        """Whether a capitalised word before a name and its colon is a reporting verb's past tense
        ("Added Smith: “...”", "Continued Stone:"), which the tagger takes for part of the name."""
        lower = word.lower_
        frames = self.lexicon.verb_frames
        return lower.endswith("ed") and any("clause" in frames.get(stem, ()) for stem in (lower[:-1], lower[:-2]))

    def opens_colon_name(self, before: Token) -> bool:
        """Whether a token ends what comes before a name and its colon: a sentence or a dash."""
        spaced = before.text == "-" and before.i > 0 and bool(self.doc[before.i - 1].whitespace_)
        return before.text in SENTENCE_ENDS or before.text in DASHES or spaced

    def names_speaker(self, name: list[Token]) -> bool:
        """Whether the capitalised words before a colon name who speaks: a person, a source
        ("Poll:", "Report:"), or a name the article uses again ("TAPPER:", "Sanders:",
        whatever the tagger made of them). A place is a dateline, an interview's "Q:" and
        "A:" are no one, and a heading or a headline's phrase is not a speaker ("Key
        Takeaways:", "UPDATE:", "The Latest:", "Big Win For Bernie:")."""
        if not self.capitalised_name(name):
            return False
        last = [t for t in name if not t.is_punct][-1]
        if last.ent_type_ == "PERSON" or last.lemma_.lower() in self.lexicon.source_nouns:
            return True
        return len(re.findall(rf"\b{re.escape(last.text)}\b", self.text)) >= 2

    def capitalised_name(self, name: list[Token]) -> bool:
        """Whether the words before a colon can be a name at all: capitalised words, not a date,
        a place or a heading."""
        words = [t for t in name if not t.is_punct]
        if not words or len(words[-1]) < 2 or any(t.ent_type_ in NOT_COLON_NAMES for t in name):
            return False
        return (all(t.text[0].isupper() and not t.is_stop for t in words)
                and words[-1].lower_ not in self.lexicon.headings)

    def setting(self, preposition: Token) -> Token | None:
        """The noun of "in a statement", "in an email", a few words on."""
        return next((c for c in preposition.children if c.dep_ == "pobj" and c.i <= preposition.i + MAX_SETTING_DISTANCE
                     and c.lemma_.lower() in self.lexicon.cue_settings), None)

    def subject_of(self, verb: Token) -> Token | None:
        """The speaking subject of a verb; participles and conjuncts ("..., adding that") take
        the subject of the verb they hang from; an inverted subject ("said the spokesman")
        may be parsed as an object. A subject on another line is a misparse, not a speaker, and
        one taken from a quote the verb credits gives way to the name before the verb ("“...,”
        Ramos, 58, told AFP", the verb parsed as a conjunct of the quote's). Markup left in
        the text ('<tweet datetime="2016-07-23">') speaks for no one."""
        subject = self.parsed_subject(verb)
        if subject is not None:
            subject = self.after_dateline(subject)
        if subject is not None and self.quoted_apart(subject, verb) and verb.tag_ in FINITE_TAGS:
            subject = self.phrase_before(verb)
        elif subject is not None and self.quoted_apart(subject, verb) and verb.tag_ == "VBG":
            subject = self.subject_before_quote(verb)
        if subject is None or self.quoted_apart(subject, verb) or in_markup(self.markup, subject.idx):
            return None
        if self.same_line(subject.idx, verb.idx) and self.can_speak(subject, verb):
            return subject
        return None

    def quoted_apart(self, subject: Token, verb: Token) -> bool:
        """Whether a subject stands inside a quote its verb is outside of (" “If Reagan had gone
        with Kemp, I would have been sitting in Siberia,” Mr. Daniloff said"): the parser took it
        from the quoted words, and whoever speaks them is not the speaker of the verb."""
        inside = [(span.open, span.close) for span in self.quoted if span.open < subject.idx < span.close]
        return bool(inside) and not any(start < verb.idx < end for start, end in inside)

    @staticmethod
    def subject_before_quote(participle: Token) -> Token | None:
        """The subject of the clause a participle ends when the parser hung the participle on the quote
        it introduces ("Clinton seemed ready to riff on it, telling the crowd, “Some people get carried
        away.”"): the sentence's main verb before it has it."""
        root = participle.sent.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS] if root.i < participle.i else []
        return subjects[0] if subjects else None

    def after_dateline(self, subject: Token) -> Token:
        """The speaker the parser put in apposition to a dateline ("CLEVELAND, July 19 (UPI)
        — Former Attorney General Michael Mukasey told ..."): the name after the dash."""
        for child in subject.rights:
            dashes = [t for t in self.doc[subject.i + 1 : child.left_edge.i] if t.text in DASHES or t.text == "-"]
            if child.dep_ == "appos" and dashes and self.doc[dashes[-1].i - 1].text == ")":
                return child
        return subject

    def can_speak(self, head: Token, verb: Token) -> bool:
        """Whether a subject can be the source of a statement: the subject of a verb that
        only speech does ("the lawsuit says") or of a that-clause ("the emails show that
        ..."); otherwise a name, a personal pronoun, a role ("the spokesman") or a speaking
        body or document ("officials", "the report"), or an epithet the parser read as the verb's
        modifier ("the 43-year-old asked"). A possessive is no subject, whatever the
        parse says ("the convention's pledged delegates"), nor a statement the writer reads
        something into ("China's optimistic statements suggest a strategy")."""
        if any(c.dep_ == "case" and c.tag_ == "POS" for c in head.children):
            return False
        if self.inferred_from(head, verb):
            return False
        if head.pos_ == "PRON":
            return head.lower_ not in self.lexicon.not_speakers
        if head.ent_type_ in SPEAKER_LABELS or head.pos_ == "PROPN" or head.text in self.name_words:
            return True
        if _noun_read_as_verb(head, verb):
            return True
        if head.dep_ in SUBJECT_DEPS and (self.lexicon.verb_lemma(verb) in self.lexicon.speech_verbs
                                          or any(c.dep_ in CLAUSE_DEPS and marked_by_that(c) for c in verb.children)):
            return True
        lemma = head.lemma_.lower()
        return lemma in self.lexicon.role_nouns or lemma in self.lexicon.source_nouns

    def inferred_from(self, subject: Token, verb: Token) -> bool:
        """Whether a subject and its verb are the writer's reading of a statement ("China's
        optimistic statements suggest a strategy"): a statement inferring a thing, not a clause
        it states ("the statement suggested that both are invested ...", which PolNeAR credits)."""
        inference = self.lexicon.verb_lemma(verb) in self.lexicon.inference_verbs
        statement = subject.lemma_.lower() in self.lexicon.noun_frames
        return inference and statement and not any(c.dep_ in CLAUSE_DEPS for c in verb.children)

    def parsed_subject(self, verb: Token) -> Token | None:
        """The subject as parsed: the verb's own, the one of the verb a participle hangs
        from ("by offering ...", "..., adding that", "was asked about it and said"), the
        noun a participle modifies ("a group backing Bush"), an inverted one, or the noun
        phrase next to the verb when the parser hung it elsewhere; a participle of the ones a verb
        addresses takes that verb's subject ("a pitch to voters saying"). A participle the parser
        hung inside a reported clause ("said the process could be messy, adding ...") takes
        the subject of the reporting verb, not of the clause, and so does the reporting verb
        repeated after it ("He said the attacks have helped him and said that ...")."""
        agent = self.passive_agent(verb)
        if agent is not None:
            return agent
        current, conjunct = verb, False
        for _ in range(3):
            if current != verb and current.dep_ == "ccomp" \
                    and self.lexicon.verb_lemma(current.head) in self.lexicon.verb_frames \
                    and self.same_line(current.head.idx, verb.idx) \
                    and (verb.tag_ == "VBG" or self.repeats_reporting(verb, current)):
                current = current.head
            subjects = [c for c in current.children if self.same_line(c.idx, verb.idx)
                        and (c.dep_ in SUBJECT_DEPS or conjunct and c.dep_ == "nsubjpass")]
            if subjects:
                subject = min(subjects, key=lambda subject: abs(subject.i - verb.i))
                if current != verb and subject.lower_ in EXPLETIVES:
                    break
                return subject
            if current.dep_ == "acl" and current.tag_ == "VBG":
                pitched = self.pitched_in(current)
                if pitched is None:
                    return self.issuer(current.head) or current.head
                current = pitched
                continue
            if current.dep_ not in INHERITED_SUBJECT_DEPS or current.tag_ == "VBN" or current.head == current:
                break
            conjunct = current.dep_ == "conj"
            current = current.head.head if current.dep_ == "pcomp" else current.head
        return self.unparsed_subject(verb)

    def pitched_in(self, participle: Token) -> Token | None:
        """The verb whose addressee a speech participle's noun is ("making a pitch to New York voters
        saying ..."): the ones spoken to say nothing, so the participle takes that verb's subject;
        the noun of any other participle does it ("gave $3 million to a group backing Bush")."""
        noun, preposition = participle.head, participle.head.head
        speech = self.lexicon.verb_lemma(participle) in self.lexicon.speech_verbs
        addressed = speech and noun.dep_ == "pobj" and preposition.lower_ in self.lexicon.addressee_prepositions
        return preposition.head if addressed and preposition.head.pos_ in ("VERB", "AUX") else None

    def repeats_reporting(self, verb: Token, clause: Token) -> bool:
        """Whether a speech verb the parser joined to a reported clause repeats the verb that
        reports the clause: "He says the response was to break them up and says he ...",
        same tense as the reporting verb, not the clause's ("said voters want it and say ...")."""
        speech = verb.dep_ == "conj" and self.lexicon.verb_lemma(verb) in self.lexicon.speech_verbs
        return speech and verb.tag_ == clause.head.tag_ != clause.tag_

    def unparsed_subject(self, verb: Token) -> Token | None:
        """The subject of a verb the parse gives none: an inverted one parsed as an object
        ("said the spokesman"), or the noun phrase just after or before the verb."""
        before = _word_before(verb)
        inverted = before is not None and before.text in INVERSION_CONTEXT and before.tag_ != "POS"
        for child in verb.rights:
            if inverted and child.dep_ in INVERTED_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON") \
                    and self.near_inverted(verb, child) and child.ent_type_ not in NOT_SPEAKERS \
                    and (child.dep_ in SUBJECT_DEPS or self.inverts(verb)):
                return child
        after_quote = before is not None and before.text in QUOTE_CLOSERS
        return (self.phrase_after(verb) if after_quote else None) or self.phrase_before(verb)

    def phrase_after(self, verb: Token) -> Token | None:
        """The head of the noun phrase right after an inverted verb the parser gave no
        subject ("“...,” said David Brock, a Clinton confidant ..." with "Brock" hung on
        a later verb): its last noun before anything else, a capitalised word the tagger took for
        another part of speech included ("“...,” said Skelly", "Skelly" read as an adverb)."""
        head = None
        for token in self.doc[verb.i + 1 : verb.i + 1 + MAX_PHRASE_TOKENS]:
            named = token.text.istitle() and token.is_alpha and token.ent_type_ not in NOT_SPEAKERS
            if token.pos_ not in NOUN_PHRASE_POS and token.dep_ not in ("amod", "compound", "case") and not named:
                break
            if token.pos_ in ("PROPN", "NOUN") or named:
                head = token
        return head if head is not None and head.ent_type_ not in NOT_SPEAKERS else None

    def phrase_before(self, verb: Token) -> Token | None:
        """The subject just before a verb the parser gave none: a name right before it ("Trump
        said"; not across an adverb, which cost precision on train), or, past the adverbs and the
        day of the verb ("bluntly", "on Tuesday") and a comma, the name or role before the phrases
        that commas set off and the parser hung elsewhere ("As part of his
        plea, Marcel Lazar, 44, said ...", "Gene Sperling, a top outside Clinton adviser, said",
        "Bill Eastland, wearing a cowboy hat, said", "Paul D. Ryan, the highest-ranking
        Republican, on Tuesday called")."""
        doc = self.doc
        last = verb.i - 1
        while last >= verb.sent.start and self.sets_verb(doc[last], verb):
            last -= 1
        if last < verb.sent.start:
            return None
        if self.closing_dash(doc[last]) and self.finite(verb):
            return self.name_before_dash(doc[last])
        if doc[last].text != "," or not self.finite(verb):
            before = doc[verb.i - 1]
            named = before.pos_ == "PROPN" and before.ent_type_ not in NOT_SPEAKERS
            return before if named or _noun_read_as_verb(before, verb) else None
        end, role = last, None
        for _ in range(MAX_SET_OFF_PHRASES):
            start = end - 1
            while start >= verb.sent.start and doc[start].text not in PHRASE_BOUNDS:
                start -= 1
            words = [t for t in doc[start + 1 : end] if not t.is_punct and not t.is_space]
            root = doc[words[0].i : words[-1].i + 1].root if words else None
            if root is None or not self.set_off(words[0]) and not self.names_someone(root):
                return role
            named = root.pos_ == "PROPN" or root.text in self.name_words
            if named and root.ent_type_ != "NORP" and not self.set_off(words[0]):
                return root
            if not self.set_off(words[0]):
                role = role or root
            if start < verb.sent.start or doc[start].text != ",":
                return role
            end = start
        return role

    def closing_dash(self, token: Token) -> bool:
        """Whether a token is a dash, or a hyphen between spaces written for one ("Bush - in a line ... - declared")."""
        spaced = token.text == "-" and token.i > 0 and self.doc[token.i - 1].whitespace_ and token.whitespace_
        return token.text in DASHES or spaced

    def name_before_dash(self, closing: Token) -> Token | None:
        """The name or role before the dash that opens the aside `closing` ends ("Mr. Bush — in a line aimed at
        Mr. Trump — declared that ...")."""
        opening = next((t for t in reversed(self.doc[closing.sent.start : closing.i]) if self.closing_dash(t)), None)
        if opening is None or opening.i == closing.sent.start:
            return None
        named = self.doc[opening.i - 1]
        return named if self.names_someone(named) and named.ent_type_ != "NORP" else None

    @staticmethod
    def finite(verb: Token) -> bool:
        """Whether a verb can have a subject before it: a finite verb, or a past tense the
        tagger took for a participle modifying the name before it, told by its object ("Paul
        D. Ryan, the highest-ranking Republican, on Tuesday called Trump's remarks ...") or by the
        colon after it ("Ann Lee, the former governor, tweeted in response: ...")."""
        misread = verb.tag_ == "VBN" and verb.dep_ == "relcl" \
            and any(c.dep_ == "dobj" or _characterised(c) for c in verb.rights)
        return verb.tag_ in FINITE_TAGS or misread or verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") \
            and _colon_after(verb)

    def sets_verb(self, token: Token, verb: Token) -> bool:
        """Whether a token before a verb says how or when it happens: "also", "bluntly", "on Tuesday"."""
        setting = token
        while setting.head != verb and setting.head.i < verb.i and setting != setting.head:
            setting = setting.head
        small = setting.right_edge.i - setting.left_edge.i < MAX_SETTING_DISTANCE
        named = any(t.ent_type_ in SPEAKER_LABELS or t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKERS
                    for t in setting.subtree)
        return (setting.head == verb and not named
                and (setting.dep_ in CUE_LEFT_DEPS or setting.dep_ in SETTING_DEPS and small))

    @staticmethod
    def set_off(first: Token) -> bool:
        """Whether a phrase between commas, by its first word, describes or places the name
        before it: an apposition ("a top adviser"), a relative clause, a participle, an age, a
        place or an aside ("meanwhile")."""
        return first.pos_ in SET_OFF_POS or first.tag_ in SET_OFF_TAGS or first.ent_type_ in ("GPE", "DATE")

    def names_someone(self, token: Token) -> bool:
        """Whether a token can head a speaker mention the parse did not give: a name (also one the tagger
        took for a plural noun, "Sanders", that names a person elsewhere in the article) or a role."""
        if token.ent_type_ in NOT_SPEAKERS or token.ent_type_ == "GPE":
            return False
        lemma = token.lemma_.lower()
        return token.pos_ == "PROPN" or token.text in self.name_words or lemma in self.lexicon.role_nouns \
            or lemma in self.lexicon.source_nouns

    def inverts(self, verb: Token) -> bool:
        """Whether a verb can come before its subject ("“...,” said the spokesman", "recalled
        Mr. Rhodes"): a finite speech verb, but not a participle ("..., citing Exodus"), a verb
        of another kind ("..., endorsed Senator Cruz"), or one whose object is the one spoken to
        ("tells Breitbart News")."""
        lemma = self.lexicon.verb_lemma(verb)
        speech = lemma in self.lexicon.speech_verbs and lemma not in self.lexicon.addressee_verbs
        return speech and verb.tag_ in FINITE_TAGS

    def inverted_after_report(self, verb: Token, subject: Token, content: tuple[int, int]) -> bool:
        """Whether a verb after a comma took a subject from the statement it relays ("“...,” said
        Kristen Day, executive director of Democrats for Life, reports USA Today"): its speaker is the
        name after it."""
        before = _word_before(verb)
        addressed = self.lexicon.verb_lemma(verb) in self.lexicon.addressee_verbs
        return content[0] <= subject.idx < content[1] and before is not None and before.text == "," \
            and verb.tag_ in FINITE_TAGS and not addressed

    @staticmethod
    def near_inverted(verb: Token, subject: Token) -> bool:
        """Whether an inverted subject stands right after its verb: its head within a few
        words, or a name starting within them ("added another New Hampshire Democrat")."""
        near = subject.i - verb.i <= MAX_INVERSION_DISTANCE
        return near or subject.pos_ == "PROPN" and subject.left_edge.i - verb.i <= MAX_INVERSION_DISTANCE

    def issuer(self, document: Token) -> Token | None:
        """Who put out the statement a participle reports from ("His office put out a
        statement saying ..."): the subject of the verb the document is the object of."""
        if document.lemma_.lower() not in self.lexicon.cue_settings or document.dep_ != "dobj":
            return None
        return self.parsed_subject(document.head)

    def passive_agent(self, verb: Token) -> Token | None:
        """The source of a passive cue: "was first reported by BuzzFeed", "as reported by
        the Times", "asked by Matt Lauer"."""
        for child in verb.rights:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def as_aside(self, verb: Token) -> bool:
        """ "as Comey noted, ...", "as one strategist put it", "as reported by the Times": an
        aside crediting its main clause -- not "as the vote count continued", which only dates it."""
        lemma = self.lexicon.verb_lemma(verb)
        speech = (lemma in self.lexicon.speech_verbs or lemma in self.lexicon.aside_verbs
                  or self.passive_agent(verb) is not None)
        return speech and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)

    def parenthetical(self, verb: Token) -> bool:
        """ "Democrats, Frank notes, applaud ...", "With each contest, these supporters
        acknowledge, it becomes harder ...": a speaker and a speech verb set off by commas
        inside the clause they credit, saying nothing of their own."""
        lemma = self.lexicon.verb_lemma(verb)
        subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
        if (lemma not in self.lexicon.speech_verbs or verb.dep_ == "ROOT" or not subjects
                or verb.right_edge.i + 1 >= len(self.doc)):
            return False
        first = subjects[0].left_edge
        said = [c for c in verb.rights if not c.is_punct and c.dep_ not in SETTING_DEPS and not self.addressee(c, verb)]
        return (not said and first.i > 0 and self.doc[first.i - 1].text == ","
                and self.doc[verb.right_edge.i + 1].text == ",")

    @staticmethod
    def free_relative_chars(verb: Token) -> tuple[int, int] | None:
        """ "adapt to what she said is growing demand", "That’s what Andy McCarthy wrote": the "what" before
        a speech verb is what it says, whatever the sentence goes on to say of it (and however it was parsed)."""
        said = next((c for c in verb.lefts if c.lower_ == "what" and c.tag_ == "WP"), None)
        return (said.idx, said.idx + len(said)) if said is not None else None

    def passive_subject_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "Tinder's ban was first reported by BuzzFeed": what a passive cue reports is its subject."""
        if self.passive_agent(verb) is None:
            return None
        return next((self.clause_chars(c) for c in verb.children if c.dep_ == "nsubjpass"), None)

    def content_clause_chars(self, clause: Token) -> tuple[int, int] | None:
        """A content clause without a second statement of the speaker's own tacked on by the
        parser ("said that X and predicted that Y": Y is another statement), nor another
        speaker's statement hung on it ("74 percent said X, while 22 percent said Y"); a verb
        coordinated with the clause's own is part of it ("said he didn't seek or receive Obama's
        endorsement")."""
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        for child in clause.rights:
            has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
            speech = child.dep_ in ("advcl", "conj") and self.lexicon.verb_lemma(child) in self.lexicon.speech_verbs
            reporting = self.lexicon.verb_lemma(child) in self.lexicon.verb_frames
            if child.dep_ == "conj" and child.pos_ == "VERB" and own_subject and not has_subject and reporting \
                    or speech and has_subject:
                kept = [t for t in clause.rights if t.i < child.i and t.dep_ not in ("cc", "punct", "mark")]
                return subtree_chars(self.text, clause, clause.idx, kept[-1].right_edge if kept else clause)
        return self.clause_chars(clause)

    def misattached_clause_chars(self, verb: Token) -> tuple[int, int] | None:
        """A content clause the parser hung elsewhere: "said during a news conference that
        ..." (a relative clause of "conference"), "said legalizing it could ..." (xcomp); not
        a clause inside one that says when ("told MSNBC when asked about concerns that ...")."""
        adverbial = [range(c.left_edge.i + 1, c.right_edge.i + 1) for c in verb.rights if c.dep_ == "advcl"]
        for token in verb.subtree:
            if token.i > verb.i and token.lower_ == "that" and token.dep_ in ("mark", "advmod") \
                    and token.pos_ == "SCONJ" and not any(token.i in clause for clause in adverbial):
                return subtree_chars(self.text, token, token.idx, token.head.right_edge)
        for child in verb.rights:
            if child.dep_ in ("xcomp", "dep") and child.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return self.clause_chars(child)
        return None

    def clause_after_addressee(self, verb: Token) -> tuple[int, int] | None:
        """A clause right after who was told, and after when or where, that the parser hung
        elsewhere ("after Trump told The Washington Post he was ...", "McCain telling reporters
        on Thursday he viewed Obama as ...", "Trump told CNN, his policy would ...")."""
        addressees = [c for c in verb.rights if self.addressee(c, verb)]
        if not addressees:
            return None
        doc = self.doc
        following = addressees[-1].right_edge.i + 1
        for child in verb.rights:
            if child.i == following and child.dep_ in SETTING_DEPS:
                following = child.right_edge.i + 1
        while following < len(doc) and (doc[following].text == "," or doc[following].lower_ == "that"):
            following += 1
        if following >= len(doc) or doc[following].dep_ not in SUBJECT_DEPS:
            return None
        subject = doc[following]
        clause = doc[subject.head.i]
        finite = clause.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        if subject.left_edge.i != following or clause.i < following or not finite:
            return None
        return phrase_chars(self.text, subject, clause.right_edge, verb.idx)

    def after_colon_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "Trump tweeted: ...", "he told reporters: ...": the rest of the line."""
        for token in self.doc[verb.i + 1 : verb.i + 5]:
            if token.text == ":":
                return self.line_after(token.idx + 1)
            if token.pos_ in ("VERB", "AUX", "PUNCT") or token.dep_ in COPULAR_DEPS and token.head == verb:
                return None
        return None

    def line_after(self, start: int) -> tuple[int, int] | None:
        """The rest of the line from `start` or, when nothing follows on it ("Hewitt writes:"),
        the next paragraph."""
        line_end = self.text.find("\n", start)
        rest = trim(self.text, start, len(self.text) if line_end < 0 else line_end)
        if rest is not None or line_end < 0:
            return rest
        following = len(self.text) - len(self.text[line_end:].lstrip())
        next_end = self.text.find("\n", following)
        return trim(self.text, following, len(self.text) if next_end < 0 else next_end)

    def sentence_before_chars(self, verb: Token, speaker: Token | None = None) -> tuple[int, int] | None:
        """ "... a girl was pepper-sprayed by a bystander, police said.": a sentence ending in
        its speaker and a speech verb (and where, when and whom it was said to), which the parser
        did not give a clause, reports what comes before the comma; so does one ending in the verb
        and the speaker after it ("..., said Jane Roe, the company's chief executive."), and one whose
        end a dash sets off ("..., the budget office reported on Tuesday -- a development that ...")."""
        subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
        inverted = not subjects and speaker is not None and speaker.i > verb.i and self.finite(verb)
        if not (subjects or inverted) or verb.dep_ == "relcl":
            return None
        comma = self.doc[subjects[-1].left_edge.i - 1] if subjects else _word_before(verb)
        end = next((t.i for t in self.doc[verb.i + 1 : verb.sent.end] if t.text in (".", "!", "?") or t.text in DASHES),
                   verb.sent.end)
        rest = self.doc[verb.i + 1 : end]
        mention = speaker
        while inverted and mention.head != verb and mention.head.i > verb.i and mention.head != mention:
            mention = mention.head
        settings = [c for c in verb.rights
                    if c.i < end and (c.dep_ in SETTING_DEPS or c.is_punct or self.addressee(c, verb)
                                      or inverted and c == mention)]
        if inverted and mention not in settings:
            return None
        if comma is None or comma.text != "," or sum(len(list(c.subtree)) for c in settings) != len(rest) \
                or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_OPENERS or t.text == ":" for t in rest):
            return None
        first = verb.sent.start
        return phrase_chars(self.text, self.doc[first], self.doc[comma.i - 1], comma.idx) if first < comma.i else None

    def rest_of_phrase(self, verb: Token, particle: Token | None, speaker: Token | None) -> tuple[int, int] | None:
        """What a speech verb or a verb with its particle says when the parse gives no
        clause: "said yes", "pointed out the progress he made", "lashed out at the press";
        not who was told ("told ABC News"), nor where or when it was said ("said at a news briefing", "spoke on Monday")
        unless the particle makes the phrase its object, nor who said it ("“Is that fair?” asked Mikulski")."""
        last = particle or verb
        skipped = NOT_SAID_DEPS if particle is not None else NOT_SAID_DEPS | SETTING_DEPS
        after = [t for t in verb.rights if t.i > last.i and t.dep_ not in skipped and self.same_line(t.idx, verb.idx)
                 and not self.addressee(t, verb) and t != speaker]
        if not after or self.names_document(after[0]):
            return None
        return subtree_chars(self.text, after[0], verb.idx, after[-1].right_edge)

    def addressee(self, token: Token, verb: Token) -> bool:
        """Whether an object of "told", "informed" is who was told ("told ABC News", "told
        him the story"), not what ("told the story of ...")."""
        if token.dep_ not in ADDRESSEE_DEPS or self.lexicon.verb_lemma(verb) not in self.lexicon.addressee_verbs:
            return False
        return token.dep_ == "dative" or token.lemma_.lower() not in self.lexicon.told_nouns

    def same_line(self, first: int, second: int) -> bool:
        low, high = sorted((first, second))
        return "\n" not in self.text[low:high]

    def infinitive_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "vowed to bring ...", "urged Washington to ...", "her decision to run": the
        to-infinitive clause."""
        for child in verb.rights:
            if child.dep_ in INFINITIVE_DEPS and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return self.clause_chars(child)
        return None

    def reporting_object(self, verb: Token) -> tuple[Token | None, tuple[int, int] | None]:
        """ "expressed (the) hope that ...": a reporting noun as object, with its clause."""
        for child in verb.rights:
            if child.dep_ == "dobj" and child.lemma_.lower() in self.lexicon.noun_frames:
                content = self.marked_clause_chars(child)
                if content is not None:
                    return child, content
        return None, None

    def marked_clause_chars(self, noun: Token) -> tuple[int, int] | None:
        for child in noun.rights:
            if child.dep_ in NOUN_CLAUSE_DEPS and marked_by_that(child):
                return self.clause_chars(child)
        return None

    def clause_chars(self, head: Token) -> tuple[int, int] | None:
        """The characters of a token's subtree within its line, without edge punctuation."""
        return subtree_chars(self.text, head, head.idx)

    def outside_phrase_chars(self, clause: Token, phrase_start: int, phrase_end: int,
                             anchor: int) -> tuple[int, int] | None:
        """The clause around a crediting phrase ("according to X", ", she said,") on the
        phrase's longer side."""
        doc = self.doc
        whole = subtree_chars(self.text, clause, anchor)
        if whole is None:
            return None
        left = (whole[0], doc[phrase_start].idx)
        right = (doc[phrase_end].idx + len(doc[phrase_end]), whole[1])
        return trim(self.text, *max(left, right, key=lambda span: span[1] - span[0]))

    def clause_parsed_as_object(self, verb: Token) -> tuple[int, int] | None:
        """ "said families of people killed by police file lawsuits": a clause the parser
        read as the object of a speech verb, told from "said so" by its length; the object
        of "told" is who was told ("told members of the House committee")."""
        objects = [c for c in verb.rights if c.dep_ == "dobj"]
        if (not objects or self.addressee(objects[0], verb)
                or objects[0].right_edge.i - objects[0].left_edge.i + 1 < MIN_OBJECT_CLAUSE_TOKENS):
            return None
        return subtree_chars(self.text, objects[0], objects[0].idx, verb.right_edge)

    def object_as_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "see the election as a turning point": the object and what it is seen as, when
        the parser hung the "as" on the object."""
        for child in verb.rights:
            if child.dep_ == "dobj":
                as_phrase = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
                return subtree_chars(self.text, child, child.idx, as_phrase.right_edge) if as_phrase else None
        return None

    def fronted_object_complement_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "which Mr. Trump called ''a disgrace''", "what Zimmerman described as a "piece of
        history"": when the object comes before the verb, what the verb calls it."""
        if not any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children):
            return None
        complements = [c for c in verb.rights if c.dep_ in COMPLEMENT_DEPS or c.dep_ == "prep" and c.lower_ == "as"]
        return subtree_chars(self.text, complements[0], verb.idx, complements[-1].right_edge) if complements else None

    def names_document(self, noun: Token) -> bool:
        """Whether an object only announces the document that follows ("released the following
        statement: ..."): what it says comes after the colon."""
        last = noun.right_edge.i
        while self.doc[last].is_space:
            last -= 1
        colon = self.doc[last].text == ":" or last + 1 < len(self.doc) and self.doc[last + 1].text == ":"
        return colon and noun.dep_ == "dobj" and noun.lemma_.lower() in self.lexicon.cue_settings

    def reports_itself(self, document: Token) -> bool:
        """ "issued a statement saying ...": the participle, not the issuing, is the cue."""
        return document.lemma_.lower() in self.lexicon.cue_settings and any(
            c.dep_ == "acl" and self.lexicon.verb_lemma(c) in self.lexicon.verb_frames for c in document.children)

    def object_chars(self, verb: Token) -> tuple[int, int] | None:
        """ "announced a plan", "called the system “rotten”": the object and what follows it, up
        to a phrase that says how or when the thing was done ("denounced it without providing
        evidence", "criticised the plan after the vote")."""
        objects = [c for c in verb.rights if c.dep_ in OBJECT_DEPS]
        if not objects or not self.direct_object(objects[0]) or self.reports_itself(objects[0]) \
                or self.names_document(objects[0]):
            return None
        complements = []
        for c in verb.rights:
            if c.dep_ == "prep" and c.lower_ in self.lexicon.adjunct_prepositions:
                break
            if c.i >= objects[0].i and c.dep_ in OBJECT_DEPS | {"prep", "acomp"}:
                complements.append(c)
        return subtree_chars(self.text, objects[0], objects[0].idx, complements[-1].right_edge)


    @staticmethod
    def direct_object(token: Token) -> bool:
        """Whether a verb's first object is what it acts on: its direct object, or a noun the
        parser made an object complement with the quoted words it is called ("called Trump's
        remarks ''racist''")."""
        return token.dep_ in ("dobj", "dative") or _characterised(token)


def _relative(verb: Token) -> bool:
    """Whether a verb heads a relative clause ("who leads the group", "which it founded")."""
    return verb.dep_ == "relcl" or any(t.tag_ in WH_TAGS for t in verb.lefts)


def _reports_before_comma(verb: Token) -> bool:
    """Whether a reporting verb other than a speech verb can report what comes before its comma at the end
    of a sentence ("..., a USA TODAY analysis shows."): a finite verb, not a participle ("said Robin Maynard,
    half joking"), with no clause before it that tells when or why it happens ("As they weigh the offer,
    voters think back to 2008"); a speech verb reports it whatever the parse."""
    return verb.tag_ in FINITE_TAGS and not any(child.dep_ == "advcl" and child.i < verb.i for child in verb.children)


def _in_subject(token: Token) -> bool:
    """Whether a token lies in the subject or the passive agent of its clause ("78 percent of voters
    in the poll said", "was supported by 42 percent of those surveyed in the poll"), a participle
    describing a noun ("surveyed") staying inside the noun's phrase."""
    node = token
    while node.head != node:
        if node.dep_ in PHRASE_SUBJECT_DEPS:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "acl":
            return False
        node = node.head
    return False


def _colon_after(verb: Token) -> bool:
    """Whether a colon follows a verb's phrase, no other verb between ("tweeted in response: ..."): a
    participle the tagger read there is a finite verb introducing what it says."""
    for token in verb.doc[verb.i + 1 : verb.i + 1 + MAX_COLON_DISTANCE]:
        if token.text == ":":
            return True
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def _characterised(token: Token) -> bool:
    """Whether a token is a noun the parser made an object complement though quoted words
    after it are what it is called ("called Trump's remarks ''racist''")."""
    return token.dep_ == "oprd" and token.pos_ in ("NOUN", "PROPN") and any(t.text in QUOTE_MARKS
                                                                          for t in token.subtree)


def _says_when(preposition: Token) -> bool:
    """Whether a preposition places a day or a time ("on Tuesday", "at noon"), not a topic that
    is one ("talked about the decades they had spent")."""
    return preposition.lower_ in WHEN_PREPOSITIONS and any(c.dep_ == "pobj" and c.ent_type_ in WHEN_LABELS
                                                           for c in preposition.children)


def subtree_chars(text: str, head: Token, anchor: int, last: Token | None = None) -> tuple[int, int] | None:
    """A token's subtree (up to `last`) as characters of `text`, clipped to the line
    (paragraph) holding `anchor` -- a parse that runs across a line break has joined a
    headline or a list item to the next paragraph."""
    return phrase_chars(text, head.left_edge, last or head.right_edge, anchor)


def phrase_chars(text: str, first: Token, last: Token, anchor: int) -> tuple[int, int] | None:
    """The characters from `first` to `last`, clipped to the line holding `anchor`."""
    line_start = text.rfind("\n", 0, anchor) + 1
    line_end = text.find("\n", anchor)
    line_end = len(text) if line_end < 0 else line_end
    start = max(first.idx, line_start)
    end = min(last.idx + len(last), line_end)
    return trim(text, start, end)


def trim(text: str, start: int, end: int, edge: str = EDGE_PUNCTUATION) -> tuple[int, int] | None:
    """`start`/`end` moved inwards past whitespace and `edge` characters; None if empty."""
    while start < end and (text[start] in edge or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in edge or text[end - 1].isspace()):
        end -= 1
    return (start, end) if start < end else None
