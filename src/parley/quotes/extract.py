"""Quote extraction over one parsed article: direct quotes from quotation marks tied to
the reporting cue before or after them, indirect and mixed quotes from the content clause
of a reporting cue, floating quotes (no cue) credited to the speaker of the quote before,
and every speaker resolved to a name and role by :mod:`parley.quotes.speakers`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..layout import heading_lines
from ..records import Quote, QuoteKind, Span
from . import lexicon as lexicon_module
from .cues import (
    DASHES,
    EDGE_PUNCTUATION,
    FINITE_TAGS,
    SETTING_OFF,
    WHEN_LABELS,
    Cue,
    find_cues,
    phrase_chars,
    trim,
)
from .marks import QuotedSpan, find_quoted_spans, markup_spans
from .naming import name_start_across_hyphen
from .speakers import NOBODY, RESOLVER_KEY, Resolution, SpeakerResolver
from .syntax import RELATIVE_PRONOUN_TAGS
from .tagger import TAG_KINDS, TaggedSpan

CLAUSE_OPENERS = set(".!?:;—–(") | set("“”‘’\"'«»")
CUE_WINDOW_AFTER = 20
CUE_WINDOW_BEFORE = 15
MAX_MENTION_TOKENS = 40
MENTION_RIGHT_DEPS = frozenset({"appos", "prep", "compound", "nummod", "nmod", "cc", "conj", "case", "punct"})
CUT_EDGE = EDGE_PUNCTUATION + "“‘«\"'"
"""What a content clause cut before a quote loses at its end: the quote's opening mark."""
RESTRICTIVE_DEPS = frozenset({"acl", "relcl", "amod"})
HEAD_MODIFIER_DEPS = frozenset({"compound", "det", "amod", "nummod", "poss", "case"})
MIN_FLOATING_WORDS = 4
WORDS = re.compile(r"\w+")
CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet"})
MIN_REST_WORDS = 2
"""Fewer words left of what a cue reports after the statements before it, a bare conjunction ("but"), say nothing."""
SPEAKER_WORDS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
"""Parts of speech of which a speaker mention holds at least one ("officials", "Smith", "he", "two", "many")."""
SPLIT_SUBJECT_DEPS = frozenset({"nsubj", "dep"})
"""What the parser makes of either half of a subject it splits in two ("The Times’ Maureen Dowd said")."""
POSSESSIVE_MARKS = frozenset({"’", "'", "’s", "'s"})
"""The mark that may stand between the halves of a split subject: "Fox News’ Bret Baier"."""
LEADING_NON_NAME = frozenset({"ADP", "PUNCT", "CCONJ"})
"""Parts of speech no speaker mention starts with ("from", "and", a stray comma)."""
CORRELATIVE_DEPS = frozenset({"preconj", "det"})
"""What the parser makes of a conjunction opening a coordinated pair ("Neither Republicans nor Democrats"),
which a mention does start with."""
MIN_SOURCE_SCORE = 0.75
"""A tagged source scored lower names no speaker: its attribution stays, with the speaker null rather than a
guess. Chosen on 105 PolNeAR train articles held out of the tagger's training (source exact F1 0.755 -> 0.768;
0.767 to 0.768 anywhere from 0.7 to 0.8)."""
MAX_LABEL_TOKENS = 5
"""A colon this far into a quote can end a transcript label ("“Chris Matthews: ...")."""
MAX_TRAILING_TOKENS = 3
"""Words after a cue that ends its sentence: "Smith disagreed on Monday."."""
MAX_CUE_TAIL_CHARS = 80
"""How far a cue's sentence may run on after the cue: "she said in an interview on Monday."."""
SENTENCE_END = frozenset({".", "!", "?"})
OPENING_MARKS = frozenset([*"“‘«\"'", "''"])
SETTING_PREPOSITIONS = frozenset({"on", "at", "in", "during"})
"""Prepositions whose phrase after a speaker may tell when or where it spoke ("Trump at the time")."""
SPACED_DASH = re.compile(r"[^\S\n]+(?:—|–|--|-)(?=\s)")
"""A dash between spaces, as one opening or closing an aside ("Democrats — and some Republicans — say")."""
DASH_CREDIT = re.compile(r"[\s,]*[—–]\s*")
LABEL = re.compile(r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2}:\s")
PARTY_LABEL = re.compile(r",[^\S\n]*[RDI]-(?:[A-Z][a-z]*\.?)+(?=[\s,;:]|$)")
"""A lawmaker's party and state set off after the name ("Sen. Ron Johnson, R-Wis.", "Rep. Ann Lee, D-N.Y.")."""
"""A label opening a quote ("“VIDEO: ...", "“RAMOS: ..."): whoever it names, if anyone, speaks
the quote, not the speaker of the quote before."""


@dataclass
class _Draft:
    """A quote before its speaker is resolved; `follows` is the quote whose speaker a
    floating or continued quote shares."""

    kind: QuoteKind
    start: int
    end: int
    cue: Cue | None = None
    speaker: Token | None = None
    follows: _Draft | None = None
    mention: tuple[int, int] | None = None
    """The speaker mention's characters when a tagger marked them; else read off the parse."""


def extract_quotes(doc: Doc, article_id: str, tagged: list[TaggedSpan] | None = None,
                   text: str | None = None) -> list[Quote]:
    """Every direct, indirect and mixed quote of a parsed article, in text order.

    With ``tagged``, the spans a learned tagger marked (:mod:`.tagger`), the rules' quotes
    are kept and the tagger's attributions are added where the rules found none: no shared
    content, no shared cue. Speakers are resolved the same way either way. ``text`` is the
    string ``doc`` was parsed from, when the caller has it: spaCy rebuilds ``doc.text`` from
    the tokens on every access, a few percent of the stage's time."""
    article = _Article(doc, doc.text if text is None else text)
    drafts = article.drafts()
    if tagged is not None:
        drafts = article.with_tagged(drafts, article.linked_drafts(tagged))
    return article.resolved(drafts, article_id)


