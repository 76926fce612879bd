"""The database file format, as pydantic models: what ``claims.json`` may hold.

Only loading and ``db schema`` use these. A validated file becomes the plain records
of ``ketacheck.records`` (``to_records``), which are what the engine and the
renderers work with.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from ketacheck import records
from ketacheck.records import Strength


def _as_list(value: object) -> object:
    """Let a journalist write ``"subject": "ketamine"`` for a one-item list."""
    return [value] if isinstance(value, str) else value


IdList = Annotated[tuple[str, ...], BeforeValidator(_as_list)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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
    converse_cues: tuple[str, ...] = Field(
        default=(),
        description="Cues, among the others, whose grammatical subject is the claim's object "
        "('the opioid system is responsible for the effect'; 'despite naltrexone, dissociation persisted').",
    )

    @model_validator(mode="after")
    def _converse_cues_are_cues(self) -> Relation:
        known = set(self.cues) | set(self.negative_cues) | set(self.antonyms)
        stray = [cue for cue in self.converse_cues if cue not in known]
        if stray:
            raise ValueError(f"converse_cues: {', '.join(repr(c) for c in stray)} not among the cues")
        return self


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

    def to_records(self) -> records.Database:
        """The validated database as the plain records the engine works with."""
        return records.Database(
            title=self.title,
            source_file=self.source_file,
            source_url=self.source_url,
            published=self.published,
            sources={key: records.Source(**dict(source)) for key, source in self.sources.items()},
            entities={key: records.Entity(**dict(entity)) for key, entity in self.entities.items()},
            relations={key: records.Relation(**dict(relation)) for key, relation in self.relations.items()},
            vocabulary=self.vocabulary,
            claims=tuple(records.Claim(**dict(claim)) for claim in self.claims),
        )
