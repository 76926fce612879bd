"""Format names the CLI offers, kept apart from the renderers so parsing options imports nothing heavy."""

from __future__ import annotations

from enum import Enum


class ReportFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
