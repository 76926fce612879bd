"""Misspelt words read as the database word they were meant to be ("naltroxene", "Naltrexoen")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from ketacheck.text.normalize import Token, inflections, phrase_tokens, stem
from ketacheck.tuning import CUE_MIN_LETTERS, NAME_MIN_LETTERS, SHORT_WORD_LETTERS

_CORRECTIONS_KEPT = 65536
"""Distinct words whose correction is remembered: a stream of millions must not grow without end."""



class Speller:
    """Corrects misspellings towards the database's own words only."""

    def __init__(
        self, phrases: Iterable[tuple[str, bool]], known_stems: frozenset[str], dictionary: Callable[[], frozenset[str]]
    ) -> None:
        """``phrases``: every lexicon phrase and whether it names a thing; ``known_stems``: words left alone;
        ``dictionary``: English words, which are never misspellings (asked for only when a word is unknown)."""
        self._known_stems = known_stems
        self._dictionary = dictionary
        self._targets: dict[tuple[str, bool], list[str]] = defaultdict(list)
        words = {
            (form, is_name)
            for phrase, is_name in phrases
            for token in phrase_tokens(phrase)
            if token.norm.isalpha()
            # A cue is written once ("diminish") but misspelt in any form ("diminshed").
            for form in (inflections(token.norm) if not is_name and len(token.norm) >= CUE_MIN_LETTERS else (token.norm,))
            if len(form) >= NAME_MIN_LETTERS
        }
        for word, is_name in sorted(words):
            self._targets[word[0], is_name].append(word)
        self._cache: dict[str, str | None] = {}

    def correct(self, tokens: list[Token]) -> tuple[list[Token], list[str], frozenset[int]]:
        """The tokens with misspellings read as the words meant, what was read as what, and where."""
        corrections: list[str] = []
        corrected: set[int] = set()
        out: list[Token] = []
        for index, token in enumerate(tokens):
            word = token.norm
            if token.punct or token.stem in self._known_stems or len(word) < NAME_MIN_LETTERS or not word.isalpha():
                out.append(token)
                continue
            if word not in self._cache:
                if len(self._cache) >= _CORRECTIONS_KEPT:
                    self._cache.clear()
                self._cache[word] = None if word in self._dictionary() else self._closest(word)
            fixed = self._cache[word]
            if fixed is None:
                out.append(token)
                continue
            corrections.append(f"read {token.text!r} as {fixed!r}")
            corrected.add(index)
            out.append(replace(token, norm=fixed, stem=stem(fixed)))
        return out, corrections, frozenset(corrected)

    def _closest(self, word: str) -> str | None:
        names = self._targets.get((word[0], True), [])
        cues = self._targets.get((word[0], False), []) if len(word) >= CUE_MIN_LETTERS else []
        if not names and not cues:
            return None
        # Imported here: most statements are spelt right, and a cold start should not pay for it.
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        # Two slips only towards a long name: between common words two letters make another real word
        # ("promising" is not "promoting").
        allowed = 1 if len(word) < SHORT_WORD_LETTERS else 2
        found = process.extract(word, names, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=None)
        found += process.extract(word, cues, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None)
        if not found:
            return None
        best = min(distance for _, distance, _ in found)
        # Among equally close words, a dropped letter is the likeliest slip ("writen" is "written").
        return min(
            (candidate for candidate, distance, _ in found if distance == best),
            key=lambda candidate: (not _is_subsequence(word, candidate), abs(len(candidate) - len(word)), candidate),
        )


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)
