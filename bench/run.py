"""Benchmarks (not tests): start-up, throughput, memory and scan time on this machine, each beside spaCy.

    python bench/run.py [--quick] [--profile]

Run it with the Python of the environment ketacheck is installed in. The dependency parser is
the floor now, so every figure is printed beside what spaCy alone takes for the same work,
measured in the same run, and the target it is held to. ``--profile`` adds where the time of
checking goes.

The package's bytecode is compiled first, as installing a wheel does, and built engines are
cached in a directory of the run's own: the first cold start fills it, the others read it.
"""

from __future__ import annotations

import csv
import os
import random
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
    for path in (
        ROOT / "tests" / "data" / "labelled.tsv",
        ROOT.parent / "shared" / "eval" / "dev.tsv",
        ROOT.parent / "shared" / "eval" / "realworld-dev.tsv",
    ):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += [row["statement"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows


def article_sentences() -> list[str]:
    from ketacheck.text.normalize import squeeze
    from ketacheck.text.sentences import sentence_spans

    text = squeeze((ROOT / "data" / "source.txt").read_text(encoding="utf-8"))
    return [text[start:end] for start, end in sentence_spans(text) if len(text[start:end].split()) > 3]


def median_wall(command: list[str], runs: int, env: dict[str, str] | None = None, stdin: Path | None = None) -> float:
    times = []
    for _ in range(runs):
        times.append(_wall(command, env, stdin))
    return statistics.median(times)


def interleaved_medians(
    commands: list[tuple[list[str], dict[str, str] | None, Path | None]], runs: int
) -> list[float]:
    """Each command's median wall time (with its environment and its stdin), the commands taking turns run by
    run: a machine whose speed drifts during a measurement then slows or speeds them alike, and their ratio holds."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for found, (command, env, stdin) in zip(times, commands, strict=True):
            found.append(_wall(command, env, stdin))
    return [statistics.median(found) for found in times]


def _wall(command: list[str], env: dict[str, str] | None, stdin: Path | None) -> float:
    environment = {**os.environ, **(env or {})}
    with stdin.open("rb") if stdin else open(os.devnull, "rb") as source:
        started = time.perf_counter()
        subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)
        return time.perf_counter() - started


def write_lines(lines: list[str]) -> Path:
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    with handle:
        handle.writelines(line + "\n" for line in lines)
    return Path(handle.name)


def distinct(count: int, pool: list[str]) -> list[str]:
    """Statements that keep bringing new words, as a long real stream does: each gets a made-up name."""
    random.seed(5)
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    for number in range(count):
        name = "".join(random.choice(letters) for _ in range(7)) + str(number)
        out.append(f"{random.choice(pool)} Dr. {name.capitalize()} said so in {name}ville.")
    return out


# spaCy alone, for reference: load the pipeline as ketacheck's users would (all but named entities),
# then parse what ketacheck is given. The model is named by the first argument.
_SPACY_ONE = """
import sys, spacy
nlp = spacy.load(sys.argv[1], exclude=["ner"])
nlp("Naltrexone blocks dissociation.")
"""
_SPACY_PIPE = """
import sys, spacy
nlp = spacy.load(sys.argv[1], exclude=["ner"])
with open(sys.argv[2], encoding="utf-8") as lines:
    for doc in nlp.pipe(line.strip() for line in lines if line.strip()):
        pass
"""
_SPACY_TEXT = """
import sys, spacy
nlp = spacy.load(sys.argv[1], exclude=["ner"])
nlp.max_length = 10**7
nlp(open(sys.argv[2], encoding="utf-8").read())
"""

# Run in a process of its own, whose only children are the check's, so that the peak RSS of its
# children is the check's own and not that of anything this script started before.
_RUN_AND_REPORT_PEAK = """
import resource, subprocess, sys
with open(sys.argv[1], "rb") as stdin:
    subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss(path: Path, command: list[str]) -> int:
    run = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT_PEAK, str(path), *command], capture_output=True, text=True, check=True
    )
    return int(run.stdout)


