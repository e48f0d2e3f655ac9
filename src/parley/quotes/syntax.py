"""Where a mention sits in the parse: its clause, its role phrase, whether it is definite, a
group, or a topic. Pure functions over spaCy tokens that the speaker resolver asks."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from . import lexicon as lexicon_module

ANTECEDENT_CLAUSES = frozenset({"ROOT", "conj", "relcl", "advcl"})
CLAUSE_ARGUMENT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "attr", "oprd"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})
DEFINITE_DETERMINERS = ("the", "this", "that")
MEMBER_PREPOSITIONS = frozenset({"including", "like", "among"})
NOMINAL_DEPS = frozenset({"appos", "compound", "flat", "prep", "pobj", "nmod", "punct"})
NOMINAL_OR_CONJUNCT_DEPS = NOMINAL_DEPS | {"conj"}
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT", "WP$"})
ORGANISATION_LABELS = ("ORG", "GPE", "NORP")
PLURAL_NOUN_TAGS = ("NNS", "NNPS")
ROLE_PHRASE_DEPS = frozenset({"appos", "prep", "pobj"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_infinitive(verb: Token) -> bool:
    """A verb with its "to" ("to congratulate him"), which tells what something is for or what is wanted."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_mates(pronoun: Token) -> frozenset[str]:
    """The proper nouns among the other arguments of a pronoun's verb ("he told Hannity",
    "she said of Johnson"): a pronoun never denotes a person named in its own clause."""
    words: set[str] = set()
    for child in pronoun.head.children:
        arguments = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for argument in arguments:
            if argument != pronoun and argument.dep_ in CLAUSE_ARGUMENT_DEPS:
                words |= {t.text for t in argument.subtree if t.pos_ == "PROPN"}
    return frozenset(words)


def sentences_from(sentence: SpacySpan) -> Iterator[SpacySpan]:
    """A parsed sentence and the ones after it."""
    doc = sentence.doc
    while True:
        yield sentence
        if sentence.end >= len(doc):
            return
        sentence = doc[sentence.end].sent


def topic(root: Token) -> bool:
    """Whether a name is what a clause is about, so a later pronoun can refer to it: the
    subject, a name in apposition to the subject ("The Ethiopian marathoner, Feyisa Lilesa,
    ..."), the owner of the subject of a main clause ("Mrs. Schlafly's pronouncements drove
    ...", not "Biden rubbished Trump's claim to understand ..."), or a name the parser made
    the root of its sentence ("Clinton, speaking to me, remembers ..."), or the focus of a cleft
    ("it was Mr. Trump who seemed like a different candidate"). Not the subject of a
    clause about a thing ("... engagement policy, which Trump has done away with"): the clause is
    an aside, and the one quoted before it is still who speaks next; nor of a clause inside what
    someone said ("Trump said Rubio was a lightweight while Ted Cruz is a liar. However, he held
    his fire" is Trump), which is an antecedent within its sentence only."""
    if root.dep_ == "poss":
        return root.head.dep_ in SUBJECT_DEPS and root.head.head.dep_ == "ROOT"
    if root.dep_ == "appos":
        root = root.head
    if aside(root) or report(root) is not None:
        return False
    subject = root.dep_ in SUBJECT_DEPS or cleft_focus(root)
    return subject and root.head.dep_ in ANTECEDENT_CLAUSES or root.dep_ == "ROOT"


def cleft_focus(root: Token) -> bool:
    """Whether a name is what "it was ... who" puts in focus: the subject of the relative clause."""
    clause = root.head
    return (root.dep_ == "attr" and clause.lemma_ == "be" and any(c.dep_ == "relcl" for c in root.children)
            and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in clause.children))


def circumstantial(token: Token) -> bool:
    """Whether a name is in a phrase about the circumstances of its clause ("During an
    interview with Sean Hannity, the candidate ..."), not someone the clause is about."""
    return any(link.dep_ == "prep" and link.head.pos_ in ("VERB", "AUX") for link in token.ancestors)


def report(token: Token) -> int | None:
    """The index of the innermost clause someone is reported to have said that holds `token`."""
    return next((clause.i for clause in token.ancestors if clause.dep_ == "ccomp" or reported_advcl(clause)), None)


def reported_advcl(clause: Token) -> bool:
    """ "Madison recalled that before Iowa, Obama wasn't treated ...": a clause "that" opens
    under a reporting verb is what was said, though the parser made it an adverbial clause."""
    lexicon = lexicon_module.load()
    return (clause.dep_ == "advcl" and lexicon.verb_lemma(clause.head) in lexicon.verb_frames
            and marked_by_that(clause))


