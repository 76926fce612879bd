"""CSV (RFC 4180), safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TextIO

from ketacheck.records import CheckResult, Verdict
from ketacheck.render import record

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a CSV cell; one a spreadsheet would run as a formula is quoted with a leading '."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = " | ".join(str(item) for item in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class CsvWriter:
    """Rows of mappings written with one fixed header, CRLF line ends as RFC 4180 asks."""

    def __init__(self, out: TextIO, fields: Iterable[str]) -> None:
        self.fields = list(fields)
        self.writer = csv.writer(out, lineterminator="\r\n")
        self.writer.writerow(self.fields)

    def row(self, values: Mapping[str, object]) -> None:
        self.writer.writerow([cell(values.get(field)) for field in self.fields])


RESULT_FIELDS = (
    "line", "statement", "verdict", "score", "claim_id", "claim", "evidence", "attribution", "reasons", "quote",
    "difference",
)  # fmt: skip


def csv_record(fields: dict[str, object], result: CheckResult) -> dict[str, object]:
    """A record as CSV cells take it: a misquote's difference as one word diff."""
    from ketacheck.engine.quotes import difference_text

    return {**fields, "difference": difference_text(result.difference) if result.difference else None}


class CsvRenderer:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer: CsvWriter | None = None

    def start(self) -> None:
        self.writer = CsvWriter(self.out, RESULT_FIELDS)

    def result(self, line: int, result: CheckResult) -> None:
        assert self.writer is not None
        self.writer.row(csv_record(record(line, result), result))

    def finish(self, tally: Counter[Verdict]) -> None:
        self.out.flush()
