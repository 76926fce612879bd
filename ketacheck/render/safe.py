"""Making user text safe to show on a terminal."""

from __future__ import annotations

import re

# C0 and C1 control characters except tab; ESC among them, so no escape sequence reaches the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Control characters shown as visible escapes (\\x1b), never sent raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
