"""The coder's dictionaries, read from data files: verb and noun patterns, modality words, transforms."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from parley.datafiles import data_lines, tsv_rows
from parley.quotes.naming import HYPHENS

NO_OBJECT = "-"
NOT_AN_ACT = "-"
"""The code of a pattern that names no act although its verb alone would ("sign up", "fight for")."""
NO_KIND = "-"
"""A modality kind that says a phrase is no modal word though its verb alone is: "ended up campaigning"."""
AS_VERB = "="
"""The prefix of a verb pattern's code that says the phrase is coded as another verb with the same objects: "ordered
four diplomats to leave" (code "=expel") is "expelled four diplomats", 161, not a bare 174."""
KEEP = "="
"""A transform that leaves the act's code as it is ("threatened" over an act already a threat)."""
KIND_ORDER = ("refuse", "negate", "threaten", "demand", "appeal", "halt", "ease", "intend", "consider", "maybe")
"""Modality kinds, strongest first: when one word signals several, the strongest that applies decides."""


def _rows(name: str) -> Iterator[list[str]]:
    return tsv_rows(data_lines("parley.events", name))


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[tuple[str, str, str], str]
    nouns: dict[tuple[str, str], str]
    adjectives: dict[tuple[str, str], str]
    means: dict[tuple[str, str], str]
    modality: dict[str, tuple[str, ...]]
    transforms: dict[tuple[str, str], str | None]
    word_classes: dict[str, frozenset[str]]
    verb_lemmas: frozenset[str] = field(init=False)
    noun_lemmas: frozenset[str] = field(init=False)
    adjective_lemmas: frozenset[str] = field(init=False)
    hyphenated_tails: frozenset[str] = field(init=False)
    modal_lemmas: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # Most words of a text name no act: knowing the patterned lemmas skips reading their dependents.
        object.__setattr__(self, "verb_lemmas", frozenset(lemma for lemma, _, _ in self.verbs))
        object.__setattr__(self, "noun_lemmas", frozenset(lemma for lemma, _ in self.nouns))
        object.__setattr__(self, "adjective_lemmas", frozenset(lemma for lemma, _ in self.adjectives))
        # A noun can end a listed hyphenated noun ("in" of "sit-in") only if its lemma follows a hyphen in one.
        object.__setattr__(self, "hyphenated_tails", frozenset(
            lemma[i + 1:] for lemma in self.noun_lemmas for i, char in enumerate(lemma) if char in HYPHENS))
        # A modality phrase ("call off") opens with its lemma: another lemma needs no look at its particles.
        object.__setattr__(self, "modal_lemmas", frozenset(phrase.split(" ")[0] for phrase in self.modality))

    def words(self, word_class: str) -> frozenset[str]:
        """The closed-class words of data/words.tsv that one grammar rule uses ("pronoun")."""
        return self.word_classes[word_class]

    def verb_code(self, lemma: str, particles: list[str], objects: list[str],
                  direct_object: bool, governing: frozenset[str] = frozenset()) -> tuple[str, int] | None:
        """The most specific verb pattern matching, with its specificity (0-2).

        A pattern's object "-" matches a verb without a direct object, and wins over the
        pattern with no object at all ("students protested" is a demonstration, "China
        protested the visit" a complaint); with a particle, an act's pattern only if the particle is not a
        preposition ``governing`` an object of its own ("gave in" yields, "gave them days in an ultimatum" does
        not; the caller leaves out of ``governing`` a word it also has as a particle: "gave in to pressure in the
        row over the trial" yields). A pattern whose code is "-" names no act: "click sign up" is no agreement,
        "fighting for others" no fight, "seized on the massacre" no seizure. A code that starts with
        :data:`AS_VERB` is that of another verb with the same objects.
        """
        best, best_rank = None, -1.0
        for particle in (*particles, ""):
            for obj in (*objects, "", *([] if direct_object else [NO_OBJECT])):
                code = self.verbs.get((lemma, particle, obj))
                if obj == NO_OBJECT and particle in governing and code != NOT_AN_ACT:
                    continue
                score = bool(particle) + bool(obj and obj != NO_OBJECT)
                rank = score + (obj == NO_OBJECT) / 2
                if code and rank > best_rank:
                    best, best_rank = (code, score), rank
        if best is not None and best[0].startswith(AS_VERB):
            alias = self.verb_code(best[0][len(AS_VERB):], [], objects, direct_object)
            best = None if alias is None else (alias[0], max(alias[1], best[1]))
        return None if best is not None and best[0] == NOT_AN_ACT else best

    def object_code(self, lemma: str, particle: str, obj: str) -> str | None:
        """The code of a verb pattern that names ``obj`` as its object ("offer condolences",
        "call a truce"), after ``particle`` ("" for a direct object)."""
        return self.verbs.get((lemma, particle, obj))

    def means_code(self, lemma: str, modifiers: list[str]) -> str | None:
        """The finer attack code of the means a subject names (data/means.tsv): "warplanes", "a suicide bomber"."""
        return next((self.means[lemma, m] for m in modifiers if (lemma, m) in self.means), self.means.get((lemma, "")))

    def noun_code(self, lemma: str, modifiers: list[str]) -> tuple[str, int] | None:
        """The most specific noun pattern matching, with its specificity (0-1); a pattern whose code
        is "-" names no act: a campaign rally is no demonstration."""
        found = [(self.nouns[lemma, m], 1) for m in modifiers if (lemma, m) in self.nouns]
        found.append((self.nouns.get((lemma, ""), ""), 0))
        code, specificity = found[0]
        return None if code in ("", NOT_AN_ACT) else (code, specificity)

    def adjective_code(self, lemma: str, prepositions: list[str]) -> tuple[str, int] | None:
        """The code of a predicate adjective with the preposition that names whom it is about ("critical of"),
        with the specificity of a verb and its particle; without that preposition it names no act ("a critical
        moment", "is critical to success")."""
        code = next((self.adjectives[lemma, p] for p in prepositions if (lemma, p) in self.adjectives), None)
        return (code, 1) if code else None

    def transform(self, kind: str, code: str, word: str = "") -> str | None:
        """What ``code`` becomes under ``kind``; None when that makes no event. A row for the kind said by one
        ``word`` ("intend (pledge)") wins over the kind's own: pledging troops is military aid intended, where
        "will send troops" is a show of force."""
        for key_kind in (f"{kind} ({word})", kind) if word else (kind,):
            for length in range(len(code), 0, -1):
                key = (key_kind, code[:length])
                if key in self.transforms:
                    found = self.transforms[key]
                    return code if found == KEEP else found
        return code


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    verbs = {(v, p, o): code for v, p, o, code in _rows("verbs.tsv")}
    nouns = {(n, m): code for n, m, code in _rows("nouns.tsv")}
    adjectives = {(a, p): code for a, p, code in _rows("adjectives.tsv")}
    means = {(n, m): code for n, m, code in _rows("means.tsv")}
    modality: dict[str, tuple[str, ...]] = {}
    for word, kind in _rows("modality.tsv"):
        modality[word] = (*modality.get(word, ()), *([] if kind == NO_KIND else [kind]))
    transforms = {(k, a): (None if b == "-" else b) for k, a, b in _rows("transforms.tsv")}
    classes: dict[str, set[str]] = {}
    for word, word_class in _rows("words.tsv"):
        classes.setdefault(word_class, set()).add(word)
    word_classes = {name: frozenset(members) for name, members in classes.items()}
    return Lexicon(verbs, nouns, adjectives, means, modality, transforms, word_classes)
