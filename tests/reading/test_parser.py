"""The parse the reader hands on: its own tokens, drug names and misspellings read as words the parser knows."""

from __future__ import annotations

from ketacheck.reading.parser import dictionary_words, pipeline

from .helpers import token


def test_a_drug_name_is_read_as_a_noun_that_can_be_a_subject(reader):
    # On its own the small parser takes "Ketamine" for an adjective here.
    reading = reader.read("Ketamine stimulates the opioid system.")
    assert reading.tree.deps[token(reading, "Ketamine")] == "nsubj"


def test_a_title_is_one_word_with_its_full_stop(reader):
    reading = reader.read("Dr. Mark George works at the Medical University of South Carolina.")
    assert reading.tree.deps[token(reading, "George")] == "nsubj"
    stop = token(reading, ".")
    assert reading.tree.heads[stop] == token(reading, "Dr")


def test_a_possessive_is_marked_on_its_word(reader):
    reading = reader.read("Ketamine's effect was blocked.")
    assert reading.tree.possessive[token(reading, "Ketamine")]


def test_a_noun_hung_from_a_verb_as_a_compound_is_its_subject(reader):
    reading = reader.read("Opioid blocker blunts ketamine's effect on depression.")
    assert reading.tree.deps[token(reading, "blocker")] == "nsubj"


def test_an_infinitive_after_sufficient_hangs_from_it(reader):
    # The small parser hangs "to produce" from "effect", and "to create" from the copula.
    for statement, verb in (
        ("Dissociation does not appear sufficient without the opioid effect to produce relief.", "produce"),
        ("The dissociative effects alone are not enough in mice to create the antidepressant effects.", "create"),
    ):
        reading = reader.read(statement)
        index = token(reading, verb)
        assert reading.tokens[reading.tree.heads[index]].norm in ("sufficient", "enough")
        assert reading.tree.deps[index] == "xcomp"


def test_a_gerund_opening_a_sentence_is_the_subject_of_the_verb_after_it(reader):
    # The small parser reads "before ketamine lessened the effect" as a clause, and "Pretreating" as an adjective.
    for statement, gerund, verb in (
        ("Taking naltrexone before ketamine lessened the antidepressant effect.", "Taking", "lessened"),
        ("Pretreating patients with naltrexone blunted the antidepressant effect.", "Pretreating", "blunted"),
    ):
        reading = reader.read(statement)
        assert reading.tree.heads[token(reading, gerund)] == token(reading, verb)
        assert reading.tree.deps[token(reading, gerund)] == "csubj"
        assert reading.tree.heads[token(reading, verb)] == -1
    reading = reader.read("Taking naltrexone before ketamine lessened the antidepressant effect.")
    assert reading.tree.deps[token(reading, "ketamine")] == "pobj"


def test_a_participle_before_a_temporal_preposition_describes_the_subject_of_the_verb_after_it(reader):
    # The small parser reads "before ketamine weakened its action" as the participle's clause, and leaves
    # the sentence a noun phrase, or with the participle for its verb.
    for statement, subject, verb in (
        ("An opioid antagonist given before ketamine weakened its antidepressant action.", "antagonist", "weakened"),
        ("Naltrexone given before ketamine blocked its antidepressant effect.", "Naltrexone", "blocked"),
    ):
        reading = reader.read(statement)
        tree = reading.tree
        assert tree.heads[token(reading, verb)] == -1, statement
        assert (tree.heads[token(reading, subject)], tree.deps[token(reading, subject)]) == (token(reading, verb), "nsubj")
        assert tree.heads[token(reading, "given")] == token(reading, subject)
        assert tree.deps[token(reading, "ketamine")] == "pobj"


def test_a_verb_read_into_the_noun_phrase_after_its_subject_is_the_verb(reader):
    reading = reader.read("The drug blocks NMDA receptors, which scientists think may treat depressive symptoms.")
    tree = reading.tree
    assert tree.heads[token(reading, "blocks")] == -1
    assert tree.deps[token(reading, "receptors")] == "dobj"
    # "The" goes with the subject again, so "the drug" is definite.
    assert tree.heads[token(reading, "The")] == token(reading, "drug")


