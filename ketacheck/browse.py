"""Browsing a database: finding a claim by id or by words, and its evidence in context."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from ketacheck.errors import KetacheckError
from ketacheck.records import Claim, Database
from ketacheck.text.normalize import squeeze, tokenize
from ketacheck.text.sentences import sentence_spans
from ketacheck.text.wordsets import english_words


class UnknownClaimError(KetacheckError):
    """No claim has the id asked for; ``suggestions`` are the closest ids."""

    def __init__(self, claim_id: str, suggestions: list[str]) -> None:
        self.claim_id = claim_id
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no claim {claim_id!r}{hint}")


def find_claim(database: Database, claim_id: str) -> Claim:
    claim = database.claim(claim_id)
    if claim is not None:
        return claim
    ids = [c.id for c in database.claims]
    closest = process.extract(claim_id, ids, scorer=fuzz.WRatio, limit=3, score_cutoff=50)
    raise UnknownClaimError(claim_id, [found for found, _, _ in closest])


def search_claims(database: Database, query: str, limit: int = 10) -> list[tuple[Claim, float]]:
    """Claims ranked by how well their words match the query's, misspellings allowed (score 0–1).

    Each word of the query that carries meaning scores its closest word in the claim's id,
    statement and evidence; a claim's score is the mean of those.
    """
    filler = english_words().filler
    words = [t.norm for t in tokenize(query) if not t.punct and not filler.holds(t)] or [
        t.norm for t in tokenize(query) if not t.punct
    ]
    if not words:
        return []
    scored = []
    for claim in database.claims:
        vocabulary = sorted(
            {
                t.norm
                for t in tokenize(f"{claim.id.replace('-', ' ')} {claim.statement} {claim.evidence}")
                if not t.punct
            }
        )
        total = 0.0
        for word in words:
            best = process.extractOne(word, vocabulary, scorer=fuzz.ratio)
            total += best[1] / 100 if best else 0.0
        scored.append((claim, total / len(words)))
    ranked = sorted((item for item in scored if item[1] >= 0.6), key=lambda item: -item[1])
    return ranked[:limit]


def evidence_context(claim: Claim, source_text: str) -> tuple[str, str, str] | None:
    """The sentence(s) around the evidence in the source, as (before, quote, after); None if absent."""
    source = squeeze(source_text)
    quote = squeeze(claim.evidence)
    at = source.find(quote)
    if at < 0:
        return None
    spans = sentence_spans(source)
    start = max([0] + [first for first, _ in spans if first <= at])
    end = min([last for _, last in spans if last >= at + len(quote)] + [len(source)])
    return source[start:at], quote, source[at + len(quote) : end]
