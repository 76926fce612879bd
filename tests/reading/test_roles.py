"""Who does what to what, read off the parse: the sides of a cue and what heads them."""

from __future__ import annotations

from .helpers import cue, named


def sides(reader, statement: str, cue_text: str, relation: str):
    reading = reader.read(statement)
    arguments = reading.roles.arguments(cue(reading, cue_text, relation))
    roles = reading.roles
    return arguments, named(roles.fillers(arguments.subjects)), named(roles.fillers(arguments.objects))


def test_subject_and_object_of_a_verb(reader):
    arguments, subjects, objects = sides(reader, "Naltrexone blocked ketamine's antidepressant effect.", "blocked", "block")
    assert subjects == ["naltrexone"]
    # The possessor is not what the phrase names: the phrase names the antidepressant effect.
    assert objects == ["antidepressant effect"]
    assert not arguments.passive


def test_a_head_that_names_a_property_leaves_the_thing_to_its_phrase(reader):
    _, subjects, _ = sides(
        reader, "Pretreatment with the opioid antagonist naltrexone weakened ketamine's effect.", "weakened", "block"
    )
    assert "naltrexone" in subjects


def test_a_place_hung_from_the_object_is_the_verbs_too(reader):
    _, _, objects = sides(reader, "The team published its results in the American Journal of Psychiatry.", "published", "publish")
    assert "the american journal of psychiatry" in objects


def test_an_infinitive_under_a_passive_verb_takes_its_subject(reader):
    statement = "Naltrexone is known to weaken ketamine's effect."
    arguments, subjects, _ = sides(reader, statement, "weaken", "block")
    assert subjects == ["naltrexone"]
    # The subject is the infinitive's own, so its clause is where the frame is said: not "is known".
    assert reader.read(statement).tokens[arguments.predicate].text == "weaken"


def test_by_after_a_noun_cue_names_who_does_it(reader):
    reading = reader.read("The blocking of the effect by naltrexone surprised no one.")
    arguments = reading.roles.arguments(cue(reading, "blocking", "block"))
    assert named(reading.roles.fillers(arguments.agents)) == ["naltrexone"]


def test_a_predicate_adjective_cue_takes_the_phrase_hung_from_its_copula(reader):
    _, subjects, objects = sides(reader, "Opioid receptors are necessary for the antidepressant effect.", "necessary", "mediate")
    assert subjects == ["opioid receptors"]
    assert objects == ["antidepressant effect"]


def test_the_head_of_a_phrase_names_it_not_what_it_is_of(reader):
    _, subjects, objects = sides(
        reader, "The dissociative effects of ketamine are not mediated by the opioid system.", "mediated by", "mediate"
    )
    assert subjects == ["dissociative effects"]
    assert "ketamine" not in subjects


def test_a_phrase_whose_head_names_nothing_names_what_it_is_of(reader):
    _, subjects, _ = sides(reader, "The action of ketamine depends on the opioid system.", "depends on", "mediate")
    assert "ketamine" in subjects


def test_a_passive_verb_has_its_doer_after_by(reader):
    arguments, subjects, _ = sides(reader, "The antidepressant effect was blocked by naltrexone.", "blocked", "block")
    assert arguments.passive
    assert subjects == ["antidepressant effect"]
    assert named(reader.read("The antidepressant effect was blocked by naltrexone.").roles.fillers(arguments.agents)) == [
        "naltrexone"
    ]


def test_a_relative_pronoun_stands_for_the_noun_its_clause_modifies(reader):
    _, subjects, objects = sides(
        reader, "Naltrexone did not block the dissociation that ketamine induced.", "induced", "cause"
    )
    assert subjects == ["ketamine"]
    assert objects == ["dissociation"]


def test_a_predicate_noun_with_a_relative_clause_speaks_of_the_subject(reader):
    _, subjects, _ = sides(reader, "Naltrexone is a medicine that blocks opioid receptors.", "blocks", "block")
    assert "naltrexone" in subjects


def test_a_participle_speaks_of_the_noun_it_modifies(reader):
    _, subjects, objects = sides(reader, "A study published in the American Journal of Psychiatry.", "published in", "publish")
    assert subjects == ["study"]
    assert objects == ["the american journal of psychiatry"]


