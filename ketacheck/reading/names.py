"""Names the database does not know: runs of proper nouns, and what kind of thing each names."""

from __future__ import annotations

from collections.abc import Sequence

from ketacheck.reading.mentions import Name
from ketacheck.reading.parser import Tree
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token

_NAMES = ENGLISH["names"]
_TITLES = frozenset(_NAMES["titles"])
_CONNECTORS = frozenset(_NAMES["connectors"])
_NOT_NAMES = frozenset(_NAMES["not_names"])
_KINDS = {word: kind for kind, words in _NAMES["kinds"].items() for word in words}
_KIND_PRIORITY = ("journal", "institution", "person", "place")


def find_names(tokens: Sequence[Token], taken: Sequence[bool], tree: Tree) -> list[Name]:
    """Runs of capitalised proper nouns (with 'of', 'and'… between them) that no lexicon phrase took."""
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        if not _name_word(tokens, taken, tree, i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if _name_word(tokens, taken, tree, j):
                j += 1
            elif tokens[j].norm in _CONNECTORS and j + 1 < len(tokens) and _name_word(tokens, taken, tree, j + 1):
                j += 2
            else:
                break
        words = [t.norm for t in tokens[i:j]]
        if len(words) == 1 and (words[0] in _NOT_NAMES or len(words[0]) == 1):
            # Months, days and nationalities are capitalised without naming anyone or anywhere; nor
            # does an initial alone ("R.", the "D" of "M.D.").
            i = j
            continue
        kinds = {_KINDS[word] for word in words if word in _KINDS}
        # "The New England Journal of Medicine" is a journal though "medicine" names institutions too.
        kind = next((k for k in _KIND_PRIORITY if k in kinds), None)
        if kind is None:
            kind = "person" if i > 0 and tokens[i - 1].norm in _TITLES else "name"
        anchor = next((k for k in range(i, j) if not i <= tree.heads[k] < j), j - 1)
        names.append(Name(i, j, " ".join(t.text for t in tokens[i:j]), kind, anchor))
        i = j
    return names


def _name_word(tokens: Sequence[Token], taken: Sequence[bool], tree: Tree, i: int) -> bool:
    token = tokens[i]
    if taken[i] or not token.capitalised or token.norm in _TITLES or not token.norm.isalpha():
        return False
    # The tagger tells a name from a capital that only opens a sentence; a known head word is a name either way.
    return tree.tags[i] in ("NNP", "NNPS") or token.norm in _KINDS
