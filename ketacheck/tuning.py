"""The numbers that tune a verdict, in one place. tests/test_tuning.py pins each by what it changes.

Operational sizes (batches, caches) live beside the code they size; these decide what is read
and how a verdict is scored.
"""

from __future__ import annotations

# --- reading ---------------------------------------------------------------------------------

MAX_STATEMENT_CHARS = 100_000
"""Longer statements are refused (answered unknown, saying why): reading time grows faster than length."""

CAPITALISED_SHARE = 0.6
"""Above this share of capitalised words (a headline in title case, or shouting), the parser reads
the words in lower case: it takes capitals for names."""

NAME_MIN_LETTERS = 5
"""Words shorter than this are never corrected: too many real words lie one letter apart."""
CUE_MIN_LETTERS = 6
"""Towards relation cues only from this length: "spend" is not "speed", "found" not "founded"."""
SHORT_WORD_LETTERS = 8
"""Below this length a name may be one slip away, from it two; a cue word always one."""

CLIMB_LIMIT = 5
"""How many arcs a cue climbs to find its subject: a verb chain ("did not appear to have blocked")
and the noun a participle or preposition modifies, no further."""
FILLER_DEPTH = 3
"""How deep into a phrase that names nothing the database knows its entity is looked for
("the use of pretreatment with naltrexone")."""
CHAIN_LIMIT = 4
"""How many arcs a cue climbs to take its verb's negation ("did not have an effect on"), and a
mention to take its phrase's ("has no risk of addiction")."""

# --- scoring ---------------------------------------------------------------------------------

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

# --- drafts and explanations -----------------------------------------------------------------

MIN_WORDS_CHECKED = 4
"""In a draft, a sentence of fewer words makes no claim worth checking ("See below.")."""
REJECTIONS_SHOWN = 5
"""At most this many claims not compared are named in the reasons: enough to answer 'why not claim X?'."""

# --- quotations ------------------------------------------------------------------------------

QUOTE_MIN_WORDS = 3
"""Words in quotes fewer than this, which the source does not hold or gives to another, are scare quotes
("'really'", "'another opioid'"), not a quotation."""
MISQUOTE_MIN_WORDS = 4
"""A quotation this long or longer may be called misquoted; a shorter one is too easily like other words."""
MISQUOTE_SIMILARITY = 0.75
"""How alike (difflib's ratio over words) quoted words and the source's must be to be a misquote of them
rather than words the source does not hold."""
