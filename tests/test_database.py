"""The claim database: the bundled one is sound, and broken ones fail with one clear line per problem."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ketacheck.database import bundled_path, load_database, read_source_text
from ketacheck.errors import DatabaseError
from ketacheck.text.normalize import squeeze


def test_bundled_database_loads_with_35_to_70_claims(database):
    assert 35 <= len(database.claims) <= 70


def test_bundled_source_is_the_article(database):
    shared = Path(__file__).resolve().parents[2] / "shared" / "source" / "article.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert read_source_text(database) == shared.read_text(encoding="utf-8")


def test_every_evidence_quote_is_in_the_source(database):
    source = squeeze(read_source_text(database))
    missing = [c.id for c in database.claims if squeeze(c.evidence) not in source]
    assert missing == []


def test_every_claim_names_who_asserts_it(database):
    for claim in database.claims:
        assert claim.attribution in database.sources
        assert database.sources[claim.attribution].name


def test_the_main_finding_and_the_negative_one_are_recorded(database):
    frames = {(c.relation, c.object, c.polarity) for c in database.claims if "naltrexone" in c.subject}
    assert ("block", ("antidepressant-effect",), True) in frames
    assert ("block", ("dissociation",), False) in frames


def test_counts_are_recorded(database):
    assert {c.count for c in database.claims if c.count is not None} == {30, 12}


def test_missing_file_is_one_problem():
    with pytest.raises(DatabaseError) as caught:
        load_database("/no/such/claims.json")
    assert caught.value.problems == ["no such file"]


def test_directory_is_refused(tmp_path):
    with pytest.raises(DatabaseError) as caught:
        load_database(tmp_path)
    assert caught.value.problems == ["is a directory"]


def test_a_database_and_an_input_file_say_alike_why_they_cannot_be_read(tmp_path):
    from ketacheck.errors import InputError
    from ketacheck.inputs import open_bytes

    for path in (tmp_path / "none.json", tmp_path):
        with pytest.raises(DatabaseError) as database_error:
            load_database(path)
        with pytest.raises(InputError) as input_error:
            open_bytes(str(path))
        assert str(input_error.value) == str(database_error.value)


def test_invalid_json_names_the_position(tmp_path):
    path = tmp_path / "claims.json"
    path.write_text('{"title": ', encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        load_database(path)
    assert caught.value.problems[0].startswith("not valid JSON")
    assert "line 1" in caught.value.problems[0]


def test_missing_field_names_the_claim_and_field(database_copy):
    path = database_copy(lambda d: d["claims"][3].pop("evidence"))
    with pytest.raises(DatabaseError) as caught:
        load_database(path)
    claim_id = json.loads(path.read_text())["claims"][3]["id"]
    assert caught.value.problems == [f"claim {claim_id!r}: evidence: Field required"]


def test_wrong_type_names_the_claim_and_field(database_copy):
    def edit(data):
        data["claims"][0]["count"] = "thirty"

    with pytest.raises(DatabaseError) as caught:
        load_database(database_copy(edit))
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith("claim 'ketamine-quickly-relieves-depression': count:")


def test_duplicated_id_is_reported(database_copy):
    def edit(data):
        data["claims"][1]["id"] = data["claims"][0]["id"]

    with pytest.raises(DatabaseError) as caught:
        load_database(database_copy(edit))
    assert caught.value.problems == ["claim 'ketamine-quickly-relieves-depression': id: duplicated"]


def test_unknown_entity_and_relation_are_reported_per_claim(database_copy):
    def edit(data):
        data["claims"][0]["subject"] = "ketamin"
        data["claims"][0]["relation"] = "soothe"

    with pytest.raises(DatabaseError) as caught:
        load_database(database_copy(edit))
    assert set(caught.value.problems) == {
        "claim 'ketamine-quickly-relieves-depression': relation: no relation 'soothe'",
        "claim 'ketamine-quickly-relieves-depression': subject: no entity 'ketamin'",
    }


def test_every_problem_is_reported_not_just_the_first(database_copy):
    def edit(data):
        del data["claims"][0]["statement"]
        del data["claims"][1]["attribution"]

    with pytest.raises(DatabaseError) as caught:
        load_database(database_copy(edit))
    assert len(caught.value.problems) == 2


ROOT = Path(__file__).parents[1]


def test_the_bundled_database_is_data_claims_json_at_the_top_and_the_only_copy():
    assert bundled_path().read_bytes() == (ROOT / "data" / "claims.json").read_bytes()
    skipped = {".venv", "build", "tests", ".git"}
    copies = [p for p in ROOT.rglob("claims.json") if not skipped.intersection(p.relative_to(ROOT).parts)]
    assert copies == [ROOT / "data" / "claims.json"]


def test_the_installed_package_answers_from_data_claims_json(tmp_path):
    import subprocess
    import sys

    # Run from elsewhere, so the package imported is the installed one, not this checkout.
    done = subprocess.run(
        [sys.executable, "-m", "ketacheck", "claims", "list", "--format", "jsonl"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=True,
    )
    listed = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    curated = json.loads((ROOT / "data" / "claims.json").read_text(encoding="utf-8"))
    assert listed == [claim["id"] for claim in curated["claims"]]


def test_the_bundled_database_is_laid_out_one_value_per_line():
    # So a new alias or cue is a one-line change in a diff, not a rewrite of a long line.
    text = bundled_path().read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_the_database_guide_documents_every_field_of_the_format():
    from ketacheck import models

    guide = (Path(__file__).parents[1] / "docs" / "database.md").read_text(encoding="utf-8")
    # The first cell of each table row names the fields the row explains.
    rows = [line.split("|")[1] for line in guide.splitlines() if line.startswith("| `")]
    documented = {name for cell in rows for name in re.findall(r"`([a-z_]+)`", cell)}
    for model in (models.Database, models.Source, models.Entity, models.Relation, models.Claim, models.Quotation):
        missing = [name for name in model.model_fields if name not in documented]
        assert not missing, f"{model.__name__}: {missing} not in docs/database.md"


def test_a_second_topic_is_refused(database_copy):
    def edit(data):
        data["entities"]["naltrexone"]["topic"] = True

    with pytest.raises(DatabaseError) as caught:
        load_database(database_copy(edit))
    assert any("ketamine, naltrexone are each the topic" in p for p in caught.value.problems)
