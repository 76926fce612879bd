"""Benchmarks (not tests): cold start, throughput, memory and scan time on this machine.

    python bench/run.py [--quick]

Run it with the Python of the environment ketacheck is installed in. Every figure is printed
beside its reference, measured in the same run, and the target it is held to.
"""

from __future__ import annotations

import csv
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
KETACHECK = str(BIN / "ketacheck")
QUICK = "--quick" in sys.argv


def statements() -> list[str]:
    rows = []
    for path in (ROOT / "tests" / "data" / "labelled.tsv", ROOT.parent / "shared" / "eval" / "dev.tsv"):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += [row["statement"] for row in csv.DictReader(handle, delimiter="\t")]
    return rows


def article_sentences() -> list[str]:
    text = re.sub(r"\s+", " ", (ROOT / "ketacheck" / "data" / "source.txt").read_text(encoding="utf-8"))
    return [s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", text) if len(s.split()) > 3]


def median_wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stream_file(count: int, pool: list[str]) -> Path:
    random.seed(7)
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    with handle:
        for _ in range(count):
            handle.write(random.choice(pool) + "\n")
    return Path(handle.name)


def cli_rate(path: Path, count: int, extra: list[str] | None = None) -> tuple[float, int]:
    """Statements per second through ``check --format jsonl``, and the child's peak RSS in KB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    with path.open("rb") as stdin:
        subprocess.run(
            [KETACHECK, "check", "--format", "jsonl", "--fail-on", "never", *(extra or [])],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            check=True,
        )
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return count / elapsed, max(peak, before)


def main() -> None:
    from rapidfuzz import process

    from ketacheck.database import load_database
    from ketacheck.engine import Engine

    runs = 5 if QUICK else 11
    pool = statements()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    reference = median_wall([sys.executable, "-c", "import typer, rich.console, pydantic, rapidfuzz"], runs)
    cold = median_wall([KETACHECK, "check", "naltrexone blocks dissociation", "--format", "json"], runs)
    print(
        f"cold start: {cold * 1000:.0f} ms median of {runs}; import of typer+rich+pydantic+rapidfuzz "
        f"{reference * 1000:.0f} ms; ratio {cold / reference:.2f} (target <= 0.90)"
    )

    count = 20_000 if QUICK else 100_000
    engine = Engine(load_database())
    sample = (pool * (count // len(pool) + 1))[:count]
    started = time.perf_counter()
    for statement in sample:
        engine.check(statement)
    library = count / (time.perf_counter() - started)
    sentences = article_sentences()
    started = time.perf_counter()
    for statement in sample:
        process.extractOne(statement, sentences)
    naive = count / (time.perf_counter() - started)
    path = stream_file(count, pool)
    cli, _ = cli_rate(path, count)
    print(
        f"throughput, {count:,} statements: library {library:,.0f}/s (target >= 10,000); "
        f"CLI jsonl {cli:,.0f}/s; naive extractOne {naive:,.0f}/s; CLI/naive {cli / naive:.2f} (target >= 0.50)"
    )
    for jobs in (2, 4):
        rate, _ = cli_rate(path, count, ["--jobs", str(jobs)])
        print(f"  --jobs {jobs}: {rate:,.0f}/s ({rate / cli:.2f}x one process)")
    path.unlink()

    million = 100_000 if QUICK else 1_000_000
    path = stream_file(million, pool)
    _, peak = cli_rate(path, million)
    path.unlink()
    print(f"memory: peak RSS {peak / 1024:.0f} MB streaming {million:,} statements (target <= 80 MB)")

    words: list[str] = []
    paragraphs = []
    random.seed(11)
    while len(words) < 10_000:
        paragraph = " ".join(random.choice(pool + sentences) for _ in range(5))
        paragraphs.append(paragraph)
        words += paragraph.split()
    draft = Path(tempfile.mkdtemp()) / "draft.md"
    draft.write_text("# A long draft\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([KETACHECK, "scan", "--format", "jsonl", str(draft)], stdout=subprocess.DEVNULL, check=False)
    scan = time.perf_counter() - started
    print(f"scan: {scan:.2f} s for a {len(words):,}-word draft, start-up included (target < 1 s)")


if __name__ == "__main__":
    main()
