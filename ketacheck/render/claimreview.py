"""schema.org ClaimReview (JSON-LD): one review per statement, as fact-checkers publish them.

Verdicts map to ratings on a 1–5 scale: contradicted is 1 ("False"), unknown is 3
("Unverified: not in the source"), supported is 5 ("True").
"""

from __future__ import annotations

from datetime import date
from typing import TextIO

from ketacheck.records import CheckResult, Verdict
from ketacheck.render import RenderOptions
from ketacheck.render.jsonout import JsonRenderer

RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.CONTRADICTED: (1, "False"),
    Verdict.UNKNOWN: (3, "Unverified: not in the source"),
    Verdict.SUPPORTED: (5, "True"),
}
BEST, WORST = 5, 1


def claim_review(result: CheckResult, options: RenderOptions, appearance: str | None = None) -> dict[str, object]:
    value, name = RATINGS[result.verdict]
    claim: dict[str, object] = {"@type": "Claim", "text": result.statement}
    if appearance is not None:
        claim["appearance"] = {"@type": "CreativeWork", "url": appearance}
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": result.statement,
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
        },
        "author": {"@type": "Organization", "name": options.organization},
        "datePublished": date.today().isoformat(),
    }
    if options.source_url:
        review["url"] = options.source_url
    if result.evidence is not None:
        body = f'{result.attribution}: "{result.evidence}"'
        if result.difference:
            from ketacheck.engine.quotes import difference_text

            body += f" Misquoted: {difference_text(result.difference)}"
        review["reviewBody"] = body
        review["isBasedOn"] = {
            "@type": "CreativeWork",
            **({"url": options.source_url} if options.source_url else {}),
            **({"name": options.source_title} if options.source_title else {}),
            "citation": result.evidence,
        }
    else:
        review["reviewBody"] = "The source says nothing that settles this statement."
    return review


class ClaimReviewRenderer(JsonRenderer):
    """One JSON array of ClaimReview objects, written as results come."""

    def __init__(self, out: TextIO, options: RenderOptions) -> None:
        super().__init__(out, lambda line, result: claim_review(result, options))