def main() -> None:
    import spacy

    import ketacheck
    from ketacheck.database import load_database
    from ketacheck.engine import Engine
    from ketacheck.reading.parser import model_name

    runs = 5 if QUICK else 11
    pool = statements()
    name = model_name()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, spaCy {spacy.__version__}, model {name}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(ketacheck.__file__).parent)], check=True)
    os.environ["KETACHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="ketacheck-bench-cache-")

    one = [KETACHECK, "check", "naltrexone blocks dissociation", "--format", "json"]
    subprocess.run(one, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fills the cache
    reference, cold, uncached = interleaved_medians(
        [([sys.executable, "-c", _SPACY_ONE, name], None, None), (one, None, None), (one, {"KETACHECK_CACHE_DIR": ""}, None)],
        runs,
    )
    print(
        f"cold start: {cold * 1000:.0f} ms median of {runs}; spaCy loading the model and parsing one sentence "
        f"{reference * 1000:.0f} ms; ratio {cold / reference:.2f} (target <= 1.30)"
    )
    print(f"  with the engine cache off (built every time): {uncached * 1000:.0f} ms, ratio {uncached / reference:.2f}")

    count = 2_000 if QUICK else 10_000
    random.seed(7)
    sample = [random.choice(pool) for _ in range(count)]
    engine = Engine(load_database())
    list(engine.check_many(sample[:64]))
    started = time.perf_counter()
    for _ in engine.check_many(sample):
        pass
    library = count / (time.perf_counter() - started)
    nlp = spacy.load(name, exclude=["ner"])
    started = time.perf_counter()
    for _ in nlp.pipe(sample):
        pass
    parse_only = count / (time.perf_counter() - started)
    print(
        f"in-process, {count:,} statements: ketacheck {library:,.0f}/s; spaCy's nlp.pipe {parse_only:,.0f}/s; "
        f"ratio {library / parse_only:.2f}"
    )
    path = write_lines(sample)
    stream = [KETACHECK, "check", "--format", "jsonl", "--fail-on", "never", "-"]
    cli, spacy_stream = interleaved_medians(
        [(stream, None, path), ([sys.executable, "-c", _SPACY_PIPE, name, str(path)], None, None)], 3 if not QUICK else 1
    )
    print(
        f"stream, check --format jsonl - of {count:,} statements: {count / cli:,.0f}/s; spaCy loading and "
        f"nlp.pipe over the same {count / spacy_stream:,.0f}/s; ratio {spacy_stream / cli:.2f} (target >= 0.70)"
    )
    for jobs in (2,):
        threaded = median_wall([*stream[:-1], "--jobs", str(jobs), "-"], 1, stdin=path)
        print(f"  --jobs {jobs}: {count / threaded:,.0f}/s ({cli / threaded:.2f}x one process)")
    if PROFILE:
        profile(engine, sample[:2_000])
    path.unlink()

    long_run = 20_000 if QUICK else 100_000
    short_run = long_run // 10
    peaks = []
    for size in (short_run, long_run):
        path = write_lines(distinct(size, pool))
        peaks.append(peak_rss(path, [KETACHECK, "check", "--format", "jsonl", "--fail-on", "never", "-"]))
        path.unlink()
    print(
        f"memory: peak RSS {peaks[0] / 1024:.0f} MB after {short_run:,} distinct statements, "
        f"{peaks[1] / 1024:.0f} MB after {long_run:,} (flat; target <= 600 MB)"
    )

    words: list[str] = []
    paragraphs = []
    random.seed(11)
    sentences = article_sentences()
    while len(words) < 10_000:
        paragraph = " ".join(random.choice(pool + sentences) for _ in range(5))
        paragraphs.append(paragraph)
        words += paragraph.split()
    draft = Path(tempfile.mkdtemp()) / "draft.md"
    draft.write_text("# A long draft\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    scan, parse = interleaved_medians(
        [([KETACHECK, "scan", "--format", "jsonl", str(draft)], None, None), ([sys.executable, "-c", _SPACY_TEXT, name, str(draft)], None, None)],
        3 if not QUICK else 1,
    )
    print(
        f"scan: {scan:.2f} s for a {len(words):,}-word draft, start-up included; spaCy loading and parsing it "
        f"{parse:.2f} s; ratio {scan / parse:.2f} (target <= 1.50)"
    )


def profile(engine, sample: list[str]) -> None:
    """The functions checking spends its time in, by time including what they call."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(lambda: list(engine.check_many(sample)))
    print(f"  profile of {len(sample):,} checks (cProfile, which slows small functions most):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(r"ketacheck", 20)


if __name__ == "__main__":
    main()
