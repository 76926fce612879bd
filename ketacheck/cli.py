"""The command line: parse, call the core, hand results to a renderer, pick the exit code."""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from ketacheck import __version__
from ketacheck.errors import DatabaseError, KetacheckError
from ketacheck.exitcodes import ExitCode, FailOn, exit_code_for
from ketacheck.records import Verdict
from ketacheck.render import OutputFormat
from ketacheck.render.claims import ListFormat
from ketacheck.render.formats import ReportFormat, ScanFormat

if TYPE_CHECKING:
    from ketacheck.engine import Engine
    from ketacheck.records import CheckResult
    from ketacheck.render import Renderer

app = typer.Typer(
    name="ketacheck",
    help="Check statements against a curated database of findings from one source article.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DatabaseOption = Annotated[
    Path | None,
    typer.Option("--db", help="Use this claim database instead of the bundled one.", show_default=False),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")]
DEFAULT_ORGANIZATION = "ketacheck"
OrganizationOption = Annotated[
    str, typer.Option("--org", help="The organization named as author of ClaimReview output.")
]
ListFormatOption = Annotated[
    ListFormat, typer.Option("--format", "-f", help="text for people; json one array; jsonl; csv.")
]

claims_app = typer.Typer(help="Browse and search the claims in the database.", no_args_is_help=True)
db_app = typer.Typer(help="Validate a curated database, or print the JSON Schema of the format.", no_args_is_help=True)
app.add_typer(claims_app, name="claims")
app.add_typer(db_app, name="db")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ketacheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Check statements against a curated database of findings from one source article.

    Exit codes: 0 nothing flagged, 1 something contradicted (or what --fail-on names),
    2 usage, input, database or internal error, 130 interrupted.
    """


@app.command()
def check(
    statements: Annotated[
        list[str] | None,
        typer.Argument(
            help="Statements to check. '-', or none with input piped in, reads one statement per line from stdin.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="text for people; jsonl one object per line; json one array; csv; claimreview (schema.org JSON-LD).",
        ),
    ] = OutputFormat.TEXT,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a statement is contradicted, also when unknown, or never."),
    ] = FailOn.CONTRADICTED,
    explain: Annotated[bool, typer.Option("--explain", "-e", help="Show every reason in the text view.")] = False,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Worker processes for a stream of statements; output stays in order."),
    ] = 1,
    org: OrganizationOption = DEFAULT_ORGANIZATION,
    db: DatabaseOption = None,
    debug: DebugOption = False,
) -> None:
    """Check statements: supported, contradicted or unknown, with the evidence and who said it."""
    with _handled(debug):
        from ketacheck.cache import load_engine
        from ketacheck.inputs import numbered_lines, numbered_statements, stdin_bytes
        from ketacheck.render import RenderOptions, renderer_for

        arguments = list(statements or [])
        if not arguments and sys.stdin.isatty():
            _usage("no statement given: pass one as an argument, or pipe statements in, one per line")
        stdin = stdin_bytes() if not arguments or "-" in arguments else None
        bad_lines: list[int] = []
        source: Iterator[tuple[int, str]] = (
            numbered_statements(arguments, stdin, bad_lines.append)
            if arguments
            else numbered_lines(stdin, bad_lines.append)  # type: ignore[arg-type]
        )
        engine = load_engine(db)
        database = engine.database
        options = RenderOptions(explain, org, database.source_url, database.title)
        out = _data_stream()
        renderer = renderer_for(output_format, out, options)
        tally: Counter[Verdict] = Counter()
        interrupted = False
        try:
            interrupted = _stream(source, engine, db, jobs, renderer, out, tally)
        except BrokenPipeError:
            # The reader left (| head): stop quietly, with the exit code of what was answered.
            _silence_stdout()
            raise typer.Exit(exit_code_for(tally.elements(), fail_on)) from None
        if interrupted:
            raise KeyboardInterrupt
        if bad_lines:
            _warn_bad_lines(bad_lines, "argument" if arguments and "-" not in arguments else "line")
        raise typer.Exit(exit_code_for(tally.elements(), fail_on))


def _stream(
    source: Iterator[tuple[int, str]],
    engine: Engine,
    db: Path | None,
    jobs: int,
    renderer: Renderer,
    out: TextIO,
    tally: Counter[Verdict],
) -> bool:
    """Answer every statement and render it; whether Ctrl-C cut the stream short."""
    from ketacheck.engine import BATCH

    interrupted = False
    with _whole_records() as whole:
        try:
            with whole():
                renderer.start()
            if jobs == 1:
                batches: Iterator[list[tuple[int, CheckResult]]] = _answered(engine, source)
            else:
                from ketacheck.parallel import check_in_parallel  # multiprocessing costs a one-process run 4 ms

                batches = ([answer] for answer in check_in_parallel(source, db, jobs))
            for batch in batches:
                for line, result in batch:
                    tally[result.verdict] += 1
                    with whole():
                        renderer.result(line, result)
                if len(batch) < BATCH:
                    # Input is coming slowly (a person typing, tail -f): show what is answered now.
                    out.flush()
        except KeyboardInterrupt:
            interrupted = True
        # Interrupted or not, whatever was answered ends as a well-formed document; a second
        # Ctrl-C while closing it is noted, not obeyed half-way.
        closed = False
        while not closed:
            try:
                with whole():
                    renderer.finish(tally)
                    out.flush()
                    closed = True
            except KeyboardInterrupt:
                interrupted = True
    return interrupted


def _answered(engine: Engine, source: Iterator[tuple[int, str]]) -> Iterator[list[tuple[int, CheckResult]]]:
    """The statements' results in input order, a batch at a time: as many as input allows, up to BATCH."""
    from ketacheck.batches import ready_batches
    from ketacheck.engine import BATCH

    for batch in ready_batches(source, BATCH):
        yield engine.check_numbered(batch)


def _data_stream() -> TextIO:
    """stdout for data: buffered in large blocks when it is a pipe or a file, even under
    PYTHONUNBUFFERED (a system call per record costs a tenth of the time); as is on a terminal."""
    try:
        if sys.stdout.isatty():
            return sys.stdout
        sys.stdout.flush()
        return open(sys.stdout.fileno(), "w", encoding="utf-8", buffering=1 << 16, closefd=False)  # noqa: SIM115
    except (AttributeError, OSError, ValueError):  # a stand-in stream (tests), without a file descriptor
        return sys.stdout


def _warn_bad_lines(numbers: list[int], noun: str) -> None:
    shown = ", ".join(str(n) for n in numbers[:10]) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")
    plural = "s" if len(numbers) > 1 else ""
    typer.echo(f"ketacheck: warning: invalid UTF-8 replaced in {noun}{plural} {shown}", err=True)


@app.command()
def scan(
    files: Annotated[list[str], typer.Argument(help="Markdown or plain-text drafts; '-' reads one from stdin.")],
    output_format: Annotated[
        ScanFormat,
        typer.Option(
            "--format",
            "-f",
            help="text for people; lint (path:line:col) for editors; github annotations; jsonl; json; csv; "
            "html (one self-contained page); claimreview.",
        ),
    ] = ScanFormat.TEXT,
    show: Annotated[
        str | None,
        typer.Option(
            "--show",
            help="Verdicts to report, comma-separated, or 'all' (default: contradicted,unknown for lint and "
            "github, all for the rest).",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a sentence is contradicted, also when unknown, or never."),
    ] = FailOn.CONTRADICTED,
    org: OrganizationOption = DEFAULT_ORGANIZATION,
    db: DatabaseOption = None,
    debug: DebugOption = False,
) -> None:
    """Check every claim in a draft and report each where it stands: line, column, verdict, evidence."""
    with _handled(debug):
        from ketacheck.cache import load_engine
        from ketacheck.render import RenderOptions
        from ketacheck.render.scan import DEFAULT_SHOWN, SCAN_RENDERERS
        from ketacheck.scan import scan_text

        shown = _verdicts(show) if show is not None else DEFAULT_SHOWN.get(output_format, frozenset(Verdict))
        engine = load_engine(db)
        database = engine.database
        renderer = SCAN_RENDERERS[output_format](
            sys.stdout, RenderOptions(False, org, database.source_url, database.title)
        )
        documents = []
        for path in files:
            text, bad = _read_draft(path)
            if bad:
                typer.echo(f"ketacheck: warning: invalid UTF-8 replaced in {path}", err=True)
            document = scan_text(engine, text, "<stdin>" if path == "-" else path)
            documents.append(document)
            renderer.document(document, document.shown(shown))
        renderer.finish(documents)
        verdicts = [item.result.verdict for document in documents for item in document.checked]
        raise typer.Exit(exit_code_for(verdicts, fail_on))


def _verdicts(spec: str) -> frozenset[Verdict]:
    if spec.strip().lower() == "all":
        return frozenset(Verdict)
    chosen = set()
    for name in spec.split(","):
        try:
            chosen.add(Verdict(name.strip().lower()))
        except ValueError:
            allowed = ", ".join(v.value for v in Verdict)
            raise typer.BadParameter(
                f"{name.strip()!r} is not a verdict; use {allowed} or all", param_hint="--show"
            ) from None
    return frozenset(chosen)


def _read_draft(path: str) -> tuple[str, bool]:
    """A draft as text, and whether any bytes had to be replaced; CRLF read as LF."""
    from ketacheck.inputs import open_bytes, stdin_bytes

    if path == "-":
        data = stdin_bytes().read()
    else:
        with open_bytes(path) as handle:
            data = handle.read()
    try:
        text, bad = data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        text, bad = data.decode("utf-8-sig", "replace"), True
    return text.replace("\r\n", "\n"), bad


@app.command("eval")
def evaluate_command(
    labelled: Annotated[
        str, typer.Argument(help="A labelled TSV with a header: label, kind, statement ('-' for stdin).")
    ],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="text for people; json one document for machines.")
    ] = ReportFormat.TEXT,
    db: DatabaseOption = None,
    debug: DebugOption = False,
) -> None:
    """Score the engine against labelled statements: per-verdict scores, confusion matrix, misses."""
    with _handled(debug):
        from ketacheck.cache import load_engine
        from ketacheck.evaluate import evaluate, read_labelled
        from ketacheck.inputs import open_bytes, stdin_bytes, text_stream
        from ketacheck.render.report import REPORT_RENDERERS

        engine = load_engine(db)
        if labelled == "-":
            report = evaluate(engine, read_labelled(text_stream(stdin_bytes()), "<stdin>"))
        else:
            with text_stream(open_bytes(labelled)) as stream:
                report = evaluate(engine, read_labelled(stream, labelled))
        REPORT_RENDERERS[output_format](report, sys.stdout)
        raise typer.Exit(ExitCode.OK)


