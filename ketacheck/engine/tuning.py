"""The engine's few numbers, in one place. Each is pinned by a test (tests/engine/test_tuning.py)."""

from __future__ import annotations

MAX_STATEMENT_CHARS = 100_000
"""Longer statements are refused (answered unknown, saying why): reading time grows faster than length."""

BASE_SCORE = 0.6
"""The score of a decided verdict whose frames account for none of the statement's content words."""
SHARE_WEIGHT = 0.4
"""Added in proportion to the share of content words the deciding frames account for (so 1.0 for all)."""
CORRECTION_PENALTY = 0.05
"""Taken off a decided verdict's score for each misspelling read as another word."""
DECIDED_FLOOR = 0.5
"""A decided verdict never scores below this; an unknown never reaches it."""
UNKNOWN_CEILING = 0.49
"""An unknown's score is how close the nearest claim's words came, scaled to stay below this."""
