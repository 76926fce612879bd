"""Reading statements: from arguments, or one per line from a stream."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO, TextIO


def text_stream(binary: BinaryIO) -> TextIO:
    """UTF-8 text from bytes: a leading BOM dropped, CRLF read as LF, bad bytes replaced, not fatal."""
    return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace", newline=None)


def stdin_text() -> TextIO:
    buffer = getattr(sys.stdin, "buffer", None)
    return text_stream(buffer) if buffer is not None else sys.stdin


def numbered_lines(stream: TextIO) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based line numbers, read lazily."""
    for number, line in enumerate(stream, start=1):
        text = line.rstrip("\r\n")
        if text.strip():
            yield number, text.strip()


def numbered_statements(arguments: Sequence[str], stdin: TextIO | None) -> Iterator[tuple[int, str]]:
    """Statements from the arguments (numbered by position); '-' reads the stream in its place."""
    for position, argument in enumerate(arguments, start=1):
        if argument == "-" and stdin is not None:
            yield from numbered_lines(stdin)
        elif argument.strip():
            yield position, argument.strip()
