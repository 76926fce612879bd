"""Rendering claims for people and machines: a table, one document, lines, or CSV."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TextIO

from ketacheck.records import Claim, Database, as_document
from ketacheck.render.safe import printable


class ListFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


LIST_FIELDS = ("id", "statement", "attribution", "strength", "evidence", "draft")


def claim_record(claim: Claim, database: Database, score: float | None = None) -> dict[str, object]:
    """A claim as a flat record; ``score`` is added for search results."""
    row: dict[str, object] = {
        "id": claim.id,
        "statement": claim.statement,
        "attribution": database.sources[claim.attribution].name,
        "strength": claim.strength.value,
        "evidence": claim.evidence,
        "draft": claim.draft,
    }
    if score is not None:
        row["score"] = round(score, 3)
    return row


def _text(rows: Sequence[dict[str, object]], out: TextIO) -> None:
    from rich.table import Table
    from rich.text import Text

    from ketacheck.render.terminal import console_for

    table = Table(show_lines=False, expand=False)
    scored = bool(rows) and "score" in rows[0]
    drafted = any(row["draft"] for row in rows)
    if scored:
        table.add_column("score", justify="right")
    for name in ("id", "statement", "attribution"):
        table.add_column(name, overflow="fold")
    if drafted:
        # Only a drafted database has the column: a curated one is reviewed throughout.
        table.add_column("reviewed")
    for row in rows:
        cells = [Text(printable(str(row[name]))) for name in ("id", "statement", "attribution")]
        if drafted:
            cells.append(Text("no (draft)", style="yellow") if row["draft"] else Text("yes"))
        table.add_row(*([Text(f"{row['score']:.2f}")] if scored else []), *cells)
    console_for(out).print(table)


def _json(rows: Sequence[dict[str, object]], out: TextIO) -> None:
    out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")


def _jsonl(rows: Sequence[dict[str, object]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _csv(rows: Sequence[dict[str, object]], out: TextIO) -> None:
    from ketacheck.render.csvout import CsvWriter

    fields = (("score",) if rows and "score" in rows[0] else ()) + LIST_FIELDS
    writer = CsvWriter(out, fields)
    for row in rows:
        writer.row(row)


LIST_RENDERERS: dict[ListFormat, Callable[[Sequence[dict[str, object]], TextIO], None]] = {
    ListFormat.TEXT: _text,
    ListFormat.JSON: _json,
    ListFormat.JSONL: _jsonl,
    ListFormat.CSV: _csv,
}


def render_claim_detail(
    claim: Claim, database: Database, context: tuple[str, str, str] | None, as_json: bool, out: TextIO
) -> None:
    """The whole record, with its evidence shown in the sentences around it in the source."""
    document = as_document(claim)
    document["attribution_name"] = database.sources[claim.attribution].name
    if as_json:
        if context is not None:
            document["context"] = dict(zip(("before", "quote", "after"), context, strict=True))
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.text import Text

    from ketacheck.render.terminal import console_for

    console = console_for(out)
    console.print(Text(claim.id, style="bold"))
    for key, value in document.items():
        if key in ("id", "evidence") or value in (None, [], ()):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        console.print(Text(f"  {key}: ") + Text(printable(shown)))
    console.print(Text("  evidence, in the source:"))
    if context is None:
        console.print(Text(f'    "{printable(claim.evidence)}" (not found in the source text)', style="red"))
        return
    before, quote, after = context
    console.print(
        Text("    …")
        + Text(printable(before))
        + Text(printable(quote), style="bold reverse")
        + Text(printable(after))
        + Text("…")
    )
