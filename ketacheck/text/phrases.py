"""Finding known phrases (aliases, cues) in a token list, longest first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ketacheck.text.normalize import Token, phrase_tokens

T = TypeVar("T")


@dataclass(slots=True, eq=False)
class PhraseMatch(Generic[T]):
    start: int
    """Index of the first token."""
    end: int
    """Index one past the last token."""
    payloads: tuple[T, ...]
    """Everything registered under this phrase."""


def phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(token.stem for token in phrase_tokens(phrase))


class PhraseIndex(Generic[T]):
    """Phrases keyed by their stems, so inflected forms match ('blocked' finds 'block')."""

    def __init__(self, entries: Iterable[tuple[str, T]] = (), between: frozenset[str] = frozenset()) -> None:
        """``between``: words that may stand inside a phrase without breaking it ("works partly through")."""
        self._between = between
        self._by_first: dict[str, dict[tuple[str, ...], list[T]]] = defaultdict(dict)
        # Positions where the phrase is written as a gerund: there the text must be one too, so
        # "blocking opioid receptors" (a thing) does not swallow "blocks opioid receptors" (a verb).
        self._gerunds: dict[tuple[str, ...], tuple[int, ...]] = {}
        for phrase, payload in entries:
            self.add(phrase, payload)
        self._tries: dict[str, _Node[T]] = {}

    def add(self, phrase: str, payload: T) -> None:
        words = phrase_tokens(phrase)
        stems = tuple(token.stem for token in words)
        if not stems:
            return
        # Only where every phrase sharing these stems is a gerund ("failing to" beside "failed to" is not);
        # "bring" ends in "ing" but is its own stem, no gerund.
        gerunds = {i for i, t in enumerate(words) if t.norm.endswith("ing") and t.norm != t.stem} if len(stems) > 1 else set()
        known = stems in self._by_first.get(stems[0], {})
        self._gerunds[stems] = tuple(sorted(gerunds & set(self._gerunds.get(stems, ())) if known else gerunds))
        payloads = self._by_first[stems[0]].setdefault(stems, [])
        if payload not in payloads:
            payloads.append(payload)
        self._tries = {}

    def words(self) -> set[str]:
        """Every stem any phrase contains."""
        return {stem for group in self._by_first.values() for stems in group for stem in stems}

    def _trie(self, first: str) -> _Node[T]:
        """The phrases starting with a stem, as a tree of their later stems: one walk tries them all."""
        root = self._tries.get(first)
        if root is None:
            root = _Node()
            for order, (stems, payloads) in enumerate(self._by_first.get(first, {}).items()):
                node = root
                for wanted in stems[1:]:
                    node = node.children.setdefault(wanted, _Node())
                node.ends.append((order, tuple(payloads), 0 in self._gerunds.get(stems, ())))
            self._tries[first] = root
        return root

    def exact(self, tokens: Sequence[Token]) -> tuple[T, ...]:
        """What is registered under exactly these words, if anything."""
        if not tokens:
            return ()
        stems = tuple(token.stem for token in tokens)
        return tuple(self._by_first.get(stems[0], {}).get(stems, ()))

    def find(self, tokens: Sequence[Token], taken: list[bool] | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches, left to right, the longest at each position.

        Tokens marked in ``taken`` are skipped and never part of a match; matched
        tokens are marked there, so later passes see what earlier ones claimed.
        """
        taken = taken if taken is not None else [False] * len(tokens)
        matches: list[PhraseMatch[T]] = []
        starts = self._by_first
        resume = 0
        for i in [k for k, token in enumerate(tokens) if token.stem in starts]:
            if i < resume or taken[i]:
                continue
            found = self._longest_at(tokens, taken, i)
            if found is None:
                continue
            matches.append(found)
            for j in range(found.start, found.end):
                taken[j] = True
            resume = found.end
        return matches

    def _longest_at(self, tokens: Sequence[Token], taken: list[bool], i: int) -> PhraseMatch[T] | None:
        """The longest phrase that matches from token i (of equal lengths, the one registered first)."""
        gerund = tokens[i].norm.endswith("ing")
        best: tuple[int, int, int, tuple[T, ...]] | None = None  # (length, -order, end, payloads)
        pending: list[tuple[_Node[T], int, int]] = [(self._trie(tokens[i].stem), i + 1, 1)]
        while pending:
            node, j, length = pending.pop()
            for order, payloads, gerund_first in node.ends:
                if (gerund or not gerund_first) and (best is None or (length, -order) > best[:2]):
                    best = (length, -order, j, payloads)
            for wanted, child in node.children.items():
                k = self._next_word(tokens, taken, j, wanted)
                if k is not None:
                    pending.append((child, k + 1, length + 1))
        return None if best is None else PhraseMatch(i, best[2], best[3])

    def _next_word(self, tokens: Sequence[Token], taken: list[bool], j: int, wanted: str) -> int | None:
        """Where the wanted stem stands next, past what a phrase may hold between its words; None if not there."""
        # A comma inside a phrase is still the phrase ("widespread, repeated use").
        while j < len(tokens) and tokens[j].norm == "," and not taken[j]:
            j += 1
        # So is one with its abbreviation given in passing ("N-methyl-d-aspartate (NMDA) receptor").
        while _abbreviation_at(tokens, j):
            j += 3
        while j < len(tokens) and tokens[j].norm in self._between and tokens[j].stem != wanted and not taken[j]:
            j += 1
        if j >= len(tokens) or taken[j] or tokens[j].stem != wanted:
            return None
        return j


class _Node(Generic[T]):
    """A stem's place in the tree of phrases sharing a first stem: the phrases ending here, the stems after it."""

    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.ends: list[tuple[int, tuple[T, ...], bool]] = []
        """(order registered, payloads, whether the first word must be a gerund)"""


def _abbreviation_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether a parenthesised abbreviation opens at j: "(", one word in capitals, ")"."""
    return (
        j + 2 < len(tokens)
        and tokens[j].norm == "("
        and tokens[j + 2].norm == ")"
        and tokens[j + 1].text.isupper()
        and len(tokens[j + 1].text) > 1
    )
