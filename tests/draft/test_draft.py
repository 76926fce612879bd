"""Drafting a database from an article: it validates as it stands, marks every record, and reads
the article's clauses, names and quotations from the parse."""

from __future__ import annotations

import json
import shutil

import pytest

from ketacheck.cli import app
from ketacheck.draft import _parsed, draft_database
from ketacheck.draft.frames import FrameReader
from ketacheck.draft.lexicon import Lexicon
from ketacheck.draft.relations import Relations
from tests.draft.conftest import MELATONIN


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input)


def frames_of(text: str):
    docs = _parsed([text])
    lexicon = Lexicon().read(docs)
    return lexicon, list(FrameReader(lexicon, Relations()).frames(0, docs[0]))


def frame_tuples(text: str) -> set[tuple[tuple[str, ...], str, tuple[str, ...], bool]]:
    _, frames = frames_of(text)
    return {(tuple(f.subject), f.relation, tuple(f.object), f.polarity) for f in frames}


def test_a_drafted_database_validates_as_it_stands_and_strict_refuses_it(runner, tmp_path, drafted):
    shutil.copy(MELATONIN, tmp_path / "source.txt")
    (tmp_path / "claims.json").write_text(json.dumps(drafted), encoding="utf-8")
    result = run(runner, "db", "validate", str(tmp_path / "claims.json"))
    assert result.exit_code == 0, result.output
    strict = run(runner, "db", "validate", "--strict", str(tmp_path / "claims.json"))
    assert strict.exit_code == 2
    problems = strict.stdout.splitlines()
    assert any(": database: draft: " in line for line in problems)
    claim_lines = [line for line in problems if ": claim '" in line]
    assert len(claim_lines) == len(drafted["claims"]) > 0
    assert all(line.endswith("draft: not reviewed yet") for line in claim_lines)


def test_strict_validation_accepts_the_curated_database(runner):
    result = run(runner, "db", "validate", "--strict")
    assert result.exit_code == 0, result.output


def test_every_drafted_record_is_marked_as_a_draft(drafted):
    assert drafted["draft"] is True
    for section in ("sources", "entities", "relations"):
        assert drafted[section] and all(record["draft"] is True for record in drafted[section].values())
    assert all(claim["draft"] is True for claim in drafted["claims"])
    assert all(quotation["draft"] is True for quotation in drafted["quotations"])


def test_the_same_article_gives_the_same_draft(drafted):
    again = draft_database(MELATONIN.read_text(encoding="utf-8"), title="Melatonin", source_file="source.txt")
    assert json.dumps(again.document) == json.dumps(drafted)


def test_the_draft_reads_findings_denials_and_counts(drafted):
    frames = {(tuple(c["subject"]), c["relation"], tuple(c["object"]), c.get("polarity", True)) for c in drafted["claims"]}
    assert (("melatonin",), "reduce", ("daytime-sleepiness",), True) in frames
    # "but it did not improve reaction times": the pronoun is melatonin, and the claim is denied.
    assert (("melatonin",), "relieve", ("reaction-times",), False) in frames
    counted = [c for c in drafted["claims"] if c.get("count") == 48]
    assert counted and counted[0]["relation"] == "recruit"
    people = {e["name"] for e in drafted["entities"].values() if e["type"] == "person"}
    assert "Ingrid Solberg" in people


def test_nothing_is_drafted_from_under_a_denied_or_asked_frame():
    # "should not expect melatonin to cure jet lag" asserts no cure; "how X affects Y" asks.
    assert not frame_tuples("Doctors said travellers should not expect melatonin to cure jet lag.")
    assert not frame_tuples("The team explored how melatonin affects daytime sleepiness.") & {
        (("melatonin",), "interact", ("daytime-sleepiness",), True)
    }


def test_but_not_denies_the_relation_of_its_object():
    found = frame_tuples("Melatonin reduced daytime sleepiness, but not night sweats.")
    assert (("melatonin",), "reduce", ("daytime-sleepiness",), True) in found
    assert (("melatonin",), "reduce", ("night-sweats",), False) in found


def test_a_reporting_verb_gives_the_source_and_a_hedge_the_strength():
    _, frames = frames_of("The researchers suggest that melatonin may reduce daytime sleepiness.")
    assert [(f.attribution, f.strength) for f in frames] == [("study", "hypothesis")]
    _, frames = frames_of("The researchers found that melatonin reduced daytime sleepiness.")
    assert [(f.attribution, f.strength) for f in frames] == [("study", "finding")]


def test_named_phrases_abbreviations_and_misspellings_become_aliases():
    docs = _parsed(
        [
            "The team gave an opioid blocker called naltrexone to the patients.",
            "Ketamine blocks N-methyl-D-aspartate receptors (NMDAR) in the brain.",
            "Some patients took naltroxene twice.",
        ]
    )
    lexicon = Lexicon().read(docs)
    aliases = {e.id: set(e.aliases) for e in lexicon.entities.values()}
    naltrexone = next(e for e, names in aliases.items() if "naltrexone" in names)
    assert {"opioid blocker", "naltroxene"} <= aliases[naltrexone]
    assert any("nmdar" in names for names in aliases.values())


