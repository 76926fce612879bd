"""How a clause hangs in its sentence: reported, hedged, asserted, and by whom."""

from __future__ import annotations

from ketacheck.reading import Link

from .helpers import named, token


def clause_of(reader, statement: str, word: str):
    reading = reader.read(statement)
    return reading, reading.clause_at(token(reading, word))


def test_a_framing_verb_reports_its_clause_and_its_subject_is_the_source(reader):
    _, clause = clause_of(reader, "The researchers found that naltrexone blocked the antidepressant effect.", "blocked")
    assert clause.link is Link.REPORTED
    assert named(clause.sources) == ["the researchers"]
    assert clause.asserted and not clause.hedged


def test_a_passive_framing_verbs_subject_is_what_is_said_not_who_says_it(reader):
    _, clause = clause_of(reader, "Naltrexone is known to block the antidepressant effect.", "block")
    assert clause.link is Link.REPORTED
    assert named(clause.sources) == []


def test_a_hedging_verb_hedges_its_clause(reader):
    _, clause = clause_of(reader, "The study suggests that ketamine activates the opioid system.", "activates")
    assert clause.link is Link.REPORTED and clause.hedged


def test_a_modal_hedges_its_clause(reader):
    _, clause = clause_of(reader, "Ketamine might activate the opioid system.", "activate")
    assert clause.hedged


def test_a_denied_frame_does_not_assert_its_clause(reader):
    _, clause = clause_of(reader, "The study does not prove that ketamine acts on the opioid system.", "acts")
    assert not clause.asserted


def test_a_denying_verb_does_not_assert_its_clause(reader):
    _, clause = clause_of(reader, "George doubted that ketamine is another opioid.", "is")
    assert clause.link is Link.REPORTED
    assert not clause.asserted


def test_whether_leaves_a_clause_open(reader):
    _, clause = clause_of(reader, "Researchers asked whether ketamine activates the opioid system.", "activates")
    assert clause.link is Link.OPEN and not clause.asserted


def test_whether_or_concedes_and_asserts(reader):
    _, clause = clause_of(reader, "Dissociation was similar whether patients took naltrexone or a placebo.", "took")
    assert clause.link is Link.ADVERBIAL and clause.asserted


def test_if_makes_a_condition_which_hedges(reader):
    _, clause = clause_of(reader, "If ketamine works like an opioid, patients could become dependent.", "works")
    assert clause.link is Link.CONDITION and clause.hedged


def test_a_question_asserts_nothing(reader):
    _, clause = clause_of(reader, "Does naltrexone block dissociation?", "block")
    assert not clause.asserted


def test_a_noun_that_frames_reports_its_content(reader):
    _, clause = clause_of(reader, "A key insight is the discovery that naltrexone blocks the antidepressant effect.", "blocks")
    assert clause.link is Link.REPORTED and clause.asserted


def test_a_source_the_database_does_not_know_is_kept_as_a_name(reader):
    reading, clause = clause_of(reader, "Airan said that ketamine activates the opioid system.", "activates")
    assert [reading.tokens[i].text for i in clause.source_names] == ["Airan"]


def test_a_source_marked_as_another_is_kept(reader):
    _, clause = clause_of(
        reader, "We present pilot data that indicate that naltrexone does not attenuate ketamine's effect.", "attenuate"
    )
    assert clause.other_source == "pilot data"


def test_according_to_names_the_source(reader):
    _, clause = clause_of(reader, "According to the editorial, ketamine may be another opioid.", "be")
    assert named(clause.sources) == ["editorial"]


def test_a_clause_under_a_clause_that_is_not_asserted_is_not_asserted(reader):
    statement = "The study does not prove that researchers found that naltrexone blocks dissociation."
    _, clause = clause_of(reader, statement, "blocks")
    assert clause.link is Link.REPORTED
    assert not clause.asserted


def test_what_someone_expected_is_not_asserted(reader):
    _, clause = clause_of(reader, "The team had expected naltrexone to make no difference.", "make")
    assert clause.link is Link.REPORTED
    assert not clause.asserted


def test_a_counterfactual_condition_and_what_would_have_been_are_not_asserted(reader):
    statement = "Had the trial not been stopped early, more than 12 participants would have completed both arms."
    _, condition = clause_of(reader, statement, "stopped")
    assert condition.link is Link.CONDITION and not condition.asserted
    _, outcome = clause_of(reader, statement, "completed")
    assert not outcome.asserted
    _, plain = clause_of(reader, "The trial was stopped early.", "stopped")
    assert plain.asserted


def test_what_someone_means_or_needs_to_do_is_not_said_done(reader):
    for statement in (
        "Researchers want to understand what makes ketamine effective.",
        "The team tried to understand what makes ketamine effective.",
        "Scientists need to understand what makes ketamine effective.",
    ):
        _, clause = clause_of(reader, statement, "understand")
        assert clause.link is Link.RAISED and not clause.asserted, statement
    # A verb of seeming only hedges what it raises.
    _, clause = clause_of(reader, "Naltrexone appears to block the antidepressant effect.", "block")
    assert clause.link is Link.RAISED and clause.hedged and clause.asserted


def test_what_a_causative_verb_makes_someone_do_is_said_as_done(reader):
    _, clause = clause_of(reader, "The outcomes prompted the investigators to halt the trial early.", "halt")
    assert clause.link is Link.RAISED
    assert clause.asserted and not clause.hedged


def test_a_bare_infinitive_after_let_is_said_as_done(reader):
    _, clause = clause_of(reader, "The same properties let it work as an anesthetic.", "work")
    assert clause.link is Link.RAISED


def test_what_would_have_been_stays_unasserted_when_someone_reports_it(reader):
    _, clause = clause_of(reader, "Dr. Williams said it would have been unethical to continue the trial.", "continue")
    assert not clause.asserted
    _, reported = clause_of(reader, "Dr. Williams said the trial was stopped early.", "stopped")
    assert reported.asserted


def test_a_copula_says_what_a_framing_noun_holds(reader):
    reading = reader.read("The conclusion from the research is that opioid receptors are necessary for the effect.")
    clause = reading.clauses[reading.clause_of[token(reading, "necessary")]]
    assert clause.link is Link.REPORTED
    assert reading.tokens[clause.framer].norm == "conclusion"
    assert not clause.hedged
    reading = reader.read("The hypothesis was that ketamine interacts with opioid receptors.")
    clause = reading.clauses[reading.clause_of[token(reading, "interacts")]]
    assert (clause.link, clause.hedged) == (Link.REPORTED, True)


def test_an_activity_a_copula_weighs_is_not_said_to_be_done(reader):
    reading = reader.read("Understanding ketamine's mechanism of action is critical to advancing its use.")
    clause = reading.clauses[reading.clause_of[token(reading, "Understanding")]]
    assert not clause.asserted
    reading = reader.read("Taking naltrexone before ketamine lessened the antidepressant effect.")
    assert reading.clauses[reading.clause_of[token(reading, "Taking")]].asserted


def test_an_idea_a_denying_verb_rejects_is_not_asserted(reader):
    reading = reader.read("George rejected the idea that ketamine is another opioid.")
    (reported,) = [c for c in reading.clauses if c.link is Link.REPORTED]
    assert not reported.asserted
    reading = reader.read("George raised the idea that ketamine is another opioid.")
    (reported,) = [c for c in reading.clauses if c.link is Link.REPORTED]
    assert reported.asserted
