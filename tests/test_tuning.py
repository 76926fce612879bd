"""Each tuning number pinned by what it changes (ketacheck/tuning.py)."""

from __future__ import annotations

import pytest

from ketacheck import tuning
from ketacheck.records import Verdict
from ketacheck.scan import scan_text

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNKNOWN


def test_a_statement_fully_accounted_for_scores_base_plus_share_weight(engine):
    result = engine.check("Naltrexone blocked the antidepressant effect.")
    assert result.verdict is S
    assert result.score == tuning.BASE_SCORE + tuning.SHARE_WEIGHT == 1.0


def test_each_misspelling_costs_the_correction_penalty(engine):
    result = engine.check("Naltrexoen blocked the antidepressant effect.")
    assert result.verdict is S
    assert result.score == round(1.0 - tuning.CORRECTION_PENALTY, 3)


def test_decided_verdicts_stay_at_or_above_the_floor_and_unknowns_below_it(engine):
    decided = engine.check("Naltrexoen bloks dissocaition, sayd the unrelated blogg.")
    assert decided.verdict is C
    unknown = engine.check("Naltrexone blocked the antidepressant effect in teenagers.")
    assert decided.score >= tuning.DECIDED_FLOOR
    assert unknown.verdict is U and 0 < unknown.score <= tuning.UNKNOWN_CEILING < tuning.DECIDED_FLOOR


def test_climb_limit_reaches_through_a_verb_chain(engine, monkeypatch):
    statement = "Naltrexone did not appear to have blocked the antidepressant effect."
    assert engine.check(statement).verdict is C
    monkeypatch.setattr("ketacheck.reading.roles.CLIMB_LIMIT", 1)
    assert engine.check(statement).verdict is not C


def test_chain_limit_takes_a_light_verbs_negation(engine, monkeypatch):
    statement = "Naltrexone did not have an effect on ketamine's antidepressant effect."
    assert engine.check(statement).verdict is C
    monkeypatch.setattr("ketacheck.engine.rules.CHAIN_LIMIT", 0)
    assert engine.check(statement).verdict is not C


def test_filler_depth_reads_into_a_phrase_that_names_nothing(engine, monkeypatch):
    statement = "The use of ketamine depends on the opioid system."
    assert engine.check(statement).verdict is S
    monkeypatch.setattr("ketacheck.reading.roles.FILLER_DEPTH", 0)
    assert engine.check(statement).verdict is U


def test_words_shorter_than_name_min_letters_are_never_corrected(reader):
    assert tuning.NAME_MIN_LETTERS == 5
    assert reader.read("Mrak George wrote it.").corrections == []  # four letters
    assert reader.read("Goerge wrote the editorial.").corrections == ["read 'Goerge' as 'george'"]


def test_cue_words_are_corrected_only_from_cue_min_letters(reader):
    assert tuning.CUE_MIN_LETTERS == 6
    assert reader.read("Naltrexone bloked the effect.").corrections == ["read 'bloked' as 'blocked'"]
    assert reader.read("Naltrexone lssen the effect.").corrections == []  # five letters, towards 'lessen'


def test_two_slips_only_towards_a_name_of_short_word_letters(reader):
    assert tuning.SHORT_WORD_LETTERS == 8
    assert reader.read("Naltreoxne blocked it.").corrections == ["read 'Naltreoxne' as 'naltrexone'"]
    assert reader.read("Mopr hine blocked it.").corrections == []


def test_capitalised_share_sends_a_headline_to_the_parser_in_lower_case():
    from ketacheck.reading.parser import _shouting
    from ketacheck.text.normalize import tokenize

    assert _shouting(tokenize("Ketamine Seems To Act Like An Opioid"))
    assert not _shouting(tokenize("Researchers at Stanford University found that ketamine acts on opioids."))


def test_min_words_checked_in_a_draft(engine):
    text = "Naltrexone blocks the dissociation.\n\nNaltrexone blocks dissociation.\n"
    document = scan_text(engine, text, "d.md")
    assert [item.sentence.text for item in document.checked] == ["Naltrexone blocks the dissociation."]
    assert tuning.MIN_WORDS_CHECKED == 4


def test_rejections_shown_at_most(engine):
    statement = "A pilot study found that naltrexone blocked dissociation, lessened the effect and stopped the trial."
    shown = [r for r in engine.check(statement).reasons if " not compared: " in r]
    assert 0 < len(shown) <= tuning.REJECTIONS_SHOWN


def test_quote_min_words_tells_scare_quotes_from_a_quotation(engine):
    # Two words in quotes the source does not hold change nothing; three are a quotation it does not hold.
    assert engine.check('Morphine is an "opioid drug".').quote is None
    assert engine.check('Morphine is "an opioid drug".').quote == "not in the source"
    assert tuning.QUOTE_MIN_WORDS == 3


def test_misquote_needs_min_words_and_similarity(engine):
    # Three words one off ("reduced or blocked") are too short to call a misquote; four are not.
    short = engine.check('The study found that naltrexone "reduced or blocked" the antidepressant effects.')
    assert short.quote != "misquoted"
    assert tuning.MISQUOTE_MIN_WORDS == 4
    # "must" for "should" in nine words is alike enough; a sentence of other words is not.
    assert engine.check('George wrote: "we must be cautious about widespread and repeated use."').quote == "misquoted"
    assert engine.check('George wrote: "we must be careful about any use of new drugs."').quote == "not in the source"
    assert tuning.MISQUOTE_SIMILARITY == 0.75


@pytest.mark.parametrize("name", [n for n in dir(tuning) if n.isupper()])
def test_every_number_is_documented(name):
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(tuning))
    documented = {
        node.targets[0].id
        for node, following in zip(tree.body, tree.body[1:], strict=False)
        if isinstance(node, ast.Assign)
        and isinstance(following, ast.Expr)
        and isinstance(following.value, ast.Constant)
        and isinstance(following.value.value, str)
    }
    assert name in documented
