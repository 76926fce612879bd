"""The values the engine works with and returns: a loaded database and the verdicts.

Plain frozen dataclasses, not pydantic models: checking a statement must not pay for
importing pydantic and building validators (two thirds of a cold start). ``models``
describes the database *file* with pydantic, validates it, and hands over these records;
a test holds the two field for field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from typing import Literal


class Strength(str, Enum):
    """How firmly the source asserts a claim."""

    FINDING = "finding"
    """A result the study reports."""
    FACT = "fact"
    """Background the article states as fact."""
    HYPOTHESIS = "hypothesis"
    """An idea someone put forward to be tested, or an earlier study's suggestion."""
    WARNING = "warning"
    """A caution, usually the editorial's."""
    SUGGESTION = "suggestion"
    """Advice about what should be done."""

    @property
    def hedged(self) -> bool:
        """Whether a statement must be hedged or attributed to be supported by it."""
        return self in (Strength.HYPOTHESIS, Strength.WARNING, Strength.SUGGESTION)

    @property
    def only_hedged(self) -> bool:
        """Whether only a hedge will do: naming who put an idea forward does not make it a finding."""
        return self is Strength.HYPOTHESIS


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        # Equal to its string, and printed as it: print(result.verdict) shows "contradicted".
        return self.value


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    draft: bool = False
    """Proposed by ``db draft`` and not yet reviewed; so for every record below."""


@dataclass(frozen=True, slots=True)
class Entity:
    type: str
    name: str | None
    aliases: tuple[str, ...]
    opposites: tuple[str, ...]
    pronouns: tuple[str, ...]
    speaks_for: str | None
    topic: bool = False
    question_of: str | None = None
    draft: bool = False

    @property
    def display_name(self) -> str:
        return self.name or self.aliases[0]


@dataclass(frozen=True, slots=True)
class Relation:
    cues: tuple[str, ...]
    negative_cues: tuple[str, ...]
    antonyms: tuple[str, ...]
    agent_subject: bool
    agent_markers: tuple[str, ...]
    implicit: bool
    converse_cues: tuple[str, ...] = ()
    draft: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    statement: str
    evidence: str
    attribution: str
    strength: Strength
    subject: tuple[str, ...]
    relation: str
    object: tuple[str, ...]
    polarity: bool
    qualifiers: tuple[str, ...]
    scope: Literal["some"] | None
    count: int | None
    exclusive: Literal["subject", "object"] | None
    condition: tuple[str, ...] = ()
    draft: bool = False


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words the source quotes someone as saying or writing, exactly as printed."""

    id: str
    speaker: str
    """The entity quoted."""
    words: str
    attribution: str
    """The source the words belong to (the editorial)."""
    draft: bool = False


@dataclass(frozen=True, slots=True)
class Database:
    title: str
    source_file: str
    source_url: str | None
    published: str | None
    sources: dict[str, Source]
    entities: dict[str, Entity]
    relations: dict[str, Relation]
    vocabulary: tuple[str, ...]
    claims: tuple[Claim, ...]
    quotations: tuple[Quotation, ...] = ()
    draft: bool = False

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The engine's answer for one statement."""

    statement: str
    """The statement as given."""
    verdict: Verdict
    score: float
    """How closely the statement matched the cited claim's frame; for unknown, how close the nearest claim came."""
    claim_id: str | None
    """The claim that decided the verdict; None when nothing matched."""
    claim: str | None
    """That claim's statement."""
    evidence: str | None
    """The verbatim quote from the source."""
    attribution: str | None
    """Who asserts the evidence."""
    reasons: tuple[str, ...]
    """What each step of the analysis decided, in order."""
    quote: str | None = None
    """For a statement that quotes: "verbatim", "misquoted", "misattributed" or "not in the source"."""
    difference: tuple[tuple[str, str], ...] = ()
    """For a misquote, the source's words against the quoted ones: ("same" | "dropped" | "added", words)."""

    def to_dict(self, line: int | None = None) -> dict[str, object]:
        """The record ``check --format jsonl`` writes, fields in the same order; ``line`` adds the
        statement's line number first, as the CLI does.

        Written out by hand rather than with ``as_document``, which costs more than the JSON encoding;
        a test holds the two equal.
        """
        record: dict[str, object] = {} if line is None else {"line": line}
        record.update(
            statement=self.statement,
            verdict=self.verdict.value,
            score=self.score,
            claim_id=self.claim_id,
            claim=self.claim,
            evidence=self.evidence,
            attribution=self.attribution,
            reasons=list(self.reasons),
            quote=self.quote,
            difference=list(self.difference),
        )
        return record


def as_document(record: Claim | CheckResult) -> dict[str, object]:
    """A record as JSON-ready values, fields in declaration order: enums by value, tuples as lists."""
    document: dict[str, object] = {}
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        document[item.name] = value
    return document
