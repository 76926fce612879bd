"""Every sentence of the source article that states a fact checks as supported."""

from __future__ import annotations

import pytest

from ketacheck.database import load_database, read_source_text
from ketacheck.text.normalize import squeeze
from ketacheck.text.sentences import sentence_spans

# A line of the article that is only an attribution, not a statement of fact.
BYLINE = "Dr. Mark George"


def article_sentences() -> list[str]:
    text = squeeze(read_source_text(load_database()))
    # The byline under the quotation is not a sentence of its own, nor part of the next one.
    text = text.replace(f'." {BYLINE} ', '." ')
    return [text[start:end] for start, end in sentence_spans(text)]


def test_the_article_splits_into_its_sentences():
    sentences = article_sentences()
    assert len(sentences) == 17
    assert sentences[0].startswith("Earlier this year")
    assert sentences[-1].startswith("In the future, Dr. George also suggests")


@pytest.mark.parametrize("sentence", article_sentences())
def test_article_sentence_is_supported(engine, sentence):
    result = engine.check(sentence)
    assert result.verdict.value == "supported", result.reasons
