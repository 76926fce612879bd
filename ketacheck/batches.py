"""Statements gathered into batches for the parser without waiting for input that has not come.

The parser is several times faster a batch at a time, but a person typing, or ``tail -f``,
must see each answer as soon as its line is in. So a thread reads the source into a bounded
queue, and each batch is the next item plus whatever else is already waiting, up to a size.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_WAITING_BATCHES = 4
"""How many batches' worth of input may wait in the queue: memory stays bounded on any stream."""
_POLL_SECONDS = 0.2
"""How often a wait for input wakes, so that Ctrl-C is heard at once."""


class _End:
    """Marks the end of the source, with the error that ended it, if any."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


def ready_batches(source: Iterable[T], size: int) -> Iterator[list[T]]:
    """The source's items in order, a batch at a time: at most ``size``, never waiting for more than one."""
    waiting: queue.Queue[T | _End] = queue.Queue(maxsize=size * _WAITING_BATCHES)

    def read() -> None:
        try:
            for item in source:
                waiting.put(item)
        except BaseException as error:  # noqa: BLE001 - handed to the consumer, which raises it
            waiting.put(_End(error))
            return
        waiting.put(_End())

    threading.Thread(target=read, name="ketacheck-input", daemon=True).start()
    while True:
        item = _next(waiting)
        if isinstance(item, _End):
            _finish(item)
            return
        batch = [item]
        while len(batch) < size:
            try:
                item = waiting.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _End):
                yield batch
                _finish(item)
                return
            batch.append(item)
        yield batch


def _next(waiting: queue.Queue[T | _End]) -> T | _End:
    while True:
        try:
            return waiting.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            continue


def _finish(end: _End) -> None:
    if end.error is not None:
        raise end.error
