"""Numbers written in digits or words, with the comparison they come with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token

_WORDS = ENGLISH["numbers"]
_UNITS: dict[str, int] = _WORDS["units"]
_TENS: dict[str, int] = _WORDS["tens"]
_SCALES: dict[str, int] = _WORDS["scales"]
_FRACTIONS: dict[str, float] = _WORDS["fractions"]
_SHARES: dict[str, tuple[str, float]] = {word: (share[0], share[1]) for word, share in _WORDS["shares"]["words"].items()}
_MEASURES = frozenset(_WORDS["units_of_measure"])
_NOT_A_COUNT_AFTER = frozenset(_WORDS["not_a_count_after"])
_PART_OF = frozenset(tuple(phrase.split()) for phrase in _WORDS["part_of"])
_COMPARATORS: dict[tuple[str, ...], str] = {tuple(k.split()): v for k, v in _WORDS["comparators"].items()}


@dataclass(slots=True, eq=False)
class Quantity:
    value: float
    comparator: str
    """One of = > >= < <= ~ ~< (about; nearly)."""
    start: int
    end: int
    """Token span, comparator included."""
    is_count: bool
    """False for years and measurements (2016, 50 mg), which never contradict a count."""
    is_year: bool = False

    def agrees_with(self, recorded: float) -> bool:
        v = self.value
        return {
            "=": recorded == v,
            ">": recorded > v,
            ">=": recorded >= v,
            "<": recorded < v,
            "<=": recorded <= v,
            "~": abs(recorded - v) <= max(1.0, 0.1 * v),
            "~<": v * 0.8 <= recorded < v,
        }[self.comparator]

    @property
    def shown(self) -> str:
        value = int(self.value) if self.value == int(self.value) else self.value
        return f"{value}" if self.comparator == "=" else f"{self.comparator}{value}"


def find_quantities(tokens: Sequence[Token], taken: Sequence[bool]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        if taken[i]:
            i += 1
            continue
        share = _share_of_whole(tokens, i)
        if share is not None:
            # "fewer than half of the thirty recruits": the part, counted against the whole after it.
            value, comparator = share
            start, before = _comparator_before(tokens, i)
            # "about half of the 30" rounds: a share said roughly counts no one.
            out.append(Quantity(value, before if before != "=" else comparator, start, i + 1, not before.startswith("~")))
            i += 1
            continue
        parsed = _parse_at(tokens, i)
        if parsed is None:
            i += 1
            continue
        value, end = parsed
        start, comparator = _comparator_before(tokens, i)
        if comparator == "=" and i > 0 and tokens[i - 1].norm == "between":
            comparator, start = ">=", i - 1  # "between 20 and 40": at least the first …
        elif comparator == "=" and out and i >= 2 and tokens[i - 1].norm == "and" and tokens[out[-1].start].norm == "between":
            comparator = "<="  # … and at most the second
        after = tokens[end].norm if end < len(tokens) else ""
        is_year = value == int(value) and 1800 <= value <= 2100 and tokens[i].is_number and len(tokens[i].norm) == 4
        is_count = not is_year and after not in _MEASURES and after not in _NOT_A_COUNT_AFTER
        if out and _joins_part_to_whole(tokens, out[-1].end, start):
            # "12 of the 30", "40% of the 30": the part is what the sentence says, the 30 only the whole it is part of.
            is_count = False
        out.append(Quantity(value, comparator, start, end, is_count, is_year))
        i = end
    return out


def _share_of_whole(tokens: Sequence[Token], i: int) -> tuple[float, str] | None:
    """For a share word ("most", "half") followed by "of (the)" and a number: that share of the number."""
    share = _SHARES.get(tokens[i].norm)
    if share is None:
        return None
    for length in (3, 2, 1):
        if tuple(t.norm for t in tokens[i + 1 : i + 1 + length]) in _PART_OF and i + 1 + length < len(tokens):
            whole = _parse_at(tokens, i + 1 + length)
            if whole is not None:
                comparator, fraction = share
                return round(whole[0] * fraction, 2), comparator
    return None


def _joins_part_to_whole(tokens: Sequence[Token], part_end: int, whole_start: int) -> bool:
    between = [t.norm for t in tokens[part_end:whole_start]]
    if between and between[0] in _MEASURES:
        between = between[1:]  # "40% of the 30"
    return tuple(between) in _PART_OF


def _parse_at(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    token = tokens[i]
    if token.is_number:
        text = token.norm.replace(",", "")
        try:
            return float(text), i + 1
        except ValueError:
            return None
    word = token.norm
    if word in _FRACTIONS and i + 1 < len(tokens) and tokens[i + 1].norm in ("a", "an"):
        # "half a dozen": the fraction of the number it takes.
        whole = _parse_at(tokens, i + 1)
        return (_FRACTIONS[word] * whole[0], whole[1]) if whole else None
    # "one" is far more often a pronoun than a count ("one of the authors").
    if word == "one" or (word not in _UNITS and word not in _TENS and word not in ("a", "an")):
        return None
    if word in ("a", "an"):
        if i + 1 < len(tokens) and tokens[i + 1].norm in ("dozen", "hundred", "thousand"):
            return float(_UNITS.get(tokens[i + 1].norm, _SCALES.get(tokens[i + 1].norm, 0))), i + 2
        return None
    value = _UNITS.get(word) or _TENS.get(word, 0)
    end = i + 1
    if word in _TENS and end < len(tokens) and tokens[end].norm in _UNITS and tokens[end].norm != "dozen":
        value += _UNITS[tokens[end].norm]
        end += 1
    while end < len(tokens) and tokens[end].norm in _SCALES:
        value *= _SCALES[tokens[end].norm]
        end += 1
    if end < len(tokens) and tokens[end].norm == "dozen" and word != "dozen":
        value *= 12
        end += 1
    return float(value), end


def _comparator_before(tokens: Sequence[Token], i: int) -> tuple[int, str]:
    for length in (3, 2, 1):
        if i - length < 0:
            continue
        words = tuple(t.norm for t in tokens[i - length : i])
        if words in _COMPARATORS:
            return i - length, _COMPARATORS[words]
    return i, "="
