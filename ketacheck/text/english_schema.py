"""The schema of english.json, the general English the engine reads with whatever the article.

english.json is loaded as plain JSON at start-up (pydantic costs a cold start more than the whole
file); this model checks it where time allows: in ``db validate`` and in the tests. Every word
list is lower case, trimmed and free of repeats, and every key is one the code reads.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _unique_phrases(phrases: list[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for phrase in phrases:
        if not phrase or phrase != phrase.strip() or "  " in phrase:
            raise ValueError(f"{phrase!r}: a phrase is words separated by single spaces")
        if phrase in seen and phrase not in repeated:
            repeated.append(phrase)
        seen.add(phrase)
    if repeated:
        raise ValueError(f"repeated: {', '.join(repr(p) for p in repeated)}")
    return phrases


Phrases = Annotated[list[str], AfterValidator(_unique_phrases)]
"""Words or phrases, each once."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    about: str = Field("", alias="_about")


class WordList(_Section):
    words: Phrases


class NotConditions(WordList):
    conceding: Phrases


class DegreeWords(WordList):
    not_degree: Phrases
    comparatives: Phrases


class Shares(_Section):
    words: dict[str, tuple[Literal["=", ">", "<"], float]]


class Negation(_Section):
    pre: Phrases
    post: Phrases
    pseudo: Phrases
    sentential: Phrases
    truth_words: Phrases
    falsity_words: Phrases
    whole_words: Phrases
    knowing_words: Phrases


class Numbers(_Section):
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, float]
    shares: Shares
    not_a_count_after: Phrases
    units_of_measure: Phrases
    comparators: dict[str, str]
    part_of: Phrases


class Names(_Section):
    titles: Phrases
    connectors: Phrases
    kinds: dict[str, Phrases]
    not_names: Phrases


class Framing(_Section):
    verbs: Phrases
    hedging_verbs: Phrases
    expecting_verbs: Phrases
    denying_verbs: Phrases
    assertive_nouns: Phrases
    hedging_nouns: Phrases
    modals: Phrases
    raising_verbs: Phrases
    intending_verbs: Phrases
    inquiring_verbs: Phrases
    conditional_marks: Phrases
    counterfactual_auxiliaries: Phrases
    counterfactual_modals: Phrases
    possibility_words: Phrases
    open_marks: Phrases
    according: Phrases
    sufficiency: Phrases
    causative_verbs: Phrases
    speaking_verbs: Phrases
    deontic_modals: Phrases
    supposing_verbs: Phrases
    supposing_nouns: Phrases
    factive_verbs: Phrases
    advising_verbs: Phrases
    writing_verbs: Phrases
    relaying_verbs: Phrases


class Reference(_Section):
    other: Phrases
    in_time: Phrases
    researchers: Phrases
    anyone: Phrases
    another_time: Phrases
    timed_types: Phrases
    placed_types: Phrases
    definite: Phrases
    demonstratives: Phrases
    research_people: Phrases
    place_kind_words: Phrases
    pronoun_nouns: Phrases
    commentators: Phrases


class Requirement(_Section):
    absence: Phrases
    requiring_cues: Phrases


class Places(_Section):
    within: dict[str, Phrases]


class NumberAuxiliaries(_Section):
    singular: Phrases
    plural: Phrases


class AnaphoricNouns(_Section):
    by_type: dict[str, Phrases]


class NotChecked(_Section):
    intensity: Phrases
    description: Phrases
    manner: Phrases
    discourse: Phrases


class ContrastOpeners(_Section):
    prepositions: Phrases
    verb_prepositions: Phrases
    nouns: Phrases


class AmountPhrases(_Section):
    prepositions: Phrases
    shares: Phrases


class Workings(_Section):
    question_words: Phrases
    verbs: Phrases


class RepairWords(_Section):
    copula_forms: Phrases
    do_forms: Phrases
    apposition_marks: Phrases
    example_prepositions: Phrases


class English(_Section):
    """english.json as a whole."""

    negation: Negation
    numbers: Numbers
    spelling: dict[str, str]
    irregular_verbs: dict[str, str]
    joinable_prefixes: Phrases
    contractions: dict[str, str]
    unmarked_contractions: dict[str, str]
    filler: WordList
    hedges: Phrases
    names: Names
    anaphora: Phrases
    anaphoric_nouns: AnaphoricNouns
    agent_markers: Phrases
    universal_quantifiers: Phrases
    abbreviations: Phrases
    pronoun_openers: Phrases
    byline_openers: Phrases
    framing: Framing
    reference: Reference
    not_checked: NotChecked
    approximators: WordList
    partial_words: WordList
    inside_phrases: WordList
    clause_joiners: WordList
    contrast_openers: ContrastOpeners
    later_marks: WordList
    not_conditions: NotConditions
    amount_phrases: AmountPhrases
    restrictive: Phrases
    temporal_marks: WordList
    sequence_words: WordList
    comparison_words: WordList
    degree_words: DegreeWords
    population_prepositions: WordList
    apposition_openers: WordList
    small_clause_verbs: WordList
    condition_marks: WordList
    writer_pronouns: WordList
    attributing_verbs: WordList
    alternative_negations: WordList
    requirement: Requirement
    copulas: Phrases
    number_auxiliaries: NumberAuxiliaries
    do_forms: WordList
    stand_ins: dict[str, str]
    light_verbs: WordList
    permitting_verbs: WordList
    property_verbs: WordList
    contrasts: Phrases
    partitives: Phrases
    part_words: WordList
    relative_pronouns: Phrases
    phrase_prepositions: WordList
    slot_prepositions: WordList
    places: Places
    nominal_agent_markers: WordList
    pairing_prepositions: WordList
    membership_prepositions: WordList
    object_prepositions: WordList
    function_words: WordList
    passive_markers: WordList
    contrastive_manner: WordList
    hyphen_suffixes: WordList
    not_but: WordList
    preventing_verbs: WordList
    question_words: WordList
    instrument_verbs: WordList
    example_prepositions: WordList
    workings: Workings
    repair_words: RepairWords
    ellipsis_hosts: WordList
    credit_for_verbs: WordList


def english_problems(raw: object) -> list[str]:
    """One line per way english.json breaks its schema; empty when it keeps it."""
    from pydantic import ValidationError

    try:
        English.model_validate(raw)
    except ValidationError as error:
        return [f"{'.'.join(str(part) for part in item['loc']) or '(file)'}: {item['msg']}" for item in error.errors()]
    return []
