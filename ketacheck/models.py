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


DRAFT_HELP = "True on a record `db draft` proposed and no curator has reviewed; `db validate --strict` refuses it."


def _draft_field() -> bool:
    return Field(default=False, description=DRAFT_HELP)


class Source(_Frozen):
    """Who asserts a claim: the study, the editorial, earlier reporting…"""

    name: str = Field(description="How the attribution is shown to readers.")
    draft: bool = _draft_field()


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
    topic: bool = Field(
        default=False,
        description="What the source is about: a pronoun or 'the drug' that nothing in a statement names stands for it.",
    )
    question_of: str | None = Field(
        default=None,
        description="The entity whose workings this one is: 'why it works', 'how the drug acts' said of it name this one.",
    )
    draft: bool = _draft_field()


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
    draft: bool = _draft_field()

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
    condition: IdList = Field(
        default=(),
        description="Entity ids the claim holds under (a drug taken first): only a statement that names one "
        "in the claim's frame ('when patients took naltrexone, …') is compared with it.",
    )
    draft: bool = _draft_field()


class Quotation(_Frozen):
    """A direct quotation in the source: who said or wrote it, and the words exactly as printed."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Stable identifier, kebab-case.")
    speaker: str = Field(description="Id of the entity quoted.")
    words: str = Field(min_length=1, description="The words exactly as the source prints them, brackets and all.")
    attribution: str = Field(description="Id of the source the words belong to.")
    draft: bool = _draft_field()


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
    quotations: tuple[Quotation, ...] = Field(default=(), description="The source's direct quotations.")
    draft: bool = _draft_field()

    @model_validator(mode="after")
    def _one_topic(self) -> Database:
        topics = [entity_id for entity_id, entity in self.entities.items() if entity.topic]
        if len(topics) > 1:
            raise ValueError(f"entities: {', '.join(topics)} are each the topic; a source has one")
        return self

    @model_validator(mode="after")
    def _references_resolve(self) -> Database:
        problems = reference_problems(self.model_dump(mode="json"))
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
            quotations=tuple(records.Quotation(**dict(quotation)) for quotation in self.quotations),
            draft=self.draft,
        )


_REFERENCES: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "claims": (
        "claim",
        (
            ("attribution", "sources", "source"),
            ("relation", "relations", "relation"),
            ("subject", "entities", "entity"),
            ("object", "entities", "entity"),
            ("qualifiers", "entities", "entity"),
            ("condition", "entities", "entity"),
        ),
    ),
    "quotations": ("quotation", (("speaker", "entities", "entity"), ("attribution", "sources", "source"))),
}
"""For each list of records: what one is called, and each field that names an id, in which section, of what."""


def reference_problems(raw: object) -> list[str]:
    """Duplicated ids and references to nothing, read from a database file's parsed JSON.

    The schema runs this once every field is valid; ``database.parse_database`` runs it on the raw
    document too, so a file with a wrong type somewhere still has its duplicated ids and dangling
    references reported. Records and fields of the wrong shape are skipped (the schema reports them).
    """
    if not isinstance(raw, dict):
        return []
    sections = {name: raw.get(name) for name in ("sources", "entities", "relations")}
    ids = {name: set(value) for name, value in sections.items() if isinstance(value, dict)}
    problems: list[str] = []
    seen: set[str] = set()
    for section, (noun, fields) in _REFERENCES.items():
        listed = raw.get(section)
        for item in listed if isinstance(listed, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            where = f"{noun} {item['id']!r}"
            if item["id"] in seen:
                problems.append(f"{where}: id: duplicated")
            seen.add(item["id"])
            for field, target, kind in fields:
                for reference in _named(item.get(field)):
                    if target in ids and reference not in ids[target]:
                        problems.append(f"{where}: {field}: no {kind} {reference!r}")
    entities = sections["entities"]
    for entity_id, entity in entities.items() if isinstance(entities, dict) else []:
        speaks_for = entity.get("speaks_for") if isinstance(entity, dict) else None
        if "sources" in ids and isinstance(speaks_for, str) and speaks_for not in ids["sources"]:
            problems.append(f"entity {entity_id!r}: speaks_for: no source {speaks_for!r}")
        question_of = entity.get("question_of") if isinstance(entity, dict) else None
        if isinstance(question_of, str) and isinstance(entities, dict) and question_of not in entities:
            problems.append(f"entity {entity_id!r}: question_of: no entity {question_of!r}")
    return problems


def _named(value: object) -> list[str]:
    """An id, or the ids of a list, as a role may be written ("subject": "ketamine")."""
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [item for item in values if isinstance(item, str)]
