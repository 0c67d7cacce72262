"""Triage on a report: which claims were checked before, which deserve checking first (pure).

:func:`previously_checked` turns the known fact-checks that probably checked a
claim into ``previously_checked`` findings (``Finding.factchecks``);
:func:`check_first` ranks the claims by ``Claim.checkworthiness``.  The store
(:func:`claimscope.store.factchecks.annotate`) attaches the findings to a
report; nothing here reads a database or loads an encoder.
"""

from __future__ import annotations

from typing import Optional, Sequence, Union

import numpy as np

from claimscope import model
from claimscope.triage.checkworthiness import CheckworthinessModel, rank_claims
from claimscope.triage.retrieval import CANDIDATES, FactcheckIndex, query_sentences
from claimscope.triage.text import clean_query

MIN_CONFIDENCE = 0.7  # match confidence from which a fact-check is reported (dev: precision 0.90, recall 0.66, copies of the gold counted as the gold: docs/triage.md)
ID_PREFIX = "pc"
METHOD = "claimscope.triage.retrieval: BM25 + MiniLM cosine, fused by reciprocal rank, re-ranked by logistic regression"
ClaimVector = Union[bytes, np.ndarray, None]


def _vector(v: ClaimVector) -> Optional[np.ndarray]:
    """A claim's stored embedding (float16 bytes, as the store's ``vectors`` table keeps it) or an array row, as float32."""
    if v is None:
        return None
    if isinstance(v, (bytes, bytearray, memoryview)):
        v = np.frombuffer(v, dtype=np.float16)
    v = np.asarray(v, dtype=np.float32).ravel()
    return v if v.size else None


def _query_vectors(index: FactcheckIndex, text: str, vec: ClaimVector) -> tuple[Optional[np.ndarray], Optional[np.ndarray]]:
    """The query vector and sentence vectors :meth:`FactcheckIndex.search` needs, reusing the claim's embedding.

    The store embeds each claim's text as it stands; search embeds the cleaned query (no links, no tweet trailer).
    The claim's vector is used when the two are the same words (whitespace aside) and its length matches the index.
    A claim of several sentences also needs its sentences' vectors: they are encoded, the claim itself is not.
    """
    qvec = _vector(vec)
    query = clean_query(text)
    if qvec is None or qvec.shape[0] != index.mean_vecs.shape[1] or query.split() != text.split():
        return None, None  # search encodes the query itself
    sents = query_sentences(query)
    if sents and index.embed is None:
        return qvec, None
    sent_vecs = np.asarray(index.embed(sents), dtype=np.float32) if sents else None
    return qvec, sent_vecs


def factcheck_ref(match) -> model.FactCheckRef:
    """The contract's view of a match: the fact-check's fields (empty ones as null), its score and confidence."""
    c = match.check
    optional = {k: getattr(c, k) or None for k in ("title", "rating", "publisher", "url", "date")}
    return model.FactCheckRef(claim=c.claim, score=round(match.score, 4), confidence=round(match.confidence, 4), **optional)


def _free_ids(taken: set[str]):
    n = 0
    while True:
        n += 1
        if f"{ID_PREFIX}{n}" not in taken:
            yield f"{ID_PREFIX}{n}"


def previously_checked(
    report: dict,
    index: FactcheckIndex,
    *,
    vectors: Optional[Sequence[ClaimVector]] = None,
    min_confidence: float = MIN_CONFIDENCE,
    k: int = 3,
) -> list[model.Finding]:
    """One ``previously_checked`` finding per claim of ``report`` (``Report.to_dict()``) that a known fact-check probably checked.

    ``vectors``: the claims' embeddings in claim order (the store's float16 blobs, or rows), as ``ingest`` and the web app
    already have them, so no claim is encoded twice; without them (or for a claim whose vector is missing) the index's
    encoder embeds the claim.  ``Finding.factchecks`` holds the matches of ``min_confidence`` or more, best first
    (``confidence``: :attr:`claimscope.triage.retrieval.Match.confidence`); the finding ids (``pc1``, ``pc2`` ...) skip
    any id the report's findings already use.
    """
    if not len(index):
        return []
    claims = report.get("claims") or []
    vectors = list(vectors) if vectors is not None else []
    ids = _free_ids({str(f.get("id")) for f in report.get("findings") or [] if isinstance(f, dict)})
    findings = []
    for i, claim in enumerate(claims):
        text = claim.get("text") or ""
        if not text.strip():
            continue
        qvec, sent_vecs = _query_vectors(index, text, vectors[i] if i < len(vectors) else None)
        matches = [m for m in index.search(text, k=max(k, 1), qvec=qvec, sent_vecs=sent_vecs) if m.confidence >= min_confidence]
        if not matches:
            continue
        best, conf = matches[0].check, matches[0].confidence
        rating = f" rated \u201c{best.rating}\u201d" if best.rating else ""
        by = f" by {best.publisher}" if best.publisher else ""
        more = f" (and {len(matches) - 1} more match{'es' if len(matches) > 2 else ''})" if len(matches) > 1 else ""
        findings.append(model.Finding(
            id=next(ids),
            kind="previously_checked",
            verdict="previously_checked",
            summary=f"Checked before{by}{rating}{more}: \u201c{best.claim}\u201d",
            because=(
                f"Among {len(index)} known fact-checks, the claim's words (BM25) and meaning (MiniLM cosine) put this one in the "
                f"first {CANDIDATES}, the re-ranker ranked it first, and its match confidence {conf:.2f} is at least the "
                f"threshold {min_confidence:.2f} (a probability fitted on CheckThat! 2020 tweets; dev precision 0.90 at 0.70)."
            ),
            claims=[str(claim.get("id"))],
            method=METHOD,
            factchecks=[factcheck_ref(m) for m in matches],
        ))
    return findings


def check_first(report: dict, n: int = 5, model: Optional[CheckworthinessModel] = None) -> list[tuple[str, float]]:
    """The ``n`` claims most worth checking, (claim id, score), best first: the terminal's "check first" section."""
    scores = rank_claims(report, model)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
