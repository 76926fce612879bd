"""Statement in, verdict out: where every verdict is decided.

The engine has a statement read (``reading``: its parse, the entities and relation cues the
database knows, negations, numbers, names, clauses and how each is framed), finds the claims
whose frames it fills (``frames``), puts each through the rules (``rules``), checks slots and
counts (``slots``) and what a supported statement adds (``accounting``), and decides in one
ladder (``Engine._verdict``): contradicted, else nothing supported, else doubts, else supported.
Fuzzy scores only pick which word a misspelling meant and rank the nearest claim for an
unknown; they never decide a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from ketacheck.engine.accounting import FUNCTION_POS, Accountant
from ketacheck.engine.evidence import Evidence
from ketacheck.engine.explain import describe_clause, describe_rejections
from ketacheck.engine.frames import FrameFinder, FrameMatch, Rejection
from ketacheck.engine.quotes import QuoteCheck, QuoteChecker
from ketacheck.engine.rules import judge, voiced_by_commentators
from ketacheck.engine.slots import SlotChecker, agreeing_counts, count_conflict, disagreeing_count
from ketacheck.reading import MentionKind, Reader, Reading, evidence_tokens
from ketacheck.records import CheckResult, Claim, Database, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import normalize
from ketacheck.tuning import (
    BASE_SCORE,
    CORRECTION_PENALTY,
    DECIDED_FLOOR,
    MAX_STATEMENT_CHARS,
    MIN_WORDS_CHECKED,
    SHARE_WEIGHT,
    UNKNOWN_CEILING,
)

__all__ = ["MAX_STATEMENT_CHARS", "Engine"]

_BYLINE_OPENERS = frozenset(ENGLISH["byline_openers"])
BATCH = 64
"""Statements parsed together: the parser is several times faster a batch at a time than one by one."""


class Engine:
    """Checks statements against one database. Build it once; checking is pure."""

    def __init__(self, database: Database) -> None:
        self.database = database
        evidence = evidence_tokens(database)
        self._reader = Reader(database, evidence)
        self._frames = FrameFinder(database)
        self._slots = SlotChecker(database)
        named = {claim_id: self._reader.named_entities(words) for claim_id, words in evidence.items()}
        said = {claim_id: self._reader.named_relations(words) for claim_id, words in evidence.items()}
        self._evidence = Evidence(database, evidence, self._reader.vocabulary, named, said, self._reader.entity_words)
        self._accountant = Accountant(database, self._evidence)
        self._quotes = QuoteChecker(database)
        # Words sorted once here, so ranking compares with plain ratio what token_sort_ratio would.
        self._sorted_claim_words = [" ".join(sorted(normalize(c.statement).split())) for c in database.claims]

    # --- public ---------------------------------------------------------------------------

    def check(self, statement: str) -> CheckResult:
        """The verdict for one statement, with the claim that decided it and why."""
        return next(self.check_many([statement]))

    def check_many(self, statements: Iterable[str], batch: int = BATCH) -> Iterator[CheckResult]:
        """The verdict for each statement, in order, parsed a batch at a time, in constant memory."""
        source = iter(statements)
        while True:
            chunk = list(islice(source, batch))
            if not chunk:
                return
            for statement, reading in zip(chunk, self._readings(chunk), strict=True):
                yield self._refused(statement) if reading is None else self._verdict(statement, reading)

    def check_numbered(self, numbered: list[tuple[int, str]]) -> list[tuple[int, CheckResult]]:
        """Each (line, statement) with its statement's verdict, the list parsed as one batch."""
        results = self.check_many([statement for _, statement in numbered], len(numbered))
        return [(line, result) for (line, _), result in zip(numbered, results, strict=True)]

    def speaker(self, text: str) -> str | None:
        """Who a text names last as speaking for a source (a person, a publication), as written; None if
        no one. What ``scan`` credits a quotation standing alone in the next sentence to."""
        if len(text) > MAX_STATEMENT_CHARS:
            return None
        mention = self._quotes.speaker(self._reader.read(text))
        return mention.text if mention is not None else None

    def claim_verdicts(self, statement: str) -> list[tuple[Claim, Verdict]]:
        """Every claim whose frame the statement fills, with what the comparison decided for it."""
        if len(statement) > MAX_STATEMENT_CHARS:
            return []
        matches, _ = self._match(self._reader.read(statement))
        return [(match.claim, match.verdict) for match in matches]

    def check_if_about(self, statements: list[str]) -> list[tuple[CheckResult | None, str | None]]:
        """For sentences of a draft: each one's verdict, or None when it makes no claim on the database's
        subject (it names nothing the database knows, has too few words, or is a byline); and the words
        naming what it is about (its main clause's subject), if any."""
        out: list[tuple[CheckResult | None, str | None]] = []
        for statement, reading in zip(statements, self._readings(statements), strict=True):
            if reading is None:
                out.append((None, None))
                continue
            words = [t for t in reading.tokens if not t.punct]
            named = [m for m in reading.entities if not m.stands_in]
            if len(words) < MIN_WORDS_CHECKED or words[0].norm in _BYLINE_OPENERS or not named:
                out.append((None, None))
                continue
            out.append((self._verdict(statement, reading), _main_subject(reading)))
        return out

    def _readings(self, statements: list[str]) -> list[Reading | None]:
        """Each statement read, the parser taking them as one batch; None for one over the length limit."""
        readable = [s for s in statements if len(s) <= MAX_STATEMENT_CHARS]
        readings = iter(self._reader.read_many(readable) if readable else [])
        return [next(readings) if len(s) <= MAX_STATEMENT_CHARS else None for s in statements]

    # --- deciding ----------------------------------------------------------------------------

    def _verdict(self, statement: str, reading: Reading) -> CheckResult:
        framed, firm_doubt = self._by_frames(statement, reading)
        quoted = self._quotes.check(statement, reading)
        return framed if quoted is None else self._with_quote(framed, quoted, reading, firm_doubt)

    def _by_frames(self, statement: str, reading: Reading) -> tuple[CheckResult, bool]:
        """The verdict from the statement's frames; and whether a doubt of who said it or how firmly
        kept it from support."""
        if not any(not t.punct for t in reading.tokens):
            return self._unknown(statement, ["nothing to check: the statement has no words"], 0.0), False
        reasons = list(reading.corrections)
        reasons.extend(describe_clause(reading, index) for index in range(len(reading.clauses)))
        matches, rejections = self._match(reading)
        contradicted = [m for m in matches if m.verdict is Verdict.CONTRADICTED]
        if contradicted:
            reasons.extend(f"contradicted by {m.claim.id}: {m.why}" for m in _one_per_claim(contradicted))
            return self._decided(statement, Verdict.CONTRADICTED, contradicted[0], reading, matches, reasons), False
        supported = [m for m in matches if m.verdict is Verdict.SUPPORTED]
        reasons.extend(describe_rejections(rejections))
        if not supported:
            reasons.append("no claim in the database shares this statement's frame")
            return self._unknown(statement, reasons, self._nearest_score(reading)), False
        reasons.extend(f"supported by {m.claim.id}: {m.why}" for m in _one_per_claim(supported))
        audit = self._accountant.audit(reading, supported)
        if audit.not_checked:
            reasons.append(f"not checked: {', '.join(repr(w) for w in audit.not_checked)}")
        if audit.doubts:
            reasons.extend(audit.doubts)
            return self._unknown(statement, reasons, self._nearest_score(reading)), audit.misattributed_or_overstated
        decisive = max(supported, key=lambda m: m.specificity)
        return self._decided(statement, Verdict.SUPPORTED, decisive, reading, matches, reasons), False

    def _match(self, reading: Reading) -> tuple[list[FrameMatch], list[Rejection]]:
        outcomes: list[FrameMatch] = []
        rejections: list[Rejection] = []
        for candidate in self._frames.candidates(reading):
            outcome = judge(candidate, self._evidence)
            if isinstance(outcome, Rejection):
                rejections.append(outcome)
            else:
                outcomes.append(outcome)
        agreed = agreeing_counts(reading, outcomes)
        matches: list[FrameMatch] = []
        for outcome in outcomes:
            whole = self._slots.whole_count(reading, outcome)
            if whole is not None:
                matches.append(whole)
            quantity = disagreeing_count(reading, outcome, self._evidence) if outcome.verdict is Verdict.SUPPORTED else None
            if quantity is None:
                matches.append(outcome)
                continue
            conflict = count_conflict(reading, outcome, quantity, agreed)
            if conflict is not None:
                matches.append(conflict)
            # else "12 patients had both pretreatments": the number counts another claim's frame, not this one's
        matches.extend(self._slots.conflicts(reading))
        return _uncontested(reading, *_unassumed(reading, matches, rejections))

    # --- results ---------------------------------------------------------------------------

    def _decided(
        self,
        statement: str,
        verdict: Verdict,
        decisive: FrameMatch,
        reading: Reading,
        matches: list[FrameMatch],
        reasons: list[str],
    ) -> CheckResult:
        vocabulary = self._reader.vocabulary
        content = [i for i, t in enumerate(reading.tokens) if not t.punct and not vocabulary.holds(t)]
        used = set().union(*(m.used for m in matches if m.verdict is verdict))
        share = sum(1 for i in content if i in used) / len(content) if content else 1.0
        penalty = CORRECTION_PENALTY * len(reading.corrections)
        score = round(max(DECIDED_FLOOR, min(1.0, BASE_SCORE + SHARE_WEIGHT * share - penalty)), 3)
        claim = decisive.claim
        return CheckResult(
            statement=statement,
            verdict=verdict,
            score=score,
            claim_id=claim.id,
            claim=claim.statement,
            evidence=claim.evidence,
            attribution=self.database.sources[claim.attribution].name,
            reasons=tuple(reasons),
        )

    def _with_quote(self, framed: CheckResult, quoted: QuoteCheck, reading: Reading, firm_doubt: bool) -> CheckResult:
        """A statement that quotes: its quoted words decide first, then what it says around them."""
        reasons = [*framed.reasons, quoted.reason]
        kind, difference = quoted.kind, quoted.difference
        if quoted.verdict is Verdict.SUPPORTED and framed.verdict is Verdict.CONTRADICTED:
            return replace(framed, reasons=tuple(reasons), quote=kind, difference=difference)
        if quoted.verdict is Verdict.SUPPORTED and firm_doubt:
            # "George wrote that 'ketamine is merely another opioid'": his words, but not what he asserted.
            return replace(self._unknown(framed.statement, reasons, framed.score), quote=kind)
        if quoted.verdict is Verdict.SUPPORTED and framed.verdict is not Verdict.SUPPORTED:
            loose = self._outside_the_quotes(reading, quoted)
            if loose:
                doubt = f"not in the evidence: {', '.join(repr(w) for w in loose)}"
                reasons += [] if doubt in reasons else [doubt]
                return replace(self._unknown(framed.statement, reasons, framed.score), quote=kind)
        if quoted.verdict is Verdict.UNKNOWN:
            return replace(self._unknown(framed.statement, reasons, framed.score), quote=kind)
        if quoted.quotation is not None:
            speaker = self.database.entities[quoted.quotation.speaker].display_name
            claim_id, claim = quoted.quotation.id, f"{speaker}: “{quoted.quotation.words}”"
        elif quoted.claim is not None:
            claim_id, claim = quoted.claim.id, quoted.claim.statement
        else:
            claim_id, claim = None, None
        return CheckResult(
            statement=framed.statement,
            verdict=quoted.verdict,
            score=max(framed.score, DECIDED_FLOOR) if framed.verdict is quoted.verdict else 1.0,
            claim_id=claim_id,
            claim=claim,
            evidence=quoted.evidence,
            attribution=self.database.sources[quoted.attribution].name if quoted.attribution else None,
            reasons=tuple(reasons),
            quote=kind,
            difference=difference,
        )

    def _outside_the_quotes(self, reading: Reading, quoted: QuoteCheck) -> list[str]:
        """Words said around a quotation that neither name who said it nor frame it ("George warned on
        Twitter that …"). The source's own words around the quoted ones are no excuse: "George called
        ketamine 'another opioid in a novel form'" asserts what he only asked."""
        inside = [(p.start, p.end) for p in quoted.passages]
        speaks_for = self._evidence.speaks_for
        speakers = {i for m in reading.entities if any(e in speaks_for for e in m.ids) for i in m.span}
        loose = []
        for i, token in enumerate(reading.tokens):
            if token.punct or i in speakers or any(a <= token.start < b for a, b in inside):
                continue
            if self._reader.vocabulary.holds(token) or reading.tree.pos[i] in FUNCTION_POS:
                continue
            loose.append(token.text)
        return loose

    def _unknown(self, statement: str, reasons: list[str], score: float) -> CheckResult:
        return CheckResult(
            statement=statement,
            verdict=Verdict.UNKNOWN,
            score=score,
            claim_id=None,
            claim=None,
            evidence=None,
            attribution=None,
            reasons=tuple(reasons),
        )

    def _refused(self, statement: str) -> CheckResult:
        refusal = f"refused: the statement has {len(statement):,} characters, over the limit of {MAX_STATEMENT_CHARS:,}"
        return self._unknown(statement, [refusal], 0.0)

    def _nearest_score(self, reading: Reading) -> float:
        from rapidfuzz import fuzz, process  # only unknowns are ranked: a cold start should not pay for it

        words = " ".join(sorted(t.norm for t in reading.tokens if not t.punct))
        found = process.extractOne(words, self._sorted_claim_words, scorer=fuzz.ratio)
        return round(UNKNOWN_CEILING * found[1] / 100, 3) if found else 0.0


