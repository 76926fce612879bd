"""Checking a stream with several processes, results still in input order, memory still bounded."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path

from ketacheck.records import CheckResult

_ENGINE = None


def _start(database_path: str | None) -> None:
    global _ENGINE
    from ketacheck.cache import load_engine

    _ENGINE = load_engine(database_path)


def _check_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, CheckResult]]:
    assert _ENGINE is not None
    return _ENGINE.check_numbered(chunk)


def check_in_parallel(
    statements: Iterable[tuple[int, str]], database_path: Path | None, jobs: int, chunk_size: int = 400
) -> Iterator[tuple[int, CheckResult]]:
    """(line, result) for each statement, in input order, from ``jobs`` worker processes.

    At most ``2 * jobs`` chunks are in flight, so a stream of any length takes constant memory.
    """
    source = iter(statements)
    with multiprocessing.get_context().Pool(jobs, _start, (str(database_path) if database_path else None,)) as pool:
        pending: deque[AsyncResult[list[tuple[int, CheckResult]]]] = deque()
        while True:
            while len(pending) < 2 * jobs:
                chunk = list(islice(source, chunk_size))
                if not chunk:
                    break
                pending.append(pool.apply_async(_check_chunk, (chunk,)))
            if not pending:
                return
            yield from pending.popleft().get()
