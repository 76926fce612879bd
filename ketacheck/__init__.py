"""ketacheck: check statements against a curated database of findings from one source.

The public API (see README, "Using it from Python"):

- ``Checker(db=None)``: ``.check(statement)``, ``.check_many(statements)``, ``.scan(text, path=None)``;
- ``CheckResult`` and ``Verdict``, what a check returns;
- ``KetacheckError`` and its kinds ``DatabaseError``, ``InputError``, ``ModelError``.

Names are imported on first use, so that ``ketacheck --help`` loads none of the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CheckResult",
    "Checker",
    "DatabaseError",
    "InputError",
    "KetacheckError",
    "ModelError",
    "Verdict",
    "__version__",
]

if TYPE_CHECKING:
    from ketacheck.api import Checker
    from ketacheck.errors import DatabaseError, InputError, KetacheckError, ModelError
    from ketacheck.records import CheckResult, Verdict

_HOMES = {
    "Checker": "ketacheck.api",
    "CheckResult": "ketacheck.records",
    "Verdict": "ketacheck.records",
    "KetacheckError": "ketacheck.errors",
    "DatabaseError": "ketacheck.errors",
    "InputError": "ketacheck.errors",
    "ModelError": "ketacheck.errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'ketacheck' has no attribute {name!r}")
