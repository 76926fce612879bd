"""The general English lexicon shipped with the engine (negation cues, number words…)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def _load() -> dict[str, Any]:
    with resources.files("ketacheck.text").joinpath("english.json").open(encoding="utf-8") as handle:
        return json.load(handle)


ENGLISH: dict[str, Any] = _load()
