"""How many of a curated database's claims a draft of the same article also has, frame for frame.

    python bench/draft_frames.py CURATED.json DRAFT.json

A drafted claim has a curated claim's frame when its subject and object name the same things (an
alias in common, as the engine normalises them), its relation shares a cue, and its polarity is
the same. Ids differ between the two files, so the frame is compared through the lexicon.
"""

from __future__ import annotations

import sys

from ketacheck.database import load_database
from ketacheck.records import Claim, Database
from ketacheck.text.phrases import phrase_stems


def _names(database: Database, ids: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {phrase_stems(alias) for entity_id in ids for alias in database.entities[entity_id].aliases}


def _cues(database: Database, relation_id: str) -> set[tuple[str, ...]]:
    return {phrase_stems(cue) for cue in database.relations[relation_id].cues}


def same_frame(curated: Database, claim: Claim, draft: Database, drafted: Claim) -> bool:
    if claim.polarity != drafted.polarity:
        return False
    if not _names(curated, claim.subject) & _names(draft, drafted.subject):
        return False
    if bool(claim.object) != bool(drafted.object):
        return False
    if claim.object and not _names(curated, claim.object) & _names(draft, drafted.object):
        return False
    return bool(_cues(curated, claim.relation) & _cues(draft, drafted.relation))


def main() -> None:
    curated, draft = load_database(sys.argv[1]), load_database(sys.argv[2])
    found = [c for c in curated.claims if any(same_frame(curated, c, draft, d) for d in draft.claims)]
    for claim in found:
        print(f"  {claim.id}")
    print(f"{len(found)} of {len(curated.claims)} curated claims have a drafted claim with the same frame "
          f"({len(draft.claims)} drafted)")


if __name__ == "__main__":
    main()
