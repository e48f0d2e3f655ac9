"""Event coding fixed after reading `parley show` on the seed articles: acts not yet done, the
doer of a threat, acts averted, and headings that are not part of the paragraph after them."""

from parley.events import article_context, code_events, code_quote, code_sentence
from parley.records import Article, Quote, Span


def _code(nlp, text, published="2020-11-09"):
    doc = nlp(text)
    context = article_context(Article(id="t", text=text, published=published), doc)
    return [e for sentence in doc.sents for e in code_sentence(sentence, context)]


def test_an_act_someone_has_yet_to_do_is_not_done(nlp):
    # CAMEO 080 "Yield": "has yet to concede" yields nothing; it is coded as the negated act, as
    # "has not conceded" is.
    yet = _code(nlp, "Trump has yet to concede.")
    assert [e.cameo for e in yet] == [e.cameo for e in _code(nlp, "Trump has not conceded.")]
    assert not [e for e in yet if e.cameo.startswith("08")]


def test_yet_again_does_not_negate(nlp):
    # CAMEO 130 "Threaten, not specified".
    assert [e.cameo for e in _code(nlp, "China has yet again threatened Taiwan.")] == ["130"]


def test_a_threat_is_made_by_whoever_owns_it(nlp):
    # CAMEO 1312 "Threaten with sanctions, boycott, embargo": the threats are Trump's, not China's,
    # though China is the subject of the sentence.
    events = _code(nlp, "Despite Trump’s aggressive stance and renewed threats of tariffs, "
                        "China remained calm.")
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats and {e.source.country for e in threats} == {"USA"}


def test_a_modal_noun_names_the_doer_of_the_act_it_governs(nlp):
    # CAMEO 1312 "Threaten with sanctions, boycott, embargo".
    events = _code(nlp, "Trump's threats to impose tariffs on China alarmed markets.")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("1312", "USA", "CHN")]


def test_an_averted_or_defused_act_is_no_event(nlp):
    # CAMEO 163 "Impose embargo, boycott, or sanctions" and 138 "Threaten with military force":
    # what was averted did not happen, nor was it eased (08 "Yield") after it had.
    averted = _code(nlp, "The deal averted sanctions against Iran.")
    assert not [e for e in averted if e.cameo.startswith(("16", "08"))]
    assert _code(nlp, "Diplomats worked to defuse the threat of war with Iran.") == []


def test_a_heading_is_not_the_doer_of_the_paragraph_after_it(nlp):
    # CAMEO 030 "Express intent to cooperate": no actor "Potential for Cooperation".
    events = _code(nlp, "The talks went on for hours.\nPotential for Cooperation:\n"
                        "Despite the challenges, China wants to cooperate with the United States.")
    assert all("Potential" not in e.source.text for e in events)


def test_an_infinitive_of_purpose_is_the_detail_of_the_hoped_for_act(nlp):
    # CAMEO 020 "Make an appeal or request, not specified": the US administration has done nothing;
    # Le hopes it will. No 03 "Express intent to cooperate" by the US comes from "to focus on cooperation".
    content = "China hopes that the new US administration will work together with us to focus on cooperation"
    text = f"“{content},” Le said."
    quote = Quote(id="t:q0", kind="direct", start=1, end=1 + len(content), text=content,
                  cue=Span(text.index("said"), text.index("said") + 4, "said"),
                  speaker=Span(text.index("Le"), text.index("Le") + 2, "Le"), speaker_name="Le Yucheng",
                  speaker_role="vice-minister of foreign affairs")
    article = Article(id="t", text=text, published="2020-11-05", quotes=[quote])
    events = code_quote(quote, nlp(text), article_context(article))
    assert [(e.source.code, e.cameo[:2]) for e in events] == [("CHNGOV", "02")]


def test_a_potential_or_further_act_is_no_event(nlp):
    # CAMEO 163 "Impose embargo, boycott, or sanctions": "the potential reinstatement of these tariffs"
    # and "further tariffs" have not been imposed.
    assert _code(nlp, "The potential reinstatement of tariffs on China could reignite the trade war.") == []
    assert _code(nlp, "Further tariffs on Chinese goods would hurt exports.") == []


def test_a_governed_planned_act_is_still_coded(nlp):
    # CAMEO 16 "Reduce relations": "cancelled a planned visit" reduces relations whatever "planned" says.
    events = _code(nlp, "A French minister has cancelled a planned visit to Haiti.")
    assert [e.cameo[:2] for e in events] == ["16"]


def test_an_act_named_only_as_a_topic_has_no_unknown_doer(nlp):
    # CAMEO 030 "Express intent to cooperate": "areas for cooperation" report no one's act; the
    # subject of a clause does ("The talks took place"), with its doer unknown.
    assert _code(nlp, "Despite the challenges, there are potential areas for cooperation.") == []
    assert _code(nlp, "The long-term success of fostering greater cooperation will require work.") == []
    [event] = _code(nlp, "The talks took place on Friday.")
    assert event.source.code is None and event.source.text == ""


def test_a_statement_made_together_by_two_countries_is_each_ones(nlp):
    # CAMEO 010 "Make statement, not specified below": the joint statement is China's and Russia's;
    # neither is the other's target.
    text = "Chinese Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov said the sanctions were illegal."
    speaker = "Chinese Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov"
    content = "the sanctions were illegal"
    quote = Quote(id="t:q0", kind="indirect", start=text.index(content), end=text.index(content) + len(content),
                  text=content, cue=Span(text.index("said"), text.index("said") + 4, "said"),
                  speaker=Span(0, len(speaker), speaker))
    article = Article(id="t", text=text, published="2024-01-10", quotes=[quote])
    events = code_quote(quote, nlp(text), article_context(article))
    assert sorted((e.source.country, e.target) for e in events) == [("CHN", None), ("RUS", None)]


def test_a_heading_inside_the_article_reports_no_event(nlp):
    # CAMEO 020 "Make an appeal or request": "Vice FM Calls for Improving Relations" is a link to
    # another story in the middle of 001, not this article's appeal.
    text = ("China Declines to Recognize Biden Win\n\nChinese Vice FM Calls for Improving China-U.S. Relations\n\n"
            "China said it would follow international practices.")
    events = code_events(Article(id="t", text=text, published="2020-11-09"), nlp(text), nlp)
    assert not [e for e in events if "Vice FM" in text[e.start:e.end]]
