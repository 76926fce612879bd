"""Renderers: every format has one, and each writes what it promises."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest

from ketacheck.records import as_document
from ketacheck.render import RENDERERS, OutputFormat, record, renderer_for
from ketacheck.render.formats import ReportFormat
from ketacheck.render.report import REPORT_RENDERERS
from ketacheck.render.safe import printable


def test_every_output_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)


def test_every_report_format_has_a_renderer():
    assert set(REPORT_RENDERERS) == set(ReportFormat)


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_each_renderer_writes_every_statement(engine, output_format):
    out = io.StringIO()
    renderer = renderer_for(output_format, out)
    renderer.start()
    statements = ["Naltrexone blocks dissociation.", "Morphine is an opioid drug."]
    tally = Counter()
    for line, statement in enumerate(statements, start=1):
        result = engine.check(statement)
        tally[result.verdict] += 1
        renderer.result(line, result)
    renderer.finish(tally)
    for statement in statements:
        assert statement in out.getvalue()


def test_record_is_json_serialisable_with_line_first(engine):
    data = record(7, engine.check("Naltrexone blocks dissociation."))
    assert next(iter(data)) == "line"
    assert json.loads(json.dumps(data))["line"] == 7


def test_printable_escapes_control_characters_but_keeps_text():
    assert printable("a\x1b[2Jb\x07c\td é 🙂") == "a\\x1b[2Jb\\x07c\td é 🙂"


def test_record_is_the_results_own_document(engine):
    for statement in ("Naltrexone blocks dissociation.", "Ketamine is purple.", "Morphine is an opioid."):
        result = engine.check(statement)
        assert record(3, result) == {"line": 3, **as_document(result)}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_quoted(start):
    from ketacheck.render.csvout import cell

    assert cell(f"{start}1+2 naltrexone") == f"'{start}1+2 naltrexone"
    assert cell("naltrexone -1") == "naltrexone -1"