@claims_app.command("list")
def claims_list(
    output_format: ListFormatOption = ListFormat.TEXT, db: DatabaseOption = None, debug: DebugOption = False
) -> None:
    """List every claim: id, statement and who asserts it."""
    with _handled(debug):
        from ketacheck.database import load_database
        from ketacheck.render.claims import LIST_RENDERERS, claim_record

        database = load_database(db)
        LIST_RENDERERS[output_format]([claim_record(c, database) for c in database.claims], sys.stdout)
        raise typer.Exit(ExitCode.OK)


@claims_app.command("show")
def claims_show(
    claim_id: Annotated[str, typer.Argument(help="The id of the claim, as `claims list` shows it.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON document instead of the text view.")] = False,
    db: DatabaseOption = None,
    debug: DebugOption = False,
) -> None:
    """Show one claim whole, with its evidence highlighted in the sentence it comes from."""
    with _handled(debug):
        from ketacheck.browse import evidence_context, find_claim
        from ketacheck.database import load_database, read_source_text
        from ketacheck.render.claims import render_claim_detail

        database = load_database(db)
        claim = find_claim(database, claim_id)
        context = evidence_context(claim, read_source_text(database, db))
        render_claim_detail(claim, database, context, as_json, sys.stdout)
        raise typer.Exit(ExitCode.OK)


