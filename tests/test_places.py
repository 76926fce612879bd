"""Which well-known places lie in which."""

from __future__ import annotations

from ketacheck.text.places import nested


def test_a_city_lies_in_its_state_and_country():
    assert nested("Palo Alto", ["California"])
    assert nested("Palo Alto", ["United States"])


def test_a_country_lies_around_its_states():
    assert nested("United States", ["Calif", "California"])


def test_places_apart_are_not_nested():
    assert not nested("Houston", ["California"])
    assert not nested("Boston", ["Charleston", "South Carolina"])


def test_a_place_the_list_lacks_is_never_nested():
    assert not nested("Springfieldton", ["California"])


def test_spelling_and_spacing_do_not_matter():
    assert nested("Washington, D.C.", ["united states"])
    assert nested("SAN  FRANCISCO", ["california"])
