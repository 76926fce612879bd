"""Misspellings read as the database word meant; English words left alone."""

from __future__ import annotations


def corrections(reader, statement: str) -> list[str]:
    return reader.read(statement).corrections


def test_a_misspelt_name_is_read_as_the_name(reader):
    assert corrections(reader, "Naltrexome blocked the effect.") == ["read 'Naltrexome' as 'naltrexone'"]


def test_a_transposition_is_one_slip(reader):
    assert corrections(reader, "Naltrexoen blocked the effect.") == ["read 'Naltrexoen' as 'naltrexone'"]


def test_an_english_word_is_never_a_misspelling(reader):
    assert corrections(reader, "Ketamine blocks opioid receptors in the liver.") == []
    assert corrections(reader, "A promising drug.") == []


def test_a_cue_word_takes_one_slip_only(reader):
    assert corrections(reader, "Naltrexone diminshed the effect.") == ["read 'diminshed' as 'diminished'"]
    # Two letters away from "diminished": left alone, for between common words two slips make another word.
    assert corrections(reader, "Naltrexone dminshed the effect.") == []
