"""The general English lexicon shipped with the engine (negation cues, number words…)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _load() -> dict[str, Any]:
    # Beside this module rather than through importlib.resources, which costs a cold start 2 ms:
    # the wheel installs the package as plain files.
    with (Path(__file__).parent / "english.json").open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


ENGLISH: dict[str, Any] = _load()


def english_file_problems() -> list[str]:
    """How the shipped english.json breaks its schema (see english_schema); empty when it keeps it."""
    from ketacheck.text.english_schema import english_problems

    return english_problems(ENGLISH)
