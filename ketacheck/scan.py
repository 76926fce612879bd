"""Scanning a draft: the prose of a Markdown or text file, cut into sentences that keep their place.

Markdown markup is masked rather than removed — each markup character becomes a space, each
newline stays — so every offset in the masked text is the same offset in the file, and a
sentence's line and column are read straight off the original. Columns count characters, not
bytes, from 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ketacheck.engine import BATCH, Engine
from ketacheck.reading.reference import KNOWN
from ketacheck.records import CheckResult, Verdict
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import squeeze
from ketacheck.text.quotes import quoted_passages
from ketacheck.text.sentences import sentence_spans

_PRONOUN_OPENERS = frozenset(ENGLISH["pronoun_openers"])
_ANAPHORIC_NOUNS = frozenset(noun for nouns in ENGLISH["anaphoric_nouns"]["by_type"].values() for noun in nouns)

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(\n|\Z)", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING = re.compile(r"^ {0,3}(#{1,6})(\s|$)")
_QUOTE = re.compile(r"^ {0,3}(>\s?)+")
_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d{1,9}[.)])\s+")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S.*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, where it stands in the file."""

    text: str
    """The sentence without markup, whitespace collapsed."""
    start: int
    end: int
    """Character offsets in the file; end is one past the last character."""
    line: int
    column: int
    end_line: int
    end_column: int
    """Line and column (1-based, in characters) of the first and of the last character."""


@dataclass(frozen=True)
class ScannedSentence:
    sentence: Sentence
    result: CheckResult
    checked_as: str
    """What was checked: the sentence, with a leading pronoun resolved where that was clear."""


@dataclass
class ScannedDocument:
    path: str
    text: str
    checked: list[ScannedSentence] = field(default_factory=list)
    not_checked: int = 0

    def shown(self, verdicts: frozenset[Verdict]) -> list[ScannedSentence]:
        """The checked sentences whose verdict is among those to show (``scan --show``)."""
        return [item for item in self.checked if item.result.verdict in verdicts]

    def tally(self) -> dict[Verdict, int]:
        counts = {verdict: 0 for verdict in Verdict}
        for item in self.checked:
            counts[item.result.verdict] += 1
        return counts


def mask_markup(text: str) -> str:
    """The text with everything that is not prose replaced by spaces, newlines kept."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    front = _FRONT_MATTER.match(text)
    if front:
        blank(0, front.end())
    for match in _COMMENT.finditer(text):
        blank(match.start(), match.end())
    offset = 0
    fence: str | None = None
    previous_blank = True
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line)
        offset = end
        body = line.rstrip("\n")
        if front and start < front.end():
            previous_blank = True
            continue
        opener = _FENCE.match(body)
        if fence is not None:
            blank(start, end)
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            blank(start, end)
            continue
        if (body.startswith("    ") or body.startswith("\t")) and previous_blank and body.strip():
            blank(start, end)  # an indented code block (previous_blank stays set for its next line)
            continue
        previous_blank = not body.strip()
        if _REFERENCE.match(body):
            blank(start, end)
            continue
        for pattern in (_HEADING, _QUOTE, _LIST_ITEM):
            marker = pattern.match(body)
            if marker:
                blank(start + marker.start(), start + marker.end())
                break
        if _HEADING.match(body):
            closing = re.search(r"\s#+\s*$", body)
            if closing:
                blank(start + closing.start(), end)
    masked = "".join(chars)
    for pattern in (_IMAGE, _AUTOLINK, _TAG):
        for match in pattern.finditer(masked):
            blank(match.start(), match.end())
    masked = "".join(chars)
    for match in _LINK.finditer(masked):
        blank(match.start(), match.start(1))
        blank(match.end(1), match.end())
    masked = "".join(chars)
    for match in _CODE_SPAN.finditer(masked):
        blank(match.start(), match.end())
    masked = "".join(chars)
    for match in _EMPHASIS.finditer(masked):
        blank(match.start(), match.end())
    return "".join(chars)


def _blocks(original: str, masked: str) -> Iterator[tuple[int, int]]:
    """Spans of text that a sentence never crosses: paragraphs, headings, list items, quotes."""
    offset = 0
    block_start: int | None = None
    for line in original.splitlines(keepends=True):
        start, end = offset, offset + len(line)
        offset = end
        body = masked[start:end]
        own_block = bool(_HEADING.match(line) or _LIST_ITEM.match(line))
        if not body.strip() or own_block:
            if block_start is not None:
                yield block_start, start
                block_start = None
            if own_block and body.strip():
                yield start, end
            continue
        if block_start is None:
            block_start = start
    if block_start is not None:
        yield block_start, offset


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a document's prose, in order, each with its place in the file."""
    masked = mask_markup(text)
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text, masked):
        for start, end in sentence_spans(masked[block_start:block_end]):
            _add(sentences, masked, line_starts, block_start + start, block_start + end)
    return sentences


