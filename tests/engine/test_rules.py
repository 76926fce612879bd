"""The rules a frame goes through, each by a statement it decides or turns away, and the reason it shows."""

from __future__ import annotations

import pytest

from tests.engine.helpers import C, S, U, check


def test_what_is_said_of_another_study_is_not_compared(engine):
    verdict, reasons = check(engine, "A pilot study found that naltrexone did not block ketamine's antidepressant effect.")
    assert verdict is U
    assert "another than the article's" in reasons


def test_what_someone_the_source_does_not_quote_reports_is_not_compared(engine):
    verdict, reasons = check(engine, "Airan said that naltrexone blocks dissociation.")
    assert verdict is U
    assert "reported by 'Airan', whom the source does not quote" in reasons


def test_what_a_denied_frame_reports_is_not_asserted(engine):
    verdict, reasons = check(engine, "The study does not prove that naltrexone blocks dissociation.")
    assert verdict is U
    assert "is not asserted" in reasons


def test_an_opposite_qualifier_contradicts(engine):
    verdict, reasons = check(engine, "Ketamine's antidepressant effects last permanently.")
    assert verdict is C


def test_all_where_the_source_says_some_contradicts(engine):
    verdict, reasons = check(engine, "All participants received naltrexone.")
    assert verdict is C
    assert "is said of all, the source says only some" in reasons
    # "Not all" leaves some out, as the source does; a denial of something else still contradicts.
    verdict, reasons = check(engine, "Not every patient in the study took both naltrexone and placebo.")
    assert verdict is U
    assert "'not all' leaves out some" in reasons
    assert check(engine, "Not all participants were given ketamine.")[0] is C


def test_an_antonym_contradicts_and_a_denied_antonym_settles_nothing(engine):
    assert check(engine, "Naltrexone strengthened ketamine's antidepressant effect.")[0] is C
    verdict, reasons = check(engine, "Naltrexone did not strengthen ketamine's antidepressant effect.")
    assert verdict is U
    assert "a denied opposite" in reasons


def test_a_role_narrowed_by_words_the_claim_lacks_cannot_contradict(engine):
    verdict, reasons = check(engine, "Ketamine blocks opioid receptors in the liver.")
    assert verdict is U
    assert "'liver' narrows" in reasons


def test_a_frame_said_under_a_condition_the_claim_lacks_cannot_contradict(engine):
    verdict, reasons = check(engine, "Ketamine no longer relieved depression when patients took naltrexone.")
    assert verdict is not C
    assert "said under a condition" in reasons


def test_a_misread_verb_read_in_word_order_supports_but_never_contradicts(engine):
    # The small parser reads "lessened" here as a noun, the object of "ingesting".
    opening = "The researchers found that taking naltroxene before ingesting ketamine lessened or blocked "
    verdict, reasons = check(
        engine, opening + "the drug's antidepressant effects, but not the sensation of dissociation that it induced."
    )
    assert verdict is S
    assert "'naltroxene' 'lessened' 'antidepressant effects'" in reasons
    verdict, reasons = check(engine, opening + "the sensation of dissociation, but not the drug's antidepressant effects.")
    assert verdict is not C
    assert "read in word order only, which settles nothing against the source" in reasons


def test_a_doer_unnamed_gives_the_claim_its_subject_from_the_object_but_never_contradicts(engine):
    # "Scientists" names no one the database knows: what was published is the verb's object.
    verdict, reasons = check(engine, "Scientists published the paper in the American Journal of Psychiatry.")
    assert verdict is S
    assert "'paper' 'published' 'the American Journal of Psychiatry'" in reasons
    verdict, reasons = check(engine, "Scientists never published the paper in the American Journal of Psychiatry.")
    assert verdict is not C
    assert "its doer unnamed, which settles nothing against the source" in reasons


def test_a_hypothesis_denied_contradicts_only_who_raised_it(engine):
    verdict, reasons = check(engine, "Ketamine is not merely another opioid.")
    assert verdict is U
    assert "the source only raises it as a possibility, so no contradiction" in reasons
    assert check(engine, "George wrote that ketamine is surely not another opioid.")[0] is C


def test_a_relation_denied_outright_contradicts_every_instance(engine):
    verdict, reasons = check(engine, "Ketamine has no side effects.")
    assert verdict is C
    assert "denies it outright" in reasons


def test_a_converse_cue_takes_the_claims_object_as_its_subject(engine):
    assert check(engine, "The opioid system plays no role in ketamine's antidepressant effect.")[0] is C
    assert check(engine, "The opioid system is responsible for ketamine's antidepressant effect.")[0] is S
    # "needs" keeps the claim's order; its passive "is needed for" turns it round.
    assert check(engine, "Ketamine's antidepressant effect needs the opioid system.")[0] is S
    assert check(engine, "The opioid system is required for ketamine's antidepressant effect.")[0] is S


def test_one_of_a_noun_cues_kind_leaves_the_roles_to_the_claim(engine):
    assert check(engine, "Dissociation is one of ketamine's side effects.")[0] is S
    assert check(engine, "Addiction and dissociation are among the risks of ketamine.")[0] is S
    # The copula that makes it one carries the denial.
    assert check(engine, "Dissociation is not one of ketamine's side effects.")[0] is C


def test_a_link_between_a_pair_stands_either_way_round(engine):
    assert check(engine, "There is a link between the opioid system and ketamine's antidepressant effect.")[0] is S
    assert check(engine, "Scientists saw no link between the opioid system and the antidepressant effect of ketamine.")[0] is C


def test_a_noun_cue_equated_by_a_copula_leaves_the_roles_to_the_claim(engine):
    assert check(engine, "Dissociation is a side effect of ketamine.")[0] is S
    assert check(engine, "Addiction is a risk of ketamine.")[0] is S


