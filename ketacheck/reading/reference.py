"""Which study, drug or people a mention is: the article's own, or another.

"The study", "this trial", "the researchers", "a study published in the American Journal of
Psychiatry" and "a new study from Stanford" are the article's study. "A pilot study", "another
trial", "a 2019 study", "other NMDA antagonists", "a study published in Nature Communications"
are not: what is said of them is not the article's to settle. The words are english.json's
``reference``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ketacheck.reading.mentions import Mention, Name
from ketacheck.reading.parser import Tree
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token

_REFERENCE = ENGLISH["reference"]
_OTHER = frozenset(_REFERENCE["other"])
_INDEFINITE = frozenset(_REFERENCE["indefinite"])
_THIS_NEWS = frozenset(_REFERENCE["this_news"])
_NEEDS_IDENTIFYING = frozenset(_REFERENCE["identify_types"])
_IDENTIFYING = frozenset(_REFERENCE["identifying_types"])
_PREDICATIVE = frozenset(("attr", "appos", "oprd", "acomp"))


def other_mentions(
    tokens: Sequence[Token],
    tree: Tree,
    entities: Sequence[Mention],
    names: Sequence[Name],
    entity_types: dict[str, str],
    alias_words: dict[str, frozenset[str]],
    year: int | None,
) -> set[int]:
    """The ``id`` of each entity mention that names another study, drug or group than the article's.
    ``alias_words``: each entity's words in its aliases: "other" in "other underused treatments" is its name."""
    name_tokens = {i for name in names for i in name.span}
    by_token = {i: m for m in entities for i in m.span}
    others: set[int] = set()
    for mention in entities:
        if tree.deps[mention.anchor] in _PREDICATIVE:
            # "The study was a randomized trial": a predicate says what the subject is, not which.
            continue
        modifiers = [c for i in mention.span for c in tree.children[i] if c not in mention.span]
        words = {tokens[c].norm for c in modifiers}
        own = set().union(*(alias_words.get(e, frozenset()) for e in mention.ids))
        if (words - own) & _OTHER:
            others.add(id(mention))
            continue
        below = {i for c in modifiers for i in tree.subtree(c)}
        # A study placed by another name ("published in Nature Communications") or another year is another study.
        if below & name_tokens or _another_year(tokens, below, year):
            if any(entity_types[e] in _NEEDS_IDENTIFYING for e in mention.ids):
                others.add(id(mention))
                continue
        if not words & _INDEFINITE or not any(entity_types[e] in _NEEDS_IDENTIFYING for e in mention.ids):
            continue
        spoken = words | {tokens[i].norm for i in mention.span}
        identified = spoken & _THIS_NEWS or any(
            entity_types[e] in _IDENTIFYING for i in below if i in by_token for e in by_token[i].ids
        )
        if not identified:
            others.add(id(mention))
    return others


def _another_year(tokens: Sequence[Token], indices: set[int], year: int | None) -> bool:
    for i in indices:
        word = tokens[i].norm
        if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100 and int(word) != year:
            return True
    return False
