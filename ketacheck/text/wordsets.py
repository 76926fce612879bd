"""Stemmed word sets from the general English lexicon, looked up once per token."""

from __future__ import annotations

from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import stem

FILLER_STEMS: frozenset[str] = frozenset(stem(w) for w in ENGLISH["filler"]["words"])
"""Words that never carry a claim."""

HEDGE_STEMS: frozenset[str] = frozenset(stem(w) for phrase in ENGLISH["hedges"] for w in phrase.split())
"""Words that hedge or attribute a claim rather than assert it."""
