"""The engine cache: read back when nothing changed, rebuilt when anything did, never in the way."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ketacheck import cache
from ketacheck.errors import DatabaseError
from ketacheck.records import Verdict


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("KETACHECK_CACHE_DIR", str(directory))
    return directory


def _entries(directory):
    return sorted(directory.glob("engine-*.pickle"))


def _never_parse(data, shown):
    raise AssertionError("the database was parsed: the engine was built, not read back")


def test_a_second_load_reads_the_engine_back_instead_of_building_it(cache_dir, database_copy, monkeypatch):
    path = database_copy()
    first = cache.load_engine(path)
    assert len(_entries(cache_dir)) == 1
    monkeypatch.setattr(cache, "parse_database", _never_parse)
    second = cache.load_engine(path)
    assert second is not first
    for statement in ("Naltrexone blocks dissociation.", "Naltrexone blocked the antidepressant effect."):
        assert second.check(statement) == first.check(statement)


def test_an_edited_database_is_built_afresh(cache_dir, database_copy):
    path = database_copy()
    assert cache.load_engine(path).check("Naltrexone blocks dissociation.").verdict is Verdict.CONTRADICTED
    database_copy(lambda data: data.update(title="Edited"))
    assert cache.load_engine(path).database.title == "Edited"
    assert len(_entries(cache_dir)) == 2


def test_an_entry_built_by_other_code_is_not_used(cache_dir, database_copy, monkeypatch):
    path = database_copy()
    cache.load_engine(path)
    monkeypatch.setattr(cache, "_builder", lambda: "another version of ketacheck")
    built = []
    monkeypatch.setattr(cache, "parse_database", lambda data, shown: built.append(shown) or _parse(data, shown))
    cache.load_engine(path)
    assert built == [str(path)]


def _parse(data, shown):
    from ketacheck.database import parse_database

    return parse_database(data, shown)


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_entry_is_rebuilt_and_replaced(cache_dir, database_copy, damage):
    path = database_copy()
    cache.load_engine(path)
    (entry,) = _entries(cache_dir)
    entry.write_bytes(damage)
    engine = cache.load_engine(path)
    assert engine.check("Naltrexone blocks dissociation.").verdict is Verdict.CONTRADICTED
    assert entry.read_bytes() != damage


def test_an_entry_others_could_have_written_is_not_read(cache_dir, database_copy, monkeypatch):
    path = database_copy()
    cache.load_engine(path)
    (entry,) = _entries(cache_dir)
    entry.chmod(0o666)
    monkeypatch.setattr(cache, "parse_database", lambda data, shown: built.append(shown) or _parse(data, shown))
    built: list[str] = []
    cache.load_engine(path)
    assert built == [str(path)]
    assert entry.stat().st_mode & 0o777 == 0o600  # replaced by the user's own


def test_an_invalid_database_raises_every_time_and_is_never_stored(cache_dir, database_copy):
    path = database_copy(lambda data: data["claims"][0].pop("evidence"))
    for _ in range(2):
        with pytest.raises(DatabaseError):
            cache.load_engine(path)
    assert _entries(cache_dir) == []


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path, database_copy, monkeypatch):
    monkeypatch.setenv("KETACHECK_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir() is None
    assert cache.load_engine(database_copy()).check("Ketamine is an anaesthetic.").verdict is Verdict.SUPPORTED
    assert not (tmp_path / "xdg").exists()


def test_the_cache_follows_xdg_when_not_set(tmp_path, monkeypatch):
    monkeypatch.delenv("KETACHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "ketacheck"


def test_without_a_home_directory_there_is_no_cache(monkeypatch):
    monkeypatch.delenv("KETACHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def homeless() -> None:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(cache.Path, "home", homeless)
    assert cache.cache_dir() is None
    assert cache.load_engine().check("Naltrexone blocks dissociation.").verdict is Verdict.CONTRADICTED


def test_an_unwritable_cache_only_costs_time(tmp_path, database_copy, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("KETACHECK_CACHE_DIR", str(blocker / "cache"))
    engine = cache.load_engine(database_copy())
    assert engine.check("Naltrexone blocks dissociation.").verdict is Verdict.CONTRADICTED


def test_only_the_newest_entries_are_kept(cache_dir, database_copy):
    cache_dir.mkdir()
    for number in range(cache.KEPT_ENTRIES + 3):
        stale = cache_dir / f"engine-old{number:02d}.pickle"
        stale.write_bytes(b"")
        os.utime(stale, ns=(number * 10**9, number * 10**9))
    cache.load_engine(database_copy())
    kept = {p.name for p in _entries(cache_dir)}
    assert len(kept) == cache.KEPT_ENTRIES
    assert "engine-old00.pickle" not in kept and f"engine-old{cache.KEPT_ENTRIES + 2:02d}.pickle" in kept


_LOADED_BY_A_CHECK = """
import sys
from ketacheck.cli import main
sys.argv = ["ketacheck", "check", "Naltrexone blocked the antidepressant effect.", "--format", "json"]
try:
    main()
except SystemExit:
    pass
# spaCy brings pydantic, rich and more with it; what a cached engine saves is our own work:
# validating the database (ketacheck.models), stemming the lexicon, loading the speller.
built = ("ketacheck.models", "snowballstemmer", "rapidfuzz")
print(" ".join(sorted(set(sys.modules) & set(built))), file=sys.stderr)
"""


def test_a_check_from_the_cache_builds_nothing_again(cache_dir):
    """The second run reads the built engine back: no validation, no stemming, no fuzzy matching."""
    runs = [
        subprocess.run([sys.executable, "-c", _LOADED_BY_A_CHECK], capture_output=True, text=True, check=False)
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    assert '"verdict": "supported"' in runs[1].stdout
    assert "ketacheck.models" in runs[0].stderr  # the first run validated the database, and filled the cache
    assert runs[1].stderr.strip() == ""
