"""Which study, drug or group a mention is: the article's, or another."""

from __future__ import annotations

import pytest

from .helpers import entity


@pytest.mark.parametrize(
    ("statement", "mention"),
    [
        ("A pilot study found that naltrexone does not block ketamine.", "study"),
        ("Another trial found the opposite.", "trial"),
        ("Other opioids are addictive.", "opioids"),
        ("A study published in Nature Communications describes the findings.", "study"),
        ("A 2019 study found the opposite.", "study"),
        ("A prior trial found the opposite.", "trial"),
    ],
)
def test_another_study_drug_or_group(reader, statement, mention):
    reading = reader.read(statement)
    assert reading.is_other(entity(reading, mention))


@pytest.mark.parametrize(
    ("statement", "mention"),
    [
        ("The study found that naltrexone blocks the effect.", "study"),
        ("A new study finds that ketamine acts on the opioid system.", "new study"),
        ("A study published in the American Journal of Psychiatry found it.", "study"),
        ("The study was a randomized trial.", "trial"),
        ("George suggested studying other underused treatments.", "other underused treatments"),
        # A word of time on a drug says when it was taken, not which drug.
        ("The effect was dampened by prior naltrexone.", "naltrexone"),
        # A definite mention placed by another name is the article's, placed wrongly.
        ("The findings, published in JAMA Psychiatry, add to the evidence.", "The findings"),
        ("The study, carried out at the University of Chicago, found it.", "study"),
    ],
)
def test_the_articles_own(reader, statement, mention):
    reading = reader.read(statement)
    assert not reading.is_other(entity(reading, mention))


def test_a_pronoun_stands_for_the_latest_thing_it_may_name(reader):
    reading = reader.read("Ketamine relieves depression, and naltrexone blunts its effect.")
    its = next(m for m in reading.entities if m.text == "its")
    assert its.ids == ("naltrexone",)


def test_a_subject_pronoun_stands_for_an_earlier_subject_first(reader):
    reading = reader.read("Naltrexone lessened ketamine's effect, although it did not prevent dissociation.")
    it = next(m for m in reading.entities if m.text == "it")
    assert it.ids == ("naltrexone",)



def test_the_drug_stands_for_the_latest_drug_named_before_it(reader):
    reading = reader.read("Taking naltrexone before ketamine blunted the drug's antidepressant effect.")
    drug = next(m for m in reading.entities if m.text == "drug")
    assert drug.ids == ("ketamine",)
    # Not without "the", nor with no drug before it.
    for statement in ("Naltrexone is a drug that blocks opioid receptors.", "The drug blocks dissociation."):
        reading = reader.read(statement)
        assert not any(m.text == "drug" for m in reading.entities), statement


def test_the_drug_as_a_subject_stands_for_an_earlier_subject_or_none(reader):
    for statement in ("Compared with morphine, the drug is less addictive.", "Unlike ketamine, the drug did not relieve depression."):
        reading = reader.read(statement)
        assert not any(m.text == "drug" for m in reading.entities), statement
