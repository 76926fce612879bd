"""Named exit codes, and the one rule that picks the code for a run."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, IntEnum

from ketacheck.records import Verdict


class ExitCode(IntEnum):
    OK = 0
    """Nothing flagged."""
    FLAGGED = 1
    """At least one statement was contradicted (or whatever --fail-on names)."""
    ERROR = 2
    """Usage, input, database or internal error."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C."""


class FailOn(str, Enum):
    """Which verdicts make the run exit 1."""

    CONTRADICTED = "contradicted"
    UNKNOWN = "unknown"
    NEVER = "never"

    @property
    def flagged(self) -> frozenset[Verdict]:
        return {
            FailOn.CONTRADICTED: frozenset({Verdict.CONTRADICTED}),
            FailOn.UNKNOWN: frozenset({Verdict.CONTRADICTED, Verdict.UNKNOWN}),
            FailOn.NEVER: frozenset(),
        }[self]


def exit_code_for(verdicts: Iterable[Verdict], fail_on: FailOn = FailOn.CONTRADICTED) -> ExitCode:
    flagged = fail_on.flagged
    return ExitCode.FLAGGED if any(v in flagged for v in verdicts) else ExitCode.OK
