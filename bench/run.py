"""Benchmarks (not tests): cold start, throughput, memory and scan time on this machine.

    python bench/run.py [--quick] [--profile]

Run it with the Python of the environment ketacheck is installed in. Every figure is printed
beside its reference, measured in the same run, and the target it is held to. ``--profile``
adds where the time of checking a statement goes.

The package's bytecode is compiled first, as installing a wheel does, and built engines are
cached in a directory of the run's own: the first cold start fills it, the others read it.
"""

from __future__ import annotations

import csv
import os
import random
import re
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
PROFILE = "--profile" in sys.argv


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


def median_wall(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    environment = {**os.environ, **(env or {})}
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stream_file(count: int, pool: list[str]) -> Path:
    random.seed(7)
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    with handle:
        for _ in range(count):
            handle.write(random.choice(pool) + "\n")
    return Path(handle.name)


# Run in a process of its own, whose only children are the check's, so that the peak RSS of its
# children is the check's own and not that of anything this script started before.
_RUN_AND_REPORT_PEAK = """
import resource, subprocess, sys
with open(sys.argv[1], "rb") as stdin:
    subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def cli_rate(path: Path, count: int, extra: list[str] | None = None) -> tuple[float, int]:
    """Statements per second through ``check --format jsonl``, and its peak RSS in KB."""
    command = [KETACHECK, "check", "--format", "jsonl", "--fail-on", "never", *(extra or [])]
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT_PEAK, str(path), *command], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    return count / elapsed, int(run.stdout)


def main() -> None:
    import typer
    from rapidfuzz import process

    import ketacheck
    from ketacheck.database import load_database
    from ketacheck.engine import Engine

    runs = 5 if QUICK else 11
    pool = statements()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, typer {typer.__version__}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(ketacheck.__file__).parent)], check=True)
    os.environ["KETACHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="ketacheck-bench-cache-")

    reference = median_wall([sys.executable, "-c", "import typer, rich.console, pydantic, rapidfuzz"], runs)
    one = [KETACHECK, "check", "naltrexone blocks dissociation", "--format", "json"]
    cold = median_wall(one, runs)
    uncached = median_wall(one, runs, {"KETACHECK_CACHE_DIR": ""})
    print(
        f"cold start: {cold * 1000:.0f} ms median of {runs}; import of typer+rich+pydantic+rapidfuzz "
        f"{reference * 1000:.0f} ms; ratio {cold / reference:.2f} (target <= 0.90)"
    )
    print(f"  with the engine cache off (built every time): {uncached * 1000:.0f} ms, ratio {uncached / reference:.2f}")

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
    if PROFILE:
        profile(engine, sample[:20_000])
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


def profile(engine, sample: list[str]) -> None:
    """The functions checking spends its time in, by time including what they call."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(lambda: [engine.check(statement) for statement in sample])
    print(f"  profile of {len(sample):,} checks (cProfile, which slows small functions most):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(r"ketacheck", 16)


if __name__ == "__main__":
    main()
