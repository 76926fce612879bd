"""Validating a curated database beyond its schema: quotes, self-consistency, checkability."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    for quotation in database.quotations:
        if squeeze(quotation.words) not in source:
            problems.append(Problem(f"quotation {quotation.id!r}", "words", "not found verbatim in the source text"))
    return problems


def unreviewed(database: Database) -> list[Problem]:
    """Every record still marked as a draft: what ``db validate --strict`` refuses."""
    problems = [Problem("database", "draft", "the database is still marked as a draft")] if database.draft else []
    named: list[tuple[str, dict[str, Any]]] = [
        ("source", dict(database.sources)),
        ("entity", dict(database.entities)),
        ("relation", dict(database.relations)),
        ("claim", {c.id: c for c in database.claims}),
        ("quotation", {q.id: q for q in database.quotations}),
    ]
    for noun, found in named:
        problems += [Problem(f"{noun} {key!r}", "draft", "not reviewed yet") for key, record in found.items() if record.draft]
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
