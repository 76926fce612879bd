"""Rendering an evaluation report: a readable table, or one JSON document."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TextIO

from ketacheck.evaluate import LABELS, EvalReport
from ketacheck.render.formats import ReportFormat
from ketacheck.render.safe import printable


def render_report_text(report: EvalReport, out: TextIO) -> None:
    width = max(len(label.value) for label in LABELS)
    out.write(f"{'verdict':<{width}}  precision  recall     f1  support\n")
    for label in LABELS:
        s = report.per_label[label]
        out.write(f"{label.value:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.support:7d}\n")
    out.write("\nconfusion (rows: the first label, columns: got)\n")
    out.write(" " * (width + 2) + "".join(f"{label.value:>14}" for label in LABELS) + "\n")
    for expected in LABELS:
        cells = "".join(f"{report.confusion[expected][got]:>14d}" for got in LABELS)
        out.write(f"{expected.value:<{width}}  {cells}\n")
    if report.misses:
        out.write(f"\nmisses ({len(report.misses)})\n")
        for miss in report.misses:
            flag = "  DANGEROUS" if miss.dangerous else "  FALSE ALARM" if miss.false_alarm else ""
            acceptable = "|".join(label.value for label in miss.acceptable)
            out.write(
                f"  line {miss.line}: expected {acceptable}, got {miss.got.value}{flag} "
                f"[{miss.kind}] {printable(miss.statement)}\n"
            )
    out.write(f"\n{report.summary}\n")


def render_report_json(report: EvalReport, out: TextIO) -> None:
    document = report.model_dump(mode="json")
    document["summary"] = report.summary
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


REPORT_RENDERERS: dict[ReportFormat, Callable[[EvalReport, TextIO], None]] = {
    ReportFormat.TEXT: render_report_text,
    ReportFormat.JSON: render_report_json,
}
