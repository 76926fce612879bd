"""What a supported statement must answer for: who said it, how firmly, and every word it adds."""

from __future__ import annotations

from tests.engine.helpers import C, S, U, check


def test_an_appositive_saying_who_a_person_is_must_be_the_articles(engine):
    verdict, reasons = check(engine, "Dr. George, one of the trial's investigators, cautioned against overusing ketamine.")
    assert verdict is U
    assert "'investigators'" in reasons
    # Naming the same person again is no addition.
    assert check(engine, "Mark George, the author of the editorial, warned about overusing ketamine.")[0] is S


def test_an_added_word_outside_the_evidence_keeps_a_frame_from_support(engine):
    verdict, reasons = check(engine, "Naltrexone blocked ketamine's antidepressant effect in teenagers.")
    assert verdict is U
    assert "not in the evidence" in reasons


def test_a_finding_said_of_all_of_a_population_says_more_than_the_source(engine):
    assert check(engine, "Naltrexone blocked ketamine's antidepressant effect in patients with depression.")[0] is S
    for statement in (
        "Naltrexone blocked ketamine's antidepressant effect in every patient.",
        "Naltrexone completely blocked ketamine's antidepressant effect in all patients who took it.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "not in the evidence" in reasons


def test_a_receptor_subtype_the_source_does_not_name_is_an_addition(engine):
    verdict, reasons = check(engine, "Ketamine acts on the mu-opioid receptor.")
    assert verdict is U
    assert "'mu'" in reasons
    assert check(engine, "Ketamine acts on opioid receptors.")[0] is S


def test_another_alias_of_a_thing_the_evidence_names_adds_nothing(engine):
    # The source says the trial was stopped "early"; "short" is another name the database gives that.
    assert check(engine, "The researchers cut the trial short.")[0] is S
    verdict, reasons = check(engine, "The researchers cut the trial short in teenagers.")
    assert verdict is U
    assert "'teenagers'" in reasons


def test_a_light_verb_whose_object_is_the_cue_adds_nothing(engine):
    assert check(engine, "The opioid system plays a role in ketamine's antidepressant effect.")[0] is S


def test_ability_to_and_sooner_than_expected_add_nothing(engine):
    assert check(engine, "Naltrexone has the capacity to weaken ketamine's antidepressant effect.")[0] is S
    assert check(engine, "The trial was stopped sooner than expected.")[0] is S


def test_a_relative_clause_on_the_source_says_something_of_its_own(engine):
    # Not framing: "who was funded by the study" is a claim about George the source does not make.
    statement = "George, who was funded by the study, wrote that we should be cautious about widespread and repeated use of ketamine."
    verdict, reasons = check(engine, statement)
    assert verdict is U
    assert "'funded'" in reasons


def test_a_denied_alias_is_not_the_evidences_word(engine):
    # "short" stands for the source's "early" only when it is said, not when it is denied.
    verdict, reasons = check(engine, "The researchers stopped the trial, but not short.")
    assert verdict is U
    assert "not in the evidence: 'short'" in reasons


def test_a_restricting_phrase_on_the_framing_verb_must_be_accounted_for(engine):
    # "In mice" restricts what was found, wherever it stands; "in the editorial" only says where it was said.
    for statement in (
        "In mice, researchers found that naltrexone blocked ketamine's antidepressant effect.",
        "Researchers found in mice that naltrexone blocked ketamine's antidepressant effect.",
        "Ketamine seems in mice to act like an opioid.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "'mice'" in reasons
    assert check(engine, "In the editorial, George warns that ketamine comes with unknown risks.")[0] is S


def test_not_sufficient_with_a_phrase_between_still_denies(engine):
    assert check(engine, "Dissociation alone is not enough in adults to create the antidepressant effect.")[0] is not C
    statement = "The dissociative effects do not appear sufficient without the opioid effect to produce the antidepressant effects."
    assert check(engine, statement)[0] is S


def test_an_adverb_made_from_a_word_of_the_evidence_adds_nothing(engine):
    # The source's "widespread and repeated use"; "repeatedly" is the same word made an adverb.
    assert check(engine, "George urged caution about using ketamine widely and repeatedly.")[0] is S
    verdict, reasons = check(engine, "Ketamine relieves depression repeatedly.")
    assert verdict is U and "'repeatedly'" in reasons


def test_a_gerund_opening_the_sentence_does_what_its_verb_says(engine):
    assert check(engine, "Pretreating patients with naltrexone blunted ketamine's antidepressant effect.")[0] is S
    verdict, reasons = check(engine, "Pretreating patients with aspirin blunted ketamine's antidepressant effect.")
    assert verdict is U and "'aspirin'" in reasons


def test_a_clause_set_in_an_order_the_source_does_not_give_is_an_addition(engine):
    # Two frames the source supports, put one after the other: the order is a claim of its own.
    verdict, reasons = check(engine, "Some participants took naltrexone after the trial ended.")
    assert verdict is U and "'after'" in reasons
    # A preposition ("after ketamine") is the claims' qualifiers' to judge, not this.
    assert check(engine, "Patients on naltrexone still felt dissociated after ketamine.")[0] is S


def test_another_verb_for_a_relation_the_evidence_says_adds_nothing(engine):
    statement = "George warned that overusing ketamine to fight depression and suicide could inadvertently feed opioid dependence."
    assert check(engine, statement)[0] is S
    # A noun that says who someone is stays the statement's own.
    assert check(engine, "Williams, a Stanford psychiatrist, led the study.")[0] is U


def test_a_comparison_and_an_order_are_claims_of_their_own(engine):
    verdict, reasons = check(engine, "George says vagus nerve stimulation is more effective than ketamine for treating depression.")
    assert verdict is U and "'than'" in reasons
    statement = "Participants took ketamine first and then naltrexone, which lessened ketamine's antidepressant effects."
    assert check(engine, statement)[0] is U


def test_a_verb_holding_a_framing_noun_says_something_of_its_own(engine):
    verdict, reasons = check(engine, "Nolan Williams shares George's worry that ketamine may be merely another opioid.")
    assert verdict is U and "'shares'" in reasons
    assert check(engine, "George voiced the worry that ketamine may be merely another opioid.")[0] is S


def test_the_condition_the_participants_had_restricts_a_finding_to_no_one_else(engine):
    statement = "Naltrexone blunted ketamine's antidepressant effect in treatment-resistant depression."
    assert check(engine, statement)[0] is S
    verdict, reasons = check(engine, "Naltrexone blunted ketamine's antidepressant effect in teenagers.")
    assert verdict is U and "'teenagers'" in reasons


def test_the_journal_speaks_for_the_study_it_published(engine):
    statement = "According to the American Journal of Psychiatry, naltrexone blunted ketamine's antidepressant effect."
    assert check(engine, statement)[0] is S


def test_a_cue_with_a_subject_of_its_own_is_no_other_word_for_the_evidence(engine):
    assert check(engine, "Naltrexone did not block the dissociation that naltrexone caused.")[0] is U
    assert check(engine, "Naltrexone blocked the antidepressant effect, as the researchers reported and relieved.")[0] is U


def test_then_orders_only_what_a_list_joins(engine):
    assert check(engine, "The researchers then stopped the trial early.")[0] is S


def test_a_clause_no_claim_matched_is_not_supported_by_a_phrase_inside_it(engine):
    # "patients who are on naltrexone" are the source's; what the clause says of them is not.
    verdict, reasons = check(engine, "My doctor gives ketamine to patients who are on naltrexone.")
    assert verdict is U
    assert "not in the evidence" in reasons
    # Those the source gave naltrexone got ketamine too: denying it is no support, and contradicts.
    assert check(engine, "Patients on naltrexone did not get ketamine.")[0] is C
    # A verb the evidence itself uses is the source's ("studying some other underused treatments").
    verdict, _ = check(engine, "George suggested researchers should study other underused depression treatments such as electroconvulsive therapy.")
    assert verdict is S


def test_a_number_with_a_comparison_is_not_the_sources_number(engine):
    verdict, reasons = check(engine, "Over a dozen participants took both naltrexone and placebo.")
    assert verdict is U
    assert "not in the evidence: 'Over', 'a', 'dozen'" in reasons or "'dozen'" in reasons


def test_a_word_naming_the_opposite_is_never_the_sources(engine):
    # "blinded" is the evidence's word, "not blinded" its opposite: the clause says what no claim matched.
    verdict, reasons = check(engine, "The trial was randomized, but it was not blinded.")
    assert verdict is U
    assert "not in the evidence" in reasons
    verdict, _ = check(engine, "The trial was randomized.")
    assert verdict is S


def test_a_reporter_described_as_another_sources_is_a_misattribution(engine):
    for statement in (
        "The study, led by Dr. Mark George, found that ketamine activates the opioid system.",
        "Researchers at the Medical University of South Carolina found that naltrexone blocked ketamine's antidepressant effect.",
        "Stanford's Mark George warned that ketamine comes with unknown risks.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "attribution: the statement credits" in reasons
    # Described as the credited source's own, the reporter is no doubt.
    verdict, _ = check(engine, "Dr. Mark George, from the Medical University of South Carolina, warned that ketamine comes with unknown risks.")
    assert verdict is S


def test_the_verb_a_supported_clause_completes_says_something_of_its_own(engine):
    # "surprised" shares its stem with the filler adverb "surprisingly", but the team's surprise is a claim.
    verdict, reasons = check(engine, "The team was surprised by how naltrexone wiped out the antidepressant response.")
    assert verdict is U
    assert "'surprised'" in reasons
    verdict, _ = check(engine, "Surprisingly, naltrexone wiped out the antidepressant response.")
    assert verdict is S


def test_a_word_grading_a_cue_of_the_claims_relation_is_not_that_relation(engine):
    # The source calls them treatments for depression, not effective ones.
    verdict, reasons = check(engine, "Vagus nerve stimulation is an effective treatment for depression.")
    assert verdict is U
    assert "'effective'" in reasons
    verdict, _ = check(engine, "Vagus nerve stimulation is a treatment for depression.")
    assert verdict is S


def test_a_causative_verb_says_what_was_done_but_its_cause_must_be_the_sources(engine):
    verdict, _ = check(engine, "The outcomes prompted the investigators to halt the trial early to protect the participants.")
    assert verdict is S
    verdict, reasons = check(engine, "Side effects prompted the investigators to halt the trial early.")
    assert verdict is U
    assert "'Side'" in reasons


def test_words_said_by_someone_the_source_never_quotes_are_not_the_sources(engine):
    verdict, reasons = check(engine, "Boris Heifets said ketamine acts like an opioid.")
    assert verdict is U
    assert "attribution: the source quotes no words of 'Boris Heifets'" in reasons
    # What he and his team found is the study's; what George said, the source quotes.
    for statement in ("Boris Heifets found that ketamine acts like an opioid.", "Mark George said ketamine may be another opioid."):
        verdict, _ = check(engine, statement)
        assert verdict is S, statement


def test_attributing_an_effect_to_a_cause_puts_it_forward(engine):
    # The earlier studies' hypothesis, said as what they credited the effect to: no fact asserted.
    verdict, _ = check(engine, "Some earlier studies had credited ketamine's antidepressant effect to its NMDA receptor antagonism.")
    assert verdict is S
    verdict, reasons = check(engine, "Ketamine's antidepressant effect is due to its NMDA receptor antagonism.")
    assert verdict is U
    assert "asserts it as fact" in reasons


def test_a_claim_of_the_reporters_own_phrase_credits_no_one_with_what_is_reported(engine):
    verdict, reasons = check(engine, "The Stanford study warned that ketamine comes with unknown risks for health.")
    assert verdict is U
    assert "attribution: the statement credits 'study'" in reasons


def test_a_hypothesis_put_forward_by_someone_else_is_asserted(engine):
    verdict, reasons = check(engine, "The researchers attributed ketamine's antidepressant effect to its NMDA receptor antagonist properties.")
    assert verdict is U
    assert "asserts it as fact" in reasons


def test_whom_a_causative_makes_do_it_must_be_the_sources(engine):
    verdict, reasons = check(engine, "The results prompted the Medical University of South Carolina to stop the trial early.")
    assert verdict is U
    assert "'Carolina'" in reasons



def test_a_share_of_a_group_restricts_what_is_said_of_it(engine):
    # The article says some took naltrexone, never how many of them.
    assert check(engine, "Half the participants took naltrexone.")[0] is U
    assert check(engine, "The majority of participants took naltrexone.")[0] is U
    assert check(engine, "Some participants took naltrexone.")[0] is S


def test_both_that_opens_a_coordination_restricts_nothing(engine):
    assert check(engine, "The trial blinded both the patients and the investigators.")[0] is S


def test_a_source_said_to_be_reported_by_the_credited_one_is_that_one(engine):
    statement = "Earlier research reported by Medical News Today found that ketamine can quickly relieve suicidal thoughts."
    assert check(engine, statement)[0] is S
    assert check(engine, statement.replace("Medical News Today", "Mark George"))[0] is U


def test_precision_words_and_discourse_connectives_are_not_checked(engine):
    verdict, reasons = check(engine, "Scientists remain unsure about exactly how ketamine works.")
    assert verdict is S
    assert "not checked: 'exactly'" in reasons
    verdict, reasons = check(engine, "In contrast, naltrexone had no discernible impact on ketamine's dissociative effects.")
    assert verdict is S
    assert "not checked: 'contrast', 'discernible'" in reasons


def test_a_relative_clause_giving_the_participants_condition_adds_nothing(engine):
    assert check(engine, "They enrolled people whose depression had not responded to traditional treatments.")[0] is S
    assert check(engine, "They enrolled people who had schizophrenia.")[0] is U


def test_only_a_publication_relaying_a_source_speaks_for_it(engine):
    # Not who led or did the earlier work, nor a verb that does not pass it on.
    for statement in (
        "Earlier studies led by Heifets found that ketamine's antidepressant effect depends on the opioid system.",
        "Previous research by Williams showed that naltrexone blocks the antidepressant effect.",
        "Earlier research debunked by Medical News Today found that ketamine can quickly relieve suicidal thoughts.",
    ):
        assert check(engine, statement)[0] is U, statement


def test_a_thing_denied_where_no_frame_reads_it_is_not_the_evidences_though_the_word_is(engine):
    verdict, reasons = check(engine, "The trial was stopped, but not early.")
    assert verdict is U
    assert "not in the evidence: 'early'" in reasons
    # An alternative denies nothing of its own.
    verdict, _ = check(engine, "Some participants took a placebo rather than naltrexone before their ketamine.")
    assert verdict is S


def test_an_example_of_the_object_the_evidence_does_not_name_extends_the_claim(engine):
    # Naltrexone is an opioid blocker, and morphine an opioid, but the source never says naltrexone blocks morphine.
    verdict, reasons = check(engine, "Naltrexone blocks the effects of opioid drugs such as morphine.")
    assert verdict is U
    assert "not in the evidence: 'morphine'" in reasons
    verdict, _ = check(engine, "Naltrexone blocks the effects of opioid drugs.")
    assert verdict is S
    # The evidence that names the example allows it.
    verdict, _ = check(engine, "Opioid receptors react to opioid drugs such as morphine.")
    assert verdict is S


def test_the_sources_own_participants_may_be_where_a_finding_held(engine):
    verdict, _ = check(engine, "Naltrexone blocked ketamine's antidepressant effect in humans.")
    assert verdict is S
    verdict, reasons = check(engine, "Naltrexone blocked ketamine's antidepressant effect in teenagers.")
    assert verdict is U
