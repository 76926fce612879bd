"""Rendering scanned drafts: for people, editors, CI, machines and the browser.

Each renderer receives whole documents (a draft is small) with the checked sentences to show
(``scan --show``, filtered once by the caller); ``finish`` gets the totals over every document.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Protocol, TextIO

from ketacheck.records import Verdict
from ketacheck.render import RenderOptions, record
from ketacheck.render.formats import ScanFormat
from ketacheck.render.safe import printable
from ketacheck.scan import ScannedDocument, ScannedSentence

DEFAULT_SHOWN: dict[ScanFormat, frozenset[Verdict]] = {
    ScanFormat.LINT: frozenset({Verdict.CONTRADICTED, Verdict.UNKNOWN}),
    ScanFormat.GITHUB: frozenset({Verdict.CONTRADICTED, Verdict.UNKNOWN}),
}
"""Formats that show less than everything by default; the rest show every checked sentence."""


class ScanRenderer(Protocol):
    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None: ...

    def finish(self, documents: list[ScannedDocument]) -> None: ...


def scan_record(path: str, item: ScannedSentence) -> dict[str, object]:
    """One checked sentence as a flat record: where it stands, then the fields of ``check``
    (``statement`` being what was checked, the pronoun resolved)."""
    s = item.sentence
    fields = record(s.line, item.result)
    fields["statement"] = item.checked_as
    del fields["line"]
    place = {"path": path, "line": s.line, "column": s.column, "end_line": s.end_line, "end_column": s.end_column}
    return {**place, "sentence": s.text, **fields}


def summary(documents: list[ScannedDocument]) -> dict[str, int]:
    totals = {"checked": 0, **{v.value: 0 for v in Verdict}, "not checked": 0}
    for document in documents:
        totals["checked"] += len(document.checked)
        totals["not checked"] += document.not_checked
        for verdict, count in document.tally().items():
            totals[verdict.value] += count
    return totals


def summary_line(documents: list[ScannedDocument]) -> str:
    totals = summary(documents)
    return (
        f"{totals['checked']} checked: {totals['supported']} supported, {totals['contradicted']} contradicted, "
        f"{totals['unknown']} unknown; {totals['not checked']} not checked"
    )


def _message(item: ScannedSentence) -> str:
    """``sentence — evidence [claim-id]``, the evidence left out when nothing settles the sentence, and a
    misquote's difference as a word diff."""
    from ketacheck.engine.quotes import difference_text

    text = item.sentence.text
    if item.result.evidence is not None and item.result.verdict is not Verdict.UNKNOWN:
        text += f" — {item.result.evidence} [{item.result.claim_id}]"
    if item.result.difference:
        text += f" — misquoted: {difference_text(item.result.difference)}"
    text += "".join(f" — {r}" for r in item.result.reasons if r.startswith("misattributed: "))
    return text


class TextScanRenderer:
    def __init__(self, out: TextIO) -> None:
        from ketacheck.render.terminal import MARKS, STYLES, console_for

        self.console = console_for(out)
        self.marks, self.styles = MARKS, STYLES

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        from rich.text import Text

        self.console.print(Text(printable(document.path), style="bold underline"))
        for item in items:
            verdict = item.result.verdict
            line = Text(f"{item.sentence.line}:{item.sentence.column}  ")
            line.append(f"{self.marks[verdict]} {verdict.value.upper()}", style=self.styles[verdict])
            line.append(f"  {printable(item.sentence.text)}")
            self.console.print(line)
            if item.result.difference:
                from ketacheck.render.terminal import difference_line

                self.console.print(Text("    misquoted: ") + difference_line(item.result.difference))
            if verdict is Verdict.CONTRADICTED and item.result.evidence is not None:
                self.console.print(Text(f'    evidence: "{printable(item.result.evidence)}"', style="italic"))
                self.console.print(Text(f"    said by:  {item.result.attribution}  [{item.result.claim_id}]"))
        self.console.print()

    def finish(self, documents: list[ScannedDocument]) -> None:
        from rich.text import Text

        self.console.print(Text(summary_line(documents), style="bold"))


