"""The Python API: what a script gets from `import ketacheck`, without the CLI."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import ketacheck
from ketacheck import Checker, InputError, Verdict

ROOT = Path(__file__).parents[1]
LABELLED = ROOT / "tests" / "data" / "labelled.tsv"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def labelled_statements() -> list[str]:
    return [line.split("\t")[2] for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:]]


def test_every_public_name_is_importable_and_listed():
    for name in ketacheck.__all__:
        assert getattr(ketacheck, name) is not None
    with pytest.raises(AttributeError):
        ketacheck.Engine  # noqa: B018 - internals are not part of the API


def test_check_answers_with_a_verdict_that_equals_its_string(checker):
    result = checker.check("Naltrexone blocks dissociation.")
    assert result.verdict is Verdict.CONTRADICTED
    assert result.verdict == "contradicted"
    assert result.claim_id == "naltrexone-does-not-block-dissociation"


def test_check_many_answers_every_statement_in_order(checker):
    statements = labelled_statements()[:150]
    results = list(checker.check_many(iter(statements)))
    assert len(results) == 150
    assert [r.statement for r in results] == statements
    assert [r.verdict for r in results[:10]] == [checker.check(s).verdict for s in statements[:10]]


def test_scan_gives_the_records_scan_writes(checker, runner):
    from ketacheck.cli import app

    draft = ROOT / "tests" / "data" / "draft.md"
    records = checker.scan(draft.read_text(encoding="utf-8"), path=str(draft))
    written = runner.invoke(app, ["scan", "--format", "jsonl", "--show", "all", str(draft)])
    assert records == [json.loads(line) for line in written.stdout.splitlines()]


def test_bad_input_raises_the_packages_own_errors(checker, tmp_path):
    with pytest.raises(InputError):
        checker.check(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        list(checker.check_many("one string, not a list"))
    with pytest.raises(ketacheck.DatabaseError):
        Checker(tmp_path / "none.json")


def test_a_checker_is_not_sent_between_processes(checker):
    with pytest.raises(TypeError, match="build one in each worker"):
        pickle.dumps(checker)


def _check_partition(statements: list[str]) -> list[str]:
    # The pattern README describes for Spark's mapPartitions or Dask bags: one Checker per worker.
    worker = Checker()
    return [result.verdict.value for result in worker.check_many(statements)]


def test_one_checker_per_worker_process_keeps_order_and_verdicts(checker):
    statements = (labelled_statements() * 4)[:2000]
    partitions = [statements[i : i + 500] for i in range(0, len(statements), 500)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        verdicts = [v for part in pool.map(_check_partition, partitions) for v in part]
    assert verdicts == [result.verdict.value for result in checker.check_many(statements)]


def test_the_readme_one_liner_prints_the_verdict(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", "import ketacheck; print(ketacheck.Checker().check('Naltrexone blocks dissociation.').verdict)"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=True,
    )
    assert done.stdout == "contradicted\n"


def test_the_readme_python_example_prints_what_the_readme_says(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using it from Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    expected = section.split("```text\n", 1)[1].split("```", 1)[0]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout == expected


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts_and_answers_load_no_engine(shell, tmp_path):
    import os

    shown = subprocess.run(
        [sys.executable, "-m", "ketacheck", "--show-completion", shell], capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0 and "ketacheck" in shown.stdout, shown.stderr
    # What the shell asks when the user presses tab after "ketacheck ch".
    script = (
        "import sys\nfrom ketacheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, file=sys.stderr)"
    )
    env = {**os.environ, "_KETACHECK_COMPLETE": f"complete_{shell}", "COMP_WORDS": "ketacheck ch", "COMP_CWORD": "1",
           "_TYPER_COMPLETE_ARGS": "ketacheck ch", "_TYPER_COMPLETE_FISH_ACTION": "get-args"}  # fmt: skip
    answered = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert "check" in answered.stdout
    assert answered.stderr.strip().endswith("False")


def test_to_dict_is_the_jsonl_record_field_for_field(checker, runner):
    from ketacheck.cli import app

    statement = "Naltrexone blocks dissociation."
    written = json.loads(runner.invoke(app, ["check", "--format", "jsonl", statement]).stdout)
    assert list(checker.check(statement).to_dict(line=1).items()) == list(written.items())
    assert list(checker.check(statement).to_dict()) == list(written)[1:]
