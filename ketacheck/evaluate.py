"""Scoring the engine against a labelled set of statements."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from pydantic import BaseModel, ConfigDict, Field

from ketacheck.engine import Engine
from ketacheck.errors import InputError
from ketacheck.records import Verdict

LABELS: tuple[Verdict, ...] = (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNKNOWN)
REQUIRED_COLUMNS = ("label", "kind", "statement")


class LabelledStatement(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    label: Verdict
    kind: str
    statement: str


class LabelScores(BaseModel):
    model_config = ConfigDict(frozen=True)

    precision: float
    recall: float
    f1: float
    support: int = Field(description="How many statements carry this label.")


class Miss(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    statement: str
    kind: str
    expected: Verdict
    got: Verdict
    dangerous: bool = Field(description="A contradicted or unknown statement reported as supported.")


class EvalReport(BaseModel):
    """How the engine did on a labelled set."""

    model_config = ConfigDict(frozen=True)

    total: int
    accuracy: float
    macro_f1: float
    per_label: dict[Verdict, LabelScores]
    confusion: dict[Verdict, dict[Verdict, int]] = Field(description="confusion[expected][got]")
    dangerous: int = Field(description="Contradicted or unknown statements reported as supported.")
    misses: tuple[Miss, ...]

    @property
    def summary(self) -> str:
        return (
            f"macro-F1 {self.macro_f1:.3f}, accuracy {self.accuracy:.3f}, "
            f"dangerous errors {self.dangerous}, {len(self.misses)} missed of {self.total}"
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
        label = row[where["label"]].strip().lower()
        try:
            verdict = Verdict(label)
        except ValueError:
            allowed = ", ".join(v.value for v in LABELS)
            raise InputError(f"{name}: line {line}: label {label!r} is not one of {allowed}") from None
        yield LabelledStatement(
            line=line, label=verdict, kind=row[where["kind"]].strip(), statement=row[where["statement"]].strip()
        )


def evaluate(engine: Engine, rows: Iterable[LabelledStatement]) -> EvalReport:
    confusion = {expected: {got: 0 for got in LABELS} for expected in LABELS}
    misses: list[Miss] = []
    total = 0
    for row in rows:
        total += 1
        got = engine.check(row.statement).verdict
        confusion[row.label][got] += 1
        if got is not row.label:
            dangerous = got is Verdict.SUPPORTED
            misses.append(
                Miss(
                    line=row.line,
                    statement=row.statement,
                    kind=row.kind,
                    expected=row.label,
                    got=got,
                    dangerous=dangerous,
                )
            )
    if total == 0:
        raise InputError("no labelled statements to evaluate")
    per_label = {}
    for label in LABELS:
        true_positive = confusion[label][label]
        predicted = sum(confusion[e][label] for e in LABELS)
        actual = sum(confusion[label].values())
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = LabelScores(precision=precision, recall=recall, f1=f1, support=actual)
    present = [label for label in LABELS if per_label[label].support]
    macro_f1 = sum(per_label[label].f1 for label in present) / len(present)
    correct = sum(confusion[label][label] for label in LABELS)
    return EvalReport(
        total=total,
        accuracy=correct / total,
        macro_f1=macro_f1,
        per_label=per_label,
        confusion=confusion,
        dangerous=sum(1 for m in misses if m.dangerous),
        misses=tuple(misses),
    )
