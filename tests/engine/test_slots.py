"""Exclusive slots: another name where only one may stand."""

from __future__ import annotations

from ketacheck.database import load_database
from ketacheck.engine import Engine
from tests.engine.helpers import C, S, check


def test_a_name_the_database_records_for_the_same_slot_is_no_rival(database_copy):
    # Stanford is in California and in Palo Alto: each claim's slot admits the other's name.
    def edit(data):
        data["entities"]["palo-alto"] = {"type": "place", "name": "Palo Alto", "aliases": ["palo alto"]}
        data["claims"].append(
            {
                "id": "stanford-in-palo-alto",
                "statement": "Stanford University is in Palo Alto.",
                "evidence": "Stanford University in California",
                "attribution": "article",
                "strength": "fact",
                "subject": "stanford",
                "relation": "located-in",
                "object": "palo-alto",
                "exclusive": "object",
            }
        )

    engine = Engine(load_database(database_copy(edit)))
    assert check(engine, "Stanford University is in Palo Alto.")[0] is S
    assert check(engine, "Stanford University is in California.")[0] is S
    assert check(engine, "Stanford University is in Charleston.")[0] is C
