"""How a claim's frame is filled from a statement's roles: which mentions may stand on which side."""

from __future__ import annotations

from tests.engine.helpers import C, S, U, check


def test_what_a_reporting_verb_reports_is_not_its_object(engine):
    # "Williams wrote" is the study-by-williams frame only with the study as what he wrote.
    verdict, reasons = check(engine, "Nolan Williams wrote that the editorial accompanies the study.")
    assert verdict is U
    assert "study-by-williams" not in reasons
    # What he wrote here is the editorial, which George wrote.
    verdict, reasons = check(engine, "Nolan Williams wrote the editorial accompanying the study.")
    assert verdict is C
    assert "contradicted by george-wrote-editorial" in reasons
    verdict, _ = check(engine, "Nolan Williams wrote the study.")
    assert verdict is S


def test_an_indirect_question_is_what_a_verb_of_knowing_is_about(engine):
    # "which pill they got" is no clause that "knew" reports: it is what was (not) known.
    verdict, reasons = check(engine, "Neither the patients nor the researchers knew who got which pretreatment.")
    assert verdict is S
    assert "supported by blinded-to-assignment" in reasons
    verdict, reasons = check(engine, "The participants knew which pill they got.")
    assert verdict is C
    assert "contradicted by blinded-to-assignment" in reasons
    # A reported clause that merely holds such words is still no object.
    verdict, _ = check(engine, "Researchers know which drug works best.")
    assert verdict is U


def test_who_is_given_a_thing_is_not_what_a_relative_clause_names(engine):
    verdict, reasons = check(engine, "She won't give ketamine to patients who are on naltrexone.")
    assert verdict is U
    assert "contradicted by some-received-naltrexone-first" not in reasons


def test_an_effect_that_falls_after_a_drug_is_blocked_by_it(engine):
    assert check(engine, "Ketamine's antidepressant effect dropped after naltrexone.")[0] is S
    assert check(engine, "Ketamine's antidepressant action fell sharply after naltrexone.")[0] is S
    assert check(engine, "Ketamine's dissociation dropped after naltrexone.")[0] is C
    assert check(engine, "Ketamine's antidepressant effect did not drop after naltrexone.")[0] is C
    # Falling with time is no blocking.
    assert check(engine, "Ketamine's antidepressant effect faded after a week.")[0] is not S


def test_a_denied_light_verb_denies_its_objects_relation_not_having(engine):
    # "did not have any impact on ketamine's dissociative effects" denies the impact, not that ketamine causes them.
    statement = "Naltrexone did not have any impact on ketamine's dissociative effects."
    assert check(engine, statement)[0] is S
    assert check(engine, "Naltrexone had no effect on dissociation.")[0] is S


def test_what_a_preposition_sets_apart_fills_no_role(engine):
    # The main clause denies what the source says of the antidepressant effect, whatever it is set beside.
    for opener in ("Unlike", "In contrast to", "Compared with", "Like"):
        assert check(engine, f"{opener} dissociation, the antidepressant effect was not blocked by naltrexone.")[0] is C
    assert check(engine, "Ketamine's antidepressant effect dropped after naltrexone, unlike its dissociative effect.")[0] is not C
    assert check(engine, "Naltrexone did not block dissociation, unlike the antidepressant effect.")[0] is S
    # After a noun, 'like' gives examples.
    statement = "Ketamine carries side effects like dissociation and a risk of addiction."
    assert check(engine, statement)[0] is S


def test_what_came_later_brought_nothing_about(engine):
    assert check(engine, "Ketamine's antidepressant effect dropped before naltrexone was given.")[0] is not S
    assert check(engine, "The antidepressant effect shrank when patients took naltrexone first.")[0] is S


def test_a_preposition_joined_to_the_cues_own_holds_its_role_too(engine):
    # The second object is denied as much as the first: the source says naltrexone lessened that one.
    statement = "Naltrexone did not have any impact on dissociation or on the antidepressant effect."
    assert check(engine, statement)[0] is C
    assert check(engine, "Naltrexone had no effect on dissociation or on the antidepressant effect.")[0] is C
    assert check(engine, "Naltrexone had no effect on dissociation.")[0] is S


def test_a_verb_said_of_its_subject_alone_says_less_than_the_claim(engine):
    verdict, reasons = check(engine, "Ketamine works quickly.")
    assert verdict is S
    assert "supported by ketamine-quickly-relieves-depression: 'Ketamine' 'works', same polarity" in reasons
    # What it names beside the subject must still be in the evidence; its qualifier still weighs against the claim's.
    verdict, reasons = check(engine, "Ketamine works, but not in teenagers.")
    assert verdict is U
    assert "not in the evidence: 'teenagers'" in reasons
    verdict, _ = check(engine, "Ketamine works slowly.")
    assert verdict is C
    # Denied by the clause around it, a verb with no object settles nothing.
    verdict, reasons = check(engine, "It is not true that ketamine works.")
    assert verdict is U
    assert "its object unsaid, which settles nothing against the source" in reasons


def test_a_light_verb_with_no_entity_for_its_object_fills_no_frame(engine):
    # "Has" is a cue of causing; with its object unnamed it says nothing of what ketamine causes.
    verdict, reasons = check(engine, "Ketamine has benefits.")
    assert verdict is U
    assert "ketamine-causes-dissociation" not in reasons

