"""The command line, run for real: exit code first, then stdout and stderr apart."""

from __future__ import annotations

import json

import pytest

from ketacheck.cli import app

from .conftest import DEV_SET


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_contradicted_statement_exits_1_and_quotes_the_article(runner):
    result = run(runner, "check", "naltrexone blocks dissociation")
    assert result.exit_code == 1, result.output
    assert "CONTRADICTED" in result.stdout
    assert "but not the sensation of dissociation that it induced" in result.stdout
    assert "the study" in result.stdout
    assert result.stderr == ""


def test_supported_statement_exits_0(runner):
    result = run(runner, "check", "Naltrexone lessened the antidepressant effect of ketamine.")
    assert result.exit_code == 0, result.output
    assert "SUPPORTED" in result.stdout


def test_unknown_exits_0_unless_fail_on_unknown(runner):
    assert run(runner, "check", "Ketamine causes hallucinations.").exit_code == 0
    result = run(runner, "check", "--fail-on", "unknown", "Ketamine causes hallucinations.")
    assert result.exit_code == 1, result.output
    assert "UNKNOWN" in result.stdout


def test_fail_on_never_exits_0_even_when_contradicted(runner):
    assert run(runner, "check", "--fail-on", "never", "Naltrexone blocks dissociation.").exit_code == 0


def test_jsonl_skips_blank_lines_and_keeps_line_numbers(runner):
    result = run(runner, "check", "--format", "jsonl", input="a\n\nb\n")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["line"] for line in lines] == [1, 3]
    assert result.stdout.endswith("\n")


def test_jsonl_records_have_the_stable_fields_in_order(runner):
    result = run(runner, "check", "-f", "jsonl", "Naltrexone blocks dissociation.", "Ketamine is sold in shops.")
    assert result.exit_code == 1, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    fields = ["line", "statement", "verdict", "score", "claim_id", "claim", "evidence", "attribution", "reasons"]
    # What quotation checking added goes after the fields scripts already read.
    assert list(first) == [*fields, "quote", "difference"]
    assert first["verdict"] == "contradicted" and first["claim_id"] == "naltrexone-does-not-block-dissociation"
    assert second["line"] == 2 and second["verdict"] == "unknown"
    assert second["claim_id"] is None and second["claim"] is None and second["evidence"] is None


def test_json_is_one_array(runner):
    result = run(runner, "check", "--format", "json", "Naltrexone is an opioid blocker.", "Morphine is an opioid.")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [r["verdict"] for r in document] == ["supported", "supported"]


def test_json_of_nothing_is_an_empty_array(runner):
    result = run(runner, "check", "--format", "json", input="\n\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_dash_reads_stdin_in_order(runner):
    statements = ["Naltrexone blocks dissociation.", "Morphine is highly addictive.", "Ketamine is blue."]
    result = run(runner, "check", "-f", "jsonl", "-", input="\n".join(statements) + "\n")
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["statement"] for r in records] == statements
    assert [r["verdict"] for r in records] == ["contradicted", "supported", "unknown"]


def test_crlf_and_bom_are_read_as_plain_lines(runner):
    result = runner.invoke(
        app,
        ["check", "-f", "jsonl"],
        input="\ufeffMorphine is an opioid.\r\nNaltrexone is an opioid blocker.\r\n".encode(),
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["statement"] for r in records] == ["Morphine is an opioid.", "Naltrexone is an opioid blocker."]


def test_rich_markup_in_a_statement_is_shown_literally(runner):
    result = run(runner, "check", "[bold]Ketamine[/bold] is [sic] blue.")
    assert result.exit_code == 0, result.output
    assert "[bold]Ketamine[/bold] is [sic] blue." in result.stdout


def test_control_characters_never_reach_the_terminal_raw(runner):
    result = run(runner, "check", "Ketamine \x1b[31mis red")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "\\x1b" in result.stdout


def test_text_output_has_no_colour_codes_when_not_a_terminal(runner):
    result = run(runner, "check", "Naltrexone blocks dissociation.")
    assert "\x1b[" not in result.stdout


def test_explain_shows_the_reasons(runner):
    result = run(runner, "check", "--explain", "Naltrexone did not block the antidepressant effect.")
    assert result.exit_code == 1, result.output
    assert "negation 'did not'" in result.stdout


