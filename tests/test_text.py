"""Normalising and reading text: pure functions, checked on examples and on any text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ketacheck.text.normalize import normalize, stem, tokenize
from ketacheck.text.numbers import find_quantities
from ketacheck.text.phrases import PhraseIndex
from ketacheck.text.sentences import sentence_spans
from ketacheck.text.wordsets import WordClass


def quantities(text: str):
    tokens = tokenize(text)
    return [(q.value, q.comparator, q.is_count) for q in find_quantities(tokens, [False] * len(tokens))]


def test_normalize_folds_case_quotes_dashes_possessives_and_british_spelling():
    assert normalize("Ketamine’s anti‑depressant effect — randomised") == "ketamine antidepressant effect randomized"


def test_contractions_become_not():
    assert normalize("didn't can't won't") == "did not can not will not"


def test_contractions_typed_without_the_apostrophe_become_not():
    assert normalize("Naltrexone didnt help, it doesnt") == "naltrexone did not help it does not"
    # Words that only look like one stay whole.
    assert normalize("a cant, a wont, a font") == "a cant a wont a font"


def test_tokens_point_into_the_input():
    text = "Naltrexone’s effect"
    token = tokenize(text)[0]
    assert text[token.start : token.end] == "Naltrexone"


def test_numbers_in_words_and_digits():
    assert quantities("thirty participants") == [(30, "=", True)]
    assert quantities("forty-two people") == [(42, "=", True)]
    assert quantities("a dozen people") == [(12, "=", True)]
    assert quantities("half a dozen people") == [(6, "=", True)]
    assert quantities("half the people") == []
    assert quantities("1,000 people") == [(1000, "=", True)]
    assert quantities("more than 20 people") == [(20, ">", True)]


def test_years_and_measurements_are_not_counts():
    assert quantities("in 2016") == [(2016, "=", False)]
    assert quantities("0.5 mg/kg") == [(0.5, "=", False)]


def test_in_x_of_the_n_only_x_is_counted():
    assert quantities("12 of the 30 participants") == [(12, "=", True), (30, "=", False)]
    assert quantities("thirty of the participants") == [(30, "=", True)]


def test_one_is_not_a_count():
    assert quantities("one of the authors") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalising_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_token_offsets_stay_inside_the_text(text):
    for token in tokenize(text):
        assert 0 <= token.start <= token.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_valid_verdict_and_the_same_one_twice(engine, text):
    first = engine.check(text)
    assert first == engine.check(text)
    assert 0.0 <= first.score <= 1.0
    assert (first.claim_id is None) == (first.evidence is None) == (first.attribution is None)


def test_a_bare_contraction_is_just_not():
    assert normalize("N'T") == "not"
    assert normalize(normalize("N'T")) == "not"


def test_a_phrase_reads_through_an_abbreviation_given_in_passing():
    index = PhraseIndex([("n-methyl-d-aspartate receptor antagonism", "nmda")])
    (match,) = index.find(tokenize("its N-methyl-d-aspartate (NMDA) receptor antagonism works"))
    assert match.payloads == ("nmda",)
    # Only an abbreviation: a word in parentheses is not read through.
    assert index.find(tokenize("its N-methyl-d-aspartate (also) receptor antagonism")) == []


def test_a_phrase_reads_through_the_words_allowed_between_its_own():
    index = PhraseIndex([("work through", "mediate"), ("highly addictive", "addictive")], between=frozenset({"partly", "highly"}))
    (match,) = index.find(tokenize("ketamine may work partly through the opioid system"))
    assert (match.start, match.end, match.payloads) == (2, 5, ("mediate",))
    # Not before a phrase's first word, nor in place of a word of the phrase itself.
    assert [m.payloads for m in index.find(tokenize("it is highly addictive"))] == [("addictive",)]
    assert PhraseIndex([("work through", "mediate")]).find(tokenize("work partly through")) == []


def test_a_phrase_of_gerunds_only_wants_a_gerund_but_bring_is_none():
    index = PhraseIndex([("failing to", "fail"), ("bring on", "cause")])
    assert [m.payloads for m in index.find(tokenize("it failed to"))] == []
    assert [m.payloads for m in index.find(tokenize("it keeps failing to"))] == [("fail",)]
    # "bring" ends in "ing" as its own stem: "brings on", "brought on" are the phrase too.
    assert [m.payloads for m in index.find(tokenize("ketamine brings on dissociation"))] == [("cause",)]
    assert [m.payloads for m in index.find(tokenize("ketamine brought on dissociation"))] == [("cause",)]


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_sentences_end_at_full_stops_questions_and_exclamations():
    assert sentences("It works. Does it?  Yes!\nGood.") == ["It works.", "Does it?", "Yes!", "Good."]


def test_an_abbreviations_full_stop_ends_no_sentence():
    assert sentences("In the study, Drs. Nolan Williams and Prof. Smith led. Then it ended.") == [
        "In the study, Drs. Nolan Williams and Prof. Smith led.",
        "Then it ended.",
    ]
    # Nor does one before a word in lower case.
    assert sentences("They took 50 mg. of naltrexone first.") == ["They took 50 mg. of naltrexone first."]


def test_a_quote_that_opens_the_next_sentence_goes_with_it():
    assert sentences('He wrote from Charleston. " [W]ith these findings, we should wait."') == [
        "He wrote from Charleston.",
        '" [W]ith these findings, we should wait."',
    ]
    assert sentences('"It works," he said. "Really."') == ['"It works," he said.', '"Really."']


def test_english_json_keeps_its_schema():
    import json
    from pathlib import Path

    import ketacheck.text
    from ketacheck.text.english import english_file_problems
    from ketacheck.text.english_schema import english_problems

    assert english_file_problems() == []
    raw = json.loads((Path(ketacheck.text.__file__).parent / "english.json").read_text(encoding="utf-8"))
    # A repeated word, an unknown key and a missing one are each reported.
    raw["hedges"].append(raw["hedges"][0])
    raw["colours"] = ["red"]
    del raw["copulas"]
    problems = english_problems(raw)
    assert any(p.startswith("hedges: ") and "repeated" in p for p in problems)
    assert any(p.startswith("colours: ") for p in problems)
    assert any(p.startswith("copulas: ") for p in problems)


def test_english_json_is_laid_out_one_value_per_line():
    from pathlib import Path

    import ketacheck.text

    text = (Path(ketacheck.text.__file__).parent / "english.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_a_quotation_over_two_sentences_stays_with_its_sentence():
    text = 'George wrote: "We should be cautious. Ketamine may be another opioid," in the editorial. It ends.'
    assert sentences(text) == [text[: text.index(" It ends")], "It ends."]


def test_an_irregular_past_form_stems_as_its_verb():
    assert stem("gave") == stem("give") and stem("undergone") == stem("undergo")
    # Forms that are also other words are left alone: "found" is not "find".
    assert stem("found") != stem("find")


def test_a_percentage_of_a_whole_counts_the_part_not_the_whole():
    tokens = tokenize("About 40% of the 30 participants completed both arms.")
    found = find_quantities(tokens, [False] * len(tokens))
    assert [(q.value, q.is_count) for q in found] == [(40.0, False), (30.0, False)]


def test_between_two_numbers_is_a_range():
    tokens = tokenize("Between 20 and 40 participants were recruited.")
    found = find_quantities(tokens, [False] * len(tokens))
    assert [(q.value, q.comparator) for q in found] == [(20.0, ">="), (40.0, "<=")]


def test_an_adverb_made_from_another_word_is_matched_as_written():
    words = WordClass.of(["surprisingly", "early", "finding"])
    assert words.holds(tokenize("surprisingly")[0])
    assert not words.holds(tokenize("surprised")[0])
    # Not an adverb of another word: matched in any form, as before.
    assert words.holds(tokenize("early")[0]) and words.holds(tokenize("findings")[0])


def test_a_share_of_a_whole_counts_the_part():
    assert quantities("fewer than half of the thirty recruits") == [(15.0, "<", True), (30.0, "=", False)]
    assert quantities("most of the 30 patients") == [(15.0, ">", True), (30.0, "=", False)]
    # Without a whole after it, "half" is no number; said roughly, it counts no one.
    assert quantities("half of the participants") == []
    assert quantities("about half of the 30") == [(15.0, "~", False), (30.0, "=", False)]
