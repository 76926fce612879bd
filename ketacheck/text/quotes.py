"""Quoted passages in a statement: where they stand and their words, as quotations are compared.

Double quotes, straight or curly, mark a passage; so do single quotes around words, but not an
apostrophe ("ketamine's", "the patients' well-being").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”„]([^\"“”„]+)[\"“”]")
_SINGLE = re.compile(r"(?<![\w’'])[‘']([^‘’'\"“”]*?\w[^‘’'\"“”]*?)[’'](?![\w’'])")
_ELLIPSIS = re.compile(r"…|\.\s*\.\s*\.")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Passage:
    """A quoted passage of a statement: where its words stand, and the words in runs cut at ellipses."""

    start: int
    end: int
    runs: tuple[tuple[str, ...], ...]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for run in self.runs for word in run)


def quoted_passages(statement: str) -> list[Passage]:
    """The quoted passages of a statement, double-quoted first, then single-quoted ones outside them."""
    found: list[Passage] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_DOUBLE, _SINGLE):
        for match in pattern.finditer(statement):
            if any(start <= match.start() < end for start, end in taken):
                continue
            runs = tuple(tuple(words(piece)) for piece in _ELLIPSIS.split(match.group(1)))
            runs = tuple(run for run in runs if run)
            if runs:
                found.append(Passage(match.start(1), match.end(1), runs))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda passage: passage.start)


def words(text: str) -> list[str]:
    """The words of a text as quotations are compared: lower case, an editor's brackets and
    typographic apostrophes taken away."""
    plain = text.replace("[", "").replace("]", "").replace("’", "'").lower()
    return _WORD.findall(plain)


def unquoted(statement: str) -> str:
    """The statement with its quotation marks blanked out, every offset kept: a small parser reads
    'naltrexone "lessened or blocked" X' better without them."""
    chars = list(statement)
    for passage in quoted_passages(statement):
        for mark in (passage.start - 1, passage.end):
            if 0 <= mark < len(chars) and chars[mark] in "\"“”„‘’'":
                chars[mark] = " "
    return "".join(chars)
