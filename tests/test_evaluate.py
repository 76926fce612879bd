"""Scoring against labelled sets, and the bar the dev set must clear."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ketacheck.errors import InputError
from ketacheck.evaluate import evaluate, read_labelled
from ketacheck.records import Verdict

from .conftest import DEV_SET


def labelled(text: str):
    return list(read_labelled(io.StringIO(text), "test.tsv"))


def test_dev_set_clears_the_bar(engine):
    if not DEV_SET.exists():
        pytest.skip("../shared/eval/dev.tsv is not beside this checkout")
    with DEV_SET.open(encoding="utf-8") as stream:
        report = evaluate(engine, read_labelled(stream))
    assert report.dangerous == 0, report.misses
    assert report.false_alarms == 0, report.misses
    assert report.macro_f1 >= 0.97, report.misses


def test_real_sentences_from_coverage_clear_the_bar(engine):
    """86 sentences copied from coverage of the study: most say more than the article, and must not be
    called contradicted for it, nor supported."""
    path = DEV_SET.parent / "realworld-dev.tsv"
    if not path.exists():
        pytest.skip("../shared/eval/realworld-dev.tsv is not beside this checkout")
    with path.open(encoding="utf-8") as stream:
        report = evaluate(engine, read_labelled(stream, str(path)))
    assert report.dangerous == 0, [m for m in report.misses if m.dangerous]
    assert report.false_alarms <= 1, [m for m in report.misses if m.false_alarm]
    assert report.accuracy >= 0.90, report.summary


def test_scores_are_computed_from_the_confusion_matrix(engine):
    rows = labelled(
        "label\tkind\tstatement\n"
        "supported\tp\tNaltrexone lessened the antidepressant effect of ketamine.\n"
        "contradicted\tn\tNaltrexone blocks dissociation.\n"
        "unknown\to\tKetamine causes hallucinations.\n"
        # Deliberately mislabelled: the engine says contradicted, so this is a miss, and not a dangerous one.
        "supported\tx\tThe study was published in Nature.\n"
    )
    report = evaluate(engine, rows)
    assert report.total == 4
    assert report.confusion[Verdict.SUPPORTED] == {Verdict.SUPPORTED: 1, Verdict.CONTRADICTED: 1, Verdict.UNKNOWN: 0}
    assert report.per_label[Verdict.SUPPORTED].recall == 0.5
    assert report.per_label[Verdict.SUPPORTED].precision == 1.0
    assert report.per_label[Verdict.CONTRADICTED].precision == 0.5
    assert report.accuracy == 0.75
    assert report.dangerous == 0
    assert [m.line for m in report.misses] == [5]


def test_an_unsupported_statement_called_supported_is_dangerous(engine):
    report = evaluate(
        engine, labelled("label\tkind\tstatement\nunknown\tx\tNaltrexone lessened the antidepressant effect.\n")
    )
    assert report.dangerous == 1
    assert report.misses[0].dangerous


def test_a_false_alarm_is_counted_apart_from_other_misses(engine):
    report = evaluate(engine, labelled("label\tkind\tstatement\nunknown\tx\tNaltrexone blocks dissociation.\n"))
    assert report.false_alarms == 1
    assert report.dangerous == 0
    assert report.misses[0].false_alarm
    assert "false alarms 1" in report.summary


def test_either_of_two_labels_counts_as_right_and_recall_follows_the_first(engine):
    rows = labelled(
        "label\tkind\tstatement\n"
        # The engine says contradicted: right by the second label, not a false alarm.
        "supported|contradicted\tx\tNaltrexone blocks dissociation.\n"
        "unknown|supported\tx\tNaltrexone lessened the antidepressant effect of ketamine.\n"
    )
    assert rows[0].labels == (Verdict.SUPPORTED, Verdict.CONTRADICTED)
    assert rows[0].label is Verdict.SUPPORTED
    report = evaluate(engine, rows)
    assert report.accuracy == 1.0
    assert report.misses == ()
    assert report.false_alarms == 0 and report.dangerous == 0
    # Of the one labelled supported first, none came back supported.
    assert report.per_label[Verdict.SUPPORTED].recall == 0.0
    # What came back supported may be: precision counts either label.
    assert report.per_label[Verdict.SUPPORTED].precision == 1.0
    assert report.confusion[Verdict.UNKNOWN][Verdict.SUPPORTED] == 1


def test_header_must_name_the_columns():
    with pytest.raises(InputError, match="line 1: header lacks column"):
        labelled("verdict\ttext\nsupported\tx\n")


def test_bad_label_names_its_line():
    with pytest.raises(InputError, match="line 3: label 'maybe'"):
        labelled("label\tkind\tstatement\nsupported\tk\ta\nmaybe\tk\tb\n")


def test_empty_file_is_an_input_error():
    with pytest.raises(InputError, match="empty file"):
        labelled("")


def test_no_rows_is_an_input_error(engine):
    with pytest.raises(InputError, match="no labelled statements"):
        evaluate(engine, labelled("label\tkind\tstatement\n"))


def test_our_own_labelled_statements_hold_their_bar(engine):
    """589 statements we wrote and labelled apart from the dev set, in the styles of news coverage.

    A regression guard, not a target: never a dangerous error, and a high macro-F1.
    """
    path = Path(__file__).parent / "data" / "labelled.tsv"
    with path.open(encoding="utf-8") as stream:
        report = evaluate(engine, read_labelled(stream, str(path)))
    assert report.dangerous == 0, [m for m in report.misses if m.dangerous]
    assert report.false_alarms == 0, [m for m in report.misses if m.false_alarm]
    assert report.macro_f1 >= 0.95, report.summary
