"""The mends of the small parser's slips (parley.mends), seen through the loaded pipeline they run in."""


def test_a_participle_after_its_noun_read_as_the_verb_describes_the_noun(nlp):
    doc = nlp("Thirty Tanzanian fishermen detained on Lake Tanganyika were freed by the Burundian army on Saturday, "
              "Tanzanian officials said.")
    fishermen, detained, freed = doc[2], doc[3], doc[8]
    assert (detained.dep_, detained.head) == ("acl", fishermen)
    assert (fishermen.dep_, fishermen.head) == ("nsubjpass", freed)
    assert freed.head.lemma_ == "say" and len(list(doc.sents)) == 1


def test_a_verb_with_its_own_auxiliary_keeps_its_parse(nlp):
    doc = nlp("The rebels have detained ten fishermen and were blamed by the army.")
    assert doc[3].dep_ == "ROOT" and (doc[1].dep_, doc[1].head) == ("nsubj", doc[3])


def test_a_source_after_a_comma_read_as_an_apposition_is_its_verbs_subject(nlp):
    doc = nlp("Uzbek police tortured detainees at a prison near Tashkent, human rights groups said on Monday.")
    groups, said = doc[12], doc[13]
    assert (groups.dep_, groups.head) == ("nsubj", said)


def test_a_source_whose_verb_was_hung_on_it_is_that_verbs_subject_with_no_cycle(nlp):
    doc = nlp("The rebel group will accept mediation by South African Deputy President Jacob Zuma, a rebel spokesman "
              "told AFP by telephone from Dar es Salaam on Sunday.")
    spokesman = next(t for t in doc if t.text == "spokesman")
    told = spokesman.head
    assert (spokesman.dep_, told.text, told.head.text) == ("nsubj", "told", "accept")
    assert doc[told.i: told.i + 1].root == told


def test_an_apposition_before_a_preposition_stays_one(nlp):
    doc = nlp("Obama met Xi Jinping, the Chinese president, in Beijing.")
    assert doc[7].dep_ == "appos"


def test_a_sentence_whose_only_verb_was_read_as_a_participle_gets_it_back(nlp):
    doc = nlp("Pakistan's interior minister offered on Saturday to share intelligence with Afghan authorities.")
    minister, offered = doc[3], doc[4]
    assert (offered.dep_, offered.tag_, minister.dep_, minister.head) == ("ROOT", "VBD", "nsubj", offered)


def test_a_reporting_verb_after_a_name_read_as_a_participle_is_the_sentences_verb_over_its_that_clause(nlp):
    doc = nlp("Papua New Guinea's opposition leader Mekere Morauta alleged on Tuesday that Prime Minister Michael "
              "Somare had misused millions of kina in public funds.")
    leader, alleged = doc[5], doc[8]
    assert (alleged.dep_, alleged.tag_, leader.dep_, leader.head) == ("ROOT", "VBD", "nsubj", alleged)


def test_a_participle_describing_a_name_keeps_its_parse_when_the_sentence_has_its_own_verb(nlp):
    doc = nlp("Opposition leader Morgan Tsvangirai, arrested on Tuesday, said that the police had beaten him.")
    assert next(t for t in doc if t.lower_ == "said").dep_ == "ROOT"


def test_a_headline_participle_stays_a_passive(nlp):
    doc = nlp("Opposition leader arrested in Harare")
    assert doc[2].tag_ == "VBN"


def test_a_name_read_as_the_subject_of_a_noun_is_its_compound(nlp):
    doc = nlp("Sudan said it would allow African Union monitors into Darfur.")
    union, monitors = doc[6], doc[7]
    assert (union.dep_, monitors.dep_, monitors.head.lower_) == ("compound", "dobj", "allow")


def test_a_long_sentence_whose_only_verb_was_read_as_a_participle_gets_it_back_before_a_preposition(nlp):
    doc = nlp("A Norwegian peace envoy shuttled between Sri Lankan government officials and Tamil rebel leaders on "
              "Tuesday.")
    assert (doc[4].dep_, doc[4].tag_) == ("ROOT", "VBD")


def test_an_object_after_the_verbs_as_phrase_is_its_object(nlp):
    doc = nlp("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in "
              "Montenegro.")
    denounced, suppression = doc[3], doc[10]
    assert (suppression.dep_, suppression.head) == ("dobj", denounced)


def test_an_answer_read_as_an_interjection_is_the_object_of_its_verb(nlp):
    doc = nlp("Greek Cypriots said no to the United Nations reunification plan on Saturday.")
    assert (doc[3].dep_, doc[3].head.lower_) == ("dobj", "said")
    assert nlp("Asked whether he would resign, Mr. Smith said no.")[-2].dep_ != "dobj"


def test_a_name_read_as_an_adverb_before_a_verb_with_no_subject_is_its_subject(nlp):
    doc = nlp("Turkey massed troops along the Syrian border.")
    assert (doc[0].dep_, doc[0].head.lower_) == ("nsubj", "massed")


def test_the_first_of_two_subjects_of_a_reporting_verb_is_the_subject_of_its_participle_read_as_the_verb(nlp):
    doc = nlp("Some 2,000 former RENAMO fighters handed in their weapons at a demobilisation camp in central "
              "Mozambique on Friday, U.N. officials said.")
    fighters, handed, officials, said = doc[4], doc[5], doc[20], doc[21]
    assert (handed.dep_, handed.tag_, handed.head) == ("ccomp", "VBD", said)
    assert (fighters.dep_, fighters.head) == ("nsubj", handed)
    assert [c for c in said.children if c.dep_ == "nsubj"] == [officials]


