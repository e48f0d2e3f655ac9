"""Stories: near-duplicates, incremental order-independent clustering, consolidated statements (no spaCy)."""

import dataclasses
import random
from datetime import date

import pytest
from fixtures.stories.labelled import fixture_articles, syndicated_copy
from hypothesis import given
from hypothesis import strategies as st

from parley.records import Actor, Article, Event, Quote
from parley.store import Store
from parley.stories import minhash, update_stories
from parley.stories.clustering import Candidate, LinkSettings, UnionFind, count_independent, is_same_story
from parley.stories.consolidate import StoryArticle, consolidate
from parley.stories.text import containment, content_terms, shingles, stem

FLOOD = (
    "Flash floods swept through the city of Valencia on Tuesday after a year's worth of rain fell in eight hours, "
    "killing at least 60 people and leaving thousands of cars piled up in the streets, regional officials said.\n"
    "Emergency services rescued residents stranded on rooftops in the suburbs of Paiporta and Alfafar, and the "
    "army deployed a rescue unit to search for missing drivers.\n"
    "The national weather agency had issued a red alert for the Valencia region on Tuesday morning."
)
FLOOD_OTHER_OUTLET = (
    "At least 60 people have died in Valencia after torrential rain triggered flash floods on Tuesday, with "
    "rescue teams pulling stranded residents from rooftops in Paiporta and Alfafar.\n"
    "Piled-up cars blocked streets across the region, where a year's rain fell in eight hours. The army sent "
    "a rescue unit to search for missing drivers after the weather agency's red alert."
)
CHESS = (
    "Gukesh Dommaraju became the youngest world chess champion on Thursday, beating Ding Liren in the 14th and "
    "final game of their match in Singapore after the defending champion blundered a rook endgame.\n"
    "The 18-year-old from Chennai finished with 7.5 points to 6.5 and wept at the board."
)


def article(article_id: str, text: str, published: str | None = "2024-10-29", **fields) -> Article:
    return Article(id=article_id, text=text, published=published, title=text.split("\n")[0][:60], **fields)


def partition(store: Store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article_id, story_id in store.connection.execute("SELECT id, story_id FROM articles").fetchall():
        groups.setdefault(story_id, set()).add(article_id)
    return {frozenset(group) for group in groups.values()}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "stories.duckdb") as opened:
        yield opened


# -- text and MinHash ----------------------------------------------------------


def test_stem_matches_plural_and_third_person_forms():
    assert stem("countries") == stem("country")
    assert stem("hopes") == stem("hope")
    assert stem("us") == "us" and stem("process") == "process"


def test_content_terms_drop_function_words_and_keep_hyphenated_words():
    assert content_terms("He said that the win-win cooperation is good") == ["win-win", "cooperation", "good"]


def test_containment_measures_the_smaller_set():
    assert containment({"a", "b"}, {"a", "b", "c", "d"}) == 1.0
    assert containment(set(), {"a"}) == 0.0


def test_shingles_of_a_short_text_is_the_whole_text():
    assert shingles("two words") == {b"two words"}


@given(st.text(max_size=300))
def test_any_text_gives_terms_shingles_and_a_signature_equal_to_itself(text):
    assert all(term == term.casefold() for term in content_terms(text))
    assert all(isinstance(shingle, bytes) for shingle in shingles(text))
    rows = minhash.signatures([text, text])
    assert minhash.estimated_jaccard(rows[0], rows[1]) == 1.0


def test_banding_comes_from_datasketch_and_covers_the_signature():
    bands, rows = minhash.banding()
    assert bands * rows <= minhash.NUM_PERM and bands > 1


def test_syndicated_copy_estimates_above_threshold_and_unrelated_text_far_below():
    original = article("a", FLOOD)
    copy = syndicated_copy(original, "boilerplate", random.Random(1), "b", "wire")
    rows = minhash.signatures([original.text, copy.text, CHESS])
    assert minhash.estimated_jaccard(rows[0], rows[1]) >= minhash.THRESHOLD
    assert minhash.estimated_jaccard(rows[0], rows[2]) < 0.1
    keys = minhash.band_keys(rows)
    assert (keys[0] == keys[1]).any() and not (keys[0] == keys[2]).any()


# -- linking rules ---------------------------------------------------------------


def candidate(similarity, first=date(2020, 11, 5), second=date(2020, 11, 6), shared_statement=False):
    return Candidate("a", "b", similarity, first, second, shared_statement)


def test_articles_years_apart_are_never_one_story_however_similar():
    assert not is_same_story(candidate(0.95, date(2020, 11, 5), date(2024, 1, 4)), LinkSettings())


def test_undated_articles_need_more_overlap_than_dated_ones():
    settings = LinkSettings()
    between = (settings.similarity + settings.undated_similarity) / 2
    assert is_same_story(candidate(between), settings)
    assert not is_same_story(candidate(between, second=None), settings)