def test_a_count_contradicts_only_in_its_own_frame(engine):
    assert check(engine, "The trial recruited 100 participants.")[0] is C
    assert check(engine, "Of the 30 participants recruited, 12 completed both arms of the trial.")[0] is S
    # The group's number in a partitive counts the group, not the part that did it; the share counts the part.
    assert check(engine, "Some of the 30 patients took both naltrexone and placebo.")[0] is not C
    assert check(engine, "Most of the 30 patients took both naltrexone and placebo.")[0] is C
    assert check(engine, "A total of 20 patients took both naltrexone and placebo.")[0] is C
    # Counted where the claim does not count: not the recruits.
    assert check(engine, "Twenty patients were kept in the per-protocol analysis.")[0] is not C
    assert check(engine, "Twenty patients were recruited for the trial.")[0] is C
    # 58% and 42% count no one the claims count.
    assert check(engine, "The response (58%) and remission (42%) rates for depression were high.")[0] is not C


def test_a_number_another_claim_in_its_clause_agrees_with_counts_that_claim(engine):
    # 'had' with 'both' says who took both (12); patients who have something were not thereby recruited.
    assert check(engine, "Twelve patients had both pretreatments.")[0] is S
    assert check(engine, "Thirty patients had both pretreatments.")[0] is C
    assert check(engine, "Thirty patients had both pretreatments, and 12 of them took both.")[0] is C
    # In a clause of its own, each verb counts its own.
    assert check(engine, "12 patients were recruited and took both.")[0] is C
    assert check(engine, "Half a dozen volunteers completed both the naltrexone and placebo arms.")[0] is C
    # "had both" is said of the verb's bare number ("12 had both"), as of its subject's.
    assert check(engine, "Of 30 recruits, 12 had both pretreatments.")[0] is not C
    assert check(engine, "Of 30 recruits, 20 had both pretreatments.")[0] is C


def test_a_name_contradicts_an_exclusive_slot_only_when_it_stands_in_it(engine):
    assert check(engine, "The study was published in Nature.")[0] is C
    assert check(engine, "Researchers at Yale led the study.")[0] is C
    assert check(engine, "One of the authors of this study, Alan Schatzberg said ketamine acts as an opioid.")[0] is not C
    assert check(engine, "Airan is the senior author of a study published in Nature Communications.")[0] is not C


def test_an_open_question_supports_a_hypothesis_and_nothing_else(engine):
    assert check(engine, "Researchers want to determine whether ketamine is merely another opioid.")[0] is S
    assert check(engine, "Researchers asked whether naltrexone blocks dissociation.")[0] is U


def test_what_a_noun_phrase_presupposes_is_asserted_even_in_a_question(engine):
    verdict, reasons = check(
        engine, "Researchers wonder whether the temporary relief it provides is worth the side effects such as dissociation."
    )
    assert "supported by ketamine-causes-dissociation" in reasons or "supported by worth-it-open-question" in reasons


def test_the_claims_not_compared_are_named_with_the_reason(engine):
    _, reasons = check(engine, "A pilot study found that naltrexone blocks dissociation.")
    assert "claim naltrexone-does-not-block-dissociation not compared:" in reasons


@pytest.mark.parametrize(
    "statement",
    [
        "The dissociative effects of ketamine are not mediated by the opioid system.",
        "Though the study doesn't prove definitively that ketamine acts on the opioid system, it complicates the theory.",
        "Below, we present pilot data that indicate that the antidepressant effects of ketamine are not attenuated by naltrexone.",
        "Review of: Williams NR et al, Am J Psychiatry 2018;175:1-11",
        "We thank Dr. Sanacora for his comments on our recent article (1).",
    ],
)
def test_real_sentences_that_once_raised_false_alarms_do_not(engine, statement):
    assert check(engine, statement)[0] is not C


def test_an_abbreviation_in_parentheses_does_not_split_a_name(engine):
    # Split at "(NMDA)", "receptor" alone read as the opioid receptors, and "antagonism" as their opposite.
    statement = "Its other action, N-methyl-d-aspartate (NMDA) receptor antagonism, did not explain ketamine's effect."
    assert check(engine, statement)[0] is not C


def test_an_antonym_of_a_negative_finding_narrowed_or_conditioned_cannot_contradict(engine):
    # "increased" goes against "did not block dissociation", but not in a place or under a condition the claim lacks.
    assert check(engine, "Naltrexone increased the dissociative effects of ketamine.")[0] is C
    verdict, reasons = check(engine, "Naltrexone increased dissociation in the liver.")
    assert verdict is U
    assert "'liver' narrows" in reasons
    assert check(engine, "Naltrexone strengthened dissociation when patients took morphine.")[0] is U


def test_a_question_about_all_is_not_a_claim_that_all_did(engine):
    # Not asserted is decided before "all" is weighed against what only some did.
    assert check(engine, "Researchers asked whether all participants received naltrexone.")[0] is U
    assert check(engine, "Did all participants receive naltrexone?")[0] is U


def test_a_denied_opposite_qualifier_agrees_with_the_claim(engine):
    assert check(engine, "Ketamine relieves depression not slowly but quickly.")[0] is S
    assert check(engine, "Participants received naltrexone, not afterwards.")[0] is S


def test_a_negation_denies_only_the_part_of_the_group_it_counts(engine):
    verdict, reasons = check(engine, "Eighteen of the participants did not take both naltrexone and placebo.")
    assert verdict is U
    assert "is denied of a part of the group, which leaves the rest" in reasons


def test_an_opposite_qualifier_on_the_frame_contradicts(engine):
    verdict, reasons = check(engine, "Participants took naltrexone after ketamine.")
    assert verdict is C and "'after ketamine' goes against 'beforehand'" in reasons


def test_an_opposite_qualifier_said_of_something_else_does_not(engine):
    # When they felt it, not when they took naltrexone; and "after taking" orders the responding, not the taking.
    assert check(engine, "Patients on naltrexone still felt dissociated after ketamine.")[0] is S
    assert check(engine, "Only one participant responded to ketamine after taking naltrexone.")[0] is not C


def test_not_stopping_someone_from_doing_it_is_no_denial(engine):
    statement = "Naltrexone did not stop patients from experiencing ketamine's dissociative effects."
    assert check(engine, statement)[0] is S
    verdict, reasons = check(engine, "Naltrexone stopped patients from experiencing ketamine's dissociative effects.")
    assert verdict is C and "'stopped … from'" in reasons


