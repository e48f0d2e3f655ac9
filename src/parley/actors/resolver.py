"""Map a mention ("China's Vice Foreign Minister Le Yucheng") to a CAMEO-style actor.

The knowledge lives in data files (countries, metonyms, institutions, roles, people);
this module only matches them and combines what matched. Nothing is guessed: a mention
with no country keeps ``code`` None.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from parley.datafiles import data_lines, tsv_rows
from parley.records import Actor

COMMENTATOR = "EDU"
"""Scholars and analysts quoted for comment: never their country's government."""
MEDIA = "MED"
"""News media: a newspaper or agency that tells what others did reports it, and is not the doer."""
NON_GOVERNMENTAL = "NGO"
"""A non-governmental organisation above nations has CAMEO's own code, with no country."""
INTERNATIONAL = "IGO"
"""An intergovernmental organisation has a code of its own (IGOUNO) and is no sector of a country:
"NATO-member Norway" is Norway (NOR in the CAMEO manual's own example), "Sweden's UN envoy" Sweden's."""


@dataclass(frozen=True)
class Term:
    """One entry of the actor knowledge: a phrase and what it tells about an actor."""

    phrase: str
    kind: str  # country | metonym | place | institution | role | person | marker
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str | None) -> bool:
        """Whether a person's sector, or a country's name, applies on ``day`` (ISO date); unknown day: open
        periods only."""
        if day is None:
            return not self.end
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


@dataclass(frozen=True)
class Match:
    term: Term
    start: int
    end: int


def _rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """Rows of a tsv data file, padded so that optional trailing columns read as empty."""
    for row in tsv_rows(lines):
        yield row + [""] * 6


def _data_lines(name: str) -> list[str]:
    return data_lines("parley.actors", name)


def _or_none(value: str) -> str | None:
    return value or None


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """Closed-class words of one resolver rule (data/words.tsv): "pronoun", "former"."""
    return frozenset(word for word, cls, *_ in _rows(_data_lines("words.tsv")) if cls == name)


@lru_cache(maxsize=None)
def _former_title() -> re.Pattern[str]:
    """A title after "former" (up to a comma) is one the person no longer holds."""
    alternatives = "|".join(re.escape(w) for w in sorted(word_class("former")))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])[^,;]*$", re.IGNORECASE)


def country_terms(lines: Iterable[str]) -> Iterator[Term]:
    """Country names; a name with a period meant that country only then ("Congo" before and after 1997)."""
    for code, names, start, end, *_ in _rows(lines):
        for name in filter(None, names.split("|")):
            yield Term(name, "country", country=code, start=_or_none(start), end=_or_none(end))


def metonym_terms(lines: Iterable[str]) -> Iterator[Term]:
    for phrase, country, sector, *_ in _rows(lines):
        yield Term(phrase, "metonym", country=country, sector=sector)


def place_terms(lines: Iterable[str]) -> Iterator[Term]:
    for phrase, country, *_ in _rows(lines):
        yield Term(phrase, "place", country=_or_none(country))


def institution_terms(lines: Iterable[str]) -> Iterator[Term]:
    for phrase, country, sector, code, name, *_ in _rows(lines):
        for spelling in spellings_of(phrase):
            yield Term(spelling, "institution", _or_none(country), _or_none(sector), _or_none(code), _or_none(name))


@lru_cache(maxsize=None)
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((american, british) for american, british, *_ in _rows(_data_lines("spellings.tsv")))


def spellings_of(phrase: str) -> list[str]:
    """A name as written and in the other of its American and British spellings (data/spellings.tsv)."""
    spellings = [phrase]
    for american, british in _spelling_pairs():
        for one, other in ((american, british), (british, american)):
            if re.search(rf"\b{one}\b", phrase):
                spellings.append(re.sub(rf"\b{one}\b", other, phrase))
    return list(dict.fromkeys(spellings))


def role_terms(lines: Iterable[str]) -> Iterator[Term]:
    for phrase, sector, *_ in _rows(lines):
        yield Term(phrase, "role", sector=sector)


@lru_cache(maxsize=None)
def role_words() -> frozenset[str]:
    """The one-word roles of data/roles.tsv, lowercased: nouns that name people or a body of them
    ("militiamen", "peacekeepers", "gendarmes")."""
    return frozenset(phrase.lower() for phrase, *_ in _rows(_data_lines("roles.tsv")) if " " not in phrase)


