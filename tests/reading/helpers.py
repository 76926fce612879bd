"""Finding things in a Reading by the words that name them."""

from __future__ import annotations

from ketacheck.reading import Mention, Reading


def entity(reading: Reading, text: str) -> Mention:
    return next(m for m in reading.entities if m.text.lower() == text.lower())


def cue(reading: Reading, text: str, relation: str) -> Mention:
    return next(m for m in reading.relations if m.text.lower() == text.lower() and m.ids[0] == relation)


def token(reading: Reading, word: str) -> int:
    return next(i for i, t in enumerate(reading.tokens) if t.text.lower() == word.lower())


def named(mentions: list[Mention]) -> list[str]:
    return [m.text.lower() for m in mentions]
