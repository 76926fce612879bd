"""What each negation cue negates, read from the parse."""

from __future__ import annotations

from .helpers import token


def targets(reader, statement: str) -> dict[str, str]:
    reading = reader.read(statement)
    return {cue.text.lower(): reading.tokens[cue.target].text.lower() for cue in reading.negations}


def test_not_negates_its_verb(reader):
    assert targets(reader, "Naltrexone did not block dissociation.") == {"did not": "block"}


def test_no_negates_its_noun(reader):
    assert targets(reader, "Naltrexone had no effect on the antidepressant effect.") == {"no": "effect"}


def test_without_negates_what_it_governs(reader):
    assert targets(reader, "Ketamine relieves depression without dissociation.") == {"without": "dissociation"}


def test_fail_to_negates_the_verb_it_governs(reader):
    assert targets(reader, "Naltrexone failed to block dissociation.")["failed to"] == "block"


def test_neither_nor_negates_each_conjunct(reader):
    found = targets(reader, "The study was neither randomized nor blinded.")
    assert found == {"neither": "randomized", "nor": "blinded"}


def test_not_after_but_negates_the_noun_it_stands_before(reader):
    found = targets(reader, "Naltrexone blocked the antidepressant effect but not the dissociation.")
    assert found == {"not": "dissociation"}


def test_it_is_not_true_that_denies_the_clause_after_it(reader):
    reading = reader.read("It is not true that naltrexone blocked dissociation.")
    (cue,) = reading.negations
    assert cue.sentential and cue.target == token(reading, "blocked")
    assert [cue.text for cue in reading.denials(reading.clause_of[token(reading, "blocked")])] == ["It is not true that"]
    assert cue.degree is None
    # A denial of a clause is not a negation of any one word in it.
    assert reading.negations_on(token(reading, "blocked")) == []


def test_pseudo_negations_negate_nothing(reader):
    assert targets(reader, "Naltrexone not only lessened but blocked the antidepressant effect.") == {}


def test_a_cue_after_the_phrase_negates_the_subject_it_follows(reader):
    assert targets(reader, "Dissociation did not occur.") == {"did not occur": "dissociation"}


def test_not_after_a_noun_and_a_comma_negates_the_noun_after_it(reader):
    # The parser hangs "not" from "dissociation"; the denial is of "the antidepressant effect".
    assert targets(reader, "Naltrexone blocked the dissociation, not the antidepressant effect.") == {"not": "effect"}


def test_rather_than_negates_the_phrase_after_it(reader):
    assert targets(reader, "The editorial was written by Mark George rather than by Nolan Williams.") == {"rather than": "williams"}
    assert targets(reader, "Some participants received a placebo, rather than naltrexone.") == {"rather than": "naltrexone"}


def test_a_negation_inside_a_phrase_the_lexicon_knows_is_part_of_what_it_names(reader):
    reading = reader.read("Participants had depression that had failed to respond to treatment.")
    resistant = next(m for m in reading.entities if m.ids == ("treatment-resistant-depression",))
    assert resistant.negations == []



def test_a_subject_that_names_no_one_negates_its_verb(reader):
    assert targets(reader, "Nobody found that naltrexone blocked dissociation.") == {"nobody": "found"}
    assert targets(reader, "No one has shown that ketamine activates the opioid system.") == {"no one": "shown"}


def test_wrong_to_say_that_denies_the_clause_after(reader):
    assert targets(reader, "It is wrong to say that naltrexone blocks dissociation.") == {"it is wrong to say that": "blocks"}


def test_failure_to_negates_the_verb_it_governs(reader):
    assert targets(reader, "The researchers noted naltrexone's failure to block dissociation.") == {"failure to": "block"}


def test_doing_nothing_to_negates_the_infinitive(reader):
    # The parser hangs "to stop" from "nothing" as a relative clause; "did nothing to stop X" does not stop X.
    assert targets(reader, "Naltrexone did nothing to stop the sensation of dissociation.") == {"nothing": "stop"}


def test_a_word_that_only_stresses_may_stand_inside_a_negative_cue(engine):
    from tests.engine.helpers import S, check

    verdict, reasons = check(engine, "No one was really sure why ketamine worked.")
    assert verdict is S
    assert "negative cue 'No one was really sure'" in reasons


def test_a_denied_word_of_truth_denies_the_clause_it_takes(reader):
    for statement in (
        "It's simply not true that naltrexone blocked dissociation.",
        "It would not be correct to say that naltrexone blocked dissociation.",
        "It is not really the case that naltrexone blocked dissociation.",
    ):
        reading = reader.read(statement)
        denial = next(cue for cue in reading.negations if cue.sentential)
        assert reading.tokens[denial.target].text == "blocked", statement
    # Graded, the denial names its degree, for the rules to weigh.
    reading = reader.read("It is not entirely true that naltrexone blocked dissociation.")
    assert [(cue.text, cue.degree) for cue in reading.negations if cue.sentential] == [("not entirely true", "entirely")]
    # On the copula too, and where the cue is a pseudo-negation that only grades ("not necessarily").
    for statement, degree in (
        ("It is not always the case that naltrexone blocked dissociation.", "always"),
        ("It is not necessarily true that naltrexone blocked dissociation.", "necessarily"),
    ):
        reading = reader.read(statement)
        (denial,) = [cue for cue in reading.negations if cue.sentential]
        assert (reading.tokens[denial.target].text, denial.degree) == ("blocked", degree), statement


def test_do_as_the_verb_itself_is_no_part_of_the_cue(reader):
    # "done not at Yale": "done" is the main verb, and the "not" denies the "at" it stands before.
    reading = reader.read("The study was done not at Yale but at Stanford.")
    (cue,) = reading.negations
    assert cue.text == "not"
    assert reading.tokens[cue.target].text == "at"
