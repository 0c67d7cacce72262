"""Doc extensions that claimscope's components write to.

Registered once (``register()`` is idempotent and never uses ``force``).
Values are lists of the frozen records in :mod:`claimscope.types`; span-like
intermediate results go into ``doc.spans`` groups named ``claimscope_*``.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "attributions": None,  # list[types.Attribution]
    "claims": None,  # list[types.Claim]
    "quantities": None,  # list[types.Quantity]
    "times": None,  # list[types.TimeExpression]
    "places": None,  # list[types.Place]
    "published": None,  # "YYYY-MM-DD" or None: the reference date for times
}

# Span groups (doc.spans keys) used between components.
QUOTES_KEY = "claimscope_quotes"
HEDGES_KEY = "claimscope_hedges"  # label_: hedged | alleged | estimated (a hedge cue)
STANCE_KEY = "claimscope_stance"  # label_: denied | disputed (a stance cue: "rejects", "denies", "disputes")
EVIDENCE_KEY = "claimscope_evidence"  # label_: an evidence kind


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