def marked_by_that(clause: Token) -> bool:
    """Whether "that" opens the clause ("said that ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def aside(root: Token) -> bool:
    """Whether a name is the subject of a clause about a thing ("the wording Ryan used")."""
    clause = root.head
    return clause.dep_ == "relcl" and clause.head.ent_type_ != "PERSON" and clause.head.pos_ != "PRON"


def just_before(antecedent: Token, relative: Token) -> bool:
    """Whether the noun phrase of a relative pronoun's antecedent ends just before it ("Ted Cruz,
    who ...", "Gene B. Sperling, a former adviser to Bill Clinton and Obama, who ..."), not earlier
    ("Clinton Under Pressure To Repudiate General Who ...": the parser's antecedent is Clinton, the pronoun's is the
    general)."""
    before = word_before(relative)
    while before != antecedent and before.dep_ in NOMINAL_OR_CONJUNCT_DEPS:
        before = before.head
    return before == antecedent


def role_holder(antecedent: Token) -> Token:
    """Who a "who" after a role or organisation denotes: the person whose role ends with the
    organisation ("Representative Ann Ruiz, a co-chairman of the Progressive Caucus, who
    ..."), the subject a predicate noun describes ("Ann Ruiz is a Virginia resident who
    ..."), or the person a description is in apposition to ("Peter Thiel, the billionaire tech
    maverick who backed Ron Paul"); else the antecedent itself."""
    if antecedent.ent_type_ == "PERSON":
        return antecedent
    holder = antecedent
    if antecedent.ent_type_ in ORGANISATION_LABELS:
        while holder.dep_ in ROLE_PHRASE_DEPS and holder.head != holder:
            holder = holder.head
    elif antecedent.dep_ == "appos":
        holder = antecedent.head
    else:
        holder = described_subject(antecedent) or antecedent
    return holder if holder.ent_type_ == "PERSON" else antecedent


def described_subject(noun: Token) -> Token | None:
    """The subject of the copula a predicate noun (or one of a list of them) follows: "Ann Ruiz
    is a resident", "Ann Ruiz runs a shop and is a liar, a cheat and a thief"."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    verb = noun.head
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def nearest_conjunct(antecedent: Token, relative: Token) -> Token:
    """ "Reps. Ann Ruiz and Tom Hale, who was ...": a "who" with a singular verb after a list
    the parser gave it as antecedent is the last one listed, just before it."""
    singular = singular_verb(relative.head)
    before = word_before(relative)
    while before.dep_ in NOMINAL_DEPS and before.head != before:
        before = before.head
    return before if singular and before.dep_ == "conj" and before.head == antecedent else antecedent


def relative_antecedent(relative: Token) -> Token | None:
    """The noun a relative "who" stands for: the parser's antecedent, or the one of a list its
    singular verb picks (:func:`nearest_conjunct`); None for a list a verb that is not singular
    says it stands for as a whole ("Govs. Jeb Bush and Chris Christie, who say ...")."""
    antecedent = relative.head.head
    if singular_verb(relative.head):
        return nearest_conjunct(antecedent, relative)
    first = antecedent
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return None if coordinated(first) else antecedent


def singular_verb(clause: Token) -> bool:
    """Whether a clause's verb, or its auxiliary, is singular ("who was", "who says", "who has said")."""
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (clause, *(c for c in clause.children if c.dep_ == "aux")))


def word_before(token: Token) -> Token:
    """The last word before `token`, past punctuation and spaces (`token` itself at the start)."""
    before = token.doc[token.i - 1] if token.i > 0 else token
    while before.i > 0 and (before.is_punct or before.is_space):
        before = before.doc[before.i - 1]
    return before


def owner(token: Token, head: Token) -> bool:
    """Whether `token` is in the possessive that owns `head` ("Xi Jinping’s message")."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    return any(o.left_edge.i <= token.i <= o.right_edge.i for o in owners)


def entity_root(entity: list[Token]) -> Token:
    """The entity's syntactic head: the one token whose head lies outside the entity."""
    inside = range(entity[0].i, entity[-1].i + 1)
    return next((t for t in entity if t.head.i not in inside or t.head == t), entity[-1])


def related(root: Token, authored: bool) -> bool:
    """Whether a name is someone the mention's head relates to rather than its holder: the
    object of a preposition ("spokesman for Clinton"; "a statement by Xi" is Xi's) or a
    modifier of another noun ("Hillary Clinton aide")."""
    if root.dep_ == "pobj":
        return not authored
    return root.dep_ in ("compound", "poss") and root.head.ent_type_ != "PERSON"