@claims_app.command("search")
def claims_search(
    query: Annotated[str, typer.Argument(help="Words to look for in the claims' ids, statements and evidence.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many claims at most.")] = 10,
    output_format: ListFormatOption = ListFormat.TEXT,
    db: DatabaseOption = None,
    debug: DebugOption = False,
) -> None:
    """Find claims by fuzzy match, best first, with a score from 0 to 1."""
    with _handled(debug):
        from ketacheck.browse import search_claims
        from ketacheck.database import load_database
        from ketacheck.render.claims import LIST_RENDERERS, claim_record

        database = load_database(db)
        found = search_claims(database, query, limit)
        LIST_RENDERERS[output_format]([claim_record(c, database, score) for c, score in found], sys.stdout)
        raise typer.Exit(ExitCode.OK)


@db_app.command("validate")
def db_validate(
    path: Annotated[
        Path | None,
        typer.Argument(help="The database to validate; the bundled one when omitted.", show_default=False),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Refuse records still marked as drafts (\"draft\": true).")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Validate a database: its schema, unique ids, quotes found in the source, claims that check and agree."""
    with _handled(debug):
        from ketacheck.database import bundled_path, load_database, read_source_text
        from ketacheck.text.english import english_file_problems
        from ketacheck.validate import repeated_phrases, unreviewed, validate

        shown = str(path if path is not None else bundled_path())
        warnings: list[str] = []
        try:
            database = load_database(path)
            problems = [str(p) for p in validate(database, read_source_text(database, path))]
            if strict:
                problems += [str(p) for p in unreviewed(database)]
            warnings = [str(w) for w in repeated_phrases(database)]
        except DatabaseError as error:
            problems = error.problems
        for problem in problems:
            typer.echo(f"{shown}: {problem}")
        for problem in english_file_problems():
            typer.echo(f"english.json: {problem}")
            problems.append(problem)
        for warning in warnings:
            typer.echo(f"ketacheck: warning: {shown}: {warning}", err=True)
        if problems:
            typer.echo(f"ketacheck: {len(problems)} problem{'s' if len(problems) > 1 else ''} in {shown}", err=True)
            raise typer.Exit(ExitCode.ERROR)
        typer.echo(f"ketacheck: {shown} is valid: {len(database.claims)} claims", err=True)
        raise typer.Exit(ExitCode.OK)


@db_app.command("draft")
def db_draft(
    source: Annotated[str, typer.Argument(help="The article, plain text or Markdown; - reads standard input.")],
    title: Annotated[
        str | None, typer.Option("--title", help="The database's title; the article's first line when omitted.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where the article is published.")] = None,
    published: Annotated[str | None, typer.Option("--published", help="When, as YYYY-MM-DD.")] = None,
    source_file: Annotated[
        str | None,
        typer.Option(
            "--source-file",
            help="The article's path as the database will name it, relative to where the database is saved; "
            "SOURCE's file name when omitted (save the database beside it).",
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Draft a database from an article, for a curator to review: JSON on stdout, every record marked "draft"."""
    with _handled(debug):
        import json

        from ketacheck.draft import draft_database

        if source_file is None and source == "-":
            _usage("--source-file is needed when the article comes from standard input")
        text, bad = _read_draft(source)
        if bad:
            typer.echo(f"ketacheck: warning: {source}: bytes that are not UTF-8 were replaced", err=True)
        if source_file is None:
            source_file = Path(source).name
        if title is None:
            title = next((line.strip().lstrip("# ") for line in text.splitlines() if line.strip()), "Untitled")
        draft = draft_database(text, title=title, source_file=source_file, url=url, published=published)
        sys.stdout.write(json.dumps(draft.document, indent=2, ensure_ascii=False) + "\n")
        for reason in draft.left_out:
            typer.echo(f"ketacheck: note: left out {reason}", err=True)
        drafted = len(draft.document["claims"])  # type: ignore[arg-type]
        typer.echo(
            f"ketacheck: drafted {drafted} claim{'' if drafted == 1 else 's'}"
            f"; {len(draft.left_out)} left out that the engine could not read back",
            err=True,
        )
        raise typer.Exit(ExitCode.OK)


@db_app.command("schema")
def db_schema(debug: DebugOption = False) -> None:
    """Print the JSON Schema of the database format."""
    with _handled(debug):
        import json

        from ketacheck.models import Database

        typer.echo(json.dumps(Database.model_json_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit(ExitCode.OK)


@contextmanager
def _whole_records() -> Iterator[Callable[[], AbstractContextManager[None]]]:
    """Ctrl-C never cuts a record in half: inside ``whole()`` it waits until the record is out."""
    state = {"writing": False, "pending": False}

    def on_interrupt(signum: int, frame: object) -> None:
        if state["writing"]:
            state["pending"] = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def whole() -> Iterator[None]:
        state["writing"] = True
        try:
            yield
        finally:
            state["writing"] = False
        if state["pending"]:
            state["pending"] = False
            raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        yield whole
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _usage(message: str) -> None:
    typer.echo(f"ketacheck: usage error: {message}", err=True)
    raise typer.Exit(ExitCode.ERROR)


@contextmanager
def _handled(debug: bool) -> Iterator[None]:
    """Turn every failure into one message on stderr and a named exit code; no traceback leaks."""
    try:
        yield
    except typer.Exit:
        raise
    except DatabaseError as error:
        for problem in error.problems:
            typer.echo(f"ketacheck: database error: {error.path}: {problem}", err=True)
        raise typer.Exit(ExitCode.ERROR) from None
    except KetacheckError as error:
        typer.echo(f"ketacheck: error: {error}", err=True)
        raise typer.Exit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        typer.echo("ketacheck: interrupted", err=True)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        _silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if debug:
            import traceback

            traceback.print_exc(file=sys.stderr)
        typer.echo(
            f"ketacheck: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)",
            err=True,
        )
        raise typer.Exit(ExitCode.ERROR) from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main() -> None:
    """Console-script entry point. Typer maps Ctrl-C outside a command to 130 too."""
    try:
        app(prog_name="ketacheck")
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
