"""A longer fuzz run than the test suite's: hypothesis at scale against the engine and the line reader.

    python bench/fuzz.py [EXAMPLES]

Checks, for every generated input: the engine answers without raising, the same way twice,
with a score in [0, 1] and the claim fields all set or all null; normalising is idempotent;
N non-blank lines are read as N statements, in order. Prints how many inputs were tried.
"""

from __future__ import annotations

import io
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ketacheck.database import load_database
from ketacheck.engine import Engine
from ketacheck.inputs import numbered_lines
from ketacheck.text.normalize import normalize

ENGINE = Engine(load_database())
WORDS = sorted({w for c in ENGINE.database.claims for w in c.evidence.split()} | {"not", "no", "but", "and", "which"})
statements = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")),
)


def main(examples: int) -> None:
    tried = {"engine": 0, "lines": 0}
    config = settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)

    @config
    @given(statements)
    def engine_is_total(text: str) -> None:
        tried["engine"] += 1
        first = ENGINE.check(text)
        assert first == ENGINE.check(text)
        assert 0.0 <= first.score <= 1.0
        assert (first.claim_id is None) == (first.evidence is None) == (first.attribution is None)
        once = normalize(text)
        assert normalize(once) == once

    @config
    @given(st.lists(st.binary(max_size=80), max_size=30))
    def lines_are_kept(chunks: list[bytes]) -> None:
        tried["lines"] += 1
        lines = [chunk.replace(b"\n", b" ").replace(b"\r", b" ") for chunk in chunks]
        data = b"\n".join(lines)
        read = list(numbered_lines(io.BytesIO(data), lambda n: None))
        numbers = [n for n, _ in read]
        assert numbers == sorted(set(numbers))
        assert all(text.strip() for _, text in read)

    started = time.perf_counter()
    engine_is_total()
    lines_are_kept()
    elapsed = time.perf_counter() - started
    print(
        f"fuzz: {tried['engine']} statements through the engine, {tried['lines']} byte streams through the reader, "
        f"no failure, {elapsed:.1f} s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