def test_a_past_tense_read_as_describing_the_first_of_two_subjects_is_the_verb_reported(nlp):
    doc = nlp("Venezuelan intelligence agents tortured detained opposition activists, a United Nations mission said.")
    agents, tortured, said = doc[2], doc[3], doc[12]
    assert (tortured.dep_, tortured.head) == ("ccomp", said)
    assert (agents.dep_, agents.head) == ("nsubj", tortured)


def test_an_attribution_read_as_the_clause_of_a_warning_gives_the_clause_back(nlp):
    doc = nlp("Kenya warned Khartoum it could drop its role as mediator in the Sudanese peace process if the "
              "government kept stalling, a Kenyan official said in Nairobi.")
    warned, drop, said = doc[1], doc[5], doc[24]
    assert (drop.dep_, drop.head) == ("ccomp", warned)
    assert (said.dep_, said.head) == ("parataxis", warned)


def test_a_clause_before_an_attribution_at_the_sentence_root_keeps_its_parse(nlp):
    doc = nlp("Kenya will drop its role as mediator, a Kenyan official said.")
    drop, said = doc[2], doc[11]
    assert (said.dep_, drop.dep_, drop.head) == ("ROOT", "ccomp", said)


def test_a_verb_after_its_subjects_relative_clause_read_as_a_participle_gets_it_back(nlp):
    doc = nlp("Norway, whose diplomats helped broker the secret talks that led to the Oslo accords, offered on Monday "
              "to act as a mediator between the Sri Lankan government and Tamil separatist rebels.")
    norway, offered = doc[0], doc[16]
    assert (offered.dep_, offered.tag_, norway.dep_, norway.head) == ("ROOT", "VBD", "nsubj", offered)


def test_a_past_tense_verb_read_as_the_auxiliary_of_a_participle_is_the_verb_over_the_object(nlp):
    doc = nlp("Israeli warplanes struck suspected Hezbollah positions in southern Lebanon on Tuesday.")
    struck, suspected, positions = doc[2], doc[3], doc[5]
    assert struck.dep_ == "ROOT" and struck.lemma_ == "strike"
    assert (positions.dep_, positions.head) == ("dobj", struck)
    assert (suspected.dep_, suspected.head) == ("amod", positions)
    assert (doc[1].dep_, doc[1].head) == ("nsubj", struck)


def test_an_attribution_read_as_a_verb_joined_without_and_is_the_sentences_verb(nlp):
    doc = nlp("Baku would downgrade relations with any country that recognised the independence of Nagorno-Karabakh, "
              "Azerbaijani Foreign Minister Elmar Mammadyarov warned on Friday.")
    downgrade, warned, friday = doc[2], doc[21], doc[23]
    assert (warned.dep_, warned.head) == ("ROOT", warned)
    assert (downgrade.dep_, downgrade.head) == ("ccomp", warned)
    assert friday.head.head == warned


def test_a_verb_in_a_relative_clause_after_a_comma_is_no_attribution(nlp):
    doc = nlp("Turkey accused the United States on Tuesday of harbouring Fethullah Gulen, the Pennsylvania-based "
              "cleric Ankara blames for last month's failed coup attempt.")
    accused, blames = doc[1], doc[18]
    assert (accused.dep_, accused.head) == ("ROOT", accused)
    assert blames.dep_ != "ROOT"


def test_a_plural_noun_read_as_a_verb_after_the_object_is_the_object(nlp):
    doc = nlp("The European Union threatened to impose asset freezes and travel bans on South Sudanese officials.")
    impose, asset, freezes = doc[5], doc[6], doc[7]
    assert (freezes.dep_, freezes.head, freezes.tag_) == ("dobj", impose, "NNS")
    assert (asset.dep_, asset.head) == ("compound", freezes)


def test_a_verb_whose_subject_is_a_clause_keeps_its_tag(nlp):
    doc = nlp("Whether he will take the maverick senator remains to be seen.")
    assert next(t for t in doc if t.lower_ == "remains").tag_ == "VBZ"



def test_the_article_and_adjective_of_a_subject_read_as_its_verbs_belong_to_the_subject(nlp):
    doc = nlp("The Philippine military placed troops across Mindanao on red alert on Friday.")
    military = doc[2]
    assert [(w.dep_, w.head) for w in doc[:2]] == [("det", military), ("amod", military)]



def test_a_place_preposition_read_as_the_objects_adjective_is_the_verbs_preposition(nlp):
    doc = nlp("Thousands of Georgians rallied outside parliament in Tbilisi for a fourth straight night.")
    outside, parliament = doc[4], doc[5]
    assert (outside.dep_, outside.head.lower_, parliament.dep_, parliament.head) == ("prep", "rallied", "pobj", outside)


def test_an_adjective_before_a_plural_object_stays_its_adjective(nlp):
    doc = nlp("The company hired outside lawyers.")
    assert (doc[3].dep_, doc[3].head.lower_) == ("amod", "lawyers")


def test_a_participle_after_a_count_and_its_of_phrase_in_a_headless_sentence_is_its_verb(nlp):
    doc = nlp("Hundreds of thousands of Czechs massed in Wenceslas Square in Prague on Monday to demand an end to "
              "Communist rule.")
    massed = doc[5]
    assert (massed.dep_, massed.tag_, doc[2].dep_, doc[2].head) == ("ROOT", "VBD", "nsubj", massed)


def test_an_infinitive_after_the_statement_a_vow_was_made_in_completes_the_vow(nlp):
    doc = nlp("ETA vowed in a statement published on Sunday to keep attacking the Spanish government.")
    keep = next(t for t in doc if t.lower_ == "keep")
    assert (keep.dep_, keep.head.lower_) == ("xcomp", "vowed")
