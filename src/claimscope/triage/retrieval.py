"""Has this claim been fact-checked before?  Retrieval over known fact-checks.

Two stages, both on CPU with numpy and scipy only:

1. **First stage** over every fact-check: Okapi BM25 over the claim and the
   fact-check's title (a sparse matrix of precomputed term weights, so a
   query costs one column slice and a sum), and the cosine between the
   query's MiniLM embedding and the mean of the claim's and title's
   embeddings.  The two rankings are fused by reciprocal rank (k=60); the
   best ``candidates`` go on.
2. **Re-ranker**: a logistic regression over features of each (query,
   fact-check) pair -- BM25 score and its gap to the query's best, cosines
   of the claim and of the title, the fused rank, lexical overlap, shared
   and unshared numbers, shared capitalised names, a negation mismatch, the
   fact-check writing the year of the tweet's date --
   trained on the CheckThat! 2020 task 2 training tweets
   (``training/train_factcheck_ranker.py``); its weights ship as JSON in
   ``claimscope/models/triage/factcheck_ranker.json``.

The encoder is passed in (``embed``: texts -> unit-length rows), so this
module does not depend on where the model is loaded from; the store's
``claimscope.store.vectors.embed`` is the one the application uses.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from scipy import sparse
from usearch.index import Index

from claimscope.triage.factchecks import FactCheck
from claimscope.triage.text import capitalised, clean_query, negated, numbers, sentences, tokens, tweet_year, years

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "triage" / "factcheck_ranker.json"
Embed = Callable[[Sequence[str]], np.ndarray]
RRF_K = 60
FIRST_K = 100  # per first-stage ranking
CANDIDATES = 30  # fused candidates re-ranked
ANN_MIN = 50_000  # from this many fact-checks on, the dense first stage is an HNSW index (usearch), below an exact scan
ANN_THREADS = 1

BASE_FEATURES = (
    "bm25", "bm25_gap", "bm25_rank", "cos_mean", "cos_claim", "cos_title", "cos_gap", "cos_rank", "rrf_rank",
    "overlap_doc", "overlap_query", "jaccard", "title_overlap", "numbers_shared", "numbers_doc_only",
    "names_shared", "names_doc_frac", "negation_mismatch", "bm25_x_cos", "sent_cos_claim", "sent_cos_title",
    "year_shared",
)
# Each of these is also given relative to the query's best candidate (value - max) and as its rank among the candidates.
RELATIVE = ("cos_claim", "cos_title", "overlap_doc", "title_overlap", "names_shared", "sent_cos_claim", "sent_cos_title")
FEATURES = BASE_FEATURES + tuple(f"{f}_gap" for f in RELATIVE) + tuple(f"{f}_rank" for f in RELATIVE)
# The match confidence (was this claim checked at all?) looks only at the pair itself, never at the other candidates:
# the re-ranker's relative features make any query's best candidate look good.
ABSOLUTE = (
    "bm25", "cos_mean", "cos_claim", "cos_title", "overlap_doc", "overlap_query", "jaccard", "title_overlap",
    "numbers_shared", "numbers_doc_only", "names_shared", "names_doc_frac", "negation_mismatch", "sent_cos_claim",
    "sent_cos_title",
)
ABSOLUTE_COLUMNS = [FEATURES.index(f) for f in ABSOLUTE]


class BM25:
    """Okapi BM25 (k1=1.2, b=0.75) as a sparse documents x terms matrix of term weights."""

    def __init__(self, docs: Sequence[list[str]], k1: float = 1.2, b: float = 0.75):
        self.vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(docs), dtype=np.float32)
        for i, toks in enumerate(docs):
            lengths[i] = len(toks)
            counts: dict[int, int] = {}
            for t in toks:
                j = self.vocab.setdefault(t, len(self.vocab))
                counts[j] = counts.get(j, 0) + 1
            rows.extend([i] * len(counts))
            cols.extend(counts.keys())
            tfs.extend(counts.values())
        n = max(len(docs), 1)
        tf = np.asarray(tfs, dtype=np.float32)
        rows_a = np.asarray(rows, dtype=np.int64)
        cols_a = np.asarray(cols, dtype=np.int64)
        df = np.bincount(cols_a, minlength=len(self.vocab)).astype(np.float32)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        avg = float(lengths.mean()) if len(docs) else 1.0
        norm = k1 * (1 - b + b * lengths[rows_a] / max(avg, 1e-9))
        weight = idf[cols_a] * tf * (k1 + 1) / (tf + norm)
        self.matrix = sparse.csc_matrix((weight, (rows_a, cols_a)), shape=(len(docs), len(self.vocab)), dtype=np.float32)
        self.n_docs = len(docs)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        cols = [self.vocab[t] for t in set(query) if t in self.vocab]
        if not cols:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()


def relative(x: np.ndarray) -> np.ndarray:
    """The base features plus, for RELATIVE ones, the gap to the candidates' best and the rank among them."""
    if not len(x):
        return np.zeros((0, len(FEATURES)))
    cols = [BASE_FEATURES.index(f) for f in RELATIVE]
    sub = x[:, cols]
    gaps = sub - sub.max(axis=0)
    ranks = np.log1p(np.argsort(np.argsort(-sub, axis=0, kind="stable"), axis=0, kind="stable"))
    return np.hstack([x, gaps, ranks])


