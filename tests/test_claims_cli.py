"""Browsing, searching and validating databases; CSV and ClaimReview output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ketacheck.cli import app
from ketacheck.database import bundled_path

MELATONIN = Path(__file__).parent / "data" / "melatonin"


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input)


def id_cells(table: str) -> list[str]:
    """The first column of every body line of a claims table, as printed (a wrapped cell spans lines)."""
    return [line.split("│")[1].strip() for line in table.splitlines() if line.startswith("│")]


def test_claims_list_text_shows_every_id(runner, database):
    ids = [claim.id for claim in database.claims]
    # Wide enough that no cell wraps: one line per claim, each showing its whole id, in database order.
    wide = runner.invoke(app, ["claims", "list"], env={"COLUMNS": "1000"})
    assert wide.exit_code == 0, wide.output
    assert id_cells(wide.stdout) == ids
    # At the usual 80 columns long ids fold across lines, and not a character of them is lost.
    narrow = runner.invoke(app, ["claims", "list"], env={"COLUMNS": "80"})
    assert narrow.exit_code == 0, narrow.output
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80
    assert "".join(id_cells(narrow.stdout)) == "".join(ids)


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv"])
def test_claims_list_machine_formats_have_every_claim(runner, database, output_format):
    result = run(runner, "claims", "list", "--format", output_format)
    assert result.exit_code == 0, result.output
    if output_format == "json":
        rows = json.loads(result.stdout)
    elif output_format == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["id"] for row in rows] == [c.id for c in database.claims]
    assert set(rows[0]) >= {"id", "statement", "attribution", "strength", "evidence"}


def test_claims_show_highlights_the_quote_in_its_sentence(runner):
    result = run(runner, "claims", "show", "naltrexone-does-not-block-dissociation")
    assert result.exit_code == 0, result.output
    assert "The researchers found that taking naltroxene" in result.stdout
    assert "but not the sensation of dissociation that it induced" in result.stdout
    assert "polarity: False" in result.stdout


def test_claims_show_json_gives_the_context_around_the_quote(runner):
    result = run(runner, "claims", "show", "published-in-ajp", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["id"] == "published-in-ajp"
    assert document["context"]["quote"] == "a study published in the American Journal of Psychiatry"
    assert document["context"]["before"].startswith("Now, ")
    assert document["context"]["after"].startswith(" says that ketamine")


def test_claims_show_unknown_id_exits_2_and_suggests(runner):
    result = run(runner, "claims", "show", "published-in-nature")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no claim 'published-in-nature'; did you mean published-in-ajp" in result.stderr


def test_claims_search_ranks_the_right_claim_first(runner):
    result = run(runner, "claims", "search", "which journal published it", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["id"] == "published-in-ajp"
    scores = [row["score"] for row in rows]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_claims_search_allows_misspellings(runner):
    result = run(runner, "claims", "search", "naltroxene disociation", "-f", "json", "-n", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["id"] == "naltrexone-does-not-block-dissociation"


def test_db_validate_bundled_database_is_valid(runner, database, raw_database):
    result = run(runner, "db", "validate")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    # The count is that of the claims in the file: none dropped on loading, none left out of the count.
    assert len(database.claims) == len(raw_database["claims"])
    assert result.stderr == f"ketacheck: {bundled_path()} is valid: {len(raw_database['claims'])} claims\n"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d["claims"][3].pop("evidence"),
            "claim 'ketamine-is-effective': evidence: Field required",
        ),
        (
            lambda d: d["claims"][1].update(id=d["claims"][0]["id"]),
            "claim 'ketamine-quickly-relieves-depression': id: duplicated",
        ),
        (
            lambda d: d["claims"][0].update(evidence="ketamine cures depression forever"),
            "claim 'ketamine-quickly-relieves-depression': evidence: not found verbatim in the source text",
        ),
        (
            lambda d: d["claims"].append(
                {
                    **d["claims"][-1],
                    "id": "ect-not-a-treatment",
                    "statement": "Electroconvulsive therapy is not a treatment for depression.",
                    "polarity": False,
                }
            ),
            "contradicted by claim",
        ),
    ],
    ids=["missing-field", "duplicated-id", "quote-not-in-source", "claims-contradict"],
)
def test_db_validate_reports_each_broken_copy(runner, database_copy, edit, expected):
    path = database_copy(edit)
    result = run(runner, "db", "validate", str(path))
    assert result.exit_code == 2, result.output
    assert expected in result.stdout
    assert all(line.startswith(f"{path}: ") for line in result.stdout.splitlines())


def test_db_validate_invalid_json(runner, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text("{ not json")
    result = run(runner, "db", "validate", str(path))
    assert result.exit_code == 2
    assert "not valid JSON" in result.stdout


def test_db_schema_is_the_json_schema_of_the_format(runner):
    result = run(runner, "db", "schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    claim = schema["$defs"]["Claim"]
    assert {"id", "statement", "evidence", "attribution", "strength", "subject", "relation"} <= set(claim["required"])
    assert schema["required"] and "claims" in schema["properties"]


def test_second_database_validates_and_evaluates(runner):
    result = run(runner, "db", "validate", str(MELATONIN / "claims.json"))
    assert result.exit_code == 0, result.output
    result = run(runner, "eval", "--db", str(MELATONIN / "claims.json"), "-f", "json", str(MELATONIN / "labelled.tsv"))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["dangerous"] == 0
    assert report["macro_f1"] >= 0.9


def test_second_database_checks_with_its_own_evidence(runner):
    result = run(
        runner, "check", "--db", str(MELATONIN / "claims.json"), "-f", "jsonl", "Melatonin improved reaction times."
    )
    assert result.exit_code == 1, result.output
    record = json.loads(result.stdout)
    assert record["claim_id"] == "melatonin-no-reaction-time-gain"
    assert record["evidence"] == "but it did not improve reaction times"


def test_check_csv_is_rfc4180_and_safe_in_a_spreadsheet(runner):
    result = run(
        runner,
        "check",
        "-f",
        "csv",
        '=HYPERLINK("x") Naltrexone blocks dissociation.',
        'Morphine is an opioid, "really".',
    )
    assert result.exit_code == 1, result.output
    assert result.stdout_bytes.count(b"\r\n") == 3  # header and two records, each ended by CRLF
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert rows[0]["statement"].startswith("'=HYPERLINK")
    assert rows[1]["statement"] == 'Morphine is an opioid, "really".'
    assert rows[0]["verdict"] == "contradicted" and rows[1]["verdict"] == "supported"


def test_claimreview_has_the_required_and_recommended_properties(runner):
    result = run(
        runner,
        "check",
        "-f",
        "claimreview",
        "--org",
        "Example Desk",
        "Naltrexone blocks dissociation.",
        "Ketamine is purple.",
        "Morphine is an opioid.",
    )
    assert result.exit_code == 1, result.output
    reviews = json.loads(result.stdout)
    assert len(reviews) == 3
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["bestRating"] == 5 and rating["worstRating"] == 1
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"] and rating["alternateName"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["author"] == {"@type": "Organization", "name": "Example Desk"}
        assert len(review["datePublished"]) == 10
        assert review["url"].startswith("https://")
        assert review["reviewBody"]
    # The scale the README documents: contradicted 1 (False), unknown 3, supported 5 (True).
    assert [(r["reviewRating"]["ratingValue"], r["reviewRating"]["alternateName"]) for r in reviews] == [
        (1, "False"),
        (3, "Unverified: not in the source"),
        (5, "True"),
    ]
    assert "but not the sensation of dissociation" in reviews[0]["reviewBody"]


def test_db_validate_warns_of_a_repeated_alias_or_cue_and_still_passes(runner, database_copy):
    def repeat(data):
        data["entities"]["naltrexone"]["aliases"].append("NALTREXONE")
        data["relations"]["block"]["cues"].append("lessen")

    path = database_copy(repeat)
    result = run(runner, "db", "validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [
        f"ketacheck: warning: {path}: entity 'naltrexone': phrases: 'NALTREXONE' repeats 'naltrexone'",
        f"ketacheck: warning: {path}: relation 'block': phrases: 'lessen' repeats 'lessen'",
    ]


def test_db_validate_checks_the_shipped_english_json_too(runner, monkeypatch):
    import ketacheck.text.english as english

    broken = json.loads(json.dumps(english.ENGLISH))
    broken["copulas"].append("is")
    monkeypatch.setattr(english, "ENGLISH", broken)
    result = run(runner, "db", "validate")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == ["english.json: copulas: Value error, repeated: 'is'"]
