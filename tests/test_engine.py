"""The verdict engine, one focused test per phenomenon it must handle."""

from __future__ import annotations

import pytest

from ketacheck.records import Verdict

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNKNOWN


def verdict(engine, statement: str) -> Verdict:
    return engine.check(statement).verdict


@pytest.mark.parametrize(
    "statement",
    [
        "Naltrexone blunted ketamine's antidepressant effect.",
        "Pretreatment with naltrexone diminished the antidepressant response to ketamine.",
        "Ketamine's mood-lifting effect was largely blocked when patients took naltrexone first.",
        "Naltrexone weakened the antidepressant effects of ketamine.",
    ],
)
def test_paraphrase_and_synonyms_of_the_main_finding(engine, statement):
    assert verdict(engine, statement) is S


def test_inflection_case_and_punctuation_do_not_matter(engine):
    assert verdict(engine, "NALTREXONE BLOCKS KETAMINE'S ANTIDEPRESSANT EFFECTS!!") is S
    assert verdict(engine, "naltrexone   blocking   the antidepressant effect") is S


def test_british_spelling(engine):
    assert verdict(engine, "The trial was randomised.") is S
    assert verdict(engine, "Ketamine can work as an anaesthetic.") is S


@pytest.mark.parametrize("spelling", ["naltroxene", "Naltrexon", "naltrexoen"])
def test_misspellings_of_naltrexone(engine, spelling):
    assert verdict(engine, f"{spelling} lessened ketamine's antidepressant effect") is S


def test_misspelling_is_reported_in_reasons(engine):
    result = engine.check("Naltrexoen blocked the antidepressant effect")
    assert any("read 'Naltrexoen' as 'naltrexone'" in r for r in result.reasons)


def test_negation_before_the_verb(engine):
    assert verdict(engine, "Naltrexone did not block dissociation.") is S
    assert verdict(engine, "Naltrexone did not block the antidepressant effect.") is C


def test_negation_typed_without_its_apostrophe(engine):
    # Read as no negation at all, the first would be called supported: the worst error there is.
    assert verdict(engine, "Naltrexone doesnt weaken the antidepressant effect of ketamine.") is C
    assert verdict(engine, "Naltrexone didnt block dissociation.") is S


def test_negation_reported_with_its_cue(engine):
    result = engine.check("Naltrexone did not block the antidepressant effect.")
    assert any("negation 'did not'" in r for r in result.reasons)


def test_negation_scope_ends_at_but(engine):
    assert verdict(engine, "Naltrexone blocked the antidepressant effect but not the dissociation.") is S
    assert verdict(engine, "Naltrexone did not block the dissociation, but it blocked the antidepressant effect.") is S


def test_negation_in_a_noun_phrase(engine):
    assert verdict(engine, "Ketamine has no risk of addiction.") is C
    assert verdict(engine, "The opioid system plays no role in ketamine's antidepressant effect.") is C


def test_negation_cue_after_the_phrase(engine):
    assert verdict(engine, "Dissociation remained unaffected by naltrexone.") is S


def test_pseudo_negation_is_not_negation(engine):
    assert verdict(engine, "Naltrexone not only lessened but blocked the antidepressant effect.") is S


def test_double_negation(engine):
    assert verdict(engine, "Naltrexone did not fail to block the antidepressant effect.") is S


@pytest.mark.parametrize(
    "statement",
    [
        "Naltrexone strengthened the antidepressant effect of ketamine.",
        "Naltrexone boosted ketamine's antidepressant effect.",
        "The trial ran its full course.",
        "Ketamine's relief from depression is long-lasting.",
        "The study was open-label.",
        "Ketamine slowly relieves depression.",
    ],
)
def test_antonyms_and_opposite_states(engine, statement):
    assert verdict(engine, statement) is C


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The researchers recruited 30 participants.", S),
        ("The researchers recruited thirty participants.", S),
        ("The researchers recruited 100 participants.", C),
        ("The researchers recruited forty-two participants.", C),
        ("A dozen participants took both naltrexone and placebo.", S),
        ("Twenty participants took both naltrexone and placebo.", C),
        ("More than 20 participants were recruited.", S),
        ("Fewer than 20 participants were recruited.", C),
        ("Twelve of the 30 participants took both naltrexone and placebo.", S),
        ("Thirty of the participants took both naltrexone and placebo.", C),
    ],
)
def test_numbers_in_digits_and_words(engine, statement, expected):
    assert verdict(engine, statement) is expected


def test_a_year_or_a_dose_is_not_a_count(engine):
    assert verdict(engine, "The trial was conducted in 2016.") is U
    assert verdict(engine, "Participants received ketamine at a dose of 50 mg.") is U