def test_a_negated_adjective_does_not_deny_the_preposition_after_it(engine):
    statement = "One in three people with depression does not get better with standard antidepressants."
    assert check(engine, statement)[0] is U


def test_an_opposite_qualifier_holding_a_role_of_the_frame_orders_it_as_the_source_does(engine):
    statement = "Patients received ketamine after pretreatment with either naltrexone or a placebo."
    assert check(engine, statement)[0] is not C


def test_x_not_y_denies_y_and_affirms_x(engine):
    assert check(engine, "Naltrexone blocked the antidepressant effect, not the dissociation.")[0] is S
    assert check(engine, "Naltrexone blocked the dissociation, not the antidepressant effect.")[0] is C
    assert check(engine, "The antidepressant effect is due to NMDA receptors, not the opioid system.")[0] is C


def test_what_the_writer_says_of_themselves_is_not_compared(engine):
    verdict, reasons = check(engine, "I am not stopping the trial.")
    assert verdict is U and "its subject 'I' is the writer" in reasons
    assert check(engine, "The researchers did not stop the trial early.")[0] is C


def test_a_denial_under_a_condition_the_source_does_not_speak_of_does_not_contradict(engine):
    verdict, reasons = check(engine, "Ketamine does not cause addiction when used only once.")
    assert verdict is U and "said under a condition, 'when used only once'" in reasons
    assert check(engine, "Naltrexone did not block the antidepressant effect when given before ketamine.")[0] is C


def test_crediting_a_cause_for_an_effect_is_the_same_frame_as_crediting_the_effect_to_it(engine):
    for statement in (
        "The study credits the opioid system for ketamine's antidepressant effect.",
        "Earlier research had credited ketamine's NMDA-blocking action for its effect on depression.",
    ):
        assert check(engine, statement)[0] is S, statement


def test_a_verb_of_attributing_credits_its_object_to_what_follows_to(engine):
    statement = "Earlier theories credited ketamine's mood effects to its blockade of NMDA receptors."
    verdict, reasons = check(engine, statement)
    assert verdict is S and "'credited' 'blockade of NMDA receptors'" in reasons
    assert check(engine, "Researchers gave participants either naltrexone or a placebo before ketamine.")[0] is S


def test_rather_than_and_instead_of_deny_the_alternative_even_across_coordinated_verbs(engine):
    statement = "Taking naltrexone before ketamine weakened or blocked the antidepressant effect rather than the dissociation."
    assert check(engine, statement)[0] is S
    assert check(engine, "Naltrexone blocked the antidepressant effect instead of the dissociation.")[0] is S
    assert check(engine, "Naltrexone blocked the dissociation instead of the antidepressant effect.")[0] is C


def test_an_alternative_said_of_a_group_the_source_splits_describes_a_part(engine):
    verdict, reasons = check(engine, "Participants received a placebo instead of naltrexone.")
    assert verdict is S and "is set against another, said of those who had that" in reasons
    assert check(engine, "All participants received a placebo instead of naltrexone.")[0] is C


def test_a_qualifier_on_a_second_verb_sharing_the_subject_is_that_verbs(engine):
    statement = "Volunteers received their ketamine first and were given naltrexone only afterward."
    verdict, reasons = check(engine, statement)
    assert verdict is C and "'afterward' goes against 'beforehand'" in reasons
    assert check(engine, "Participants took ketamine afterwards and were given naltrexone beforehand.")[0] is not C


def test_without_x_a_denied_predicate_says_its_subject_needs_x(engine):
    statement = "Without activating opioid receptors, the antidepressant effects of ketamine were not enough to help patients."
    verdict, reasons = check(engine, statement)
    assert verdict is S and "needed, as 'were' is denied without it" in reasons
    assert check(engine, "Ketamine does not work without the opioid system.")[0] is S
    # Supports only: what still holds without it is left to the other frames.
    assert check(engine, "Ketamine works without the opioid system.")[0] is U


def test_a_qualifier_on_the_verb_above_a_raised_verb_still_counts(engine):
    assert check(engine, "Afterwards, some participants had to take naltrexone.")[0] is C
    assert check(engine, "After ketamine, some participants had to take naltrexone.")[0] is C


def test_instead_of_before_the_verb_denies_the_alternative_not_the_verb(engine):
    assert check(engine, "Naltrexone instead of a placebo blocked the antidepressant effect.")[0] is not C


def test_an_alias_read_as_a_verb_with_no_cue_inside_stays_the_alias(engine):
    assert check(engine, "Ketamine acted like an opioid.")[0] is S
    assert check(engine, "The researchers stopped the trial early, protecting the participants.")[0] is S


def test_a_subject_between_commas_is_not_taken_for_an_apposition(engine):
    assert check(engine, "In the study, a placebo, not ketamine, caused dissociation.")[0] is C


def test_a_denial_of_degree_does_not_contradict(engine):
    verdict, reasons = check(engine, "Ketamine doesn't work as well on depression.")
    assert verdict is U
    assert "a denial of degree ('as well')" in reasons
    verdict, _ = check(engine, "Naltrexone did not reduce the antidepressant effect as much as expected.")
    assert verdict is U
    # Without the degree, the denial still contradicts.
    verdict, _ = check(engine, "Naltrexone did not reduce the antidepressant effect.")
    assert verdict is C


def test_what_ought_to_be_is_compared_only_with_a_suggestion(engine):
    for statement in ("Ketamine should not be given to patients.", "Naltrexone should not block dissociation."):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "says what ought to be, not what is" in reasons
    verdict, _ = check(engine, "Researchers should not study vagus nerve stimulation.")
    assert verdict is C


