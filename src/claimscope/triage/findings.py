"""Triage on a report: which claims were checked before, which deserve checking first (pure).

The contract has no place for these yet (see docs/triage.md, "Contract"): the
functions return plain dicts shaped as the fields they would fill, so the
caller (the store, the CLI, the web app) can attach them once the contract
has ``Finding.kind == "previously_checked"`` and ``Claim.checkworthiness``.
"""

from __future__ import annotations

from typing import Optional

from claimscope.triage.checkworthiness import CheckworthinessModel, rank_claims
from claimscope.triage.retrieval import FactcheckIndex

MIN_CONFIDENCE = 0.5  # match confidence from which a fact-check is reported (dev precision 0.67, recall 0.62: docs/triage.md)


def previously_checked(report: dict, index: FactcheckIndex, *, min_confidence: float = MIN_CONFIDENCE, k: int = 3) -> list[dict]:
    """One finding per claim of ``report`` (``Report.to_dict()``) that a known fact-check has probably checked.

    Each is Finding-shaped: ``{id, kind: "previously_checked", verdict: "previously_checked", summary, claims: [claim
    id], factchecks: [{claim, rating, publisher, url, date, score, confidence}...]}`` with the matches of ``min_confidence`` or more,
    best first (``confidence``: :attr:`claimscope.triage.retrieval.Match.confidence`).
    """
    findings = []
    for claim in report.get("claims") or []:
        matches = [m for m in index.search(claim.get("text", ""), k=k) if m.confidence >= min_confidence]
        if not matches:
            continue
        best = matches[0].check
        rating = f" rated '{best.rating}'" if best.rating else ""
        by = f" by {best.publisher}" if best.publisher else ""
        findings.append({
            "id": f"pc{len(findings) + 1}",
            "kind": "previously_checked",
            "verdict": "previously_checked",
            "summary": f"Checked before{by}{rating}: \u201c{best.claim}\u201d (match confidence {matches[0].confidence:.2f}).",
            "claims": [claim.get("id")],
            "factchecks": [
                {k: v for k, v in m.to_dict().items() if k in ("claim", "title", "rating", "publisher", "url", "date", "score", "confidence")}
                for m in matches
            ],
        })
    return findings


def check_first(report: dict, n: int = 5, model: Optional[CheckworthinessModel] = None) -> list[tuple[str, float]]:
    """The ``n`` claims most worth checking, (claim id, score), best first: the terminal's "check first" section."""
    scores = rank_claims(report, model)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