def marker_terms(lines: Iterable[str]) -> Iterator[Term]:
    for pattern, country, sector, *_ in _rows(lines):
        yield Term(pattern, "marker", _or_none(country), _or_none(sector))


def person_terms(lines: Iterable[str]) -> Iterator[Term]:
    """A person's periods; one with a code is a period in an organisation of its own code (a UN Secretary-General:
    IGOUNO), for which the person then acts, not for their country."""
    for name, aliases, country, sector, start, end, code, *_ in _rows(lines):
        for phrase in [name, *filter(None, aliases.split("|"))]:
            yield Term(phrase, "person", country, _or_none(sector), _or_none(code), name=name,
                       start=_or_none(start), end=_or_none(end))


WORD = re.compile(r"\w+")
MODIFIER_PREPOSITION = re.compile(
    r"\b(?:in|into|to|for|of|from|at|on|with|inside|near|outside|along|around|across|within|off)\b", re.IGNORECASE)
MIDDLE_INITIALS = re.compile(r"(?:\s+[A-Z]\.)+\s+")
"""Middle initials between a given name and a surname: "Paul D. Ryan", "George H. W. Bush"."""
POSSESSOR = re.compile(r"['’]s?\s+\w")
"""A possessive before more words: "Kasich's chief strategist John Weaver" is not Kasich, though of
his country."""


MATCHES_CACHED = 4096
"""Mention texts whose matches a resolver remembers: more than an article holds, bounded for a long run."""