def test_what_someone_the_source_does_not_name_reports_is_not_compared(engine):
    for statement in (
        "Skeptics claim ketamine has no risk of addiction.",
        "Critics said the trial was not blinded.",
        "Some patients report that ketamine's relief is long-lasting.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "whom the source does not quote" in reasons
    # Researchers and authors are whoever did the study.
    verdict, _ = check(engine, "The authors found that naltrexone blocked ketamine's antidepressant effect.")
    assert verdict is S


def test_a_view_reported_at_another_time_is_not_compared(engine):
    for statement in (
        "Ketamine was once thought to have no risk of addiction.",
        "In 2020, researchers found that naltrexone does not block ketamine's antidepressant effect.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "another time than the source's" in reasons
    verdict, _ = check(engine, "Medical News Today previously reported that ketamine can quickly relieve symptoms of severe depression.")
    assert verdict is S


def test_a_condition_or_a_supposition_is_not_asserted(engine):
    verdict, reasons = check(engine, "If ketamine has no risk of addiction, it could be used widely.")
    assert verdict is U
    assert "is a condition, supposed rather than asserted" in reasons
    verdict, reasons = check(engine, "The team hypothesized that naltrexone would block dissociation.")
    assert verdict is U
    assert "supposed ('hypothesized'), not found" in reasons
    # A hypothesis is what a supposition bears out.
    verdict, _ = check(engine, "The researchers hypothesized that ketamine interacts with opioid receptors.")
    assert verdict is S


def test_what_someone_means_to_find_out_neither_supports_nor_contradicts(engine):
    # The source says researchers are still working to understand it: wanting to is no claim they do.
    for statement in (
        "Researchers want to understand what makes ketamine so effective.",
        "Researchers set out to explain what makes ketamine so effective.",
        "Researchers aim to figure out what makes ketamine so effective.",
    ):
        assert check(engine, statement)[0] is U, statement
    # Still trying, struggling or working to find it out says it is not yet known.
    for statement in (
        "Researchers are still trying to work out what makes ketamine so effective.",
        "Scientists are struggling to explain why ketamine works.",
        "Scientists have not pinned down what makes ketamine so effective.",
    ):
        assert check(engine, statement)[0] is S, statement


def test_what_someone_set_out_to_establish_is_theirs_but_what_they_set_out_to_test_was_studied(engine):
    verdict, reasons = check(engine, "The researchers set out to prove that ketamine is an opioid.")
    assert verdict is U
    assert "named only in what was meant" in reasons
    assert check(engine, "The researchers set out to test whether ketamine acts on opioid receptors.")[0] is S


def test_a_denied_use_denies_not_what_the_thing_is_used_for(engine):
    assert check(engine, "Ketamine is used to treat depression.")[0] is S
    verdict, reasons = check(engine, "Ketamine is no longer used to treat depression.")
    assert verdict is U
    assert "denies 'used', not what it is for" in reasons
    # What it ought no longer be used for is advice, not a finding.
    verdict, reasons = check(engine, "The researchers concluded that ketamine should no longer be used to treat depression.")
    assert verdict is U
    assert "says what ought to be" in reasons


def test_a_denial_whose_verb_is_left_out_keeps_a_statement_from_support(engine):
    for statement in (
        "The researchers hypothesized that ketamine interacts with opioid receptors, but found that it does not.",
        "The researchers, who had hypothesized that ketamine interacts with opioid receptors, concluded that it does not.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "not in the evidence: 'not'" in reasons


def test_the_kind_named_on_an_owners_thing_says_which_thing(engine):
    assert check(engine, "Ketamine's antidepressant properties come from its activation of the opioid system.")[0] is S
    assert check(engine, "Ketamine's anesthetic properties come from its activation of the opioid system.")[0] is U


def test_whose_thing_a_light_verbs_object_is_says_nothing_they_had(engine):
    assert check(engine, "Naltrexone on its own had no effect on participants' mood.")[0] is U
    assert check(engine, "The study had 30 participants.")[0] is S


def test_a_second_kind_given_with_its_own_examples_is_a_frame_of_its_own(engine):
    statement = "Ketamine carries side effects such as dissociation and risks such as addiction."
    verdict, reasons = check(engine, statement)
    assert verdict is S
    assert "supported by ketamine-addiction-risk" in reasons


def test_a_pseudo_cleft_denial_agrees_with_the_source(engine):
    # Once read as "did not stop the dissociation" and "did not block" with nothing after it: false alarms.
    assert check(engine, "What naltrexone didn't do was stop the dissociation.")[0] is S
    assert check(engine, "What naltrexone did not block was the dissociation.")[0] is S
    assert check(engine, "What naltrexone did not block was the antidepressant effect.")[0] is C


def test_a_reason_given_by_a_preposition_of_two_words_fills_the_frame(engine):
    verdict, reasons = check(engine, "Investigators terminated the study early out of concern for participant welfare.")
    assert verdict is S
    assert "supported by trial-stopped-for-participants" in reasons


def test_everyday_words_for_a_finding_read_as_the_source_s(engine):
    assert check(engine, "The results were published in JAMA Psychiatry.")[0] is C
    for statement in (
        "Naltrexone did not touch the dissociation.",
        "An editorial published alongside the paper sounded a warning.",
        "Ketamine's dissociative effect held up in patients pretreated with naltrexone.",
        "With naltrexone on board, ketamine's antidepressant effect was weakened or absent.",
    ):
        assert check(engine, statement)[0] is S, statement


def test_receptors_described_by_what_acts_on_them_are_those_receptors(engine):
    verdict, reasons = check(engine, "Ketamine's effectiveness relies on the same brain receptors that opioid painkillers activate.")
    assert verdict is S
    assert "supported by antidepressant-effect-via-opioid-system" in reasons
    assert check(engine, "Ketamine's effectiveness relies on the same brain receptors.")[0] is U


def test_a_question_the_sources_study_asked_of_what_it_found_is_what_it_studied(engine):
    for statement in (
        "This study sought to determine whether naltrexone would in fact dampen ketamine's antidepressant effect.",
        "The goal of the study was to determine whether naltrexone would reduce ketamine's antidepressant effect.",
        "The researchers tested whether naltrexone blocks dissociation.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is S, statement
    # Not another study's question, nor one the study is said not to have asked or wanted to ask.
    assert check(engine, "A 2019 study tested whether naltrexone blocks ketamine's antidepressant effect.")[0] is U
    for statement in (
        "The researchers did not want to determine whether naltrexone would block ketamine's antidepressant effects.",
        "The researchers did not want to test whether ketamine interacts with opioid receptors.",
    ):
        assert check(engine, statement)[0] is U, statement
    assert check(engine, "Skeptics asked whether naltrexone blocks ketamine's antidepressant effect.")[0] is U


def test_what_an_apposition_says_in_passing_is_said_even_inside_an_open_question(engine):
    statement = "They checked whether naltrexone, a drug that blocks opioid receptors, would interfere with ketamine's effects on depression."
    verdict, reasons = check(engine, statement)
    assert verdict is S
    assert "supported by naltrexone-blocks-opioid-receptors" in reasons


def test_a_high_or_low_risk_of_addiction_is_or_is_not_highly_addictive(engine):
    assert check(engine, "Opioid drugs such as morphine carry a high risk of addiction.")[0] is S
    assert check(engine, "Morphine carries a low risk of addiction.")[0] is C


def test_a_which_after_a_clause_may_stand_for_what_the_clause_says(engine):
    statement = "It seems to behave like an opioid in the brain, which experts worry could set patients up for dependence."
    verdict, reasons = check(engine, statement)
    assert verdict is S
    assert "supported by ketamine-addiction-risk" in reasons


def test_a_question_of_why_the_drug_works_names_its_workings_whatever_names_the_drug(engine):
    verdict, reasons = check(engine, "Ketamine works fast, but no one was really sure why it worked so rapidly.")
    assert verdict is S
    assert "supported by ketamine-mechanism-not-understood" in reasons
    # Said of another drug, it is another question.
    assert check(engine, "No one is sure why naltrexone works.")[0] is U


def test_every_one_of_a_group_is_all_of_it_and_not_every_one_is_not_all(engine):
    assert check(engine, "Each of the participants took both.")[0] is C
    verdict, reasons = check(engine, "Not every one of the 30 recruits went through both treatment conditions.")
    assert verdict is U
    assert "'not all' leaves out some" in reasons
    assert check(engine, "12 of all the participants took both.")[0] is S


def test_a_question_someone_is_said_to_have_asked_must_be_their_sources(engine):
    for statement in (
        "The Stanford team investigated whether ketamine is merely another opioid in a novel form.",
        "The Stanford team investigated whether ketamine is as addictive as morphine.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "is not one its asker's source asked" in reasons
    assert check(engine, "The researchers investigated whether ketamine acts on opioid receptors.")[0] is S


def test_a_verb_whose_object_the_parser_lost_is_no_verb_said_alone(engine):
    # "block the dissociation ketamine induced", misparsed: once "naltrexone block" with nothing after it.
    assert check(engine, "What naltrexone did was block the dissociation ketamine induced.")[0] is not S


def test_a_place_put_on_another_study_is_no_rival_in_the_slot(engine):
    assert check(engine, "The findings were replicated in a later trial in Boston.")[0] is U
    assert check(engine, "The trial was run in Boston.")[0] is C


def test_every_one_of_those_a_relative_clause_picks_out_is_not_all(engine):
    # All got ketamine, so those who took the placebo did; none is said to have taken it but them.
    verdict, reasons = check(engine, "Every participant who took the placebo got ketamine.")
    assert verdict is S
    assert "the relative clause says which of the group" in reasons
    verdict, _ = check(engine, "All participants took the placebo.")
    assert verdict is C


def test_a_subject_that_names_no_one_denies_what_it_says(engine):
    verdict, _ = check(engine, "Not one participant received ketamine.")
    assert verdict is C
    verdict, _ = check(engine, "Nobody found that naltrexone blocked ketamine's antidepressant effects.")
    assert verdict is U
    # An absence of evidence denies nothing: "no evidence that X" says neither X nor its denial.
    for statement in ("The study found no evidence that naltrexone blocks dissociation.", "There is no evidence that ketamine causes addiction."):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement


def test_a_question_says_nothing_not_even_what_it_presupposes(engine):
    for statement in ("Was the trial open-label?", "Was the trial double-blind? No."):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement
    verdict, reasons = check(engine, "Was the trial open-label?")
    assert "is asked, not said" in reasons


def test_a_supposition_supports_no_finding_and_a_qualified_reporter_is_another(engine):
    verdict, reasons = check(engine, "The researchers speculated that the trial would be stopped early.")
    assert verdict is U
    assert "supposed ('speculated'), not found" in reasons
    for statement in (
        "Chinese scientists found that naltrexone blocked ketamine's antidepressant effect.",
        "Ketamine clinics claim that ketamine quickly relieves symptoms of depression.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "whom the source does not quote" in reasons
    verdict, _ = check(engine, "Stanford researchers found that naltrexone blocked ketamine's antidepressant effect.")
    assert verdict is S


def test_must_have_and_a_modal_over_another_clause_are_no_advice(engine):
    verdict, _ = check(engine, "Researchers must have recruited 100 participants.")
    assert verdict is C
    verdict, _ = check(engine, "You should know that naltrexone blocks dissociation.")
    assert verdict is C
    # "as far as we know" says how sure, not how much.
    verdict, _ = check(engine, "Naltrexone did not reduce the antidepressant effect as far as we know.")
    assert verdict is C


def test_a_negation_on_a_possessed_noun_leaves_the_possession_standing(engine):
    # "not its antidepressant effects" says what was not blocked, not that ketamine has no such effects.
    verdict, reasons = check(engine, "Naltrexone lessened dissociation, but not its antidepressant effects.")
    assert verdict is C
    assert "contradicted by ketamine-has-antidepressant-properties" not in reasons
    assert "contradicted by naltrexone-does-not-block-dissociation" in reasons
    # Said of the thing itself, the denial still contradicts.
    verdict, _ = check(engine, "Ketamine has no antidepressant effects.")
    assert verdict is C


def test_a_clause_after_a_semicolon_does_not_take_the_one_before_as_its_object(engine):
    verdict, _ = check(engine, "If you ask me, ketamine's NMDA-blocking action probably still matters; it just isn't enough on its own.")
    assert verdict is not C
    verdict, _ = check(engine, "Naltrexone did not only blunt the antidepressant effect; it also left dissociation intact.")
    assert verdict is S


def test_what_the_study_found_credited_to_researchers_placed_elsewhere_contradicts_its_home(engine):
    for statement in (
        "Researchers at the University of Chicago found that naltrexone blunted ketamine's antidepressant effect.",
        "A team from Harvard Medical School, led by Nolan Williams, found that naltrexone blunted ketamine's antidepressant effect.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is C, statement
        assert "contradicted by study-at-stanford" in reasons
    # Any team may have found it, or earlier research; another trial is another's.
    for statement in (
        "A team at Yale found that naltrexone blunted ketamine's antidepressant effect.",
        "Researchers at Yale found that ketamine quickly relieves depression.",
        "A later trial at Yale found that ketamine's antidepressant effects remained intact.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement


def test_the_sources_own_home_does_not_narrow_its_study(engine):
    verdict, reasons = check(engine, "The Stanford study was open-label.")
    assert verdict is C
    assert "contradicted by design-double-blind" in reasons
    verdict, _ = check(engine, "The study was run by a Stanford team.")
    assert verdict is S


def test_doing_little_to_x_denies_x(engine):
    verdict, _ = check(engine, "Naltrexone did little to prevent ketamine's antidepressant effect.")
    assert verdict is C
    verdict, _ = check(engine, "Naltrexone did little to curb the dissociative effects of ketamine.")
    assert verdict is S
    # Having nothing to say about a thing denies no part of it.
    verdict, _ = check(engine, "George had nothing to say about whether ketamine is merely another opioid.")
    assert verdict is not C


def test_researchers_placed_elsewhere_only_for_what_only_the_study_found_and_not_at_its_own_home(engine):
    for statement in (
        "Researchers at the Stanford University Medical Center found that naltrexone blunted ketamine's antidepressant effect.",
        "In 2020, researchers at Yale University found that naltrexone blunted ketamine's antidepressant effect.",
        "Researchers at Yale found that ketamine is effective.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is not C, statement


def test_a_study_named_by_its_own_words_is_another(engine):
    for statement in (
        "The Yale study was double-blind.",
        "The mouse study, published in Nature, found that naltrexone blocks dissociation.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement


def test_arguing_for_what_the_relation_is_advocates_it(engine):
    verdict, _ = check(engine, "George argues for caution about widespread and repeated use of ketamine.")
    assert verdict is S
    verdict, _ = check(engine, "George argues for widespread use of ketamine.")
    assert verdict is C


def test_a_word_of_another_name_for_the_same_thing_narrows_nothing(engine):
    # "broad use" is a name of widespread use: "broad, repeated use" is still what George cautioned against.
    assert check(engine, "George encouraged broad, repeated use of ketamine.")[0] is C


def test_the_not_that_contrasts_a_noun_denies_its_place_not_its_own_relation(engine):
    statement = "Most research has focused on glutamate, not its interaction with the opioid system."
    assert check(engine, statement)[0] is not C
    assert check(engine, "Scientists studied the NMDA receptor, not ketamine's activation of the opioid system.")[0] is U
    assert check(engine, "Naltrexone blocked the antidepressant effect, not the dissociation.")[0] is S


def test_by_how_much_narrows_nothing(engine):
    # Reduced by any amount is reduced: the source says dissociation was not.
    assert check(engine, "Naltrexone also cut ketamine's dissociative effects by about half.")[0] is C
    assert check(engine, "Naltrexone reduced dissociation by 40%.")[0] is C
    # An amount the source lacks is still no support.
    assert check(engine, "Naltrexone cut ketamine's antidepressant effect by about half.")[0] is U


def test_a_group_the_source_splits_off_is_still_part_of_all(engine):
    # All were enrolled to receive ketamine, those on placebo as much as those on naltrexone.
    assert check(engine, "Patients in the placebo arm received no ketamine at all.")[0] is C
    assert check(engine, "Patients who took naltrexone also received ketamine.")[0] is S
    assert check(engine, "All participants received a placebo.")[0] is C


def test_a_claim_held_under_a_condition_is_compared_only_where_the_condition_is_said(engine):
    # The source: with naltrexone first, ketamine's antidepressant effect was lessened or blocked.
    for statement in (
        "When patients took naltrexone, ketamine did not relieve their depression.",
        "After naltrexone, ketamine no longer relieved depression.",
        "Ketamine did not relieve depression in patients who took naltrexone first.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is S, statement
        assert "supported by no-relief-after-naltrexone" in reasons, statement
    # Not said, or denied: the claim is not compared.
    verdict, reasons = check(engine, "Ketamine relieved depression.")
    assert verdict is S
    assert "claim no-relief-after-naltrexone not compared: holds only with naltrexone or opioid-blocker" in reasons
    verdict, _ = check(engine, "Without naltrexone, ketamine did not relieve depression.")
    assert verdict is U


def test_what_holds_under_a_condition_may_hold_in_part(engine):
    # "Lessened or blocked": some relief with naltrexone is no contradiction.
    verdict, reasons = check(engine, "With naltrexone, ketamine relieved depression less than with placebo.")
    assert verdict is U
    assert "said under a condition, which may hold in part" in reasons


@pytest.mark.parametrize(
    "statement",
    [
        "Unless patients took naltrexone, ketamine did not relieve their depression.",
        "Before patients took naltrexone, ketamine did not relieve their depression.",
        "Whether patients took naltrexone or a placebo, ketamine did not relieve their depression.",
    ],
)
def test_a_condition_opened_as_not_holding_is_not_said(engine, statement):
    verdict, reasons = check(engine, statement)
    assert verdict is U
    assert "claim no-relief-after-naltrexone not compared: holds only with" in reasons


@pytest.mark.parametrize(
    "statement",
    [
        "The researchers nearly stopped the trial early.",
        "The trial was nearly double-blind.",
        "Ketamine almost works as an anesthetic.",
        "Naltrexone nearly blocked dissociation, but not quite.",
    ],
)
def test_what_came_close_is_neither_so_nor_not(engine, statement):
    verdict, reasons = check(engine, statement)
    assert verdict is U
    assert "says it came close" in reasons


def test_a_part_of_a_kind_restricts_it_but_grades_a_cue(engine):
    for statement in ("Naltrexone is a partial opioid antagonist.", "The trial was partially double-blind."):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement
    verdict, _ = check(engine, "Naltrexone partly blocked the antidepressant effect.")
    assert verdict is S


def test_what_a_verb_of_intending_is_for_is_not_asserted(engine):
    for statement in ("Naltrexone was not intended to block dissociation.", "Morphine was not designed to cause addiction."):
        verdict, _ = check(engine, statement)
        assert verdict is U, statement


def test_a_relative_clause_that_picks_out_a_group_says_nothing_against_the_source(engine):
    verdict, reasons = check(engine, "Patients who took naltrexone after their ketamine infusion were not studied.")
    assert verdict is U
    assert "the relative clause picks out whom the statement speaks of" in reasons


def test_a_number_for_a_narrowed_group_or_what_it_had_counts_no_recruits(engine):
    for statement in (
        "The 14 patients who were studied had treatment-resistant depression.",
        "The 14 patients who were studied were recruited at Stanford.",
        "12 participants had treatment-resistant depression.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is not C, statement
    verdict, _ = check(engine, "The study had 14 participants.")
    assert verdict is C
    # The claim's own cue narrows nothing: "the 30 people recruited" are all of them.
    verdict, _ = check(engine, "Of the 30 people recruited, 20 received both naltrexone and placebo.")
    assert verdict is C


def test_researchers_placed_at_the_home_and_elsewhere_are_not_misplaced(engine):
    statement = "Researchers at Stanford University and Palo Alto University showed that naltrexone blocks ketamine's antidepressant effects."
    verdict, _ = check(engine, statement)
    assert verdict is not C
    verdict, _ = check(engine, "Researchers at Yale found that naltrexone blunted ketamine's antidepressant effect.")
    assert verdict is C


def test_what_experts_say_may_agree_with_the_source_never_go_against_it(engine):
    verdict, _ = check(engine, "Experts worry that overusing ketamine could lead to opioid dependence.")
    assert verdict is S
    verdict, reasons = check(engine, "Experts say naltrexone does not block the antidepressant effect of ketamine.")
    assert verdict is U
    assert "reported by 'Experts', whom the source does not name, so no contradiction" in reasons
    # Any other unnamed reporter's words are theirs either way.
    verdict, reasons = check(engine, "Skeptics say naltrexone blocks the antidepressant effect of ketamine.")
    assert verdict is U
    assert "reported by 'Skeptics', whom the source does not quote" in reasons


def test_a_cue_graded_by_a_comparison_cannot_contradict(engine):
    verdict, reasons = check(engine, "How ketamine works is less clear.")
    assert verdict is U
    assert "graded by a comparison ('less clear')" in reasons
    verdict, _ = check(engine, "How ketamine works is clear.")
    assert verdict is C


def test_a_clause_below_a_reported_one_is_reported_by_the_same_source_at_the_same_time(engine):
    verdict, reasons = check(engine, "Researchers from Yale University found that ketamine works quickly by activating the opioid system.")
    assert verdict is C
    assert "the study's researchers are placed at 'Yale University'" in reasons
    verdict, reasons = check(engine, "Skeptics claim that ketamine works by activating the opioid system.")
    assert verdict is U
    assert "claim ketamine-activates-opioid-system not compared: reported by 'Skeptics'" in reasons
    verdict, reasons = check(engine, "In 2020, researchers found that ketamine works by activating the opioid system.")
    assert verdict is U
    assert "claim ketamine-activates-opioid-system not compared: reported as of 'In 2020'" in reasons


def test_naltrexone_after_any_form_of_ketamine_goes_against_beforehand(engine):
    for statement in (
        "Participants received naltrexone after an infusion of ketamine.",
        "Patients got naltrexone after a ketamine injection.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is C, statement
        assert "goes against 'beforehand'" in reasons


def test_a_denial_of_the_whole_truth_is_one_of_degree(engine):
    verdict, reasons = check(engine, "It is not entirely true that naltrexone blocked the antidepressant effect.")
    assert verdict is U
    assert "'not entirely true' denies it in degree only, neither so nor not so" in reasons
    verdict, _ = check(engine, "It's simply not true that naltrexone blocked the antidepressant effect.")
    assert verdict is C


def test_a_denial_of_degree_supports_nothing_either(engine):
    # Partly not so is not "not so": graded, the denial neither backs nor goes against the claim it reaches.
    for statement in (
        "It is not entirely true that naltrexone blocked dissociation.",
        "It is not necessarily true that naltrexone blocked dissociation.",
        "It is not always the case that naltrexone blocked dissociation.",
        "Naltrexone did not completely block dissociation.",
        "Naltrexone did not entirely block ketamine's antidepressant effect.",
        "Naltrexone does not necessarily block dissociation.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "denies it in degree only" in reasons, statement
    verdict, _ = check(engine, "It is not true that naltrexone blocked dissociation.")
    assert verdict is S
    # Not knowing fully is not knowing: "fully" grades no verb of knowing.
    verdict, _ = check(engine, "Scientists do not fully understand how ketamine works.")
    assert verdict is S


def test_a_denial_without_it_is(engine):
    for statement in (
        "It's a myth that naltrexone blocked dissociation.",
        "It's incorrect that naltrexone blocked dissociation.",
        "It's wrong to say that naltrexone blocked dissociation.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is S, statement


def test_yet_to_denies_what_it_governs(engine):
    verdict, reasons = check(engine, "Scientists have yet to understand how ketamine works.")
    assert verdict is S
    assert "negation 'yet to' on 'understand'" in reasons
    verdict, _ = check(engine, "Naltrexone has yet to block dissociation.")
    assert verdict is S


def test_a_condition_in_the_clause_before_is_named(engine):
    verdict, reasons = check(engine, "Patients took naltrexone before ketamine, and the drug relieved their depression.")
    assert verdict is U
    assert "said under a condition another claim speaks of" in reasons
    verdict, _ = check(engine, "Patients took a placebo before ketamine, and the drug relieved their depression.")
    assert verdict is S


def test_according_to_experts_goes_against_nothing(engine):
    verdict, reasons = check(engine, "According to experts, the study was published in Nature.")
    assert verdict is U
    assert "reported by 'experts'" in reasons
    verdict, _ = check(engine, "According to the researchers, the study was published in Nature.")
    assert verdict is C


def test_a_relative_clause_is_not_what_was_found(engine):
    verdict, _ = check(engine, "Researchers at Yale found that ketamine, which activates the opioid system, relieves depression.")
    assert verdict is U
    verdict, _ = check(engine, "Researchers at Yale found that ketamine activates the opioid system.")
    assert verdict is C


def test_a_conceded_condition_is_still_named(engine):
    # "Even when …" asserts the relief under the condition, which the claim said without it does not bear out.
    verdict, reasons = check(engine, "Ketamine relieves depression quickly even when patients take naltrexone first.")
    assert verdict is U
    assert "said under a condition another claim speaks of" in reasons


def test_not_a_but_b_affirms_b(engine):
    verdict, reasons = check(engine, "Ketamine is not an opioid, but rather an NMDA receptor antagonist.")
    assert verdict is not C
    assert "supported by ketamine-nmda-antagonist" in reasons
    verdict, _ = check(engine, "Ketamine is an opioid but not an NMDA receptor antagonist.")
    assert verdict is C


def test_not_a_but_b_asserts_that_a_is_not(engine):
    # The A's denial is a claim of its own, which the source leaves open.
    verdict, reasons = check(engine, "Ketamine is not an opioid but an NMDA receptor antagonist.")
    assert verdict is U
    assert "not in the evidence: 'opioid'" in reasons
    for statement in ("The study was done not at Yale but at Stanford.", "The study was not done at Yale but at Stanford."):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "supported by study-at-stanford" in reasons, statement


def test_what_a_question_clause_predicates_is_not_asserted_even_side_by_side(engine):
    for statement in ("Researchers are unsure whether the trial was randomized.", "It is unclear whether the trial was a crossover trial."):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "is not asserted" in reasons
    verdict, _ = check(engine, "Whether the randomized trial was worth it is unclear.")
    assert verdict is not C


def test_what_experts_say_contradicts_no_slot_or_count_either(engine):
    for statement in ("Experts say Dr. Mark George works at Stanford University.", "Experts say the researchers recruited 12 participants."):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "reported by 'Experts', whom the source does not name, so no contradiction" in reasons


def test_a_likeness_put_first_is_no_manner_of_the_verb(engine):
    verdict, reasons = check(engine, "Like opioids, ketamine causes sedation.")
    assert verdict is U
    assert "not in the evidence: 'causes', 'sedation'" in reasons
    verdict, _ = check(engine, "Ketamine might affect the brain like an opioid.")
    assert verdict is S


def test_asking_whether_puts_a_possibility_forward(engine):
    # George's open question is his hypothesis: asking it is what he did.
    verdict, _ = check(engine, "The editorial asks whether ketamine might simply be an opioid in a new guise.")
    assert verdict is S
    # A finding asked about is not asserted either way.
    verdict, reasons = check(engine, "The researchers asked whether naltrexone blocks dissociation.")
    assert verdict is U
    assert "is not asserted" in reasons


def test_claims_said_to_be_false_are_denied(engine):
    for statement, expected in (
        ("Claims that naltrexone blocked dissociation are false.", S),
        ("Reports that naltrexone blocked dissociation are not accurate.", S),
        ("The idea that naltrexone weakened ketamine's antidepressant effect is wrong.", C),
        ("Claims that naltrexone blocked dissociation are not false.", C),
        ("Reports that naltrexone blocked dissociation are not entirely accurate.", U),
    ):
        verdict, _ = check(engine, statement)
        assert verdict is expected, statement


def test_contrary_to_claims_asserts_what_follows(engine):
    verdict, _ = check(engine, "Contrary to claims, naltrexone blocked ketamine's dissociative effects.")
    assert verdict is C


def test_a_warning_of_what_may_be_keeps_its_may_whoever_is_named(engine):
    # George warned that overusing ketamine might grow opioid dependence: naming him does not drop the "might".
    verdict, reasons = check(engine, "Ketamine causes opioid dependence, George says.")
    assert verdict is U
    assert "overuse-may-grow-opioid-dependence is a warning" in reasons
    verdict, _ = check(engine, "George says overusing ketamine might grow opioid dependence.")
    assert verdict is S


def test_review7_edges(engine):
    for statement, expected in (
        # An idea dismissed in the passive is not asserted either.
        ("The notion that naltrexone blocks ketamine's antidepressant effect has been dismissed by experts.", U),
        # "Not false" undoes the denial; "not entirely false" grades it.
        ("It is not false that naltrexone blocked ketamine's dissociative effects.", C),
        ("It is not entirely false that naltrexone blocked ketamine's dissociative effects.", U),
        # A graded denial reaches a pair read side by side too.
        ("It is not necessarily true that the study was done at Stanford.", U),
        # The condition named in the clause before keeps a contradiction off as it keeps support off.
        ("Patients took naltrexone first, and ketamine did not relieve their depression.", S),
        # A warning verb does not make "will" a "might".
        ("George warns that ketamine will cause opioid dependence.", U),
        # Knowing which drug did something is no knowing who got which.
        ("Participants knew which drug caused dissociation.", U),
        # "That editorial" is the one known, and Williams did not write it.
        ("That editorial was written by Williams.", C),
    ):
        verdict, _ = check(engine, statement)
        assert verdict is expected, statement
