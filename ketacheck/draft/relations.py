"""Drafting relations: a clause's verb names the group of drafting.json it belongs to.

A verb in no group is a relation of its own, with its lemma (and particle) as its one cue. Only
the relations the drafted claims use are written out, each with its antonyms' cues.
"""

from __future__ import annotations

from typing import Any

from ketacheck.draft.lexicon import slug
from ketacheck.draft.words import DRAFTING
from ketacheck.text.normalize import normalize

_GROUPS: dict[str, dict[str, Any]] = DRAFTING["relations"]
_BY_CUE: dict[str, str] = {}
for _group_id, _group in _GROUPS.items():
    for _cue in _group["cues"]:
        _BY_CUE.setdefault(normalize(_cue), _group_id)

COPULA = "be"


def copula(relations: Relations) -> str:
    relations.used.add(COPULA)
    return COPULA


class Relations:
    """The relations drafted claims use, found from their verbs."""

    def __init__(self) -> None:
        self._own: dict[str, list[str]] = {}
        self._extra: dict[str, list[str]] = {}
        self.used: set[str] = set()

    def find(self, lemma: str, particle: str = "", preposition: str = "") -> str:
        """The relation a verb expresses: its group, tried with its particle and preposition first."""
        for phrase in (f"{lemma} {particle} {preposition}", f"{lemma} {particle}", f"{lemma} {preposition}", lemma):
            group = _BY_CUE.get(normalize(" ".join(phrase.split())))
            if group is not None:
                self.used.add(group)
                return group
        relation_id = slug(" ".join(w for w in (lemma, particle) if w))
        if relation_id in _GROUPS:
            relation_id = f"{relation_id}-verb"
        cues = self._own.setdefault(relation_id, [])
        cue = " ".join(w for w in (lemma, particle) if w)
        if cue not in cues:
            cues.append(cue)
        self.used.add(relation_id)
        return relation_id

    def group(self, group_id: str) -> str:
        """A group of drafting.json by its id, used from now on."""
        self.used.add(group_id)
        return group_id

    @staticmethod
    def slot(relation_id: str) -> bool:
        """Whether only one thing of a kind fills the relation's object (one journal, one university)."""
        return bool(_GROUPS.get(relation_id, {}).get("slot"))

    def known(self, lemma: str) -> bool:
        """Whether a word is a cue of some group (a noun such as 'stop' that a light verb makes a verb of)."""
        return normalize(lemma) in _BY_CUE

    def written(self, relation_id: str, phrase: str) -> None:
        """A cue as the article writes it ('made of' for 'make of'), since cues are matched as written."""
        extra = self._extra.setdefault(relation_id, [])
        if phrase not in extra:
            extra.append(phrase)

    def documents(self) -> dict[str, dict[str, object]]:
        written: dict[str, dict[str, object]] = {}
        for relation_id in sorted(self.used):
            extra = self._extra.get(relation_id, [])
            if relation_id in self._own:
                own = self._own[relation_id]
                written[relation_id] = {"cues": own + [c for c in extra if normalize(c) not in map(normalize, own)], "draft": True}
                continue
            group = _GROUPS[relation_id]
            cues = list(group["cues"])
            record: dict[str, object] = {"cues": cues + [c for c in extra if normalize(c) not in map(normalize, cues)]}
            if "antonyms" in group:
                record["antonyms"] = [c for c in _GROUPS[group["antonyms"]]["cues"] if c not in group["cues"]]
            for flag in ("agent_subject", "implicit"):
                if group.get(flag):
                    record[flag] = True
            record["draft"] = True
            written[relation_id] = record
        return written

    @staticmethod
    def agentive(relation_id: str) -> bool:
        return bool(_GROUPS.get(relation_id, {}).get("agent_subject"))
