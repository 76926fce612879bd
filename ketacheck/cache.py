"""A built engine kept on disk, so that a cold start reads it back instead of building it.

Building an engine (validating the database with pydantic, stemming and indexing its lexicon
and the general English one) takes about 110 ms; reading a built one back takes about 2.
An entry holds the database's bytes and a description of the code and lexicon that built it,
and is used only when both match: editing either builds afresh. Only a database that
validated is ever stored.

The cache is the user's own, as black's and mypy's are: ``$KETACHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/ketacheck``, else ``~/.cache/ketacheck``. Setting ``KETACHECK_CACHE_DIR``
to an empty string turns it off. Where it cannot be read or written, the engine is built
every time and nothing is said: the cache only ever saves time. An entry anyone but the user
could have written is never read.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
import zlib
from pathlib import Path

from ketacheck import __version__
from ketacheck.database import database_path, parse_database, read_database_bytes
from ketacheck.engine import Engine
from ketacheck.reading import lexicon_phrases
from ketacheck.records import Database
from ketacheck.text.normalize import inflections, known_stems, phrase_tokens, remember_stems, stem

KEPT_ENTRIES = 8
"""Entries beyond the most recently written few are removed: each edit of a database makes one."""

_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where built engines are kept; None when the cache is turned off."""
    chosen = os.environ.get("KETACHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory to be found: then no cache
            return None
    return Path(base) / "ketacheck"


def load_engine(path: str | Path | None = None) -> Engine:
    """An engine for a database (the bundled one when ``path`` is None), from the cache when it can be.

    Raises DatabaseError, as ``load_database`` does, when the database cannot be read or is invalid.
    """
    path = database_path(path)
    data = read_database_bytes(path)
    directory = cache_dir()
    if directory is None:
        return Engine(parse_database(data, str(path)))
    builder = _builder()
    # The name only spreads entries out; what the entry holds is compared in full before it is used.
    entry = directory / f"engine-{zlib.crc32(data, zlib.crc32(builder.encode())):08x}.pickle"
    engine = _read(entry, data, builder)
    if engine is None:
        engine = Engine(parse_database(data, str(path)))
        _write(entry, (data, builder, _lexicon_stems(engine.database), engine))
    return engine


def _builder() -> str:
    """What decides how an engine is built: the Python, and the package's code and lexicon as installed."""
    parts = [__version__, sys.version, str(pickle.HIGHEST_PROTOCOL)]
    # Size and modification time stand for each file's content: reading the code would cost more than it saves.
    for source in sorted(_PACKAGE.rglob("*")):
        if source.suffix in (".py", ".json") and "__pycache__" not in source.parts:
            status = source.stat()
            parts.append(f"{source.relative_to(_PACKAGE)} {status.st_size} {status.st_mtime_ns}")
    return "\n".join(parts)


def _lexicon_stems(database: Database) -> dict[str, str]:
    """The stems of the lexicon's words in all their regular forms: most words of most statements."""
    for phrase, _ in lexicon_phrases(database):
        for token in phrase_tokens(phrase):
            if token.norm.isalpha():
                for form in inflections(token.norm):
                    stem(form)
    return known_stems()


def _read(entry: Path, data: bytes, builder: str) -> Engine | None:
    try:
        with entry.open("rb") as handle:
            if not _ours(os.fstat(handle.fileno())):
                return None
            stored_data, stored_builder, stems, engine = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, damaged or foreign entry is rebuilt, whatever is wrong with it
        return None
    if stored_data != data or stored_builder != builder or not isinstance(engine, Engine):
        return None
    remember_stems(stems)
    return engine


def _ours(status: os.stat_result) -> bool:
    """Whether an entry is the user's own and no one else could have written it: unpickling runs what it says."""
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _write(entry: Path, content: tuple[bytes, str, dict[str, str], Engine]) -> None:
    import tempfile  # only a cache miss writes

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile("wb", dir=entry.parent, prefix=".engine-", delete=False)
    except OSError:
        return
    # Written aside, then renamed: a reader never sees half an entry, even with several writers.
    try:
        with handle:
            pickle.dump(content, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, entry)
        _prune(entry.parent)
    except (OSError, pickle.PicklingError):
        Path(handle.name).unlink(missing_ok=True)


def _prune(directory: Path) -> None:
    entries = sorted(directory.glob("engine-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for stale in entries[KEPT_ENTRIES:]:
        stale.unlink(missing_ok=True)