class ActorResolver:
    """Finds actor knowledge in a mention and turns it into an :class:`Actor`.

    Phrases with a capital letter match case-sensitively ("US" is not "us");
    lowercase role and institution words match in any case. Phrases are indexed by their
    first word, so matching costs a dictionary look-up per word of the mention.
    """

    def __init__(self, terms: Iterable[Term]):
        self.terms: dict[str, list[Term]] = {}
        self.markers: list[tuple[re.Pattern[str], Term]] = []
        for term in terms:
            if term.kind == "marker":
                self.markers.append((re.compile(term.phrase), term))
                continue
            term = replace(term, phrase=fold_accents(term.phrase))
            known = self.terms.setdefault(term.phrase.lower(), [])
            if term not in known:
                known.append(term)
        self._people = frozenset(t.phrase for group in self.terms.values() for t in group if t.kind == "person")
        self._by_first_word: dict[str, list[str]] = {}
        for phrase in {term.phrase for group in self.terms.values() for term in group}:
            first = WORD.match(phrase)
            if first is not None:
                self._by_first_word.setdefault(first.group().lower(), []).append(phrase)
        for phrases in self._by_first_word.values():
            phrases.sort(key=len, reverse=True)
        self._cached_matches = lru_cache(maxsize=MATCHES_CACHED)(self._find_matches)
        self._cached_actors = lru_cache(maxsize=MATCHES_CACHED)(self._actor)

    def matches(self, text: str) -> tuple[Match, ...]:
        """Leftmost-longest, non-overlapping knowledge matches in ``text``, on word boundaries, then
        the markers (data/markers.tsv) wherever their patterns match. Remembered per text: the
        coder resolves the same mention several times per article. Accents are not told apart
        ("Milošević" is "Milosevic"), and a known person's surname of eight letters or more is recognised with one
        letter wrong ("Francois Mitterand"), as wire copy misspells them."""
        return self._cached_matches(fold_accents(text))

    def _find_matches(self, text: str) -> tuple[Match, ...]:
        """:meth:`matches`, found anew."""
        chosen: list[Match] = []
        last_end = -1
        for word in WORD.finditer(text):
            start = word.start()
            if start < last_end:
                continue
            length = 0
            for phrase in self._by_first_word.get(word.group().lower(), ()):
                if length and len(phrase) < length:
                    break
                if self._matches_at(text, start, phrase):
                    size = len(phrase)
                elif phrase in self._people:
                    size = self._initialled(text, start, phrase) or _misspelled(text, start, phrase)
                else:
                    continue
                if size:
                    length = size
                    chosen.extend(Match(t, start, start + length) for t in self.terms[phrase.lower()]
                                  if t.phrase == phrase)
            if length:
                last_end = start + length
        for pattern, term in self.markers:
            chosen.extend(Match(term, found.start(), found.end()) for found in pattern.finditer(text))
        return tuple(chosen)

    def _initialled(self, text: str, start: int, phrase: str) -> int:
        """How much of ``text`` from ``start`` is the known person's name ``phrase`` with middle initials the
        file leaves out ("Paul D. Ryan" is Paul Ryan); 0 when it is not there."""
        given, _, rest = phrase.partition(" ")
        if not rest or not text.startswith(given, start):
            return 0
        initials = MIDDLE_INITIALS.match(text, start + len(given))
        if initials is None or not self._matches_at(text, initials.end(), rest):
            return 0
        return initials.end() + len(rest) - start

    @staticmethod
    def _matches_at(text: str, start: int, phrase: str) -> bool:
        end = start + len(phrase)
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return False
        candidate = text[start:end]
        return candidate == phrase or (phrase == phrase.lower() and candidate.lower() == phrase)

    def actor_matches(self, text: str, people: Iterable[str] = (), on: str | None = None) -> list[Match]:
        """:meth:`matches` that tell about an actor: a place inside a person's name ("Rep. Jim
        Jordan", "Chad Wolf": ``people`` are the names the parser found) is no country, nor is a descent ("a
        Mexican-American judge" is American), nor a country name in a period it did not hold on ``on``."""
        names = list(_occurrences(text, people))
        return [m for m in self.matches(text)
                if not _inside_name(m, text, names) and not _descent_pattern().match(text, m.end)
                and (m.term.kind != "country" or m.term.holds_on(on))]

    def names_holding_places(self, names: Iterable[str]) -> frozenset[str]:
        """The ``names`` of people that hold a country or city name ("Jim Jordan", "Israel Katz"); a name that is an
        organisation's ("Tamil Tiger", which the small model tags a person) is no one's."""
        return frozenset(name for name in names if not self._names_organisation(name)
                         and any(m.term.kind in NAMESAKES and m.end - m.start < len(name) for m in self.matches(name)))

    def _names_organisation(self, name: str) -> bool:
        return any(m.term.kind == "institution" and m.end - m.start == len(name) for m in self.matches(name))

    def resolve(self, text: str, start: int = 0, end: int | None = None, *,
                name: str | None = None, on: str | None = None, people: Iterable[str] = ()) -> Actor:
        """The actor a mention denotes; ``name`` is a resolved full name, ``on`` the ISO date,
        ``people`` the names of people in the article that hold a place name. When ``name`` is one of
        them, so is each of its words: "Jordan said" of Jim Jordan is no country. Remembered per mention, as
        :meth:`matches`; each call gets its own copy, which callers give the mention's own offsets."""
        return Actor(**vars(self._cached_actors(text, start, end, name, on, frozenset(people))))

    def _actor(self, text: str, start: int, end: int | None, name: str | None, on: str | None,
               people: frozenset[str]) -> Actor:
        """:meth:`resolve`, worked out anew."""
        joined = " ".join(filter(None, [text, name]))
        names = people | frozenset(name.split()) if name in people else people
        matches = [m for m in self.actor_matches(joined, names, on) if not _not_the_actors(m, joined)]
        of_followers = {(m.start, m.end) for m in matches if _of_followers(m, joined)}
        followed = [m.term for m in matches if m.term.kind == "person" and (m.start, m.end) in of_followers]
        owners = [m.term for m in matches if m.term.kind == "person" and POSSESSOR.match(joined[m.end:])] + followed
        followed_names = {o.name for o in followed}
        matches = [m for m in matches if m.term not in owners
                   and not (m.term.kind == "person" and m.term.name in followed_names)
                   and not _former_organisation(m, joined) and not _named_for_another_country(m, matches, joined)]
        matches = [_without_country(m) if _owned_by_another_country(m, matches, joined) else m for m in matches]
        matches = [_without_sector(m) if (m.start, m.end) in of_followers else m for m in matches]
        person = _person(matches, name, on)
        principal = person or next((o for o in owners if o.holds_on(on)), next(iter(owners), None))
        acting_for = principal if principal is not None and principal.code and principal.holds_on(on) else None
        country = _country(matches, None if acting_for else principal, joined)
        organisation = next((m.term for m in matches if m.term.code and m.term.kind != "person"), acting_for)
        if _named_before_any_country(organisation, matches, text):
            country = None
        sector = _sector([m for m in matches if not (country and m.term.sector == INTERNATIONAL)], text, person, on)
        code = country + (sector or "") if country else None
        if not country and organisation:
            code, sector = organisation.code, organisation.sector
        label = (None if name in followed_names else name) or (person.name if person else None) or (
            organisation.name if organisation and organisation.kind != "person" else None)
        if code is None and principal is None and (body := _transnational_body(text)):
            code, sector, label = NON_GOVERNMENTAL, NON_GOVERNMENTAL, label or body
        return Actor(text=text, start=start, end=start + len(text) if end is None else end,
                     name=label, code=code, country=country, sector=sector)