def test_one_statement_reported_by_both_lowers_the_bar_within_days_only():
    settings = LinkSettings()
    low = settings.statement_similarity + 0.01
    assert is_same_story(candidate(low, shared_statement=True), settings)
    assert not is_same_story(candidate(low), settings)
    assert not is_same_story(candidate(low, date(2020, 11, 1), date(2020, 11, 7), shared_statement=True), settings)


def test_union_find_groups_are_independent_of_union_order():
    pairs = [("c", "d"), ("a", "b"), ("b", "c"), ("x", "y")]
    first, second = UnionFind(), UnionFind()
    for pair in pairs:
        first.union(*pair)
    for pair in reversed(pairs):
        second.union(*reversed(pair))
    assert first.groups() == second.groups() == [["a", "b", "c", "d"], ["x", "y"]]


def test_near_duplicate_copies_count_once():
    assert count_independent(["a", "b", "c"], [("a", "b")]) == 2


# -- the store: incremental, order-independent ------------------------------------


def test_copies_are_linked_as_near_duplicates_and_counted_once_in_their_story(store):
    original = article("flood-1", FLOOD, outlet="El Diario")
    copy = syndicated_copy(original, "trim", random.Random(2), "flood-1-copy", "Wire Service")
    store.write([original, copy, article("chess", CHESS, published="2024-12-12")])
    update = update_stories(store)
    assert update.articles == 3 and update.near_duplicates == 1
    assert store.connection.execute("SELECT article_id, other_id FROM near_duplicates").fetchall() == [
        ("flood-1", "flood-1-copy")
    ]
    story = store.connection.execute("SELECT articles, outlets FROM stories WHERE id = "
                                     "(SELECT story_id FROM articles WHERE id = 'flood-1')").fetchone()
    assert story == (1, 2)
    assert partition(store) == {frozenset({"flood-1", "flood-1-copy"}), frozenset({"chess"})}


def test_a_second_update_joins_new_articles_to_existing_stories_without_touching_the_others(store):
    store.write([article("flood-1", FLOOD), article("chess", CHESS, published="2024-12-12")])
    update_stories(store)
    before = dict(store.connection.execute("SELECT id, story_id FROM articles").fetchall())
    store.write([article("flood-2", FLOOD_OTHER_OUTLET, published="2024-10-30")])
    update = update_stories(store)
    after = dict(store.connection.execute("SELECT id, story_id FROM articles").fetchall())
    assert update.articles == 1 and update.new_stories == 0
    assert after["flood-2"] == after["flood-1"] == before["flood-1"]
    assert after["chess"] == before["chess"]
    assert update_stories(store).articles == 0


def test_the_same_words_four_years_later_make_another_story(store):
    store.write([article("flood-1", FLOOD), article("flood-2", FLOOD_OTHER_OUTLET, published="2028-10-30")])
    update_stories(store)
    assert partition(store) == {frozenset({"flood-1"}), frozenset({"flood-2"})}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_stories_do_not_depend_on_input_order_or_on_batching(tmp_path, seed):
    articles = [a for a, _ in fixture_articles()]
    with Store(tmp_path / "all.duckdb") as reference:
        reference.write(articles)
        update_stories(reference)
        expected = partition(reference)
    random.Random(seed).shuffle(articles)
    with Store(tmp_path / "shuffled.duckdb") as shuffled:
        for start in range(0, len(articles), 7):
            shuffled.write(articles[start:start + 7])
            update_stories(shuffled)
        assert partition(shuffled) == expected


def test_an_article_linking_two_stories_merges_them(store):
    left = "Flash floods swept through Valencia. Rescue teams searched rooftops in Paiporta for stranded residents."
    right = "The army rescue unit searched for missing drivers in Alfafar, where piled-up cars blocked streets."
    store.write([article("left", left), article("right", right)])
    update_stories(store)
    assert len(partition(store)) == 2
    store.write([article("both", f"{left}\n{right}")])
    update = update_stories(store)
    assert update.merged_stories == 1
    assert partition(store) == {frozenset({"left", "right", "both"})}
    assert store.connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 1


def test_a_changed_reingest_is_clustered_again_without_stale_rows(store):
    store.write([article("flood-1", FLOOD), article("x", CHESS, published="2024-12-12")])
    update_stories(store)
    store.write([article("x", FLOOD_OTHER_OUTLET, published="2024-10-30")])
    assert update_stories(store).articles == 1
    assert partition(store) == {frozenset({"flood-1", "x"})}
    assert store.connection.execute("SELECT count(*) FROM story_profiles WHERE article_id = 'x'").fetchone()[0] == 1
    assert store.connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 1


# -- consolidated statements -------------------------------------------------------------


