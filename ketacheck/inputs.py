"""Reading statements: from arguments, or one per line from a byte stream."""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from ketacheck.errors import InputError, unreadable

BadLine = Callable[[int], None]
"""Told the number of each line (or argument) whose bytes were not valid UTF-8."""


def text_stream(binary: BinaryIO) -> TextIO:
    """UTF-8 text from bytes: a leading BOM dropped, CRLF read as LF, bad bytes replaced, not fatal."""
    return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace", newline=None)


def open_bytes(path: str) -> BinaryIO:
    """A file opened for reading bytes; InputError says in one line why it cannot be."""
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as error:
        raise InputError(f"{path}: {unreadable(error)}") from None


def stdin_bytes() -> BinaryIO:
    """Standard input as bytes, on a file descriptor of its own: the thread that reads it ahead
    (``batches``) may be blocked in a read when the program ends, and must not hold the lock of
    the interpreter's own sys.stdin then."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return io.BytesIO(sys.stdin.read().encode("utf-8", "replace"))
    try:
        return open(os.dup(buffer.fileno()), "rb")  # noqa: SIM115 - open for the life of the process
    except (AttributeError, OSError, ValueError):  # a stand-in stream (tests), without a file descriptor
        stand_in: BinaryIO = buffer
        return stand_in


def numbered_lines(binary: BinaryIO, on_bad_line: BadLine) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based numbers, read lazily in constant memory.

    A BOM at the start is dropped and CRLF is a line end. Bytes that are not UTF-8 are
    replaced (U+FFFD) and the line is still answered; ``on_bad_line`` hears of it.
    """
    for number, raw in enumerate(binary, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        raw = raw.rstrip(b"\r\n")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", "replace")
            on_bad_line(number)
        if text.strip():
            yield number, text.strip()


def numbered_statements(
    arguments: Sequence[str], stdin: BinaryIO | None, on_bad_line: BadLine
) -> Iterator[tuple[int, str]]:
    """Statements from the arguments (numbered by position); '-' reads stdin in its place."""
    for position, argument in enumerate(arguments, start=1):
        if argument == "-" and stdin is not None:
            yield from numbered_lines(stdin, on_bad_line)
            continue
        # Arguments that were not UTF-8 arrive with lone surrogates (PEP 383); they cannot be printed.
        text = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if text != argument:
            on_bad_line(position)
        if text.strip():
            yield position, text.strip()
