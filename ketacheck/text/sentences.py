"""Where sentences end: spaCy's rule-based sentencizer over its English tokenizer.

The one place text is cut into sentences (a draft being scanned, the source around a quote, the
article in the tests and the benchmark). The tokenizer keeps an abbreviation's full stop with
its word, and english.json's abbreviations ("Drs.", "Prof.") are added to the ones it knows, so
"Drs. Nolan Williams" stays one sentence; nor does a sentence open in lower case, or inside a
quotation.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ketacheck.text.english import ENGLISH

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def _sentencizer() -> Language:
    # Imported here: browsing claims needs no spaCy, and checking a statement loads it anyway.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is compiled, and typed only as a callable
    for abbreviation in ENGLISH["abbreviations"]:
        for form in {abbreviation, abbreviation.capitalize(), abbreviation.upper()}:
            tokenizer.add_special_case(f"{form}.", [{"ORTH": f"{form}."}])
    return nlp


_OPENING_LEFT_BEHIND = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[][\"'“‘(\[\s]*$)")
"""A sentence end followed, after a space, by only the quote or bracket that opens the next sentence."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character offsets of each sentence in text, in order, without surrounding space."""
    spans: list[tuple[int, int]] = []
    carried: int | None = None
    for sentence in _sentencizer()(text).sents:
        start, end = sentence.start_char, sentence.end_char
        if carried is not None:
            start, carried = carried, None
        left_behind = _OPENING_LEFT_BEHIND.search(text, start, end)
        if left_behind is not None:
            # The sentencizer keeps punctuation after a full stop with it: '… Charleston. " [W]ith …'.
            end, carried = left_behind.end(), left_behind.end()
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if start >= end:
            continue
        if spans and (text[start].islower() or _inside_a_quotation(text[spans[-1][0] : spans[-1][1]])):
            # Edited prose opens no sentence in lower case ("50 mg. of naltrexone" is one), nor inside a
            # quotation: one that runs over two sentences is checked whole.
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _inside_a_quotation(sentence: str) -> bool:
    """Whether a sentence ends with a double quotation still open."""
    straight = sentence.count('"') % 2 == 1
    return straight or sentence.count("“") > sentence.count("”")
