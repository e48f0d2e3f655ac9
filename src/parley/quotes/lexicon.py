"""The word lists of the quotes stage, read once from the data files in ``data/``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Token

from parley.datafiles import data_lines


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file, lower-cased."""
    return [line.strip().lower() for line in data_lines(__package__, name)]


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor and the speaker resolver look words up in."""

    verb_frames: dict[str, frozenset[str]]
    """Reporting verb lemma -> the complements it takes ("clause", "to", or a particle)."""
    speech_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    """Speech verbs whose object is the one spoken to, never an inverted speaker: "tells Fox News"."""
    told_nouns: frozenset[str]
    """What can be told, so the object of an addressee verb that is content, not the one told: "told the story"."""
    aside_verbs: frozenset[str]
    """Verbs besides speech verbs whose "as ..." aside credits the main clause ("as he put it")."""
    lemma_corrections: dict[str, str]
    noun_frames: dict[str, frozenset[str]]
    """Reporting noun lemma -> the complements that carry its content, as for verbs."""
    adjective_frames: dict[str, frozenset[str]]
    """Stance adjective ("confident", "critical") -> the complements that carry its content."""
    cue_settings: frozenset[str]
    """Nouns that belong to a cue after "in": "said in a statement"."""
    time_nouns: frozenset[str]
    """Nouns that say when a speaker spoke after "at": "Trump at the time said"."""
    source_prepositions: tuple[tuple[str, ...], ...]
    survey_nouns: frozenset[str]
    """Findings whose "in" phrase names the source of its clause: "In a new poll, 40 percent back Sanders"."""
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    not_speakers: frozenset[str]
    empty_contents: frozenset[str]
    headings: frozenset[str]
    """Words that end a heading before a colon, not a speaker's name: "UPDATE:", "Key Takeaways:"."""
    focus_adverbs: frozenset[str]
    """Adverbs before a speaker that belong to the sentence, not the mention: "Even Republicans"."""
    floating_quantifiers: frozenset[str]
    """Quantifiers after a speaker that belong to the sentence, not the mention: "Rubio and Bush both"."""
    refusal_verbs: frozenset[str]
    """Verbs whose reporting infinitive was not said: "refused to recognize"."""
    attack_words: frozenset[str]
    """Verbs and nouns of attacking, which report only an attack in words: "attacked Clinton"."""
    belief_verbs: frozenset[str]
    """Verbs of believing, whose free relative or open question is no statement: "believes what she wants"."""
    desire_verbs: frozenset[str]
    """Verbs of wanting, whose person, pronoun or office wanted is no statement: "wants him"."""
    office_words: dict[str, str]
    """What a candidate seeks -> its part of speech: "is seeking to succeed Doe", "seeking the nomination"."""
    naming_verbs: frozenset[str]
    """Verbs that report only with the name given: "called the system rotten", not "called lawmakers"."""
    repetition_verbs: frozenset[str]
    """Verbs whose statement object names another statement: "echoing the ministry's statement"."""
    inference_verbs: frozenset[str]
    """Verbs whose statement subject is the writer's reading of it: "his statements suggest"."""
    adjunct_prepositions: frozenset[str]
    """Prepositions whose phrase says how or when, never what: "denounced it without evidence"."""
    phrasal_non_cues: dict[str, frozenset[str]]
    """Reporting verb lemma -> particles that make it a verb reporting nothing: "add up", "show up"."""
    condition_marks: frozenset[str]
    """Subordinators of a clause that states nothing: "if he says", "asked whether he would"."""
    answer_marks: frozenset[str]
    """Subordinators of a subjectless clause whose verb is a question put to the speaker: "when asked"."""
    addressee_prepositions: frozenset[str]
    """Prepositions whose object is the one a verb addresses, who says nothing of it: "a pitch to voters"."""
    epithet_nouns: frozenset[str]
    """Descriptions that stand for the person just named: "the retired neurosurgeon"."""
    kin_nouns: frozenset[str]
    """Relatives named beside a person, who share their surname: "whose husband, Ty Woods"."""
    continuation_verbs: frozenset[str]
    """Reporting verbs whose pronoun subject is the last speaker going on: "he added"."""
    name_suffixes: frozenset[str]
    """Generational suffixes that are no surname: "Joseph R. Biden Jr."."""
    generations: dict[str, str]
    """Adjective -> "junior" or "senior": which of a father and son "the younger Mr. Trump" means."""
    organisation_nouns: frozenset[str]
    """Nouns any organisation goes by: "the company said"."""
    organisation_name_ends: frozenset[str]
    """Last words of organisations' names: "Right Wing *Watch*"."""
    not_person_names: tuple[tuple[str, ...], ...]
    """Word sequences that make a name no person's: "Obama *White House*", "*Merry Christmas*"."""
    role_ends: frozenset[str]
    """Words where the title part of a role ends: "allies *of* the candidate"."""
    headline_minor_words: frozenset[str]
    """Long words title case leaves in lower case: "Cooperation *with* the U.S."."""
    titles: frozenset[str]
    honorifics: frozenset[str]
    genders: dict[str, str]
    """Title, role or pronoun -> "f" or "m": "Ms.", "spokesman", "she"."""
    occupations: frozenset[str]
    """Nouns for what a person does besides role nouns: "pollster", "columnist"."""
    authored_nouns: frozenset[str]
    """Things a person says or writes, whose owner is their speaker: "Xi's message"."""
    first_names: dict[str, str]
    """Given name -> "f" or "m" where it almost always says which: "Hillary", "Bill"."""
    title_abbreviations: dict[str, str]
    """Abbreviated title -> the role noun it stands for: "sen." -> "senator"."""
    name_particles: frozenset[str]
    """Lower-case words inside a full name: "de" in "Bill de Blasio"."""
    role_adjectives: frozenset[str]
    """Adjectives that only describe a role before it: "*presumptive* nominee"."""

    @cached_property
    def cue_verbs(self) -> frozenset[str]:
        """Every verb lemma that can be a cue: reporting verbs and aside verbs."""
        return frozenset(self.verb_frames) | self.aside_verbs

    @cached_property
    def crediting_words(self) -> frozenset[str]:
        """The first words of the crediting phrases ("according" of "according to")."""
        return frozenset(words[0] for words in self.source_prepositions)

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word that names a role: role nouns, titles and the other words for what people do."""
        return self.role_nouns | self.titles | self.occupations

    def verb_lemma(self, verb: Token) -> str:
        """A verb's lower-case lemma, corrected where the tagger's lemmatiser slips."""
        lemma = verb.lemma_.lower()
        return self.lemma_corrections.get(lemma, lemma)


def _words(name: str) -> frozenset[str]:
    """One word or phrase a line."""
    return frozenset(_lines(name))


def _pairs(name: str) -> dict[str, str]:
    """key<TAB>value, one entry a line."""
    return dict(line.split("\t") for line in _lines(name))


def _sequences(name: str) -> tuple[tuple[str, ...], ...]:
    """Space-separated words, one sequence a line."""
    return tuple(tuple(line.split()) for line in _lines(name))


def _frames(name: str) -> dict[str, frozenset[str]]:
    """lemma<TAB>comma-separated complements, one entry a line."""
    frames = {}
    for line in _lines(name):
        lemma, complements = line.split("\t")
        frames[lemma] = frozenset(complements.split(","))
    return frames


_FIELD_FILES: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    ("verb_frames", "reporting_verbs.tsv", _frames),
    ("speech_verbs", "speech_verbs.txt", _words),
    ("addressee_verbs", "addressee_verbs.txt", _words),
    ("told_nouns", "told_nouns.txt", _words),
    ("aside_verbs", "aside_verbs.txt", _words),
    ("lemma_corrections", "lemma_corrections.tsv", _pairs),
    ("noun_frames", "reporting_nouns.tsv", _frames),
    ("adjective_frames", "stance_adjectives.tsv", _frames),
    ("cue_settings", "cue_settings.txt", _words),
    ("time_nouns", "time_nouns.txt", _words),
    ("source_prepositions", "source_prepositions.txt", _sequences),
    ("survey_nouns", "survey_nouns.txt", _words),
    ("pronouns", "pronouns.txt", _words),
    ("role_nouns", "role_nouns.txt", _words),
    ("source_nouns", "source_nouns.txt", _words),
    ("not_speakers", "not_speakers.txt", _words),
    ("empty_contents", "empty_contents.txt", _words),
    ("headings", "headings.txt", _words),
    ("focus_adverbs", "focus_adverbs.txt", _words),
    ("floating_quantifiers", "floating_quantifiers.txt", _words),
    ("refusal_verbs", "refusal_verbs.txt", _words),
    ("attack_words", "attack_words.txt", _words),
    ("belief_verbs", "belief_verbs.txt", _words),
    ("desire_verbs", "desire_verbs.txt", _words),
    ("office_words", "office_words.tsv", _pairs),
    ("naming_verbs", "naming_verbs.txt", _words),
    ("repetition_verbs", "repetition_verbs.txt", _words),
    ("inference_verbs", "inference_verbs.txt", _words),
    ("adjunct_prepositions", "adjunct_prepositions.txt", _words),
    ("phrasal_non_cues", "phrasal_non_cues.tsv", _frames),
    ("condition_marks", "condition_marks.txt", _words),
    ("answer_marks", "answer_marks.txt", _words),
    ("addressee_prepositions", "addressee_prepositions.txt", _words),
    ("epithet_nouns", "speaker_epithet_nouns.txt", _words),
    ("kin_nouns", "speaker_kin_nouns.txt", _words),
    ("continuation_verbs", "speaker_continuation_verbs.txt", _words),
    ("name_suffixes", "speaker_name_suffixes.txt", _words),
    ("generations", "speaker_generations.tsv", _pairs),
    ("organisation_nouns", "speaker_organisation_nouns.txt", _words),
    ("organisation_name_ends", "speaker_organisation_name_ends.txt", _words),
    ("not_person_names", "speaker_not_person_names.txt", _sequences),
    ("role_ends", "speaker_role_ends.txt", _words),
    ("headline_minor_words", "speaker_headline_minor_words.txt", _words),
    ("titles", "titles.txt", _words),
    ("honorifics", "honorifics.txt", _words),
    ("genders", "gendered_words.tsv", _pairs),
    ("occupations", "occupations.txt", _words),
    ("authored_nouns", "authored_nouns.txt", _words),
    ("first_names", "first_names.tsv", _pairs),
    ("name_particles", "name_particles.txt", _words),
    ("title_abbreviations", "title_abbreviations.tsv", _pairs),
    ("role_adjectives", "role_adjectives.txt", _words),
)
"""Each field of :class:`Lexicon`, the data file it is read from, and how a line of that file is read."""


@lru_cache(maxsize=None)
def load() -> Lexicon:
    fields = {field: read(name) for field, name, read in _FIELD_FILES}
    # What a reporting noun names is said or written by its owner ("Xi's statement") as much as "Xi's message".
    fields["authored_nouns"] |= frozenset(fields["noun_frames"])
    return Lexicon(**fields)
