"""Shared fixtures: the bundled database and engine, a CLI runner, and broken copies of the database."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ketacheck.database import bundled_path, load_database
from ketacheck.engine import Engine
from ketacheck.records import Database

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "eval" / "dev.tsv"

# Colour codes would make output comparisons depend on the terminal running the tests.
os.environ.pop("FORCE_COLOR", None)
os.environ["NO_COLOR"] = "1"
os.environ["TERM"] = "dumb"


@pytest.fixture(scope="session", autouse=True)
def engine_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Built engines go to a directory of the test run's own, never to the user's cache."""
    directory = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KETACHECK_CACHE_DIR", str(directory))
        yield directory


@pytest.fixture(scope="session")
def database() -> Database:
    return load_database()


@pytest.fixture(scope="session")
def engine(database: Database) -> Engine:
    return Engine(database)


@pytest.fixture(scope="session")
def reader(database: Database):
    from ketacheck.reading import Reader, evidence_tokens

    return Reader(database, evidence_tokens(database))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def raw_database() -> dict:
    return json.loads(bundled_path().read_text(encoding="utf-8"))


@pytest.fixture
def database_copy(tmp_path: Path, raw_database: dict) -> Callable[[Callable[[dict], object] | None], Path]:
    """Write a copy of the bundled database, changed by ``edit``, beside a copy of its source text."""

    def make(edit: Callable[[dict], object] | None = None) -> Path:
        data = json.loads(json.dumps(raw_database))
        if edit is not None:
            edit(data)
        (tmp_path / "source.txt").write_text((bundled_path().parent / "source.txt").read_text(encoding="utf-8"))
        path = tmp_path / "claims.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return make


@pytest.fixture
def exploding_engine(monkeypatch) -> None:
    """An engine whose every check fails with an unexpected error, to test the last line of defence."""
    from ketacheck import engine as engine_module

    def explode(self, statements, batch=None):
        raise RuntimeError("boom")
        yield  # a generator, as check_many is

    monkeypatch.setattr(engine_module.Engine, "check_many", explode)
