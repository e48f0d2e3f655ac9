"""Mending slips of the small English model's parser that hide who did what to whom.

The mends run right after the parser, on fine-grained tags (coarse parts of speech come later, from the attribute
ruler), and change only heads, dependency labels and, for a verb the tagger took for a participle, a plural noun it
took for a verb or a preposition it took for an adjective, its tag. Each was checked against the PolNeAR dev quote
scores, which none of them changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP")
"""Tags of verbs in a tense, which have a subject."""
NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
LONG_SENTENCE = 12
"""Tokens from which a sentence is no headline."""
AUXILIARIES = frozenset("""am is are was were be been being 's 're 'm has have had having 've 'd do does did get gets got
will would shall should can could may might must ought need dare wo ca 'll""".split())
"""Words that can be auxiliaries: any other verb read as one is a verb in its own right."""
PLACE_PREPOSITIONS = frozenset({"outside", "inside"})
"""Prepositions of place the tagger can take for adjectives before a bare noun ("outside parliament")."""


def mend_parse(doc: Doc) -> Doc:
    """Slips of the small model's parser that hide who did what (:func:`mend_plural_objects`,
    :func:`mend_false_auxiliaries`, :func:`mend_noun_clauses`, :func:`mend_headless_sentences`,
    :func:`mend_reduced_relatives`, :func:`mend_cut_subjects`, :func:`mend_shifted_objects`, :func:`mend_answers`,
    :func:`mend_adverbial_subjects`, :func:`mend_doubled_subjects`, :func:`mend_trailing_attributions`,
    :func:`mend_joined_attributions`, :func:`mend_relative_subjects`, :func:`mend_stray_modifiers`,
    :func:`mend_place_prepositions`, :func:`mend_displaced_infinitives`), in that order."""
    for mend in (mend_plural_objects, mend_false_auxiliaries, mend_noun_clauses, mend_headless_sentences,
                 mend_reduced_relatives, mend_cut_subjects, mend_shifted_objects, mend_answers,
                 mend_adverbial_subjects, mend_doubled_subjects, mend_trailing_attributions, mend_joined_attributions,
                 mend_relative_subjects, mend_stray_modifiers, mend_place_prepositions, mend_displaced_infinitives):
        doc = mend(doc)
    return doc


def mend_plural_objects(doc: Doc) -> Doc:
    """A plural noun right after the verb's object, read as a verb in the present tense with no subject of its own
    ("threatened to impose asset freezes and travel bans": "asset" the object, "freezes" a verb), is the object, and
    the noun before it its compound. Only for a verb with neither subject nor object of its own, that does not govern
    the object's verb, after a noun with no determiner ("will take the maverick senator remains to be seen" keeps its
    verb)."""
    for word in doc[1:]:
        noun = doc[word.i - 1]
        if (word.tag_ != "VBZ" or word.lower_ in AUXILIARIES or noun.tag_ != "NN" or noun.dep_ != "dobj"
                or noun.head.i > noun.i
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in word.children)
                or word in noun.head.ancestors or any(c.dep_ in ("det", "poss") for c in noun.children)):
            continue
        verb = noun.head
        for child in [c for c in noun.children if c.i < noun.i]:
            child.head = word
        word.head, word.dep_, word.tag_ = verb, "dobj", "NNS"
        noun.head, noun.dep_ = word, "compound"
    return doc


