"""The README stays true: its examples run as shown, every command is documented, CI runs its test command."""

from __future__ import annotations

import re
import shlex

import pytest
import typer.main

from ketacheck.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        command, _, output = block.partition("\n")
        examples.append((command.removeprefix("$ "), output))
    return examples


def shell_commands() -> list[str]:
    return [line for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S) for line in block.splitlines()]


@pytest.mark.parametrize(("command", "expected"), console_examples())
def test_readme_example_output_is_what_the_tool_prints(runner, command, expected):
    stdin = None
    if "|" in command:
        producer, _, command = command.partition(" | ")
        words = shlex.split(producer)
        assert words[0] == "printf"
        stdin = words[1].encode().decode("unicode_escape")
    words = shlex.split(command)
    assert words[0] == "ketacheck"
    result = runner.invoke(app, words[1:], input=stdin)
    assert result.exit_code in (0, 1), result.output
    assert result.stdout == expected


def test_readme_has_the_two_setup_commands():
    commands = shell_commands()
    assert any("pip install ." in c and "ketacheck check" in c for c in commands)
    assert any("pip install '.[test]'" in c and "pytest" in c for c in commands)


def test_ci_runs_exactly_the_readme_test_command():
    test_command = next(c for c in shell_commands() if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_and_has_help():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"ketacheck {name}" in README
        assert command.help


def test_every_exit_code_is_documented():
    from ketacheck.exitcodes import ExitCode

    for code in ExitCode:
        assert re.search(rf"^\| {code.value} \|", README, flags=re.M), code


def test_every_output_field_is_documented(engine):
    from ketacheck.render import record

    for field in record(1, engine.check("Naltrexone blocks dissociation.")):
        assert f"| `{field}` |" in README


def test_every_format_is_documented():
    from ketacheck.render import OutputFormat

    for output_format in OutputFormat:
        assert f"- `{output_format.value}`" in README


def test_the_database_guide_example_works_as_it_says(tmp_path):
    from ketacheck.database import load_database, read_source_text
    from ketacheck.engine import Engine
    from ketacheck.validate import validate

    guide = (ROOT / "docs" / "database.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", guide, flags=re.S).group(1)
    source = " ".join(re.search(r"The source text.*?\n\n((?:> .*\n)+)", guide).group(1).replace("> ", "").split())
    (tmp_path / "claims.json").write_text(example, encoding="utf-8")
    (tmp_path / "source.txt").write_text(source, encoding="utf-8")
    database = load_database(tmp_path / "claims.json")
    assert validate(database, read_source_text(database, tmp_path / "claims.json")) == []
    engine = Engine(database)
    said = {
        "Melatonin cut drowsiness": "supported",
        "Melatonin improved reflexes": "contradicted",
        "The results appeared in Nature": "contradicted",
        "Melatonin cured insomnia": "unknown",
    }
    for statement, verdict in said.items():
        assert f'"{statement}"' in guide
        assert engine.check(statement).verdict.value == verdict, statement
