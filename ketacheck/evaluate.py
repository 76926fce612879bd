"""Scoring the engine against a labelled set of statements.

A label may name two verdicts where both are defensible (``unknown|supported``): either answer
counts as right, the first is the one a reader leans to. Recall is measured against the first
(of the sentences a reader calls supported, how many come back supported); precision against
any (of those that come back supported, how many may be).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Protocol, TextIO

from pydantic import BaseModel, ConfigDict, Field

from ketacheck.errors import InputError
from ketacheck.records import CheckResult, Verdict

LABELS: tuple[Verdict, ...] = (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNKNOWN)
REQUIRED_COLUMNS = ("label", "kind", "statement")


class Checker(Protocol):
    def check_many(self, statements: Iterable[str], batch: int = ...) -> Iterator[CheckResult]: ...


class LabelledStatement(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    labels: tuple[Verdict, ...] = Field(description="The verdicts that count as right, the one a reader leans to first.")
    kind: str
    statement: str

    @property
    def label(self) -> Verdict:
        return self.labels[0]


class LabelScores(BaseModel):
    model_config = ConfigDict(frozen=True)

    precision: float = Field(description="Of the statements answered with this verdict, the share that may have it.")
    recall: float = Field(description="Of the statements labelled first with this verdict, the share answered with it.")
    f1: float
    support: int = Field(description="How many statements carry this label first.")


class Miss(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    statement: str
    kind: str
    expected: Verdict
    acceptable: tuple[Verdict, ...]
    got: Verdict
    dangerous: bool = Field(description="A statement that may not be called supported, reported as supported.")
    false_alarm: bool = Field(description="A statement that may not be called contradicted, reported as contradicted.")


class EvalReport(BaseModel):
    """How the engine did on a labelled set."""

    model_config = ConfigDict(frozen=True)

    total: int
    accuracy: float = Field(description="The share answered with one of their labels.")
    macro_f1: float
    per_label: dict[Verdict, LabelScores]
    confusion: dict[Verdict, dict[Verdict, int]] = Field(description="confusion[first label][got]")
    dangerous: int = Field(description="Statements that may not be called supported, reported as supported.")
    false_alarms: int = Field(description="Statements that may not be called contradicted, reported as contradicted.")
    misses: tuple[Miss, ...]

    @property
    def summary(self) -> str:
        return (
            f"macro-F1 {self.macro_f1:.3f}, accuracy {self.accuracy:.3f}, "
            f"supported recall {self.per_label[Verdict.SUPPORTED].recall:.3f}, "
            f"dangerous errors {self.dangerous}, false alarms {self.false_alarms}, "
            f"{len(self.misses)} missed of {self.total}"
        )


def read_labelled(stream: TextIO, name: str = "<input>") -> Iterator[LabelledStatement]:
    """Rows of a labelled TSV (header ``label  kind  statement``); InputError names the bad line."""
    reader = csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        raise InputError(f"{name}: empty file, expected a header 'label<TAB>kind<TAB>statement'")
    columns = [c.strip().lstrip("\ufeff").lower() for c in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{name}: line 1: header lacks column(s) {', '.join(missing)} (tab-separated)")
    where = {c: columns.index(c) for c in REQUIRED_COLUMNS}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(columns):
            raise InputError(f"{name}: line {line}: expected {len(columns)} tab-separated columns, found {len(row)}")
        yield LabelledStatement(
            line=line,
            labels=_labels(row[where["label"]], name, line),
            kind=row[where["kind"]].strip(),
            statement=row[where["statement"]].strip(),
        )


def _labels(cell: str, name: str, line: int) -> tuple[Verdict, ...]:
    labels: list[Verdict] = []
    for part in cell.split("|"):
        label = part.strip().lower()
        try:
            verdict = Verdict(label)
        except ValueError:
            allowed = ", ".join(v.value for v in LABELS)
            raise InputError(
                f"{name}: line {line}: label {label!r} is not one of {allowed} (two may be joined with '|')"
            ) from None
        if verdict not in labels:
            labels.append(verdict)
    return tuple(labels)


def evaluate(engine: Checker, rows: Iterable[LabelledStatement]) -> EvalReport:
    confusion = {expected: {got: 0 for got in LABELS} for expected in LABELS}
    answered = {label: 0 for label in LABELS}
    answered_right = {label: 0 for label in LABELS}
    misses: list[Miss] = []
    total = 0
    rows = list(rows)
    for row, result in zip(rows, engine.check_many(row.statement for row in rows), strict=True):
        total += 1
        got = result.verdict
        confusion[row.label][got] += 1
        answered[got] += 1
        if got in row.labels:
            answered_right[got] += 1
            continue
        misses.append(
            Miss(
                line=row.line,
                statement=row.statement,
                kind=row.kind,
                expected=row.label,
                acceptable=row.labels,
                got=got,
                dangerous=got is Verdict.SUPPORTED,
                false_alarm=got is Verdict.CONTRADICTED,
            )
        )
    if total == 0:
        raise InputError("no labelled statements to evaluate")
    per_label = {}
    for label in LABELS:
        support = sum(confusion[label].values())
        precision = answered_right[label] / answered[label] if answered[label] else 0.0
        recall = confusion[label][label] / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = LabelScores(precision=precision, recall=recall, f1=f1, support=support)
    present = [label for label in LABELS if per_label[label].support]
    return EvalReport(
        total=total,
        accuracy=(total - len(misses)) / total,
        macro_f1=sum(per_label[label].f1 for label in present) / len(present),
        per_label=per_label,
        confusion=confusion,
        dangerous=sum(1 for m in misses if m.dangerous),
        false_alarms=sum(1 for m in misses if m.false_alarm),
        misses=tuple(misses),
    )
