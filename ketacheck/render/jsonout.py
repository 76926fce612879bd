"""JSON (one array) and JSON Lines (one object per line) output."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
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


class JsonArray:
    """A JSON array written one item at a time, so memory stays flat however many items come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True

    def open(self) -> None:
        self.out.write("[")

    def add(self, item: object) -> None:
        self.out.write(("\n  " if self.first else ",\n  ") + dumps(item))
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()


class JsonRenderer:
    """One JSON array of result records, written as results come."""

    def __init__(self, out: TextIO, as_item: Callable[[int, CheckResult], object] = record) -> None:
        self.array = JsonArray(out)
        self.as_item = as_item

    def start(self) -> None:
        self.array.open()

    def result(self, line: int, result: CheckResult) -> None:
        self.array.add(self.as_item(line, result))

    def finish(self, tally: Counter[Verdict]) -> None:
        self.array.close()
