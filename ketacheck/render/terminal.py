"""The human view: verdict in colour, the evidence quote and who said it."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ketacheck.records import CheckResult, Verdict
from ketacheck.render.safe import printable

STYLES = {Verdict.SUPPORTED: "bold green", Verdict.CONTRADICTED: "bold red", Verdict.UNKNOWN: "bold yellow"}
MARKS = {Verdict.SUPPORTED: "✔", Verdict.CONTRADICTED: "✘", Verdict.UNKNOWN: "?"}


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit with status 1, which to a script means "contradicted"; let the CLI decide.
        raise BrokenPipeError


def console_for(out: TextIO) -> Console:
    """A console that colours only a terminal, and honours NO_COLOR and FORCE_COLOR."""
    return _Console(file=out, highlight=False, soft_wrap=True, emoji=False)


DIFFERENCE_STYLES = {"same": "", "dropped": "strike red", "added": "underline green"}


def difference_line(difference: tuple[tuple[str, str], ...]) -> Text:
    """A misquote's words: the source's dropped ones struck through, the quote's added ones underlined.
    Without colour the marks of a word diff say the same: [-dropped-] {+added+}."""
    from ketacheck.engine.quotes import difference_text

    line = Text()
    for op, words in difference:
        if line:
            line.append(" ")
        line.append(difference_text(((op, printable(words)),)), style=DIFFERENCE_STYLES[op])
    return line


class TextRenderer:
    def __init__(self, out: TextIO, explain: bool = False) -> None:
        self.console = console_for(out)
        self.explain = explain
        self.count = 0

    def start(self) -> None:
        pass

    def result(self, line: int, result: CheckResult) -> None:
        if self.count:
            self.console.print()
        self.count += 1
        heading = Text()
        heading.append(f"{MARKS[result.verdict]} {result.verdict.value.upper()}", style=STYLES[result.verdict])
        heading.append(f"  {printable(result.statement)}")
        self.console.print(heading)
        if result.difference:
            self.console.print(Text("  misquoted: ") + difference_line(result.difference))
        for reason in result.reasons if result.quote == "misattributed" else ():
            if reason.startswith("misattributed: "):
                self.console.print(Text(f"  {printable(reason)}"))
        if result.evidence is not None:
            self.console.print(f'  evidence: "{escape(printable(result.evidence))}"', style="italic")
            self.console.print(f"  said by:  {escape(result.attribution or '')}")
            self.console.print(f"  claim:    {escape(result.claim_id or '')} (score {result.score:.2f})", style="dim")
        else:
            self.console.print("  the source says nothing that settles this", style="dim")
        if self.explain or result.verdict is Verdict.UNKNOWN:
            last = result.reasons[-1:] if not self.explain else result.reasons
            for reason in last:
                self.console.print(f"  · {escape(printable(reason))}", style="dim")

    def finish(self, tally: Counter[Verdict]) -> None:
        if self.count > 1:
            parts = ", ".join(f"{tally[v]} {v.value}" for v in Verdict)
            self.console.print()
            self.console.print(f"{self.count} statements: {parts}", style="bold")
