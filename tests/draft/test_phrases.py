"""The claims a noun phrase makes: where someone is from, what a study's design is, what a kind's example is."""

from __future__ import annotations

from ketacheck.draft import _parsed
from ketacheck.draft.frames import FrameReader
from ketacheck.draft.lexicon import Lexicon
from ketacheck.draft.phrases import PhraseReader
from ketacheck.draft.relations import Relations


def phrase_frames(text: str) -> set[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    docs = _parsed([text])
    lexicon = Lexicon().read(docs)
    relations = Relations()
    reader = PhraseReader(lexicon, relations, FrameReader(lexicon, relations))
    return {(tuple(f.subject), f.relation, tuple(f.object)) for f in reader.frames(0, docs[0])}


def test_where_a_person_or_the_study_is_from():
    found = phrase_frames("Dr. Mark George, from the Medical University of South Carolina, wrote the editorial.")
    assert (("mark-george",), "affiliate", ("medical-university-of-south-carolina",)) in found
    found = phrase_frames("A team from Stanford University in California ran the trial.")
    assert (("study",), "affiliate", ("stanford-university", "california")) in found


def test_a_study_design_and_an_example_of_a_kind():
    found = phrase_frames("The researchers ran a randomized crossover trial.")
    assert {(("study",), "be", ("randomized",)), (("study",), "be", ("crossover",))} <= found
    found = phrase_frames("These receptors react to opioid drugs, such as morphine.")
    assert (("morphine",), "be", ("opioid-drugs",)) in found
    # A singular noun is no kind: the parser hangs "such as" from the nearest noun.
    assert not phrase_frames("Ketamine relieves symptoms of depression, such as suicidal thoughts.")


def test_a_journal_or_university_is_an_exclusive_object(drafted):
    exclusive = {c["id"]: c.get("exclusive") for c in drafted["claims"]}
    assert exclusive["study-publish-sleep-medicine"] == "object"
    assert exclusive["study-affiliate-university-of-bergen"] == "object"
    assert exclusive["half-receive-placebo"] is None


def test_a_denied_design_word_another_studys_details_and_anyones_researchers_are_not_the_studys():
    assert phrase_frames("The team ran a non-blinded trial.") == set()
    assert (("study",), "be", ("double-blind",)) in phrase_frames("The team ran a double-blind trial.")
    # "A small pilot study from Japan" is another study: nothing of it is the article's.
    assert phrase_frames("A small pilot study from Japan had found the opposite.") == set()
    # "Researchers from Harvard" may be anyone's; a study word says whose home it is.
    assert not phrase_frames("Researchers from Harvard University questioned the results.")