def test_db_draft_writes_json_and_notes(runner, tmp_path):
    shutil.copy(MELATONIN, tmp_path / "article.txt")
    result = run(runner, "db", "draft", str(tmp_path / "article.txt"), "--title", "Jet lag", "--published", "2024-01-02")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["title"], document["source_file"], document["published"]) == ("Jet lag", "article.txt", "2024-01-02")
    assert "ketacheck: drafted " in result.stderr


def test_db_draft_needs_a_source_file_name_for_standard_input(runner):
    result = run(runner, "db", "draft", "-", input="Melatonin reduced sleepiness.")
    assert result.exit_code == 2
    assert "--source-file" in result.stderr and "Traceback" not in result.output


def test_db_draft_of_a_missing_file_is_one_line(runner, tmp_path):
    result = run(runner, "db", "draft", str(tmp_path / "nothing.txt"))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "no such file" in result.stderr


def test_db_draft_of_an_empty_article_is_an_error(runner):
    result = run(runner, "db", "draft", "-", "--source-file", "a.txt", input="   \n")
    assert result.exit_code == 2
    assert result.stderr.startswith("ketacheck: ") and len(result.stderr.strip().splitlines()) == 1


def test_claims_list_shows_which_claims_are_unreviewed(runner, tmp_path, drafted):
    shutil.copy(MELATONIN, tmp_path / "source.txt")
    (tmp_path / "claims.json").write_text(json.dumps(drafted), encoding="utf-8")
    table = run(runner, "claims", "list", "--db", str(tmp_path / "claims.json"))
    assert table.exit_code == 0, table.output
    assert "reviewed" in table.stdout and "no (draft)" in table.stdout
    rows = json.loads(run(runner, "claims", "list", "--format", "json", "--db", str(tmp_path / "claims.json")).stdout)
    assert rows and all(row["draft"] is True for row in rows)
    curated = run(runner, "claims", "list")
    assert "reviewed" not in curated.stdout


def test_a_markdown_article_is_drafted_from_its_prose(runner, tmp_path):
    article = tmp_path / "article.md"
    article.write_text(
        "# Melatonin and jet lag\n\nA trial in **Norway** found that melatonin shortened jet lag.\n\n"
        "- Melatonin reduced daytime sleepiness, but it did not improve reaction times.\n",
        encoding="utf-8",
    )
    result = run(runner, "db", "draft", str(article))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["title"] == "Melatonin and jet lag"
    statements = {claim["statement"] for claim in document["claims"]}
    assert "Melatonin did not improve reaction times." in statements
    (tmp_path / "claims.json").write_text(result.stdout, encoding="utf-8")
    assert run(runner, "db", "validate", str(tmp_path / "claims.json")).exit_code == 0


@pytest.mark.parametrize(
    "article",
    ["Hello", "# Only a heading", "Melatonin reduced sleepiness. Melatonin did not reduce sleepiness."],
)
def test_an_article_with_no_claim_to_draft_is_a_one_line_error(runner, article):
    result = run(runner, "db", "draft", "-", "--source-file", "a.txt", input=article)
    assert result.exit_code == 2
    assert result.stderr.startswith("ketacheck: error: no claim") and len(result.stderr.strip().splitlines()) == 1


def test_long_ids_and_repeated_quotations_still_give_a_valid_draft():
    text = (
        'Dr. Ann Lee said "melatonin helps travellers sleep well at night". '
        'Dr. Ann Lee said "melatonin helps travellers sleep well at night". '
        "Melatonin reduced acute chronic persistent recurrent disabling daytime sleepiness."
    )
    document = draft_database(text, title="t", source_file="a.txt").document
    ids = [c["id"] for c in document["claims"]] + [q["id"] for q in document["quotations"]]
    assert ids and all(not i.endswith("-") for i in ids) and len(ids) == len(set(ids))


def test_a_garden_path_of_coordinated_verbs_is_parsed_again_with_one():
    # The small model reads "ketamine lessened" as a noun; with one verb it reads the clause.
    found = frame_tuples(
        "The researchers found that taking naltroxene before ingesting ketamine lessened or blocked the "
        "drug's antidepressant effects, but not the sensation of dissociation that it induced."
    )
    effects = [f for f in found if f[1] == "reduce" and f[3]]
    denied = [f for f in found if f[1] == "reduce" and not f[3]]
    assert effects and denied
    # "the sensation of dissociation" carries dissociation.
    assert denied[0][2] == ("dissociation",)


def test_what_is_denied_through_its_subject_or_failed_is_not_drafted_as_said():
    assert not frame_tuples("None of the participants had high blood pressure.")
    assert not frame_tuples("No serious adverse events linked to melatonin were recorded.")
    assert (("melatonin",), "reduce", ("daytime-sleepiness",), False) in frame_tuples(
        "Melatonin failed to reduce daytime sleepiness."
    )
    # A passive without its doer has the patient for a subject: no frame makes it the doer.
    assert not {f for f in frame_tuples("Sleepiness was reduced in older patients.") if f[1] == "reduce"}


