"""Batches for the parser: in order, bounded, and never waiting for input that has not come."""

from __future__ import annotations

import threading
import time

import pytest

from ketacheck.batches import ready_batches


def test_every_item_once_in_order_in_batches_no_larger_than_asked():
    batches = list(ready_batches(iter(range(1000)), 64))
    assert [item for batch in batches for item in batch] == list(range(1000))
    assert all(1 <= len(batch) <= 64 for batch in batches)


def test_an_empty_source_gives_no_batch():
    assert list(ready_batches(iter(()), 64)) == []


def test_a_batch_does_not_wait_for_what_has_not_come():
    release = threading.Event()

    def slow():
        yield "first"
        release.wait(timeout=30)
        yield "second"

    batches = ready_batches(slow(), 64)
    started = time.monotonic()
    assert next(batches) == ["first"]
    assert time.monotonic() - started < 5
    release.set()
    assert next(batches) == ["second"]


def test_an_error_reading_the_source_reaches_the_reader_after_what_came_before():
    def failing():
        yield 1
        raise ValueError("bad input")

    batches = ready_batches(failing(), 64)
    received = []
    with pytest.raises(ValueError, match="bad input"):
        for batch in batches:
            received.extend(batch)
    assert received == [1]
