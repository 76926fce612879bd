"""Which well-known places lie in which (english.json's ``places``), to tell a finer place from another one."""

from __future__ import annotations

import re

from ketacheck.text.english import ENGLISH

_WITHIN: dict[str, list[str]] = ENGLISH["places"]["within"]


def _key(place: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", place.lower()).split())


def _enclosing() -> dict[str, frozenset[str]]:
    """Every listed place with all the places around it, however far up."""
    parents: dict[str, set[str]] = {}
    for region, places in _WITHIN.items():
        for place in places:
            parents.setdefault(_key(place), set()).add(_key(region))
    around: dict[str, frozenset[str]] = {}

    def climb(place: str, seen: frozenset[str]) -> frozenset[str]:
        found: set[str] = set()
        for parent in parents.get(place, ()):
            if parent not in seen:
                found |= {parent} | climb(parent, seen | {parent})
        return frozenset(found)

    for place in {_key(p) for p in parents} | {_key(r) for r in _WITHIN}:
        around[place] = climb(place, frozenset({place}))
    return around


_AROUND = _enclosing()


def nested(place: str, recorded: list[str]) -> bool:
    """Whether a place lies in, around or at one of the recorded ones, as far as the list knows."""
    key = _key(place)
    if key not in _AROUND:
        return False
    for other in map(_key, recorded):
        if other == key or other in _AROUND[key] or key in _AROUND.get(other, frozenset()):
            return True
    return False
