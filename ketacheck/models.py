"""The database format and the result types, as pydantic models.

The database models describe ``claims.json``; the result models are what the
engine returns. Everything is frozen: a loaded database and a verdict are values.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


def _as_list(value: object) -> object:
    """Let a journalist write ``"subject": "ketamine"`` for a one-item list."""
    return [value] if isinstance(value, str) else value


IdList = Annotated[tuple[str, ...], BeforeValidator(_as_list)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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


class Source(_Frozen):
    """Who asserts a claim: the study, the editorial, earlier reporting…"""

    name: str = Field(description="How the attribution is shown to readers.")


class Entity(_Frozen):
    """Something the article talks about, with every way of naming it."""

    type: str = Field(description="A kind such as drug, person, institution, journal, place, effect.")
    name: str | None = Field(default=None, description="How to show it to readers; the first alias when absent.")
    aliases: tuple[str, ...] = Field(min_length=1, description="Names and paraphrases, matched after normalising.")
    opposites: tuple[str, ...] = Field(
        default=(), description="Phrases that name the opposite state (long-lasting for temporary)."
    )

    @property
    def display_name(self) -> str:
        return self.name or self.aliases[0]

    pronouns: tuple[str, ...] = Field(
        default=(), description="Words that stand for it as a subject when no name is given ('they', 'all')."
    )
    speaks_for: str | None = Field(
        default=None, description="The source this entity speaks for when it says or finds something."
    )


class Relation(_Frozen):
    """A kind of link between a subject and an object, and the words that express it."""

    cues: tuple[str, ...] = Field(min_length=1, description="Words and phrases that express the relation.")
    negative_cues: tuple[str, ...] = Field(
        default=(), description="Phrases that express the relation not holding ('still' for block)."
    )
    antonyms: tuple[str, ...] = Field(default=(), description="Phrases that express the opposite relation.")
    agent_subject: bool = Field(
        default=False,
        description="Whether the subject is who does it, so that in the passive voice it comes after the verb ('was blocked by naltrexone').",
    )
    agent_markers: tuple[str, ...] = Field(
        default=(),
        description="Words besides 'by' that mark the subject after the verb ('of' for cause: 'the effects of ketamine').",
    )
    implicit: bool = Field(
        default=False,
        description="Whether subject and object side by side express it without a cue ('Stanford researchers').",
    )


class Claim(_Frozen):
    """One checkable assertion of the source, with its evidence and its frame."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Stable identifier, kebab-case.")
    statement: str = Field(min_length=1, description="The claim in plain words.")
    evidence: str = Field(min_length=1, description="A verbatim quote from the source.")
    attribution: str = Field(description="Id of the source that asserts it.")
    strength: Strength
    subject: IdList = Field(min_length=1, description="Entity id, or ids any of which may fill the role.")
    relation: str = Field(description="Relation id.")
    object: IdList = Field(default=(), description="Entity id(s); empty when the claim has none.")
    polarity: bool = Field(default=True, description="False when the source says the relation does not hold.")
    qualifiers: IdList = Field(
        default=(), description="Entity ids that qualify the claim (quickly, early); their opposites contradict it."
    )
    scope: Literal["some"] | None = Field(
        default=None, description="'some' when the source says it of only some of the group: 'all' contradicts it."
    )
    count: int | None = Field(default=None, ge=0, description="A number the claim states; another number contradicts.")
    exclusive: Literal["subject", "object"] | None = Field(
        default=None,
        description="The role only this entity fills: another name of the same type there contradicts.",
    )


class Database(_Frozen):
    """A claim database: where it comes from, its lexicon and its claims."""

    title: str
    source_file: str = Field(description="The source text, relative to the database file.")
    source_url: str | None = None
    published: str | None = None
    sources: dict[str, Source]
    entities: dict[str, Entity]
    relations: dict[str, Relation]
    vocabulary: tuple[str, ...] = Field(
        default=(), description="Domain words that never carry a claim by themselves (dose, symptoms)."
    )
    claims: tuple[Claim, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> Database:
        problems: list[str] = []
        seen: set[str] = set()
        for claim in self.claims:
            if claim.id in seen:
                problems.append(f"claim {claim.id!r}: id: duplicated")
            seen.add(claim.id)
            if claim.attribution not in self.sources:
                problems.append(f"claim {claim.id!r}: attribution: no source {claim.attribution!r}")
            if claim.relation not in self.relations:
                problems.append(f"claim {claim.id!r}: relation: no relation {claim.relation!r}")
            for role in ("subject", "object", "qualifiers"):
                for entity in getattr(claim, role):
                    if entity not in self.entities:
                        problems.append(f"claim {claim.id!r}: {role}: no entity {entity!r}")
        for entity_id, entity in self.entities.items():
            if entity.speaks_for is not None and entity.speaks_for not in self.sources:
                problems.append(f"entity {entity_id!r}: speaks_for: no source {entity.speaks_for!r}")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNKNOWN = "unknown"


class CheckResult(_Frozen):
    """The engine's answer for one statement."""

    statement: str = Field(description="The statement as given.")
    verdict: Verdict
    score: float = Field(
        ge=0.0,
        le=1.0,
        description="How closely the statement matched the cited claim's frame; for unknown, how close the nearest claim came.",
    )
    claim_id: str | None = Field(description="The claim that decided the verdict; null when nothing matched.")
    claim: str | None = Field(description="That claim's statement.")
    evidence: str | None = Field(description="The verbatim quote from the source.")
    attribution: str | None = Field(description="Who asserts the evidence.")
    reasons: tuple[str, ...] = Field(description="What each step of the analysis decided, in order.")
