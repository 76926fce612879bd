"""Which study, drug or group a mention is: the article's, or another."""

from __future__ import annotations

import pytest

from ketacheck.reading import MentionKind

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
        # Placed by two other names, even "the study" is another.
        ("The study, led by King's College London and published in Nature Medicine, included 26 people.", "study"),
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



def test_a_subject_pronoun_stands_for_what_heads_an_earlier_subject(reader):
    for statement in (
        "Pretreating with naltrexone blocked the antidepressant effect of ketamine, but it did not block dissociation.",
        "Taking naltrexone before ketamine lessened the antidepressant effect, but it did not block dissociation.",
    ):
        reading = reader.read(statement)
        it = next(m for m in reading.entities if m.text == "it")
        assert it.ids == ("naltrexone",), statement


def test_the_drug_stands_for_the_latest_drug_named_before_it(reader):
    reading = reader.read("Taking naltrexone before ketamine blunted the drug's antidepressant effect.")
    drug = next(m for m in reading.entities if m.text == "drug")
    assert drug.ids == ("ketamine",)
    # Not without "the".
    reading = reader.read("Naltrexone is a drug used against alcohol dependence.")
    assert not any(m.text == "drug" for m in reading.entities)


@pytest.mark.parametrize(
    ("statement", "word"),
    [
        ("The drug blocks dissociation.", "drug"),
        ("Opioid blocker stops the drug's antidepressant effect", "drug"),
        ("It seems to behave like an opioid in the brain.", "It"),
        # Named later, in another clause: "it" looks ahead to it.
        ("No one was sure it would work so fast, but a study suggests that ketamine acts on the opioid system.", "it"),
    ],
)
def test_it_or_the_drug_with_nothing_named_before_is_the_topic(reader, statement, word):
    reading = reader.read(statement)
    mention = next(m for m in reading.entities if m.text == word)
    assert (mention.ids, mention.kind) == (("ketamine",), MentionKind.TOPIC)


@pytest.mark.parametrize(
    "statement",
    [
        # The topic named in the pronoun's own clause: the pronoun is something else.
        "It blocked the antidepressant effect of ketamine.",
        # An "it" that holds a place for a clause said later.
        "It is clear that naltrexone blocked the antidepressant effect.",
        "It is important to note that naltrexone blocked the effect.",
        # A name goes with the noun.
        "The drug naltrexone blocked the antidepressant effect.",
        # Something named before it that it may stand for.
        "Vagus nerve stimulation treats depression, and it acts like an opioid.",
    ],
)
def test_no_topic_where_the_statement_says_what_it_is(reader, statement):
    reading = reader.read(statement)
    assert not any(m.kind is MentionKind.TOPIC for m in reading.entities), statement


def test_the_drug_as_a_subject_stands_for_an_earlier_subject_or_none(reader):
    for statement in ("Compared with morphine, the drug is less addictive.", "Unlike ketamine, the drug did not relieve depression."):
        reading = reader.read(statement)
        assert not any(m.text == "drug" for m in reading.entities), statement


def test_a_pronoun_that_stands_for_a_guess_at_the_topic_is_a_guess(reader):
    reading = reader.read("Doctors prescribe it for alcohol dependence, and it blocks opioid receptors.")
    kinds = [m.kind for m in reading.entities if m.text == "it"]
    assert kinds == [MentionKind.TOPIC, MentionKind.TOPIC]


def test_what_like_sets_apart_is_no_antecedent(reader):
    reading = reader.read("Like morphine, it is highly addictive.")
    it = next(m for m in reading.entities if m.text == "it")
    assert it.ids != ("morphine",)


def test_a_definite_noun_stands_for_the_thing_named_with_the_same_noun_first(reader):
    reading = reader.read("The opioid system is made of opioid receptors found in the brain, and these receptors react to opioids.")
    these = next(m for m in reading.entities if m.text == "receptors")
    assert these.ids == ("opioid-receptors",)
    # A bare "receptor" names no receptor the database knows.
    reading = reader.read("Ketamine binds to a different type of receptor, called an NMDA receptor, and blocks this receptor.")
    assert not any(m.ids == ("opioid-receptors",) for m in reading.entities)


def test_a_definite_noun_stands_for_nothing_of_its_own_phrase(reader):
    # "the same brain receptors": 'brain' describes the receptors; it is not what they stand for.
    reading = reader.read("Its effect relies on the same brain receptors that painkillers activate.")
    assert not any(m.text == "receptors" for m in reading.entities)
    reading = reader.read("Opioid receptors sit in the brain, and the brain receptors react to opioids.")
    receptors = next(m for m in reading.entities if m.text == "receptors")
    assert receptors.ids == ("opioid-receptors",)


def test_a_question_of_how_a_thing_works_is_the_question_of_its_workings(reader):
    reading = reader.read("Ketamine helps, but no one knows why it works so well.")
    question = next(m for m in reading.entities if m.text.startswith("why"))
    assert question.ids == ("ketamine-mechanism",)
    assert question.text == "why it works so well"
    assert not any(m.text == "it" for m in reading.entities)


def test_who_did_another_study_are_its_own_people(reader):
    reading = reader.read("Ketamine's mechanism was explained in a new study done by the researchers of Johns Hopkins.")
    researchers = next(m for m in reading.entities if m.text == "the researchers")
    assert reading.is_other(researchers)
