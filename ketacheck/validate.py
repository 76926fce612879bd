"""Validating a curated database beyond its schema: quotes, self-consistency, checkability."""

from __future__ import annotations

from dataclasses import dataclass

from ketacheck.engine import Engine
from ketacheck.records import Database, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import normalize, squeeze

_FUNCTION_WORDS = frozenset(ENGLISH["filler"]["words"])

DENIAL = "It is not true that "
"""How a claim's statement is denied to test that the engine reads the denial as a contradiction."""


@dataclass(frozen=True)
class Problem:
    record: str
    """The record at fault: "claim 'id'", "entity 'id'"…"""
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


def deny(statement: str) -> str:
    """'It is not true that …' before the statement; a name keeps its capital ("… that Mark George")."""
    first = statement.split(" ", 1)[0]
    if first.lower() in _FUNCTION_WORDS:
        statement = statement[:1].lower() + statement[1:]
    return DENIAL + statement


def reference_problems(raw: object) -> list[str]:
    """Duplicated claim ids and references to nothing, read from a database file's parsed JSON.

    The schema checks these too, but only once every field of the file is valid; this reads the
    raw document, so a file with a wrong type somewhere still has its duplicated ids and dangling
    references reported. Records and fields of the wrong shape are skipped (the schema reports
    them), and each line is worded as the schema's own check words it, so the two merge without
    repeats.
    """
    if not isinstance(raw, dict):
        return []

    def ids(section: str) -> set[str] | None:
        value = raw.get(section)
        return set(value) if isinstance(value, dict) else None

    def named(value: object) -> list[str]:
        """An id, or the ids of a list, as a role may be written ("subject": "ketamine")."""
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [item for item in values if isinstance(item, str)]

    sources, entities, relations = ids("sources"), ids("entities"), ids("relations")
    claims = raw.get("claims")
    problems: list[str] = []
    seen: set[str] = set()
    for claim in claims if isinstance(claims, list) else []:
        if not isinstance(claim, dict) or not isinstance(claim.get("id"), str):
            continue
        where = f"claim {claim['id']!r}"
        if claim["id"] in seen:
            problems.append(f"{where}: id: duplicated")
        seen.add(claim["id"])
        attribution, relation = claim.get("attribution"), claim.get("relation")
        if sources is not None and isinstance(attribution, str) and attribution not in sources:
            problems.append(f"{where}: attribution: no source {attribution!r}")
        if relations is not None and isinstance(relation, str) and relation not in relations:
            problems.append(f"{where}: relation: no relation {relation!r}")
        for role in ("subject", "object", "qualifiers"):
            for entity in named(claim.get(role)):
                if entities is not None and entity not in entities:
                    problems.append(f"{where}: {role}: no entity {entity!r}")
    entity_records = raw.get("entities")
    for entity_id, entity in entity_records.items() if isinstance(entity_records, dict) else []:
        speaks_for = entity.get("speaks_for") if isinstance(entity, dict) else None
        if sources is not None and isinstance(speaks_for, str) and speaks_for not in sources:
            problems.append(f"entity {entity_id!r}: speaks_for: no source {speaks_for!r}")
    return problems


def validate(database: Database, source_text: str) -> list[Problem]:
    """Every problem found, in database order; an empty list means the database is sound.

    Each evidence quote must stand in the source (up to whitespace); each claim's own
    statement must check as supported and its denial as contradicted; and no claim's
    statement may be contradicted by another claim.
    """
    problems: list[Problem] = []
    source = squeeze(source_text)
    engine = Engine(database)
    for claim in database.claims:
        where = f"claim {claim.id!r}"
        if squeeze(claim.evidence) not in source:
            problems.append(Problem(where, "evidence", "not found verbatim in the source text"))
        verdicts = engine.claim_verdicts(claim.statement)
        for other, verdict in verdicts:
            if other.id != claim.id and verdict is Verdict.CONTRADICTED:
                problems.append(Problem(where, "statement", f"contradicted by claim {other.id!r}: the two disagree"))
        own = engine.check(claim.statement).verdict
        if own is not Verdict.SUPPORTED and not any(v is Verdict.CONTRADICTED for _, v in verdicts):
            problems.append(Problem(where, "statement", f"checks as {own.value}, not supported: {claim.statement!r}"))
        denied = engine.check(deny(claim.statement)).verdict
        if denied is not Verdict.CONTRADICTED:
            problems.append(Problem(where, "statement", f"its denial checks as {denied.value}, not contradicted"))
    return problems


def repeated_phrases(database: Database) -> list[Problem]:
    """Aliases an entity lists twice, or cues a relation lists twice, as the engine reads them
    (case, hyphens and spelling folded): harmless, but a sign of a list edited without reading it."""
    warnings: list[Problem] = []
    records = [(f"entity {i!r}", e.aliases + e.opposites) for i, e in database.entities.items()]
    records += [(f"relation {i!r}", r.cues + r.negative_cues + r.antonyms) for i, r in database.relations.items()]
    for record, phrases in records:
        first: dict[str, str] = {}
        for phrase in phrases:
            key = normalize(phrase)
            if key in first:
                warnings.append(Problem(record, "phrases", f"{phrase!r} repeats {first[key]!r}"))
            else:
                first[key] = phrase
    return warnings
