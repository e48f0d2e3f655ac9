"""The dictionary coder: find acts in a dependency parse and say who did what to whom.

An *act* is a verb or noun of the pattern dictionaries ("met with", "tariffs"). Words
that govern it change what it is (data/modality.tsv, data/transforms.tsv): "refused to
lift the curfew" is a rejection, "could impose tariffs" no event. When one act governs
another, a modal word gives way to the act it governs ("threatened to impose sanctions"
is coded once, as a threat of sanctions), any other act keeps the one it governs as its
detail ("blamed Israel for the bombing" is a blame). Reporting verbs are transparent.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from parley.actors.resolver import MEDIA, role_words
from parley.events.lexicon import KIND_ORDER, NO_OBJECT, NOT_AN_ACT, Lexicon, lexicon
from parley.quotes.naming import HYPHENS, hyphenated_lemma
from parley.quotes.syntax import is_infinitive, marked_by_that
from parley.records import Actor

Resolve = Callable[[Token], list[Actor]]
"""Maps the head token of a noun phrase to the actors it names (several for "Jordan and Britain")."""

NOT_GOVERNING = frozenset({"relcl", "advcl", "parataxis", "appos", "nsubj", "nsubjpass", "npadvmod",
                           "agent", "csubj", "mark", "punct", "cc", "dep", "meta", "intj"})
"""Dependencies across which a word does not govern an act below it."""
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CONDITION_CLAUSES = frozenset({"advcl", "ccomp", "ROOT"})
REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj"})
"""Dependencies of a clause on the verb that reports it ("said it would withdraw")."""
STANCE = re.compile(r"\b(?:anti|pro)\s*-\s*\S*$|\banti\S*$", re.IGNORECASE)
THREATS = "13"
THREAT_KIND = "threaten"
"""The modal kind (data/modality.tsv) of a threat."""
FORCE_POSTURE, MOBILIZE_FORCES, MOBILIZE_POLICE, PEACEKEEPING = "15", "154", "153", "074"
MILITARY_AID = "072"
DESTINATIONS = ("to", "toward", "towards")
"""Prepositions of where something is sent."""
MILITARY_RETREAT, EXPULSION = "0874", "174"
WITHDRAWALS = (MILITARY_RETREAT, "166")
"""Codes of pulling out one's own forces or people."""
PROPOSALS = ("02", "03", "10")
"""Roots of what can be put to someone to accept: appeals and proposals, offers, demands."""
CONTACT = "04"
"""CAMEO 04 "Consult": meetings and visits, which a negation in the past says did not happen."""
AUTHORSHIP = (*PROPOSALS, CONTACT, "05")
"""Roots of the acts that author a thing others act on: proposing, mediating, backing ("a deal brokered by China")."""
APPEALS = ("02", "10")
"""Appeals and demands: their target is whom they ask to act."""
CONFLICT_ROOT, REJECT = "1", "120"
"""CAMEO roots 10-20 (demands, disapproval, rejection, threats, protest and force) and 120 "Reject"."""
REJECTIONS = "12"
"""CAMEO 12 "Reject"."""
COMPLAINTS = "11"
"""CAMEO 11 "Disapprove": criticism, accusation, complaint."""
STATEMENT_ROOT = "01"
"""CAMEO 01 "Make public statement": comments, optimistic or pessimistic, that say no more than their words."""
AID_CUT = "162"
"""CAMEO 162 "Reduce or stop aid": aid is withheld "from" the one it was for."""
VERBAL = ("01", "02", "03", "04", "05", "10", "11", "12", "13", "14")
"""Roots of CAMEO's verbal quad classes (verbal cooperation 01-05, verbal conflict 10-14)."""
SAYING_ROOTS = ("01", "02", "03", "10", "12", "13")
"""Roots of acts whose infinitive says what is said: a statement, appeal, intent, demand, refusal or threat."""
ACT_POS = frozenset({"VERB", "ADJ", "NOUN", "PROPN"})
"""Parts of speech of the words that can name an act (:func:`match_act`): :func:`acts_in` reads no other word."""
NAMES_NO_ACT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LAW",
                          "WORK_OF_ART", "ORG"})
"""Entity types whose words name no act: a month ("March"), a law, a book, an organisation's name."""
DATES = frozenset({"DATE", "TIME"})
CALENDAR_NAMES = frozenset(
    (*calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))
"""Names of days and months, full and cut short, that make a date of a word whatever the recognizer's span."""
PEOPLE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NAMED_DOERS = frozenset({"PERSON", "ORG"})
OBJECT_KINDS = frozenset({"halt", "ease"})
"""Modal kinds of words that act on their object ("lifted the ban", "cancelled the visit")."""
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
"""Dependencies of a word before a noun that names whose or what kind the noun is."""
ASKING = frozenset({"appeal", "demand"})
"""Modal kinds whose passive subject is the one asked, not the one asking."""
STANDING_KINDS = ASKING | {"refuse"}
"""Modal kinds of words that are acts of their own when what they govern is no event (:func:`_is_event`)."""
FINITE_AUXILIARY_TAGS = frozenset({"MD", "TO", "VBD", "VBZ", "VBP"})
"""Tags of an auxiliary that makes its verb no subjunctive: "that Moscow would veto", "that he did not veto"."""
INTENT_ROOT, BARE_INTENT = "03", "030"
"""CAMEO 03 "Express intent to cooperate", which an intent to stop or ease conflict is (0354 "ease sanctions")."""
CONDITIONS = frozenset({"if", "unless"})
"""Marks of a clause that makes an act hang on a condition (not "until" or "once", which only time it)."""
COMPLEMENTS = frozenset({"ccomp", "xcomp", "acomp", "oprd"})
"""Dependencies of an adjective that completes a verb's object ("found them guilty")."""
CLAUSE = "that"
"""The object of a verb pattern that stands for a clausal complement ("protested that ...")."""
QUESTION = "(question)"
"""The object of a verb pattern that stands for an indirect question ("asked Obama what he thought")."""
CLAIM = "(claim)"
"""The object of a verb pattern that stands for a clausal complement stating what is, with an indicative verb
and no modal: "insisted that the move was not a response" is a claim, "insisted that the US withdraw" or
"... must withdraw" a demand."""
WELL_WISH = "(wish)"
"""The object of a verb pattern that stands for a clause wishing the one addressed a good time: "I hope you
have a wonderful party" asks nothing of anyone (no 020 "Make an appeal or request")."""
PENALTY = "(penalty)"
"""The object of a verb pattern that stands for a clause telling someone they will pay for what they do (words.tsv
"penalty"): "warned that Colombia would face consequences" is a threat (130), not a pessimistic comment."""
OWN_INFINITIVE = "(own)"
"""The object of a verb pattern that stands for an infinitive of the subject's own: "sought to ease worries",
"hopes to see progress" are efforts and hopes, asking nothing of anyone (no 020 "Make an appeal or request")."""
OWN_COMMENT = "(comment)"
"""The object of a verb pattern that stands for an infinitive of the subject's own that says something (words.tsv
"comment"): "declined to comment" is 011 "Decline comment", "declined to join the coalition" a rejection."""
ORDERED = "to {}"
"""The object of a verb pattern that stands for an infinitive the verb's object is to do: "ordered a correspondent to
leave the country" matches "to leave", 174 "Expel or deport individuals"."""
ORDERED_ANY = "(ordered)"
"""The object of a verb pattern that stands for any infinitive the verb's object is to do: "forced villagers to work as
porters" matches "force (ordered)", 170 "Coerce", while "forced the cancellation" does not."""
FUTURE_MODALS = frozenset({"will", "would", "'ll", "’ll", "wo"})
"""Modals of what will be, not of what should be: a clause with one tells, it does not ask."""
STATED_TAGS = frozenset({"VBD", "VBZ"})
"""Tags of verbs that state (past, third person present); a plural present ("that the rebels lay down their
arms") reads the same as a subjunctive, which asks, and counts only as a form of "be" ("are")."""
RIVAL = "(rival)"
"""The object of a pattern that stands for a named person an act of a named person is done to ("Trump beat
Cruz", "Rubio attacked Trump", "Trump's attacks on Cruz"): a race or a war of words between politicians, not
a blow."""
ARMED = "(armed)"
"""The object of a verb pattern that stands for a subject that is a weapon or armed people ("drones struck fuel
trucks", "rebels hit a bus"): a verb of hitting is then a blow whatever it hits, not only the targets listed."""
STATE = "(state)"
"""The object of a verb pattern that stands for a direct object naming a country or another place by its name
("recognized Kosovo"): what can be recognised as a state, unlike "recognized the problem"."""
FORCES_SENT = "154"
"""CAMEO's "Mobilize or increase armed forces": what sending or deploying troops is, unless it is done to help."""
PROTECTION = "074"
"""CAMEO's "Provide military protection or peacekeeping": troops sent to help someone ("to help fight Boko Haram")."""
WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})
INSIDE = "in"
"""The preposition of the place an act happens in."""
AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
"""Entity types of amounts, which an "in" phrase says what they are of ("$2 billion in aid")."""
VENUE_ACTS, VISITS, VISIT, ASSAULTS = ("03", "04", "05"), ("042", "043"), "042", ("18", "19", "20")
"""Acts whose place ("resumed talks in Havana", "signed a deal in Pretoria", "hosted a summit in Cairo") is where
they happen, not whom they are done to; a visit's place is its host ("arrived in Amman"); an assault's target placed
in a town is the town's people ("struck a building in Kyiv")."""
PROTEST_ROOT = "14"
"""Protests, whose place is their target only when nothing else is named ("demonstrated in Mogadishu against the
presence of Ethiopian troops" is aimed at Ethiopia; "rallied outside the US embassy" at the US)."""
PASSIVE = "(passive)"
"""The particle data/modality.tsv writes for a word in the passive ("expect (passive)")."""
TO_INFINITIVE = "(to)"
"""The particle data/modality.tsv writes for a word completed by a to-infinitive ("be (to)": "is to visit China")."""
PERSON_OBJECT = "(person)"
"""The particle data/modality.tsv writes for a word whose direct object names people ("call (person)": "called
Biden to congratulate him" is a telephone call, "called on Biden to concede" an appeal)."""
ADJECTIVE = "(adjective)"
"""The particle data/modality.tsv writes for a word that is modal as an adjective only ("open (adjective)": "is open
to talks" is an intent, "opened talks" a meeting)."""
UNSPECIFIED = "0"
"""An act no pattern names; only a modality makes it an event ("US forces must ensure security")."""
TOPIC_PREPOSITIONS = ("of", "about", "on", "surrounding")
"""Prepositions of what an issue or question is about ("issues of migration and asylum")."""
AIMED_AT = ("on", "against")
"""Prepositions of whom a noun act is aimed at ("attacks on Clinton", "the offensive against Trump")."""
NAMING_PREPOSITIONS = ("of", "into", "on", "as")
"""Prepositions whose object says what kind a noun act is ("a state of emergency", "an inquiry into abuses",
"attacks on his record", "its role as mediator")."""
TOPIC, ABOUT, ADDRESSED_TO = "(topic)", "about", "to"
"""The modifier data/nouns.tsv writes for a noun act that tells what it is about and is addressed to no one ("a
warning about a new world war" is a comment on a danger, "a warning to Moscow" may be a threat)."""
GENERAL = "0"
"""The last digit of a three-digit CAMEO code "not specified below" (070 "Provide aid, not specified below")."""
HOSTING = "043"
"""CAMEO 043 "Host a visit": its object is the visitor ("received the Japanese premier"), not a thing one
gets ("was receiving a fair trial")."""
CONSULT = "040"
"""CAMEO 040 "Consult": with people, not with a thing ("speaks with difficulty")."""


NEGATIONS = ("refuse", "negate")
"""Modal kinds of a negation: when the negation makes no event of an act, no other kind of the same word
makes one ("did not want troops to fight the Islamic State" is no threat of force)."""


def closed_class(word_class: str) -> frozenset[str]:
    """Closed-class words of one grammar rule (data/words.tsv): "pronoun", "reporting"..."""
    return lexicon().words(word_class)


def is_reporting(word: Token) -> bool:
    """A reporting verb ("said", "stated"); the noun "state" of "a state of emergency" is not one."""
    return word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in closed_class("reporting")


@dataclass
class Act:
    """One coded act inside a sentence, before it becomes an Event."""

    trigger: Token
    base_code: str
    specificity: int
    code: str | None = None
    kind: str | None = None
    kind_word: Token | None = None
    governors: list[Token] = field(default_factory=list)
    own_subject: Token | None = None
    possible: str | None = None
    """The code of what a word says could happen to the act ("could suspend aid": 162), which is no event."""

    @property
    def chain(self) -> list[Token]:
        return [self.trigger, *self.governors]


def match_act(token: Token, lex: Lexicon) -> tuple[str, int] | None:
    """The pattern code of ``token`` if it names an act (verbs and event nouns).

    Particles, objects and modifiers are tried left to right, so that of two patterns
    as specific as each other the same one wins on every run ("joint military exercises").
    Objects are also the compound or adjective of an object ("violated the ceasefire agreement", "raised its
    alert level"), its apposition ("handed over Yousef, a suspect"), the objects joined to it ("fired rubber
    bullets and tear gas"), the
    subject of a clause ("allowed inspectors to return") or of a passive ("sanctions were
    imposed"), an adjective completing the object ("found them guilty"), the object of a second
    preposition ("pulled out of the talks"), and "that" for a clausal complement about others: "a
    rights group protested that ..." is a complaint, "the IMF warned that growth would slow" a
    pessimistic comment.
    """
    if (adjective := _adjective_form(token, lex)) is not None:
        return lex.adjective_code(adjective, [c.lower_ for c in token.children if c.dep_ in ("prep", "agent")])
    if token.pos_ == "VERB":
        if token.lemma_.lower() not in lex.verb_lemmas:
            return None
        children = list(token.children)
        particles = _ordered(c.lower_ for c in children
                             if c.dep_ in ("prt", "prep", "agent", "advmod", "npadvmod")
                             and (not _dates(c) or c.lower_ in closed_class("deadline")))
        heads = [c for c in children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")]
        particles += [c.lower_ for c in token.doc[token.i + 1: token.i + 2] if c.dep_ in ("amod", "quantmod")
                      and c.lower_ in closed_class("misread_particle") and any(c in g.subtree for g in heads)]
        direct = _ordered([c.lemma_.lower() for c in heads]
                          + [w.lemma_.lower() for c in heads for g in of_objects(c) for w in with_compounds(g)]
                          + [g.lemma_.lower() for c in heads for g in c.children
                             if g.dep_ in ("compound", "appos", "amod")]
                          + [g.lemma_.lower() for c in heads if c.dep_ == "dobj" for g in c.conjuncts])
        objects = direct + _ordered(w.lemma_.lower() for c in children if c.dep_ in ("prep", "prt", "agent")
                                    for g in _prepositional_objects(c) for w in (g, *of_objects(g)))
        subjects = [g for c in children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in SUBJECTS]
        objects += [w.lemma_.lower() for g in subjects
                    for w in (*with_compounds(g), *of_objects(g))]
        objects += [c.lemma_.lower() for c in children if c.dep_ in COMPLEMENTS and c.pos_ == "ADJ"]
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if any(map(_tells_a_penalty, clauses)):
            objects.append(PENALTY)
        if any(not _about_oneself(c) for c in clauses):
            objects.append(CLAUSE)
        if any(map(_is_question, clauses)):
            objects.append(QUESTION)
        if clauses and all(map(is_claim, clauses)):
            objects.append(CLAIM)
        if any(map(_wishes_well, clauses)):
            objects.append(WELL_WISH)
        own = [c for c in children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)
               and not any(g.dep_ in SUBJECTS for g in c.children)]
        if not direct and own:
            objects += ([OWN_COMMENT, OWN_INFINITIVE] if own[0].lemma_.lower() in closed_class("comment")
                        else [OWN_INFINITIVE])
        bare = token.lemma_.lower() in closed_class("bare_infinitive")
        ordered = (own if direct else []) + [
            c for c in clauses
            if (is_infinitive(c) or bare and c.tag_ == "VB") and any(g.dep_ in SUBJECTS for g in c.children)]
        objects += [ORDERED.format(c.lemma_.lower()) for c in ordered] + ([ORDERED_ANY] if ordered else [])
        if (_between_people([c for c in children if c.dep_ == "nsubj"], direct_objects(token))
                and not _names_its_object(token)):
            objects.append(RIVAL)
        if any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in heads):
            objects.append(STATE)
        if (any(lex.object_code(token.lemma_.lower(), p, ARMED) for p in ("", *particles))
                and (any(map(_is_armed, _subjects_and_agents(token))) or _state_on_state(token))):
            objects.append(ARMED)
        governing = frozenset(c.lower_ for c in children if c.dep_ == "prep" and any(
            g.dep_ in ("pobj", "pcomp") for g in c.children)) - {c.lower_ for c in children if c.dep_ == "prt"}
        found = _object_phrase_code(token, heads, lex) or lex.verb_code(
            token.lemma_.lower(), particles, _ordered(objects), bool(direct or clauses), governing)
        if found is not None and found[0] == FORCES_SENT and any(map(_protects_others, own + _mission_aims(token))):
            found = (PROTECTION, found[1])
        if _hosts_a_thing(found, heads, lex) or _consults_a_thing(found, token, lex):
            return None
        return _finer_by_object(found, heads + [g for c in heads for g in of_objects(c)], lex, token)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "npadvmod"):
        lemma = _noun_lemma(token, lex)
        found = lex.noun_code(lemma, _noun_modifiers(token)) if lemma in lex.noun_lemmas else None
        if found is None and not names_people(token):
            found = next(filter(None, (lex.noun_code(c.lemma_.lower(), _noun_modifiers(c)) for c in token.children
                                       if c.dep_ == "compound" and c.lemma_.lower() in lex.noun_lemmas
                                       and c.lemma_.lower() not in closed_class("descriptive")
                                       and not _in_one_name(c, token))), None)
        return (found[0], found[1] - 1) if found else None
    return None


