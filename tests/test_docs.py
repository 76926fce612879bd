"""The docs stay true: the README's examples run as shown, every command, option and format is documented, CI runs
the README's test command."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from typing import Any

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


def command_tree() -> list[tuple[str, Any]]:
    """Every command of the app, groups and their subcommands included, as ("ketacheck claims list", command)."""

    def walk(name: str, command: Any) -> Iterator[tuple[str, Any]]:
        yield name, command
        for sub_name, sub in getattr(command, "commands", {}).items():  # typer vendors click: no isinstance
            yield from walk(f"{name} {sub_name}", sub)

    return list(walk("ketacheck", typer.main.get_command(app)))


COMMANDS = command_tree()


def documentation() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    }


def reference_section(command: str) -> str | None:
    """The section headed `ketacheck …` for the command, in the README or docs/, down to the next heading."""
    for text in documentation().values():
        found = re.search(rf"^(#+) `{re.escape(command)}`\n(.*?)(?=^#+ |\Z)", text, flags=re.M | re.S)
        if found:
            return found.group(2)
    return None


def option_rows(section: str) -> dict[str, str]:
    """A reference section's table, by each name in a row's first cell: `--format`, `-f`, `PATH`…"""
    rows = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            for name in re.findall(r"`([^`]+)`", first):
                rows[name.split(" ")[0]] = line
    return rows


def test_the_tree_has_every_subcommand():
    """Held so the walk below cannot go blind: a typer update that hid subcommands would empty it."""
    assert {name for name, _ in COMMANDS} >= {
        "ketacheck check",
        "ketacheck scan",
        "ketacheck eval",
        "ketacheck claims list",
        "ketacheck claims show",
        "ketacheck claims search",
        "ketacheck db validate",
        "ketacheck db schema",
    }


@pytest.mark.parametrize(("name", "command"), COMMANDS[1:], ids=[name for name, _ in COMMANDS[1:]])
def test_every_command_is_in_the_readme_and_has_help(name, command):
    assert name in README
    assert command.help


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_a_reference_section_with_each_parameter(name, command):
    section = reference_section(name)
    assert section is not None, f"no heading `{name}` in README.md or docs/*.md"
    assert command.help.split("\n")[0] in " ".join(section.split()), "the reference opens with the command's help"
    rows = option_rows(section)
    for param in command.params:
        names = param.opts if param.param_type_name == "option" else [param.human_readable_name.upper()]
        for each in names:
            assert each in rows, f"{name}: {each} is not in the reference"
    for sub in getattr(command, "commands", {}):
        assert f"`{name} {sub}`" in section, f"{name}: the subcommand {sub} is not listed"


CHOICES = [
    (name, param.opts[0], choice)
    for name, command in COMMANDS
    for param in command.params
    for choice in getattr(param.type, "choices", ())
]


def test_the_choices_include_every_format_of_every_command():
    """Held so the walk below cannot go blind: every command's --format choices are found."""
    formats = {(name, choice) for name, opt, choice in CHOICES if opt == "--format"}
    assert {name for name, _ in formats} == {
        "ketacheck check",
        "ketacheck scan",
        "ketacheck eval",
        "ketacheck claims list",
        "ketacheck claims search",
    }
    assert ("ketacheck scan", "html") in formats and ("ketacheck eval", "json") in formats


@pytest.mark.parametrize(("name", "option", "choice"), CHOICES, ids=[" ".join(c) for c in CHOICES])
def test_every_choice_of_every_option_is_documented(name, option, choice):
    """Each --format (and --fail-on) value of each command, in its option's row of the command's reference."""
    section = reference_section(name)
    assert section is not None, f"no heading `{name}` in README.md or docs/*.md"
    assert f"`{choice}`" in option_rows(section).get(option, ""), f"{name} {option} {choice} is undocumented"


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


def test_every_section_the_readme_links_to_is_there():
    # A table of contents kept by hand goes stale; the README's own links to its sections must resolve.
    headings = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", README, re.M)}
    anchors = set(re.findall(r"\]\(#([a-z0-9-]+)\)", README))
    assert anchors <= headings, sorted(anchors - headings)
    # The sections the other documents and the issues name.
    for section in ("Set up", "Performance", "How a verdict is decided", "The parser", "Using it from Python"):
        assert f"## {section}" in README