class _Article:
    """One parsed article, with its text, quote marks and cues read once."""

    def __init__(self, doc: Doc, text: str):
        lexicon = lexicon_module.load()
        self.lexicon = lexicon
        self.doc = doc
        self.text = text
        self.quoted = find_quoted_spans(self.text)
        self.resolver = doc.user_data[RESOLVER_KEY] = SpeakerResolver(doc, lexicon, self.text, self.quoted)
        self.cues = list(find_cues(doc, lexicon, self.text, self.quoted))
        self.cue_at = {cue.anchor.i: cue for cue in self.cues}
        self.token_starts = self.resolver.token_starts
        self.headings = heading_lines(self.text)
        self.markup = markup_spans(self.text)

    def drafts(self) -> list[_Draft]:
        drafts = self.direct_quotes()
        drafts += self.indirect_quotes(drafts)
        drafts.sort(key=lambda draft: (draft.start, draft.end))
        self.follow_reports(drafts)
        return drafts

    def follow_reports(self, drafts: list[_Draft]) -> None:
        """A floating quote right after a reported statement goes on with it, as one after a quote
        does: "Perez says too many women are torn by guilt. “They feel like a bad mom.”"."""
        for previous, draft in zip(drafts, drafts[1:]):
            if draft.cue is None and draft.speaker is None and previous.kind != "direct" \
                    and previous.end <= draft.start and self.shortly_after(draft.start, previous) \
                    and not LABEL.match(self.text, draft.start):
                draft.follows = previous

    def linked_drafts(self, tagged: list[TaggedSpan]) -> list[_Draft]:
        """Tagged spans tied into attributions: each cue takes the nearest content in its
        sentence or the next or previous one (each content once) and the nearest source in
        its own sentence that the tagger is sure of (:data:`MIN_SOURCE_SCORE`), else the cue's subject where
        the tagger marked a source over it (:func:`_subject_also_tagged`); a content no
        cue takes is a floating quote when it is quoted, spoken by the speaker of the quote
        before it in the same or the previous paragraph."""
        by_kind: dict[str, list[TaggedSpan]] = {kind: [] for kind in TAG_KINDS}
        for span in tagged:
            by_kind[span.kind].append(span)
        sentence_starts = [sentence.start_char for sentence in self.doc.sents]

        def sentence(offset: int) -> int:
            return bisect.bisect_right(sentence_starts, offset)

        def gap(one: TaggedSpan, other: TaggedSpan) -> int:
            return max(0, other.start - one.end, one.start - other.end)

        drafts: list[_Draft] = []
        unclaimed = list(by_kind["Content"])
        for cue_span in by_kind["Cue"]:
            at = sentence(cue_span.start)
            near = [c for c in unclaimed if sentence(c.start) - 1 <= at <= sentence(max(c.start, c.end - 1)) + 1]
            if not near:
                continue
            content = min(near, key=lambda c: (not sentence(c.start) <= at <= sentence(c.end - 1), gap(cue_span, c)))
            unclaimed.remove(content)
            in_sentence = [s for s in by_kind["Source"] if sentence(s.start) == at]
            sources = [s for s in in_sentence if s.score >= MIN_SOURCE_SCORE and self.names_anyone(s)]
            source = min(sources, key=lambda s: gap(cue_span, s)) if sources else None
            anchor = self.span_root(cue_span.start, cue_span.end)
            if source is not None:
                head = self.span_root(source.start, source.end)
            else:
                head = _subject_also_tagged(anchor, in_sentence)
            cue = Cue(anchor, cue_span.start, cue_span.end, head, (content.start, content.end))
            mention = self.source_words(source) if source and not _is_subject_of(head, anchor) else None
            drafts.append(_Draft(self.tagged_kind(content), content.start, content.end, cue, head, mention=mention))
        drafts.sort(key=lambda draft: (draft.start, draft.end))
        for content in unclaimed:
            if self.tagged_kind(content) != "direct":
                continue
            before = [d for d in drafts if d.end <= content.start]
            previous = before[-1] if before else None
            near = self.shortly_after(content.start, previous)
            bisect.insort(drafts, _Draft("direct", content.start, content.end, follows=previous if near else None),
                          key=lambda draft: (draft.start, draft.end))
        return drafts

    def with_tagged(self, drafts: list[_Draft], tagged: list[_Draft]) -> list[_Draft]:
        """The rules' drafts and the tagged ones that overlap none of them; a rules' draft whose cue found no
        speaker takes the one the tagger found for the same cue ("Clinton, exasperated, famously responded:"; on
        105 held-out PolNeAR train articles, 3 more correct sources and no wrong one)."""
        for draft in drafts:
            if draft.cue is not None and draft.speaker is None and draft.follows is None:
                same = next((t for t in tagged if t.speaker is not None and t.cue is not None
                             and t.cue.start < draft.cue.end and draft.cue.start < t.cue.end), None)
                if same is not None:
                    draft.speaker, draft.mention = same.speaker, same.mention
        taken = [(d.start, d.end) for d in drafts] + [(d.cue.start, d.cue.end) for d in drafts if d.cue is not None]
        added = [
            draft for draft in tagged
            if not _overlaps_any(draft.start, draft.end, taken)
            and not (draft.cue is not None and _overlaps_any(draft.cue.start, draft.cue.end, taken))
        ]
        return sorted(drafts + added, key=lambda draft: (draft.start, draft.end))

    def shortly_after(self, offset: int, previous: _Draft | None) -> bool:
        """Whether `offset` lies in the paragraph of the quote before or the next one: how far
        a floating quote may stand from the speaker it shares."""
        return previous is not None and self.resolver.paragraph(offset) - self.resolver.paragraph(previous.end) <= 1

    def span_root(self, start: int, end: int) -> Token:
        """The syntactic head of the tokens a character span covers."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else self.doc[min(self.token_at(start), len(self.doc) - 1)]

    def names_anyone(self, source: TaggedSpan) -> bool:
        """Whether a tagged source holds a word that can name a speaker ("he", "many", "officials"); a lone "a"
        or "in" names no one."""
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        return span is not None and any(t.pos_ in SPEAKER_WORDS for t in span)

    def source_words(self, source: TaggedSpan) -> tuple[int, int]:
        """A tagged source without the preposition or punctuation the tagger took in at its start ("[from]
        Alabama Securities Commissioner Thomas Krebs"), but with the conjunction opening a pair ("Neither
        Republicans nor Democrats") and the dash closing an aside (:func:`_past_closing_dash`)."""
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None:
            return source.start, source.end
        first = next((t for t in span if t.pos_ not in LEADING_NON_NAME or t.dep_ in CORRELATIVE_DEPS), None)
        start = max(source.start, first.idx) if first is not None else source.start
        return start, _past_closing_dash(self.text, start, source.end)

    def tagged_kind(self, content: TaggedSpan) -> QuoteKind:
        """Direct when quote marks enclose the content, mixed when it holds a quoted fragment."""
        if any(q.open <= content.start and content.end <= q.close for q in self.quoted):
            return "direct"
        return ("mixed" if any(content.start <= q.open and q.close <= content.end + 1 for q in self.quoted)
                else "indirect")

    def direct_quotes(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        for span in self.quoted:
            label = self.label_opening(span)
            if label is not None:
                drafts.append(_Draft("direct", label.content[0], span.end, label, label.speaker))
                continue
            opens_clause = self.opens_clause(span)
            cue = (self.cue_after(span) or self.cue_before(span)
                   or self.sentence_cue_before(span)) if opens_clause else None
            if cue is None and drafts and drafts[-1].cue is not None and self.cue_before(span) is drafts[-1].cue:
                cue = drafts[-1].cue
            if cue is not None:
                drafts.append(_Draft("direct", span.start, span.end, cue, cue.speaker))
                continue
            credited = self.dash_credit(span) if opens_clause else None
            if credited is not None:
                drafts.append(_Draft("direct", span.start, span.end, None, credited))
                continue
            previous = drafts[-1] if drafts else None
            if previous is not None and self.resumes_after_cue(span, previous):
                drafts.append(_Draft("direct", span.start, span.end, follows=previous))
                continue
            if not (span.continued or (opens_clause and self.word_count(span) >= MIN_FLOATING_WORDS)):
                continue
            near = self.shortly_after(span.open, previous) \
                and not LABEL.match(self.text, span.start)
            drafts.append(_Draft("direct", span.start, span.end, follows=previous if near else None))
        return drafts

    def label_opening(self, span: QuotedSpan) -> Cue | None:
        """ "“Chris Matthews: Seriously, ...”": a transcript label inside the quote mark that
        opens a paragraph names who speaks the rest of the quote."""
        first = self.token_at(span.start)
        for token in self.doc[first : first + MAX_LABEL_TOKENS]:
            cue = self.cue_at.get(token.i)
            if token.text == ":" and cue is not None and cue.content is not None and cue.content[0] < span.end:
                return cue
        return None

    def resumes_after_cue(self, span: QuotedSpan, previous: _Draft) -> bool:
        """ "“I don’t know,” she said. “Maybe next year.”": a quote right after the sentence
        that credited the quote before it goes on with that quote, however short."""
        cue = previous.cue
        if cue is None or cue.start < previous.end:
            return False
        between = self.text[cue.end : span.open]
        if len(between) > MAX_CUE_TAIL_CHARS or "\n" in between:
            return False
        return [c for c in between if c in SENTENCE_END] == [between.strip()[-1:]]

    def opens_clause(self, span: QuotedSpan) -> bool:
        """Whether a quote starts its own clause (not a fragment inside someone's sentence)."""
        text = self.text
        before = text[: span.open].rstrip()
        if not before or "\n" in text[len(before) : span.open] or before[-1] in CLAUSE_OPENERS:
            return True
        return before[-1] == "," and text[span.start : span.start + 1].isupper()

    def word_count(self, span: QuotedSpan) -> int:
        return len(self.text[span.start : span.end].split())

    def cue_after(self, span: QuotedSpan) -> Cue | None:
        """ "“...,” he said" / "“...,” said the spokesman": a cue just after the closing mark
        and a nested quote's closing mark glued to it ("''... 'a special case,'" + "''"); one
        with a speaker wins over a nearer one without ("“...,” a source, who was not
        authorized to speak, told Fox News"); after a quote that ends its sentence with a full stop,
        not the cue of a next sentence that says something of its own ("“... out there.” Any attempt
        to debunk it becomes hopeless, he said")."""
        first = self.token_at(span.close)
        if first < len(self.doc) and self.doc[first].idx == span.close and self.doc[first].text in OPENING_MARKS:
            first += 1
        found = None
        ended = self.text[span.start : span.end].rstrip()[-1:] == "."
        for token in self.doc[first : first + CUE_WINDOW_AFTER]:
            if "\n" in token.text or token.text in OPENING_MARKS and token.tag_ != "POS" or token.text in SENTENCE_END:
                break
            cue = self.cue_at.get(token.i)
            if cue is None and ended and token.pos_ in ("VERB", "AUX"):
                break
            if cue is None:
                continue
            if _in_relative_clause(cue.anchor):
                continue
            if not _speaks_quote(cue, span):
                break
            found = found or cue
            if cue.speaker is not None:
                return cue
        return found

    def cue_before(self, span: QuotedSpan) -> Cue | None:
        """ "Wang added: “...”" / "he said, “...”": a cue just before the opening mark; the
        second half of "“...,” he said, “and ...”" shares the cue of the first."""
        last = self.token_at(span.open) - 1
        before = self.text[: span.open].rstrip()
        introduced = before[-1:] in (":", ",")
        if before.endswith(":"):
            while last > 0 and self.doc[last].is_space:
                last -= 1
        for token in reversed(self.doc[max(0, last - CUE_WINDOW_BEFORE) : last + 1]):
            if "\n" in token.text or token.text in SENTENCE_END:
                return None
            cue = self.cue_at.get(token.i)
            if cue is not None:
                adjacent = token.i == last
                return cue if (introduced or adjacent) and _speaks_quote(cue, span) else None
        return None

    def sentence_cue_before(self, span: QuotedSpan) -> Cue | None:
        """ "Bystrom agreed. “Mainstream Republicans are running out of time ...”": a sentence
        of the same paragraph that ends in its main verb, a speaker's cue saying nothing of
        its own, introduces the quote after it."""
        before = self.text[: span.open].rstrip(" \t")
        if not before.endswith("."):
            return None
        stop = self.token_at(len(before) - 1)
        for token in reversed(self.doc[max(0, stop - MAX_TRAILING_TOKENS - 1) : stop]):
            cue = self.cue_at.get(token.i)
            if cue is not None:
                trailing = self.doc[token.i + 1 : stop]
                said_nothing = cue.content is None and cue.speaker is not None and cue.anchor.dep_ == "ROOT"
                return cue if said_nothing and all(t.head == token or t.head.i > token.i for t in trailing) else None
        return None

    def dash_credit(self, span: QuotedSpan) -> Token | None:
        """ "“...” — Lin Jing": a name right after a dash that follows the quote."""
        match = DASH_CREDIT.match(self.text, span.close)
        if match is None or not match.group().strip(" ,"):
            return None
        i = self.token_at(match.end())
        doc = self.doc
        if i >= len(doc) or doc[i].pos_ != "PROPN":
            return None
        while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            i += 1
        return doc[i]

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.token_starts, offset)

    def indirect_quotes(self, direct: list[_Draft]) -> list[_Draft]:
        """Reported speech: each unused cue's content clause, mixed when it holds a quoted
        fragment; a cue inside what a later cue reports ("Beijing hopes ..., the diplomat
        says") is part of that statement, not one of its own, unless it is a speech verb
        in a relative clause, or a speaker's own "said" whose statement the later cue's
        clause runs past ("Smith said A, but B, he said": Smith says A, "he" B)."""
        used = {id(draft.cue) for draft in direct if draft.cue is not None}
        taken = [(draft.start, draft.end) for draft in direct]
        cues_before = [draft.cue.start for draft in direct if draft.cue and draft.cue.end <= draft.start]
        inside_quotes = [(span.start, span.end) for span in self.quoted]
        reported_after = [
            cue.content for cue in self.cues
            if cue.content is not None and cue.speaker is not None and cue.content[1] <= cue.anchor.idx
        ]
        contents, spoken_before = {}, set()
        for cue in self.cues:
            contents[id(cue)], spoken = self.after_reports_before(cue)
            spoken_before |= spoken
        drafts: list[_Draft] = []
        for cue in self.cues:
            if id(cue) in used or cue.content is None or cue.speaker is None:
                continue
            if _inside_any(cue.anchor.idx, reported_after) and id(cue) not in spoken_before:
                continue
            relayed = _relayed(cue, direct + drafts)
            credited = None if relayed else self.credited_report(cue, drafts)
            if relayed is None and credited is None and contents[id(cue)] is None:
                continue
            if credited is not None:
                relayed = credited
                credited.end = self.end_before_credit(cue, credited)
                start, end = self.credited_report_chars(credited)
            else:
                start, end = self.relayed_chars(cue, relayed) if relayed else self.before_quotes_taken(
                    *contents[id(cue)], [other_start for other_start, _ in taken] + cues_before)
            if _inside_any(cue.anchor.idx, inside_quotes) or _inside_any(cue.anchor.idx, self.headings):
                continue
            if _overlaps_any(start, end, taken) and not relayed and not self.nested_speech(cue, end, drafts):
                continue
            if not self.says_something(start, end):
                continue
            fragments = [s for s in self.quoted if start <= s.open + 1 and s.start < end]
            kind: QuoteKind = "mixed" if fragments else "indirect"
            end = max([end] + [s.end for s in fragments])
            drafts.append(_Draft(kind, start, end, cue, cue.speaker))
            taken.append((start, end))
        return drafts

    def after_reports_before(self, cue: Cue) -> tuple[tuple[int, int] | None, set[int]]:
        """What a cue after its content reports, past the statements that speakers say with speech
        verbs of their own before it ("Smith said taxes would rise, but they would not rise soon,
        he said": "he" says only the second clause, Smith the first), and those statements' cues
        (by id), which are statements of their own, not part of the cue's."""
        if cue.content is None or cue.content[1] > cue.anchor.idx:
            return cue.content, set()
        start, end = cue.content
        before = [other for other in self.cues
                  if other is not cue and other.speaker is not None and other.content is not None
                  and start <= other.speaker.idx and start <= other.anchor.idx and other.content[1] < end
                  and other.content[0] > other.anchor.idx and _says_in_own_clause(other, self.lexicon)
                  and not any(span.start <= other.anchor.idx < span.end for span in self.quoted)]
        if not before:
            return cue.content, set()
        rest = trim(self.text, max(other.content[1] for other in before), end, CUT_EDGE)
        words = WORDS.findall(self.text, *rest) if rest else []
        said = rest if len(words) >= MIN_REST_WORDS or words and words[0].lower() not in CONJUNCTIONS else None
        return said, {id(other) for other in before}

    def credited_report(self, cue: Cue, drafts: list[_Draft]) -> _Draft | None:
        """The reported statement a crediting phrase at its end passes on, though the parser hung the phrase
        inside what was reported ("The campaign announced that it hired Reyes, a former aide, according to
        Politico"): the outlet is a second source of the report, as after a quote."""
        if cue.speaker is None or cue.anchor.lower_ not in self.lexicon.crediting_words:
            return None
        phrase_end = cue.speaker.right_edge.idx + len(cue.speaker.right_edge)
        return next((d for d in drafts if d.cue is not None and d.speaker is not None and d.cue.end <= cue.start
                     and d.start < cue.start < d.end and trim(self.text, phrase_end, d.end) is None), None)

    def end_before_credit(self, cue: Cue, report: _Draft) -> int:
        """Where a report's own content ends when a crediting phrase passes it on: before the phrase."""
        return (trim(self.text, report.start, cue.start) or (report.start, cue.start))[1]

    def credited_report_chars(self, report: _Draft) -> tuple[int, int]:
        """What a crediting phrase passes on: the report from its speaker on, up to the phrase."""
        start = min(report.start, report.cue.start, report.speaker.left_edge.idx)
        return trim(self.text, start, report.end) or (start, report.end)

    def relayed_chars(self, cue: Cue, relayed: _Draft) -> tuple[int, int]:
        """What an outlet relays: the quote from its opening mark, with its cue and speaker, as one content
        ("“...,” Hewitt said" when the parser left only the quote's last sentence in the cue's clause)."""
        start = min(cue.content[0], relayed.start)
        opened = start > 0 and self.text[start - 1] in OPENING_MARKS
        return (start - 1 if opened else start), cue.content[1]

    def nested_speech(self, cue: Cue, end: int, drafts: list[_Draft]) -> bool:
        """Whether a speech verb in a relative clause reports a statement of its own inside
        what another quote reports ("Trump cited policies, which he said had harmed the
        economy", "a booker who said Mr. Ailes ...")."""
        speech = cue.anchor.dep_ == "relcl" and self.lexicon.verb_lemma(cue.anchor) in self.lexicon.speech_verbs
        return speech and any(draft.start <= cue.start and end <= draft.end for draft in drafts)

    def says_something(self, start: int, end: int) -> bool:
        """Whether content reports anything: "endorsed Clinton", "said yes", not "said nothing"."""
        return self.text[start:end].lower() not in self.lexicon.empty_contents

    def before_quotes_taken(self, start: int, end: int, stops: list[int]) -> tuple[int, int]:
        """A content clause cut short of a quote already reported, and of the cue that
        introduces it ("said the process could be “messy,” adding, “Democracy is messy.”");
        `stops` are where those quotes, earlier contents and cues begin."""
        later = [stop for stop in stops if start < stop < end]
        return (trim(self.text, start, min(later), CUT_EDGE) or (start, end)) if later else (start, end)

    def resolved(self, drafts: list[_Draft], article_id: str) -> list[Quote]:
        text = self.text
        quotes: list[Quote] = []
        by_draft: dict[int, Quote] = {}
        for number, draft in enumerate(drafts, start=1):
            speaker, resolution = None, NOBODY
            if draft.follows is not None and id(draft.follows) in by_draft:
                earlier = by_draft[id(draft.follows)]
                speaker, resolution = earlier.speaker, Resolution(earlier.speaker_name, earlier.speaker_role)
            elif draft.speaker is not None:
                speaker = self.mention_span(draft) if draft.mention is None else Span(
                    *draft.mention, text[draft.mention[0] : draft.mention[1]])
                resolution = self.resolver.resolve(draft.speaker)
                self.resolver.remember(draft.speaker.idx, resolution)
            cue = Span(draft.cue.start, draft.cue.end, text[draft.cue.start : draft.cue.end]) if draft.cue else None
            quote = Quote(
                id=f"{article_id}:q{number}", kind=draft.kind, start=draft.start, end=draft.end,
                text=text[draft.start : draft.end], cue=cue, speaker=speaker,
                speaker_name=resolution.name, speaker_role=resolution.role,
            )
            by_draft[id(draft)] = quote
            quotes.append(quote)
        return quotes

    def mention_span(self, draft: _Draft) -> Span:
        """The speaker mention: the subject's phrase with its appositions and relative clauses
        ("Pang Zhongying, an international relations professor ...", "..., said Mr. Sperling,
        who worked with ..."), before the cue or after it alike; failing that, the phrase up to
        its head, or the head with its determiner and modifiers ("many economists"), when the
        longer phrase runs into the quote or the cue; never a tag left in the text, nor a cue
        before the head that the parser took into the name ("Added Smith:")."""
        head, cue = draft.speaker, draft.cue
        first = _after_split_title(_mention_start(head, self.lexicon.focus_adverbs), _abbreviated_titles())
        first = _with_role_before(head, _after_split_place(_after_name_read_as_verb(first, head)))
        first = _after_role_adjective(name_start_across_hyphen(first), self.lexicon.role_adjectives)
        if cue is not None and first.idx < cue.end <= head.idx:
            first = self.doc[self.token_at(cue.end)]
        elsewhere = [(draft.start, draft.end)] + ([(cue.start, cue.end)] if cue else [])
        cue_after = cue.anchor.i if cue is not None and cue.anchor.i > head.i else None
        ending = _dated_survey(_mention_end(head, self.lexicon, self.cue_at, cue_after), head,
                               self.lexicon.survey_nouns)
        for last in (ending, head):
            bounds = phrase_chars(self.text, first, last, head.idx) if last.i - first.i < MAX_MENTION_TOKENS else None
            if bounds is not None and not _overlaps_any(*bounds, elsewhere):
                break
        else:
            doc = self.doc
            first = head
            while first.i > 0 and doc[first.i - 1].dep_ in HEAD_MODIFIER_DEPS and doc[first.i - 1].head == head:
                first = doc[first.i - 1]
            bounds = (first.idx, head.idx + len(head))
        start, end = self.outside_markup(*bounds, head)
        end = _past_party_label(self.text, _past_closing_dash(self.text, start, end))
        return Span(start, end, self.text[start:end])

    def outside_markup(self, start: int, end: int, head: Token) -> tuple[int, int]:
        """A mention cut free of the tags left in the text around it ('<tweet
        author="@mattyglesias">Responsible establishment candidate Marco Rubio')."""
        for tag_start, tag_end in self.markup:
            if start < tag_end and tag_start < end:
                start, end = (max(start, tag_end), end) if tag_end <= head.idx else (start, min(end, tag_start))
        return trim(self.text, start, end) or (head.idx, head.idx + len(head))


def _is_subject_of(word: Token, verb: Token) -> bool:
    """Whether a tagged source is its cue's subject, whose mention the parse then bounds as the rules' are (with
    appositions and titles): on 105 held-out PolNeAR train articles source exact F1 0.7784 -> 0.7801, against
    0.7794 for the parse's bounds on every tagged source."""
    return word.dep_ in ("nsubj", "nsubjpass") and word.head == verb


def _subject_also_tagged(verb: Token, sources: list[TaggedSpan]) -> Token | None:
    """The active subject of a tagged cue when the tagger marked a source over it, however unsure: the parse
    and the tagger agreeing name the speaker that neither is sure of alone. Chosen on 105 PolNeAR train
    articles held out of the tagger's training (source exact F1 0.7750 -> 0.7775; any subject, tagged or
    not, 0.7767 at lower precision)."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return subject if any(s.start < end and start < s.end for s in sources) else None


def _relayed(cue: Cue, drafts: list[_Draft]) -> _Draft | None:
    """The attributed quote a cue credits to whoever passed it on ("“...,” Sanders said, according to CNN",
    "..., the president will say, according to excerpts released by the White House"): its content holds the
    quote's cue and speaker before it, and the quote or the end of it the parser left in the sentence, so its
    source is a second one, not a rival."""
    start, end = cue.content or (0, 0)
    return next((d for d in drafts if d.cue is not None and d.speaker is not None and d.cue.end <= cue.start
                 and start <= d.cue.start and d.cue.end <= end and start < d.end and d.start < end), None)


def _says_in_own_clause(cue: Cue, lexicon: lexicon_module.Lexicon) -> bool:
    """Whether a cue is a finite speech verb with its speaker as its own subject ("he said", not "the
    economy adding" or "a message referring to")."""
    verb = cue.anchor
    finite = verb.pos_ in ("VERB", "AUX") and verb.tag_ in FINITE_TAGS
    own = any(child == cue.speaker and child.dep_ == "nsubj" for child in verb.lefts)
    return finite and own and lexicon.verb_lemma(verb) in lexicon.speech_verbs


def _past_closing_dash(text: str, start: int, end: int) -> int:
    """The end of a mention with the dash that closes the aside a dash opened inside it ("Jason Sims —
    a teacher from Mount Pleasant — says", "Democrats — and some Republicans — say"): the pair sets
    off one phrase of the mention, as commas do not."""
    opened = len(SPACED_DASH.findall(text, start, end)) % 2 == 1
    closing = SPACED_DASH.match(text, end) if opened else None
    return closing.end() if closing else end


def _past_party_label(text: str, end: int) -> int:
    """The end of a mention with the party and state that label the lawmaker it names ("said Sen. Lindsey
    Graham, R-S.C."), which the parser may read as a sentence of their own: they are part of the name."""
    label = PARTY_LABEL.match(text, end)
    return label.end() if label else end


def _speaks_quote(cue: Cue, span: QuotedSpan) -> bool:
    """A cue whose own content clause follows it and lies elsewhere reports something else."""
    if cue.content is None:
        return True
    start, end = cue.content
    return start < span.close and span.open < end or end <= cue.anchor.idx


def _in_relative_clause(verb: Token) -> bool:
    """ "“...,” Warren, who has not endorsed a candidate, told reporters": a verb of a relative
    clause describing the speaker, not the cue of the quote."""
    return verb.dep_ == "relcl" and any(t.tag_ in RELATIVE_PRONOUN_TAGS for t in verb.lefts)


def _mention_start(head: Token, focus_adverbs: frozenset[str]) -> Token:
    """The first token of a mention, after any dateline a dash ends ("MACAU (Reuters) – Top
    Republican donor Sheldon Adelson"), any quote mark the parser hung on it, and a
    conjunction or focusing adverb that belongs to the sentence ("And", "Even the
    organizer", "Meanwhile Rihanna" when the parser took the adverb for a name), not a
    quantity's ("Nearly half", "About one in five"); with the determiner the parser gave the verb."""
    doc = head.doc
    dashes = [t for t in doc[head.left_edge.i : head.i]
              if t.text in DASHES or t.text == "-" and doc[t.i - 1].whitespace_]
    first = doc[dashes[-1].i + 1] if dashes else _split_subject(head.left_edge, head)
    while first.i < head.i and (first.is_punct or _sentence_word(first, head, focus_adverbs)):
        first = doc[first.i + 1]
    return _verb_determiner(first, head)


def _verb_determiner(first: Token, head: Token) -> Token:
    """The determiner the parser gave the verb instead of the speaker it took for the verb's
    modifier ("the 43-year-old asked"): the mention starts with it."""
    before = head.doc[first.i - 1] if first.i > 0 else None
    misread = head.dep_ == "amod" and head.head.pos_ == "VERB"
    return before if misread and before is not None and before.dep_ == "det" and before.head == head.head else first


def _split_subject(first: Token, head: Token) -> Token:
    """The first token of a subject the parser split in two, a second subject of the same verb
    right before the mention ("The Times’ Maureen Dowd", "Vatican spokesman the Rev. Federico
    Lombardi", "his nephew Michery el Soheil" with a no-break space between), or joined by a
    conjunction it hung on the first ("Former Maryland Gov. Martin O’Malley (D) and former Arkansas
    Gov. Mike Huckabee (R) announced"), unless the first is a clause of its own ("The general stumped
    for Clinton, and the campaign has touted"): a clause has one subject, so both halves are the mention."""
    doc = head.doc
    before = first.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    joined = before > 0 and doc[before].dep_ == "cc"
    if before > 0 and doc[before].text in POSSESSIVE_MARKS:
        before -= 1
    if before < 0 or head.dep_ not in SPLIT_SUBJECT_DEPS:
        return first
    other = doc[before].head if joined else doc[before]
    split = other.head == head.head and other.dep_ in SPLIT_SUBJECT_DEPS and other.pos_ in ("NOUN", "PROPN")
    clause = joined and any(t.pos_ in ("VERB", "AUX") for t in other.subtree)
    return other.left_edge if split and not clause and other.right_edge.i < first.i else first


def _sentence_word(token: Token, head: Token, focus_adverbs: frozenset[str]) -> bool:
    """Whether a word before a speaker's head belongs to the sentence: a conjunction or a focusing
    adverb of the head, or such an adverb or a day opening the sentence that the parser made part of the name."""
    focus = token.lower_ in focus_adverbs
    named = token.dep_ == "compound" and token.is_sent_start
    return (token.head == head and (token.dep_ == "cc" or token.dep_ == "advmod" and focus)
            or (focus or _when(token)) and named)


def _when(token: Token) -> bool:
    """Whether a word opening a sentence that the parser made part of the name says when ("Yesterday Smith said")."""
    return token.ent_type_ in ("DATE", "TIME") and not any(c.dep_ == "case" for c in token.children)


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """Titles written with a period ("sen.", "pres.", "fr."), without it: read once from the lexicon."""
    lexicon = lexicon_module.load()
    return frozenset(t.rstrip(".") for t in (*lexicon.titles, *lexicon.title_abbreviations) if t.endswith("."))


def _after_split_title(first: Token, titles: frozenset[str]) -> Token:
    """The abbreviated title the parser cut off a name as a sentence of its own ("Pres. Obama claimed",
    "Fr. Frank Pavone, national director of Priests for Life, criticized"): the mention starts with it."""
    doc = first.doc
    if first.i < 2 or first.pos_ != "PROPN":
        return first
    title, stop = doc[first.i - 2], doc[first.i - 1]
    cut = stop.text == "." and not title.whitespace_ and bool(stop.whitespace_) and title.sent != first.sent
    return title if cut and title.lower_ in titles else first


def _after_split_place(first: Token) -> Token:
    """The place the parser cut off a title as a sentence of its own ("5:45 p.m.  Minnesota Gov. Mark
    Dayton says"): a lone place name on the same line right before the mention starts it."""
    doc = first.doc
    if first.i < 1 or not first.is_sent_start:
        return first
    place = doc[first.i - 1]
    alone = place.is_sent_start and place.pos_ == "PROPN" and place.ent_type_ in ("GPE", "NORP")
    return place if alone and place.whitespace_ and "\n" not in place.whitespace_ else first


def _after_name_read_as_verb(first: Token, head: Token) -> Token:
    """A capitalised name the parser read as a bare verb of the clause before the role it qualifies
    ("Trump senior adviser Paul Manafort conceded", "Fight for $15 organizing director Kendall Fells
    told"): a verb ending right before the mention, no clause of its own, is part of it."""
    misread = [t for t in head.head.lefts if t.tag_ == "VB" and t.is_title and t.left_edge == t
               and t.right_edge.i == first.i - 1 and not t.is_punct]
    return misread[0] if misread else first


def _after_role_adjective(first: Token, adjectives: frozenset[str]) -> Token:
    """An adjective that only describes a role, which the parser cut off the mention as a verb or a clause
    of its own ("Presumptive Republican nominee Donald Trump has not talked about it"): right before the
    mention on its line, it starts the mention."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    cut = before is not None and before.lower_ in adjectives and before.whitespace_ and "\n" not in before.whitespace_
    return before if cut else first


def _with_role_before(head: Token, first: Token) -> Token:
    """The role a name stands in apposition to when the parser hung the pair off another word ("In a
    statement to the Observer, her senior policy adviser, Jake Sullivan, said"): with no subject of
    its own the name is the speaker found, and the role right before it is part of the mention."""
    role = head.head
    if head.dep_ != "appos" or role.pos_ != "NOUN" or role.i > first.i or role.left_edge.i >= first.i:
        return first
    between = head.doc[role.i + 1 : first.i]
    return role.left_edge if all(t.is_punct and t.text == "," or t.is_space for t in between) else first


def _mention_end(head: Token, lexicon: lexicon_module.Lexicon, cue_at: dict[int, Cue],
                 cue_after: int | None = None) -> Token:
    """The last token of a mention: appositions, "of"-phrases, restrictive modifiers ("people
    familiar with the talks", "a poll released Friday") and relative clauses ("Reed, who managed
    Dole's campaign") belong to it; participles set off by a comma ("Clinton, speaking ...") do
    not, nor does when or where it spoke ("a congressional report on Wednesday", "Trump in his
    announcement speech", "Trump at the time"), after the last of coordinated speakers too, nor a
    statement of its own ("Scott, who has called the comments ''racially toxic''", "Christie, the
    governor, repeated accusations that ...") or what follows them, nor a clause of when the parser
    took for a relative one ("said Dan Golvach when asked about ..."), nor what a "which" clause
    tells of a thing the mention names ("a spokesman for the National Federation of Independent
    Business, which represents ..."); nor does a capitalised preposition outside the name, a
    title-case headline's phrase ("Hillary Clinton Under Pressure To Release Transcripts, Says
    Aide"), nor a quantifier the parser hangs on it ("Rubio and Bush both"); the rest of a list of
    names it misread does ("Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks"). Nothing
    the parser hung on the name past its cue (`cue_after`, the cue's token) belongs to it ("Ann Lee, a
    former mayor, wrote: “Good point.”", the quote's words read as another apposition)."""
    doc = head.doc
    kept = []
    for child in head.rights:
        if cue_after is not None and child.i > cue_after:
            break
        if child.dep_ == "prep" and child.text[:1].isupper() and (child.ent_iob_ != "I" or child.ent_type_ == "PERSON"):
            break
        if _says_when(child, lexicon):
            break
        if child.dep_ == "appos" and child.lower_ in lexicon.floating_quantifiers and not child.n_rights:
            continue
        if child.dep_ == "relcl" and child.left_edge.lower_ == "when":
            break
        states = child.dep_ == "relcl" and any(t.i in cue_at for t in child.subtree)
        if child.dep_ in MENTION_RIGHT_DEPS or child.dep_ == "relcl" and not states or _listed_name(child) \
                or child.dep_ in RESTRICTIVE_DEPS and doc[child.left_edge.i - 1].text not in SETTING_OFF:
            kept.append(child)
    while kept and kept[-1].dep_ == "punct" and kept[-1].text in SETTING_OFF:
        kept.pop()
    last = kept[-1].right_edge if kept else head
    if kept and kept[-1].dep_ == "conj" and kept[-1].pos_ in ("NOUN", "PROPN"):
        last = _mention_end(kept[-1], lexicon, cue_at, cue_after)
    statements = [t.left_edge.i for t in doc[head.i + 1 : last.i + 1]
                  if t.i in cue_at and t.dep_ == "appos" and t.left_edge.i > head.i]
    things = [t.left_edge.i for t in doc[head.i + 1 : last.i + 1]
              if t.dep_ == "relcl" and t.head != head and t.left_edge.lower_ == "which"]
    ends = statements + things
    return doc[min(ends) - 1] if ends else last


def _dated_survey(last: Token, head: Token, surveys: frozenset[str]) -> Token:
    """The end of a poll's mention with the time it was taken, which the parser hung on the verb that
    reports its finding ("A Washington Post-ABC News poll last week found ..."): a bare time phrase
    right after a poll dates the poll, where after a person it tells when they spoke ("Democrats last
    week said ...")."""
    if head.lemma_.lower() not in surveys:
        return last
    when = [t for t in head.head.children if t.dep_ == "npadvmod" and t.left_edge.i == last.i + 1
            and t.ent_type_ in WHEN_LABELS and t.i < head.head.i]
    return when[0].right_edge if when else last


def _listed_name(child: Token) -> bool:
    """Whether a name after a comma is the next of a list of speakers the parser did not read as
    one ("Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks"): a name it hung as a
    modifier whose phrase ends the list with a conjunction."""
    return child.dep_ == "npadvmod" and child.pos_ == "PROPN" and any(t.dep_ == "cc" for t in child.subtree)


def _says_when(child: Token, lexicon: lexicon_module.Lexicon) -> bool:
    """Whether a phrase after a speaker tells when or where it spoke ("on Wednesday", "in his
    announcement speech", "Trump at the time"), which no mention takes in; after a noun, "at the
    time" with a determiner tells who it was ("my editor at the time"), not after a name the parser
    took for a noun ("Trump at the time said"); any such phrase set off by a comma or a dash tells where or
    when ("Trump, in Kentucky, said", "Bush - in a line aimed at Trump - declared")."""
    if child.dep_ != "prep" or child.lower_ not in SETTING_PREPOSITIONS:
        return False
    before = child.doc[child.i - 1]
    if before.text == "," or before.text in DASHES or before.text == "-" and before.whitespace_:
        return not _works_at(child, lexicon)
    named = child.head.pos_ != "NOUN" or not any(t.dep_ in ("det", "poss") for t in child.head.lefts)
    return any(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "pobj" and (
        t.lemma_.lower() in lexicon.cue_settings or named and t.lemma_.lower() in lexicon.time_nouns)
        for t in child.subtree)


def _works_at(preposition: Token, lexicon: lexicon_module.Lexicon) -> bool:
    """Whether a phrase set off after a speaker names the organisation they work at, which is part of who
    they are ("Raffaello Pantucci, at the Royal United Services Institute, said", "Tom Miller, at a
    consulting firm"), not where they spoke ("Trump, at a rally in Ohio, said")."""
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return preposition.lower_ == "at" and place is not None and (
        place.lemma_.lower() in lexicon.organisation_nouns or place.lower_ in lexicon.organisation_name_ends)


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _inside_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)