def names_act_of(word: Token, codes: tuple[str, ...]) -> bool:
    """Whether a word names an act under one of the CAMEO codes or roots ``codes`` (:func:`match_act`): "signed" a
    meeting's or deal's (:data:`VENUE_ACTS`), "brokered" an author's."""
    found = match_act(word, lexicon())
    return found is not None and found[0].startswith(codes)


def with_compounds(noun: Token) -> list[Token]:
    """A noun and the nouns compounded before it: "police" of "thousands of extra police officers"."""
    return [noun, *(c for c in noun.children if c.dep_ == "compound")]


def _protects_others(purpose: Token) -> bool:
    """Whether forces are sent to help or protect others (data/words.tsv "helping", "protecting"): "to help fight Boko
    Haram", "to protect civilians"; not "to protect its border", which is the doer's own."""
    lemma = purpose.lemma_.lower()
    if lemma in closed_class("helping"):
        return True
    objects = [c for c in purpose.children if c.dep_ == "dobj"]
    return lemma in closed_class("protecting") and bool(objects) and not any(
        g.dep_ == "poss" and g.lower_ in closed_class("own_possessive") for o in objects for g in o.children)


def _mission_aims(verb: Token) -> list[Token]:
    """What a force that a verb sends troops as part of is for: "will send 1,200 troops to Mali as part of a West
    African force to help drive Islamist militants from the north" sends them to help Mali."""
    return [clause for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for part in prep.children if part.dep_ == "pobj" and part.lemma_.lower() == "part"
            for mission in of_objects(part) for clause in mission.children
            if clause.dep_ in ("acl", "relcl") and is_infinitive(clause)]


def _subjects_and_agents(verb: Token) -> list[Token]:
    """Who a verb says does it: its subjects and those joined to them, or a passive's agents."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [w for s in subjects for w in (s, *s.conjuncts)]


def _state_on_state(verb: Token) -> bool:
    """A country named as doing it to a country named as its object, with no means but weapons ("Israel struck
    Iran", "Iran struck Israel with missiles"): a state's blow, though neither is called armed; not "an earthquake
    struck Iran", "China hit the US with tariffs" or "struck Turkey from the list"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = direct_objects(verb)
    if not (subjects and objects) or not all(w.ent_type_ == "GPE" for w in (*subjects, *objects)):
        return False
    means = [w for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
             for w in (g, *of_objects(g)) if c.lower_ in ("with", "from", "off")]
    return not means or any(map(names_weapon, means))


def _is_armed(noun: Token) -> bool:
    """A weapon, a state's forces or other armed people (words.tsv "weapon", "forces", "armed")."""
    lemma = noun.lemma_.lower()
    return names_weapon(noun) or any(lemma in closed_class(name) for name in ("forces", "armed"))


def names_weapon(noun: Token) -> bool:
    """A weapon (words.tsv "weapon"), or a thing laden with one: "a car packed with explosives" is a car bomb."""
    if noun.lemma_.lower() in closed_class("weapon"):
        return True
    return any(clause.dep_ == "acl" and clause.lemma_.lower() in closed_class("laden")
               for clause in noun.children for prep in clause.children if prep.lower_ == "with"
               for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in closed_class("weapon"))


def _object_names_act(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb pattern names the act by the verb's direct object or its preposition's, which makes even a
    reporting verb an act of its own: "claimed responsibility for the attack" (015), "declared a state of emergency"
    (1724), "added 36 companies to its trade blacklist" (163), not a report of one."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [*objects, *(g for c in objects for g in of_objects(c))]
    if any(lex.object_code(lemma, "", o.lemma_.lower()) for o in named):
        return True
    return any(lex.object_code(lemma, prep.lower_, g.lemma_.lower()) for prep in verb.children
               if prep.dep_ in ("prep", "agent") for g in prep.children if g.dep_ == "pobj")


def _noun_lemma(noun: Token, lex: Lexicon) -> str:
    """A noun's lemma, with the words a hyphen joins to it when the tokenizer split a listed noun ("sit-in"); the
    joined form is built only for a lemma that ends a listed hyphenated noun after a hyphen, since this runs on every
    noun."""
    lemma = noun.lemma_.lower()
    if (lemma in lex.hyphenated_tails and noun.i >= 2 and noun.doc[noun.i - 1].text in HYPHENS
            and (joined := hyphenated_lemma(noun)) in lex.noun_lemmas):
        return joined
    return lemma


def _names_its_object(verb: Token) -> bool:
    """A verb that gives its object a name or a quality ("called Cruz a liar", "branded him a traitor") says
    something of that person; it does them nothing (no race, no war of words, no telephone call)."""
    objects = direct_objects(verb)
    return any(c.dep_ == "oprd" and c not in objects for c in verb.children)


def direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects; with none, a proper name the parser made its object predicate is one: in "Xi
    called Trump on Tuesday to discuss trade" the small model reads "Trump" as in "called him Trump"; so is the
    person a participle describes (:func:`_epithet_objects`)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects or any(c.dep_ == "nsubjpass" for c in verb.children):
        return objects
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"] or _epithet_objects(verb)


def _with_objects(verb: Token) -> tuple[Token, ...]:
    """A verb and its "dobj" children, whose phrases the parser hangs on either ("put pressure on prices", "sent
    warships near the Philippines")."""
    return verb, *(c for c in verb.children if c.dep_ == "dobj")


def _dates(prep: Token) -> bool:
    """A preposition of a day or hour ("on Tuesday", "at noon") dates the act and is no particle of its verb:
    "called Trump's remarks racist on Tuesday" calls on no one to act (CAMEO 020 "Make an appeal")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and _is_date(g) for g in prep.children)


def _is_date(word: Token) -> bool:
    """Whether a word is in a date or time the recognizer found. A name other than a day's or a month's is not, if
    the date reaches past the name's own phrase: "at Kyiv overnight", read as one time, joins "Kyiv" to a word of
    the verb's; "on Saturday, days after" is a date. A span of time of something is a measure of it, no date:
    "bowed to weeks of protests"."""
    if word.ent_type_ not in DATES or _measures_a_thing(word):
        return False
    if word.pos_ != "PROPN" or word.text.rstrip(".").title() in CALENDAR_NAMES:
        return True
    entity = next(e for e in word.doc.ents if e.start <= word.i < e.end)
    return word.left_edge.i <= entity.start and entity.end <= word.right_edge.i + 1


def _measures_a_thing(word: Token) -> bool:
    """A time word whose "of" names something outside the date: "weeks of mass protests", "months of talks"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ not in DATES
                                                             for g in c.children) for c in word.children)


def _in_one_name(word: Token, head: Token) -> bool:
    """Two words of one proper name: "Demand Progress", a group that signed a letter, demands nothing."""
    return word.pos_ == head.pos_ == "PROPN"


def _hosts_a_thing(found: tuple[str, int] | None, objects: list[Token], lex: Lexicon) -> bool:
    """A verb that hosts a visit by its lemma ("received", "hosted") or by where ("hosted ... at a dinner")
    whose object names neither people nor a meeting: "was receiving a fair trial" and "hosted a fundraiser at
    a dinner" and "hosted a rally at the city hall" host no visitor, "hosted a summit" and "hosted Putin at a state
    dinner" do."""
    return (found is not None and found[0] == HOSTING and found[1] != 1
            and any(o.dep_ == "dobj" and not names_people(o) and (
                not lex.noun_code(o.lemma_.lower(), [])
                or lex.object_code(o.head.lemma_.lower(), "", o.lemma_.lower()) == NOT_AN_ACT) for o in objects))


def _consults_a_thing(found: tuple[str, int] | None, verb: Token, lex: Lexicon) -> bool:
    """A consultation verb whose "with" names a thing, not people: "still speaks with difficulty" and "met with
    resistance" consult no one (CAMEO 040 "Consult"); "met with Xi", "talked with him" do."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    nouns = [g for c in withs for g in c.children if g.dep_ == "pobj"]
    if found is None or found[0] != CONSULT or not nouns:
        return False
    return _met_by_a_reaction(verb) or all(
        n.pos_ == "NOUN" and not names_people(n) and not lex.noun_code(n.lemma_.lower(), []) for n in nouns)


def _met_by_a_reaction(verb: Token) -> bool:
    """A thing that "was met with" something drew a reaction: "any strike would be met with retaliation" is no
    meeting, whatever the reaction names."""
    return any(c.dep_ == "nsubjpass" and not names_people(c) for c in verb.children)


def _noun_modifiers(noun: Token) -> list[str]:
    """Words that make a noun act more specific: "joint military exercises", "a state of emergency",
    "an inquiry into abuses"."""
    children = list(noun.children)
    modifiers = [c.lemma_.lower() for c in children if c.dep_ in MODIFIER_DEPS]
    objects = [g for c in children if c.dep_ == "prep" and c.lower_ in NAMING_PREPOSITIONS
               for g in c.children if g.dep_ == "pobj"]
    modifiers += [g.lemma_.lower() for g in objects]
    if _between_people(_noun_doers(noun), [g for c in children if c.dep_ == "prep" and c.lower_ in AIMED_AT
                                           for g in c.children if g.dep_ == "pobj"]):
        modifiers.append(RIVAL)
    prepositions = {c.lower_ for c in children if c.dep_ == "prep"}
    if ABOUT in prepositions and ADDRESSED_TO not in prepositions:
        modifiers.append(TOPIC)
    return _ordered(modifiers)


def _noun_doers(noun: Token) -> list[Token]:
    """Who may do what a noun names: its possessor ("Trump's attacks"), or the subject of the verb it is the
    object of ("went on the offensive", "launched attacks"), or of the verb that one is joined to ("brushed off
    the report but went on the offensive")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if noun.dep_ in ("dobj", "pobj") else []
    return [c for c in noun.children if c.dep_ == "poss"] + subjects


def _between_people(doers: list[Token], objects: list[Token]) -> bool:
    """A named doer (or "I", "he", "she") acting on a named person (or "him", "her"): in political news "beat",
    "whip" and "attack" then tell of a race or a war of words ("Trump beat Cruz", "I'd beat him"); police beating
    protesters, rebels attacking a town are not named people. The small model often tags a surname as an
    organisation ("Trump")."""
    return (any(d.ent_type_ in NAMED_DOERS or d.lower_ in closed_class("one_person") for d in doers)
            and any(o.ent_type_ == "PERSON" or o.lower_ in closed_class("one_person") for o in objects))


def _object_phrase_code(verb: Token, objects: list[Token], lex: Lexicon) -> tuple[str, int] | None:
    """A pattern whose preposition the parser hung on the object rather than the verb: "accused the
    army of atrocities", "investigated the minister for fraud" (a pattern with both, so the most specific)."""
    for obj in objects:
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                if code := lex.object_code(verb.lemma_.lower(), prep.lower_, noun.lemma_.lower()):
                    return None if code == NOT_AN_ACT else (code, 2)
    return None


def _finer_by_object(found: tuple[str, int] | None, objects: list[Token], lex: Lexicon,
                     verb: Token) -> tuple[str, int] | None:
    """A verb pattern of a code "not specified below" takes the finer code of the same root its object
    names: "delivered humanitarian aid" is 073 "Provide humanitarian aid", not 070 "Provide aid", and
    "launched air strikes" 195 "Employ aerial weapons", not 190. A verb whose pattern only names its
    object noun takes whatever finer code the noun's own words give: "launched a suicide attack" is 1831,
    "launched attacks on Trump's record" 111 "Criticize or denounce", "stepped up joint patrols" 062."""
    if found is None:
        return found
    general = found[0].endswith(GENERAL) and len(found[0]) == 3
    particles = ("", *(c.lower_ for c in verb.children if c.dep_ == "prt"))
    for obj in objects:
        noun = lex.noun_code(obj.lemma_.lower(), _noun_modifiers(obj))
        if not noun or not noun[1] or noun[0] == found[0]:
            continue
        if found[0] in (lex.object_code(verb.lemma_.lower(), p, obj.lemma_.lower()) for p in particles) or (
                general and noun[0].startswith(found[0][:2])):
            return noun[0], found[1]
    return found


def _prepositional_objects(prep: Token) -> Iterator[Token]:
    """The object of a preposition or particle, also through a second one ("pulled out of the talks"); not a noun that
    says what an act is for ("in a bid to")."""
    for child in prep.children:
        if child.dep_ == "pobj" and child.lemma_.lower() not in closed_class("purpose"):
            yield child
        elif child.dep_ == "prep":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _about_oneself(clause: Token) -> bool:
    """A clause whose subject is a pronoun tells of the speaker's own act ("warned that it would
    retaliate" is a threat, "warned that growth would slow" a pessimistic comment)."""
    return any(c.dep_ in SUBJECTS and c.lower_ in closed_class("pronoun") for c in clause.children)


def _is_question(clause: Token) -> bool:
    """An indirect question: a clause a wh-word or "whether" opens ("asked Obama what he thought")."""
    return clause.left_edge.tag_ in WH_TAGS or any(
        c.dep_ == "mark" and c.lower_ in closed_class("question") for c in clause.children)


def is_claim(clause: Token) -> bool:
    """A clause that states what is, was or will be (:data:`CLAIM`), not what someone is to do: "insisted that
    Britain would stand with Ukraine" tells what Britain will do, "insisted that the US should withdraw" asks.
    What one hopes or wants will be is wished, not told ("hopes the US will lift the sanctions")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    wished = {clause.head.lemma_.lower(), clause.head.lower_} & closed_class("self_appeal")
    future = not wished and any(v.tag_ == "MD" and v.lower_ in FUTURE_MODALS for v in verbs)
    return not any(v.tag_ == "MD" and v.lower_ not in FUTURE_MODALS for v in verbs) and (future or any(
        v.tag_ in STATED_TAGS or (v.tag_ == "VBP" and v.lemma_ == "be") for v in verbs))


def _wishes_well(clause: Token) -> bool:
    """A clause that wishes the one addressed a good time (:data:`WELL_WISH`): "(I hope) you guys have a
    wonderful party", "you enjoy the weekend"."""
    return clause.lemma_.lower() in closed_class("well_wish") and any(
        c.dep_ in SUBJECTS and any(w.lower_ in closed_class("addressed") for w in c.subtree) for c in clause.children)


def _tells_a_penalty(clause: Token) -> bool:
    """A clause that tells someone they will pay for what they do (:data:`PENALTY`): "Colombia would face
    consequences", "Israel will pay a heavy price", "they will regret it"."""
    lemma = clause.lemma_.lower()
    penalties = closed_class("penalty")
    return lemma in penalties or any(f"{lemma} {c.lemma_.lower()}" in penalties for c in clause.children
                                     if c.dep_ == "dobj")


def _ordered(words: Iterable[str]) -> list[str]:
    """``words`` without repeats, in text order."""
    return list(dict.fromkeys(words))


def of_objects(noun: Token) -> Iterator[Token]:
    """What a measure or kind noun is of: "a state of emergency", "700 kg of medicine", "$2 billion in
    military aid", also when the parser hangs the "in" on the verb ("sent 10 million dollars in humanitarian
    assistance")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or is_amount_in(prep)):
            yield from (g for g in prep.children if g.dep_ == "pobj")
    if noun.ent_type_ in AMOUNTS:
        yield from _objects_hung_after(noun, INSIDE)


def _objects_hung_after(noun: Token, preposition: str) -> Iterator[Token]:
    """The objects of ``preposition`` right after a direct object that the parser hung on the verb, though it tells of
    the object: "sent 10 million dollars [in] humanitarian assistance", "would accept mediation [by] the OAU"."""
    if noun.dep_ == "dobj":
        yield from (g for prep in noun.head.children if prep.dep_ == "prep" and prep.lower_ == preposition
                    and prep.i == noun.right_edge.i + 1 for g in prep.children if g.dep_ == "pobj")


def is_amount_in(prep: Token) -> bool:
    """The "in" of an amount ("$500 million in aid", "60 million euros in development aid"): what the amount is made
    of, not a place or time."""
    return prep.lower_ == INSIDE and (prep.head.ent_type_ in AMOUNTS
                                      or prep.head.lemma_.lower() in closed_class("currency"))


def preposition_is(prep: Token, word_class: str) -> bool:
    """A preposition of one word ("after the march") or two ("ahead of a march", "prior to the talks") in a class."""
    return not closed_class(word_class).isdisjoint((prep.lower_, f"{prep.head.lower_} {prep.lower_}"))


def dates_another(token: Token) -> bool:
    """The object of a preposition of time ("after the attack", "ahead of a march"): an act named there dates
    another."""
    return token.dep_ == "pobj" and preposition_is(token.head, "temporal")


def in_circumstance(token: Token) -> bool:
    """The object of a circumstantial preposition ("after the march"), not of an amount's "in" ("$500 million in
    aid") nor of what one takes part in ("engaged in ethnic cleansing")."""
    return (token.dep_ == "pobj" and preposition_is(token.head, "circumstantial")
            and not is_amount_in(token.head) and not _takes_part_in(token.head))


def governors_of(token: Token, stop: Token | None = None) -> list[Token]:
    """The words above ``token`` that govern it, nearest first, up to a non-governing link.

    A conjunct shares the governors of the word it is joined to without being governed by
    it: in "rejected the plan and opposed the force", "rejected" does not govern "opposed", but for a
    to-infinitive joined to a finite verb (:func:`_is_joined_complement`). An
    infinitive the parser hangs on a modal word or an act as an adverbial clause is governed by it:
    "have sworn to fight" is a threat whichever way it is parsed.
    """
    chain = []
    while token.head.i != token.i and token != stop:
        plan = _modal_object_before(token)
        if token.dep_ in NOT_GOVERNING and not (plan is not None or _is_governed_infinitive(token)):
            break
        if in_circumstance(token) or _tells_deed_done(token):
            break
        if plan is not None:
            token = plan
            chain.append(token)
            continue
        if token.dep_ == "conj":
            complement = _is_joined_complement(token)
            token = token.head
            if complement:
                chain.append(token)
            continue
        token = token.head
        if token.lemma_.lower() in closed_class("occasion"):
            break
        chain.append(token)
    return chain


def _tells_deed_done(participle: Token) -> bool:
    """A participle after a noun with a "by" tells what was done to the thing ("homes destroyed by the monsoon
    deluge"): no pledge or threat above it makes it planned. One that tells who authored the thing ("an operation
    proposed by Taipei", "a deal brokered by China") belongs to the act done with it."""
    return _is_by_participle(participle) and not names_act_of(participle, AUTHORSHIP)


def _is_by_participle(word: Token) -> bool:
    """A past participle after a noun that has a "by" phrase: "proposed by Egypt", "destroyed by the deluge"."""
    return word.dep_ == "acl" and word.tag_ == "VBN" and any(_by_objects(word))


def _modal_object_before(clause: Token) -> Token | None:
    """The modal noun right before an infinitive the parser hung on the noun's verb, whose object it is: the
    infinitive tells that noun ("outlined his strategy to bomb rebel positions" is a plan, no bombing). After a
    preposition it may tell the verb's purpose ("broke from his policy to take a swipe at Trump" took the swipe)."""
    if clause.dep_ not in ("advcl", "xcomp") or not is_infinitive(clause) or clause.left_edge.i == 0:
        return None
    noun = clause.doc[clause.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head != clause.head:
        return None
    return noun if _lemma_kinds(noun, lexicon()) else None


def _is_joined_complement(verb: Token) -> bool:
    """A to-infinitive the parser joins to a finite verb is that verb's complement: in "Rubio wants a tax cut,
    a war with Iran and to shut down mosques", "wants" governs the shutting down, which no one did."""
    head = verb.head
    return is_infinitive(verb) and head.pos_ == "VERB" and not is_infinitive(head) and head.tag_ != "VBG"


def _takes_part_in(prep: Token) -> bool:
    """An "in" that names what one takes part in ("would not take part in a joint project"), which the verb governs."""
    verb = prep.head
    return prep.lower_ == INSIDE and (verb.lemma_.lower() in closed_class("participation") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in closed_class("participation") for c in verb.children))


def _is_governed_infinitive(clause: Token) -> bool:
    """An infinitive of purpose hung on a modal word or an act: the act's detail, not an act of its
    own ("will work with us to focus on cooperation" is one intent to cooperate); so is a gerund the parser hung
    on the verb right before it as an adverbial clause, which is that verb's object ("ruled out pulling its
    troops back")."""
    lex = lexicon()
    return (clause.dep_ == "advcl" and (is_infinitive(clause) or _is_object_gerund(clause))
            and bool(_lemma_kinds(clause.head, lex) or match_act(clause.head, lex)))


def _is_object_gerund(clause: Token) -> bool:
    """A gerund right after its verb and the verb's particle, with no comma or subordinator between."""
    between = clause.doc[clause.head.i + 1: clause.i]
    return clause.tag_ == "VBG" and clause.i > clause.head.i and all(t.dep_ == "prt" for t in between)


def _adjective_form(token: Token, lex: Lexicon) -> str | None:
    """The listed predicate adjective a word is (data/adjectives.tsv), also a participle the tagger reads as a verb
    or a passive: "was deeply disappointed by Japan's approval"."""
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    if token.dep_ != "acomp" and not passive:
        return None
    form = token.lemma_.lower() if token.pos_ == "ADJ" else token.lower_ if token.tag_ == "VBN" else None
    return form if form in lex.adjective_lemmas else None


def _may_name_act(token: Token, lex: Lexicon) -> bool:
    """Whether :func:`match_act` can find an act at ``token``: its lemma, or for a noun a compound's, is listed.
    Most words are not, and :func:`acts_in` asks this first so that it tests nothing else of them."""
    if _adjective_form(token, lex) is not None:
        return True
    if token.pos_ == "VERB":
        return token.lemma_.lower() in lex.verb_lemmas
    if token.pos_ == "ADJ":
        return False
    return token.dep_ not in ("compound", "npadvmod") and (_noun_lemma(token, lex) in lex.noun_lemmas or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.noun_lemmas for c in token.children))