def mend_false_auxiliaries(doc: Doc) -> Doc:
    """A verb in the past tense read as the auxiliary of the participle right after it ("Israeli warplanes struck
    suspected Hezbollah positions": "struck" as in "had suspected") is the verb, and the participle describes the
    verb's object: the warplanes struck positions, they did not suspect them."""
    for verb in doc:
        participle = verb.head
        if (verb.dep_ != "aux" or verb.tag_ != "VBD" or verb.lower_ in AUXILIARIES
                or participle.i != verb.i + 1 or participle.tag_ != "VBN"):
            continue
        noun = next((c for c in participle.children if c.dep_ == "dobj"), None)
        if noun is None or noun.left_edge.i != participle.i + 1:
            continue
        verb.head = verb if participle.head == participle else participle.head
        verb.dep_ = participle.dep_
        for child in list(participle.children):
            if child != verb and child.i not in range(noun.left_edge.i, noun.i + 1):
                child.head = verb
        participle.head, participle.dep_ = noun, "amod"
        noun.head = verb
    return doc


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
    headline's participle is a passive ("Opposition leader arrested in Harare"). A participle after the noun's
    appositive with a "that" clause of its own ("Papua New Guinea's opposition leader Mekere Morauta alleged on
    Tuesday that the prime minister had misused funds") is one too: the verbs in a tense are the clause's."""
    for sentence in doc.sents:
        noun = sentence.root
        if noun.tag_ not in NOUN_TAGS or sentence[-1].text != ".":
            continue
        complements = ("dobj", "prt", "xcomp", "prep") if len(sentence) >= LONG_SENTENCE else ("dobj", "prt", "xcomp")
        verb = _participle_after(noun, complements) or _reporting_participle_after_name(noun)
        if verb is not None and not any(t.tag_ in FINITE_VERB_TAGS + ("MD",) for t in sentence
                                        if not _in_that_clause(t, verb)):
            _make_sentence_verb(verb, noun)
    return doc


def _reporting_participle_after_name(noun: Token) -> Token | None:
    """The past participle right after the name set in apposition to ``noun``, when it has a "that" clause."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and names
                 and c.i == names[-1].right_edge.i + 1 and any(_is_that_clause(k) for k in c.children)), None)


def _is_that_clause(token: Token) -> bool:
    """A clausal complement opened by "that". (``parley.quotes.syntax.marked_by_that`` tells the same of any clause,
    but the mends run inside the parser, below the quotes package, which loads the parser.)"""
    return token.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _in_that_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` is inside a "that" clause of ``verb``."""
    return any(_is_that_clause(k) and k.left_edge.i <= token.i <= k.right_edge.i for k in verb.children)


def _make_sentence_verb(verb: Token, subject: Token) -> None:
    """Make a participle the sentence's verb in the past tense, with ``subject`` its subject."""
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"


def mend_joined_attributions(doc: Doc) -> Doc:
    """An attribution after a comma at the end of a sentence ("Baku would downgrade relations with any country that
    recognised Karabakh, Azerbaijan's foreign minister warned on Friday") read as a second verb joined to the
    sentence's own with no "and" is the sentence's verb, and the clause before the comma what it reports. Only for an
    attribution with a subject right after the comma and nothing after it but when and where it was said: "the cleric
    Ankara blames for the coup" is no attribution."""
    for said in doc:
        main = said.head
        if (said.dep_ != "conj" or said.tag_ not in FINITE_VERB_TAGS or main.dep_ != "ROOT"
                or not main.tag_.startswith("VB") or any(c.dep_ == "cc" for c in main.children)):
            continue
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if (subject is None or subject.i > said.i or not _after_comma(subject)
                or not all(map(_tells_when_or_where, (c for c in said.children if c.i > said.i)))):
            continue
        said.head, said.dep_ = said, "ROOT"
        main.head, main.dep_ = said, "ccomp"
        for child in [c for c in main.children if c.i > said.i]:
            child.head = said
    return doc


def _after_comma(word: Token) -> bool:
    """Whether a word's phrase starts right after a comma."""
    return word.left_edge.i > 0 and word.doc[word.left_edge.i - 1].text == ","


def _tells_when_or_where(child: Token) -> bool:
    """A word after a verb that says only when or where it was done: "on Friday", "in a statement", "late"."""
    return (child.dep_ == "punct" or child.dep_ in ("npadvmod", "advmod") and not list(child.children)
            or child.dep_ == "prep" and child.lower_ in ("on", "in", "at"))


def mend_relative_subjects(doc: Doc) -> Doc:
    """A sentence whose subject has a relative clause between commas ("Norway, whose diplomats helped broker the Oslo
    talks, offered on Monday to act as a mediator") is parsed with the subject as its root when the tagger reads the
    verb after the clause as a participle; that verb is the sentence's, in the past tense, and the noun its subject.
    Only for a participle right after the comma with no auxiliary and with an object, a particle or an infinitive."""
    for sentence in doc.sents:
        noun = sentence.root
        if noun.tag_ not in NOUN_TAGS or sentence[-1].text != ".":
            continue
        relative = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
        if relative is None or not _after_comma(relative):
            continue
        verb = next((t for t in doc[relative.i + 1:sentence.end] if t.tag_ == "VBN" and doc[t.i - 1].text == ","
                     and _is_bare_participle_with_complement(t)), None)
        if verb is not None:
            _make_sentence_verb(verb, noun)
    return doc


def _is_bare_participle_with_complement(verb: Token) -> bool:
    """A participle with no auxiliary but an object, a particle or an infinitive: a verb in a tense, not a passive."""
    dependencies = {c.dep_ for c in verb.children}
    infinitive = any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                     for c in verb.children)
    return not dependencies & {"aux", "auxpass"} and (bool(dependencies & {"dobj", "prt", "xcomp"}) or infinitive)


