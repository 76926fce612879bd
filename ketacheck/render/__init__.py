"""Output formats: one renderer per format behind one small interface.

A renderer receives results one at a time, so every format streams in constant
memory; ``finish`` gets the tally of verdicts for any closing summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import Enum
from typing import Protocol, TextIO

from ketacheck.models import CheckResult, Verdict


class OutputFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


class Renderer(Protocol):
    def start(self) -> None: ...

    def result(self, line: int, result: CheckResult) -> None: ...

    def finish(self, tally: Counter[Verdict]) -> None: ...


def record(line: int, result: CheckResult) -> dict[str, object]:
    """The machine-readable record of one result; its fields and their order are stable."""
    return {"line": line, **result.model_dump(mode="json")}


def _text(out: TextIO, explain: bool) -> Renderer:
    from ketacheck.render.text import (
        TextRenderer,  # rich is imported only when text is asked for
    )

    return TextRenderer(out, explain=explain)


def _json(out: TextIO, explain: bool) -> Renderer:
    from ketacheck.render.jsonout import JsonRenderer

    return JsonRenderer(out)


def _jsonl(out: TextIO, explain: bool) -> Renderer:
    from ketacheck.render.jsonout import JsonLinesRenderer

    return JsonLinesRenderer(out)


RENDERERS: dict[OutputFormat, Callable[[TextIO, bool], Renderer]] = {
    OutputFormat.TEXT: _text,
    OutputFormat.JSON: _json,
    OutputFormat.JSONL: _jsonl,
}


def renderer_for(output_format: OutputFormat, out: TextIO, explain: bool = False) -> Renderer:
    """The renderer for a format; ``explain`` adds every reason to the human view."""
    return RENDERERS[output_format](out, explain)