def _one_per_claim(matches: list[FrameMatch]) -> list[FrameMatch]:
    """The first frame that decided each claim: a claim said twice over ("is an opioid blocker") is named once."""
    seen: set[str] = set()
    kept = []
    for match in matches:
        if match.claim.id not in seen:
            seen.add(match.claim.id)
            kept.append(match)
    return kept


def _unassumed(
    reading: Reading, matches: list[FrameMatch], rejections: list[Rejection]
) -> tuple[list[FrameMatch], list[Rejection]]:
    """The matches, less contradictions that rest on taking "it" for the topic: a guess at what a
    pronoun meant may let a statement agree with the source, never accuse it ("It blocks opioid
    receptors", said of naltrexone)."""
    assumed = {m.start: m for m in reading.entities if m.kind is MentionKind.TOPIC}
    kept: list[FrameMatch] = []
    for match in matches:
        guess = next((assumed[i] for i in match.used if i in assumed), None)
        if match.verdict is Verdict.CONTRADICTED and guess is not None:
            why = f"{guess.text!r} is taken for {guess.ids[0]}, which the statement does not name"
            rejections.append(Rejection(match.claim, why))
        else:
            kept.append(match)
    return kept, rejections


def _uncontested(
    reading: Reading, matches: list[FrameMatch], rejections: list[Rejection]
) -> tuple[list[FrameMatch], list[Rejection]]:
    """The matches, less contradictions in what unnamed commentators report ("Experts say the study was
    published in Nature"): theirs to answer for, not the source's."""
    kept: list[FrameMatch] = []
    for match in matches:
        who = voiced_by_commentators(reading, match.clause) if match.verdict is Verdict.CONTRADICTED else None
        if who is not None:
            rejections.append(Rejection(match.claim, f"{match.why}: reported by {who!r}, whom the source does not name, so no contradiction"))
        else:
            kept.append(match)
    return kept, rejections


def _main_subject(reading: Reading) -> str | None:
    """The words naming what a sentence is about: its first clause's subject, else its first entity."""
    for clause in reading.clauses:
        subjects = reading.roles.fillers(reading.tree.children_by(clause.head, "nsubj", "nsubjpass"))
        named = [m for m in subjects if not m.stands_in]
        if named:
            return named[0].text
        break
    named = [m for m in reading.entities if not m.stands_in]
    return named[0].text if named else None
