"""The general English lexicon, stemmed and indexed: built once, then carried by the reader.

These are values rather than module constants so that a built engine, cached on disk,
carries them too: building them is most of what a cold start would otherwise pay for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token, stem
from ketacheck.text.phrases import PhraseIndex


@dataclass(frozen=True, slots=True)
class WordClass:
    """Words matched in any of their forms, by stem; but an adverb made from another word is matched as written:
    "surprisingly" says nothing of a claim, "the team was surprised" says something."""

    stems: frozenset[str]
    adverbs: frozenset[str]

    @classmethod
    def of(cls, words: Iterable[str]) -> WordClass:
        words = list(words)
        adverbs = frozenset(w for w in words if _derived_adverb(w))
        return cls(frozenset(stem(w) for w in words if w not in adverbs), adverbs)

    def holds(self, token: Token) -> bool:
        return token.stem in self.stems or token.norm in self.adverbs

    def __or__(self, other: WordClass) -> WordClass:
        return WordClass(self.stems | other.stems, self.adverbs | other.adverbs)


def _derived_adverb(word: str) -> bool:
    """ "surprisingly" (from "surprising"), "completely" (from "complete"); not "early", "only", "family"."""
    return len(word) > 4 and word.endswith("ly") and stem(word) in (stem(word[:-2]), stem(word[:-1]))


@dataclass(frozen=True, slots=True)
class EnglishWords:
    filler: WordClass
    """Words that never carry a claim."""
    hedge_words: WordClass
    """Words that hedge or attribute a claim rather than assert it."""
    hedges: PhraseIndex[bool]
    sentential: PhraseIndex[str]
    """Negations of a whole sentence ("it is not true that")."""
    negations: PhraseIndex[str]
    """NegEx cues: pseudo ("not only"), pre ("no"), post ("was ruled out")."""


@cache
def english_words() -> EnglishWords:
    negations: PhraseIndex[str] = PhraseIndex()
    for kind in ("pseudo", "pre", "post"):
        for phrase in ENGLISH["negation"][kind]:
            negations.add(phrase, kind)
    return EnglishWords(
        filler=WordClass.of(ENGLISH["filler"]["words"]),
        hedge_words=WordClass.of(w for phrase in ENGLISH["hedges"] for w in phrase.split()),
        hedges=PhraseIndex((phrase, True) for phrase in ENGLISH["hedges"]),
        sentential=PhraseIndex((phrase, "sentential") for phrase in ENGLISH["negation"]["sentential"]),
        negations=negations,
    )