def _add(sentences: list[Sentence], masked: str, line_starts: list[int], start: int, end: int) -> None:
    line, column = _position(line_starts, start)
    end_line, end_column = _position(line_starts, end - 1)
    # Masked markup leaves gaps ("[Journal](url), not" reads "Journal , not"): close them before punctuation.
    text = squeeze(masked[start:end])
    sentences.append(Sentence(text, start, end, line, column, end_line, end_column))


def _stands_alone(sentence: str) -> bool:
    """Whether a sentence is a quotation and nothing else ("“We should be cautious …”")."""
    passages = quoted_passages(sentence)
    outside = "".join(ch for i, ch in enumerate(sentence) if not any(p.start <= i < p.end for p in passages))
    return bool(passages) and not any(ch.isalnum() for ch in outside)


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    low, high = 0, len(line_starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if line_starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low + 1, offset - line_starts[low] + 1


def _noun_opener(text: str) -> tuple[str, str] | None:
    """For a sentence that opens with "The drug" or "This medication": its possessive ending, if any, and the rest."""
    words = text.split(" ", 2)
    if len(words) < 3 or words[0].lower() not in KNOWN:
        return None
    noun, possessive = words[1], ""
    for ending in ("'s", "’s"):
        if noun.lower().endswith(ending):
            noun, possessive = noun[: -len(ending)], ending
    return (possessive, words[2]) if noun.lower() in _ANAPHORIC_NOUNS else None


def scan_text(engine: Engine, text: str, path: str) -> ScannedDocument:
    """Check every sentence of a document that makes a claim on the database's subject.

    Questions and sentences that name nothing the database knows are counted, not checked.
    A sentence that opens with a pronoun or "the drug" is checked with it replaced by the previous
    checked sentence's subject, when that sentence had one.
    """
    document = ScannedDocument(path, text)
    sentences = split_sentences(text)
    previous_subject: str | None = None
    previous: Sentence | None = None
    # Parsed a batch at a time; a pronoun is resolved against the sentence before, so the
    # sentences of a batch are first read as written, and re-read only where a pronoun leads.
    for start in range(0, len(sentences), BATCH):
        batch = sentences[start : start + BATCH]
        questions = [s.text.rstrip("\"'”’)").endswith("?") for s in batch]
        readings = engine.check_if_about([s.text for s in batch])
        for sentence, is_question, (result, subject) in zip(batch, questions, readings, strict=True):
            checked_as = sentence.text
            first, _, rest = sentence.text.partition(" ")
            speaker = engine.speaker(previous.text) if previous and _stands_alone(sentence.text) else None
            opener = _noun_opener(sentence.text)
            if first.lower() in _PRONOUN_OPENERS and previous_subject and rest:
                checked_as = f"{previous_subject} {rest}"
                result, subject = engine.check_if_about([checked_as])[0]
            elif opener is not None and previous_subject:
                # "Morphine is highly addictive. The drug activates opioid receptors": the drug is morphine, not
                # what the source is about.
                possessive, after = opener
                checked_as = f"{previous_subject}{possessive} {after}"
                result, subject = engine.check_if_about([checked_as])[0]
            elif speaker is not None:
                # "Heifets was blunt. “We should be cautious …”": the quotation is credited to whom the sentence
                # before names.
                checked_as = f"{speaker} said: {sentence.text}"
                result, subject = engine.check_if_about([checked_as])[0]
            previous = sentence
            if is_question or result is None:
                document.not_checked += 1
                continue
            document.checked.append(ScannedSentence(sentence, replace(result, statement=sentence.text), checked_as))
            previous_subject = subject or previous_subject
    return document
