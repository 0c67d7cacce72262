"""The sourcing profile: the one-glance summary of who speaks in an article."""

from __future__ import annotations

from collections import Counter

from claimscope import model

NAMED = ("named_person", "named_organization")
WEAK = ("hedged", "alleged", "estimated", "disputed")


def compute_profile(report: model.Report) -> model.Profile:
    attributions = {a.id: a for a in report.attributions}
    by_type = Counter(a.source_type or ("none" if a.source is None else "unknown") for a in report.attributions)
    by_kind = Counter(a.kind for a in report.attributions)
    n_claims = len(report.claims)

    def source_type_of(claim: model.Claim):
        a = attributions.get(claim.attribution or "")
        return a.source_type if a else None

    anon = sum(1 for c in report.claims if source_type_of(c) == "anonymous")
    anon_coll = sum(1 for c in report.claims if source_type_of(c) in ("anonymous", "collective"))
    hedged = sum(1 for c in report.claims if c.epistemic in WEAK)
    unattributed = sum(1 for c in report.claims if c.attribution is None)
    named = sorted({a.source.text for a in report.attributions if a.source and a.source_type in NAMED})
    share = (lambda k: round(k / n_claims, 3) if n_claims else 0.0)
    profile = model.Profile(
        n_claims=n_claims,
        n_attributions=len(report.attributions),
        by_source_type=dict(by_type),
        by_kind=dict(by_kind),
        share_anonymous=share(anon),
        share_anonymous_or_collective=share(anon_coll),
        share_hedged=share(hedged),
        share_unattributed=share(unattributed),
        named_sources=named,
    )
    profile.summary = summarize(profile)
    return profile


def summarize(p: model.Profile) -> str:
    if not p.n_claims:
        return "No claims found."
    attributed = p.n_claims - round(p.share_unattributed * p.n_claims)
    parts = [f"{p.n_claims} claims, {attributed} attributed to {p.n_attributions} attributions."]
    if p.share_anonymous_or_collective >= 0.5:
        parts.append(f"Most claims ({p.share_anonymous_or_collective:.0%}) rest on anonymous or collective sources.")
    else:
        parts.append(f"{p.share_anonymous_or_collective:.0%} of claims rest on anonymous or collective sources.")
    n_named = len(p.named_sources)
    parts.append(
        f"{n_named} named source{'s' if n_named != 1 else ''} speak{'s' if n_named == 1 else ''}"
        + (f": {', '.join(p.named_sources)}." if n_named else ".")
    )
    parts.append(f"{p.share_hedged:.0%} of claims are hedged, alleged, estimated or disputed.")
    return " ".join(parts)