@dataclass
class Match:
    check: FactCheck
    score: float  # re-ranker probability, 0-1: orders the candidates of one query
    bm25: float
    cosine: float
    confidence: float = 0.0  # 0-1: how likely this fact-check checked the query's claim, comparable across queries

    def to_dict(self) -> dict:
        return {
            **self.check.to_dict(), "score": round(self.score, 4), "confidence": round(self.confidence, 4),
            "bm25": round(self.bm25, 3), "cosine": round(self.cosine, 4),
        }


@cache
def load_ranker(path: Path = MODEL_PATH) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    idx = np.argpartition(-scores, k - 1)[:k]
    return idx[np.argsort(-scores[idx], kind="stable")]


def doc_text(check: FactCheck) -> str:
    return f"{check.claim} {check.title}".strip()


class FactcheckIndex:
    """Every known fact-check, searchable by a claim or a tweet.

    ``claim_vecs``/``title_vecs`` are the MiniLM embeddings of each fact-check's claim and title (unit rows, any
    float dtype); a missing title uses the claim's.  Without them, ``embed`` computes them.
    """

    def __init__(
        self,
        checks: Sequence[FactCheck],
        embed: Optional[Embed] = None,
        claim_vecs: Optional[np.ndarray] = None,
        title_vecs: Optional[np.ndarray] = None,
        ranker: Optional[dict] = None,
    ):
        self.checks = list(checks)
        self.embed = embed
        self.claim_tokens = [set(tokens(c.claim)) for c in self.checks]
        self.title_tokens = [set(tokens(c.title)) for c in self.checks]
        self.doc_years = [years(doc_text(c)) for c in self.checks]
        self.bm25 = BM25([tokens(doc_text(c)) for c in self.checks])
        if claim_vecs is None and self.checks:
            if embed is None:
                raise ValueError("FactcheckIndex needs either the fact-checks' embeddings or an encoder")
            claim_vecs = embed([c.claim for c in self.checks])
            title_vecs = embed([c.title or c.claim for c in self.checks])
        dim = claim_vecs.shape[1] if claim_vecs is not None else 384
        self.claim_vecs = np.asarray(claim_vecs if claim_vecs is not None else np.zeros((0, dim)), dtype=np.float16)
        self.title_vecs = np.asarray(title_vecs if title_vecs is not None else self.claim_vecs, dtype=np.float16)
        self.mean_vecs = _unit(self.claim_vecs.astype(np.float32) + self.title_vecs.astype(np.float32))
        self.ranker = ranker if ranker is not None else load_ranker()
        self.ann = None
        if len(self.checks) >= ANN_MIN:
            self.ann = Index(ndim=self.mean_vecs.shape[1], metric="cos", dtype="f16", connectivity=16, expansion_add=64, expansion_search=128)
            self.ann.add(np.arange(len(self.checks)), self.mean_vecs, threads=ANN_THREADS)

    def __len__(self) -> int:
        return len(self.checks)

    # first stage -----------------------------------------------------------------------------------------------
    def first_stage(self, query_tokens: list[str], qvec: np.ndarray, n: int = CANDIDATES) -> dict:
        """The fused candidates and what the re-ranker needs to know about the whole ranking."""
        bm = self.bm25.scores(query_tokens)
        top_b = _top(bm, FIRST_K)
        if self.ann is not None:  # HNSW: the nearest FIRST_K by cosine without scanning every vector
            top_e = np.asarray(self.ann.search(qvec, FIRST_K, threads=1).keys, dtype=np.int64)
        else:
            top_e = _top(self.mean_vecs @ qvec, FIRST_K)
        rank_b = {int(i): r for r, i in enumerate(top_b) if bm[i] > 0}
        union = sorted(set(rank_b) | {int(i) for i in top_e})
        cos = dict(zip(union, (self.mean_vecs[union] @ qvec).tolist())) if union else {}
        order_e = sorted((i for i in top_e.tolist() if i in cos), key=lambda i: (-cos[i], i))
        rank_e = {i: r for r, i in enumerate(order_e)}
        fused = {
            i: 1.0 / (RRF_K + rank_b.get(i, 10 * FIRST_K)) + 1.0 / (RRF_K + rank_e.get(i, 10 * FIRST_K))
            for i in union
        }
        order = sorted(fused, key=lambda i: (-fused[i], i))[:n]
        return {
            "ids": order, "bm": bm, "cos": cos, "rank_b": rank_b, "rank_e": rank_e,
            "bm_max": float(bm[top_b[0]]) if len(top_b) else 0.0, "cos_max": cos[order_e[0]] if order_e else 0.0,
        }

    # features --------------------------------------------------------------------------------------------------
    def features(
        self, query: str, qvec: np.ndarray, stage: dict, sent_vecs: Optional[np.ndarray] = None, year: Optional[int] = None,
    ) -> np.ndarray:
        """Pair features of each candidate; ``sent_vecs`` are the query's sentences' embeddings (rows), if it has several;
        ``year`` is the query's own year (a tweet's date), which fact-checks often write ("In June 2018, ...")."""
        sents = qvec[None, :] if sent_vecs is None or not len(sent_vecs) else np.vstack([qvec[None, :], sent_vecs])
        ids = stage["ids"]
        c_vecs = self.claim_vecs[ids].astype(np.float32) if ids else np.zeros((0, sents.shape[1]), np.float32)
        t_vecs = self.title_vecs[ids].astype(np.float32) if ids else c_vecs
        sent_claim = (c_vecs @ sents.T).max(axis=1) if ids else []
        sent_title = (t_vecs @ sents.T).max(axis=1) if ids else []
        q_toks = set(tokens(query))
        q_nums, q_names, q_neg = numbers(query), capitalised(query), negated(query)
        rows = []
        for r, i in enumerate(stage["ids"]):
            c = self.checks[i]
            d_toks = self.claim_tokens[i]
            t_toks = self.title_tokens[i]
            d_nums = numbers(c.claim)
            d_names = capitalised(c.claim) | capitalised(c.title)
            bm = float(stage["bm"][i])
            cos_c = float(c_vecs[r] @ qvec)
            cos_t = float(t_vecs[r] @ qvec)
            cos_m = float(stage["cos"][i])
            inter = len(q_toks & d_toks)
            rows.append([
                bm / 10.0,
                (stage["bm_max"] - bm) / 10.0,
                math.log1p(stage["rank_b"].get(i, 10 * FIRST_K)),
                cos_m,
                cos_c,
                cos_t,
                stage["cos_max"] - cos_m,
                math.log1p(stage["rank_e"].get(i, 10 * FIRST_K)),
                math.log1p(r),
                inter / max(len(d_toks), 1),
                inter / max(len(q_toks), 1),
                inter / max(len(q_toks | d_toks), 1),
                len(q_toks & t_toks) / max(len(t_toks), 1),
                min(len(q_nums & d_nums), 3),
                min(len(d_nums - q_nums), 3),
                min(len(q_names & d_names), 5),
                len(q_names & d_names) / max(len(d_names), 1),
                float(q_neg != negated(c.claim)),
                bm / 10.0 * cos_m,
                float(sent_claim[r]),
                float(sent_title[r]),
                float(year is not None and year in self.doc_years[i]),
            ])
        x = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(BASE_FEATURES))
        return relative(x)

    def rerank_scores(self, x: np.ndarray) -> np.ndarray:
        r = self.ranker
        z = (x - np.asarray(r["mean"])) / np.asarray(r["scale"])
        logit = z @ np.asarray(r["coef"]) + float(r["intercept"])
        return 1.0 / (1.0 + np.exp(-logit))

    def match_confidence(self, x: np.ndarray) -> np.ndarray:
        m = self.ranker.get("match")
        if not m or not len(x):
            return np.zeros(len(x))
        z = (x[:, ABSOLUTE_COLUMNS] - np.asarray(m["mean"])) / np.asarray(m["scale"])
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(m["coef"]) + float(m["intercept"]))))

    # search ----------------------------------------------------------------------------------------------------
    def query_vectors(self, query: str) -> tuple[np.ndarray, Optional[np.ndarray]]:
        """The cleaned query's embedding and, when it has several sentences, theirs (one encoder batch)."""
        if self.embed is None:
            raise ValueError("FactcheckIndex.search needs an encoder (embed=...) or a precomputed query vector")
        sents = query_sentences(query)
        vecs = _unit(self.embed([query, *sents]))
        return vecs[0], (vecs[1:] if sents else None)

    def search(
        self, text: str, k: int = 10, qvec: Optional[np.ndarray] = None, sent_vecs: Optional[np.ndarray] = None,
        rerank: bool = True,
    ) -> list[Match]:
        """The ``k`` fact-checks most likely to have checked ``text``, best first."""
        if not self.checks:
            return []
        query = clean_query(text)
        if qvec is None:
            qvec, sent_vecs = self.query_vectors(query)
        qvec = np.asarray(qvec, dtype=np.float32)
        stage = self.first_stage(tokens(query), qvec, n=max(CANDIDATES, k))
        ids = stage["ids"]
        x = self.features(query, qvec, stage, sent_vecs, year=tweet_year(text))
        if rerank and ids:
            scores = self.rerank_scores(x)
        else:  # fused rank only: a monotone 0-1 stand-in
            scores = np.asarray([1.0 / (1 + r) for r in range(len(ids))])
        confidence = self.match_confidence(x)
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            Match(self.checks[ids[j]], float(scores[j]), float(stage["bm"][ids[j]]), float(stage["cos"][ids[j]]), float(confidence[j]))
            for j in order
        ]


def query_sentences(query: str) -> list[str]:
    """The sentences of a multi-sentence query (none for a single sentence: the query's own vector covers it)."""
    sents = sentences(query)
    return sents if len(sents) > 1 else []


# metrics ---------------------------------------------------------------------------------------------------------
def average_precision(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """AP@k as the CheckThat! 2020 task 2 scorer computes it (precision at each relevant hit / number relevant)."""
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:k], 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant)


def retrieval_metrics(runs: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict:
    """MAP@1/3/5/10 and P@1 over the queries that have judgements."""
    qids = [q for q in qrels if q in runs] or list(qrels)
    out = {f"map@{k}": float(np.mean([average_precision(runs.get(q, []), qrels[q], k) for q in qids])) for k in (1, 3, 5, 10)}
    out["p@1"] = float(np.mean([1.0 if runs.get(q) and runs[q][0] in qrels[q] else 0.0 for q in qids]))
    out["queries"] = len(qids)
    return out
