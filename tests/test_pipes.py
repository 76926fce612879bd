"""The real process in a pipe: a reader that leaves early must not cause a traceback or exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

STATEMENTS = "Naltrexone blocks dissociation.\n" * 20000


@pytest.mark.parametrize("output_format", ["jsonl", "text", "json"])
def test_reader_closing_early_ends_quietly(output_format):
    process = subprocess.Popen(
        [sys.executable, "-m", "ketacheck", "check", "--format", output_format],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    stdin = process.stdin

    def feed() -> None:
        try:
            stdin.write(STATEMENTS.encode())
            stdin.close()
        except (BrokenPipeError, OSError):
            pass

    # Fed from a thread: the child fills its stdout pipe long before it has read all of stdin.
    feeder = threading.Thread(target=feed)
    feeder.start()
    process.stdout.readline()
    process.stdout.close()
    code = process.wait(timeout=60)
    feeder.join(timeout=60)
    stderr = process.stderr.read().decode()
    assert code == 1, stderr  # what was answered before the reader left was contradicted
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert stderr == ""


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "ketacheck", "check", "-f", "jsonl", "Naltrexone blocks dissociation."],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert '"verdict": "contradicted"' in result.stdout
    assert result.stderr == ""


def test_a_line_typed_slowly_is_answered_before_the_next_arrives():
    """Batching for the parser never waits for input that has not come (a person typing, tail -f)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ketacheck", "check", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    answers = []
    try:
        for statement in ("Naltrexone blocks dissociation.", "The study was published in Nature."):
            process.stdin.write(statement.encode() + b"\n")
            process.stdin.flush()
            # stdin stays open: the answer must come without more input or an end of input.
            answers.append(_readline_within(process.stdout, seconds=60))
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert [json.loads(a)["line"] for a in answers] == [1, 2]
    assert all(json.loads(a)["verdict"] == "contradicted" for a in answers)


def _readline_within(stream, seconds: float) -> bytes:
    found: list[bytes] = []
    reader = threading.Thread(target=lambda: found.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout=seconds)
    assert found and found[0], "no answer before the next line was sent"
    return found[0]