def fold_accents(text: str) -> str:
    """``text`` with accented letters as their base letters, one for one, so that offsets hold."""
    return text if text.isascii() else "".join(map(_base_letter, text))


@lru_cache(maxsize=4096)
def _base_letter(character: str) -> str:
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))
    return decomposed if len(decomposed) == 1 else character


MISSPELLED_SURNAME_LENGTH = 8
"""The shortest known surname recognised with one letter wrong: shorter ones are too often another name
("Boris Johnston" is not Boris Johnson; "Mitterand" is Mitterrand)."""
SURNAME = re.compile(r"[A-Z]\w*")


def _misspelled(text: str, start: int, phrase: str) -> int:
    """How much of ``text`` from ``start`` is the known person's name ``phrase`` (given name and surname) with
    one letter of the surname after its first added, dropped, changed or swapped; 0 when it is not there."""
    given, _, surname = phrase.partition(" ")
    if " " in surname or len(surname) < MISSPELLED_SURNAME_LENGTH or not text.startswith(given + " ", start):
        return 0
    written = SURNAME.match(text, start + len(given) + 1)
    if written is None or not _one_letter_apart(written.group(), surname):
        return 0
    return written.end() - start


def _one_letter_apart(written: str, known: str) -> bool:
    """Whether ``written`` is ``known`` with one letter after the first added, dropped, changed, or two neighbours swapped."""
    if written == known or written[0] != known[0] or abs(len(written) - len(known)) > 1:
        return False
    prefix = 0
    while prefix < min(len(written), len(known)) and written[prefix] == known[prefix]:
        prefix += 1
    rest_written, rest_known = written[prefix:], known[prefix:]
    return (rest_written[1:] == rest_known[1:] or rest_written == rest_known[1:] or rest_written[1:] == rest_known
            or rest_written[:2] == rest_known[1::-1] and rest_written[2:] == rest_known[2:])


BODY_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'-]*)*")


def _transnational_body(text: str) -> str | None:
    """The name of a body of members above nations that no data file knows ("the Association of African
    Jurists", "the Third World Water Forum"), read from its words (data/words.tsv): a capitalised name that holds
    an association noun and a transnational word."""
    for found in BODY_NAME.finditer(text):
        words = set(found.group().split())
        if words & word_class("association") and words & word_class("transnational"):
            return found.group().removeprefix("The ")
    return None


NAME_WORDS = re.compile(r"(?:\s+[A-Z][\w'’-]*)*\s+")
"""Capitalised words between a country's name and an institution's: the rest of one organisation's name."""

STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
"""Sectors of the state's bodies, intelligence services among them: a body of one of them named in another country's
possessive is that country's. (The events stage's ``STATE_SECTORS`` are those that lodge official complaints.)"""
NAMESAKES = frozenset({"country", "metonym", "place"})
"""Kinds of knowledge whose names people also bear ("Jordan", "Chad", "Washington", "Paris")."""


def _occurrences(text: str, names: Iterable[str]) -> Iterator[tuple[int, int]]:
    for name in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            yield found.span()


@lru_cache(maxsize=None)
def _title_pattern() -> re.Pattern[str]:
    """A title and a given name, if any, right before a word: "Rep. Jim |Jordan", "Sen. |Jordan".
    Matched case-sensitively: "the president Jordan met" is no name; one given name at most, as a
    title-case headline has more capitalised words ("President Trump Warns China")."""
    titles = "|".join(re.escape(w) for w in sorted(word_class("title")))
    return re.compile(rf"(?<![\w.])(?:{titles})\s+(?:[A-Z][\w'-]*\s+)?$")