def test_missing_database_exits_2_with_one_line_on_stderr(runner, tmp_path):
    result = run(runner, "check", "--db", str(tmp_path / "none.json"), "x")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"ketacheck: database error: {tmp_path / 'none.json'}: no such file"]


def test_broken_database_exits_2_naming_the_claim(runner, database_copy):
    path = database_copy(lambda d: d["claims"][0].pop("evidence"))
    result = run(runner, "check", "--db", str(path), "x")
    assert result.exit_code == 2, result.output
    assert "claim 'ketamine-quickly-relieves-depression': evidence: Field required" in result.stderr
    assert "Traceback" not in result.stderr


def test_database_that_is_not_json_exits_2(runner, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text("not json at all")
    result = run(runner, "check", "--db", str(path), "x")
    assert result.exit_code == 2, result.output
    assert "not valid JSON" in result.stderr


def test_another_database_is_used_with_db(runner, database_copy):
    def edit(data):
        for claim in data["claims"]:
            if claim["id"] == "published-in-ajp":
                claim["object"] = "ajp"
        data["entities"]["ajp"]["aliases"].append("the blue journal")

    result = run(runner, "check", "--db", str(database_copy(edit)), "The study was published in the blue journal.")
    assert result.exit_code == 0, result.output
    assert "SUPPORTED" in result.stdout


def test_unknown_option_is_a_usage_error(runner):
    result = run(runner, "check", "--colour", "x")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_bad_format_is_a_usage_error(runner):
    result = run(runner, "check", "--format", "xml", "x")
    assert result.exit_code == 2


def test_version(runner):
    from ketacheck import __version__

    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"ketacheck {__version__}"


def test_eval_prints_scores_and_ends_with_a_summary(runner):
    if not DEV_SET.exists():
        pytest.skip("../shared/eval/dev.tsv is not beside this checkout")
    result = run(runner, "eval", str(DEV_SET))
    assert result.exit_code == 0, result.output
    assert "confusion" in result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("macro-F1 ") and "dangerous errors 0" in last


def test_eval_json_is_one_document(runner, tmp_path):
    path = tmp_path / "set.tsv"
    path.write_text("label\tkind\tstatement\ncontradicted\tn\tNaltrexone blocks dissociation.\n")
    result = run(runner, "eval", "--format", "json", str(path))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["total"] == 1 and document["macro_f1"] == 1.0 and document["dangerous"] == 0
    assert document["confusion"]["contradicted"]["contradicted"] == 1


def test_eval_missing_file_exits_2(runner, tmp_path):
    result = run(runner, "eval", str(tmp_path / "nope.tsv"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"ketacheck: error: {tmp_path / 'nope.tsv'}: no such file"


def test_eval_bad_label_exits_2_naming_the_line(runner, tmp_path):
    path = tmp_path / "set.tsv"
    path.write_text("label\tkind\tstatement\nperhaps\tn\tx\n")
    result = run(runner, "eval", str(path))
    assert result.exit_code == 2
    assert "line 2: label 'perhaps'" in result.stderr


def test_internal_error_exits_2_not_1(runner, exploding_engine):
    result = run(runner, "check", "x")
    assert result.exit_code == 2
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "--debug" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_spacy_model_is_one_line_naming_the_fix_and_exit_2(tmp_path):
    """Shown in the README: a fresh process, for this process has its pipeline loaded already."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    env = {**os.environ, "KETACHECK_SPACY_MODEL": "en_core_web_nope", "KETACHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "ketacheck", "check", "Naltrexone blocks dissociation."],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert done.stderr.strip() in readme


def test_commands_that_read_no_sentence_never_load_spacy():
    import subprocess
    import sys

    # `claims show` reads the source's sentences around a quote, with spaCy's sentencizer (ketacheck.text.sentences).
    for command in (["--help"], ["--version"], ["claims", "list"], ["claims", "search", "journal"], ["db", "schema"]):
        script = (
            "import sys\nfrom ketacheck.cli import main\n"
            f"sys.argv = ['ketacheck', *{command!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('spacy' in sys.modules, file=sys.stderr)"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
        assert done.stderr.strip().endswith("False"), (command, done.stderr)


def test_fail_on_unknown_still_fails_on_a_contradiction(runner):
    assert run(runner, "check", "--fail-on", "unknown", "Naltrexone blocks dissociation.").exit_code == 1
