"""schema.org ClaimReview JSON-LD, one per check-worthy claim, for fact-checkers to complete.

claimscope does not rate claims. ``reviewRating`` is only present when a
finding (a figure conflict, a spatial check) gave a verdict, and then as a
draft: ``alternateName`` carries the verdict prefixed with "Draft:", and
``ratingExplanation`` names the finding and the method behind it. No
``ratingValue`` is ever made up; the ClaimReview is marked
``creativeWorkStatus: "Draft"`` until a person reviews it.

A claim that a known fact-check probably checked (a ``previously_checked``
finding) cites it: ``citation`` lists each matched fact-check as the
ClaimReview its publisher published (``url``, ``author``, ``datePublished``,
``claimReviewed``, its own ``reviewRating.alternateName``), with the match
confidence in its ``description``.  Those ratings are the publishers', so they
never become this draft's rating.

See https://schema.org/ClaimReview and Google's fact-check markup guide.
"""

from __future__ import annotations

from typing import Optional

from claimscope import model
from claimscope.render.common import findings_by_claim, is_check_worthy, source_name

CONTEXT = "https://schema.org"
PERSON_TYPES = {"named_person": "Person", "named_organization": "Organization"}
# schema.org wants a Person or an Organization as a claim's author; groups and media count as organizations.
AUTHOR_TYPES = {**PERSON_TYPES, "collective": "Organization", "document_or_media": "Organization"}


def _author(report: model.Report, attribution: Optional[model.Attribution]) -> Optional[dict]:
    if attribution is None:
        # The article's own voice: the outlet is the author, when known.
        if report.article.outlet:
            return {"@type": "Organization", "name": report.article.outlet}
        return None
    name = source_name(attribution)
    if name is None:
        return None
    author = {"@type": AUTHOR_TYPES.get(attribution.source_type or "", "Person"), "name": name}
    if attribution.source_type and attribution.source_type not in PERSON_TYPES:
        author["description"] = f"{attribution.source_type.replace('_', ' ')} source"
    return author


def _present(**fields) -> dict:
    """The fields that have a value (schema.org leaves out what is unknown)."""
    return {k: v for k, v in fields.items() if v}


def _appearance(report: model.Report) -> dict:
    a = report.article
    work: dict = {"@type": "NewsArticle", **_present(
        url=a.url, headline=a.title, datePublished=a.published,
        publisher=a.outlet and {"@type": "Organization", "name": a.outlet})}
    work["identifier"] = f"sha256:{a.sha256}"
    return work


def draft_rating(findings: list[model.Finding]) -> Optional[dict]:
    """A draft rating from the findings that judged this claim, naming each finding's method."""
    judged = [f for f in findings if f.verdict and f.kind != "previously_checked"]  # another's rating is cited, not drafted
    if not judged:
        return None
    verdicts = sorted({f.verdict for f in judged})
    explanation = " ".join(
        f"{f.id} ({f.kind.replace('_', ' ')}, verdict '{f.verdict}'): {f.summary}"
        + (f" Method: {f.method}." if f.method else " Method: not recorded.")
        for f in judged
    )
    return {
        "@type": "Rating",
        "alternateName": "Draft: " + ", ".join(verdicts),
        "ratingExplanation": explanation + " Automatic draft by claimscope; a fact-checker sets the rating.",
    }


def cited_factchecks(findings: list[model.Finding]) -> list[dict]:
    """The known fact-checks that probably checked this claim, as the ClaimReviews their publishers published."""
    out = []
    for f in findings:
        if f.kind != "previously_checked":
            continue
        for ref in f.factchecks:
            review: dict = {"@type": "ClaimReview", "claimReviewed": ref.claim, **_present(
                name=ref.title, url=ref.url, author=ref.publisher and {"@type": "Organization", "name": ref.publisher},
                datePublished=ref.date, reviewRating=ref.rating and {"@type": "Rating", "alternateName": ref.rating})}
            review["description"] = (f"Matched by claimscope ({f.id}): match confidence {ref.confidence:.2f}; "
                                     "the rating is the publisher's.")
            out.append(review)
    return out


def to_claimreview(report: model.Report) -> list[dict]:
    """One ClaimReview dict per check-worthy claim (see :func:`claimscope.render.common.is_check_worthy`)."""
    attributions = {a.id: a for a in report.attributions}
    fby = findings_by_claim(report)
    appearance = _appearance(report)
    out = []
    for claim in report.claims:
        if not is_check_worthy(report, claim):
            continue
        a = attributions.get(claim.attribution or "")
        item: dict = {"@type": "Claim"}
        author = _author(report, a)
        if author:
            item["author"] = author
        item["appearance"] = appearance
        if report.article.published:
            item["datePublished"] = report.article.published
        item["text"] = claim.text
        review: dict = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            # article id, claim id and the claim's character offsets in the article text
            "identifier": f"{report.article.id or report.article.sha256[:12]}#{claim.id}:{claim.start}-{claim.end}",
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "creativeWorkStatus": "Draft",
        }
        rating = draft_rating(fby.get(claim.id, []))
        if rating:
            review["reviewRating"] = rating
        cited = cited_factchecks(fby.get(claim.id, []))
        if cited:
            review["citation"] = cited
        out.append(review)
    return out
