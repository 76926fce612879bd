"""drafting.json: the words and verb groups drafting reads an article with, loaded once."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

DRAFTING: dict[str, Any] = json.loads(resources.files("ketacheck.draft").joinpath("drafting.json").read_text("utf-8"))
