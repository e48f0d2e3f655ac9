"""bench.events_news matches parley's events to hand-coded ones by sentence, countries and CAMEO root."""

from __future__ import annotations

from bench.events_news import event_keys, gold_keys, publication_dates, read_gold, scores
from parley.records import Actor, Event

HEADER = "article\tsentence_start\tsentence_end\tsource\tsource_sector\ttarget\ttarget_sector\tcameo\n"


def event(start: int, source: str | None, target: str | None, cameo: str, quad: int = 3) -> Event:
    return Event(id="e", start=start, end=start + 5, source=Actor("x", 0, 1, code=source, country=source),
                 target=Actor("y", 0, 1, code=target, country=target) if target else None, cameo=cameo,
                 plover=None, goldstein=0.0, quad_class=quad, date=None, date_text=None, quote_id=None,
                 confidence=0.5)


def test_gold_files_give_every_judged_sentence_and_the_coded_rows(tmp_path):
    (tmp_path / "tuning_sentences.tsv").write_text("# all sentences\narticle\tsentence_start\tsentence_end\n"
                                                   "a\t0\t40\na\t40\t90\n", encoding="utf-8")
    (tmp_path / "tuning.tsv").write_text("# coded\n" + HEADER + "a\t40\t90\tCHN\tGOV\tUSA\tGOV\t112\n",
                                         encoding="utf-8")
    sentences, rows = read_gold("tuning", tmp_path)
    assert sentences == {"a": [(0, 40), (40, 90)]}
    assert gold_keys(rows, "root") == {("a", 40, "CHN", "USA", "11")}
    assert gold_keys(rows, "quad") == {("a", 40, "CHN", "USA", "3")}


def test_an_event_counts_in_the_sentence_it_starts_in_and_unknown_sources_are_left_out():
    spans = [(0, 40), (40, 90)]
    events = [event(45, "CHNGOV", "USAGOV", "112"), event(10, None, "USA", "010", 1), event(95, "CHN", None, "010")]
    assert event_keys("a", events, spans, "root") == {("a", 40, "CHN", "USA", "11")}


def test_precision_and_recall_over_shared_keys():
    gold = {("a", 0, "CHN", "USA", "11"), ("a", 40, "USA", None, "01")}
    found = {("a", 0, "CHN", "USA", "11"), ("a", 0, "USA", "CHN", "11")}
    assert scores(gold, found) == (0.5, 0.5, 0.5)


def test_publication_dates_come_from_polnear_metadata(tmp_path):
    metadata = tmp_path / "metadata.tsv"
    metadata.write_text("compartment\tfilename\tpublisher\tpublication_date\n"
                        "train\tnyt_2016-01-02_story\tnyt\t2016-01-02\ntrain\tundated\tnyt\t\n", encoding="utf-8")
    assert publication_dates(metadata) == {"nyt_2016-01-02_story": "2016-01-02"}
    assert publication_dates(tmp_path / "missing.tsv") == {}