def mend_doubled_subjects(doc: Doc) -> Doc:
    """A verb with two subjects ("Some 2,000 RENAMO fighters handed in their weapons ..., U.N. officials said"): the
    first, before a comma, is a noun whose participle the tagger read as describing it; the participle is the verb
    of the clause reported, in the past tense, and the noun its subject."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or not any(t.text == "," for t in doc[subjects[0].i:subjects[1].i]):
            continue
        if (participle := _participle_after(subjects[0], ("dobj", "prt"))) is not None:
            participle.head, participle.dep_, participle.tag_ = verb, "ccomp", "VBD"
            subjects[0].head = participle
    return doc


def _participle_after(noun: Token, complements: tuple[str, ...]) -> Token | None:
    """The past participle right after ``noun`` or its "of" phrase ("Hundreds of thousands of Czechs massed in
    Wenceslas Square") that describes it, if it has one of ``complements`` (the tagger may tag it a past tense:
    "intelligence agents tortured detained activists, a U.N. mission said")."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                 and c.i == _phrase_end(noun, c) + 1), None)
    return verb if verb is not None and any(c.dep_ in complements for c in verb.children) else None


def _phrase_end(noun: Token, before: Token) -> int:
    """Where ``noun`` ends with its "of" phrase, if that is all it has before the word ``before``."""
    between = [k for k in noun.children if noun.i < k.i < before.i]
    if len(between) == 1 and between[0].dep_ == "prep" and between[0].lower_ == "of":
        return between[0].right_edge.i
    return noun.i


def mend_cut_subjects(doc: Doc) -> Doc:
    """A verb with no subject right after a noun the parser set in apposition after a comma ("tortured detainees at
    a prison near Tashkent, human rights groups said") has that noun as its subject: the groups said it, and
    Tashkent is no human rights group. A verb the parser hung on that noun itself ("..., a rebel spokesman told AFP")
    first goes beside the sentence's verb, so that the noun does not become the subject of its own clause."""
    for verb in doc:
        if verb.tag_ not in FINITE_VERB_TAGS or verb.i == 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        noun = next((t for t in doc[verb.i - 1].ancestors if t.right_edge.i == verb.i - 1 and t.dep_ == "appos"),
                    doc[verb.i - 1] if doc[verb.i - 1].dep_ == "appos" else None)
        if noun is not None and _after_comma(noun):
            if noun in verb.ancestors:
                verb.head, verb.dep_ = noun.sent.root, "parataxis"
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


def mend_shifted_objects(doc: Doc) -> Doc:
    """An object set after the verb's "as" phrase ("denounced as an ugly crime Serbia's suppression of the unrest") is
    read as in apposition to what it is called; it is the verb's object."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in verb.children):
            continue
        called = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                  if g.dep_ == "pobj"]
        shifted = [a for g in called for a in g.children if a.dep_ == "appos" and a.i > g.i]
        if shifted:
            shifted[0].head, shifted[0].dep_ = verb, "dobj"
    return doc


def mend_answers(doc: Doc) -> Doc:
    """The answer of "said no to the plan", read as an interjection, is the verb's object: a rejection of the plan,
    not a report of something said."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in verb.children):
            continue
        answer = next((c for c in verb.children if c.dep_ == "intj" and c.i == verb.i + 1
                       and c.lower_ in ("no", "yes")), None)
        if answer is not None and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == answer.i + 1
                                      for c in verb.children):
            answer.dep_ = "dobj"
    return doc