def test_a_gerund_with_a_subject_of_its_own_is_left_alone(reader):
    reading = reader.read("Remaining participants took ketamine.")
    assert reading.tree.deps[token(reading, "participants")] == "nsubj"


def test_a_misspelling_is_parsed_as_the_word_meant(reader):
    reading = reader.read("Naltrexone blockd ketamine's antidepresant efect.")
    assert reading.tree.deps[token(reading, "Naltrexone")] == "nsubj"


def test_the_tags_map_to_the_pipelines_own_parts_of_speech(reader):
    reading = reader.read("The study did not find that it works.")
    pos = {t.text: reading.tree.pos[i] for i, t in enumerate(reading.tokens)}
    assert pos["study"] == "NOUN" and pos["did"] == "AUX" and pos["that"] == "SCONJ" and pos["not"] == "PART"


def test_every_token_of_the_reader_has_a_place_in_the_parse(reader):
    reading = reader.read('"[W]ith these new findings," George wrote — don’t overuse ketamine (n=5).')
    assert len(reading.tree.heads) == len(reading.tokens)
    assert sum(1 for head in reading.tree.heads if head < 0) >= 1


def test_a_noun_phrase_between_commas_after_a_noun_is_its_apposition(reader):
    # With a stand-in for the drug's name, the parser hangs "an opioid antagonist" from the verb.
    reading = reader.read("Some participants were given naltrexone, an opioid antagonist, before their ketamine.")
    assert reading.tree.heads[token(reading, "antagonist")] == token(reading, "naltrexone")
    assert reading.tree.deps[token(reading, "antagonist")] == "appos"
    # A phrase that goes on past its noun is not one.
    reading = reader.read("Researchers gave naltrexone, a drug that blocks opioid receptors, to participants.")
    assert reading.tree.deps[token(reading, "drug")] != "appos" or reading.tree.heads[token(reading, "drug")] == token(
        reading, "naltrexone"
    )


def test_a_participle_after_an_object_describes_it(reader):
    # The parser reads "the editorial accompanying the study" as a clause that "wrote" reports.
    reading = reader.read("Nolan Williams wrote the editorial accompanying the study.")
    assert reading.tree.deps[token(reading, "editorial")] == "dobj"
    assert reading.tree.heads[token(reading, "accompanying")] == token(reading, "editorial")
    # A verb that takes a noun with a participle as one clause keeps it.
    reading = reader.read("The researchers found patients responding to ketamine.")
    assert reading.tree.deps[token(reading, "patients")] != "dobj"


def test_a_past_form_between_two_nouns_in_a_sentence_with_no_verb_is_its_verb(reader):
    # With the drug's stand-in the parser reads "Aspirin lessened dissociation" as a noun phrase.
    reading = reader.read("Naltrexone lessened dissociation.")
    assert reading.tree.deps[token(reading, "lessened")] == "ROOT"
    assert reading.tree.deps[token(reading, "Naltrexone")] == "nsubj"
    assert reading.tree.deps[token(reading, "dissociation")] == "dobj"


def test_a_relative_clause_belongs_to_the_noun_its_verb_agrees_with(reader):
    reading = reader.read("The opioid system consists of receptors in the brain that react to opioid drugs.")
    assert reading.tree.heads[token(reading, "react")] == token(reading, "receptors")
    # Where the nearest noun agrees, it keeps the clause.
    reading = reader.read("The study recruited patients with a depression that resists treatment.")
    assert reading.tree.heads[token(reading, "resists")] == token(reading, "depression")


def test_a_second_kind_with_examples_of_its_own_joins_the_first_kind(reader):
    reading = reader.read("Ketamine carries side effects such as dissociation and risks such as addiction.")
    tree = reading.tree
    assert (tree.heads[token(reading, "risks")], tree.deps[token(reading, "risks")]) == (token(reading, "effects"), "conj")
    assert tree.heads[token(reading, "addiction")] in [i for i, d in enumerate(tree.deps) if tree.heads[i] == token(reading, "risks")]
    # A plain list of examples stays one list.
    reading = reader.read("Ketamine causes side effects such as dissociation and nausea.")
    assert reading.tree.heads[token(reading, "nausea")] == token(reading, "dissociation")


