"""Timelines and statement search over a hand-made store: consolidated events count once, undated apart."""

from datetime import date

import pytest

from parley.analysis import format_statements, format_timeline, plot_timeline, search_statements, timeline
from parley.records import Actor, Article, Event, Quote
from parley.store import Store
from parley.stories import update_stories

BRIEFING_SCMP = (
    "A senior Chinese diplomat made overtures to Washington on Thursday at a press briefing in Beijing. "
    "Vice foreign minister Le Yucheng said: \"China hopes that the new US administration will work together "
    "with us to focus on cooperation and manage our differences, on the track of mutual respect and win-win "
    "cooperation.\" The remarks were the first positive signs from Beijing since the US election."
)
BRIEFING_CGTN = (
    "China's Vice Foreign Minister Le Yucheng told a press briefing in Beijing that he hopes the next US "
    "administration will work with China. \"We hope that the next U.S. administration will work with us, meet "
    "China halfway, focus on cooperation and manage differences, with mutual respect and win-win cooperation,\" "
    "he said."
)
LETTER = (
    "Xi Jinping said in a Jan. 4 letter to Joe Biden that China is willing to work with the US to promote the "
    "stable, healthy and sustainable development of relations, days before the Taiwan election. Washington "
    "criticised Beijing over military drills near the island."
)
UNDATED = "China called for dialogue with the United States on climate change and pandemic control."


def actor(code: str) -> Actor:
    return Actor(text=code, start=0, end=1, code=code, country=code[:3])


def quote(article_id: str, text: str, needle: str, speaker: str) -> Quote:
    start = text.index(needle)
    return Quote(id=f"{article_id}:q0", kind="direct", start=start, end=start + len(needle), text=needle,
                 speaker_name=speaker, speaker_role="official", speaker_actor="CHNGOV")


def event(article_id: str, number: int, source: str, target: str, goldstein: float, quad: int,
          day: str | None, quoted: bool = True) -> Event:
    return Event(id=f"{article_id}:e{number}", start=0, end=20, source=actor(source), target=actor(target),
                 cameo="030" if quad == 1 else "111", plover=None, goldstein=goldstein, quad_class=quad, date=day,
                 quote_id=f"{article_id}:q0" if quoted else None)


def articles() -> list[Article]:
    scmp_quote = "China hopes that the new US administration will work together with us to focus on cooperation"
    cgtn_quote = "We hope that the next U.S. administration will work with us, meet China halfway, focus on cooperation"
    return [
        Article(id="scmp", text=BRIEFING_SCMP, outlet="SCMP", published=None,
                quotes=[quote("scmp", BRIEFING_SCMP, scmp_quote, "Le Yucheng")],
                events=[event("scmp", 0, "CHNGOV", "USA", 4.0, 1, None)]),
        Article(id="cgtn", text=BRIEFING_CGTN, outlet="CGTN", published="2020-11-05",
                quotes=[quote("cgtn", BRIEFING_CGTN, cgtn_quote, "Le Yucheng")],
                events=[event("cgtn", 0, "CHNGOV", "USA", 4.0, 1, "2020-11-05")]),
        Article(id="letter", text=LETTER, outlet="Bloomberg", published="2024-01-10",
                quotes=[quote("letter", LETTER, "China is willing to work with the US", "Xi Jinping")],
                events=[event("letter", 0, "CHNGOV", "USAGOV", 4.0, 1, "2024-01-04"),
                        event("letter", 1, "USAGOV", "CHN", -2.0, 3, "2024-01-09", quoted=False)]),
        Article(id="undated", text=UNDATED, outlet="Blog", published=None,
                events=[event("undated", 0, "CHN", "USA", 3.0, 1, None, quoted=False)]),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("analysis") / "analysis.duckdb") as opened:
        opened.write(articles())
        update_stories(opened)
        yield opened