@pytest.mark.parametrize(
    "statement",
    [
        "The study was published in Nature.",
        "The study was run by researchers at Johns Hopkins University.",
        "Mark George is a Stanford researcher.",
        "Nolan Williams wrote the editorial.",
        "The editorial author is based in Chicago.",
    ],
)
def test_another_name_in_a_recorded_slot_contradicts(engine, statement):
    assert verdict(engine, statement) is C


def test_the_name_that_disagreed_is_in_the_reasons(engine):
    result = engine.check("The study was published in Nature.")
    assert any("'Nature'" in r and "American Journal of Psychiatry" in r for r in result.reasons)


def test_compound_statement_any_false_clause_contradicts(engine):
    assert verdict(engine, "Naltrexone blocked the antidepressant effects and the dissociation.") is C
    assert verdict(engine, "Naltrexone blocked the antidepressant effect, and the study was published in Nature.") is C


def test_compound_statement_all_true_clauses_support(engine):
    statement = (
        "The randomized trial recruited 30 participants, and naltrexone blocked ketamine's antidepressant "
        "effect but did not block dissociation."
    )
    assert verdict(engine, statement) is S


def test_reasons_show_each_clause_with_its_roles_and_negations(engine):
    result = engine.check("Naltrexone blocked the antidepressant effect, but it did not block the dissociation.")
    clauses = [r for r in result.reasons if r.startswith("clause ")]
    assert len(clauses) == 2
    assert "'Naltrexone'→naltrexone as subject of 'blocked'" in clauses[0]
    assert "negation 'did not' on 'block'" in clauses[1]


@pytest.mark.parametrize(
    "statement",
    [
        "Naltrexone quickly relieves symptoms of severe depression.",
        "Morphine causes dissociation.",
        "Ketamine relieves depression in teenagers.",
        "The participants were paid for taking part.",
        "The weather in Stanford is sunny.",
    ],
)
def test_reused_words_for_something_never_said_are_unknown(engine, statement):
    assert verdict(engine, statement) is U


def test_acting_like_an_opioid_is_the_finding_being_one_the_hypothesis(engine):
    # The study found ketamine activates the opioid system; whether it is an opioid is George's question.
    assert verdict(engine, "Ketamine works like an opioid.") is S
    assert verdict(engine, "Ketamine is an opioid in disguise.") is U
    assert verdict(engine, "George warned that ketamine may act like an opioid.") is S


def test_a_description_that_states_a_fact_is_checked(engine):
    result = engine.check("Ketamine, a famous party drug, works like an opioid.")
    assert result.verdict is U
    assert any("'famous'" in r for r in result.reasons)


def test_hypothesis_asserted_as_fact_is_unknown_but_attributed_is_supported(engine):
    assert verdict(engine, "Ketamine is merely another opioid.") is U
    assert verdict(engine, "George warned that ketamine may be merely another opioid.") is S


def test_wrong_attribution_is_not_supported(engine):
    assert verdict(engine, "Dr. Mark George found that naltrexone blocked ketamine's antidepressant effect.") is U


def test_result_carries_evidence_and_attribution(engine, database):
    result = engine.check("Naltrexone blocks dissociation.")
    assert result.verdict is C
    claim = database.claim(result.claim_id)
    assert result.evidence == claim.evidence
    assert result.attribution == database.sources[claim.attribution].name
    assert 0.5 <= result.score <= 1.0


def test_unknown_carries_no_claim(engine):
    result = engine.check("Ketamine is used in veterinary medicine.")
    assert result.verdict is U
    assert (result.claim_id, result.claim, result.evidence, result.attribution) == (None, None, None, None)
    assert 0.0 <= result.score < 0.5


def test_empty_statement_is_unknown(engine):
    assert verdict(engine, "   ...  ") is U


def test_same_statement_same_result(engine):
    assert engine.check("Naltrexone blocks dissociation.") == engine.check("Naltrexone blocks dissociation.")


def test_all_where_the_source_says_some_contradicts(engine):
    assert verdict(engine, "Some participants received naltrexone before ketamine.") is S
    assert verdict(engine, "All participants took naltrexone before ketamine.") is C


def test_a_relation_denied_outright_contradicts(engine):
    assert verdict(engine, "Ketamine has no side effects.") is C
    assert verdict(engine, "Ketamine does not cause hallucinations.") is U


def test_passive_verb_with_another_agent_is_not_the_subjects_doing(engine):
    statement = (
        "The antidepressant benefits of ketamine disappeared when the opioid system was blocked with naltrexone."
    )
    assert verdict(engine, statement) is not C


