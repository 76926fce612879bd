"""Whatever scripts pipe in: odd bytes, huge or endless input, signals. Never a traceback, nothing lost."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ketacheck.cli import app
from ketacheck.database import parse_database
from ketacheck.engine import MAX_STATEMENT_CHARS
from ketacheck.errors import DatabaseError
from ketacheck.models import reference_problems


def check(runner, *args, input=None):
    return runner.invoke(app, ["check", *args], input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_empty_input_gives_no_records(runner):
    result = check(runner, "-f", "jsonl", input=b"")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == ""


def test_only_blank_lines_give_no_records(runner):
    result = check(runner, "-f", "json", input=b"\n  \n\t\n\r\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_invalid_utf8_is_replaced_answered_and_warned_once(runner):
    data = b"Naltrexone blocks dissociation \xff\xfe\nMorphine is an opioid.\nKetamine \xc3 is blue\n"
    result = check(runner, "-f", "jsonl", input=data)
    assert result.exit_code == 1, result.output
    answered = records(result.stdout)
    assert [r["line"] for r in answered] == [1, 2, 3]
    assert answered[0]["verdict"] == "contradicted"
    assert "\ufffd" in answered[0]["statement"]
    assert result.stderr == "ketacheck: warning: invalid UTF-8 replaced in lines 1, 3\n"


def test_arguments_that_are_not_utf8_are_replaced_and_warned(runner):
    result = check(runner, "-f", "jsonl", "Morphine is an opioid \udcff.")
    assert result.exit_code == 0, result.output
    assert records(result.stdout)[0]["statement"] == "Morphine is an opioid \ufffd."
    assert "invalid UTF-8 replaced in argument 1" in result.stderr


def test_nul_bytes_are_answered_and_escaped(runner):
    result = check(runner, "-f", "jsonl", input=b"Ketamine\x00 causes dissociation.\n")
    assert result.exit_code == 0, result.output
    assert "\\u0000" in result.stdout
    assert records(result.stdout)[0]["statement"] == "Ketamine\x00 causes dissociation."
    text = check(runner, input=b"Ketamine\x00 causes dissociation.\n")
    assert "\x00" not in text.stdout and "\\x00" in text.stdout


def test_ansi_escapes_are_never_written_raw(runner):
    hostile = "\x1b]0;owned\x07\x1b[2JNaltrexone blocks dissociation."
    for output_format in ("text", "jsonl", "json"):
        result = check(runner, "-f", output_format, hostile)
        assert result.exit_code == 1, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_markup_and_html_are_shown_literally_in_every_format(runner):
    statement = "[red]Ketamine[/red] <script>alert(1)</script> is blue."
    for output_format in ("text", "jsonl", "json"):
        result = check(runner, "-f", output_format, statement)
        assert result.exit_code == 0, result.output
        shown = (
            result.stdout
            if output_format == "text"
            else json.dumps(json.loads(result.stdout.splitlines()[0] if output_format == "jsonl" else result.stdout))
        )
        assert "[red]Ketamine[/red]" in shown
        assert "<script>alert(1)</script>" in shown


def test_other_scripts_and_emoji_are_answered(runner):
    lines = ["ケタミンはうつ病に効く 🙂", "Кетамин блокирует диссоциацию", "النالتريكسون", "👍🏽👍🏽👍🏽"]
    result = check(runner, "-f", "jsonl", input="\n".join(lines).encode())
    assert result.exit_code == 0, result.output
    answered = records(result.stdout)
    assert [r["statement"] for r in answered] == lines
    assert {r["verdict"] for r in answered} == {"unknown"}
    assert "ケタミン" in check(runner, lines[0]).stdout


def test_a_huge_statement_is_refused_quickly_with_the_limit_named(runner):
    statement = "Naltrexone blocks dissociation. " * (1_048_576 // 32)
    started = time.perf_counter()
    result = check(runner, "-f", "jsonl", input=statement.encode() + b"\nMorphine is an opioid.\n")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    first, second = records(result.stdout)
    assert first["verdict"] == "unknown"
    assert f"limit of {MAX_STATEMENT_CHARS:,}" in first["reasons"][0]
    assert second["verdict"] == "supported"
    assert elapsed < 10  # generous: the point is "not minutes", the benchmark measures the real figure


def test_a_statement_at_the_limit_is_answered(engine):
    statement = ("Naltrexone lessened the antidepressant effect. " * 3000)[:MAX_STATEMENT_CHARS]
    assert not engine.check(statement).reasons[0].startswith("refused")


def test_many_statements_each_answered_once_in_order(runner):
    lines = [f"Statement {n} says morphine is an opioid." if n % 3 else "" for n in range(3000)]
    result = check(runner, "-f", "jsonl", input="\n".join(lines).encode())
    assert result.exit_code == 0, result.output
    answered = records(result.stdout)
    assert [r["line"] for r in answered] == [n + 1 for n, line in enumerate(lines) if line]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60), max_size=25))
def test_n_non_blank_lines_give_n_records_in_order(runner, lines):
    lines = [
        line.replace("\n", " ")
        .replace("\r", " ")
        .replace("\x0b", " ")
        .replace("\x0c", " ")
        .replace("\x1c", " ")
        .replace("\x1d", " ")
        .replace("\x1e", " ")
        .replace("\x85", " ")
        .replace("\u2028", " ")
        .replace("\u2029", " ")
        for line in lines
    ]
    data = "\n".join(lines).encode()
    result = check(runner, "-f", "jsonl", "--fail-on", "never", input=data)
    assert result.exit_code == 0, result.output
    expected = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    expected = [(n, text) for n, text in expected if not (n == 1 and text == "\ufeff")]
    got = [(r["line"], r["statement"]) for r in records(result.stdout)]
    assert [n for n, _ in got] == [n for n, _ in expected]


def test_unknown_field_in_a_database_is_refused(runner, database_copy):
    path = database_copy(lambda d: d["claims"][0].update({"__class__": "os.system"}))
    result = check(runner, "--db", str(path), "x")
    assert result.exit_code == 2
    assert "claim 'ketamine-quickly-relieves-depression': __class__: Extra inputs are not permitted" in result.stderr


def duplicated_id_and_wrong_type(data: dict) -> None:
    data["claims"][1]["id"] = data["claims"][0]["id"]
    data["claims"][2]["polarity"] = "sometimes"


def test_duplicated_ids_and_wrong_types_in_a_database_exit_2(runner, database_copy, raw_database):
    path = database_copy(duplicated_id_and_wrong_type)
    result = check(runner, "--db", str(path), "x")
    assert result.exit_code == 2
    assert result.stdout == ""
    wrong_type = raw_database["claims"][2]["id"]
    assert result.stderr.splitlines() == [
        f"ketacheck: database error: {path}: claim {wrong_type!r}: polarity: Input should be a valid boolean, "
        "unable to interpret input",
        f"ketacheck: database error: {path}: claim {raw_database['claims'][0]['id']!r}: id: duplicated",
    ]


def test_duplicated_ids_are_found_in_a_database_whose_fields_fail(raw_database):
    data = json.loads(json.dumps(raw_database))
    duplicated_id_and_wrong_type(data)
    data["claims"][3]["relation"] = 7  # a wrong type is the schema's to report, not a dangling reference
    data["claims"][4]["subject"] = "no-such-entity"
    first, fifth = data["claims"][0]["id"], data["claims"][4]["id"]
    assert reference_problems(data) == [
        f"claim {first!r}: id: duplicated",
        f"claim {fifth!r}: subject: no entity 'no-such-entity'",
    ]


@pytest.mark.parametrize(
    ("edit", "broken"),
    [
        (lambda d: d["claims"][1].update(id=d["claims"][0]["id"]), True),
        (lambda d: d["claims"][0].update(attribution="nobody", relation="nothing", object="nowhere"), True),
        (lambda d: d["claims"][0].update(qualifiers=["never"]), True),
        (lambda d: next(e for e in d["entities"].values() if e.get("speaks_for")).update(speaks_for="no-one"), True),
        (lambda d: next(e for e in d["entities"].values() if e.get("question_of")).update(question_of="nothing"), True),
        (lambda d: None, False),
    ],
    ids=["duplicated-id", "attribution-relation-object", "qualifier", "speaks-for", "question-of", "sound"],
)
def test_reference_problems_are_worded_as_the_schema_words_them(raw_database, edit, broken):
    data = json.loads(json.dumps(raw_database))
    edit(data)
    problems: list[str] = []
    try:
        parse_database(json.dumps(data).encode(), "claims.json")
    except DatabaseError as error:
        problems = error.problems
    assert bool(problems) == broken
    assert reference_problems(data) == problems


def test_a_database_path_through_a_file_is_an_error(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = check(runner, "--db", str(blocker / "claims.json"), "x")
    assert result.exit_code == 2
    assert result.stderr.startswith("ketacheck: database error:")


def test_debug_shows_the_traceback_of_an_internal_error(runner, exploding_engine):
    result = check(runner, "--debug", "x")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr


def test_ctrl_c_exits_130_without_a_traceback_and_keeps_json_whole():
    process = subprocess.Popen(
        [sys.executable, "-m", "ketacheck", "check", "--format", "json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write(b"Naltrexone blocks dissociation.\n")
    process.stdin.flush()
    # Wait for the first answer (a cold engine may take seconds); stdin stays open, so it waits for more.
    answered = b""
    deadline = time.monotonic() + 60
    while b"}" not in answered and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            answered += os.read(process.stdout.fileno(), 4096)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=30)
    out, err = answered + process.stdout.read(), process.stderr.read()
    process.stdin.close()
    assert process.returncode == 130, err
    assert b"Traceback" not in err
    document = json.loads(out)
    assert [r["verdict"] for r in document] == ["contradicted"]


def _run_module(args: list[str], stdin: bytes, env_extra: dict[str, str]) -> bytes:
    env = {**os.environ, **env_extra}
    done = subprocess.run(
        [sys.executable, "-m", "ketacheck", *args], input=stdin, capture_output=True, env=env, timeout=120
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_the_same_input_gives_the_same_output_whatever_the_hash_seed():
    from pathlib import Path

    statements = (Path(__file__).parent / "data" / "labelled.tsv").read_text(encoding="utf-8").splitlines()[1:120]
    data = "\n".join(line.split("\t")[2] for line in statements).encode()
    first = _run_module(["check", "-f", "jsonl"], data, {"PYTHONHASHSEED": "1"})
    assert first == _run_module(["check", "-f", "jsonl"], data, {"PYTHONHASHSEED": "2"})


def test_jobs_give_the_same_records_in_the_same_order():
    from pathlib import Path

    statements = (Path(__file__).parent / "data" / "labelled.tsv").read_text(encoding="utf-8").splitlines()[1:]
    data = (("\n\n".join(line.split("\t")[2] for line in statements) + "\n") * 3).encode()
    single = _run_module(["check", "-f", "jsonl"], data, {})
    assert single == _run_module(["check", "-f", "jsonl", "--jobs", "2"], data, {})
    assert len(single.splitlines()) == 3 * len(statements)
