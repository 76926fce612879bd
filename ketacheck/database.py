"""Find, load and validate a claim database (the bundled one, or one given by path)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ketacheck.errors import DatabaseError, unreadable
from ketacheck.records import Database

if TYPE_CHECKING:
    from pydantic import ValidationError

BUNDLED_NAME = "claims.json"


def bundled_path() -> Path:
    """The path of the bundled database: data/claims.json at the top of the repository, which an
    installed package carries as its own ketacheck/data (see pyproject.toml)."""
    package = Path(__file__).parent
    installed = package / "data" / BUNDLED_NAME  # plain files, like english.json
    return installed if installed.exists() else package.parent / "data" / BUNDLED_NAME


def load_database(path: str | Path | None = None) -> Database:
    """Load and validate a database; the bundled one when ``path`` is None.

    Raises DatabaseError with one line per problem, never a bare pydantic or JSON error.
    """
    path = database_path(path)
    return parse_database(read_database_bytes(path), str(path))


def database_path(path: str | Path | None) -> Path:
    return Path(path) if path is not None else bundled_path()


def read_database_bytes(path: Path) -> bytes:
    """The file's bytes, or a DatabaseError saying in a few words why they cannot be read."""
    shown = str(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise DatabaseError(shown, [unreadable(error)]) from None


def parse_database(data: bytes, shown: str) -> Database:
    """Decode, parse and validate a database file's bytes; ``shown`` names it in errors."""
    try:
        raw_text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DatabaseError(shown, [f"not UTF-8 text ({error.reason} at byte {error.start})"]) from None
    try:
        raw = json.loads(raw_text)
    except json.JSONDecodeError as error:
        raise DatabaseError(
            shown, [f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"]
        ) from None
    # Imported here: pydantic is paid for only when a file has to be validated.
    from pydantic import ValidationError

    from ketacheck.models import Database as DatabaseFile

    try:
        return DatabaseFile.model_validate(raw).to_records()
    except ValidationError as error:
        # The schema checks ids and references only once every field is valid; read them from the raw file too.
        from ketacheck.models import reference_problems

        problems = _describe(error, raw)
        raise DatabaseError(shown, problems + [p for p in reference_problems(raw) if p not in problems]) from None


def read_source_text(database: Database, database_path: str | Path | None = None) -> str:
    """The source text a database was curated from, for verifying its quotes."""
    base = Path(database_path).parent if database_path is not None else bundled_path().parent
    source = base / database.source_file
    try:
        return source.read_text(encoding="utf-8")
    except OSError as error:
        raise DatabaseError(str(source), [f"source text unreadable: {unreadable(error)}"]) from None


def _describe(error: ValidationError, raw: object) -> list[str]:
    """One line per problem, naming the claim by its id rather than its position."""
    problems: list[str] = []
    for item in error.errors():
        location = list(item["loc"])
        message = item["msg"]
        if item["type"] == "value_error" and not location:
            # Cross-reference problems are already phrased per record by the model validator.
            problems.extend(message.removeprefix("Value error, ").splitlines())
            continue
        problems.append(f"{_where(location, raw)}: {message}")
    return problems


_SECTION_NOUNS = {"entities": "entity", "relations": "relation", "sources": "source"}


def _where(location: Sequence[object], raw: object) -> str:
    if len(location) >= 2 and location[0] == "claims" and isinstance(location[1], int):
        claims = raw.get("claims") if isinstance(raw, dict) else None
        record = claims[location[1]] if isinstance(claims, list) and location[1] < len(claims) else None
        name = record.get("id") if isinstance(record, dict) else None
        label = f"claim {name!r}" if isinstance(name, str) else f"claim #{location[1] + 1}"
        field = ".".join(str(part) for part in location[2:]) or "(record)"
        return f"{label}: {field}"
    if len(location) >= 2 and location[0] in _SECTION_NOUNS:
        field = ".".join(str(part) for part in location[2:]) or "(record)"
        return f"{_SECTION_NOUNS[location[0]]} {location[1]!r}: {field}"
    return ".".join(str(part) for part in location) or "(database)"