def acts_in(tokens: Iterable[Token], lex: Lexicon | None = None) -> list[Act]:
    """The acts among ``tokens``: innermost under modal words, outermost under other acts.

    Reporting verbs are never acts of their own here: statements are the quotes stage's; but one that asks by a
    clause in the subjunctive is a demand (:func:`_asks_by_clause`).
    Nor are participial clauses ("Asked at a briefing, Wang said"): their doer is not named; nor motives ("in
    retaliation for"), nor verbs the parser reads as prepositions ("provided the rebels withdrew"). Nor is the
    audience a statement is made to ("told a townhall meeting"), nor are words of a date
    or a title ("in March", "the North American Free Trade Agreement, which Clinton signed into
    law", "The Art of the Deal"). A noun act in the passive under a verb whose pattern names it
    is that verb's object ("the ban was lifted"). A verb that stops or eases only what it acts on is an act of its own
    beside an act it reaches through a preposition ("suspended Syria's membership over the crackdown").
    A verb under "must" that names no act is still a demand ("X must ensure security"), as is one a reporting verb asks
    for ("told Indonesia to scrap its car programme"), and one over an act told only
    as an aside (:func:`_is_aside`) is an act of its own ("rejected the resolution on the massacres"), as is one over a
    participle that only describes a thing ("to seek a negotiated settlement" seeks a settlement).
    """
    lex = lex or lexicon()
    candidates = {}
    for token in tokens:
        if token.pos_ not in ACT_POS:
            continue
        listed = _may_name_act(token, lex)
        demanded = _is_demanded(token, lex)
        if not (listed or demanded):
            continue
        if is_reporting(token) and not _object_names_act(token, lex) and not _asks_by_clause(token):
            continue
        if ((token.dep_ == "advcl" and token.tag_ == "VBN") or token.ent_type_ in NAMES_NO_ACT or _is_audience(token)
                or _is_epithet(token) or _is_motive(token) or _is_subordinator(token) or _exerted_on_a_thing(token)):
            continue
        if listed and (found := match_act(token, lex)):
            candidates[token.i] = Act(token, deployment_code(token, found[0]), found[1])
        elif demanded:
            candidates[token.i] = Act(token, UNSPECIFIED, -1)
    for act in candidates.values():
        act.governors = governors_of(act.trigger)
    kept = []
    for act in candidates.values():
        above = [g for g in act.governors if g.i in candidates and candidates[g.i].base_code != UNSPECIFIED
                 and not _voices_modality(candidates[g.i], act, lex)]
        if any(g.lemma_.lower() not in lex.modality or names_as_object(g, act, lex) for g in above):
            continue
        if any(_voices_modality(act, other, lex) for other in candidates.values()):
            continue
        if _is_passive_object(act, candidates, lex) or _named_no_act(act.trigger, lex) or _is_aim(act, candidates):
            continue
        governed = [a for a in candidates.values() if act.trigger in a.governors and a is not act
                    and not _is_aside(a.trigger) and not _tells_maker(a.trigger, act.trigger)
                    and not _is_attributive_participle(a.trigger)]
        kinds = _lemma_kinds(act.trigger, lex) if governed else ()
        if kinds and OBJECT_KINDS.issuperset(kinds):
            governed = [a for a in governed if not _not_its_object(act.trigger, _below(act.trigger, a))]
        if not STANDING_KINDS.isdisjoint(kinds):
            governed = [a for a in governed if _is_event(a, lex) and not is_description(a, lex)
                        and not _hidden_below(a, act, candidates, lex)]
        if THREAT_KIND in kinds:
            governed = [a for a in governed if not _is_reason(a, act, candidates)]
        if governed and (act.base_code == UNSPECIFIED or kinds) and not any(
            names_as_object(act.trigger, a, lex) for a in governed
        ):
            continue
        kept.append(act)
    return kept


def _voices_modality(voicing: Act, act: Act, lex: Lexicon) -> bool:
    """Whether an act that is only a bare intent (CAMEO 030) by a verb of voicing (data/words.tsv) voices the modal
    word it takes as object, which governs ``act``: "expressed willingness to expand trade ties with Bangladesh" is
    the intent to expand them, as "is willing to expand" is, and no bare intent beside it. Acts on a modal word are
    acts of their own ("accepted an offer to broker talks", "dismissed demands that he step down")."""
    return voicing.base_code == BARE_INTENT and voicing.trigger.lemma_.lower() in closed_class("voicing") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.modality and c in act.governors for c in voicing.trigger.children)


def _hidden_below(act: Act, governor: Act, candidates: dict[int, Act], lex: Lexicon) -> bool:
    """Whether an act another act hides stands between it and ``governor``: in "asked forgiveness for failing to
    prevent the genocide" the genocide is prevention's object, nothing "asked" governs."""
    return any(g.i in candidates and g.lemma_.lower() not in lex.modality for g in _governors_between(act, governor))


def _is_reason(act: Act, governor: Act, candidates: dict[int, Act]) -> bool:
    """Whether an act is told as the reason for a threat's act, not as what it threatens: in "warned Kuwait that it
    would pay a heavy price for lobbying to keep sanctions" the lobbying is what Kuwait would pay for; a "for" or
    "over" phrase of a word that names no act tells a reason."""
    return any(g.dep_ == "prep" and g.lower_ in closed_class("reason") and g.head.i not in candidates
               for g in _governors_between(act, governor))


def _governors_between(act: Act, governor: Act) -> list[Token]:
    """The words that govern an act below ``governor``, one of its governors, nearest first."""
    return act.governors[:act.governors.index(governor.trigger)]


def _below(governor: Token, act: Act) -> Token:
    """The word of ``act``'s chain right under ``governor``, one of its governors."""
    return act.chain[act.chain.index(governor) - 1]


def _is_event(act: Act, lex: Lexicon) -> bool:
    """Whether an act is still an event under the modal words above it: a demand or appeal that asks for what makes
    no event ("demanded that France call off its nuclear tests", a halt of no act the ontology maps) is a demand of
    its own, not nothing, and so is a rejection ("rejected a plan calling for Assad to hand over power")."""
    trial = replace(act)
    apply_modality(trial, lex)
    return trial.code is not None


def deployment_code(word: Token, code: str) -> str:
    """What sending forces or arms is, by where and why they go. A deployment of armed or police forces (154, 153
    "Mobilize or increase armed forces", "police power") told in a clause about peacekeepers or a multinational
    mission ("ready to lead a multinational force in Haiti and to deploy 1,000 police officers") is 074 "Provide
    military protection or peacekeeping"; arms sent near a place (words.tsv "nearness") or to a border are a show of
    force there, no one's aid (072 "Provide military aid"): "sent warships near the Philippines" and "sent tanks to its
    border with Syria" are 154."""
    if code == MILITARY_AID:
        near = [p for w in _with_objects(word) for p in objects_after(w, closed_class("nearness"))]
        to_edge = [p for p in objects_after(word, DESTINATIONS) if at_edge(p)]
        return MOBILIZE_FORCES if near or to_edge else code
    if code not in (MOBILIZE_FORCES, MOBILIZE_POLICE):
        return code
    return PEACEKEEPING if own_clause_words(word) & closed_class("peacekeeping") else code


def own_clause_words(word: Token) -> set[str]:
    """The lemmas of the clause a word is told in, up to the verb that reports it."""
    top = word
    while top.head.i != top.i and not is_reporting(top.head):
        top = top.head
    return {t.lemma_.lower() for t in top.subtree}


def _is_epithet(word: Token) -> bool:
    """A participle that describes the person after it (data/words.tsv "epithet"), which the parser made a verb with
    that person as object: "apologised to visiting South Korean President Kim Dae-jung" and "told visiting Iranian
    Foreign Minister Velayati" visit no one, though "look forward to meeting President Biden" meets him."""
    if word.tag_ != "VBG" or word.lower_ not in closed_class("epithet"):
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    placed = word.dep_ in ("pcomp", "amod") or word.dep_ in ("xcomp", "advcl") and word.i == word.head.i + 1
    return (placed and not any(c.dep_ in SUBJECTS for c in word.children)
            and any(o.left_edge.i == word.i + 1 and names_people(o) for o in objects))


def _is_subordinator(word: Token) -> bool:
    """A verb used as a preposition or a conjunction, by the parse or by the clause it takes: "provided the Rapid
    Support Forces first withdrew" provides nothing."""
    return word.dep_ == "prep" or any(c.dep_ == "pcomp" and any(g.dep_ in SUBJECTS for g in c.children)
                                      for c in word.children)


def _is_motive(word: Token) -> bool:
    """A noun that says why an act was done, not a second act: "bombed the bases in retaliation for a rocket
    attack", "the expulsion of four diplomats, in retaliation for similar measures"."""
    return (word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ == "in"
            and word.lemma_.lower() in closed_class("yielding"))


def _epithet_objects(verb: Token) -> list[Token]:
    """The person a verb acts on when the parser hung them on a participle describing them (:func:`_is_epithet`):
    "met visiting Israeli Foreign Minister Shimon Peres" meets Peres."""
    return [o for c in verb.children if _is_epithet(c) and c.dep_ in ("xcomp", "advcl")
            for o in c.children if o.dep_ == "dobj"]


PURPOSES = ("advcl", "acl", "xcomp", "relcl")
"""Dependencies of an infinitive that says what an act was done for ("began a hunger strike to press for ...")."""
PROTESTS = ("14", "191", "192")
"""Codes of protests, and of the blockades and occupations that civilians' obstructions are named by before their
doers are known (:func:`parley.events.coding.doer_code`)."""


def _is_aim(act: Act, candidates: dict[int, Act]) -> bool:
    """What a protest is held for is its aim, not an act of its own: "began a hunger strike to press for Eyadema to
    step down", "shut their businesses in a general strike to force Aristide to resign" and "stayed away from work
    in a strike to demand the right to collective bargaining" are protests (CAMEO 14), whatever they ask."""
    word = act.trigger
    while word.head.i != word.i:
        if word.dep_ in PURPOSES and is_infinitive(word) and _names_a_protest(_purpose_host(word), act, candidates):
            return True
        word = word.head
    return False