def quote(quote_id, text, speaker="Le Yucheng", start=0):
    return Quote(id=quote_id, kind="direct", start=start, end=start + len(text), text=text,
                 speaker_name=speaker, speaker_role="vice-minister of foreign affairs", speaker_actor="CHNGOV")


def event(event_id, quote_id, target="USA", date_=None, cameo="030", goldstein=4.0):
    source = Actor(text="Le", start=0, end=2, name="Le Yucheng", code="CHNGOV", country="CHN", sector="GOV")
    target_actor = Actor(text="US", start=0, end=2, code=target, country=target[:3]) if target else None
    return Event(id=event_id, start=0, end=10, source=source, target=target_actor, cameo=cameo, plover="COOPERATE",
                 goldstein=goldstein, quad_class=1, date=date_, quote_id=quote_id)


UNDATED_WORDING = ("In spite of the differences between China and the US, there are broad common interests and "
                   "room for cooperation")
DATED_WORDING = ("Although there are differences between the two countries, they also have extensive common "
                 "interests and room for cooperation.")


def briefing_story(copy=False):
    first = StoryArticle("a000", UNDATED_WORDING, "SCMP", [quote("a000:q1", UNDATED_WORDING)],
                         [event("a000:e1", "a000:q1")])
    second = StoryArticle("a002", DATED_WORDING, "CGTN", [quote("a002:q1", DATED_WORDING)],
                          [event("a002:e1", "a002:q1", target=None, date_="2020-11-05")])
    articles = [first, second]
    if copy:
        articles.append(dataclasses.replace(second, id="a002-copy", outlet="Aggregator"))
    return articles


def test_paraphrases_by_one_speaker_are_one_statement_dated_by_the_mention_that_dates_it():
    result = consolidate("story", briefing_story())
    [statement] = result.statements
    assert {m.article_id for m in statement.mentions} == {"a000", "a002"}
    assert statement.date == "2020-11-05" and statement.articles == 2 and statement.outlets == 2
    [consolidated] = result.events
    assert consolidated.statement_id == statement.id and consolidated.target_code == "USA"
    assert consolidated.date == "2020-11-05"
    assert [(m.article_id, m.event_id) for m in consolidated.mentions] == [("a000", "a000:e1"), ("a002", "a002:e1")]
    assert all(m.start is not None and m.end > m.start for m in consolidated.mentions)


def test_near_duplicate_copies_add_mentions_and_outlets_but_not_articles():
    result = consolidate("story", briefing_story(copy=True), [("a002", "a002-copy")])
    [statement] = result.statements
    assert len(statement.mentions) == 3 and statement.articles == 2 and statement.outlets == 3
    assert result.events[0].articles == 2


def test_thirty_copies_of_an_article_repeating_a_quote_are_one_statement_and_one_event_with_every_mention():
    first = StoryArticle("a0", DATED_WORDING, "Wire", [quote(f"a0:q{n}", DATED_WORDING) for n in range(3)],
                         [event(f"a0:e{n}", f"a0:q{n}") for n in range(3)])
    copies = [dataclasses.replace(first, id=f"a{n}", quotes=[dataclasses.replace(q, id=q.id.replace("a0", f"a{n}"))
                                                             for q in first.quotes],
                                  events=[dataclasses.replace(e, id=e.id.replace("a0", f"a{n}"),
                                                              quote_id=e.quote_id.replace("a0", f"a{n}"))
                                          for e in first.events])
              for n in range(30)]
    result = consolidate("story", copies, [("a0", f"a{n}") for n in range(1, 30)])
    [statement] = result.statements
    [consolidated] = result.events
    assert len(statement.mentions) == 90 and len(consolidated.mentions) == 90
    assert statement.articles == 1 and consolidated.statement_id == statement.id


def test_the_same_words_from_another_speaker_are_another_statement():
    articles = briefing_story()
    articles[1].quotes[0].speaker_name = "Wang Wenbin"
    assert len(consolidate("story", articles).statements) == 2


def test_a_short_name_is_read_as_the_full_name_used_in_the_story():
    articles = briefing_story()
    articles[1].quotes[0].speaker_name = "Le"
    assert len(consolidate("story", articles).statements) == 1


def test_undated_remarks_take_the_date_of_the_same_speaker_in_the_story():
    articles = briefing_story()
    other = "China's attitude toward the bilateral relations is clear and consistent."
    articles[0].quotes.append(quote("a000:q2", other, start=200))
    articles[0].events.append(event("a000:e2", "a000:q2"))
    result = consolidate("story", articles)
    assert {s.date for s in result.statements} == {"2020-11-05"}
    assert {e.date for e in result.events} == {"2020-11-05"}


def test_statements_without_dates_anywhere_stay_undated():
    articles = briefing_story()
    articles[1].events[0].date = None
    result = consolidate("story", articles)
    assert result.statements[0].date is None and result.events[0].date is None