def test_antonym_denied_settles_nothing(engine):
    assert verdict(engine, "Naltrexone did not strengthen the antidepressant effect.") is U


def test_antonym_contradicts_a_negative_finding_too(engine):
    assert verdict(engine, "Naltrexone increased the dissociative effects of ketamine.") is C


def test_counterpart_names_are_not_sentence_initial_capitals(engine):
    assert verdict(engine, "Nature published nothing about this.") is U


def test_a_typo_reads_as_the_word_it_drops_a_letter_from(engine):
    result = engine.check("The editorial was writen by Mark George.")
    assert result.verdict is S
    assert "read 'writen' as 'written'" in result.reasons


def test_common_words_are_not_corrected_into_cues(engine):
    result = engine.check("Dissociation and addiction are among ketamine's downsides.")
    assert not any("among" in r for r in result.reasons if r.startswith("read "))


def test_a_relative_clause_takes_its_antecedent_as_subject(engine):
    assert verdict(engine, "Naltrexone, which is an opioid blocker, did not block dissociation.") is S


def test_a_reporting_clause_with_the_right_source_is_fine(engine):
    assert verdict(engine, "Stanford researchers found that naltrexone blunted ketamine's antidepressant effect.") is S


def test_a_qualifier_the_source_gives_elsewhere_does_not_carry_over(engine):
    # The article says ketamine relieves depression quickly, never that it activates anything quickly.
    assert verdict(engine, "Ketamine quickly activates the opioid system.") is U
    assert verdict(engine, "Ketamine quickly relieves severe depression.") is S


def test_naming_who_made_a_suggestion_attributes_it(engine):
    assert verdict(engine, "George wants researchers to spend more time studying vagus nerve stimulation.") is S
    assert verdict(engine, "Electroconvulsive therapy is an underused treatment for depression.") is U


@pytest.mark.parametrize(
    "statement",
    [
        "Ketamine is the only drug that quickly relieves depression.",
        "Most participants took naltrexone.",
        "Ketamine quickly relieves depression in most patients.",
        "Naltrexone blocked the antidepressant effect in every patient.",
    ],
)
def test_quantifiers_and_exclusives_the_source_never_uses_are_not_supported(engine, statement):
    assert verdict(engine, statement) is not S


def test_a_causal_link_the_source_only_hypothesises_is_not_supported(engine):
    assert verdict(engine, "Ketamine relieves depression because it blocks NMDA receptors.") is U
    assert verdict(engine, "Ketamine relieves depression because it activates the opioid system.") is S


def test_a_question_the_editorial_raised_is_not_its_assertion(engine):
    assert verdict(engine, "According to the editorial, ketamine is merely another opioid.") is U
    assert verdict(engine, "George questioned whether ketamine is merely another opioid in a novel form.") is S


def test_a_finding_needs_no_hedge_even_beside_the_hypothesis_it_confirms(engine):
    assert verdict(engine, "Ketamine acts on the opioid system to relieve depression, a small study finds.") is S


def test_a_year_or_a_month_the_article_never_gives_is_not_supported(engine):
    assert verdict(engine, "The study recruited 30 participants in 2018.") is U
    assert verdict(engine, "The study was published in the American Journal of Psychiatry in August.") is U


def test_what_the_article_leaves_open_is_not_supported(engine):
    # "whether the temporary relief it provides is worth it": a question, not an answer.
    assert verdict(engine, "The temporary relief ketamine provides is worth the side effects.") is U
    assert verdict(engine, "It is unclear whether ketamine's relief is worth its risks.") is S
    # "researchers are still working to understand what makes ketamine so effective"
    assert verdict(engine, "Researchers understand what makes ketamine so effective.") is C
    assert verdict(engine, "Researchers are still working to understand how ketamine works.") is S


def test_all_cannot_stand_for_the_twelve_who_took_both(engine):
    assert verdict(engine, "All participants took both naltrexone and placebo.") is C
    assert verdict(engine, "Of all of the participants, 12 took both naltrexone and a placebo.") is S


def test_the_most_specific_supported_claim_is_the_one_shown(engine):
    # Both "stopped early" and "stopped early for the participants' safety" hold; the second says more.
    stopped = engine.check("The trial was stopped early for the safety of the participants.")
    assert stopped.claim_id == "trial-stopped-for-participants"
    # Both "all received ketamine" and "some received naltrexone first" hold; the second has a qualifier.
    received = engine.check("Some participants received naltrexone before ketamine.")
    assert received.claim_id == "some-received-naltrexone-first"


