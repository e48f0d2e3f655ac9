"""Statements from the quotes stage coded as verbal events: the act a quote's cue and words
name, its speaker as the source and the actor it is about or addressed to as the target."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parley.actors import speaker_actor
from parley.actors.resolver import COMMENTATOR, MEDIA, ActorResolver, Term
from parley.events.coder import (
    ASSAULTS,
    NAMED_DOERS,
    SUBJECTS,
    THREAT_KIND,
    VERBAL,
    Act,
    Resolve,
    acts_in,
    apply_modality,
    closed_class,
    find_sources,
    find_targets,
    governors_of,
    is_description,
    is_embedded,
    is_reporting,
    match_act,
    named_possessor,
    names_people,
    target_heads,
    turns_acts,
)
from parley.events.coding import (
    CONFLICT_QUADS,
    CONSULT,
    CRITICISM,
    MATERIAL_QUADS,
    STATEMENT_ROOT,
    Context,
    domestic_target,
    event_date,
    events_for,
    is_command_to_own,
    is_one_sided,
    is_outlet_note,
    phrase_actors,
    refined_code,
    span_actors,
    warned_threat,
    with_known_country,
)
from parley.events.lexicon import Lexicon, lexicon
from parley.events.ontology import lookup
from parley.quotes.syntax import is_infinitive
from parley.records import Actor, Event, Quote

STATEMENT = "010"
"""A statement with no codable content: CAMEO 010 "Make statement, not specified below"."""
OPTIMISM = "013"
PLANS = frozenset({"intend", THREAT_KIND})
"""Kinds of an act that is planned, not done: an intent ("is ready to lead") or a threat ("could suspend aid")."""


PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PAST_TAGS = frozenset({"VBD", "VBN"})
"""Tags of a verb that tells a deed done: "killed", "have arrested"."""
ANTECEDENT_SENTENCES = 2
"""How many sentences before a quote the person a pronoun in it stands for may be named in."""


ASKED = {"appeal_modal": "020", "demand_modal": "100"}
"""CAMEO 020 "Make an appeal or request" and 100 "Demand": what a statement says someone else should or must do."""


MENTION_MEMBERS = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+)((?:(?!,\s|\sand\s).)+)")
"""The members of a coordinated speaker mention: what lies between its commas and "and"s."""
COORDINATOR = re.compile(r"\sand\s")
"""The "and" without which commas join no members: "Lavrov, Russia's foreign minister, and Blinken"."""


DENIAL = "016"
"""CAMEO 016 "Deny responsibility"."""
PRAISE = "051"
"""CAMEO 051 "Praise or endorse"."""
STANCE_ON = frozenset({"PERSON", "NORP", "GPE"})
"""Entity types of whom a stand is taken on: backing a person, a party or a country is an endorsement."""


def code_quote(quote: Quote, doc: Doc, context: Context, continues: bool = False) -> list[Event]:
    """A statement as verbal events with its speaker as source: its content's acts, else the cue, else 010;
    a quote that ``continues`` the one before it (:func:`continues_quote`) is that statement, coded there,
    and adds only the acts it tells of.
    Content that is only the cue's object is coded by the cue; content that says what someone else should or
    must do asks it of them (:func:`_asked_of_another`). A statement the content names ("Trump's remarks were
    the definition of a racist comment") is what the quote is about, not an act it reports. A speaker whose
    mention tells no country is coded as the article codes the same person elsewhere, and a relative pronoun
    ("who") as its antecedent. Each event spans the sentence it is said in (:func:`_clause_span`)."""
    speaker = speaker_actor(quote, context.published, context.resolver, context.namesakes)
    if speaker is not None:
        mention = (doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                   if speaker.end > speaker.start else None)
        speaker = with_known_country(speaker, quote.speaker_name, context, mention)
    if speaker is None or not speaker.country:
        speaker = _antecedent_speaker(quote, doc, context) or speaker
    if speaker is None or _names_no_speaker(speaker, doc):
        return []
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    if content is None or is_outlet_note(content.sent, context):
        return []
    lex = lexicon()
    cue_words = list(cue) if cue is not None else []
    resolve = partial(phrase_actors, context=context)
    when = event_date(cue.sent if cue is not None else content.sent, cue_words or [content.root], context)
    speakers = _joint_speakers(quote, doc, context) or [speaker]
    asked = _asked_of_another(content)
    events = []
    label = _label(content, cue_words)
    of_mind = tells_a_state_of_mind(quote, doc)
    cue_act = _cue_act(cue_words, lex)
    told = not (asked or of_mind or label is not None or _quotes_an_object(content, cue_act, lex))
    for act in acts_in(content, lex) if told else []:
        apply_modality(act, lex, cue_words)
        warned = warned_threat(act, cue_words, lex)
        if warned:
            act.code, act.kind = warned, THREAT_KIND
        if act.code in (None, STATEMENT) or is_description(act, lex):
            continue
        sources = _quote_doers(act, speaker, content, resolve)
        if warned and not (all(s.country == speaker.country for s in sources)
                           or _official_speaks_for(act, speaker, sources)):
            continue
        if _reports_anothers_deed(quote, act, sources, speaker, context.resolver):
            return []
        if not sources or (sources[0] is not speaker and (speaker.sector == COMMENTATOR or not speaker.code)
                           and not _relays_placed_act(speaker, sources, context.resolver)
                           and not _official_speaks_for(act, speaker, sources)):
            continue
        act.code = refined_code(act, sources, lex)
        if is_command_to_own(act, sources, resolve):
            act.code, act.kind, act.kind_word = act.base_code, None, None
        doers = [sources] if sources != [speaker] else [speakers] if not is_one_sided(act) else [[s] for s in speakers]
        heads = target_heads(act)
        for sources in doers:
            targets = find_targets(act, resolve, sources, heads) or domestic_target(act, sources, heads)
            events.extend(events_for(act, sources, targets, _clause_span(act.trigger, quote), when, quote))
    if events:
        return events
    words = _words_of(content)
    act = _spoken_act(cue_act, asked,
                      _denial(content, words) or _criticism(content, words) or _commendation(content, words)
                      or _conflict_label(label, lex)
                      or _scare_quoted_label(label) or _optimism(content, quote.text))
    if act is None:
        if continues or of_mind or _gives_reasons_for_act(cue_words, lex):
            return []
        act = Act(content.root, STATEMENT, -1, code=STATEMENT)
    elif _consults_no_one(act, speakers, quote, doc):
        act = Act(act.trigger, STATEMENT, -1, code=STATEMENT)
    whole = cue is not None and (act.code == STATEMENT or act.trigger in cue_words)
    span = _clause_span(cue[0] if whole else act.trigger, quote)
    return [event for source in speakers for event in events_for(
        act, [source], _addressed_actors(content, cue_words, source, context)
        or _mentioned_actors(content, source, context)[:1] or _antecedent_target(content, quote, source, context)
        or _domestic_addressee(act, source, content, lex), span, when, quote)]


def _reports_anothers_deed(quote: Quote, act: Act, sources: list[Actor], speaker: Actor,
                           resolver: ActorResolver) -> bool:
    """Whether reported speech of an unnamed source the resolver does not place (an army, police, a spokesman,
    witnesses) tells of a deed someone else did: "Israeli troops killed two gunmen in a raid, the army said",
    "Police arrested 20 people, a spokesman said". The deed is the news, read as narration
    (:func:`parley.events.stage.code_events`), not a statement of no one's; what a named person or a commentator
    claims of others stays their statement, and so does a claim of what others do ("families file lawsuits")."""
    anothers = not sources or sources[0] is not speaker
    done = _is_told_as_done(act) and lookup(act.code).quad_class in MATERIAL_QUADS
    return quote.kind == "indirect" and _is_unplaced(speaker, resolver) and anothers and done


def _is_told_as_done(act: Act) -> bool:
    """An act told as done in a clause of its own ("troops killed two gunmen", "has called up reservists"), also by
    the verb that turned a noun act ("Iran rejected a U.S. proposal": the rejection is done)."""
    word = act.kind_word if act.trigger.pos_ == "NOUN" and act.kind_word is not None else act.trigger
    return word.tag_ in PAST_TAGS and not is_embedded(act)


def _gives_reasons_for_act(cue_words: list[Token], lex: Lexicon) -> bool:
    """Whether a participle cue ("saying", "arguing") hangs on a verb that is a spoken act of its own: in "Blinken
    praised India's leadership, saying New Delhi had helped the group" the saying is why he praised, the praise
    (051) is coded by the narration, and no second, bare statement (010) is."""
    cue = next((w for w in cue_words if w.tag_ == "VBG" and w.dep_ in ("advcl", "xcomp")), None)
    if cue is None or cue.head.pos_ != "VERB":
        return False
    found = match_act(cue.head, lex)
    return found is not None and found[0][:2] in VERBAL and not found[0].startswith(STATEMENT_ROOT)


def _is_unplaced(speaker: Actor, resolver: ActorResolver) -> bool:
    """An unnamed speaker the resolver does not place and no commentator: "the army", "a spokesman", "officials",
    "the foreign ministry" (whose name only repeats an office's words)."""
    unnamed = not speaker.name or resolver.resolve(speaker.name).sector is not None
    return not speaker.code and unnamed and speaker.sector != COMMENTATOR


def _relays_placed_act(speaker: Actor, sources: list[Actor], resolver: ActorResolver) -> bool:
    """Whether an unnamed source the resolver does not place (an office, "government sources") passes on what a
    placed actor does or will do: "Britain will provide 20 million pounds of aid to Sudan, the Foreign Office
    said" is Britain's act, as the wire means it; a named person's or a commentator's word about others stays
    their statement."""
    return _is_unplaced(speaker, resolver) and sources[0] is not speaker and bool(sources[0].code)


def _official_speaks_for(act: Act, speaker: Actor, sources: list[Actor]) -> bool:
    """Whether an official the resolver places in no country tells what a placed actor will or could do, or has
    done: in "The Netherlands could suspend part of its aid to Rwanda, Foreign Minister Caspar Veldkamp said" the
    minister speaks for the Netherlands, whose threat it is, and in "Israel has called up 300,000 reservists,
    military spokesman Daniel Hagari said" the call-up is Israel's."""
    official = not speaker.country and speaker.sector not in (None, COMMENTATOR, MEDIA)
    planned_or_done = act.kind in PLANS or _is_told_as_done(act)
    return official and planned_or_done and bool(sources) and bool(sources[0].code)


def _consults_no_one(act: Act, speakers: list[Actor], quote: Quote, doc: Doc) -> bool:
    """A cue of consultation with no one named to consult ("sat down with a newspaper to discuss the war in
    Afghanistan", "spoke anonymously to discuss internal strategy"): one speaker talking about a topic makes a
    statement, not CAMEO 040 "Consult", which is between two sides; the topic's places are not a partner. A
    mention of several consults among them ("Blinken and Wang discussed", "the foreign ministers discussed")."""
    return ((act.code or "").startswith(CONSULT) and len(speakers) == 1 and not _names_several(quote, doc)
            and not any(w.dep_ == "prep" and w.lower_ == "with" for w in act.trigger.subtree))


def _names_several(quote: Quote, doc: Doc) -> bool:
    """Whether the speaker mention names several people: a plural head or names joined ("Blinken and Wang")."""
    mention = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand") if quote.speaker else None
    return mention is not None and (mention.root.tag_ in PLURAL_TAGS or any(t.dep_ == "conj" for t in mention))


def tells_a_state_of_mind(quote: Quote, doc: Doc) -> bool:
    """A quote cued by a verb of belief or wish ("I think it's in our interests", "he believes women should ...",
    data/words.tsv "thought") or by an adjective after "be" ("are proud of their democracy", "was concerned about
    her daughter") tells an opinion held or a state of mind, not a public statement: no CAMEO 010 "Make
    statement" of its own, and its words are the holder's view, not acts the narrative or the holder reports
    ("believes the deal was a mistake", "is proud of the things he tried to block"); what it asks of another
    ("thinks the government should act") or condemns is still said."""
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    if cue is None:
        return False
    verb = next((w for w in cue if w.pos_ == "VERB"), None)
    if verb is None:
        return any(w.pos_ == "ADJ" and w.dep_ == "acomp" for w in cue)
    return verb.lemma_.lower() in closed_class("thought")


def _domestic_addressee(act: Act, speaker: Actor, content: SpacySpan, lex: Lexicon) -> list[Actor]:
    """Whom a statement of conflict (criticism, accusation, rejection, threat) naming no one is aimed at: the
    speaker's own country, CAMEO's domestic target, as for an act in a sentence (:func:`domestic_target`);
    "Anyone claiming that America's economy is in decline is peddling fiction," said Obama, of his
    opponents. An empty mention at the act, with a null code. Not when what is condemned is an act whose
    doer the statement leaves out: Merkel condemning "such a murderous attack" in Orlando targets no one known
    ("slammed a lawsuit filed by a fired staffer" names its doer)."""
    if not speaker.country or lookup(act.code or STATEMENT).quad_class not in CONFLICT_QUADS:
        return []
    condemned = content.root
    if condemned.pos_ == "NOUN" and match_act(condemned, lex) and not any(
            w.dep_ in ("agent", "poss") for w in condemned.subtree):
        return []
    return [Actor(text="", start=act.trigger.idx, end=act.trigger.idx, country=speaker.country)]


def is_still_to_be_said(quote: Quote, doc: Doc) -> bool:
    """A statement the narrative says someone will make, by its cue or the verb it is the purpose of
    ("Breitbart Jerusalem editor Aaron Klein will discuss ...", "Kassam will call in from London to discuss
    ..."): a schedule, not a statement made, so no event yet (a promise in one's own words is the quote's). A cue
    that is no verb of saying ("will release the prisoners", "will attack the bases") tells of an act to come,
    which the sentence's coding reads."""
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    verb = next((w for w in cue if w.pos_ == "VERB"), None) if cue is not None else None
    if verb is not None and verb.lemma_.lower() not in closed_class("reporting") | closed_class("comment"):
        return False
    while verb is not None:
        if any(c.dep_ == "aux" and c.lower_ in closed_class("future") for c in verb.children):
            return True
        purpose = verb.dep_ in ("xcomp", "advcl") and is_infinitive(verb)
        verb = verb.head if (purpose or verb.dep_ == "conj") and verb.head.pos_ == "VERB" else None
    return False


def states_a_stance(quote: Quote, doc: Doc, context: Context) -> bool:
    """A policy the speaker stands for, told in the simple present of a verb of stance (data/words.tsv
    "stance") on a day the text does not give: "He calls for a 'Medicare for all' system; she backs tougher
    regulation" describes positions held, which CAMEO codes as no event. A stand on a person ("backs Obama")
    is an endorsement, and the headline's present reports the news."""
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    verb = next((w for w in cue if w.pos_ == "VERB"), None) if cue is not None else None
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    preps = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")]
    stance = closed_class("stance")
    if verb.lemma_.lower() not in stance and not any(f"{verb.lemma_.lower()} {p}" in stance for p in preps):
        return False
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if content is None or "\n" not in doc[: verb.sent.start].text:
        return False
    person = content.root.ent_type_ in STANCE_ON or content.root.lemma_.lower() in closed_class("people")
    return not person and event_date(cue.sent, list(cue), context) is None


def _antecedent_target(content: SpacySpan, quote: Quote, speaker: Actor, context: Context) -> list[Actor]:
    """Whom a statement is about when it names them by a pronoun only ("His comments are not helping," said
    Capito): the person the text last named before the quote, within the sentences around it, who is not
    the speaker. Only for a pronoun the statement is about (subject, object or possessor of its clauses), in
    the speaker's own words: in reported speech "he" is mostly the speaker ("said that his words had been
    misconstrued"). In reported speech an object pronoun ("Ryan ... backs him") is someone other than the
    speaker, named before it in its sentence, unless a "he" or "she" comes first, whom it can stand for
    ("He attacked Mr. Clinton after Mrs. Clinton accused him" is no accusation of Mr. Clinton). A known
    person's name the tagger takes for an organisation's is still a person's ("Ryan calls Trump line 'racist'")."""
    doc = content.doc
    if quote.kind == "direct" and any(h.lower_ in closed_class("third_person") for h in _about_heads(content.root)):
        window = content.sent.start
        for _ in range(ANTECEDENT_SENTENCES):
            window = doc[window - 1].sent.start if window else 0
    elif quote.kind != "direct" and _names_by_object_pronoun(content):
        window = content.sent.start
    else:
        return []
    speaker_words = set((speaker.name or speaker.text or "").split())
    for entity in reversed(doc[window : content.start].ents):
        if entity.label_ not in NAMED_DOERS or entity[-1].text in speaker_words:
            continue
        if speaker.start < entity.end_char and entity.start_char < speaker.end:
            continue
        actors = [a for a in phrase_actors(entity.root, context) if a.code and not _is_speaker(a, speaker)]
        if actors and (entity.label_ == "PERSON" or actors[0].name):
            return actors[:1]
    return []


def _names_by_object_pronoun(content: SpacySpan) -> bool:
    """Reported speech about someone it names by an object pronoun only, with no "he" or "she" before it in
    the sentence ("backs him", "praised her")."""
    objects = [w for w in (content.root, *_about_heads(content.root)) if w.dep_ in ("dobj", "pobj", "dative")]
    if not any(w.lower_ in closed_class("object_pronoun") for w in objects):
        return False
    return not any(t.dep_ in SUBJECTS and t.lower_ in closed_class("person_pronoun")
                   for t in content.sent if t.i < content.start)


def _clause_span(word: Token, quote: Quote) -> tuple[int, int]:
    """The sentence coded for an event of a quote, within the quote and its cue: the sentence of the act
    for an act the quote tells of, of the cue for the statement as a whole. A quote of several sentences
    ("“We should be proud. We have recovered,” he said.") says each act where it says it, and is a
    statement where it is attributed."""
    sentence = word.sent
    start = min(quote.start, quote.cue.start) if quote.cue else quote.start
    end = max(quote.end, quote.cue.end) if quote.cue else quote.end
    return max(start, sentence.start_char), min(end, sentence.end_char)


def continues_quote(quote: Quote, previous: Quote | None) -> bool:
    """A quote with no cue of its own whose speaker is the one of the quote before it goes on with the
    same statement ("“We had no chance,” Rubio said. “They told me so.”"): a coder codes a statement once,
    where it is attributed."""
    if quote.cue is not None or previous is None or quote.speaker is None or previous.speaker is None:
        return False
    if quote.speaker_name:
        return quote.speaker_name == previous.speaker_name
    return (quote.speaker.start, quote.speaker.end) == (previous.speaker.start, previous.speaker.end)


def _spoken_act(cue: Act | None, asked: Act | None, criticism: Act | None) -> Act | None:
    """What a statement with no act of its own does: what its cue names ("accused", "urged"), else what it
    asks of another, else criticism. Words of condemnation say more than a cue of mere comment: "That means an
    unqualified loose cannon is within reach," warned Clinton, is a criticism (111), not a pessimistic comment
    (012)."""
    if cue is not None and criticism is not None and cue.base_code.startswith(STATEMENT_ROOT):
        return criticism
    return cue or asked or criticism


def _antecedent_speaker(quote: Quote, doc: Doc, context: Context) -> Actor | None:
    """The actor a relative pronoun speaker stands for: "Mr. Scott, who has called the comments 'toxic'",
    "Obama, whose criticism of Trump has sharpened" are Mr. Scott's and Obama's words."""
    mention = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand") if quote.speaker else None
    if mention is None or len(mention) != 1 or mention[0].tag_ not in ("WP", "WP$"):
        return None
    clause = mention[0].head if mention[0].tag_ == "WP$" else mention[0]
    antecedent = clause.head.head
    if clause.head.dep_ != "relcl" or antecedent.pos_ not in ("PROPN", "NOUN"):
        return None
    return next(iter(phrase_actors(antecedent, context)), None)


def _quotes_an_object(content: SpacySpan, cue_act: Act | None, lex: Lexicon) -> bool:
    """Content that is only the object of a cue that names an act ("condemned ''such a murderous
    attack''"), or of its preposition ("responded to accusations that he exaggerated"), is what that act is
    about, as an act's object is in a sentence: the condemnation or the denial is the act, not an attack or an
    accusation by the speaker. A reporting cue leaves its object's acts standing ("stated a
    willingness to expand cooperation"), and so does a cue that turns them, as it would in narration: "called for
    a ceasefire" appeals for one (0256), not for anything. ``cue_act``: :func:`_cue_act` of the cue's words."""
    if cue_act is None or turns_acts(cue_act.trigger, lex):
        return False
    root = content.root
    governor = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return root.dep_ in ("dobj", "pobj") and governor == cue_act.trigger


def _joint_speakers(quote: Quote, doc: Doc, context: Context) -> list[Actor]:
    """The speakers of a statement made together by actors of several countries ("Xi and President
    Joe Biden agreed to repair a relationship"), one per member of the mention; empty for a single
    speaker or several of one country. The mention is split on its words, as the parser often
    hangs one name on the other ("Xi" as a modifier of "Biden"). Commas alone join no speakers: "Ban Ki-moon, the
    UN Secretary-General" is one person and their role."""
    parts = list(MENTION_MEMBERS.finditer(quote.speaker.text)) if quote.speaker else []
    if len(parts) < 2 or not COORDINATOR.search(quote.speaker.text):
        return []
    speakers = []
    for part in parts:
        start, end = (quote.speaker.start + offset for offset in part.span(1))
        span = doc.char_span(start, end, alignment_mode="expand")
        actors = [a for a in span_actors(span, context) if a.code or a.country] if span is not None else []
        speakers.extend(actors[:1])
    return speakers if len({a.country for a in speakers}) > 1 else []


def _names_no_speaker(speaker: Actor, doc: Doc) -> bool:
    """A "speaker" that is a figure or a possessive, not someone ("the poll", "70 percent", "his"):
    the quotes stage took it for one, but no actor made the statement. A share of a people ("a quarter of
    Americans agree") is a poll figure even when its people name a country."""
    mention = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if mention is None:
        return False
    head = mention.root.lemma_.lower()
    return head in closed_class("share") or (not (speaker.code or speaker.name) and head in closed_class("no_speaker"))


def _speaks_of_self(act: Act, content: SpacySpan) -> bool:
    """Whether the subject of the act's own clause is a first-person pronoun in the quote: "I" and "we" are the
    speaker, whichever subject the parser hangs the quote on ("'... I hold in the highest esteem Sen. John McCain,'
    Trump said, 'and I fully support and endorse his re-election'" read McCain as a second subject of "said")."""
    word = act.trigger
    while (subject := next((c for c in word.children if c.dep_ in SUBJECTS), None)) is None:
        if word.dep_ not in ("conj", "xcomp") or word.head == word:
            return False
        word = word.head
    return subject in content and subject.lower_ in closed_class("first_person")


def _quote_doers(act: Act, speaker: Actor, content: SpacySpan, resolve: Resolve) -> list[Actor]:
    """Who does an act a quote tells of: the speaker when it is theirs (no subject, a pronoun, their own
    country: "we will impose tariffs"; always when its subject is "I" or "we", :func:`_speaks_of_self`); someone
    else when the quote reports another country's or named person's act ("Finer met Liu, according to the White
    House"); no one when its doer is someone the
    resolver does not know ("the professor was headed to Cairo, the Guardian reported"), when it is the one
    addressed, told what they will do ("You either leave or you fight": no fight of the speaker's), when a name
    owns the word that governs it ("claims the NRA's refusal to support gun control is a form of jihad": the
    refusal is the NRA's, and what the speaker says of it is the statement), or when it is
    only a thing the statement names, which the clause credits to the speaker ("the meeting was first
    reported by Politico": Politico met no one). An act the cue asks for ("insisted that Russia withdraw") is
    the speaker's appeal or demand, whoever is to do it. Forces the statement does not place are the speaker's
    country's own ("troops had arrested five militants, an army spokesman said"). News media report their own
    country's acts, they do not do them: "Israel will send a delegation, Israeli media reported" is Israel's.
    """
    if _speaks_of_self(act, content):
        return [speaker]
    sources = find_sources(act, resolve)
    subject = act.own_subject
    if act.kind not in ("appeal", "demand") and (_is_addressed(act.trigger) or _is_imperative(act.trigger)):
        return []
    if (act.trigger.pos_ != "VERB" and act.kind is None and not act.governors
            and any(s.start < speaker.end and speaker.start < s.end for s in sources)):
        return []
    if act.kind in ("appeal", "demand") and (act.kind_word is None or subject is None
                                             or subject.lower_ in closed_class("pronoun")):
        return [speaker]
    if (subject is None or is_reporting(subject.head)) and _own_side_attacked(act, speaker, resolve):
        return []
    if subject is None:
        owned = act.kind_word is not None and named_possessor(act.kind_word) is not None
        return [speaker] if (act.trigger.pos_ == "VERB" or act.kind_word is not None) and not owned else []
    if subject.lower_ in closed_class("pronoun") or not sources and _own_forces(subject, speaker):
        return [speaker]
    other_country = all(s.country != speaker.country for s in sources)
    other_person = any(s.name and s.name != speaker.name and _names_person(s, subject) for s in sources)
    if sources and (other_country or other_person or speaker.sector == MEDIA):
        return sources
    return [speaker] if sources else []


def _own_side_attacked(act: Act, speaker: Actor, resolve: Resolve) -> bool:
    """Whether a passive with no agent tells of an attack on the speaker's own people, which the speaker did not
    make: "Three American soldiers were killed in a drone attack, the Pentagon said"."""
    victims = [c for c in act.trigger.children if c.dep_ == "nsubjpass"]
    attacked = act.code is not None and act.code.startswith(ASSAULTS)
    return attacked and bool(speaker.country) and any(a.country == speaker.country for v in victims for a in resolve(v))


def _own_forces(subject: Token, speaker: Actor) -> bool:
    """Whether a doer is armed or police forces named bare ("troops", "security forces", "police"), which a
    speaker with a country speaks of as their own."""
    bare = not any(c.dep_ in ("amod", "compound", "poss") for c in subject.children)
    return bool(speaker.country) and bare and subject.lemma_.lower() in closed_class("state_forces")


def _is_addressed(verb: Token) -> bool:
    """Whether a clause's subject is the one addressed ("you fight", "you either leave or fight")."""
    while not any(c.dep_ in SUBJECTS for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    return any(c.dep_ in SUBJECTS and c.lower_ in closed_class("addressed") for c in verb.children)


def _is_imperative(verb: Token) -> bool:
    """A bare verb heading its clause with no subject or auxiliary ("Fight back, do whatever you have to do"):
    advice or an order to the one addressed, not an act of the speaker's."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VB":
        verb = verb.head
    return (verb.tag_ == "VB" and verb.dep_ in ("ROOT", "ccomp", "parataxis")
            and not any(c.dep_ in (*SUBJECTS, "aux", "auxpass", "mark") for c in verb.children))


def _names_person(actor: Actor, subject: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in subject.subtree) and bool(actor.name)


def _cue_act(cue_words: list[Token], lex: Lexicon) -> Act | None:
    """The cue as the act when it names one ("accused", "urged", "warned", "whose criticism of", "was critical
    of"), for content with none, with the words that turn it: "did not apologize for his remarks" is no apology
    (CAMEO 120 "Reject"), and a negated comment is none. Its confidence is that of the cue's own clause ("to
    suggest that ..." is background). A cue is speech: one that names force ("attacked the NRA", "hit back at
    critics") attacks in words, CAMEO 111 "Criticize or denounce"."""
    for word in cue_words:
        if word.pos_ in ("VERB", "NOUN", "ADJ") and (found := match_act(word, lex)) and found[0] != STATEMENT:
            act = Act(word, found[0], found[1], governors=governors_of(word))
            apply_modality(act, lex)
            if act.code is not None and act.code.startswith(ASSAULTS):
                act.code = CRITICISM
            return replace(act, governors=[]) if act.code is not None else None
    return None


def _asked_of_another(content: SpacySpan) -> Act | None:
    """A statement that says what someone else should or must do asks it of them ("Donald Trump should
    retract his comments", "the American government should tighten its gun control"): an appeal or a
    demand aimed at its subject, not an act its subject did, also as the speaker's view ("I think the
    government should ..."). "We should" and "I must" say the speaker's own resolve."""
    root = content.root
    while is_reporting(root) and (clauses := [c for c in root.children if c.dep_ == "ccomp"]):
        root = clauses[0]
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in closed_class("pronoun") or not names_people(subject):
        return None
    for child in root.children:
        kind = next((k for k in ASKED if child.dep_ == "aux" and child.lower_ in closed_class(k)), None)
        if kind is not None:
            return Act(root, ASKED[kind], -1, code=ASKED[kind])
    return None


def _label(content: SpacySpan, cue_words: list[Token]) -> Token | None:
    """What a cue calls something, when the content is that name ("Gowdy's office calls the whole thing
    nothing short of an attack against the committee", "called the comments 'racially toxic'"): the object
    complement of the cue's verb. The acts it names are what the speaker says something is, not acts done."""
    verbs = {w for w in cue_words if w.pos_ == "VERB"}
    return next((w for w in content if w.dep_ == "oprd" and w.head in verbs), None)


def _conflict_label(label: Token | None, lex: Lexicon) -> Act | None:
    """Calling something an act of conflict criticizes it ("calls the lawsuit nothing short of an attack on the
    committee", "called the strikes a war crime"): CAMEO 111 "Criticize or denounce"."""
    for word in label.subtree if label is not None else ():
        if (found := match_act(word, lex)) and lookup(found[0]).quad_class in CONFLICT_QUADS:
            return Act(label.head, CRITICISM, -1, code=CRITICISM)
    return None


def _scare_quoted_label(label: Token | None) -> Act | None:
    """A label in quote marks that a speaker gives someone or what they say or do ("called the Republican
    frontrunner 'ISIS' best recruiter'", "calling Rubio's proposed credit 'a welfare transfer payment'") holds
    them up to scorn: CAMEO 111 "Criticize or denounce". A label of a thing ("called the agreement 'a historic
    step'") or with a word of praise, approval or hope ("my best friend", "'constructive'") is none."""
    objects = [c for c in label.head.children if c.dep_ == "dobj"] if label is not None else []
    if not any(_is_person(o) or any(c.dep_ == "poss" and _is_person(c) for c in o.children) for o in objects):
        return None
    words = list(label.subtree)
    before = label.doc[words[0].i - 1] if words[0].i > 0 else None
    quoted = any(w.is_quote for w in words) or (before is not None and before.is_quote)
    kind = closed_class("approval") | closed_class("optimism") | closed_class("praise")
    if not quoted or any(w.lemma_.lower() in kind or w.lower_ in kind for w in words):
        return None
    return Act(label.head, CRITICISM, -1, code=CRITICISM)


def _is_person(word: Token) -> bool:
    return names_people(word) or word.lower_ in closed_class("one_person")


def _words_of(content: SpacySpan) -> frozenset[str]:
    """A statement's lower-case words and lemmas, read once: most statements hold no word that
    :func:`_denial` or :func:`_criticism` looks for, and then neither reads the statement word by word."""
    return frozenset(w for t in content for w in (t.lower_, t.lemma_.lower()))


def _criticism(content: SpacySpan, words: frozenset[str]) -> Act | None:
    """A statement that calls someone or something by a word of condemnation (data/words.tsv "criticism":
    "peddling fiction", "an unqualified loose cannon") criticizes; "is not racist" does not, nor does a verb
    ("the answer lies in talks"). So does one that denies someone or their words a word of approval
    (:func:`_denies_approval`). The act is the sentence that says so. An adjective condemns what it is said of
    with "be" or what it modifies ("is wrong", "a wrong decision"), not an outcome ("went wrong", "proved them
    wrong"). ``words``: the statement's (:func:`_words_of`)."""
    if words.isdisjoint(closed_class("criticism")) and words.isdisjoint(closed_class("approval")):
        return None
    condemning = [w for w in content if _calls_by(w, "criticism") or _denies_approval(w)]
    return Act(condemning[0].sent.root, CRITICISM, -1, code=CRITICISM) if condemning else None


def _commendation(content: SpacySpan, words: frozenset[str]) -> Act | None:
    """A statement that calls someone or something by a word of praise (data/words.tsv "commendation": "Cruz will do
    an excellent job", "he is a true patriot") praises it (051); "not admirable" does not. The act is the sentence
    that says so. ``words``: the statement's (:func:`_words_of`)."""
    if words.isdisjoint(closed_class("commendation")):
        return None
    praising = next((w for w in content if _calls_by(w, "commendation")), None)
    return Act(praising.sent.root, PRAISE, -1, code=PRAISE) if praising is not None else None


def _denial(content: SpacySpan, words: frozenset[str]) -> Act | None:
    """A statement that calls a claim against someone baseless (data/words.tsv "baseless" said of a "claim_noun":
    "The accusations are groundless", "These are baseless allegations") denies it: CAMEO 016 "Deny
    responsibility", not a criticism of whoever made it. ``words``: the statement's (:func:`_words_of`)."""
    if words.isdisjoint(closed_class("baseless")):
        return None
    for word in content:
        if not _calls_by(word, "baseless"):
            continue
        said_of = [word.head] if word.dep_ == "amod" else [c for c in word.head.children if c.dep_ in SUBJECTS]
        said_of += [c for c in word.head.children if c.dep_ == "attr" and c != word]
        if any(w.lemma_.lower() in closed_class("claim_noun") for w in said_of):
            return Act(word.sent.root, DENIAL, -1, code=DENIAL)
    return None


def _optimism(content: SpacySpan, text: str) -> Act | None:
    """A statement that calls something by a word of hope (data/words.tsv "optimism": "I'm optimistic about the
    party's future", "an encouraging sign") is CAMEO 013 "Make optimistic comment"; "not optimistic" is not. The
    words are uninflected, so the quote's ``text`` tells cheaply whether to read its words at all."""
    lowered = text.lower()
    if not any(word in lowered for word in closed_class("optimism")):
        return None
    hopeful = next((w for w in content if _calls_by(w, "optimism")), None)
    return Act(hopeful.sent.root, OPTIMISM, -1, code=OPTIMISM) if hopeful is not None else None


def _calls_by(word: Token, word_class: str) -> bool:
    """A descriptive word of ``word_class`` said of someone or something, not negated nor an outcome."""
    words = closed_class(word_class)
    return ((word.lemma_.lower() in words or word.lower_ in words) and _is_descriptive(word)
            and not _is_negated(word) and not _tells_an_outcome(word))


def _is_descriptive(word: Token) -> bool:
    """A noun or adjective, or a participle the small model reads as a verb with no object ("That is
    disqualifying", "Trump Is 'Disqualifying'")."""
    return word.pos_ in ("NOUN", "ADJ") or (word.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in word.children))


def _tells_an_outcome(word: Token) -> bool:
    """An adjective completing a verb other than "be" ("went wrong", "proved them wrong")."""
    completing = word.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advmod")
    return word.pos_ == "ADJ" and completing and word.head.lemma_ != "be"


def _is_negated(word: Token) -> bool:
    """"not racist", "are not helping": a negation on the word or on the verb it completes; "nothing wrong" is
    said of nothing."""
    return (any(c.dep_ == "neg" for c in (*word.children, *word.head.children))
            or word.head.lower_ in closed_class("no_one"))


def _denies_approval(word: Token) -> bool:
    """A negated word of approval (data/words.tsv "approval") said of people or of what is theirs: "His comments
    are not helping", "Her judgment was not right", "Trump is not fit to lead"; not "it is not right to wait"."""
    if word.pos_ not in ("ADJ", "VERB") or word.lemma_.lower() not in closed_class("approval") or not _is_negated(word):
        return False
    clause = word.head if word.dep_ in ("acomp", "attr") else word
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in closed_class("pronoun"):
        return False
    return names_people(subject) or any(c.dep_ == "poss" for c in subject.children)


def _addressed_actors(content: SpacySpan, cue_words: list[Token], speaker: Actor, context: Context) -> list[Actor]:
    """The actor a statement is about by its grammar, of whatever country: who a quoted phrase names
    ("touched on the race and Donald Trump") or its possessor ("slams GOP's 'doom and despair'"), a subject
    or object of what is said ("the party may have to disavow Mr. Trump"), or what the cue is said of
    ("called Donald J. Trump's remarks 'racist'"); first of all whom it is told or made to ("Xi told Biden that ...",
    "apologized to South Korea for ..."), unless that is the press ("told CNN"). Not the speaker, nor anyone a pronoun
    stands for."""
    telling = [w for w in cue_words if w.pos_ == "VERB" and w.lemma_.lower() in closed_class("audience")]
    cue_verbs = [w for w in cue_words if w.pos_ == "VERB" and w not in telling]
    root = content.root
    named = [root, *root.conjuncts] if root.pos_ in ("NOUN", "PROPN") else []
    told = [h for verb in telling for h in _about_heads(verb, ("dobj", "dative")) if h not in content]
    told += [g for verb in cue_verbs for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj" and g not in content]
    heads = told + named + _about_heads(root) + [h for verb in cue_verbs for h in _about_heads(verb, ("dobj",))
                                                 if h not in content]
    for head in heads:
        if head.lower_ in closed_class("pronoun") or not names_people(head):
            continue
        actors = [a for a in phrase_actors(head, context)
                  if a.code and not _is_speaker(a, speaker) and not (head in told and a.sector == MEDIA)]
        if actors:
            return actors[:1]
    return []


def _about_heads(word: Token, deps: tuple[str, ...] = (*SUBJECTS, "poss", "dobj", "dative")) -> list[Token]:
    """Whom a clause or a noun phrase is about: its possessor, subjects and objects (and theirs), down its
    reported clauses ("said the party may have to disavow Mr. Trump")."""
    heads = []
    for child in word.children:
        if child.dep_ in deps:
            heads.extend([child, *(g for g in child.children if g.dep_ == "poss")])
        elif child.dep_ in ("ccomp", "xcomp"):
            heads.extend(_about_heads(child, deps))
    return heads


def _is_speaker(actor: Actor, speaker: Actor) -> bool:
    """The speaker named again, their own institution ("Obama" and "the White House"), or their own country
    ("the United States has the strongest economy", Obama said)."""
    overlaps = actor.start < speaker.end and speaker.start < actor.end
    own = actor.code in (speaker.code, speaker.country)
    return overlaps or (actor.name == speaker.name if actor.name else own)


def _mentioned_actors(content: SpacySpan, speaker: Actor, context: Context) -> list[Actor]:
    """Other actors a statement is about, the likely addressee of a plain statement: another country, or
    another known person of the speaker's own ("Trump line 'racist'", said by Ryan). A city it mentions is
    where something happens, not whom it is addressed to, and a descent is no country
    (:func:`_names_descent`)."""
    found = []
    for match in context.resolver.actor_matches(content.text, context.namesakes, context.published):
        country = match.term.country
        start, end = content.start_char + match.start, content.start_char + match.end
        if match.term.kind in ("role", "place") or not country or _is_own(match.term, speaker):
            continue
        mention = content.doc.char_span(start, end, alignment_mode="expand")
        if _names_descent(mention) or _names_a_part(mention):
            continue
        words = content.text[match.start: match.end]
        actor = context.resolver.resolve(words if match.term.kind == "marker" else match.term.phrase, start, end,
                                         on=context.published)
        actor.text = words
        found.append(actor)
    return found


def _is_own(term: Term, speaker: Actor) -> bool:
    """The speaker's own country or institutions, or the speaker by name: by surname, as the file and the
    article can spell a name differently ("Donald Trump", "Donald J. Trump"); a speaker the article
    does not name may be anyone of their country."""
    if term.kind != "person" or not speaker.name:
        return term.country == speaker.country
    return (term.name or term.phrase).split()[-1] in speaker.name.split()


def _names_a_part(mention: SpacySpan | None) -> bool:
    """A country named as a part one plays (data/words.tsv "playing": "to play Switzerland when you're talking
    about the Klan") is a figure of speech for a stance, not the country addressed."""
    return (mention is not None and mention.root.dep_ in ("dobj", "attr")
            and mention.root.head.lemma_.lower() in closed_class("playing"))


def _names_descent(mention: SpacySpan | None) -> bool:
    """A demonym that tells of descent, not of a country: "people of Mexican and Hispanic descent", "a
    Mexican-American judge" are Americans."""
    if mention is None:
        return False
    word = mention.root
    while word.dep_ == "conj":
        word = word.head
    return word.head != word and word.head.lemma_.lower() in closed_class("ancestry")
