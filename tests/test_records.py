"""The engine's records and the file format's models describe the same fields."""

from __future__ import annotations

import dataclasses

import pytest

from ketacheck import models, records


@pytest.mark.parametrize("name", ["Source", "Entity", "Relation", "Claim", "Database"])
def test_each_record_has_the_fields_of_its_model_in_order(name):
    model_fields = list(getattr(models, name).model_fields)
    record_fields = [field.name for field in dataclasses.fields(getattr(records, name))]
    assert record_fields == model_fields


def test_a_loaded_database_holds_records_only(database):
    assert type(database) is records.Database
    assert {type(claim) for claim in database.claims} == {records.Claim}
    assert {type(entity) for entity in database.entities.values()} == {records.Entity}
    assert {type(relation) for relation in database.relations.values()} == {records.Relation}
    assert {type(source) for source in database.sources.values()} == {records.Source}


def test_records_are_frozen(database):
    with pytest.raises(dataclasses.FrozenInstanceError):
        database.claims[0].polarity = False  # type: ignore[misc]


def test_a_document_has_plain_json_values(database):
    claim = next(c for c in database.claims if c.qualifiers)
    document = records.as_document(claim)
    assert list(document) == [field.name for field in dataclasses.fields(records.Claim)]
    assert document["strength"] == claim.strength.value
    assert document["qualifiers"] == list(claim.qualifiers)