def test_a_pseudo_cleft_is_read_as_the_plain_sentence_it_says(reader):
    reading = reader.read("What naltrexone didn't do was stop the dissociation.")
    tree = reading.tree
    stop = token(reading, "stop")
    assert tree.heads[stop] == -1
    assert tree.heads[token(reading, "naltrexone")] == stop and tree.heads[token(reading, "n't")] == stop
    reading = reader.read("What naltrexone did not block was the dissociation.")
    block = token(reading, "block")
    assert (reading.tree.heads[token(reading, "dissociation")], reading.tree.deps[token(reading, "dissociation")]) == (block, "dobj")


def test_in_order_to_opens_the_verbs_purpose(reader):
    reading = reader.read("The researchers stopped the trial in order to protect the participants.")
    tree = reading.tree
    assert (tree.heads[token(reading, "protect")], tree.deps[token(reading, "protect")]) == (token(reading, "stopped"), "advcl")
    # Not an order something was done in.
    reading = reader.read("Twelve volunteers received both pretreatments, in an order decided at random.")
    assert reading.tree.heads[token(reading, "decided")] == token(reading, "order")


def test_a_noun_phrase_after_a_comma_describes_the_noun_just_before_it(reader):
    for statement in (
        "Twelve participants received ketamine after a dose of naltrexone, an opioid blocker.",
        "They gave the patients ketamine and naltrexone, an opioid blocker.",
    ):
        reading = reader.read(statement)
        blocker = token(reading, "blocker")
        assert (reading.tree.heads[blocker], reading.tree.deps[blocker]) == (token(reading, "naltrexone"), "appos"), statement


def test_a_clause_before_a_semicolon_is_not_what_the_verb_after_it_says(reader):
    reading = reader.read("Its NMDA action still matters; it just isn't enough on its own.")
    assert reading.tree.deps[token(reading, "matters")] != "ccomp"


def test_a_clause_joined_by_so_is_not_what_the_verb_after_it_says(reader):
    reading = reader.read("The trial used an open-label design, so participants knew what they received.")
    assert reading.tree.deps[token(reading, "used")] == "conj"
    # Without a joining word, a clause before a reporting verb is what it reports.
    reading = reader.read("Naltrexone blocked the antidepressant effect, researchers said.")
    assert reading.tree.deps[token(reading, "blocked")] in ("ccomp", "parataxis")


def test_a_second_subject_right_after_a_participle_is_its_object(reader):
    reading = reader.read("An editorial accompanying the study cautions that ketamine carries unknown health risks.")
    assert reading.tree.heads[token(reading, "study")] == token(reading, "accompanying")
    assert reading.tree.deps[token(reading, "study")] == "dobj"


def test_the_strings_a_stream_teaches_the_parser_are_freed(reader):
    strings = pipeline().vocab.strings
    before = len(strings)
    reader.read_many([f"Ketamine relieves zq{n}xw depression in Blorp{n}ville." for n in range(200)])
    assert len(strings) - before < 50


def test_the_words_the_model_knows_keep_their_lexeme_from_batch_to_batch(reader):
    vocab = pipeline().vocab
    assert "grief" not in vocab
    reader.read_many(["Ketamine relieves grief quickly."])
    assert "grief" in vocab


def test_a_new_word_keeps_its_lexeme_only_once_a_second_batch_uses_it(reader):
    vocab = pipeline().vocab
    reader.read_many(["Ketamine relieves Zorblax symptoms."])
    assert "Zorblax" not in vocab
    reader.read_many(["Zorblax is a new drug."])
    assert "Zorblax" in vocab


def test_the_dictionary_is_common_english_not_drug_names():
    words = dictionary_words()
    assert {"liver", "promising", "study"} <= words
    assert not {"ketamine", "naltroxene", "naltrexon"} & words


def test_a_left_out_verb_the_sentence_hangs_from_leaves_its_predicate_in_its_place(reader):
    # "It's": the reader leaves "'s" out; "true" heads the sentence, not nothing.
    reading = reader.read("It's simply not true that naltrexone blocked the effect.")
    tree = reading.tree
    true = token(reading, "true")
    assert tree.deps[true] == "root"
    assert {reading.tokens[c].text for c in tree.children[true]} >= {"It", "not", "blocked"}