def mend_adverbial_subjects(doc: Doc) -> Doc:
    """A name right before a verb in a tense that has no subject, read as an adverb ("Turkey massed troops", the bird
    as "on Turkey day"), is the verb's subject."""
    for verb in doc:
        if verb.tag_ not in FINITE_VERB_TAGS or verb.i == 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        name = doc[verb.i - 1]
        if name.dep_ == "npadvmod" and name.head == verb and name.tag_ in ("NNP", "NNPS"):
            name.dep_ = "nsubj"
    return doc


def mend_stray_modifiers(doc: Doc) -> Doc:
    """The article and adjectives of a subject read as its verb's ("The Philippine military placed troops on red
    alert": "The" and "Philippine" hung on "placed") belong to the subject, which otherwise names no country."""
    for verb in doc:
        if not verb.tag_.startswith("VB"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None:
            continue
        for word in doc[max(subject.left_edge.i - 2, 0):subject.i]:
            if word.head == verb and word.dep_ in ("det", "amod") and _runs_into(word, subject):
                word.head = subject
    return doc


def mend_place_prepositions(doc: Doc) -> Doc:
    """A preposition of place before a bare noun, read as the adjective of the verb's object ("rallied outside
    parliament": "outside parliament" the thing rallied), is the verb's preposition and the noun its object: the
    crowd rallied, and where. Not before a plural, which the adjective describes ("hired outside lawyers")."""
    for word in doc[:-1]:
        noun = doc[word.i + 1]
        if (word.lower_ in PLACE_PREPOSITIONS and word.tag_ == "JJ" and word.dep_ == "amod" and word.head == noun
                and noun.tag_ in ("NN", "NNP") and noun.dep_ == "dobj" and noun.head.tag_.startswith("VB")
                and noun.head.i < word.i):
            word.head, word.dep_, word.tag_ = noun.head, "prep", "IN"
            noun.head, noun.dep_ = word, "pobj"
    return doc


def mend_displaced_infinitives(doc: Doc) -> Doc:
    """An infinitive after a verb's "in a statement published on Sunday" phrase, read as the participle's purpose
    ("vowed in a statement published on Sunday to keep attacking"), completes the verb, which has no clause or
    infinitive of its own: what was vowed is to keep attacking."""
    for verb in doc:
        if verb.tag_ not in FINITE_VERB_TAGS or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
            continue
        participles = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > verb.i
                       for g in p.children if g.dep_ == "pobj" for a in g.children
                       if a.dep_ == "acl" and a.tag_ == "VBN"]
        infinitives = [c for a in participles for c in a.children if c.dep_ == "advcl" and c.tag_ == "VB"
                       and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)]
        if infinitives:
            infinitives[0].head, infinitives[0].dep_ = verb, "xcomp"
    return doc


def _runs_into(word: Token, subject: Token) -> bool:
    """Whether only the subject's own modifiers stand between ``word`` and the subject."""
    between = word.doc[word.i + 1:subject.i]
    return all(t.dep_ in ("det", "amod", "compound", "nummod") and t.head in (word.head, subject) for t in between)


def mend_reduced_relatives(doc: Doc) -> Doc:
    """A past participle after its noun ("fishermen detained on Lake Tanganyika were freed") describes the noun;
    the small model reads it as the clause's verb (with no auxiliary or object of its own) with the noun its subject,
    and the passive verb that follows as a second verb that has no subject. The noun becomes that passive's subject
    and the participle its modifier, so the sentence reports the freeing of fishermen, not their detention."""
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


def mend_trailing_attributions(doc: Doc) -> Doc:
    """An attribution after a comma at the end of a sentence whose own verb takes a clause ("Kenya warned Khartoum it
    could drop its role as mediator, a Kenyan official said") is read as that verb's clause, with the clause before the
    comma as the attribution's: the warning's clause is its own again, and the attribution stands beside it."""
    for said in doc:
        main = said.head
        if said.dep_ != "ccomp" or said.tag_ not in FINITE_VERB_TAGS or not main.tag_.startswith("VB"):
            continue
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subject is None or not main.i < subject.left_edge.i - 1 < said.i or not _after_comma(subject):
            continue
        clause = next((c for c in said.children if c.dep_ == "ccomp" and main.i < c.i < subject.i), None)
        if clause is not None and not any(c.dep_ == "ccomp" and c != said for c in main.children):
            clause.head = main
            said.dep_ = "parataxis"
    return doc
