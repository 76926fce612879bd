"""The melatonin article drafted once, for every test of drafting that reads a whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from ketacheck.draft import draft_database

MELATONIN = Path(__file__).parents[1] / "data" / "melatonin" / "source.txt"


@pytest.fixture(scope="session")
def drafted() -> dict:
    text = MELATONIN.read_text(encoding="utf-8")
    return draft_database(text, title="Melatonin", source_file="source.txt").document
