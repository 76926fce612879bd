"""Which study, drug or people a mention is: the article's own, or another.

"The study", "a new study", "the researchers", "a study published in the American Journal of
Psychiatry" are the article's study: coverage of one study calls it so. "A pilot study", "another
trial", "a 2019 study", "other NMDA antagonists", "a study published in Nature Communications"
are not: what is said of them is not the article's to settle. The words are english.json's
``reference``. Below, the tests the reader resolves a pronoun with: where its clause is, whether an
"it" only holds a place, how near an earlier word stands to the head of a subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from ketacheck.reading.mentions import Mention, MentionKind, Name
from ketacheck.reading.parser import Tree
from ketacheck.reading.roles import sets_apart
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token

_REFERENCE = ENGLISH["reference"]
_OTHER = frozenset(_REFERENCE["other"])
_PLACED_TYPES = frozenset(_REFERENCE["placed_types"])
_IN_TIME = frozenset(_REFERENCE["in_time"])
_TIMED_TYPES = frozenset(_REFERENCE["timed_types"])
_PREDICATIVE = frozenset(("attr", "appos", "oprd", "acomp"))
DEFINITE = frozenset(_REFERENCE["definite"])
"""Determiners of a mention that is the one already known ("the study", "this study")."""
DEMONSTRATIVES = frozenset(_REFERENCE["demonstratives"])
"""Determiners that point back at a thing named before ("these receptors", "that editorial"); they do not
make a study placed by another name the article's ("those studies published in Nature")."""
KNOWN = DEFINITE | DEMONSTRATIVES
"""Determiners of a mention that is one already known or named."""


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
    others: set[int] = set()
    for mention in entities:
        if tree.deps[mention.anchor] in _PREDICATIVE:
            # "The study was a randomized trial": a predicate says what the subject is, not which.
            continue
        modifiers = [c for i in mention.span for c in tree.children[i] if c not in mention.span]
        words = {tokens[c].norm for c in modifiers}
        own = set().union(*(alias_words.get(e, frozenset()) for e in mention.ids))
        if all(entity_types[e] in _TIMED_TYPES for e in mention.ids):
            own |= _IN_TIME  # "prior naltrexone": when it was taken, not another drug
        if (words - own) & _OTHER:
            others.add(id(mention))
            continue
        below = {i for c in modifiers for i in tree.subtree(c)}
        # A study placed by another name ("a study published in Nature Communications") or another year is
        # another study; "the study, published in JAMA" is the article's, placed wrongly.
        determiners = [c for c in [*mention.span, *modifiers] if tree.deps[c] == "det"]
        # Only a bare "the study", "the findings": "the Yale study", "the mouse study, published in Nature"
        # name another.
        described = [c for c in modifiers if tree.deps[c] in ("amod", "compound", "nmod", "nummod")]
        definite = any(tokens[c].norm in DEFINITE for c in determiners) and not described
        # Two other names ("the study, led by King's College London and published in Nature Medicine") make
        # another study of even a bare "the study": the article's would be placed wrongly twice over.
        placing = [name for name in names if below.intersection(name.span)]
        placed = (placing and (not definite or len(placing) > 1)) or _another_year(tokens, below, year)
        if placed and any(entity_types[e] in _PLACED_TYPES for e in mention.ids):
            others.add(id(mention))
    # "a new study done by the researchers of Johns Hopkins": who did another study are its own people.
    for mention in entities:
        if id(mention) in others:
            continue
        above = set(tree.ancestors(mention.anchor))
        if any(id(other) in others and other.anchor in above and set(other.ids) & set(mention.ids) for other in entities):
            others.add(id(mention))
    return others


def _another_year(tokens: Sequence[Token], indices: set[int], year: int | None) -> bool:
    for i in indices:
        word = tokens[i].norm
        if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100 and int(word) != year:
            return True
    return False


def kind_after(antecedent: Mention) -> MentionKind:
    """A pronoun that stands for a guess at the topic is a guess too ("It is an opioid blocker, and it …")."""
    return MentionKind.TOPIC if antecedent.kind is MentionKind.TOPIC else MentionKind.PRONOUN


def subject_depth(tree: Tree, node: int) -> int | None:
    """How many arcs below the head of a subject a word stands ("with naltrexone" in "Pretreating with
    naltrexone" stands two below); None if it is in no subject."""
    for depth, above in enumerate((node, *tree.ancestors(node))):
        if tree.deps[above] in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            return depth
        if depth and tree.is_verbal(above):
            return None
    return None


def set_apart(norms: Sequence[str], tree: Tree, mention: Mention) -> bool:
    """Whether a preposition above a mention sets it apart ("unlike ketamine", "compared with morphine")."""
    return any(tree.deps[a] == "prep" and sets_apart(tree, norms, a) for a in tree.ancestors(mention.anchor))


def clause_verb(tree: Tree, index: int) -> int:
    """The verb whose clause a token is in (the root where none is)."""
    for head in (index, *tree.ancestors(index)):
        if tree.pos[head] in ("VERB", "AUX") and tree.deps[head] not in ("aux", "auxpass"):
            return head
    return tree.root(index)


def holds_a_place(tree: Tree, i: int) -> bool:
    """An "it" that stands for a clause said later: "it is clear that …", "it is important to note …"."""
    head = tree.heads[i]
    if head < 0 or tree.deps[i] not in ("nsubj", "nsubjpass"):
        return False
    children = tree.children[head]
    if any(tree.deps[c] in ("ccomp", "csubj") for c in children):
        return True
    predicate = any(tree.deps[c] in ("acomp", "attr") for c in children)
    return predicate and any(tree.deps[c] == "xcomp" for c in children)
