"""The closed vocabularies of the contract, defined once.

Every ``Literal`` here is the single definition of a vocabulary; the tuples and
sets the rest of claimscope uses are derived from them (``get_args``), so a new
value is added in one place.  This module imports nothing from claimscope.
"""

from __future__ import annotations

from typing import Literal, get_args

AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "floating", "agentless"]
SourceType = Literal[
    "named_person", "named_organization", "anonymous", "collective", "document_or_media", "pronoun", "unknown"
]
Epistemic = Literal["asserted", "reported", "hedged", "alleged", "estimated", "denied", "disputed"]
EvidenceKind = Literal["video", "photo", "document", "witness", "official_statement", "estimate", "media_report"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceFeature = Literal["toponym", "demonym"]
Change = Literal["=", "~", ">", "<", "up", "down"]
# Where in the article an attribution stands: a headline ("…, U.S. Officials Say"),
# a dateline ("KYIV, Ukraine (AP) —"), a byline ("CNN's … contributed reporting") or the body.
Section = Literal["body", "headline", "dateline", "byline"]
FindingKind = Literal["figure_conflict", "figure_revision", "spatial_check", "disputed", "supported", "previously_checked"]
# figure_conflict: conflict (different sources) | self_contradiction (one source);
# figure_revision: revision; spatial_check: consistent | inconsistent | unverifiable.
# disputed / supported: corpus findings on a claim group (claimscope.store.stance);
# previously_checked: a known fact-check (the store's factchecks table) probably checked the claim (claimscope.triage).
Verdict = Literal[
    "conflict", "self_contradiction", "revision", "consistent", "inconsistent", "unverifiable", "disputed", "supported",
    "previously_checked",
]
# How one figure relates to another of the same frame (see claimscope.domain.figures).
FigureRelation = Literal["part_of", "sub_measure", "restatement"]
# The stance of a text toward a claim (FNC-1's four classes; claimscope.stance).
Stance = Literal["agree", "disagree", "discuss", "unrelated"]
ReportFormat = Literal["terminal", "json", "html", "claimreview", "webannotation", "csv"]
ListFormat = Literal["table", "csv", "parquet", "jsonl"]
# How a listing of stored claims is ordered: "checkworthy", the claims most worth checking first (claims.checkworthiness,
# store revision 0006; claims without a score last); "recent", newest article first.
ClaimRank = Literal["checkworthy", "recent"]

ATTRIBUTION_KINDS: tuple[str, ...] = get_args(AttributionKind)
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)
EPISTEMIC: tuple[str, ...] = get_args(Epistemic)
EVIDENCE_KINDS: tuple[str, ...] = get_args(EvidenceKind)
SECTIONS: tuple[str, ...] = get_args(Section)
STANCES: tuple[str, ...] = get_args(Stance)
FINDING_KINDS: tuple[str, ...] = get_args(FindingKind)
REPORT_FORMATS: tuple[str, ...] = get_args(ReportFormat)
LIST_FORMATS: tuple[str, ...] = get_args(ListFormat)
CLAIM_RANKS: tuple[str, ...] = get_args(ClaimRank)
# What the web API renders (the terminal and CSV views are for the command line).
API_FORMATS: tuple[str, ...] = ("json", "html", "claimreview", "webannotation")

# Statuses that weaken a claim: counted by the profile's share_hedged and the store's claims.hedged.
WEAK: frozenset[str] = frozenset({"hedged", "alleged", "estimated", "disputed", "denied"})
# Source types that name who speaks.
NAMED: frozenset[str] = frozenset({"named_person", "named_organization"})
# Source types that do not: anonymous and collective voices, and what could not be typed.
UNNAMED: frozenset[str] = frozenset({"anonymous", "collective", "pronoun", "unknown"})
