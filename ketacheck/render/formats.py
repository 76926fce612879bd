"""Format names the CLI offers, kept apart from the renderers so parsing options imports nothing heavy."""

from __future__ import annotations

from enum import Enum


class ReportFormat(str, Enum):
    TEXT = "text"
    JSON = "json"


class ScanFormat(str, Enum):
    TEXT = "text"
    LINT = "lint"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    GITHUB = "github"
    HTML = "html"
    CLAIMREVIEW = "claimreview"
