"""ketacheck: check statements against a curated database of findings from one source."""

__version__ = "0.1.0"