def test_a_mechanism_said_to_be_unknown_is_the_open_question(engine):
    assert verdict(engine, "Ketamine's mechanism of action is unknown.") is S
    assert verdict(engine, "George calls for more research into ketamine's mechanism of action.") is S
    # "unknown risks" is a thing of its own, not an open question.
    assert verdict(engine, "Ketamine comes with unknown risks.") is U


def test_it_with_nothing_named_is_the_topic_and_may_agree_but_not_accuse(engine):
    # Coverage is about ketamine: "It" standing alone is taken for it.
    assert verdict(engine, "It acts like an opioid.") is S
    assert verdict(engine, "Opioid blocker stops the drug's antidepressant effect") is S
    # Said of ketamine this would be contradicted, but "it" may be naltrexone: a guess accuses no one.
    result = engine.check("It blocks opioid receptors.")
    assert result.verdict is U
    assert any("'It' is taken for ketamine" in r for r in result.reasons)
    assert verdict(engine, "Ketamine blocks opioid receptors.") is C


def test_a_denied_permission_denies_nothing_of_what_it_is_for(engine):
    # "not approved to treat depression" says nothing of whether ketamine relieves it.
    assert verdict(engine, "Ketamine is not approved to treat depression.") is U
    assert verdict(engine, "Ketamine did not seem to relieve depression.") is C


def test_what_earlier_studies_credit_nmda_antagonism_with_is_a_hypothesis(engine):
    assert verdict(engine, "The drug blocks NMDA receptors, which scientists think may treat depressive symptoms.") is S
    assert verdict(engine, "NMDA receptor antagonism relieves depression.") is U


def test_any_word_for_all_is_the_sources_all(engine):
    # The source says "All were enrolled to receive ketamine".
    assert verdict(engine, "Every participant received ketamine.") is S
    assert verdict(engine, "Each participant was enrolled to receive ketamine.") is S


def test_a_number_said_of_all_of_a_group_is_its_size(engine):
    result = engine.check("All 20 patients received ketamine.")
    assert result.verdict is C
    assert result.claim_id == "recruited-30"
    assert verdict(engine, "All 30 patients received ketamine.") is S
    # A group narrowed by a clause, or no "all": the number says nothing of the whole.
    assert verdict(engine, "All 20 patients who responded received ketamine.") is U
    assert verdict(engine, "20 patients received ketamine.") is not C


def test_a_degree_word_inside_a_cue_leaves_it_whole(engine):
    assert verdict(engine, "The findings suggest ketamine may work partly through the brain's opioid system.") is S


def test_a_supposition_said_with_a_noun_contradicts_no_finding(engine):
    assert verdict(engine, "The hypothesis was that naltrexone blocks dissociation.") is U
    assert verdict(engine, "The hypothesis was that ketamine interacts with opioid receptors.") is S
    assert verdict(engine, "The conclusion is that opioid receptors are necessary for ketamine's antidepressant effect.") is S


def test_a_clause_joined_by_so_is_said_not_reported(engine):
    assert verdict(engine, "The trial used an open-label design, so participants knew what they received.") is C
    # A reporting verb after both clauses still reports them.
    assert verdict(engine, "Naltrexone blocked the effect, so ketamine works through the opioid system, Williams said.") is U


def test_a_hypothesis_shown_is_no_longer_its_authors(engine):
    # George raised the possibility; "showed" credits him with a finding, which is the study's.
    assert verdict(engine, "George showed that ketamine acts like an opioid.") is U
    assert verdict(engine, "George's Stanford study showed that ketamine acts like an opioid.") is U
    assert verdict(engine, "George warned that ketamine may act like an opioid.") is S
    assert verdict(engine, "George found that ketamine may be another opioid.") is S


def test_a_share_of_the_recruits_is_checked_against_who_took_both(engine):
    assert verdict(engine, "Fewer than half of the thirty recruits completed both arms.") is S
    assert verdict(engine, "Most of the thirty recruits finished both conditions.") is C


def test_what_the_source_says_without_a_condition_is_not_said_under_it(engine):
    # The source says how relief fares with naltrexone first; its general claim does not cover that case.
    assert verdict(engine, "When patients took naltrexone first, ketamine relieved their depression just as well.") is U
    assert verdict(engine, "Ketamine did not relieve depression in the naltrexone arm or the placebo arm.") is U
    assert verdict(engine, "Ketamine relieved depression.") is S


def test_a_narrowed_group_in_an_asserted_clause_is_still_checked(engine):
    assert verdict(engine, "The study enrolled 30 people who did not have depression.") is C
    assert verdict(engine, "All 18 remaining participants received ketamine.") is U
    assert verdict(engine, "Ketamine works entirely through the opioid system.") is U
