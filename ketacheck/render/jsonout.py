"""JSON (one array) and JSON Lines (one object per line) output."""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ketacheck.records import CheckResult, Verdict
from ketacheck.render import record


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


class JsonLinesRenderer:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def start(self) -> None:
        pass

    def result(self, line: int, result: CheckResult) -> None:
        self.out.write(dumps(record(line, result)) + "\n")

    def finish(self, tally: Counter[Verdict]) -> None:
        self.out.flush()


class JsonRenderer:
    """One JSON array, written as results come so memory stays flat."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True

    def start(self) -> None:
        self.out.write("[")

    def result(self, line: int, result: CheckResult) -> None:
        self.out.write(("\n  " if self.first else ",\n  ") + dumps(record(line, result)))
        self.first = False

    def finish(self, tally: Counter[Verdict]) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()
