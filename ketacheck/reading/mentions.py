"""What a statement names: the database's entities and relation cues, unknown names, negation cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class MentionKind(str, Enum):
    """How a span came to name an entity or a relation."""

    ALIAS = "alias"
    """One of the entity's names."""
    OPPOSITE = "opposite"
    """A name of the entity's opposite state (long-lasting for temporary)."""
    PRONOUN = "pronoun"
    """A pronoun that stands for an entity named earlier."""
    TOPIC = "topic"
    """A pronoun or "the drug" that nothing before it names, taken for what the source is about."""
    CUE = "cue"
    """A word that expresses the relation."""
    NEGATIVE_CUE = "negative cue"
    """A word that expresses the relation not holding (still, unaffected)."""
    ANTONYM = "antonym"
    """A word that expresses the opposite relation (strengthened)."""


@dataclass(slots=True)
class Mention:
    """An entity or relation named in the statement, by token span, anchored to a node of the parse."""

    start: int
    end: int
    """Token span, end exclusive."""
    text: str
    ids: tuple[str, ...]
    """Entity ids, or relation ids."""
    kind: MentionKind
    anchor: int
    """The token of the span that heads it in the parse."""
    negations: list[str] = field(default_factory=list)
    """The negation cues that reach this mention."""
    converse: bool = False
    """For a relation cue: its grammatical subject is the claim's object ("responsible for")."""

    @property
    def sign(self) -> int:
        """-1 for an opposite, a negative cue or an antonym."""
        return -1 if self.kind in (MentionKind.OPPOSITE, MentionKind.NEGATIVE_CUE, MentionKind.ANTONYM) else 1

    @property
    def stands_in(self) -> bool:
        """A pronoun or "the drug" standing for an entity, rather than a name of it."""
        return self.kind in (MentionKind.PRONOUN, MentionKind.TOPIC)

    @property
    def negated(self) -> bool:
        return len(self.negations) % 2 == 1

    @property
    def span(self) -> range:
        return range(self.start, self.end)


@dataclass(slots=True, eq=False)
class Name:
    """A capitalised name the database does not know (Nature, Johns Hopkins University)."""

    start: int
    end: int
    text: str
    kind: str
    """institution, journal, person, place, or name when it cannot tell."""
    anchor: int

    @property
    def span(self) -> range:
        return range(self.start, self.end)


@dataclass(slots=True, eq=False)
class NegationCue:
    """A negation cue (NegEx) and the token of the parse it negates."""

    start: int
    end: int
    text: str
    target: int
    sentential: bool = False
    """Whether it denies a whole clause ("it is not true that …") rather than one word."""
    degree: str | None = None
    """The word that makes a denial of truth one of degree ("not entirely true that …"): it says the
    clause is partly not so, which neither asserts it nor denies it."""
