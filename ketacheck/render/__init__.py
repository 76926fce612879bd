"""Output formats: one renderer per format behind one small interface.

A renderer receives results one at a time, so every format streams in constant
memory; ``finish`` gets the tally of verdicts for any closing summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, TextIO

from ketacheck.records import CheckResult, Verdict


class OutputFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    CLAIMREVIEW = "claimreview"


@dataclass(frozen=True)
class RenderOptions:
    explain: bool = False
    """Show every reason in the text view."""
    organization: str = "ketacheck"
    """Who publishes the reviews (ClaimReview ``author``)."""
    source_url: str | None = None
    """Where the evidence comes from (ClaimReview ``url``)."""
    source_title: str | None = None


class Renderer(Protocol):
    def start(self) -> None: ...

    def result(self, line: int, result: CheckResult) -> None: ...

    def finish(self, tally: Counter[Verdict]) -> None: ...


def record(line: int, result: CheckResult) -> dict[str, object]:
    """The machine-readable record of one result, its line first; its fields and their order are stable."""
    return result.to_dict(line)


def _text(out: TextIO, options: RenderOptions) -> Renderer:
    from ketacheck.render.terminal import TextRenderer  # rich is imported only when text is asked for

    return TextRenderer(out, explain=options.explain)


def _json(out: TextIO, options: RenderOptions) -> Renderer:
    from ketacheck.render.jsonout import JsonRenderer

    return JsonRenderer(out)


def _jsonl(out: TextIO, options: RenderOptions) -> Renderer:
    from ketacheck.render.jsonout import JsonLinesRenderer

    return JsonLinesRenderer(out)


def _csv(out: TextIO, options: RenderOptions) -> Renderer:
    from ketacheck.render.csvout import CsvRenderer

    return CsvRenderer(out)


def _claimreview(out: TextIO, options: RenderOptions) -> Renderer:
    from ketacheck.render.claimreview import ClaimReviewRenderer

    return ClaimReviewRenderer(out, options)


RENDERERS: dict[OutputFormat, Callable[[TextIO, RenderOptions], Renderer]] = {
    OutputFormat.TEXT: _text,
    OutputFormat.JSON: _json,
    OutputFormat.JSONL: _jsonl,
    OutputFormat.CSV: _csv,
    OutputFormat.CLAIMREVIEW: _claimreview,
}


def renderer_for(output_format: OutputFormat, out: TextIO, options: RenderOptions | None = None) -> Renderer:
    return RENDERERS[output_format](out, options or RenderOptions())