def _purpose_host(clause: Token) -> Token:
    """The verb an infinitive of purpose is hung on, also through "in a bid to" (data/words.tsv "purpose")."""
    host = clause.head
    return host.head.head if host.dep_ == "pobj" and host.lemma_.lower() in closed_class("purpose") else host


def _names_a_protest(host: Token, aim: Act, candidates: dict[int, Act]) -> bool:
    """Whether a word, or a verb's object or "in" phrase, is a protest other than ``aim`` ("blocked the highway",
    "a strike to demand", "began a hunger strike", "shut their businesses in a general strike")."""
    named = [host, *(c for c in host.children if c.dep_ == "dobj")]
    named += [g for c in host.children if c.dep_ == "prep" and c.lower_ == INSIDE
              for g in c.children if g.dep_ == "pobj"]
    return any(n.i in candidates and candidates[n.i] is not aim
               and candidates[n.i].base_code.startswith(PROTESTS) for n in named)


def _is_passive_object(act: Act, candidates: dict[int, Act], lex: Lexicon) -> bool:
    """A noun act that is the passive subject of an act whose pattern names it is that act's object, not
    an act of its own: in "Washington's ban on arms sales would be lifted" the ban is lifted (081), not
    imposed (16)."""
    noun, verb = act.trigger, act.trigger.head
    return (noun.dep_ == "nsubjpass" and verb.i in candidates
            and lex.object_code(verb.lemma_.lower(), "", noun.lemma_.lower()) is not None)


def _named_no_act(noun: Token, lex: Lexicon) -> bool:
    """A noun act whose verb's pattern with it names no act is no act of its own, nor the doer's: "hosted a
    rally" is a campaign event (no demonstration), "close the deal" winning voters over (no agreement), and
    one who "seized on the massacre" made use of it."""
    if noun.pos_ == "VERB":
        return False
    if any(lex.object_code(c.lemma_.lower(), "", noun.lemma_.lower()) == NOT_AN_ACT for c in _object_clauses(noun)):
        return True
    if noun.dep_ == "dobj":
        return lex.object_code(noun.head.lemma_.lower(), "", noun.lemma_.lower()) == NOT_AN_ACT
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or verb.pos_ != "VERB" or prep.dep_ not in ("prep", "prt"):
        return False
    alone = not any(c.dep_ == "dobj" for c in verb.children)
    return NOT_AN_ACT in (lex.object_code(verb.lemma_.lower(), prep.lower_, noun.lemma_.lower()),
                          lex.object_code(verb.lemma_.lower(), prep.lower_, NO_OBJECT) if alone else None)


def _exerted_on_a_thing(verb: Token) -> bool:
    """Pressure put on a thing is a market's or a policy's force, not coercion (words.tsv "exerted"): "strong demand
    put pressure on prices", "the Fed kept up pressure on inflation"; on people, a place or what they own it is
    ("stepped up pressure on Damascus", "pressure on Iran's nuclear programme")."""
    verb_and_objects = _with_objects(verb)
    if not any(obj.lemma_.lower() in closed_class("exerted") for obj in verb_and_objects[1:]):
        return False
    pressed = [p for word in verb_and_objects for p in objects_after(word, ("on",))]
    return any(not any(names_people(w) or names_place(w) for w in p.subtree) for p in pressed)


def _object_clauses(noun: Token) -> list[Token]:
    """Relative clauses whose verb has the noun for its object: "the threat (that) the NRA poses", not "the threat
    that hangs over the talks"."""
    relative = closed_class("relative")
    return [c for c in noun.children if c.dep_ == "relcl" and not any(
        (g.dep_ == "dobj" and g.lower_ not in relative) or (g.dep_ in SUBJECTS and g.lower_ in relative)
        for g in c.children)]


def _is_audience(noun: Token) -> bool:
    """The object of a verb of telling is whom a statement is made to: "told a townhall meeting with young
    leaders" is a statement at a meeting, not a consultation with them."""
    return noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in closed_class("audience")


def names_as_object(verb: Token, act: Act, lex: Lexicon) -> bool:
    """A modal verb whose own pattern names the act it governs as its object is that act's verb, not a
    modal word over it: "offered condolences" is 018 (no intent), "called a truce" 0871 (no appeal for
    one), "is considering sanctions" 014 (no mere possibility), "ordered him to leave" 174 (no demand that he
    travel). When its modal reading agrees with the
    pattern and is finer, the modal reading stands: "cut military aid" is 1622, finer than "cut aid" 162."""
    head = act.trigger.head
    if verb.pos_ != "VERB" or head not in (verb, *(c for c in verb.children if c.dep_ in ("prep", "prt"))):
        return False
    particle = head.lower_ if head != verb else next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    lemma = act.trigger.lemma_.lower()
    own = lex.object_code(verb.lemma_.lower(), particle, lemma) or (
        lex.object_code(verb.lemma_.lower(), "", ORDERED.format(lemma)) if act.trigger.dep_ == "xcomp" else None)
    if own is None:
        return False
    readings = [lex.transform(kind, act.base_code) for kind in _lemma_kinds(verb, lex)]
    return not any(r and r.startswith(own) for r in readings)


def _is_demanded(verb: Token, lex: Lexicon) -> bool:
    """A verb that is demanded whatever act it names: under "must" ("X must ensure security"), or the infinitive a
    reporting verb asks for ("told Indonesia to scrap its car programme")."""
    return verb.pos_ == "VERB" and (_has_demanding_aux(verb) or (
        verb.dep_ == "xcomp" and is_infinitive(verb) and is_reporting(verb.head)
        and "demand" in _lemma_kinds(verb.head, lex)))


def _has_demanding_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in closed_class("demanding") for c in verb.children)


def turns_acts(word: Token, lex: Lexicon) -> bool:
    """Whether a word's lemma changes the act it governs (data/modality.tsv): "called for a ceasefire" asks for one."""
    return bool(_lemma_kinds(word, lex))


def _lemma_kinds(word: Token, lex: Lexicon) -> tuple[str, ...]:
    """Modal kinds of a word by its lemma, or its lemma and particle ("call off", "has yet to"), passive ("is
    expected to": others expect it, a prediction), part of speech ("open to talks") or to-infinitive after its
    subject ("is to visit", "is due to visit": a plan; "there is little to suggest" is none).
    """
    lemma = word.lemma_.lower()
    if lemma not in lex.modal_lemmas:
        return ()
    children = list(word.children)
    particles = [c.lower_ for c in children if c.dep_ in ("prt", "advmod")] + _idiom_particles(word)
    if any(c.dep_ == "auxpass" for c in children):
        particles.append(PASSIVE)
    if word.pos_ == "ADJ":
        particles.append(ADJECTIVE)
    if f"{lemma} {PERSON_OBJECT}" in lex.modality and any(names_people(c) for c in direct_objects(word)):
        particles.append(PERSON_OBJECT)
    clause = word.head if word.dep_ == "acomp" else word
    if any(c.dep_ == "nsubj" for c in clause.children) and any(
            c.dep_ == "xcomp" and is_infinitive(c) and c.lemma_.lower() not in closed_class("idiom_infinitive")
            for c in children):
        particles.append(TO_INFINITIVE)
    phrases = [f"{lemma} {p}" for p in particles if f"{lemma} {p}" in lex.modality]
    if phrases:
        return sum((lex.modality[p] for p in phrases), ())
    return lex.modality.get(lemma, ()) or lex.modality.get(word.lower_, ())


def _idiom_particles(word: Token) -> list[str]:
    """A word's particle and object that make an idiom with it: "put the loan on hold", and "put on hold a loan",
    which the parser reads as "put on" with "hold" its object."""
    idioms = [f"{c.lower_} {o.lower_}" for c in word.children if c.dep_ == "prep" for o in c.children
              if o.dep_ == "pobj"]
    for particle in (c for c in word.children if c.dep_ == "prt"):
        following = particle.nbor() if particle.i + 1 < len(particle.doc) else None
        if following is not None and following.head == word and following.dep_ == "dobj":
            idioms.append(f"{particle.lower_} {following.lower_}")
    return idioms


def _word_kinds(word: Token, lex: Lexicon, own: bool, act_at: int) -> list[str]:
    """Kinds a word signals: its lemma, auxiliaries, negation ("had no plans to meet", "no one was
    killed", "neither accept nor recognise"). A negated hesitation is resolve: "would not hesitate to strike" intends
    the strike.

    A word's lemma counts only if it comes before the act and is not the act itself: modal
    words precede what they govern ("refused to lift"), so a later one is a misparse. Nor
    does a legal instrument's: "an executive order banning investment" is a ban, not a demand.
    """
    instrument = word.pos_ == "NOUN" and word.lemma_.lower() in closed_class("instrument")
    kinds = [] if own or word.i > act_at or instrument else list(_lemma_kinds(word, lex))
    if kinds and _claims(word, act_at):
        kinds = [k for k in kinds if k not in ASKING]
    for child in [*word.children, *_shared_auxiliaries(word)]:
        if _is_contracted_have(child):
            continue
        if child.dep_ in ("aux", "neg", "advmod") or (child.dep_ == "det" and not own):
            kinds.extend(lex.modality.get(child.lower_, ()))
        elif child.dep_ in SUBJECTS and _is_no_one(child):
            kinds.append("negate")
    if _neither_nor(word):
        kinds.append("negate")
    if "negate" in kinds and word.lemma_.lower() in closed_class("hesitation"):
        kinds = [k for k in kinds if k not in ("negate", "refuse")] + ["intend"]
    if "negate" in kinds and "intend" in kinds:
        kinds.append("refuse")
    return kinds


def _neither_nor(verb: Token) -> bool:
    """Both verbs of "neither ... nor" are denied: "will neither accept nor recognise the ruling" ("not only ...
    but also", whose "not" the parser also makes a correlative, denies nothing)."""
    return (any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)
            or verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i
                                           for c in verb.head.children))


def _shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of the verb a second verb is joined to, when it has none of its own: "would suspend its
    protests and return to parliament" returns only in intent."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "aux"]


def _is_contracted_have(aux: Token) -> bool:
    """ "'d" is "would" when the tagger reads a modal ("I'd beat him") and "had" otherwise ("he'd met Xi")."""
    return aux.lower_ in ("'d", "’d") and aux.tag_ != "MD"


def _claims(word: Token, act_at: int) -> bool:
    """Whether ``word`` says that the clause holding the act at ``act_at`` is so: "insisted that lifting the
    embargo was not a response" demands nothing of anyone (:func:`is_claim`)."""
    return any(c.dep_ == "ccomp" and is_claim(c) and not _asks_in_subjunctive(word, c)
               and c.left_edge.i <= act_at <= c.right_edge.i for c in word.children)


def _is_no_one(subject: Token) -> bool:
    """A subject that says the act did not happen to anyone: "nobody", "nothing", "no one"."""
    return subject.lower_ in closed_class("no_one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _is_counterfactual(word: Token) -> bool:
    """A modal with a perfect "have" ("would have had to resign", "could have won") tells of what did not happen."""
    auxiliaries = [c.lower_ for c in word.children if c.dep_ == "aux"]
    return "have" in auxiliaries and bool(set(auxiliaries) & closed_class("counterfactual"))


def _asks_by_clause(word: Token) -> bool:
    """A reporting verb that asks by a clause in the subjunctive is a demand of its own, whatever the clause asks:
    "insisted that Hungary amend its law" (:func:`_asks_in_subjunctive`)."""
    return any(_asks_in_subjunctive(word, c) for c in word.children)


def _asks_in_subjunctive(word: Token, clause: Token) -> bool:
    """Whether a word that asks (modality.tsv "demand" or "appeal") governs a clause in the subjunctive, a bare verb
    with a subject of its own: "Belgrade insisted that Moscow veto any resolution" asks for a veto, it does not
    report one ("insisted that Moscow had vetoed it" does)."""
    return (clause.dep_ == "ccomp" and _is_subjunctive_form(clause, word)
            and any(c.dep_ in SUBJECTS for c in clause.children)
            and not any(c.dep_ == "aux" and c.tag_ in FINITE_AUXILIARY_TAGS for c in clause.children)
            and not ASKING.isdisjoint(_lemma_kinds(word, lexicon())))


def _is_subjunctive_form(verb: Token, asking: Token) -> bool:
    """A bare verb ("that Hungary amend"), or a present form under a past asking word, where a clause that told what is
    would be past ("insisted that Armenian forces leave", the tagger's VBP): but for verbs of a state, which a
    report keeps in the present ("insisted that they remain committed"). A past tense as bare as the verb itself
    is the bare verb under an asking word: "demanded that Indonesia let peacekeepers in"."""
    if verb.tag_ == "VB" or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower()):
        return True
    return (verb.tag_ == "VBP" and asking.tag_ == "VBD" and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in closed_class("stative"))


def apply_modality(act: Act, lex: Lexicon, extra_words: Iterable[Token] = ()) -> None:
    """Set ``act.code`` (None: no event) and ``act.kind``, word by word from the act outwards.

    "rejected an appeal for deploying troops": deploy (154) -> appeal (0254-ish 02) -> reject (12).
    A word with several kinds ("cancel" a visit or a curfew) takes the strongest that applies;
    the same kind twice in a row ("will ... willing") counts once, and a negation that makes no event is not
    passed over for another kind (:data:`NEGATIONS`). What would have happened did not
    ("he would have had to resign"): no event.
    """
    words = [act.trigger, *_up_to_reporting(act)]
    if (_is_conditional(act) or _is_lacking(act) or any(map(_is_counterfactual, [act.trigger, *act.governors]))
            or _is_doubted(act, len(words) - 1)):
        act.code = None
        return
    at = act.trigger.i
    steps = [_word_kinds(w, lex, n == 0, at) for n, w in enumerate(words)]
    for kinds, word, below in zip(steps[1:], words[1:], words):
        if _not_its_object(word, below):
            kinds[:] = [k for k in kinds if k not in OBJECT_KINDS]
    steps.append([k for w in extra_words for k in _word_kinds(w, lex, False, w.i)
                  if not (k in ASKING and _claims(w, at))])
    code: str | None = act.base_code
    for kinds, word in zip(steps, [*words, None]):
        kinds = [_self_or_other(kind, word, act) for kind in kinds]
        ranked = sorted(set(kinds), key=KIND_ORDER.index)
        if (ranked == [act.kind] == ["refuse"] and word is not None
                and word.lemma_.lower() != act.kind_word.lemma_.lower()):
            code = None
            break
        if not ranked or ranked == [act.kind]:
            continue
        negated = [k for k in ranked if k in NEGATIONS]
        said_by = word.lemma_.lower() if word is not None else ""
        if negated and all(lex.transform(k, code, said_by) is None for k in negated):
            kind = negated[0]
        else:
            kind = next((k for k in ranked if lex.transform(k, code, said_by) is not None), ranked[0])
        code, act.kind, act.kind_word = (_rejects_a_statement(kind, code, act, word)
                                         or lex.transform(kind, code, said_by)
                                         or _rejects_a_named_act(kind, code, act)), kind, word
        if code is None:
            break
        intent = lex.transform("intend", code) if kind in OBJECT_KINDS and "intend" in ranked else None
        if _intends_to_yield(intent) or (intent is not None and intent.startswith(THREATS)
                                         and word is not None and sets_terms(word)):
            code, act.kind = intent, "intend"
        elif kind in OBJECT_KINDS and "maybe" in ranked:
            act.possible, act.kind = code, "maybe"
            code = lex.transform("maybe", code)
            break
    act.code = None if code == UNSPECIFIED or (act.kind == "negate" and _tells_no_meeting(act)) else code