class LintRenderer:
    """``path:line:col: verdict: message`` — vim's errorformat and VS Code problem matchers read it."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        for item in items:
            s = item.sentence
            self.out.write(
                f"{printable(document.path)}:{s.line}:{s.column}: {item.result.verdict.value}: "
                f"{printable(_message(item))}\n"
            )

    def finish(self, documents: list[ScannedDocument]) -> None:
        self.out.flush()


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubRenderer:
    """Workflow commands: an error annotation for a contradiction, a warning for an unknown."""

    LEVELS = {Verdict.CONTRADICTED: "error", Verdict.UNKNOWN: "warning", Verdict.SUPPORTED: "notice"}

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        for item in items:
            verdict = item.result.verdict
            s = item.sentence
            properties = (
                f"file={_escape_property(document.path)},line={s.line},col={s.column},"
                f"endLine={s.end_line},endColumn={s.end_column},title={_escape_property('ketacheck: ' + verdict.value)}"
            )
            self.out.write(f"::{self.LEVELS[verdict]} {properties}::{_escape_data(_message(item))}\n")

    def finish(self, documents: list[ScannedDocument]) -> None:
        self.out.flush()


class JsonLinesScanRenderer:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        for item in items:
            self.out.write(json.dumps(scan_record(document.path, item), ensure_ascii=False) + "\n")

    def finish(self, documents: list[ScannedDocument]) -> None:
        self.out.flush()


class JsonScanRenderer:
    """One document: every file's checked sentences, and the summary."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.records: list[dict[str, object]] = []

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        self.records.extend(scan_record(document.path, item) for item in items)

    def finish(self, documents: list[ScannedDocument]) -> None:
        report = {"summary": summary(documents), "sentences": self.records}
        self.out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


class CsvScanRenderer:
    FIELDS = ("path", "line", "column", "end_line", "end_column", "sentence", "statement", "verdict", "score",
              "claim_id", "claim", "evidence", "attribution", "reasons", "quote", "difference")  # fmt: skip

    def __init__(self, out: TextIO) -> None:
        from ketacheck.render.csvout import CsvWriter

        self.writer = CsvWriter(out, self.FIELDS)

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        from ketacheck.render.csvout import csv_record

        for item in items:
            self.writer.row(csv_record(scan_record(document.path, item), item.result))

    def finish(self, documents: list[ScannedDocument]) -> None:
        pass