def test_a_noun_cue_takes_a_light_verbs_subject_and_its_own_complement(reader):
    _, subjects, objects = sides(reader, "Naltrexone had no effect on the antidepressant response.", "effect on", "block")
    assert subjects == ["naltrexone"]
    assert objects == ["antidepressant response"]


def test_a_noun_cue_in_a_prepositional_phrase_takes_no_subject_from_the_verb(reader):
    # "In addition to NMDA receptor antagonism, ketamine produces …": the antagonism is not ketamine's act on anything.
    reading = reader.read("In addition to NMDA receptor blockade, ketamine produces opioid system activation.")
    activation = cue(reading, "activation", "activate")
    assert named(reading.roles.fillers(reading.roles.arguments(activation).subjects)) == ["ketamine"]


def test_the_subject_of_an_infinitive_after_an_object_is_that_object(reader):
    _, subjects, _ = sides(reader, "Previous research has found ketamine to have antidepressant effects.", "have", "be")
    assert subjects == ["ketamine"]


def test_an_infinitive_of_purpose_after_an_instrument_is_the_instruments(reader):
    # "Overusing ketamine to treat depression": ketamine is what treats it, not whoever overuses it.
    for statement in (
        "Mark George warned against overusing ketamine to treat depression.",
        "Doctors gave ketamine to treat depression.",
    ):
        _, subjects, objects = sides(reader, statement, "treat", "relieve")
        assert (subjects, objects) == (["ketamine"], ["depression"]), statement
    # Not after a verb that uses nothing: the purpose is the doer's.
    _, subjects, _ = sides(reader, "George wrote an editorial to treat depression.", "treat", "relieve")
    assert subjects != ["ketamine"]


def test_a_complement_clause_names_what_its_predicate_adjective_names(reader):
    _, _, objects = sides(reader, "Naltrexone did not stop patients from feeling dissociated.", "stop", "block")
    assert "dissociated" in objects


def test_an_adverbial_clause_is_a_circumstance_not_an_object(reader):
    arguments, _, objects = sides(
        reader, "Ketamine's antidepressant effect faded when patients took naltrexone.", "faded", "block"
    )
    assert "naltrexone" not in objects
    assert arguments.circumstances


def test_a_noun_joined_to_a_verb_is_no_argument_of_it(reader):
    # The parser joins the subject of a gapped clause to the verb before it ("…, but its mood lift does not").
    reading = reader.read("Ketamine's dissociation survives naltrexone, but its mood lift does not")
    cue = next(m for m in reading.relations if m.text == "survives")
    arguments = reading.roles.arguments(cue)
    assert "lift" not in [reading.tokens[i].text for i in arguments.clause]


def test_a_verb_the_stems_fold_into_an_alias_keeps_its_cue(reader):
    # "depend on opioid" stems like the alias "dependence on opioids"; parsed as a verb, it is "depend on".
    reading = reader.read("Its dissociative effects do not depend on opioid signaling.")
    assert [m.text for m in reading.relations if m.ids == ("mediate",)] == ["depend on"]
    assert "opioid signaling" in [m.text for m in reading.entities]
    assert "opioid-dependence" not in {i for m in reading.entities for i in m.ids}


def test_a_determiner_cue_is_said_of_whoever_has_its_noun(reader):
    statement = "Twelve patients had both pretreatments."
    arguments, subjects, _ = sides(reader, statement, "both", "take-both")
    assert subjects == ["patients"]
    assert reader.read(statement).tokens[arguments.predicate].text == "had"


def test_a_hyphenated_name_written_apart_is_not_a_preposition_and_its_object(reader):
    # "opioid-like" read as "opioid like": in "an opioid like oxycodone" the "like" governs what follows.
    assert "opioid-like" not in [i for m in reader.read("Ketamine isn't an opioid like oxycodone.").entities for i in m.ids]
    assert "opioid-like" in [i for m in reader.read("Ketamine has opioid-like effects.").entities for i in m.ids]


def test_the_first_word_of_a_hyphenated_likeness_names_nothing(reader):
    # "ketamine-like drugs" are drugs like ketamine, not ketamine.
    reading = reader.read("The team hopes to find ketamine-like drugs that spare the opioid system.")
    assert "ketamine" not in [i for m in reading.entities for i in m.ids]
    assert "ketamine" in [i for m in reader.read("Ketamine-treated patients improved.").entities for i in m.ids]
