"""bench.speakers scores the names the quotes stage gives against hand judgements, by mention offsets."""

from __future__ import annotations

from bench.speakers import Judgement, judgement_of, read_judgements, score

TEXT = (
    "Senator Maria Lopez met voters in Ohio on Monday.\n\n"
    "“We will win this state,” Lopez said.\n\n"
    "A campaign aide said the event drew a large crowd.\n"
)


def polnear_with(tmp_path, text: str):
    folder = tmp_path / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_judgements_file_skips_comments_and_keeps_empty_names(tmp_path):
    path = tmp_path / "names.tsv"
    path.write_text("# judged by hand\narticle\tstart\tend\tname\nstory\t3\t8\tMaria Lopez\n"
                    "story\t9\t23\t\n", encoding="utf-8")
    assert read_judgements(path) == [Judgement("story", 3, 8, "Maria Lopez"), Judgement("story", 9, 23, "")]


def test_right_names_wrong_nulls_and_unjudged_mentions_are_counted_apart(nlp, tmp_path):
    polnear = polnear_with(tmp_path, TEXT)
    lopez = TEXT.index("Lopez said")
    aide = TEXT.index("A campaign aide")
    judgements = [Judgement("story", lopez, lopez + 5, "Maria Lopez")]
    counts = score(polnear, judgements)
    assert counts["judged"] == 1 and counts["named in article"] == 1
    assert counts["right names"] == 1 and counts["names given"] == 1
    assert counts["unjudged"] == 1
    judgements.append(Judgement("story", aide, aide + len("A campaign aide"), "Maria Lopez"))
    counts = score(polnear, judgements)
    assert counts["judged"] == 2 and counts["wrong null"] == 1 and counts["unjudged"] == 0


def test_a_name_where_the_article_names_nobody_is_a_wrong_name(nlp, tmp_path):
    polnear = polnear_with(tmp_path, TEXT)
    lopez = TEXT.index("Lopez said")
    counts = score(polnear, [Judgement("story", lopez, lopez + 5, "")])
    assert counts["names given"] == 1 and counts["right names"] == 0


def test_an_organisation_named_by_its_own_mention_is_counted_apart_not_as_a_wrong_name(nlp, tmp_path):
    text = "“We stand by our reporting,” the Daily Ledger said in a statement on Friday.\n"
    polnear = polnear_with(tmp_path, text)
    start = text.index("the Daily Ledger")
    counts = score(polnear, [Judgement("story", start, start + len("the Daily Ledger"), "")])
    assert counts["self-named"] == 1 and counts["names given"] == 0


def test_a_mention_widened_or_narrowed_from_the_same_start_keeps_its_judgement():
    reed = Judgement("story", 10, 14, "Ann Reed")
    judged = {(10, 14): reed, (30, 32): Judgement("story", 30, 32, "")}
    assert judgement_of(judged, 10, 14) is reed
    assert judgement_of(judged, 10, 48) is reed
    assert judgement_of(judged, 10, 12) is reed
    assert judgement_of(judged, 11, 14) is None


def test_an_organisation_named_by_its_own_mention_before_an_apposition_is_counted_apart(nlp, tmp_path):
    text = "“Donors want results,” Crowdpac, a start-up that matches donors with candidates, said on Friday.\n"
    polnear = polnear_with(tmp_path, text)
    start = text.index("Crowdpac")
    end = text.index(", said")
    counts = score(polnear, [Judgement("story", start, end, "")])
    assert counts["self-named"] + counts["names given"] == 1
    assert counts["names given"] == 0