def sets_terms(word: Token) -> bool:
    """Whether a clause sets a condition on its act ("would cut aid to Uganda if Museveni signed the bill", "could
    impose sanctions unless the crackdown ends"): a hostile act intended on terms is a threat, not the announcement
    of a decision."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
               for c in word.children)


def _intends_to_yield(code: str | None) -> bool:
    """Whether an intent, said of an act that stops or eases something, is to yield: "would lift sanctions" is
    0354 "Express intent to ease sanctions", "would call off the strike" 035; "would prohibit all aid" stays the
    ban it announces, not a threat."""
    return code is not None and code.startswith(INTENT_ROOT)


def _rejects_a_statement(kind: str, code: str | None, act: Act, word: Token | None) -> str | None:
    """Rejecting or dismissing a statement others made ("rejected a NATO statement on Kosovo as unacceptable") is
    CAMEO 120 "Reject", not 011 "Decline comment" as declining to give one is ("declined comment")."""
    dismissed = word is not None and word.lemma_.lower() in closed_class("dismissal")
    statement = code is not None and code.startswith(STATEMENT_ROOT) and act.trigger.pos_ == "NOUN"
    return REJECT if kind == "refuse" and dismissed and statement else None


def _rejects_a_named_act(kind: str, code: str | None, act: Act) -> str | None:
    """Opposing or rejecting an act of conflict that a noun names ("China opposes the U.S. sanctions", "rejected
    any use of force") is CAMEO 120 "Reject", aimed at whoever does it; refusing to do one ("refused to impose
    sanctions") is no event (data/transforms.tsv)."""
    conflict = code is not None and code.startswith(CONFLICT_ROOT)
    return REJECT if kind == "refuse" and conflict and act.trigger.pos_ == "NOUN" else None


def _is_doubted(act: Act, reported_at: int) -> bool:
    """A negated verb that reports the act's clause doubts it, not tells it: "I don't believe I've ever met him",
    "he did not say he would visit"."""
    reporter = act.governors[reported_at] if reported_at < len(act.governors) else None
    return reporter is not None and is_reporting(reporter) and any(c.dep_ == "neg" for c in reporter.children)


def _tells_no_meeting(act: Act) -> bool:
    """A meeting or visit negated in the past ("I didn't meet him", "has never visited Iraq") did not happen, which
    no event codes; refusing one ("won't meet", "did not want to meet") is 125 "Reject proposal to meet", and a
    statement not made when asked for ("did not apologize") is refused."""
    word = act.kind_word
    return act.base_code.startswith(CONTACT) and word is not None and any(
        c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_ == "have") for c in word.children)


def _not_its_object(word: Token, below: Token) -> bool:
    """A verb that stops or eases something acts on its object, not on a noun it reaches through a
    preposition: "has broken more rules, from his proposal to deport immigrants" ends no proposal, "the talks
    ended in an agreement" ends no agreement, "broke a truce by attacking" ends no attack; "stopped them from
    attacking" still stops an attack. Nor on what it is done for: "broke from his policy to take a swipe at
    Trump" takes the swipe."""
    if word.pos_ != "VERB" or below.head != word:
        return False
    through_preposition = (below.dep_ == "prep"
                           and (below.lower_ == "by" or any(c.dep_ == "pobj" for c in below.children)))
    return through_preposition or (below.dep_ == "advcl" and is_infinitive(below))


def _is_conditional(act: Act) -> bool:
    """Acts in an "if" or "unless" clause are conditions, not events, and so are the acts joined to
    one ("if they are radicalized and they don't support the United States"); so are acts in an "if"
    or "whether" clause that is what someone asks or must say ("asked if she would commit to his
    pledge", "to say whether she agrees"), also when the parser made it a sentence of its own; so are acts under a
    verb used as a conjunction of condition ("provided the rebels withdrew")."""
    for top in (act.chain[-1], act.trigger):
        while top.dep_ == "conj":
            top = top.head
        if top.dep_ in CONDITION_CLAUSES and not closed_class("conditional").isdisjoint(
                c.lower_ for c in top.children if c.dep_ == "mark"):
            return True
    return any(_is_subordinator(w) and w.lower_ in closed_class("conditional") for w in act.chain[1:])


def _is_lacking(act: Act) -> bool:
    """An act named as missing is no event: "the talks ended without agreement", "claimed fraud
    without providing evidence"."""
    return act.trigger.dep_ in ("pobj", "pcomp") and act.trigger.head.lower_ in closed_class("lacking")


def is_description(act: Act, lex: Lexicon) -> bool:
    """A gerund inside a noun phrase that describes something else is no event: "his campaign
    platform of deporting illegal aliens", "a record of fighting for others"; nor is an act named to
    say what someone is ("Sanders isn't a serious threat"), nor a topic ("issues of migration and asylum"),
    nor an infinitive that says what someone is for ("the best person to beat Hillary Clinton"), nor a participle
    that describes a thing ("the outlawed union"). A noun
    that is a modal word or an act itself still governs it ("a call for deploying troops", "the prospect
    of meeting", "a plan to impose tariffs")."""
    word = act.trigger
    if word.pos_ != "VERB" and word.dep_ == "attr" and word.head.lemma_ == "be":
        return True
    if _is_aside(word):
        return True
    if _is_purpose_infinitive(word) or _defines_a_thing(word) or _is_attributive_participle(word):
        return True
    if not (word.tag_ == "VBG" and word.dep_ in ("pobj", "pcomp") and word.head.dep_ == "prep"):
        return False
    noun = word.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in closed_class("occasion"):
        return False
    return not (_lemma_kinds(noun, lex) or match_act(noun, lex))


def _is_attributive_participle(word: Token) -> bool:
    """A past participle before the noun it describes tells a state the thing was put in before, not an act the
    sentence reports: "legalised the outlawed Solidarity trade union", "members of the banned movement"."""
    return word.tag_ == "VBN" and word.dep_ == "amod" and word.i < word.head.i


def _is_aside(noun: Token) -> bool:
    """A noun act told only to say what something is about or what state it is in: a topic (:func:`_is_topic`) or
    the cause of a state (:func:`_is_cause_of_state`)."""
    return _is_topic(noun) or _is_cause_of_state(noun)


def _is_cause_of_state(noun: Token) -> bool:
    """A noun act that put people or things in the state a participle tells, not an act of the sentence: "civilians
    displaced by fighting", "a city devastated by the war"."""
    prep = noun.head
    return (noun.dep_ in ("pobj", "pcomp") and prep.lower_ == "by" and prep.head.tag_ == "VBN"
            and prep.head.dep_ in ("acl", "amod"))


def _is_topic(noun: Token) -> bool:
    """A noun act named as what an issue or a question is about is a topic, not an act: "began to politicize
    issues of migration and asylum" grants no asylum, and talks "covering Taiwan, export controls and the war"
    impose no export controls."""
    while noun.dep_ == "conj":
        noun = noun.head
    prep = noun.head
    if noun.pos_ != "VERB" and noun.dep_ == "dobj":
        return prep.lemma_.lower() in closed_class("topic_verb")
    return (noun.pos_ != "VERB" and noun.dep_ == "pobj" and prep.lower_ in TOPIC_PREPOSITIONS
            and prep.head.lemma_.lower() in closed_class("topic"))


def _is_purpose_infinitive(verb: Token) -> bool:
    """ "the best person to beat Clinton": an infinitive clause on a noun of a possible doer, but for one a
    record makes an event of ("the first leader to visit Pyongyang" went there). An attempt or a plot
    to do something is no such noun: CAMEO codes the attempted act."""
    noun = verb.head
    return (verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl") and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in closed_class("candidate")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.lower_ in closed_class("record") for c in noun.children))


def _defines_a_thing(verb: Token) -> bool:
    """An infinitive completing "be" says what a thing is, not an act done: "the solution is to deport them",
    "the goal was to meet Putin", "it is to lock up those who pose a threat"; of people ("the president is
    to visit China") it is a plan of theirs."""
    while verb.dep_ == "conj":
        verb = verb.head
    if not (verb.pos_ == "VERB" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and is_infinitive(verb)):
        return False
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return subject is not None and not names_people(subject) and (
        subject.pos_ != "PRON" or subject.lower_ in closed_class("impersonal"))


def is_hypothetical(act: Act) -> bool:
    """An act under "would" that no one is reported to have announced is a supposition, not an intent:
    "Clinton would beat Trump in a general election match-up", "a poll found that Clinton would win".
    "Trump said he would build a wall" is his intent, "Iran warned that it would retaliate" a threat."""
    words = [act.trigger, *act.governors]
    if not any(c.dep_ == "aux" and c.lower_ in closed_class("hypothetical") for w in words for c in w.children):
        return False
    top = act.chain[-1]
    announced = any(is_reporting(w) or _lemma_kinds(w, lexicon()) for w in act.governors)
    return not (announced or (top.dep_ in REPORTED and is_reporting(top.head)))


def is_embedded(act: Act) -> bool:
    """Acts off the sentence's main clause (or the clause a reporting verb reports) are background."""
    if any(w.dep_ == "acl" and w.tag_ == "VBN" for w in act.chain):
        return True
    top = act.chain[-1]
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ == "ROOT":
        return False
    return not (top.dep_ in ("ccomp", "xcomp", "parataxis") and top.head.lemma_.lower() in closed_class("reporting"))


def _up_to_reporting(act: Act) -> list[Token]:
    """Governors up to the verb that reports the clause; a reporting verb with no clause under it is
    no report ("refused to respond to a demand"), nor is an infinitive whose object is the act itself:
    "urged Ethiopia to declare a ceasefire" is an appeal for one ("didn't report the loans" is no
    refusal of them). Nor is one whose object names the act: "would declare a state of emergency" threatens one. Nor
    one that asks by its infinitive (data/modality.tsv "tell (to)": "told Israel to free the prisoners" demands it)."""
    chain: list[Token] = []
    for word in act.governors:
        below = chain[-1] if chain else act.trigger
        named = below == act.trigger and below.pos_ != "VERB" and is_infinitive(word)
        if (is_reporting(word) and (below.dep_ in REPORTED or (below == act.trigger and not named))
                and not _object_names_act(word, lexicon()) and not _asks_in_subjunctive(word, below)
                and not (below.dep_ == "xcomp" and _lemma_kinds(word, lexicon()))):
            break
        chain.append(word)
    return chain


def _self_or_other(kind: str, word: Token | None, act: Act) -> str:
    """"China hopes to cooperate" is intent; "China hopes the US will cooperate" is an appeal."""
    self_appeal = word is not None and {word.lemma_.lower(), word.lower_} & closed_class("self_appeal")
    if kind == "appeal" and self_appeal and word != act.trigger:
        clause_subject = _nearest_subject(act.trigger, stop=word)
        if clause_subject is None or clause_subject.lower_ in closed_class("pronoun"):
            return "intend"
    return kind


def _nearest_subject(token: Token, stop: Token | None = None) -> Token | None:
    for word in [token, *governors_of(token, stop)]:
        if word == stop:
            return None
        for child in word.children:
            if child.dep_ in SUBJECTS:
                return child
    return None


def find_sources(act: Act, resolve: Resolve) -> list[Actor]:
    """Who acts: the agent of a passive, else the nearest subject up the chain.

    For an appeal, demand or threat, the one who makes it: the subject of "demanded" or "warned" ("Kenya warned Uganda
    that it would respond firmly to any further raids by Ugandan gunmen" is Kenya's threat), or for
    "the US must ensure..." the one who says so; so too for a word that turns an appeal the parser misread as a
    verb: the subject of "rejected" in "Maduro rejected U.S. calls for him to step down" (:func:`misread_caller`).
    A reaction drawn "from" others is theirs (:func:`drawn_from`). A noun act's possessor or national adjective
    is its doer ("Trump's tariffs", "Palestinian riots") unless a word above turns it ("Iran
    rejected Iraq's proposal" is Iran's); a modal noun's possessor is the doer of the act it governs
    ("Trump's threats of tariffs", "Beijing's demand that Washington lift sanctions"), and a name that owns it
    is its doer even when the resolver does not know it (:func:`named_possessor`).
    Pronouns and relative words pass on to the governing clause ("Syria says it will
    withdraw" is Syria); a clause with no subject ("..., killing 20") takes its main
    clause's, and so does a noun act in a phrase of circumstance ("after days of fighting"), but for one of
    concession ("despite complaints"), which tells what others did.
    """
    if (drawer := drawn_from(act.trigger)) is not None:
        act.own_subject = drawer
        return resolve(drawer)
    if _undergone(act.trigger):
        return []
    if act.kind_word is not None and act.kind_word.pos_ == "NOUN":
        for modifier in _doer_modifiers(act.kind_word):
            if actors := resolve(modifier):
                return actors
        if (owner := named_possessor(act.kind_word)) is not None:
            act.own_subject = owner
            return []
    if (refuser := _refuser(act)) is not None and (actors := resolve(refuser)):
        act.own_subject = refuser
        return actors
    misread_appeal = any(misread_caller(w) is not None for w in act.governors)
    if (act.kind in ASKING | {THREAT_KIND} or misread_appeal) and act.kind_word is not None:
        word = act.kind_word
        above = [*word.ancestors][:4] if _has_demanding_aux(word) else [word, *word.ancestors][:4]
        return _subject_actors(act, above + _reporting_heads(word), resolve, [])
    words = [act.trigger, *_conjoined_heads(act.trigger)] if act.trigger.pos_ == "VERB" else []
    if act.trigger.pos_ != "VERB":
        if act.kind_word is None or act.kind_word == act.trigger:
            for modifier in _doer_modifiers(act.trigger):
                if actors := resolve(modifier):
                    return actors
            if (owner := named_possessor(act.trigger)) is not None:
                act.own_subject = owner
                return []
        if _is_conceded(act.trigger):
            return []
        words.append(act.trigger.head)
    words.extend(w for w in act.governors if w not in words)
    top = words[-1] if words else act.trigger
    while (top.dep_ in ("advcl", "conj", "xcomp") and top.head.lemma_.lower() not in closed_class("reporting")
           and not any(c.dep_ in SUBJECTS for c in top.children)):
        top = top.head
        words.append(top)
    clause_verb = None if _dates_the_clause(act.trigger) else next((w for w in top.ancestors if w.pos_ == "VERB"), None)
    if clause_verb is not None and clause_verb.lemma_.lower() not in closed_class("reporting"):
        words.append(clause_verb)
    return _subject_actors(act, words, resolve, _reporting_heads(top)) or _of_doer_actors(act, resolve)


def _refuser(act: Act) -> Token | None:
    """Who refuses an act that has a doer of its own: "Maduro rejected opposition calls for him to step down" is
    Maduro's rejection (CAMEO 12), whoever was to step down, and "refused to take part in an operation proposed by
    Tajikistan" is the refuser's, not Tajikistan's."""
    word = act.kind_word
    if act.kind != "refuse" or word is None or word.pos_ != "VERB" or word == act.trigger:
        return None
    if not any(c.dep_ in (*SUBJECTS, "agent") for c in act.trigger.children):
        return None
    return next((c for c in word.children if c.dep_ == "nsubj"), None)


def drawn_from(noun: Token) -> Token | None:
    """Whose is a reaction another's act draws, told by "from" ("the exercises drew a protest from North Korea",
    "prompted condemnation from the EU", "faced sanctions from the EU", "came under fire from Hezbollah"): theirs, not
    the drawer's."""
    verb = _drawing_verb(noun)
    if verb is None:
        return None
    return next((g for word in (noun, verb) for g in _from_objects(word) if names_people(g)), None)


def _undergone(noun: Token) -> bool:
    """An act someone comes "under" is done to them, whoever does it: "troops came under attack" is no act of the
    troops'."""
    return noun.dep_ == "pobj" and _drawing_verb(noun) is not None


def _drawing_verb(noun: Token) -> Token | None:
    """The verb by which a noun act is drawn or undergone: its object ("drew a protest"), or the one it is "under"
    ("came under attack")."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "under":
        verb = noun.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in closed_class("drawing") else None


def _drawer(verb: Token) -> Token | None:
    """Who or what draws a reaction: the verb's subject, that of the clause a subjectless participle or verb is
    joined to ("the troops began exercises, drawing a protest"), or the noun a participle tells of."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None or verb.dep_ not in ("advcl", "conj", "xcomp", "acl"):
            return subject
        if verb.dep_ == "acl":
            return verb.head
        verb = verb.head


def named_possessor(noun: Token) -> Token | None:
    """A name that owns a noun act is its doer, known or not: "the NRA's refusal to support gun control" is the
    NRA's, not that of whoever tells of it ("his refusal" leaves the doer to the clause)."""
    return next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)), None)


def _is_conceded(noun: Token) -> bool:
    """A noun act in a phrase of concession is what the main clause's doer acted against, not their act: "Despite
    complaints that he is a quixotic crusader, Mr. Sanders has found ways" (the complaints are others'), "despite
    sanctions, Iran went on"; so is one the doer yields or responds to ("bowing to weeks of street protests, the
    government scrapped the contract"), or acts over ("suspended Syria's membership over the government's crackdown",
    "went after Trump over his refusal to release his taxes")."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    return preposition.lower_ in closed_class("concessive") or preposition.lower_ in closed_class("cause") or (
        preposition.lower_ == "to" and preposition.head.lemma_.lower() in closed_class("yielding"))


def _dates_the_clause(noun: Token) -> bool:
    """A noun act that says when the clause's act happened ("flooded the capital with police ahead of a march",
    "before a march by the opposition") is not done by the clause's subject; one done "in defiance" is."""
    return noun.pos_ != "VERB" and dates_another(noun)


