"""Scanning drafts: prose found where it stands, sentences split well, every wrong one flagged in place."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ketacheck.cli import app
from ketacheck.scan import mask_markup, scan_text, split_sentences

DRAFT = Path(__file__).parent / "data" / "draft.md"

# Each wrong sentence of the sample draft, by the kind of error, at its line and column.
WRONG = {
    "negation": (16, 1, "Naltrexone did not lessen ketamine's antidepressant effect."),
    "number": (27, 1, "The trial enrolled 100 participants."),
    "name": (29, 1, "The study was published in Nature."),
    "antonym": (32, 3, "The trial ran its full course"),
    "compound": (33, 3, "Naltrexone blocked the antidepressant effects and the dissociation"),
    "pronoun": (35, 34, "It strengthened ketamine's antidepressant effect."),
}


def run(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input)


def texts(markdown: str) -> list[str]:
    return [s.text for s in split_sentences(markdown)]


def test_sentences_survive_abbreviations_decimals_and_initials():
    text = "Dr. Mark George of the U.S. spoke. Drs. Williams and Heifets, e.g. in 2018, gave 0.5 mg/kg doses. J. Smith agreed."
    assert texts(text) == [
        "Dr. Mark George of the U.S. spoke.",
        "Drs. Williams and Heifets, e.g. in 2018, gave 0.5 mg/kg doses.",
        "J. Smith agreed.",
    ]


def test_sentences_end_after_closing_quotes_and_parentheses():
    text = 'He said "it works." Then he left (quickly.) Nobody asked? Yes!'
    assert texts(text) == ['He said "it works."', "Then he left (quickly.)", "Nobody asked?", "Yes!"]


def test_a_wrapped_paragraph_is_one_text_and_lines_are_kept():
    sentences = split_sentences("Intro line.\n\nThe trial was\nstopped early. Then\nit ended.\n")
    assert [s.text for s in sentences] == ["Intro line.", "The trial was stopped early.", "Then it ended."]
    stopped = sentences[1]
    assert (stopped.line, stopped.column, stopped.end_line, stopped.end_column) == (3, 1, 4, 14)


def test_list_items_without_a_full_stop_are_sentences():
    assert texts("- first item\n- second item\n\n1. third item\n") == ["first item", "second item", "third item"]


def test_columns_count_characters_not_bytes():
    sentences = split_sentences("Ünïcödé café. Ketamine works.")
    assert (sentences[1].line, sentences[1].column) == (1, 15)


def test_front_matter_code_comments_and_link_targets_are_not_prose():
    text = (
        "---\ntitle: Naltrexone blocks dissociation\n---\n\nProse [linked words](https://x.test/naltrexone) here.\n\n"
        "```\ncode line\n```\n\n    indented code\n\n<!-- hidden comment -->\n[ref]: https://x.test\n"
    )
    masked = mask_markup(text)
    assert len(masked) == len(text)
    for hidden in ("title", "https", "code line", "indented code", "hidden comment", "ref"):
        assert hidden not in masked
    assert texts(text) == ["Prose linked words here."]


def test_headings_and_block_quotes_are_read_as_text():
    assert texts("## A heading here\n\n> A quoted line\n> that wraps.\n") == [
        "A heading here",
        "A quoted line that wraps.",
    ]


def test_sample_draft_flags_each_wrong_sentence_in_place(engine):
    document = scan_text(engine, DRAFT.read_text(encoding="utf-8"), "draft.md")
    flagged = {
        (i.sentence.line, i.sentence.column, i.sentence.text)
        for i in document.checked
        if i.result.verdict.value == "contradicted"
    }
    assert flagged == set(WRONG.values())


def test_sample_draft_reports_nothing_from_front_matter_code_or_comments(engine):
    document = scan_text(engine, DRAFT.read_text(encoding="utf-8"), "draft.md")
    lines = {i.sentence.line for i in document.checked}
    assert not lines & {1, 2, 3, 4, 18, 19, 20, 22, 39}
    assert all("200" not in i.sentence.text for i in document.checked)


def test_sample_draft_counts_what_it_does_not_check(engine):
    document = scan_text(engine, DRAFT.read_text(encoding="utf-8"), "draft.md")
    checked = {i.sentence.text for i in document.checked}
    assert "What does this mean for patients?" not in checked
    assert "By Test Desk" not in checked
    assert document.not_checked == 4


def test_a_leading_pronoun_is_checked_as_the_previous_subject(engine):
    document = scan_text(engine, DRAFT.read_text(encoding="utf-8"), "draft.md")
    pronoun = next(i for i in document.checked if i.sentence.text.startswith("It strengthened"))
    assert pronoun.checked_as == "Naltrexone strengthened ketamine's antidepressant effect."


def test_a_leading_the_drug_is_checked_as_the_previous_subject(engine):
    text = "Morphine is highly addictive. The drug's effects on mood are unknown. Naltrexone was given first. The drug blocked ketamine's antidepressant effect."
    document = scan_text(engine, text, "draft.md")
    checked = {i.sentence.text: i.checked_as for i in document.checked}
    assert checked["The drug's effects on mood are unknown."] == "Morphine's effects on mood are unknown."
    assert checked["The drug blocked ketamine's antidepressant effect."] == "Naltrexone blocked ketamine's antidepressant effect."


def test_scan_lint_is_one_line_per_finding_for_editors(runner):
    result = run(runner, "scan", "--format", "lint", str(DRAFT))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    pattern = re.compile(rf"^{re.escape(str(DRAFT))}:(\d+):(\d+): (contradicted|unknown): (.*)$")
    assert all(pattern.match(line) for line in lines)
    contradicted = [(int(m[1]), int(m[2])) for m in map(pattern.match, lines) if m[3] == "contradicted"]
    assert contradicted == sorted((line, col) for line, col, _ in WRONG.values())
    assert any(line.endswith("[recruited-30]") for line in lines)


def test_scan_show_chooses_the_verdicts(runner):
    result = run(runner, "scan", "--format", "lint", "--show", "supported", str(DRAFT))
    assert result.exit_code == 1, result.output
    assert result.stdout and all(": supported: " in line for line in result.stdout.splitlines())
    bad = run(runner, "scan", "--show", "maybe", str(DRAFT))
    assert bad.exit_code == 2
    assert "'maybe' is not a verdict" in bad.stderr


@pytest.mark.parametrize("output_format", ["text", "lint", "github", "jsonl", "json", "csv", "claimreview", "html"])
def test_every_scan_format_shows_only_the_chosen_verdicts(runner, output_format):
    everything = run(runner, "scan", "--format", output_format, "--show", "all", str(DRAFT))
    chosen = run(runner, "scan", "--format", output_format, "--show", "unknown", str(DRAFT))
    assert everything.exit_code == chosen.exit_code == 1, chosen.output
    # Every format names each shown sentence; the contradicted ones must go. (The HTML page keeps the
    # draft whole, so there only the findings list is compared.)
    shown_all, shown_chosen = everything.stdout, chosen.stdout
    if output_format == "html":
        shown_all, shown_chosen = (html.unescape(page.split('class="findings"')[-1]) for page in (shown_all, shown_chosen))
    wrong = [text.split(" ", 3)[-1][:20] for _, _, text in WRONG.values() if not text.startswith("It ")]
    assert all(phrase in shown_all for phrase in wrong), output_format
    assert not any(phrase in shown_chosen for phrase in wrong), output_format


def test_scan_github_annotations_escape_their_text(runner, tmp_path):
    draft = tmp_path / "a,b:c.md"
    draft.write_text(
        "The study was published in Nature.\n\nNaltrexone strengthened ketamine's 100% antidepressant effect.\n"
    )
    result = run(runner, "scan", "--format", "github", str(draft))
    assert result.exit_code == 1, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"::error file={str(draft).replace(',', '%2C').replace(':', '%3A')},line=1,col=1,")
    assert "100%25" in result.stdout
    assert len(result.stdout.splitlines()) == 2


def test_scan_jsonl_records_have_positions_and_check_fields(runner):
    result = run(runner, "scan", "--format", "jsonl", str(DRAFT))
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    fields = ["path", "line", "column", "end_line", "end_column", "sentence", "statement", "verdict", "score",
              "claim_id", "claim", "evidence", "attribution", "reasons", "quote", "difference"]  # fmt: skip
    assert all(list(r) == fields for r in records)
    pronoun = next(r for r in records if r["sentence"].startswith("It strengthened"))
    assert pronoun["statement"].startswith("Naltrexone strengthened") and pronoun["verdict"] == "contradicted"


def test_scan_json_has_the_summary(runner):
    result = run(runner, "scan", "--format", "json", str(DRAFT))
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["summary"]["contradicted"] == len(WRONG)
    assert report["summary"]["not checked"] == 4
    assert report["summary"]["checked"] == len(report["sentences"])


def test_scan_text_has_positions_evidence_and_summary(runner):
    result = run(runner, "scan", str(DRAFT))
    assert result.exit_code == 1, result.output
    assert "16:1  ✘ CONTRADICTED  Naltrexone did not lessen" in result.stdout
    assert "evidence:" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "14 checked: 7 supported, 6 contradicted, 1 unknown; 4 not checked"


def test_scan_csv_and_claimreview(runner):
    result = run(runner, "scan", "--format", "csv", str(DRAFT))
    assert result.exit_code == 1, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert {r["verdict"] for r in rows} == {"supported", "contradicted", "unknown"}
    reviews = json.loads(run(runner, "scan", "--format", "claimreview", str(DRAFT)).stdout)
    assert reviews[0]["itemReviewed"]["appearance"]["url"].startswith(f"{DRAFT}#L")


def test_scan_reads_stdin_and_fails_cleanly_on_missing_files(runner, tmp_path):
    result = run(runner, "scan", "-f", "lint", "-", input=b"The study was published in Nature.\n")
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("<stdin>:1:1: contradicted:")
    missing = run(runner, "scan", str(tmp_path / "none.md"))
    assert missing.exit_code == 2
    assert missing.stderr.strip() == f"ketacheck: error: {tmp_path / 'none.md'}: no such file"


def test_scan_exit_codes_follow_check(runner, tmp_path):
    draft = tmp_path / "fine.md"
    draft.write_text("Naltrexone is an opioid blocker. Ketamine relieves depression in teenagers.\n")
    assert run(runner, "scan", str(draft)).exit_code == 0
    assert run(runner, "scan", "--fail-on", "unknown", str(draft)).exit_code == 1


def test_scan_html_escapes_every_piece_of_the_draft(runner, tmp_path):
    draft = tmp_path / "evil.md"
    draft.write_text("Naltrexone <script>alert(1)</script> blocks dissociation.\n\n<b>Bold</b> & more.\n")
    result = run(runner, "scan", "--format", "html", str(draft))
    assert result.exit_code == 1, result.output
    page = result.stdout
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _dump_dom(page: Path, profile: Path) -> str:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it")
        pytest.skip("chromium is not installed")
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_html_report_renders_in_a_real_browser_with_one_highlight_per_sentence(runner, tmp_path):
    result = run(runner, "scan", "--format", "html", str(DRAFT))
    page = tmp_path / "report.html"
    page.write_text(result.stdout, encoding="utf-8")
    records = [json.loads(line) for line in run(runner, "scan", "-f", "jsonl", str(DRAFT)).stdout.splitlines()]
    dom = _dump_dom(page, tmp_path / "profile")
    marks = re.findall(r'<mark class="(\w+)" id="s\d+" data-verdict="\1"', dom)
    assert marks == [r["verdict"] for r in sorted(records, key=lambda r: (r["line"], r["column"]))]
    assert "14 checked: 7 supported, 6 contradicted, 1 unknown; 4 not checked" in dom


def test_html_report_runs_no_script_from_the_draft(runner, tmp_path):
    draft = tmp_path / "evil.md"
    draft.write_text(
        "Naltrexone blocks dissociation. <script>document.title='pwned'</script>\n\n"
        "<img src=x onerror=\"document.title='pwned'\"> Morphine is an opioid.\n"
    )
    page = tmp_path / "report.html"
    page.write_text(run(runner, "scan", "--format", "html", str(draft)).stdout, encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, flags=re.S).group(1)
    assert "<script" not in dom.split("<body>")[1]
    assert "&lt;script&gt;" in dom


MISQUOTE = 'Intro line.\n\nIn his editorial, George wrote: "we must be\ncautious about widespread and repeated use of ketamine."\n'


@pytest.mark.parametrize("output_format", ["text", "lint", "github", "jsonl", "json", "csv", "claimreview", "html"])
def test_scan_flags_a_misquote_where_it_stands_with_the_difference_in_every_format(runner, tmp_path, output_format):
    draft = tmp_path / "quote.md"
    draft.write_text(MISQUOTE, encoding="utf-8")
    result = run(runner, "scan", "--format", output_format, "--show", "all", str(draft))
    assert result.exit_code == 1, result.output
    if output_format in ("jsonl", "json"):
        records = json.loads(result.stdout)["sentences"] if output_format == "json" else [
            json.loads(line) for line in result.stdout.splitlines()
        ]
        (record,) = records
        assert (record["line"], record["column"], record["end_line"]) == (3, 1, 4)
        assert record["quote"] == "misquoted"
        assert ["dropped", "should"] in record["difference"] and ["added", "must"] in record["difference"]
    elif output_format == "html":
        assert "<del>should</del> <ins>must</ins>" in result.stdout
    else:
        assert "[-should-] {+must+}" in result.stdout


def test_a_quotation_standing_alone_is_credited_to_whom_the_sentence_before_names(engine):
    quote = "“We should be cautious about widespread and repeated use of ketamine.”"
    document = scan_text(engine, f"Boris Heifets was blunt about it.\n{quote}\n\nGeorge wrote an editorial.\n{quote}\n", "q.md")
    by_line = {item.sentence.line: item for item in document.checked}
    assert by_line[2].result.quote == "misattributed" and by_line[2].result.verdict.value == "contradicted"
    assert by_line[2].checked_as.startswith("Boris Heifets said: ")
    assert by_line[5].result.quote == "verbatim" and by_line[5].result.verdict.value == "supported"


def test_scan_github_levels_follow_the_verdict(runner, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "The study was published in Nature.\n\nKetamine relieves depression in teenagers.\n\n"
        "Naltrexone is an opioid blocker.\n"
    )
    result = run(runner, "scan", "--format", "github", "--show", "all", str(draft))
    assert result.exit_code == 1, result.output
    assert [line.split(" ", 1)[0] for line in result.stdout.splitlines()] == ["::error", "::warning", "::notice"]


def test_scan_html_escapes_the_evidence_quote_too(runner, database_copy, tmp_path):
    def edit(data):
        claim = next(c for c in data["claims"] if c["id"] == "published-in-ajp")
        claim["evidence"] = "published in <i>The American Journal of Psychiatry</i> & online"

    draft = tmp_path / "draft.md"
    draft.write_text("The study was published in Nature.\n")
    result = run(runner, "scan", "--db", str(database_copy(edit)), "--format", "html", str(draft))
    assert result.exit_code == 1, result.output
    assert "<i>" not in result.stdout
    assert "&lt;i&gt;The American Journal of Psychiatry&lt;/i&gt; &amp; online" in result.stdout
