"""Checking from Python: what a script gets without the CLI.

    >>> from ketacheck import Checker
    >>> checker = Checker()
    >>> checker.check("Naltrexone blocks dissociation.").verdict == "contradicted"
    True

A Checker is built once and reused; it prints nothing and raises only ketacheck's own errors
(``DatabaseError``, ``InputError``, ``ModelError``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import NoReturn

from ketacheck.errors import InputError
from ketacheck.records import CheckResult, Database


class Checker:
    """Checks statements against one claim database: the bundled one, or the file at ``db``.

    Building it reads and indexes the database (from the engine cache when it can) and raises
    DatabaseError when the database cannot be read or is invalid; the first check loads spaCy's
    pipeline. A Checker is not sent between processes: build one in each worker.
    """

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        from ketacheck.cache import load_engine

        self._engine = load_engine(os.fspath(db) if db is not None else None)

    @property
    def database(self) -> Database:
        """The claims, sources and lexicon being checked against."""
        return self._engine.database

    def check(self, statement: str) -> CheckResult:
        """The verdict on one statement, with the claim that decided it, its evidence and who said it."""
        return next(self.check_many([statement]))

    def check_many(self, statements: Iterable[str]) -> Iterator[CheckResult]:
        """The verdict on each statement of any iterable, in its order, in constant memory."""
        return self._engine.check_many(_texts(statements))

    def scan(self, text: str, path: str | None = None) -> list[dict[str, object]]:
        """Every checkable sentence of a draft (Markdown or plain text), as the records ``scan --format
        jsonl`` writes: where the sentence stands, then the fields of a check."""
        from ketacheck.render.scan import scan_record
        from ketacheck.scan import scan_text

        shown = path if path is not None else "<text>"
        document = scan_text(self._engine, _text(text), shown)
        return [scan_record(shown, item) for item in document.checked]

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Checker is not sent between processes: build one in each worker")


def _texts(statements: Iterable[str]) -> Iterator[str]:
    if isinstance(statements, str):
        raise InputError("check_many takes an iterable of statements, not one string: use check")
    for statement in statements:
        yield _text(statement)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise InputError(f"a statement is text, not {type(value).__name__}")
    return value
