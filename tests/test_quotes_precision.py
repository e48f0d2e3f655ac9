"""Unit tests of the quote stage's precision: what is no statement (a condition, a question, a
refusal, a misparsed possessive), who is no speaker (words inside the quote), and the speaker
and content boundaries of statements that are real."""

from parley.quotes import extract_quotes


def extract(nlp, text):
    return extract_quotes(nlp(text), "t")


def cue_texts(quotes):
    return [q.cue.text for q in quotes if q.cue is not None]


def test_a_cue_in_an_if_clause_is_a_condition_not_a_statement(nlp):
    quotes = extract(nlp, "If Obama says it, the newspaper will print it.")
    assert not any("say" in cue for cue in cue_texts(quotes))


def test_a_cue_in_a_question_asked_of_the_speaker_is_not_her_statement(nlp):
    quotes = extract(nlp, "Asked if she believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("Clinton", "said")]
    assert quotes[0].text == "she would not jump to that conclusion"


def test_whether_someone_would_support_a_candidate_is_no_statement(nlp):
    quotes = extract(nlp, "He has waffled of late as to whether he would support Trump.")
    assert quotes == []


def test_refraining_from_attacking_is_no_attack(nlp):
    quotes = extract(nlp, "Speaking on Monday, Rubio refrained from attacking his rivals.")
    assert "attacking" not in cue_texts(quotes)


def test_a_possessive_the_parser_made_a_subject_is_no_speaker(nlp):
    quotes = extract(nlp, "Clinton garnered most the convention’s pledged delegates after winning primaries in California.")
    assert not any(q.speaker is not None and q.speaker.text.endswith("’s") for q in quotes)


def test_a_subject_inside_the_quote_does_not_speak_the_quote(nlp):
    quotes = extract(
        nlp, "“If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,” "
        "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week."
    )
    assert quotes[0].text.startswith("If Reagan had gone with Kemp")
    assert quotes[0].speaker is None or quotes[0].speaker.text != "I"


def test_a_repeated_reporting_verb_keeps_the_first_speaker(nlp):
    quotes = extract(
        nlp, "He said his recent attacks on Trump have given his campaign momentum "
        "and said that Trump did not represent the legacy of the party."
    )
    assert [q.speaker.text for q in quotes] == ["He", "He"]
    assert quotes[1].text == "that Trump did not represent the legacy of the party"


def test_a_repeated_reporting_verb_in_the_present_keeps_the_first_speaker(nlp):
    quotes = extract(
        nlp, "The deputy head of the delegation said the United States should reduce its patrols "
        "and said any attempts to isolate China would fail."
    )
    assert all(q.speaker.text.startswith("The deputy head") for q in quotes)
    assert quotes[-1].text == "any attempts to isolate China would fail"


def test_a_relative_clause_content_leaves_out_its_own_cue(nlp):
    quotes = extract(
        nlp, "He extolled Vermont, applauding the state’s town halls which he said could not be "
        "corrupted by the billionaires."
    )
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["could not be corrupted by the billionaires"]


def test_a_document_announced_before_a_colon_gives_way_to_the_quote_that_follows(nlp):
    quotes = extract(
        nlp, "When Wallace died in 1998, President Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family and friends of George Wallace.”"
    )
    assert [(q.kind, q.speaker.text, q.text) for q in quotes] == [
        ("direct", "President Clinton", "Hillary and I offer our condolences to the family and friends of George Wallace.")
    ]


def test_a_question_with_its_auxiliary_first_is_no_statement(nlp):
    quotes = extract(nlp, "Why did the Inspector General issue the subpoenas? Nobody knows.")
    assert quotes == []


def test_a_stance_adjective_in_an_if_clause_is_no_statement(nlp):
    quotes = extract(nlp, "He might win, especially if he is willing to offer Republicans a moderate justice.")
    assert quotes == []


def test_adding_something_to_a_resume_is_no_statement(nlp):
    quotes = extract(nlp, "Thanks to his latest act, the actor can add a new title to his resume.")
    assert quotes == []


def test_a_verb_that_reports_only_with_its_particle_needs_it(nlp):
    quotes = extract(
        nlp, "It wasn’t just the cries of “Bitch!” (for Hillary Clinton) or, “The gays had it coming” "
        "(for the Orlando shooting victims) that rattled Sexton."
    )
    assert "shooting" not in cue_texts(quotes)
    assert not any(q.speaker is not None and q.speaker.text == "Orlando" for q in quotes)


def test_a_verb_with_its_particle_still_credits_the_quote(nlp):
    quotes = extract(nlp, "“That is simply not true,” Hillary shot back.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Hillary", "That is simply not true")]


def test_the_one_told_is_not_the_speaker_of_the_quote(nlp):
    quotes = extract(
        nlp, "76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying he "
        "“has consistently demonstrated his deep commitment to conservative principles.”\n\n"
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News "
        "in an exclusive interview."
    )
    told = [q for q in quotes if q.text == "Yes, I support Ted Cruz"]
    assert len(told) == 1 and told[0].cue.text == "tells"
    assert told[0].speaker is None or "Breitbart" not in told[0].speaker.text


def test_a_participle_after_a_comma_takes_no_inverted_subject(nlp):
    quotes = extract(
        nlp, "On Sunday, Pastor Bradley Cranston stood at his pulpit in Burlington, Iowa, and, citing Exodus 18:21 "
        "(''select out of all the people able men who fear God ... as leaders''), endorsed Senator Ted Cruz of Texas."
    )
    assert not any(q.speaker is not None and q.speaker.text in ("Exodus", "Senator Ted Cruz") for q in quotes)


def test_where_the_speaker_spoke_is_not_part_of_the_mention(nlp):
    quotes = extract(
        nlp, "The rejection of the party’s received wisdom was complete when Trump in his announcement speech "
        "called undocumented immigrants from Mexico “rapists” and promised to build a wall."
    )
    assert [q.speaker.text for q in quotes if q.cue is not None and q.cue.text == "called"] == ["Trump"]


def test_what_the_speaker_was_asked_about_is_no_quote_of_the_speaker(nlp):
    quotes = extract(nlp, "“We will not sign it,” said Jones when asked about the deal.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [("Jones", "said", "We will not sign it")]