def _of_doer_actors(act: Act, resolve: Resolve) -> list[Actor]:
    """The people of an "of" phrase that do the act the noun names, when no subject names its doer:
    "the deployment of Russian troops alarmed NATO" is Russia's, but in "the US sped up the
    withdrawal of forces" the US acts. Of other nouns they are whom the act is done to ("the arrest of
    activists")."""
    noun = act.trigger
    if (noun.pos_ == "VERB" or act.kind_word not in (None, noun)
            or noun.lemma_.lower() not in closed_class("done_by_of")):
        return []
    return next(filter(None, (resolve(g) for g in of_objects(noun) if names_people(g))), [])


def _conjoined_heads(verb: Token) -> list[Token]:
    """The verbs a subjectless verb is joined to, whose subject it shares: in "rebels kidnapped
    advisers and exploded bombs, sources said", the rebels exploded the bombs, not the sources."""
    heads = []
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head
        heads.append(verb)
    return heads


def _subject_actors(act: Act, words: list[Token], resolve: Resolve, reporters: list[Token]) -> list[Actor]:
    """Actors of the first subject (or passive agent) among ``words`` that names one.

    A participle modifying a noun has that noun as its doer ("demonstrators protesting"), and no
    other: "a sniper targeting police" is not the act of whoever talks of the sniper, and "one of 20
    students killed" names no killer; a thing's participle is its maker's act ("parliament approved a
    law recognizing the victories").
    The ``reporters`` ("..., Syria said"), or a reporting verb up the chain, are tried only when
    no word named a subject (a pronoun, "their forces", or none): "Amin expelled them" is Amin's
    act even if Amin is unknown, and not the act of whoever reports it. A "he" or "she" that is the
    subject of the act's own clause ("He met Putin", "he threatened to impose tariffs", "he made a
    visit"), and that the article says who is, stands for that person; any other passes on like any
    pronoun. The subject of a relative clause is the noun it tells of, known or not
    (:func:`_antecedent_actors`). A noun act that is itself the subject, or the noun governing it,
    names no doer, nor does whoever reports it: "the threat of tariffs on Chinese goods remains" is not China's,
    and in "Although those attacks happened in France, the Daily News claims ..." the paper attacked no one.
    A share of a people is a poll figure, no doer: "a quarter of Americans agree". An adverbial or coordinated clause
    with a subject of its own is that subject's act, known or not: in "the WFP suspended deliveries after gunmen
    attacked a convoy" the WFP attacked no one, nor did Tung march in "Tung withdrew the bill, two months after half a
    million people marched against it".
    """
    named = False
    for word in words + reporters:
        if named and (word in reporters or is_reporting(word)):
            break
        if word.dep_ == "acl" and word.tag_ == "VBG" and (actors := resolve(word.head)):
            return actors
        agent = None if _joined_to_passive(act, word) else _passive_agent(word)
        if word == act.trigger and word.dep_ == "acl" and agent is None:
            if _misread_main_verb(word):
                act.own_subject = word.head
                return resolve(word.head)
            if word.tag_ == "VBN" or (word.tag_ == "VBG" and names_people(word.head)):
                act.own_subject = word.head if word.tag_ == "VBG" else None
                return []
        subject = agent if agent is not None else _doer_child(act, word)
        if subject is None and word == act.trigger and _is_passive_aside(word):
            return []
        if subject is None:
            continue
        subject = _weapon_user(subject) or subject
        if subject.lower_ in closed_class("relative") and (clause := _relative_clause(word)) is not None:
            return _antecedent_actors(act, clause.head, resolve)
        if (subject.lower_ in closed_class("person_pronoun") and _is_own_clause(act, word)
                and (actors := resolve(subject))):
            act.own_subject = act.own_subject or subject
            return actors
        if subject in act.chain:
            return []
        if subject.lower_ in closed_class("pronoun") or is_dateline(subject):
            continue
        act.own_subject = act.own_subject or subject
        if subject.lemma_.lower() in closed_class("share"):
            return []
        if (actors := resolve(subject)) and not _placed_only(subject, actors):
            return actors
        if word.dep_ == "advcl" or (word.dep_ == "conj" and subject.head == word):
            return []
        named = named or not (any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
                              or _unnamed_relay(word, subject, act))
    return []


def _weapon_user(subject: Token) -> Token | None:
    """Who planted, left or fired a weapon that is a subject: in "a bomb planted by ETA exploded outside a police
    barracks, killing two officers" ETA bombed and killed."""
    if not names_weapon(subject):
        return None
    return next((g for clause in subject.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                 for g in _by_objects(clause)), None)


def _unnamed_relay(word: Token, subject: Token, act: Act) -> bool:
    """A reporting verb whose subject names no one ("a foreign ministry spokeswoman told reporters") passes on the
    statement of a subject further up: in "India said it was ready to resume the dialogue, a spokeswoman told
    reporters", which the parser nests under "said", India is ready. One whose object is the act relays nothing:
    "the military government declared a state of siege" is the government's act."""
    return (is_reporting(word) and subject.pos_ != "PROPN" and not any(w.ent_type_ for w in subject.subtree)
            and not (act.trigger.head == word and act.trigger.dep_ == "dobj"))


def _misread_main_verb(verb: Token) -> bool:
    """A past tense the parser took for a participle of the sentence's only noun, told by the object or particle
    no passive participle has: "Rebel fighters handed in their weapons to the peacekeepers"."""
    head = verb.head
    return (head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ in ("dobj", "prt") for c in verb.children))


def _placed_only(subject: Token, actors: list[Actor]) -> bool:
    """A thing whose only actor is the place it is in does not act: "the restrictive gun laws in France guaranteed
    that ..." is no French promise. An institution placed there still does ("the court in Paris sentenced him")."""
    return _is_placed_thing(subject) and not any(a.sector for a in actors) and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN") for c in subject.children)


