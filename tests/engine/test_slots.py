"""Exclusive slots: another name where only one may stand."""

from __future__ import annotations

from pathlib import Path

from ketacheck.database import load_database
from ketacheck.engine import Engine
from tests.engine.helpers import C, S, U, check


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


def test_a_place_inside_or_around_the_recorded_one_is_no_rival(engine):
    # Palo Alto lies in California, California in the United States: neither denies "Stanford, California".
    assert check(engine, "The trial was run in Palo Alto.")[0] is U
    assert check(engine, "The trial was run in the United States.")[0] is U


def test_a_place_the_list_puts_elsewhere_is_a_rival(engine):
    verdict, reasons = check(engine, "The trial was run in Houston.")
    assert verdict is C and "'Houston'" in reasons
    assert check(engine, "Stanford University is located in Texas.")[0] is C


def test_a_place_the_list_lacks_is_still_a_rival(engine):
    assert check(engine, "Mark George is based in Springfieldton.")[0] is C


def test_a_name_denied_in_the_slot_is_no_rival(engine):
    assert check(engine, "The editorial was not written by Nolan Williams.")[0] is not C
    assert check(engine, "The study was published in the American Journal of Psychiatry, not in Nature.")[0] is not C
    assert check(engine, "The editorial was written by Mark George rather than by Nolan Williams.")[0] is not C
    assert check(engine, "The editorial was written by Nolan Williams.")[0] is C


def test_who_speaks_in_the_sources_piece_of_writing_is_its_author(engine):
    assert check(engine, "In the accompanying editorial, Nolan Williams urged caution.")[0] is C
    assert check(engine, "In an editorial accompanying the study, Alan Schatzberg urged caution.")[0] is C
    assert check(engine, "In an editorial accompanying the study, Mark George urged caution.")[0] is S
    # Another piece of writing: placed elsewhere, in another year, someone's own, or any one.
    assert check(engine, "In an editorial in JAMA Psychiatry, Gerard Sanacora argued that ketamine is not an opioid.")[0] is U
    assert check(engine, "In a 2019 editorial, Alan Schatzberg warned about ketamine.")[0] is U
    assert check(engine, "In his editorial, Alan Schatzberg warned about esketamine.")[0] is U
    assert check(engine, "In an editorial, John Smith warned about ketamine.")[0] is U


def test_only_saying_or_advising_in_the_writing_makes_its_author(engine):
    # Not a verb of saying, a denied one, or one the author shares.
    assert check(engine, "In the accompanying editorial, Williams gets credit for the finding.")[0] is U
    assert check(engine, "In the accompanying editorial, Williams did not comment.")[0] is U
    assert check(engine, "In the accompanying editorial, Williams and George argue that ketamine is an opioid.")[0] is U


def test_a_name_on_the_title_before_a_persons_name_places_them(engine):
    assert check(engine, "Stanford psychiatrist Mark George urged caution.")[0] is C
    assert check(engine, "Stanford psychiatrist Nolan Williams led the study.")[0] is S


def test_the_sources_writing_is_the_one_tied_to_its_study_and_nothing_else(engine):
    for statement in (
        "In an editorial accompanying another study, Alan Schatzberg urged caution.",
        "In an editorial accompanying a 2019 study, Alan Schatzberg urged caution.",
        "In an editorial accompanying a study in JAMA Psychiatry, Alan Schatzberg urged caution.",
        "In the editorial on esketamine, Sanacora urged caution.",
        "In the accompanying editorial, Williams found support.",
    ):
        assert check(engine, statement)[0] is U, statement
    statement = "In a commentary running alongside the paper, Boris Heifets cautioned that ketamine might grow opioid dependence."
    assert check(engine, statement)[0] is C


def test_only_a_piece_of_writing_has_an_author_who_speaks_in_it():
    engine = Engine(load_database(Path(__file__).parents[1] / "data" / "melatonin" / "claims.json"))
    assert check(engine, "In the trial, participant John Smith said melatonin helped.")[0] is not C


def test_another_piece_of_writing_has_another_author(engine):
    verdict, _ = check(engine, "Alan Schatzberg wrote a commentary published online May 21 in the American Journal of Psychiatry.")
    assert verdict is U
    verdict, _ = check(engine, "Nolan Williams wrote the accompanying editorial.")
    assert verdict is C


def test_a_demonstrative_does_not_make_a_placed_study_the_articles(engine):
    # "Those studies" point back at other studies; placed in Nature, they are not the article's, placed wrongly.
    verdict, _ = check(engine, "Those studies published in Nature found that ketamine activates the opioid system.")
    assert verdict is U
    verdict, _ = check(engine, "The study, published in Nature, found that ketamine activates the opioid system.")
    assert verdict is C


def test_a_denied_place_is_no_rival(engine):
    for statement in (
        "George works at the Medical University of South Carolina, not at Stanford.",
        "George is based in Charleston, not in California.",
        "It is not true that the study was done at Yale.",
        "It's incorrect that the study was published in Nature.",
    ):
        verdict, _ = check(engine, statement)
        assert verdict is not C, statement
    verdict, _ = check(engine, "It is not true that the study was done at Stanford.")
    assert verdict is C