class ClaimReviewScanRenderer:
    """One JSON array of ClaimReview objects; each claim's appearance is where it stands in the draft."""

    def __init__(self, out: TextIO, options: RenderOptions) -> None:
        self.out = out
        self.options = options
        self.reviews: list[dict[str, object]] = []

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        from ketacheck.render.claimreview import claim_review

        for item in items:
            where = f"{document.path}#L{item.sentence.line}C{item.sentence.column}"
            self.reviews.append(claim_review(item.result, self.options, appearance=where))

    def finish(self, documents: list[ScannedDocument]) -> None:
        self.out.write(json.dumps(self.reviews, ensure_ascii=False, indent=2) + "\n")


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ketacheck: {title}</title>
<style>
body {{ font: 16px/1.55 Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.4rem; }} h2 {{ font-size: 1.1rem; margin-top: 2rem; }}
.summary {{ font-family: sans-serif; background: #f4f4f4; padding: .6rem 1rem; border-radius: 6px; }}
pre.draft {{ white-space: pre-wrap; font: inherit; }}
mark {{ border-radius: 3px; padding: 0 1px; }}
mark a {{ color: inherit; text-decoration: none; }}
mark.supported {{ background: #d8f3dc; }} mark.contradicted {{ background: #ffccd5; }} mark.unknown {{ background: #fff3bf; }}
.findings li {{ margin: .5rem 0; font-family: sans-serif; font-size: .92rem; }}
.findings li:target {{ outline: 3px solid #888; }}
.verdict {{ font-weight: bold; text-transform: uppercase; }}
.verdict.contradicted {{ color: #b00020; }} .verdict.supported {{ color: #1b7f3b; }} .verdict.unknown {{ color: #8a6d00; }}
blockquote {{ margin: .2rem 0 .2rem 1rem; font-style: italic; }}
del {{ color: #b00020; }} ins {{ color: #1b7f3b; }}
</style>
</head>
<body>
<h1>ketacheck report</h1>
<p class="summary">{summary}</p>
{sections}
</body>
</html>
"""


def _difference_html(difference: tuple[tuple[str, str], ...]) -> str:
    """The source's dropped words struck (``del``), the quote's added ones marked inserted (``ins``)."""
    tags = {"same": "{}", "dropped": "<del>{}</del>", "added": "<ins>{}</ins>"}
    return " ".join(tags[op].format(html.escape(words)) for op, words in difference)


class HtmlRenderer:
    """One self-contained page: each draft with every checked sentence highlighted by verdict and
    linked to its evidence. Every piece of draft text is escaped, and the page forbids scripts."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.sections: list[str] = []
        self.counter = 0

    def document(self, document: ScannedDocument, items: list[ScannedSentence]) -> None:
        pieces: list[str] = []
        cursor = 0
        findings: list[str] = []
        for item in sorted(items, key=lambda i: i.sentence.start):
            self.counter += 1
            n, s, verdict = self.counter, item.sentence, item.result.verdict.value
            pieces.append(html.escape(document.text[cursor : s.start]))
            pieces.append(
                f'<mark class="{verdict}" id="s{n}" data-verdict="{verdict}" title="{verdict}">'
                f'<a href="#f{n}">{html.escape(document.text[s.start : s.end])}</a></mark>'
            )
            cursor = s.end
            evidence = ""
            if item.result.evidence is not None:
                evidence = (
                    f"<blockquote>{html.escape(item.result.evidence)}</blockquote>"
                    f"— {html.escape(item.result.attribution or '')} <code>{html.escape(item.result.claim_id or '')}</code>"
                )
            else:
                evidence = "<div>The source says nothing that settles this.</div>"
            if item.result.difference:
                evidence = f'<div class="difference">misquoted: {_difference_html(item.result.difference)}</div>' + evidence
            findings.append(
                f'<li id="f{n}"><a href="#s{n}">line {s.line}, column {s.column}</a>: '
                f'<span class="verdict {verdict}">{verdict}</span> {html.escape(s.text)}{evidence}</li>'
            )
        pieces.append(html.escape(document.text[cursor:]))
        self.sections.append(
            f'<h2>{html.escape(document.path)}</h2>\n<pre class="draft">{"".join(pieces)}</pre>\n'
            f'<h2>Evidence</h2>\n<ol class="findings">{"".join(findings)}</ol>'
        )

    def finish(self, documents: list[ScannedDocument]) -> None:
        title = ", ".join(d.path for d in documents)
        self.out.write(
            _PAGE.format(
                title=html.escape(title),
                summary=html.escape(summary_line(documents)),
                sections="\n".join(self.sections),
            )
        )


SCAN_RENDERERS: dict[ScanFormat, Callable[[TextIO, RenderOptions], ScanRenderer]] = {
    ScanFormat.TEXT: lambda out, options: TextScanRenderer(out),
    ScanFormat.LINT: lambda out, options: LintRenderer(out),
    ScanFormat.JSONL: lambda out, options: JsonLinesScanRenderer(out),
    ScanFormat.JSON: lambda out, options: JsonScanRenderer(out),
    ScanFormat.CSV: lambda out, options: CsvScanRenderer(out),
    ScanFormat.GITHUB: lambda out, options: GithubRenderer(out),
    ScanFormat.HTML: lambda out, options: HtmlRenderer(out),
    ScanFormat.CLAIMREVIEW: lambda out, options: ClaimReviewScanRenderer(out, options),
}
