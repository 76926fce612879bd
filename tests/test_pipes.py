"""The real process in a pipe: a reader that leaves early must not cause a traceback or exit 1."""

from __future__ import annotations

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