def _inside_name(match: Match, text: str, names: list[tuple[int, int]]) -> bool:
    """A country or city word that is part of a person's name: inside one of ``names`` (where
    the names the parser found occur), or after a title ("Sen. Jordan", "Gen. Jim Jordan")."""
    if match.term.kind not in NAMESAKES:
        return False
    if any(start <= match.start and match.end <= end for start, end in names):
        return True
    return bool(_title_pattern().search(text[: match.start]))


@lru_cache(maxsize=None)
def _stance_pattern() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(w) for w in sorted(word_class("stance")))
    return re.compile(rf"\b(?:{prefixes})\s*-\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _relation_pattern() -> re.Pattern[str]:
    """"'s", then up to two words, then a relation noun ("Israel|'s militia ally")."""
    relations = "|".join(re.escape(w) for w in sorted(word_class("relation")))
    return re.compile(rf"^['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{relations})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _hyphen_pattern(words: str) -> re.Pattern[str]:
    """A hyphen and a word of the class ``words``: a participle of backing or brokering ("Iran|-backed",
    "U.N.|-brokered"), a word of language ("Russian|-speaking", "Hungarian|-language")."""
    alternatives = "|".join(re.escape(w) for w in sorted(word_class(words)))
    return re.compile(rf"^\s*-\s*(?:{alternatives})\b", re.IGNORECASE)


def _not_the_actors(match: Match, text: str) -> bool:
    """A country after "anti-" or "pro-" is what the actor is for or against, not the actor's own:
    "an anti-Syria journalist" is not Syrian; nor is one that owns a relation or backs the actor:
    "Israel's militia ally in southern Lebanon" and "Iran-backed militias in Iraq" are not Israeli or
    Iranian; nor one a committee or envoy works on: "the House Select Committee on Benghazi" is not Libyan.
    An institution that backs or brokers is no actor of the phrase either ("the U.N.-brokered ceasefire"), and a
    demonym that names a language no nation ("the Russian-speaking minority" of Latvia)."""
    after = text[match.end:]
    if _hyphen_pattern("backing").match(after) or _hyphen_pattern("language").match(after):
        return True
    if match.term.kind == "institution":
        return False
    before = text[: match.start]
    return bool(_stance_pattern().search(before) or _relation_pattern().match(after)
                or _subject_pattern().search(before))


@lru_cache(maxsize=None)
def _descent_pattern() -> re.Pattern[str]:
    """A hyphen and the demonym of a nation of immigrants after a country: "a Mexican-American judge",
    "Japanese-Americans" are Americans of that descent, not Mexican or Japanese."""
    nations = "|".join(re.escape(w) for w in sorted(word_class("descent")))
    return re.compile(rf"-(?:{nations})\b")


@lru_cache(maxsize=None)
def _subject_pattern() -> re.Pattern[str]:
    """"<forum> on (the)": what a committee or an envoy works on ("the House Select Committee on Benghazi")."""
    forums = "|".join(re.escape(w) for w in sorted(word_class("forum")))
    return re.compile(rf"\b(?:{forums})\s+on\s+(?:the\s+)?$", re.IGNORECASE)


def _named_before_any_country(organisation: Term | None, matches: list[Match], text: str) -> bool:
    """An organisation with its own code is itself the actor when the country comes after it in a modifier: "the
    Red Cross operating in Iraq" is the Red Cross, not Iraq, and "a NATO convoy near Kandahar" is NATO's; "the
    Chinese Red Cross" is Chinese and "NATO-member Norway" is Norway."""
    if organisation is None or organisation.country:
        return False
    first = next((m for m in matches if m.term.country and m.term.kind != "person"), None)
    own = next(m for m in matches if m.term is organisation)
    if first is None:
        return True
    return own.start < first.start and bool(MODIFIER_PREPOSITION.search(text[own.end: first.start]))


def _named_for_another_country(match: Match, matches: list[Match], text: str) -> bool:
    """An institution of one country whose word ends the name of another's organisation: the "Nigeria Labour
    Congress" is no US Congress, the "Kenya Red Cross" keeps its own country."""
    return _before_by_another_country(match, matches, text, NAME_WORDS)


def _owned_by_another_country(match: Match, matches: list[Match], text: str) -> bool:
    """A body of the state named in another country's possessive is that country's body of the same kind:
    "Mexico's Congress", "Peru's National Intelligence Service" (a group's ally is no owner: "Iran's Hezbollah"
    stays Lebanese)."""
    return match.term.sector in STATE_BODY_SECTORS and _before_by_another_country(match, matches, text,
                                                                              _possessive_name_words())


@lru_cache(maxsize=None)
def _possessive_name_words() -> re.Pattern[str]:
    """A country's possessive before the words of one of its bodies' names ("Mexico's Congress"), also after a word
    that tells what the body does (data/words.tsv "body_adjective": "Algeria's ruling High State Council")."""
    adjectives = "|".join(re.escape(w) for w in sorted(word_class("body_adjective")))
    return re.compile(rf"['’]s(?:\s+(?:{adjectives}))?" + NAME_WORDS.pattern)


def _without_country(match: Match) -> Match:
    """The match of a body whose country the text gives elsewhere."""
    return Match(replace(match.term, country=None), match.start, match.end)


def _without_sector(match: Match) -> Match:
    """The match of an office that names whose followers an actor is, not what the actor is."""
    return Match(replace(match.term, sector=None, code=None), match.start, match.end)


def _of_followers(match: Match, text: str) -> bool:
    """A state office or office holder that people back, oppose or are kin to (data/words.tsv "follower"):
    "supporters of former President Jair Bolsonaro", "Trump supporters", "relatives of the minister"."""
    if match.term.sector not in STATE_BODY_SECTORS:
        return False
    before, after = _follower_patterns()
    return bool(before.search(text[: match.start]) or after.match(text[match.end:]))


@lru_cache(maxsize=None)
def _follower_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A follower noun with "of" and up to four words before the office ("critics of the Chinese government"), or
    right after the office or person ("Bolsonaro supporters")."""
    followers = "|".join(re.escape(w) for w in sorted(word_class("follower")))
    return (re.compile(rf"\b(?:{followers})\s+of\s+(?:[\w.'’-]+\s+){{0,4}}$", re.IGNORECASE),
            re.compile(rf"^\s+(?:{followers})\b", re.IGNORECASE))


def _before_by_another_country(match: Match, matches: list[Match], text: str, between: re.Pattern[str]) -> bool:
    """An institution of one country that another country's name comes before, with only ``between`` between."""
    if match.term.kind != "institution" or not match.term.country:
        return False
    return any(m.term.kind == "country" and m.term.country != match.term.country and m.end < match.start
               and between.fullmatch(text[m.end:match.start]) for m in matches)


def _former_organisation(match: Match, text: str) -> bool:
    """An organisation of no country (NATO, the UN) named in a title the person no longer holds is not
    theirs: "retired general and former supreme allied commander of NATO forces" speaks for NATO no more
    than "former Treasury Secretary Lawrence Summers" for the Treasury; a national one still tells the
    country."""
    return bool(match.term.code and not match.term.country and _former_title().search(text[: match.start]))


def _person(matches: list[Match], name: str | None, on: str | None) -> Term | None:
    """The known person matched, preferring the period that holds on ``on``."""
    people = [m.term for m in matches if m.term.kind == "person"]
    if name:
        named = [p for p in people if p.name == name or p.phrase == name]
        people = named or [p for p in people if not _of_the_family(p, name)]
    return next((p for p in people if p.holds_on(on)), people[0] if people else None)


def _of_the_family(person: Term, name: str) -> bool:
    """Another person of the same surname: "Melania Trump", "Hunter Biden" and "Michelle Obama" are not the
    office holders the file knows by their surname. A title where the given name would be ("Mr. Trump") is
    no other given name."""
    words, known = name.split(), (person.name or person.phrase).split()
    return (len(words) > 1 and len(known) > 1 and words[-1] == known[-1] and words[0] != known[0]
            and words[0] not in word_class("title"))


def _country(matches: list[Match], person: Term | None, text: str = "") -> str | None:
    """A named organisation's own country first ("pro-Iranian Hezbollah" is Lebanese), then
    the country an ethnic group lives in, then the first named."""
    own = next((m.term.country for m in matches if m.term.kind == "institution" and m.term.country), None)
    stated = next((m.term.country for m in matches if m.term.kind != "person" and m.term.country), None)
    return own or _homeland(matches, text) or stated or (person.country if person else None)


@lru_cache(maxsize=None)
def _homeland_pattern(with_roles: bool) -> re.Pattern[str]:
    """What stands between a group and the place it lives in: "of" or "in", after role words ("rebels in", "minority
    in") if ``with_roles``, but no other word ("unrest in" tells where the unrest is)."""
    places = "|".join(re.escape(w) for w in sorted(word_class("region")))
    roles = "|".join(re.escape(w) for w in sorted(role_words() | word_class("community"))) if with_roles else "(?!)"
    return re.compile(rf"^\s+(?:(?:{roles})\s+){{0,2}}(?:of|in)\s+(?:the\s+)?(?:(?:{places})\s+)?$",
                      re.IGNORECASE)


def _homeland(matches: list[Match], text: str) -> str | None:
    """CAMEO codes an ethnic group by the country it lives in: "ethnic Albanians in south Serbia",
    "ethnic Albanian rebels in Macedonia" and "the Albanians of southern Serbia" are actors of the country named
    last ("Americans in Iraq" stay American)."""
    places = [m for m in matches if m.term.kind in ("country", "place")]
    for group, place in zip(places, places[1:]):
        between = text[group.end: place.start]
        if group.term.kind != "country":
            continue
        ethnic = text[: group.start].lower().rstrip().endswith(tuple(word_class("ethnic")))
        if not _homeland_pattern(ethnic).match(between):
            continue
        if ethnic or between.strip().lower().startswith("of"):
            return place.term.country
    return None


@lru_cache(maxsize=None)
def _masthead() -> re.Pattern[str]:
    """A newspaper's title word right after a place's name, capitalised as mastheads are ("Times", "Herald")."""
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(word_class('masthead'))))})\b")


