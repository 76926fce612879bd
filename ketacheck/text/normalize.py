"""Turning text into tokens that compare equal when they mean the same word.

Case, Unicode quotes and dashes, possessives, contractions, hyphenated prefixes
and British spellings are all settled here, once, so every later step compares
plain stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ketacheck.text.english import ENGLISH

# Same-length substitutions, so offsets into the translated text are offsets into the input.
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)+"  # 0.5, 1,000
    r"|(?:[^\W_]|\[[^\W_]+\])+(?:'[^\W_]+)*(?:[-/][^\W_]+(?:'[^\W_]+)*)*"  # words: apostrophes, hyphens, [W]ith
    r"|[;,:()!?.\"%]"
)

_SPELLING: dict[str, str] = {k: v for k, v in ENGLISH["spelling"].items() if not k.startswith("_")}
_PREFIXES = frozenset(ENGLISH["joinable_prefixes"])
_NOT_CONTRACTIONS: dict[str, str] = {k: v for k, v in ENGLISH["contractions"].items() if not k.startswith("_")}
_UNMARKED_CONTRACTIONS: dict[str, str] = {
    k: v for k, v in ENGLISH["unmarked_contractions"].items() if not k.startswith("_")
}


@dataclass(slots=True, eq=False)
class Token:
    """One word (or punctuation mark) of a statement.

    Not frozen, though nothing changes a token once made: a frozen dataclass takes four times
    as long to build, and every word of every statement is one. The same holds for the other
    per-statement values (mentions, matches, quantities, names).
    """

    text: str
    """As written in the input."""
    norm: str
    """Lower-cased, spelling-normalised."""
    stem: str
    start: int
    """Character offset of the word in the input."""
    end: int
    capitalised: bool
    punct: bool

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit()


_TERMINAL_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0a-\x1f\x7f-\x9f]"
)


def clean(text: str) -> str:
    """Typographic quotes, dashes and spaces made plain, one character for one.

    Terminal escape sequences and control characters become spaces: they separate words,
    they are never part of one. Nothing here may change the text's length: token offsets
    point into the input.
    """
    if not text.isprintable():  # what the pattern looks for is never printable; most statements are
        text = _TERMINAL_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return text.translate(_SAME_LENGTH)


_IRREGULAR: dict[str, str] = {k: v for k, v in ENGLISH["irregular_verbs"].items() if not k.startswith("_")}
_STEMS: dict[str, str] = {}
"""Every word stemmed so far (up to a bound): stemming is the costliest step of reading a word."""
_STEMS_KEPT = 65536


def stem(word: str) -> str:
    """Snowball's stem, except that adjectives in -ive keep a mark of it.

    Snowball folds "effective" into "effect" and "addictive" into "addict"; a
    property and a thing are different entities, so they must stay apart.
    """
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    root: str = _stemmer().stemWord(word)
    if word.endswith(("ive", "ives", "ively", "iveness")) and not root.endswith(("iv", "ive")):
        return root + "+ive"
    return root


@cache
def _stemmer() -> Any:  # snowballstemmer has no types
    # Imported on the first word no stem is known for: a cached engine brings its lexicon's stems
    # with it (see remember_stems), so a statement in known words never loads the stemmer.
    import snowballstemmer  # type: ignore[import-untyped]

    return snowballstemmer.stemmer("english")


def inflected_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of words in every regular inflection (an irregular past form stems as its verb: english.json irregular_verbs)."""
    return frozenset(stem(form) for word in words for form in inflections(word))


def inflections(word: str) -> tuple[str, ...]:
    """A word and its regular English inflections: diminish, diminishes, diminished, diminishing."""
    base = word[:-1] if word.endswith("e") else word
    return (word, word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s"), base + "ed", base + "ing")


def known_stems() -> dict[str, str]:
    """The stems worked out so far, to be kept with a built engine."""
    return dict(_STEMS)


def remember_stems(stems: dict[str, str]) -> None:
    """Take stems worked out earlier (by another process) as known."""
    _STEMS.update(stems)


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, offsets pointing into ``clean(text)``."""
    text = clean(text)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        start = match.start()
        if len(raw) == 1 and not raw.isalnum():
            tokens.append(Token(raw, raw, raw, start, start + 1, False, True))
            continue
        for text_, norm, stem_, piece_start, piece_end, capitalised in _word_tokens(raw):
            tokens.append(Token(text_, norm, stem_, start + piece_start, start + piece_end, capitalised, False))
    return tokens


@lru_cache(maxsize=65536)
def _word_tokens(raw: str) -> tuple[tuple[str, str, str, int, int, bool], ...]:
    """The tokens of one written word, offsets from its start: worked out once per distinct word."""
    bracketed = "[" in raw
    out = []
    for piece_start, piece_end, piece in _pieces(raw.lower().replace("[", "").replace("]", "")):
        if bracketed:
            # An editor's insertion ("[W]ith"): the pieces' offsets no longer line up, so keep the whole span.
            piece_start, piece_end = 0, len(raw)
        word = _SPELLING.get(piece, piece)
        text = raw[piece_start:piece_end]
        out.append((text, word, stem(word), piece_start, piece_end, text.lstrip("[")[:1].isupper()))
    return tuple(out)


def _pieces(word: str) -> tuple[tuple[int, int, str], ...]:
    """The normalised words inside one written word, with their spans in it."""
    if word in _SPELLING:
        return ((0, len(word), _SPELLING[word]),)
    out: list[tuple[int, int, str]] = []
    offset = 0
    prefix: tuple[int, str] | None = None
    for part in re.split(r"[-/]", word):
        here, end = offset, offset + len(part)
        offset = end + 1
        if not part:
            continue
        if prefix is not None:
            here, part = prefix[0], prefix[1] + part
            prefix = None
        if part in _PREFIXES and end < len(word):
            prefix = (here, part)
            continue
        out.extend(_split_apostrophes(here, end, part))
    if prefix is not None:
        out.append((prefix[0], prefix[0] + len(prefix[1]), prefix[1]))
    return tuple(out)


def _split_apostrophes(offset: int, end: int, word: str) -> list[tuple[int, int, str]]:
    if word in _UNMARKED_CONTRACTIONS:
        return [(offset, end - 2, _UNMARKED_CONTRACTIONS[word]), (end - 2, end, "not")]
    if "'" not in word:
        return [(offset, end, word)]
    if word in _NOT_CONTRACTIONS:
        return [(offset, end - 3, _NOT_CONTRACTIONS[word]), (end - 3, end, "not")]
    if word.endswith("n't"):
        before = [(offset, end - 3, word[:-3])] if len(word) > 3 else []
        return [*before, (end - 3, end, "not")]
    base, _, suffix = word.partition("'")
    # Possessive 's and the contractions 're, 've, 'll, 'd, 'm carry no claim of their own.
    if suffix in ("s", "re", "ve", "ll", "d", "m", "t"):
        return [(offset, end - len(suffix) - 1, base)]
    return [(offset, end, word.replace("'", ""))]


def squeeze(text: str) -> str:
    """Whitespace runs as one space, none before punctuation: spacing is not content (a source's line
    breaks, a draft's masked markup)."""
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


@lru_cache(maxsize=16384)
def phrase_tokens(phrase: str) -> tuple[Token, ...]:
    """The word tokens of a lexicon phrase, read once however many indexes ask for them."""
    return tuple(token for token in tokenize(phrase) if not token.punct)


def normalize(text: str) -> str:
    """A canonical form of text: its normalised words joined by single spaces.

    Normalising twice changes nothing.
    """
    return " ".join(token.norm for token in tokenize(text) if not token.punct)
