"""A verdict with its reasons in one string, for asserting on both."""

from __future__ import annotations

from ketacheck.records import Verdict

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNKNOWN


def check(engine, statement: str) -> tuple[Verdict, str]:
    result = engine.check(statement)
    return result.verdict, " | ".join(result.reasons)