def _sector(matches: list[Match], text: str, person: Term | None, on: str | None) -> str | None:
    """Roles in the text win over the people file, and over a party or state marker ("Republican senators",
    "Gov. Greg Abbott (R-Texas)"); commentators win over everything. A role after "anti-" or "pro-" is what the
    actor is for or against ("anti-government rebels" are rebels). A place's name on a masthead ("the Jordan
    Times") is a newspaper of that place."""
    if any(m.term.kind in ("country", "place") and _masthead().match(text[m.end:]) for m in matches):
        return MEDIA
    stated = [m for m in matches if m.term.kind in ("role", "institution", "marker") and m.term.sector]
    current = [m for m in stated
               if not _former_title().search(text[: m.start]) and not _stance_pattern().search(text[: m.start])]
    if any(m.term.sector == COMMENTATOR for m in current):
        return COMMENTATOR
    institution = next((m.term.sector for m in current if m.term.kind == "institution"), None)
    roles = ([m.term.sector for m in current if m.term.kind == "role"]
             or [m.term.sector for m in current if m.term.kind == "marker"])
    if institution or roles:
        return institution or roles[-1]
    if stated:
        return None
    if person:
        return person.sector if person.holds_on(on) else None
    return next((m.term.sector for m in matches if m.term.kind == "metonym"), None)