def nominal_path(token: Token, head: Token) -> bool:
    """Whether `token` hangs from `head` through noun-phrase links only (appositions,
    compounds, "of"-phrases), not through a clause or as one member of a group ("some
    observers, including Zeynep Tufekci")."""
    while token != head:
        if token.dep_ not in NOMINAL_DEPS or token.lower_ in MEMBER_PREPOSITIONS:
            return False
        token = token.head
    return True


def entity_tokens(token: Token) -> list[Token] | None:
    """The tokens of the named entity that `token` is part of, if any; a name never runs over a
    colon ("Breitbart News Daily: A World at War")."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    colons = [t.i for t in doc[start:end] if t.text == ":"]
    start = max([i + 1 for i in colons if i < token.i], default=start)
    end = min([i for i in colons if i > token.i], default=end)
    return list(doc[start:end])


def definite(head: Token) -> bool:
    """ "the spokesman", "this ministry", "China's leader": a mention of someone already known."""
    return any(c.lower_ in DEFINITE_DETERMINERS or c.dep_ == "poss" for c in head.lefts)


def coordinated(head: Token) -> bool:
    """ "Xi and President Joe Biden agreed": several speakers, no one name -- but one person
    with two roles is not several ("GOP contender and former neurosurgeon Ben Carson", "the
    Florida senator and Republican presidential candidate")."""
    doc = head.doc
    if any(c.dep_ == "conj" and not second_role(c) for c in head.children):
        return True
    if any(listed_after(t, head) for t in head.subtree if t.i > head.i):
        return True
    conjunctions = [t for t in doc[head.left_edge.i : head.i] if t.dep_ == "cc"]
    return any(names_someone(t) for cc in conjunctions for t in doc[head.left_edge.i : cc.i])


def listed_after(token: Token, head: Token) -> bool:
    """ "Felicia Wong, president of the Roosevelt Institute, and Stan Greenberg": a second
    person the parser joined to the first one's apposition."""
    if token.dep_ != "conj" or token.ent_type_ != "PERSON":
        return False
    link = token.head
    while link != head and link.dep_ in ("appos", "conj"):
        link = link.head
    return link == head


def indefinite(head: Token) -> bool:
    """ "a super PAC": one of a kind, not the organisation a name names."""
    return any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in head.children)


def titled_institution(head: Token) -> bool:
    """ "The Advocate had chided ...": a singular proper noun after "the" that the tagger left
    unlabelled names an institution (a newspaper, a body), never a person."""
    return head.tag_ == "NNP" and any(c.lower_ == "the" and c.dep_ == "det" for c in head.children)


def group(head: Token) -> bool:
    """ "Most Republicans", "one well-connected Democrat", "an American Muslim": a nationality
    or party says what people are, not who."""
    return head.ent_type_ == "NORP"


def determined(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in token.children)


def second_role(conjunct: Token) -> bool:
    """A conjunct that is another role of the same person: a singular common noun with no
    determiner of its own ("senator and Republican presidential candidate"), not a plural
    that adds others ("Ms. Henry and other labor leaders", "the president and ministers")."""
    return (conjunct.pos_ == "NOUN" and conjunct.tag_ not in PLURAL_NOUN_TAGS and not determined(conjunct)
            and not any(t.ent_type_ == "PERSON" for t in conjunct.subtree))


def names_someone(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.pos_ == "PRON"


def phrase_text(phrase: Token | SpacySpan) -> str:
    """A noun phrase's text without determiners or edge punctuation; a token's phrase ends
    before a clause or aside set off after it ("a longtime adviser to both Clintons, who ...")."""
    doc = phrase.doc
    if isinstance(phrase, Token):
        start, end = phrase.left_edge.i, phrase.i + 1
        for child in phrase.rights:
            if child.dep_ in CLAUSE_DEPS or child.text == ",":
                break
            end = child.right_edge.i + 1
        end = next((t.i for t in doc[phrase.i : end] if t.text == ","), end)
    else:
        start, end = phrase.start, phrase.end
    while start < end and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return role_words(doc, start, end)


def role_words(doc: Doc, start: int, end: int) -> str:
    """A role's words: the last line of the tokens' text, without bullets before it."""
    line = doc[start:end].text.split("\n")[-1]
    while line and not line[0].isalnum():
        line = line[1:]
    return " ".join(line.split())


def bracketed(line: str) -> bool:
    """Whether a paragraph is one bracketed aside: "(Reporting by Ann Ruiz.)"."""
    line = line.strip()
    return line.startswith("(") and line.rstrip(".").endswith(")") and line.count("(") == 1