def test_a_clause_inside_quotation_marks_is_its_speakers():
    text = '"Melatonin reduced daytime sleepiness in our trial," said Dr. Ingrid Solberg.'
    document = draft_database(text, title="t", source_file="t.txt").document
    claims = document["claims"]
    assert claims and all(c["attribution"] == "ingrid-solberg" for c in claims)
    with pytest.raises(Exception, match="no claim"):
        draft_database('"Melatonin reduced daytime sleepiness in our trial."', title="t", source_file="t.txt")


def test_a_count_on_the_object_counts_the_claims_subject():
    # The engine reads a count as said of a claim's subject: "recruited 30 participants" counts participants.
    _, frames = frames_of("Dr. Williams and team recruited 30 participants with depression.")
    assert [(f.subject, f.object, f.count) for f in frames if f.relation == "recruit"] == [(["participants"], [], 30)]
    # "Of all of the participants, 12 took …": the number counts what the 'of' before it names.
    _, frames = frames_of("Of all of the participants, 12 took both naltroxene and a placebo.")
    assert any(f.subject == ["participants"] and f.count == 12 for f in frames)


def test_due_to_the_fact_that_relates_to_what_the_fact_says():
    _, frames = frames_of(
        "A study says that ketamine's antidepressant properties are due to the fact that it activates the opioid system."
    )
    found = {(tuple(f.subject), f.relation, tuple(f.object), f.attribution) for f in frames}
    assert (("antidepressant-properties",), "mediate", ("opioid-system",), "study") in found
    # "it" is whose the subject is: ketamine.
    assert (("ketamine",), "activate", ("opioid-system",), "study") in found


def test_a_hypothesis_is_said_with_who_made_it():
    _, frames = frames_of("Some studies have suggested that ketamine's effect is due to its receptor properties.")
    assert [f.statement for f in frames if f.strength == "hypothesis"] == [
        "Some studies have suggested that the effect is due to the receptor properties."
    ]


def test_a_relative_clause_on_a_noun_of_another_number_is_not_drafted():
    # "depression who are resistant": the parser hung the clause on the wrong noun.
    assert not [f for f in frame_tuples("The team studied people with depression who are resistant to treatments.") if f[1] == "resist"]
    assert (("people",), "resist", ("treatments",), True) in frame_tuples("The team studied people who are resistant to treatments.")


def test_of_those_recruited_counts_the_participants_and_a_share_is_no_count():
    _, frames = frames_of("The team recruited 40 participants. Of those recruited, 31 completed the trial.")
    assert any(f.subject == ["participants"] and f.count == 31 for f in frames)
    _, frames = frames_of("About 4 in 10 people taking the drug improved.")
    assert [(f.subject, f.count) for f in frames] == [(["people"], None)]


def test_an_institution_is_also_named_without_the_words_of_its_kind():
    docs = _parsed(["A team from Stanford University ran the trial."])
    lexicon = Lexicon().read(docs)
    assert "stanford" in lexicon.entities["stanford-university"].aliases


def test_a_light_noun_under_an_adjective_made_from_a_thing_is_that_thing():
    docs = _parsed(["Ketamine causes dissociation.", "Naltrexone did not block the dissociative effects."])
    lexicon = Lexicon().read(docs)
    assert "dissociative effects" in lexicon.entities["dissociation"].aliases
    # "effective" is not made from "effect": too short a stem to tell.
    docs = _parsed(["The effect was small.", "Its effective properties were clear."])
    lexicon = Lexicon().read(docs)
    assert "effective properties" not in lexicon.entities["effect"].aliases


def test_db_draft_counts_one_claim_in_the_singular_and_checks_its_options_first(runner, tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("The researchers found that melatonin reduced daytime sleepiness.\n", encoding="utf-8")
    result = run(runner, "db", "draft", str(article))
    assert result.exit_code == 0
    assert "drafted 1 claim;" in result.stderr
    # Standard input is not read when the options already say the draft cannot be written.
    result = run(runner, "db", "draft", "-", input="never read")
    assert result.exit_code == 2
    assert "--source-file" in result.stderr


def test_a_pseudo_negation_a_share_and_someones_advice_are_not_drafted_as_said():
    assert (("melatonin",), "relieve", ("sleep",), True) in frame_tuples("Melatonin did not just improve sleep.")
    _, frames = frames_of("Four in 10 participants reported headaches.")
    assert all("10" not in f.statement for f in frames)
    # "researchers may want to …" is advice someone gives them, not what the study says.
    assert not frame_tuples("In the future, researchers may want to invest more time in studying other treatments.")


def test_an_institution_named_of_a_place_keeps_its_full_name():
    docs = _parsed(["Dr. Jane Smith, from the University of Washington, led the study."])
    lexicon = Lexicon().read(docs)
    assert "washington" not in lexicon.entities["university-of-washington"].aliases