def test_briefing_reported_twice_is_one_event_in_its_month(store):
    [direction] = timeline(store, "CHN", "USA", by="month").directions
    assert [p.label for p in direction.periods] == ["2020-11", "2024-01"]
    november = direction.periods[0]
    assert len(november.events) == 1 and november.events[0].articles == 2
    assert november.by_quad_class == {1: 1, 2: 0, 3: 0, 4: 0}
    assert november.mean_goldstein == 4.0 and november.statement_count == 1
    [top] = november.statements
    assert top.speaker_name == "Le Yucheng" and top.outlet_names == ["CGTN", "SCMP"]
    assert (november.start, november.end) == (date(2020, 11, 1), date(2020, 11, 30))


def test_undated_events_are_listed_apart_never_in_a_period(store):
    [direction] = timeline(store, "CHN", "USA").directions
    assert [e.text for e in direction.undated] == [UNDATED[:20]]
    assert all(e.date is not None for p in direction.periods for e in p.events)


def test_both_directions_and_actor_codes_or_countries(store):
    forward, backward = timeline(store, "CHN", "USA", both=True).directions
    assert (backward.source, backward.target) == ("USA", "CHN")
    [january] = backward.periods
    assert january.by_quad_class[3] == 1 and january.mean_goldstein == -2.0
    [only] = timeline(store, "CHNGOV", "USAGOV").directions
    assert [p.label for p in only.periods] == ["2024-01"]


def test_date_bounds_filter_dated_events_only(store):
    [direction] = timeline(store, "CHN", "USA", start="2020-01-01", end=date(2023, 12, 31)).directions
    assert [p.label for p in direction.periods] == ["2020-11"]
    assert len(direction.undated) == 1


@pytest.mark.parametrize(("start", "end", "labels"), [
    ("2020-11-05", "2024-01-04", ["2020-11", "2024-01"]),
    ("2020-11-06", "2024-01-03", []),
    ("2021-01-01", None, ["2024-01"]),
    (None, "2020-12-31", ["2020-11"]),
    ("2024-01-05", "2020-01-01", []),
])
def test_date_bounds_are_inclusive_and_either_may_be_left_open(store, start, end, labels):
    [direction] = timeline(store, "CHN", "USA", start=start, end=end).directions
    assert [p.label for p in direction.periods] == labels
    assert len(direction.undated) == 1


@pytest.mark.parametrize(("by", "label"), [("day", "2020-11-05"), ("week", "2020-W45")])
def test_days_and_iso_weeks_label_periods(store, by, label):
    [direction] = timeline(store, "CHN", "USA", by=by).directions
    assert direction.periods[0].label == label


def test_an_unknown_period_is_refused(store):
    with pytest.raises(ValueError, match="day, week, month"):
        timeline(store, by="year")


def test_formatted_timeline_shows_periods_statements_and_undated(store):
    text = format_timeline(timeline(store, "CHN", "USA", both=True))
    assert "CHN → USA by month" in text and "USA → CHN" in text
    assert "2020-11: 1 events (verbal cooperation 1), mean Goldstein +4.0, 1 statements" in text
    assert "Le Yucheng" in text and "CGTN, SCMP" in text
    assert "undated: 1 events" in text


def test_plot_writes_a_png(store, tmp_path):
    path = plot_timeline(timeline(store, "CHN", "USA", both=True), tmp_path / "timeline.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_statement_search_by_speaker_text_and_dyad(store):
    [le] = search_statements(store, speaker="le yucheng")
    assert le.date == "2020-11-05" and le.articles == 2 and {m.article_id for m in le.mentions} == {"scmp", "cgtn"}
    assert [s.id for s in search_statements(store, text="halfway")] == [le.id]
    assert {s.speaker_name for s in search_statements(store, source="CHN", target="USA")} == {"Le Yucheng",
                                                                                           "Xi Jinping"}
    assert search_statements(store, target="TWN") == []
    assert "2 article(s), 2 outlet(s): CGTN, SCMP" in format_statements([le])