def _is_passive_aside(verb: Token) -> bool:
    """A passive relative or adverbial clause with no agent leaves its doer out, and whoever reports the sentence
    is not it: in "At his townhall, where he was greeted with a standing ovation, Obama noted ...", Obama greeted
    no one ("two protesters were arrested, police said" is the police's arrest)."""
    return (verb.dep_ in ("relcl", "advcl") and any(c.dep_ == "nsubjpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause ``verb`` is, or is joined to: in "claims, which are meritless and which strike at
    the heart of the committee", the second "which" is the claims too."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


def _is_own_clause(act: Act, word: Token) -> bool:
    """Whether ``word`` is a verb whose subject does the act: its own, one it is joined to or
    governed by, the verb of a noun act ("made a visit"); not one that reports it ("As for Trump's
    ability to deflect attacks, she said") nor a clause further up ("..., clarifying that he ...")."""
    return word in (*act.chain, *_conjoined_heads(act.trigger), act.trigger.head) and not is_reporting(word)


def _antecedent_actors(act: Act, noun: Token, resolve: Resolve) -> list[Actor]:
    """The doer of a relative clause is the noun it tells of, or the name that noun describes
    ("Raul Grijalva, the top Democrat on the committee who helped negotiate the deal"); none when
    the resolver does not know it: in "avoided questions about the countries that have not
    congratulated Biden" the countries have not, not whoever avoided questions."""
    while noun.dep_ == "appos":
        noun = noun.head
    act.own_subject = act.own_subject or noun
    return resolve(noun)


def is_dateline(subject: Token) -> bool:
    """A place followed by a news agency in brackets ("Mexico City (AFP) – It featured..."): the parser
    can take the dateline for the subject, but it names where the story was filed."""
    words = list(subject.subtree)
    return any(w.text in closed_class("wire") and w.i > 0 and w.nbor(-1).text == "(" for w in words)


def _joined_to_passive(act: Act, word: Token) -> bool:
    """An active act joined to the passive ``word`` shares its subject, not its agent: in "the prime
    minister has been indicted by the court and will resign", the minister resigns."""
    return act.trigger.dep_ == "conj" and act.trigger.head == word and act.trigger.tag_ != "VBN"


def _passive_agent(word: Token) -> Token | None:
    """The "by" phrase of a passive; a verb with a subject of its own is active and its "by" is a
    measure or means ("Bashir shortened by one hour the curfew"), and a feeling's is its cause ("was disappointed by
    Japan's approval": :func:`_adjective_form`)."""
    if any(c.dep_ == "nsubj" for c in word.children) or _adjective_form(word, lexicon()) is not None:
        return None
    agent = next((g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is None and any(c.dep_ == "auxpass" for c in word.children):
        return _agent_of_complement(word)
    return agent


def _agent_of_complement(passive: Token) -> Token | None:
    """The parser hangs a long passive's "by" phrase on the gerund that completes it: in "Aristide has been accused
    of misusing public funds by Haitian officials" the officials accuse; a gerund's own "by" phrase tells a means
    ("accused of winning by fraud"), never people."""
    for gerund in (g for prep in passive.children if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for")
                   for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"):
        for prep in (c for c in gerund.children if c.dep_ == "prep" and c.lower_ == "by"):
            people = next((g for g in prep.children if g.dep_ == "pobj" and names_people(g)), None)
            if people is not None:
                return people
    return None


def names_people(noun: Token) -> bool:
    """A noun of people or a named group ("a sniper", "demonstrators", "Hamas", "Cruz"), or a role the actor
    resolver knows ("militiamen", "peacekeepers") but a weapon's ("jets"), not of a thing ("a law", "the
    interviews")."""
    lemma = noun.lemma_.lower()
    return (noun.ent_type_ in PEOPLE_ENTITIES or noun.pos_ == "PROPN" or lemma in closed_class("people")
            or noun.lower_ in role_words() and lemma not in closed_class("weapon"))


def counts_people(noun: Token) -> bool:
    """"Thousands of demonstrators", "tens of thousands of people": a number whose "of" names people."""
    if noun.pos_ != "NUM" and noun.lemma_.lower() not in closed_class("count"):
        return False
    return any(names_people(g) for g in counted_of(noun))


def counted_of(noun: Token) -> list[Token]:
    """What a number or count is "of": "protesters" of "thousands of protesters"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _doer_child(act: Act, word: Token) -> Token | None:
    """The first of ``word``'s words (:func:`_with_auxiliaries`) in a doer's role (:func:`_doer_deps`), the roles
    worked out once for all of them. A plural noun misread as a verb has no subject (:func:`misread_caller`)."""
    if misread_caller(word) is not None:
        return None
    doer_deps = _doer_deps(act, word)
    return next((c for c in _with_auxiliaries(word) if c.dep_ in doer_deps), None)


def misread_caller(verb: Token) -> Token | None:
    """The maker of a plural appeal the parser took for a verb in a clause of its own: in "Beijing rejected US calls
    for a revaluation" and "Maduro rejected U.S. calls for him to step down", "calls" is the object of "rejected",
    and the US its maker, whom the rejection targets. A reporting verb's clause is a real one ("China said US calls
    for sanctions are ...", "the paper says Washington demands ..."), as is one with "that"."""
    if (verb.tag_ != "VBZ" or verb.dep_ != "ccomp" or verb.lower_ not in closed_class("plural_appeal")
            or verb.head.pos_ != "VERB" or is_reporting(verb.head) or any(c.dep_ == "mark" for c in verb.children)):
        return None
    maker = next((c for c in verb.children if c.dep_ in ("nsubj", "compound") and c.i < verb.i), None)
    named = maker is not None and maker.right_edge.i == verb.i - 1 and (maker.pos_ == "PROPN" or maker.ent_type_)
    return maker if named else None


def _with_auxiliaries(word: Token) -> list[Token]:
    """A word's children and its auxiliaries' (the parser can hang the subject on "are" of "are mediating")."""
    return [*word.children, *(g for c in word.children if c.dep_ in ("aux", "auxpass") for g in c.children)]


def _doer_modifiers(noun: Token) -> list[Token]:
    """Words before a noun act that name its doer: the possessor ("Trump's tariffs"), then a
    national adjective or compound ("Palestinian riots", "US sanctions"), but not a stance
    ("anti-US protests" are not American). Next to a possessor, the country is where the act goes
    ("his US trip", "their China policy"): the possessor alone names the doer. A noun joined to a
    possessed one shares its possessor ("Trump's stance and renewed threats of tariffs"). The subject of a
    relative clause on the noun names its doer as a possessor does ("the threat Donald Trump represents"), and so
    does its "by" phrase (:func:`_noun_agents`)."""
    before = [c for c in noun.children if c.i < noun.i]
    possessors = [c for c in before if c.dep_ == "poss"] + _relative_doers(noun) + _noun_agents(noun)
    if possessors:
        return possessors
    modifiers = [c for c in before if c.dep_ in MODIFIER_DEPS and not _is_stance(c)]
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        shared = [c for c in noun.head.children if c.dep_ == "poss"]
        return shared + modifiers
    return modifiers


def _noun_agents(noun: Token) -> list[Token]:
    """Who does what a noun names, told by "by": "the expulsion by Moscow of four diplomats", and "the expulsion of four
    diplomats by Moscow", whose "by" the parser hangs on the noun's "of" object. A "by" after a misdeed named in
    the noun's phrase tells who committed it ("an investigation into war crimes by American troops")."""
    return [g for h in (noun, *counted_of(noun)) for g in _by_objects(h) if not _follows_misdeed(g, noun)]


def _misdeed_doers(noun: Token) -> list[Token]:
    """Who committed a misdeed named in a noun act's phrase, told by a "by" the parser hung on the act: the ones
    "an investigation into war crimes by American troops" is aimed at."""
    if noun.pos_ != "NOUN":
        return []
    return [g for g in _by_objects(noun) if _follows_misdeed(g, noun)]


def _accused_by_participle(act: Act) -> list[Token]:
    """Whom a complaint or a lawsuit is against, told by a participle of accusing after it: "filed a complaint with
    the UN Security Council accusing Myanmar of genocide" is aimed at Myanmar, not at the body it was filed with."""
    if not (act.code or "").startswith(COMPLAINTS):
        return []
    lex = lexicon()
    return [o for word in (act.trigger, *direct_objects(act.trigger)) for c in word.children
            if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
            and (lex.object_code(c.lemma_.lower(), "", "") or "").startswith(COMPLAINTS)
            for o in c.children if o.dep_ == "dobj"]


def _follows_misdeed(agent: Token, noun: Token) -> bool:
    """Whether a misdeed (words.tsv "wrongdoing") is named between a noun act and its "by" object."""
    misdeeds = closed_class("wrongdoing")
    return any(w.lemma_.lower() in misdeeds for w in noun.doc[noun.i + 1: agent.i])


def objects_after(word: Token, prepositions: Container[str]) -> Iterator[Token]:
    """The objects of a word's phrases opened by one of ``prepositions`` ("called on Washington", "south of
    Algiers"); a "by" the parser makes a passive's agent counts as one."""
    return (g for prep in word.children if prep.dep_ in ("prep", "agent") and prep.lower_ in prepositions
            for g in prep.children if g.dep_ == "pobj")


def _by_objects(word: Token) -> Iterator[Token]:
    """The objects of a word's "by" phrase, which the parser makes a preposition or a passive's agent."""
    return objects_after(word, ("by",))


def _from_objects(word: Token) -> Iterator[Token]:
    """The objects of a word's "from" phrase: where what it names comes from, or who it is drawn from."""
    return objects_after(word, ("from",))


def _relative_doers(noun: Token) -> list[Token]:
    """The subject of a relative clause that tells who does the act a noun names: "the threat Donald Trump
    represents", "the attacks the rebels launched"; not a relative word ("the sanctions that hurt Iran")."""
    return [g for c in noun.children if c.dep_ == "relcl" for g in c.children
            if g.dep_ == "nsubj" and g.tag_ not in WH_TAGS and g.lower_ not in closed_class("pronoun")]


def _is_stance(modifier: Token) -> bool:
    """"anti-US", "pro-Russian": the tagger may split the prefix off into a word of its own."""
    start = max(0, modifier.left_edge.i - 2)
    return bool(STANCE.search(modifier.doc[start: modifier.i + 1].text))


def _doer_deps(act: Act, word: Token) -> tuple[str, ...]:
    """The subject of an active verb is its doer; so is the subject of a modal word in the
    passive ("Vietnam is committed to opening", "Iraq is prepared to impose"), or of an act that is
    itself such a word ("Vietnam is committed"), or of a passive that names taking part ("Serb
    forces were engaged in ethnic cleansing"), or of a passive an active act is joined to ("the prime
    minister has been indicted and will resign"); never of another passive act ("X was attacked"), nor
    of an appeal or demand in the passive: "Trump was asked a question" names whom it asks. A modal
    auxiliary on a passive act makes no doer of its subject, nor does a word that acts on its object:
    "the ban would be lifted" lifts no ban.
    """
    kinds = _lemma_kinds(word, lexicon())
    if (word == act.kind_word and word != act.trigger) or (word == act.trigger and set(kinds) - OBJECT_KINDS):
        return ("nsubj", "csubj") if ASKING & set(kinds) else ("nsubj", "csubj", "nsubjpass")
    if word != act.trigger and word.lemma_.lower() in closed_class("taking_part"):
        return ("nsubj", "csubj", "nsubjpass")
    if _joined_to_passive(act, word):
        return ("nsubj", "csubj", "nsubjpass")
    return ("nsubj", "csubj")


def _reporting_heads(token: Token) -> list[Token]:
    """Reporting verbs above a clause ("..., officials said"), used to resolve pronoun subjects."""
    heads = []
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in closed_class("reporting"):
            heads.append(token)
    return heads


def find_targets(act: Act, resolve: Resolve, sources: list[Actor], heads: list[Token]) -> list[Actor]:
    """Whom the act is done to: the first of its :func:`target_heads` (``heads``) that names an actor other than the
    source (another named person is another actor, though both code "USA": "Clinton attacked Trump"); a
    stance is none ("an anti-Syria journalist"). Of countries named together, the source's own is not the target
    ("China's vice foreign minister called for better China-US relations"), nor is a word of the doer's own country
    before the object ("Bush lifted most U.S. economic sanctions against Libya"), and an outlet a doer told of it is no
    target (:func:`_is_told_to`).
    A place the act happens in names its people, not its government, but for a visit, whose place
    is its host ("arrived in Amman"); so does a place protesters fill ("poured into Cairo's Tahrir Square")."""
    source_codes = {(a.country, a.code) for a in sources}
    source_names = {a.name for a in sources}
    source_countries = {a.country for a in sources if a.country}
    for head in heads:
        if _is_stance(head) or names_no_target(head, act):
            continue
        resolved = resolve(head)
        if head.dep_ in MODIFIER_DEPS and {a.country for a in resolved} <= source_countries:
            continue
        actors = [a for a in resolved
                  if ((a.country, a.code) not in source_codes or (a.name and a.name not in source_names))
                  and not _shares_words(a, sources) and not (a.sector == MEDIA and _is_told_to(head))]
        if len({a.country for a in actors}) > 1:
            actors = [a for a in actors if a.country not in {s.country for s in sources}]
        if actors and any(a.code for a in actors):
            visit = act.base_code.startswith(VISITS)
            placed = (_is_venue(head) or (act.base_code.startswith(ASSAULTS) and _is_placed_thing(head))
                      or (act.base_code.startswith(PROTEST_ROOT) and names_place(head)))
            return [_as_place(a) if placed and not visit else a for a in actors if a.code]
    return []


def _is_told_to(head: Token) -> bool:
    """Whether a word is whom a reporting verb tells something ("a senior aide told Reuters"): an outlet so told
    reports the act and is no side of it."""
    return head.dep_ in ("dobj", "dative") and is_reporting(head.head)


def names_no_target(head: Token, act: Act) -> bool:
    """A candidate target head that is no one the act is aimed at: a border, the act's own word, the forces it moves,
    the place a document is named after ("violated the Minsk agreement")."""
    return (at_edge(head) or states_the_act(head, act) or _forces_moved(head, act)
            or head.dep_ == "compound" and head.head.lemma_.lower() in closed_class("document"))


def _forces_moved(head: Token, act: Act) -> bool:
    """The units a show of force or a retreat moves are the doer's own, not its target: "Ecuador rushed thousands of
    troops to its border with Peru" is aimed at Peru, "massed 10,000 troops" at no one the troops name, and "pulled back
    its troops" from a border at whoever is across it; so are the people one withdraws as one's own ("pull its aid
    workers out of Afghanistan"), also those a noun act moves ("the withdrawal of Spain's troops from Iraq")."""
    if head.dep_ in ("compound", "amod") and head.head.dep_ == "dobj":
        head = head.head
    units = [head, *counted_of(head)]
    if head.dep_ != "dobj" and not _moved_by_noun(head, act):
        return False
    if act.base_code.startswith(WITHDRAWALS) and any(
            c.dep_ == "poss" and c.lower_ in closed_class("own_possessive") for c in head.children):
        return True
    return act.base_code.startswith((FORCE_POSTURE, PEACEKEEPING, MILITARY_RETREAT)) and any(
        u.lemma_.lower() in closed_class("deployed") or u.lemma_.lower() in closed_class("forces") for u in units)


def _moved_by_noun(head: Token, act: Act) -> bool:
    """The "of" object of a noun act done by its doer is what it moves, as a verb's object is: "ordered the withdrawal
    of Spain's troops from Iraq"; in "demanded the withdrawal of Syrian troops" they are whom the demand is aimed at."""
    return act.kind is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head == act.trigger


def _left_by_moved_units(act: Act) -> Iterator[Token]:
    """Where the units a noun act moves leave, told on them: "the withdrawal of some invasion forces from Panama"
    faces Panama (:func:`_moved_by_noun`)."""
    for prep in act.trigger.children:
        for units in (g for g in prep.children if g.dep_ == "pobj" and _moved_by_noun(g, act)):
            yield from (g for p in units.children if p.dep_ == "prep" and p.lower_ == "from"
                        for g in p.children if g.dep_ == "pobj")


def _staging_verbs(act: Act) -> list[Token]:
    """The verb whose "in" phrase a show of force is: "in" does not make it a governor, but where it is done is what
    the show faces ("flew close to Alaska in a show of force")."""
    prep = act.trigger.head
    if act.trigger.dep_ == "pobj" and prep.lower_ == INSIDE and prep.head.pos_ == "VERB":
        return [prep.head]
    return []


def _faced_places(act: Act) -> Iterator[Token]:
    """The places a show of force faces: what the verb staging it is done to ("flew close to Alaska in a show of
    force"), and the place it or the forces it moves are near (words.tsv "nearness"): "massed troops near Ukraine",
    "flew fighter jets near Taiwan in a show of force"."""
    staging = _staging_verbs(act)
    yield from (h for verb in staging for h in _object_heads(verb))
    for verb in (act.trigger, *_up_to_verb(act.governors), *staging):
        for word in _with_objects(verb):
            yield from objects_after(word, closed_class("nearness"))


def _provokers(act: Act) -> Iterator[Token]:
    """Whom a show of force answers: the doer of the act a clause says it came after or with ("raised its alert level
    after North Korea fired 200 shells", "placed its forces on alert as China began missile tests")."""
    for clause in act.trigger.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and ("as" in marks or not marks.isdisjoint(closed_class("temporal"))):
            yield from (c for c in clause.children if c.dep_ in SUBJECTS)


def _across_border(act: Act) -> Iterator[Token]:
    """Whom a show of force at a border faces: the country the border is shared "with" ("massed troops along its
    border with Syria"), or else whose border it is ("massed troops near Ukraine's borders", "along the Syrian
    border"), not one they leave ("shifting troops from its border with Afghanistan to the frontier with India"); but
    the one a retreat leaves ("pulled back troops from its border with Cambodia"), also told where the forces it moves
    were ("pull back troops it had massed near its border with Ukraine"). The border may be told on the verb
    that stages a noun act or in what it goes on to tell ("staged a show of force near Georgia's border", "..., deploying
    units near the border with South Korea")."""
    retreat = act.base_code.startswith(MILITARY_RETREAT)
    places = [p for verb in _up_to_verb(act.governors) for p in verb.children if p.dep_ in ("prep", "advcl")]
    moved = {t.i for o in direct_objects(act.trigger) for t in o.subtree} if retreat else set()
    for word in (w for top in (act.trigger, *places) for w in top.subtree):
        if word.lemma_.lower() in closed_class("edge") and ((word.head.lower_ != "from") != retreat or word.i in moved):
            shared = [g for prep in word.children if prep.lower_ == "with" for g in prep.children if g.dep_ == "pobj"]
            yield from shared or (c for c in word.children
                                  if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON")


def states_the_act(head: Token, act: Act) -> bool:
    """A noun of people that a verbal pattern names as its object, bare ("expressed firm opposition to the sale"),
    is the act's own word, not the people it names with a determiner ("the opposition", "the U.S. ambassador"):
    whom the act is aimed at is in the object's own phrases."""
    return (head.dep_ == "dobj" and head.head == act.trigger and act.code is not None and act.code.startswith(VERBAL)
            and names_people(head) and head.pos_ != "PROPN" and not head.ent_type_
            and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in head.children)
            and lexicon().object_code(act.trigger.lemma_.lower(), "", head.lemma_.lower()) is not None)


def _shares_words(actor: Actor, sources: list[Actor]) -> bool:
    """A target mention that holds the source's own ("Trump's scorn" of Trump) or modifies it ("Indian" of "The
    Indian prime minister's visit") is no other actor; one in a phrase set off after it is ("Senator Bob Corker, a
    Republican who has met with Mr. Trump")."""
    return any(source.start <= actor.start and actor.end <= source.end
               and "," not in source.text[:actor.start - source.start]
               or actor.start <= source.start and source.end <= actor.end for source in sources if source.text)


def _is_placed_thing(head: Token) -> bool:
    """A thing placed in a town names the town's people, not its seat of power: "struck a building in
    Kyiv" and "gassed the Tokyo subway" target Ukraine and Japan, not their governments, though "Kyiv" alone can
    stand for one. Only for an assault: "met with doctors and officials in Puerto Rico" names its government."""
    placed = any(_is_venue(g) for prep in head.children if prep.dep_ == "prep" for g in prep.children) or any(
        c.dep_ == "compound" and c.ent_type_ in PLACE_ENTITIES for c in head.children)
    return placed and not (names_people(head) or names_place(head))


def _is_venue(head: Token) -> bool:
    """A place the act happens in ("killed in Beirut"), not an actor it is done to; "at" can name
    either ("met at the Pentagon", "took aim at Washington")."""
    return head.dep_ == "pobj" and head.head.lower_ == INSIDE and names_place(head)


def names_place(head: Token) -> bool:
    """"in Lebanon", "in the northern city of Kirkuk"; not "in protest of the government's refusal"."""
    return head.ent_type_ in PLACE_ENTITIES or head.lemma_.lower() in closed_class("place")


def _as_place(actor: Actor) -> Actor:
    """The people of a place, not its seat of power: a journalist killed in Beirut is a Lebanese
    target, not the Lebanese government."""
    return replace(actor, code=actor.country, sector=None) if actor.country else actor


def at_edge(word: Token) -> bool:
    """A place at a country's edge, or a phrase placing something there ("a stronghold on the Thai
    border"), or a sea ("a tanker in the Red Sea"): the border has two sides, so the country it names
    is not where the group is. A country's name is no edge: "the Ivory Coast"."""
    place = next((g for g in word.children if g.dep_ == "pobj"), None) if word.dep_ == "prep" else word
    named = place is not None and (place.pos_ == "NOUN" or place.ent_type_ == "LOC")
    return named and place.lemma_.lower() in closed_class("edge")


def target_heads(act: Act) -> list[Token]:
    """Candidate targets, likeliest first: the addressee of an appeal, demand or warning of a threat, else the act's
    objects, and last the whole phrase of the act's own word ("an investigation into crimes committed by Croat
    forces"). The place of a meeting or agreement is no target ("resumed peace talks in Havana").

    A complaint's target is what it is about, not whom it is made to ("complained to the
    UN over Israeli raids" targets Israel). Who made an object comes before the object, whose whole phrase may name
    others too ("dismissed a proposal by Zelensky for talks with Putin" targets Ukraine).
    """
    if drawn_from(act.trigger) is not None or _undergone(act.trigger):
        drawer = _drawer(_drawing_verb(act.trigger))
        return [drawer] if drawer is not None else []
    candidates = [m for m in map(misread_caller, [act.trigger, *act.governors]) if m is not None][:1]
    candidates.extend(_withheld_from(act))
    candidates.extend(_misdeed_doers(act.trigger))
    candidates.extend(_accused_by_participle(act))
    candidates.extend(_rejected_makers(act))
    candidates.extend(_pressers(act))
    if act.kind in ("appeal", "demand"):
        for word in _up_to_kind_word(act):
            candidates.extend(c for c in word.children if c.dep_ in ("dobj", "dative"))
        if act.kind_word is not None and act.kind_word != act.trigger:
            candidates.extend(_addressees(act.kind_word))
        subject = _nearest_subject(act.trigger)
        if subject is not None:
            candidates.append(subject)
    if act.code and act.code.startswith(THREATS):
        candidates.extend(c for word in act.governors if word.lemma_.lower() in closed_class("warning")
                          for c in word.children if c.dep_ in ("dobj", "dative"))
    if act.kind == "intend":
        candidates.extend(_promised_to(act))
    candidates.extend(_named_after_that(act))
    if act.kind in ASKING:
        candidates.extend(_holders(act.trigger))
    clauses = [c for c in act.trigger.children if c.dep_ in ("xcomp", "ccomp") and _is_clause(c)]
    candidates.extend(h for o in _shared_objects(act.trigger) for h in (*_affiliations(o), *_makers(o), o))
    candidates.extend(c for c in act.trigger.children if c.dep_ == "dative")
    candidates.extend(g for clause in clauses + asked_clauses(act) for g in clause.children if g.dep_ in SUBJECTS)
    for word in [act.trigger, *clauses, *_up_to_verb(act.governors)]:
        if not _reports_anothers_act(word, act):
            candidates.extend(h for h in _object_heads(word) if not (is_reporting(word) and _at_venue(h)))
    if act.code and act.code.startswith(COMPLAINTS):
        candidates.sort(key=_is_to_object)
    if act.trigger.lemma_.lower() in closed_class("handing_over") and act.kind not in ASKING:
        candidates.sort(key=lambda t: not _is_to_object(t))
    if act.base_code.startswith(EXPULSION):
        candidates.sort(key=_is_from_object)
    if act.code and act.code.startswith(THREATS):
        candidates.extend(_condition_subjects(act))
    if act.base_code.startswith(FORCE_POSTURE):
        candidates.extend(_across_border(act))
        candidates.extend(_provokers(act))
        candidates.extend(_faced_places(act))
    if act.base_code.startswith(MILITARY_RETREAT):
        candidates.extend(_across_border(act))
        candidates.extend(_left_by_moved_units(act))
    candidates.extend(h for word in [act.trigger, *_up_to_verb(act.governors)] for means in _means(word)
                      for h in _object_heads(means))
    candidates.extend(h for word in _done_for(act) for h in _purpose_objects(word))
    others = [h for t in candidates if t != act.trigger for h in (*_told_doers(t), *_owners(t), t)]
    if act.base_code.startswith(PROTEST_ROOT):
        others.sort(key=_at_venue)
    if act.base_code.startswith(VENUE_ACTS) and not act.base_code.startswith(VISIT):
        return [t for t in others if not _at_venue(t) and not _names_the_act(t)]
    return (others + [act.trigger]) if len(others) < len(candidates) else others


def _is_to_object(token: Token) -> bool:
    """Whom an act goes "to": the one a statement is told to, not what it is about; one a thing is handed over to."""
    return token.dep_ == "pobj" and token.head.lower_ == "to"


def _is_from_object(token: Token) -> bool:
    """Where one is expelled "from": the expeller's own land, after where one is sent ("was deported from Britain to
    Jordan" is aimed at Jordan)."""
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def _addressees(asking: Token) -> list[Token]:
    """Whom an appeal or demand is made to, named before what is asked ("called on Washington to end the embargo");
    after its object the same preposition tells what it is about ("demanded direct talks with Morocco on the future
    of Western Sahara" is aimed at Morocco)."""
    asked = min((c.i for c in asking.children if c.dep_ == "dobj"), default=len(asking.doc))
    return [g for g in objects_after(asking, closed_class("addressee")) if g.i < asked]


def _withheld_from(act: Act) -> list[Token]:
    """Whom aid is cut or withheld "from", told in the act's own clause: "threatened to withhold billions of euros in
    EU funds from Hungary" is aimed at Hungary, not at the EU whose funds they are."""
    if not act.base_code.startswith(AID_CUT):
        return []
    return [g for prep in act.trigger.subtree if prep.dep_ == "prep" and prep.lower_ == "from"
            and next(h for h in prep.ancestors if h.pos_ == "VERB" or h == act.trigger) == act.trigger
            for g in prep.children if g.dep_ == "pobj"]


def _rejected_makers(act: Act) -> list[Token]:
    """Whose proposal, demand or offer a refusal turns down: "rejected U.S. demands to change its policy on Tibet" is
    aimed at the US and "rejected a proposal by Taipei for a summit" at Taiwan, not at what was asked for; so is a
    refusal of what another "proposed" ("refused to join an operation proposed by Tajikistan"), also when what is
    refused is an act of its own ("refused to take part in a joint operation proposed by Tajikistan"). A verb of
    rejecting does the same to its object ("rejected calls from the European Commission")."""
    if act.kind != "refuse" and not (act.code or "").startswith(REJECTIONS):
        return []
    lex = lexicon()
    asked = [w for w in (act.trigger, *_up_to_kind_word(act), *direct_objects(act.trigger))
             if w.pos_ == "NOUN" and w != act.kind_word
             and (found := lex.noun_code(w.lemma_.lower(), [])) and found[0].startswith(PROPOSALS)]
    proposers = list(_by_objects(act.trigger)) if act.base_code.startswith(PROPOSALS) else []
    if act.trigger.pos_ == "NOUN":
        proposers += _participle_makers(act.trigger)
    return [maker for noun in asked for maker in (*_doer_modifiers(noun), *_from_objects(noun))] + proposers


def _pressers(act: Act) -> list[Token]:
    """Who pressed for what a refusal turns down (words.tsv "pressure"), told on it or on the act refused: "refused to
    abandon its capital controls despite pressure from the IMF" is aimed at the IMF, "rejected the plan under heavy
    U.S. pressure" at the US."""
    if act.kind != "refuse" and not (act.code or "").startswith(REJECTIONS):
        return []
    pressures = closed_class("pressure")
    refused = [c for c in act.trigger.children if c.dep_ == "xcomp"]
    nouns = [g for word in (act.trigger, *refused, *_up_to_kind_word(act)) for prep in word.children
             if prep.dep_ == "prep" and prep.lower_ in ("despite", "under")
             for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in pressures]
    return [maker for noun in nouns for maker in (*_doer_modifiers(noun), *_from_objects(noun))]


def _up_to_kind_word(act: Act) -> list[Token]:
    """The governors of an act up to the word that makes its kind (the one that asks it, the one that refuses it):
    whom a report of a demand is told ("..., the minister told the Jordan Times") is not whom it is made of."""
    if act.kind_word in act.governors:
        return act.governors[: act.governors.index(act.kind_word) + 1]
    return act.governors


def _holders(noun: Token) -> list[Token]:
    """Who holds the people or things an act is asked for: in "demanded the release of 15 sailors seized by Iranian
    forces" the demand is made of Iran, whoever the sailors are."""
    return [g for h in of_objects(noun) for clause in h.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for agent in clause.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]


def _promised_to(act: Act) -> list[Token]:
    """Whom an intent is promised to, its word's object: "promised Malaysian negotiators they will free three
    hostages held on Jolo island" is aimed at Malaysia, not at where the hostages are held."""
    lex = lexicon()
    return [c for word in act.governors if "intend" in _lemma_kinds(word, lex)
            for c in word.children if c.dep_ in ("dobj", "dative") and names_people(c)]


def _named_after_that(act: Act) -> list[Token]:
    """The name right after "that" when an asking word opens its clause ("demanded that Belgium hand over the
    suspects"): the one asked, whom the small model often reads as a compound of the bare verb ("Belgium hand")."""
    word = act.kind_word if act.kind in ASKING and act.kind_word is not None else act.trigger
    doc = word.doc
    if ASKING.isdisjoint(_lemma_kinds(word, lexicon())) or word.i + 2 >= len(doc) or doc[word.i + 1].lower_ != "that":
        return []
    start = word.i + 3 if doc[word.i + 2].lower_ == "the" else word.i + 2
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return [doc[end - 1]] if end > start else []


def _is_clause(word: Token) -> bool:
    """A verb, or a word with a subject of its own that the tagger took for something else: "demanded that South Korea
    ship the fertiliser", "charged that Washington had been behind the coup"."""
    return word.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in word.children)


def _at_venue(word: Token) -> bool:
    """Whether a candidate target is where an act happens: "in Havana", "on the sidelines of the SAARC summit"."""
    if word.dep_ != "pobj":
        return False
    occasion = word.head.head if word.head.lower_ == "of" else word
    return word.head.lower_ in closed_class("venue") or occasion.lemma_.lower() in closed_class("venue_noun")


def _shared_objects(verb: Token) -> list[Token]:
    """A verb's direct objects; with none, those of the verbs joined to it that have no subject of their own:
    in "deplores and firmly opposes the U.S. decision" the parser hangs the decision on "opposes" alone."""
    objects = direct_objects(verb)
    if objects or verb.pos_ != "VERB":
        return objects
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in SUBJECTS for g in c.children) for o in direct_objects(c)]


def _names_the_act(obj: Token) -> bool:
    """The object that names the act itself ("held talks in Istanbul", "signed a deal"): whom it is
    with is in its own phrases ("talks with Ukraine"), not in the place the whole phrase names."""
    return obj.dep_ == "dobj" and lexicon().noun_code(obj.lemma_.lower(), []) is not None


def asked_clauses(act: Act) -> list[Token]:
    """What an appeal or demand named by a noun asks for, whose subject is asked: "its call for
    Russia to withdraw", "reiterated its demand that Israel ease restrictions" (the parser may hang
    the clause on the verb whose object the noun is)."""
    noun = act.trigger
    if noun.pos_ == "VERB" or not (act.code or "").startswith(APPEALS):
        return []
    clauses = [c for c in noun.children if c.dep_ in ("acl", "advcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    return [c for c in clauses if c.pos_ == "VERB"]


def _condition_subjects(act: Act) -> Iterator[Token]:
    """Whom a threat is made against: the one its condition is about ("threatened to strike
    unless Israel rescinded the annexation", "threatened to close the strait if the US imposed")."""
    for clause in [*act.trigger.subtree, *(c for word in act.governors for c in word.children)]:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & closed_class("conditional"):
            yield from (c for c in clause.children if c.dep_ in SUBJECTS)


def _means(verb: Token) -> Iterator[Token]:
    """The gerunds that tell how an act was done ("broke the truce by opening fire on Armenian posts", "retaliated by
    expelling two diplomats"), and a participle after it that names an act too ("violated the ceasefire ..., firing on
    Pakistani posts", but not "..., echoing the ministry's statement"): whom they are done to is whom the act is."""
    yield from (g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by"
                for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG")
    yield from (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                and not any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in c.children)
                and match_act(c, lexicon()) is not None)


def _done_for(act: Act) -> list[Token]:
    """The words whose infinitives tell what an act is done for: its own, and for a noun act the verb it is the object
    of ("began a hunger strike to protest against Israel's policy"), but for a noun that says something, whose
    infinitive the parser may hang on the verb but says what is said ("renew his call to view immigrants as a
    threat")."""
    if act.trigger.pos_ == "VERB" or act.base_code.startswith(SAYING_ROOTS):
        return [act.trigger]
    return [act.trigger, *_up_to_verb(act.governors)]


def _purpose_objects(verb: Token) -> Iterator[Token]:
    """Objects of the infinitives an act is done for, however deep ("send material to help
    defend Saudi Arabia", "marched to protest against Israel's closure of the territories"), and the subject of a
    clause they take ("loans to help Indonesia weather the turmoil"): the last resort for its target."""
    for clause in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if (clause.dep_ == "advcl" and infinitive) or (clause.dep_ == "xcomp" and clause.pos_ == "VERB"):
            yield from (c for c in clause.children if c.dep_ in ("dobj", "dative"))
            yield from objects_after(clause, ("against",))
            yield from (g for c in clause.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj")
            yield from _purpose_objects(clause)


def _reports_anothers_act(word: Token, act: Act) -> bool:
    """A reporting verb over an act whose doer is named apart from the reporter ("militiamen massacred hundreds of
    civilians, survivors told aid workers"): whom the report was told to is no one the act was done to, as the one
    told is when the reporter speaks of its own act ("Iran told the IAEA it would allow inspections")."""
    subject = act.own_subject
    return is_reporting(word) and subject is not None and subject.pos_ != "PRON" and subject.head != word


def _up_to_verb(governors: list[Token]) -> list[Token]:
    """Governors up to the first verb: "gave the Ivory Coast dollars of aid" targets via "gave"."""
    verb = next((n for n, w in enumerate(governors) if w.pos_ == "VERB"), 1)
    return governors[: verb + 1]


def _object_heads(word: Token) -> Iterator[Token]:
    """The words that can name whom ``word`` is done to; a particle's object the parser hung on it ("sealed off the
    town of Hebron", "handed back to Yemen") is the verb's."""
    for child in word.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass", "attr", "poss"):
            yield from _affiliations(child)
            yield from _makers(child)
            yield child
            yield from (g for g in child.children
                        if g.dep_ in ("poss", "compound", "amod") and not _is_common_adjective(g))
            yield from _pobjs(child)
            yield from _stranded_objects(child)
        elif child.dep_ == "advcl" and _aims(child):
            yield from _pobjs(child)
        elif child.dep_ in MODIFIER_DEPS and word.pos_ != "VERB" and not _is_common_adjective(child):
            yield child
        elif child.dep_ == "prep" and child.lower_ in closed_class("attribution"):
            continue
        elif child.dep_ in ("prep", "prt") and child.lower_ in closed_class("target_prep"):
            yield from (g for g in child.children if g.dep_ == "pobj")
            yield from _participle_objects(child)
            yield from _described_objects(child)
        elif child.dep_ == "agent" and _adjective_form(word, lexicon()) is not None:
            yield from (g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "advmod" and child.lower_ in closed_class("particle"):
            yield from objects_after(child, closed_class("target_prep"))
        elif child.dep_ in ("prep", "prt"):
            if child.dep_ == "prt":
                yield from (g for g in child.children if g.dep_ == "pobj")
            yield from _missions(child)
            yield from _pobjs(child)
            yield from _partners_of_means(child)
            yield from _role_parties(child)


def _described_objects(prep: Token) -> Iterator[Token]:
    """Whom a participle of aiming (words.tsv "aiming") that describes the act's own phrase names: "paraded tanks
    through Pyongyang in a display of military might aimed at Washington" is aimed at the US."""
    yield from (h for g in prep.children if g.dep_ == "pobj" for clause in g.children
                if clause.dep_ == "acl" and _aims(clause) for h in _pobjs(clause))


def _aims(clause: Token) -> bool:
    """A participle of aiming (words.tsv "aiming"), on the act's phrase or, as the parser may hang it, on its verb."""
    return clause.tag_ == "VBN" and clause.lemma_.lower() in closed_class("aiming")


def _role_parties(prep: Token) -> Iterator[Token]:
    """Whom a role played "as" someone is between or toward: "its role as a mediator between Israel and Hamas"."""
    if prep.lower_ == "as":
        yield from (h for g in prep.children if g.dep_ == "pobj" for h in _pobjs(g))


def _missions(prep: Token) -> list[Token]:
    """A state's mission abroad that an act is done outside or near, which stands for that state: "protested outside
    the Danish embassy in Islamabad" is aimed at Denmark, not at Pakistan where it stands. People the act is done to
    there are its target ("arrested 20 people outside the US embassy")."""
    missions = missions_beside(prep)
    if missions and any(c.dep_ in ("dobj", "nsubjpass") and (names_people(c) or counts_people(c))
                        for c in prep.head.children):
        return []
    return missions


def missions_beside(prep: Token) -> list[Token]:
    """The missions abroad (words.tsv "mission") that a preposition of place naming no target puts something outside
    or near ("outside the Danish embassy"), and whoever a seat (words.tsv "seat") there is of: "demonstrated outside
    the headquarters of the ruling Law and Justice party" is aimed at the party, "blew himself up outside NATO
    headquarters" at NATO."""
    if prep.dep_ != "prep" or prep.lower_ not in closed_class("venue") or prep.lower_ in closed_class("target_prep"):
        return []
    places = [g for g in prep.children if g.dep_ == "pobj"]
    seats = [g for g in places if g.lemma_.lower() in closed_class("seat")]
    return [*(g for g in places if g.lemma_.lower() in closed_class("mission")),
            *(g for g in seats if any(c.dep_ in ("compound", "poss") for c in g.children)),
            *(o for g in seats for o in objects_after(g, ("of",)))]


def _is_common_adjective(word: Token) -> bool:
    """An adjective that names no one ("a general strike", "its military might"), unlike "Israeli" or "anti-American"
    before a noun."""
    return word.dep_ == "amod" and word.pos_ == "ADJ" and not word.ent_type_ and word.is_lower


def _partners_of_means(prep: Token) -> Iterator[Token]:
    """Whom an act was done "with" by some means or on some occasion: "discussed the crisis by telephone with
    Putin", "agreed in a call with Macron"; a border shared "with" someone is none ("troops along its borders with
    Israel")."""
    for means in prep.children:
        if means.dep_ == "pobj" and not at_edge(means):
            yield from (g for p in means.children if p.dep_ == "prep" and p.lower_ == "with"
                        for g in p.children if g.dep_ == "pobj")


def _participle_objects(prep: Token) -> Iterator[Token]:
    """Whom a preposition names through a participle the parser made its complement: "apologised to visiting South
    Korean President Kim Dae-jung"."""
    yield from (g for clause in prep.children if clause.dep_ == "pcomp" for g in clause.children if g.dep_ == "dobj")
    yield from _stranded_objects(prep)


def _stranded_objects(prep: Token) -> Iterator[Token]:
    """The object of a preposition (a "dative" "to" too) the parser left with none, having read its noun as the
    subject of a clause it hangs on the preposition's own word: "granted asylum to five Panamanian army officers holed
    up in a diplomatic residence"."""
    if prep.tag_ != "IN" or prep.n_rights or prep.i + 1 >= len(prep.doc):
        return
    word = prep.doc[prep.i + 1]
    while word.dep_ not in SUBJECTS and word.head.i != word.i and word.head.i > prep.i:
        word = word.head
    if word.dep_ in SUBJECTS and word.left_edge.i == prep.i + 1 and word.head.head == prep.head:
        yield word


def _affiliations(noun: Token) -> Iterator[Token]:
    """Where people named as an object come "from" names them before the rest of their phrase: "allowed inspectors
    from the IAEA into its nuclear complex" admits the IAEA's inspectors, not North Korea's."""
    if names_people(noun):
        yield from _from_objects(noun)


def _makers(noun: Token) -> Iterator[Token]:
    """Who made a thing an act is done to: "accepted an offer by the African Union", "rejected the plan drawn up by
    international mediators"; also told by a "by" right after the object that the parser hung on the verb ("would
    accept mediation by the OAU")."""
    yield from _by_objects(noun)
    yield from _participle_makers(noun)
    yield from _objects_hung_after(noun, "by")


def _told_doers(noun: Token) -> Iterator[Token]:
    """Who did what a report or claim tells ("investigating reports that Russian troops had opened fire on a Georgian
    police post" is aimed at the Russian troops, "charged in a report that Egyptian security forces torture detainees"
    at Egypt), before whom they did it to."""
    return (s for c in noun.children if c.dep_ in ("acl", "ccomp") and marked_by_that(c)
            for s in c.children if s.dep_ in SUBJECTS)


def _owners(noun: Token) -> Iterator[Token]:
    """Whom a thing belongs to ("razed 20 homes belonging to Palestinian families"), before the thing."""
    return (g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"
            for g in objects_after(c, ("to",)))


def _tells_maker(participle: Token, noun: Token) -> bool:
    """A participle with a "by" that says who made the noun act it describes ("rejected a truce plan proposed by
    Egypt"): it names the act's maker, and is no act the act is made of."""
    return participle.head == noun and _is_by_participle(participle)


def _participle_makers(noun: Token) -> Iterator[Token]:
    """Who made a thing, told by the "by" of a participle describing it ("an operation proposed by Tajikistan")."""
    return (g for c in noun.children if c.dep_ == "acl" for g in _by_objects(c))


def _pobjs(noun: Token) -> Iterator[Token]:
    """The objects of a noun's prepositions that can name a target, and of a participle describing it: "lifted the
    sanctions imposed on India" lifts them for India; but where a described deal or meeting was held is no one it is
    done to ("breaching a ceasefire signed in Addis Ababa")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in closed_class("target_prep"):
            yield from (g for g in prep.children if g.dep_ == "pobj")
        elif prep.dep_ == "acl" and prep.tag_ == "VBN":
            yield from (g for g in _pobjs(prep) if not (_at_venue(g) and names_act_of(prep, VENUE_ACTS)))
