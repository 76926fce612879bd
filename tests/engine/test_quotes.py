"""Quotations: quoted words checked word for word against the source, and who is credited with them."""

from __future__ import annotations

import pytest

from ketacheck.engine.quotes import difference_text
from ketacheck.text.quotes import quoted_passages
from tests.engine.helpers import C, S, U, check

CAUTIOUS = "we should be cautious about widespread and repeated use of ketamine"


@pytest.mark.parametrize(
    "statement",
    [
        f'George wrote: "{CAUTIOUS}."',
        f"George wrote: “{CAUTIOUS.capitalize()}”",  # curly quotes, a capital, no closing stop
        f'"{CAUTIOUS}," Dr. Mark George wrote in the editorial.',
        'George wrote that "[w]ith these new findings, we should be cautious … before further mechanistic '
        'testing has been performed."',  # a bracketed change, and an ellipsis for words left out
        'George wrote: "With these new findings, we should be cautious... whether ketamine is merely another '
        'opioid in a novel form."',  # three dots, and no brackets
        'George wrote: "we should be\n   cautious about widespread and repeated use of ketamine."',  # wrapped
        "The researchers found that naltrexone 'lessened or blocked' the drug's antidepressant effects.",
    ],
)
def test_the_sources_words_quoted_word_for_word_are_supported(engine, statement):
    result = engine.check(statement)
    assert result.verdict is S, result.reasons
    assert result.quote == "verbatim"


def test_a_changed_word_is_a_misquote_with_the_sources_words_and_the_difference(engine):
    result = engine.check('George wrote: "we must be cautious about widespread and repeated use of ketamine."')
    assert result.verdict is C
    assert result.quote == "misquoted"
    assert result.evidence is not None and "we should be cautious" in result.evidence
    assert ("dropped", "should") in result.difference and ("added", "must") in result.difference
    assert "'must' for 'should'" in " | ".join(result.reasons)


def test_words_dropped_and_changed_without_an_ellipsis_are_a_misquote(engine):
    verdict, reasons = check(
        engine, 'George wrote that overusing ketamine "might perhaps grow the third head of opioid addiction."'
    )
    assert verdict is C
    assert "dropped 'unintentionally'" in reasons and "'addiction' for 'dependence'" in reasons


def test_the_right_words_credited_to_someone_else_are_misattributed(engine):
    result = engine.check(f'"{CAUTIOUS.capitalize()}," said Boris Heifets.')
    assert result.verdict is C
    assert result.quote == "misattributed"
    assert "the source gives these words to Dr. Mark George, not to 'Boris Heifets'" in " | ".join(result.reasons)


def test_a_phrase_too_short_to_be_anyones_is_not_misattributed(engine):
    # George's "another opioid", credited to the study in two words, is a phrase anyone may use.
    result = engine.check("A new study asks whether ketamine is just “another opioid” in disguise.")
    assert result.verdict is not C
    assert result.quote is None


@pytest.mark.parametrize(
    "statement",
    [
        '"Ketamine is a wonder drug," George wrote.',
        '"Ketamine is a wonder drug," said Boris Heifets.',
        # The article's own words are not George's to have said.
        "George wrote that naltrexone 'lessened or blocked' the antidepressant effects.",
    ],
)
def test_words_the_source_does_not_quote_are_unknown(engine, statement):
    result = engine.check(statement)
    assert result.verdict is U
    assert result.quote == "not in the source"


def test_the_sources_words_around_a_quotation_do_not_excuse_what_the_statement_asserts(engine):
    # George asked whether ketamine is merely another opioid; calling it one asserts what he only asked.
    for statement in (
        "George called ketamine 'another opioid in a novel form'.",
        "George said 'further mechanistic testing' has been performed.",
    ):
        verdict, reasons = check(engine, statement)
        assert verdict is U, statement
        assert "not in the evidence" in reasons, statement
    # What the frames around the quotation support still stands.
    verdict, _ = check(engine, 'George wrote that overusing ketamine "might perhaps unintentionally grow the third head of opioid dependence."')
    assert verdict is S


def test_the_words_around_a_quotation_are_checked_too(engine):
    verdict, reasons = check(engine, f'George warned on Twitter that "{CAUTIOUS}."')
    assert verdict is U
    assert "'Twitter'" in reasons
    # And a frame around verbatim words still contradicts.
    assert check(engine, "The researchers found that naltrexone 'lessened or blocked' dissociation.")[0] is C


def test_a_statement_without_quotes_has_no_quote_fields(engine):
    result = engine.check("Naltrexone blocks dissociation.")
    assert result.quote is None and result.difference == ()


def test_passages_are_found_in_any_quotes_but_an_apostrophe_is_no_quote():
    found = quoted_passages("The patients' well-being: “we should” and 'be cautious' — ketamine's \"use\"")
    assert [p.words for p in found] == [("we", "should"), ("be", "cautious"), ("use",)]
    # An ellipsis cuts a passage into runs that must each stand in the source, in order.
    (passage,) = quoted_passages('"we should be cautious … repeated use"')
    assert passage.runs == (("we", "should", "be", "cautious"), ("repeated", "use"))


def test_the_difference_reads_as_a_word_diff():
    assert difference_text((("same", "we"), ("dropped", "should"), ("added", "must"))) == "we [-should-] {+must+}"