def load_terms(extra_people: Path | None = None) -> list[Term]:
    terms = [
        *country_terms(_data_lines("countries.tsv")),
        *country_terms(_data_lines("peoples.tsv")),
        *metonym_terms(_data_lines("metonyms.tsv")),
        *place_terms(_data_lines("places.tsv")),
        *institution_terms(_data_lines("institutions.tsv")),
        *role_terms(_data_lines("roles.tsv")),
        *person_terms(_data_lines("people.tsv")),
        *marker_terms(_data_lines("markers.tsv")),
    ]
    if extra_people:
        terms.extend(person_terms(extra_people.read_text("utf-8").splitlines()))
    return terms


@lru_cache(maxsize=4)
def load_resolver(extra_people: Path | None = None) -> ActorResolver:
    """The resolver over the shipped data, plus a user's own people file if given."""
    return ActorResolver(load_terms(extra_people))


PEOPLE_ENV = "PARLEY_PEOPLE"
"""Environment variable naming a user's own people file (same columns as data/people.tsv)."""


def default_resolver() -> ActorResolver:
    """The resolver the pipeline uses: shipped data plus the people file in $PARLEY_PEOPLE, if set."""
    extra = os.environ.get(PEOPLE_ENV)
    return load_resolver(Path(extra) if extra else None)

