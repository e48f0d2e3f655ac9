"""The word lists of the quotes stage, read once from the data files in ``data/``."""

from __future__ import annotations

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
    source_prepositions: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    not_speakers: frozenset[str]
    empty_contents: frozenset[str]
    headings: frozenset[str]
    """Words that end a heading before a colon, not a speaker's name: "UPDATE:", "Key Takeaways:"."""
    focus_adverbs: frozenset[str]
    """Adverbs before a speaker that belong to the sentence, not the mention: "Even Republicans"."""
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
    title_abbreviations: dict[str, str]
    name_particles: frozenset[str]
    """Lower-case words inside a full name: "de" in "Bill de Blasio"."""
    """Abbreviated title -> the role noun it stands for: "sen." -> "senator"."""
    """Given name -> "f" or "m" where it almost always says which: "Hillary", "Bill"."""

    @cached_property
    def cue_verbs(self) -> frozenset[str]:
        """Every verb lemma that can be a cue: reporting verbs and aside verbs."""
        return frozenset(self.verb_frames) | self.aside_verbs

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word that names a role: role nouns, titles and the other words for what people do."""
        return self.role_nouns | self.titles | self.occupations

    def verb_lemma(self, verb: Token) -> str:
        """A verb's lower-case lemma, corrected where the tagger's lemmatiser slips."""
        lemma = verb.lemma_.lower()
        return self.lemma_corrections.get(lemma, lemma)


def _frames(name: str) -> dict[str, frozenset[str]]:
    """lemma<TAB>comma-separated complements, one entry a line."""
    frames = {}
    for line in _lines(name):
        lemma, complements = line.split("\t")
        frames[lemma] = frozenset(complements.split(","))
    return frames


@lru_cache(maxsize=None)
def load() -> Lexicon:
    return Lexicon(
        verb_frames=_frames("reporting_verbs.tsv"),
        speech_verbs=frozenset(_lines("speech_verbs.txt")),
        addressee_verbs=frozenset(_lines("addressee_verbs.txt")),
        told_nouns=frozenset(_lines("told_nouns.txt")),
        aside_verbs=frozenset(_lines("aside_verbs.txt")),
        lemma_corrections=dict(line.split("\t") for line in _lines("lemma_corrections.tsv")),
        noun_frames=_frames("reporting_nouns.tsv"),
        adjective_frames=_frames("stance_adjectives.tsv"),
        cue_settings=frozenset(_lines("cue_settings.txt")),
        source_prepositions=tuple(tuple(line.split()) for line in _lines("source_prepositions.txt")),
        pronouns=frozenset(_lines("pronouns.txt")),
        role_nouns=frozenset(_lines("role_nouns.txt")),
        source_nouns=frozenset(_lines("source_nouns.txt")),
        not_speakers=frozenset(_lines("not_speakers.txt")),
        empty_contents=frozenset(_lines("empty_contents.txt")),
        headings=frozenset(_lines("headings.txt")),
        focus_adverbs=frozenset(_lines("focus_adverbs.txt")),
        refusal_verbs=frozenset(_lines("refusal_verbs.txt")),
        attack_words=frozenset(_lines("attack_words.txt")),
        belief_verbs=frozenset(_lines("belief_verbs.txt")),
        desire_verbs=frozenset(_lines("desire_verbs.txt")),
        office_words=dict(line.split("\t") for line in _lines("office_words.tsv")),
        naming_verbs=frozenset(_lines("naming_verbs.txt")),
        repetition_verbs=frozenset(_lines("repetition_verbs.txt")),
        inference_verbs=frozenset(_lines("inference_verbs.txt")),
        adjunct_prepositions=frozenset(_lines("adjunct_prepositions.txt")),
        phrasal_non_cues=_frames("phrasal_non_cues.tsv"),
        condition_marks=frozenset(_lines("condition_marks.txt")),
        epithet_nouns=frozenset(_lines("speaker_epithet_nouns.txt")),
        kin_nouns=frozenset(_lines("speaker_kin_nouns.txt")),
        continuation_verbs=frozenset(_lines("speaker_continuation_verbs.txt")),
        name_suffixes=frozenset(_lines("speaker_name_suffixes.txt")),
        generations=dict(line.split("\t") for line in _lines("speaker_generations.tsv")),
        organisation_nouns=frozenset(_lines("speaker_organisation_nouns.txt")),
        organisation_name_ends=frozenset(_lines("speaker_organisation_name_ends.txt")),
        not_person_names=tuple(tuple(line.split()) for line in _lines("speaker_not_person_names.txt")),
        role_ends=frozenset(_lines("speaker_role_ends.txt")),
        headline_minor_words=frozenset(_lines("speaker_headline_minor_words.txt")),
        titles=frozenset(_lines("titles.txt")),
        honorifics=frozenset(_lines("honorifics.txt")),
        genders=dict(line.split("\t") for line in _lines("gendered_words.tsv")),
        occupations=frozenset(_lines("occupations.txt")),
        authored_nouns=frozenset(_lines("authored_nouns.txt")) | frozenset(_frames("reporting_nouns.tsv")),
        first_names=dict(line.split("\t") for line in _lines("first_names.tsv")),
        name_particles=frozenset(_lines("name_particles.txt")),
        title_abbreviations=dict(line.split("\t") for line in _lines("title_abbreviations.tsv")),
    )
