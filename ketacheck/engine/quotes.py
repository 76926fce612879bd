"""Quotations: a statement's quoted words, checked word for word against the source, and who said them.

A quoted passage (double quotes, straight or curly; or single quotes around words) is compared with
the source's quotations (``Database.quotations``) and with the article's own words as the claims'
evidence quotes them:

- the same words: the quotation holds. The case of a letter, punctuation, a bracketed change
  ("[W]ith" for "With") and an ellipsis standing for words left out are no change;
- nearly the same words, some changed, added or dropped: misquoted, with the source's real words
  and the difference word by word;
- a quotation's words credited to someone else than who the source quotes: misattributed;
- the article's own words put in a person's mouth, or words the source does not hold: not the
  source's to settle (unknown).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ketacheck.reading import Mention, Reading
from ketacheck.records import Claim, Database, Quotation, Verdict
from ketacheck.text.quotes import Passage, quoted_passages, words
from ketacheck.tuning import MISQUOTE_MIN_WORDS, MISQUOTE_SIMILARITY, QUOTE_MIN_WORDS


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """What the quoted words of a statement come to."""

    verdict: Verdict
    kind: str
    """"verbatim", "misquoted", "misattributed" or "not in the source"."""
    reason: str
    evidence: str | None = None
    """The source's own words, as printed."""
    attribution: str | None = None
    """Whose words they are: a source id."""
    quotation: Quotation | None = None
    claim: Claim | None = None
    """The claim whose evidence holds the words, where they are the article's own."""
    difference: tuple[tuple[str, str], ...] = ()
    """The quoted words against the source's, in order: ("same" | "dropped" | "added", words)."""
    passages: tuple[Passage, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class _Text:
    """A stretch of the source that may be quoted: a quotation, or a claim's evidence."""

    words: tuple[str, ...]
    printed: str
    quotation: Quotation | None
    claim: Claim | None = None


class QuoteChecker:
    """Checks quoted words against one database's quotations and source text. Build once; pure."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._speaks_for = {eid: e.speaks_for for eid, e in database.entities.items() if e.speaks_for}
        self._people = frozenset(eid for eid, e in database.entities.items() if e.type == "person")
        self._publications = frozenset(eid for eid, e in database.entities.items() if e.type == "publication")
        # Quotations first: words the article quotes someone as saying are that person's, even where a
        # claim's evidence quotes them too.
        texts = [_Text(tuple(words(q.words)), q.words, q, None) for q in database.quotations]
        texts += [_Text(tuple(words(c.evidence)), c.evidence, None, c) for c in database.claims]
        self._texts = texts

    def check(self, statement: str, reading: Reading) -> QuoteCheck | None:
        """None when the statement quotes nothing."""
        passages = quoted_passages(statement)
        if not passages:
            return None
        credited = self._credited(reading, passages)
        checks = [self._one(passage, credited) for passage in passages]
        # Scare quotes ("an opioid, 'really'") quote no one: a short passage the source does not hold is no quotation,
        # nor one credited to another than its speaker ("a study asks whether it is 'another opioid'"): a phrase
        # that short is anyone's.
        checks = [
            c
            for c, p in zip(checks, passages, strict=True)
            if c.kind not in ("not in the source", "misattributed") or len(p.words) >= QUOTE_MIN_WORDS
        ]
        if not checks:
            return None
        worst = next((c for c in checks if c.verdict is Verdict.CONTRADICTED), None)
        worst = worst or next((c for c in checks if c.verdict is Verdict.UNKNOWN), None)
        chosen = worst or checks[0]
        return replace(chosen, passages=tuple(passages))

    def _one(self, passage: Passage, credited: Mention | None) -> QuoteCheck:
        holding = [text for text in self._texts if _holds(passage.runs, text.words)]
        if holding:
            return self._verbatim(holding[0], credited)
        near = self._nearest(passage)
        if near is not None:
            text, difference = near
            source = text.quotation.attribution if text.quotation else text.claim.attribution if text.claim else None
            changes = "; ".join(_changes(difference))
            reason = f"misquoted: the source has {text.printed!r} ({changes})"
            return QuoteCheck(
                Verdict.CONTRADICTED, "misquoted", reason, text.printed, source, text.quotation, text.claim, difference
            )
        who = f" from {credited.text!r}" if credited is not None else ""
        return QuoteCheck(Verdict.UNKNOWN, "not in the source", f"the source quotes no such words{who}")

    def _verbatim(self, text: _Text, credited: Mention | None) -> QuoteCheck:
        if text.quotation is not None:
            quotation = text.quotation
            said_by = self._database.entities[quotation.speaker].display_name
            if credited is None or self._speaks_as(credited, quotation):
                reason = f"quoted word for word from {self._source(quotation.attribution)}"
                return QuoteCheck(Verdict.SUPPORTED, "verbatim", reason, quotation.words, quotation.attribution,
                                  quotation)  # fmt: skip
            reason = f"misattributed: the source gives these words to {said_by}, not to {credited.text!r}"
            return QuoteCheck(Verdict.CONTRADICTED, "misattributed", reason, quotation.words, quotation.attribution,
                              quotation)  # fmt: skip
        if credited is not None and self._people.intersection(credited.ids):
            reason = f"the source quotes no such words from {credited.text!r}: they are the article's own"
            return QuoteCheck(Verdict.UNKNOWN, "not in the source", reason, text.printed)
        claim = text.claim
        return QuoteCheck(Verdict.SUPPORTED, "verbatim", "quoted word for word from the article", text.printed,
                          claim.attribution if claim else None, claim=claim)  # fmt: skip

    def _nearest(self, passage: Passage) -> tuple[_Text, tuple[tuple[str, str], ...]] | None:
        quoted = list(passage.words)
        if len(passage.runs) > 1 or len(quoted) < MISQUOTE_MIN_WORDS:
            return None  # an ellipsis says words were left out; a short quote is too easily like another
        best: tuple[float, _Text, list[str]] | None = None
        for text in self._texts:
            window = _window(quoted, list(text.words))
            if window is None:
                continue
            ratio = SequenceMatcher(None, quoted, window, autojunk=False).ratio()
            if ratio >= MISQUOTE_SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, text, window)
        if best is None:
            return None
        _, text, window = best
        return text, _difference(quoted, window)

    def _credited(self, reading: Reading, passages: list[Passage]) -> Mention | None:
        """Who the statement credits with the quoted words: the nearest mention outside them of
        someone or something that speaks for a source ("said Boris Heifets", "George wrote")."""
        tokens = reading.tokens
        inside = [(p.start, p.end) for p in passages]
        # Someone named, or whoever a clause reports ("the study found"); not "the trial was halted".
        sources = {id(m) for clause in reading.clauses for m in clause.sources}
        candidates = [
            m
            for m in reading.entities
            if not m.stands_in
            and any(e in self._speaks_for for e in m.ids)
            and (id(m) in sources or self._people.intersection(m.ids) or self._publications.intersection(m.ids))
            and not any(a <= tokens[m.start].start < b for a, b in inside)
        ]
        if not candidates:
            return None
        first = passages[0].start
        return min(candidates, key=lambda m: abs(tokens[m.start].start - first))

    def speaker(self, reading: Reading) -> Mention | None:
        """The last person or publication a text names that speaks for a source: who a quotation standing
        alone in the next sentence is by ("Heifets was blunt. “…”")."""
        named = [
            m
            for m in reading.entities
            if not m.stands_in
            and any(e in self._speaks_for for e in m.ids)
            and (self._people.intersection(m.ids) or self._publications.intersection(m.ids))
        ]
        return named[-1] if named else None

    def _speaks_as(self, credited: Mention, quotation: Quotation) -> bool:
        return quotation.speaker in credited.ids or any(
            self._speaks_for.get(e) == quotation.attribution for e in credited.ids
        )

    def _source(self, source_id: str) -> str:
        return self._database.sources[source_id].name


def _holds(runs: tuple[tuple[str, ...], ...], text: tuple[str, ...]) -> bool:
    """Whether each run of words stands in the text, in order, each unbroken."""
    at = 0
    for run in runs:
        found = _find(run, text, at)
        if found < 0:
            return False
        at = found + len(run)
    return True


def _find(run: tuple[str, ...], text: tuple[str, ...], start: int) -> int:
    for i in range(start, len(text) - len(run) + 1):
        if text[i : i + len(run)] == run:
            return i
    return -1


def _window(quoted: list[str], text: list[str]) -> list[str] | None:
    """The stretch of the text, about as long as the quote, that its longest run of the same words
    lines up with; None when no two words in a row are the same."""
    anchor = SequenceMatcher(None, quoted, text, autojunk=False).find_longest_match(0, len(quoted), 0, len(text))
    if anchor.size < 2:
        return None
    start = anchor.b - anchor.a
    # Words added or dropped before the anchor move where the quote starts in the text; after it, where it ends.
    spans = [
        (max(0, start + shift), max(0, start + shift) + len(quoted) + slack)
        for shift in range(-2, 3)
        for slack in range(-2, 3)
    ]
    first, last = max(spans, key=lambda span: SequenceMatcher(None, quoted, text[span[0] : span[1]], autojunk=False).ratio())
    # A word the quote puts at an end in place of the source's is a change, not the edge of the quote.
    opcodes = SequenceMatcher(None, text[first:last], quoted, autojunk=False).get_opcodes()
    if opcodes and opcodes[-1][0] == "insert":
        last = min(len(text), last + opcodes[-1][4] - opcodes[-1][3])
    if opcodes and opcodes[0][0] == "insert":
        first = max(0, first - (opcodes[0][4] - opcodes[0][3]))
    return text[first:last]


def _difference(quoted: list[str], source: list[str]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, source, quoted, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(source[a1:a2])))
            continue
        if op in ("replace", "delete"):
            out.append(("dropped", " ".join(source[a1:a2])))
        if op in ("replace", "insert"):
            out.append(("added", " ".join(quoted[b1:b2])))
    return tuple(out)


def _changes(difference: tuple[tuple[str, str], ...]) -> list[str]:
    """Each change in words: "'must' for 'should'", "dropped 'unintentionally'", "added 'really'"."""
    out: list[str] = []
    for i, (op, text) in enumerate(difference):
        before = difference[i - 1] if i else ("same", "")
        if op == "dropped" and i + 1 < len(difference) and difference[i + 1][0] == "added":
            continue  # said with the words put in its place
        if op == "added" and before[0] == "dropped":
            out.append(f"{text!r} for {before[1]!r}")
        elif op != "same":
            out.append(f"{op} {text!r}")
    return out


def difference_text(difference: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """The difference in one line, as a word diff: 'we [-should-] {+must+} be cautious'."""
    marks = {"same": "{}", "dropped": "[-{}-]", "added": "{{+{}+}}"}
    return " ".join(marks[op].format(text) for op, text in difference)
