"""Small helpers the renderers share: who a claim's source is, and which claims are check-worthy."""

from __future__ import annotations

from typing import Optional

from claimscope import model

NAMED = ("named_person", "named_organization")
SOURCE_GROUPS = {
    "named_person": "named",
    "named_organization": "named",
    "anonymous": "anonymous",
    "collective": "collective",
}


def source_name(attribution: Optional[model.Attribution]) -> Optional[str]:
    """The words naming the source; a pronoun ("they") is replaced by its antecedent when known."""
    if attribution is None or attribution.source is None:
        return None
    if attribution.source_type == "pronoun" and attribution.antecedent is not None:
        return attribution.antecedent.text
    return attribution.source.text


def source_group(attribution: Optional[model.Attribution]) -> str:
    """named / anonymous / collective / agentless / other: the sourcing profile's categories."""
    if attribution is None:
        return "unattributed"
    if attribution.kind == "agentless" or attribution.source is None:
        return "agentless"
    return SOURCE_GROUPS.get(attribution.source_type or "", "other")


def findings_by_claim(report: model.Report) -> dict[str, list[model.Finding]]:
    out: dict[str, list[model.Finding]] = {}
    for finding in report.findings:
        for cid in finding.claims:
            out.setdefault(cid, []).append(finding)
    return out


def verdict_class(verdict: str) -> str:
    """bad / good / other, for colouring a verdict."""
    v = verdict.lower()
    if v in ("conflict", "inconsistent", "contradicted", "false", "mismatch", "implausible"):
        return "bad"
    if v in ("consistent", "agree", "agrees", "plausible", "confirmed", "ok", "true"):
        return "good"
    return "other"


def is_check_worthy(report: model.Report, claim: model.Claim) -> bool:
    """A claim is check-worthy when it makes a checkable statement or someone is on record for it.

    That is: a finding refers to it, or it carries a figure, a date or a place,
    or it is attributed to a source. The article's own voice without any
    figure, date or place (scene-setting, commentary) is left out.
    """
    if claim.attribution is not None:
        return True
    for group in (report.quantities, report.times, report.places):
        if any(x.claim == claim.id for x in group):
            return True
    return any(claim.id in f.claims for f in report.findings)


def number(x: Optional[float]) -> str:
    """A figure's number as a reader writes it: 14,000; 2.5; 1,200,000."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")
