"""What an analysis worker runs: load the pipeline once, then analyze one article a job.

The server process never imports this module (it costs 2.7 s and 290 MB:
spaCy and torch); :mod:`claimscope.web.pool` names these functions by
``"module:function"`` and the workers import them.
"""

from __future__ import annotations

import sys
from typing import Any

from claimscope import model
from claimscope.core import analyze_many, error_record
from claimscope.inputs import ArticleInput
from claimscope.pipeline import load_nlp


def load() -> Any:
    """The worker's state: a loaded pipeline, computing on one thread (the pool gives the parallelism)."""
    nlp = load_nlp()
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
    return nlp


def analyze(nlp: Any, article: dict) -> dict:
    """One article (ArticleInput fields) -> its report or error record as JSON, with what the app needs to file it.

    Returns ``{"json": bytes, "sha": str | None, "error": dict | None, "summary": dict | None}``.
    """
    try:
        [result] = list(analyze_many([ArticleInput(**article)], nlp=nlp))
        text = result.model_dump_json(by_alias=True).encode("utf-8")
    except Exception as err:  # e.g. metadata the model cannot hold: the article becomes an error record
        result = error_record(article.get("id"), err)
        text = result.model_dump_json(by_alias=True).encode("utf-8")
    if isinstance(result, model.ErrorRecord):
        return {"json": text, "sha": None, "error": dict(result.error), "summary": None}
    p = result.profile
    summary = {"id": result.article.id, "claims": p.n_claims, "attributions": p.n_attributions,
               "findings": len(result.findings), "summary": p.summary}
    return {"json": text, "sha": result.article.sha256, "error": None, "summary": summary}
