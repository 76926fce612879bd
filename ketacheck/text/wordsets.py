"""The general English lexicon, stemmed and indexed: built once, then carried by the reader.

These are values rather than module constants so that a built engine, cached on disk,
carries them too: building them is most of what a cold start would otherwise pay for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import stem
from ketacheck.text.phrases import PhraseIndex


@dataclass(frozen=True, slots=True)
class EnglishWords:
    filler_stems: frozenset[str]
    """Words that never carry a claim."""
    hedge_stems: frozenset[str]
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
        filler_stems=frozenset(stem(w) for w in ENGLISH["filler"]["words"]),
        hedge_stems=frozenset(stem(w) for phrase in ENGLISH["hedges"] for w in phrase.split()),
        hedges=PhraseIndex((phrase, True) for phrase in ENGLISH["hedges"]),
        sentential=PhraseIndex((phrase, "sentential") for phrase in ENGLISH["negation"]["sentential"]),
        negations=negations,
    )
