"""Every sentence of the source article that states a fact checks as supported."""

from __future__ import annotations

import re

import pytest

from ketacheck.database import load_database, read_source_text

# A line of the article that is only an attribution, not a statement of fact.
BYLINE = "Dr. Mark George"


def article_sentences() -> list[str]:
    text = re.sub(r"\s+", " ", read_source_text(load_database())).strip()
    text = text.replace(f'." {BYLINE} ', '."\n')
    pieces = re.split(r'(?<=[.!?"])\s+(?=["A-Z])|\n', text)
    sentences: list[str] = []
    for piece in pieces:
        # "Drs." and "Dr." end in a full stop without ending the sentence.
        if sentences and re.search(r"\bDrs?\.$", sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def test_the_article_splits_into_its_sentences():
    sentences = article_sentences()
    assert len(sentences) == 17
    assert sentences[0].startswith("Earlier this year")
    assert sentences[-1].startswith("In the future, Dr. George also suggests")


@pytest.mark.parametrize("sentence", article_sentences())
def test_article_sentence_is_supported(engine, sentence):
    result = engine.check(sentence)
    assert result.verdict.value == "supported", result.reasons
