"""The stance model at run time: numpy only, weights from ``claimscope/models/stance/``.

Two stages.  Stage 1, gradient-boosted trees over the features of :mod:`claimscope.stance.features`,
says whether the body is about the headline (related) or not (unrelated).  Stage 2, among related
pairs, boosted trees over the same features plus the three probabilities of a lexical logistic
regression (stems, word pairs and cue groups of the sentences closest to the headline and the lead)
says agree, disagree or discuss.  The decision adds per-class biases to the stage-2 log-probabilities,
tuned on cross-validation so that ``disagree`` is not drowned by the larger classes.

Each prediction names the body sentences that decided it (spans into the body): for a related label,
the read sentences whose terms most favour that label in the lexical model; for ``unrelated``, the
sentence closest to the headline (and how close it was).

Trained by ``training/train_stance.py`` (scikit-learn); see docs/stance.md.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

import numpy as np

from claimscope.stance.features import FEATURES, Idf, lexical_terms, pair_features, read_headline
from claimscope.stance.scoring import LABELS, RELATED
from claimscope.stance.text import Body, read_body

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "stance"
ARRAYS = "stance.npz"
META = "stance.json.gz"
EVIDENCE_SENTENCES = 2


@dataclass
class Evidence:
    """A body sentence that decided a prediction: ``body[start:end] == text``."""

    start: int
    end: int
    text: str
    weight: float


@dataclass
class Prediction:
    label: str
    score: float  # the probability of the label
    probabilities: dict[str, float]
    sentences: list[Evidence] = field(default_factory=list)


class Trees:
    """A boosted-tree ensemble exported from scikit-learn's HistGradientBoostingClassifier.

    All trees are evaluated at once: a (samples x trees) matrix of node ids walks down level by level.
    """

    def __init__(self, arrays: Mapping[str, np.ndarray], prefix: str):
        a = {k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)}
        self.feature = a["feature"].astype(np.intp)
        self.threshold = a["threshold"].astype(np.float64)
        self.left = a["left"].astype(np.intp)
        self.right = a["right"].astype(np.intp)
        self.value = a["value"].astype(np.float64)
        self.leaf = a["leaf"].astype(bool)
        self.missing_left = a["missing_left"].astype(bool)
        self.roots = a["roots"].astype(np.intp)
        self.tree_class = a["tree_class"].astype(np.intp)
        self.baseline = a["baseline"].astype(np.float64)
        self.depth = int(a["depth"])
        self.n_classes = len(self.baseline)

    def raw(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        n = X.shape[0]
        node = np.broadcast_to(self.roots, (n, len(self.roots))).copy()
        rows = np.arange(n)[:, None]
        for _ in range(self.depth):
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node], x <= self.threshold[node])
            nxt = np.where(go_left, self.left[node], self.right[node])
            node = np.where(self.leaf[node], node, nxt)
        values = self.value[node]  # (n, trees)
        out = np.tile(self.baseline, (n, 1))
        for c in range(self.n_classes):
            out[:, c] += values[:, self.tree_class == c].sum(axis=1)
        return out

    def proba(self, X: np.ndarray) -> np.ndarray:
        raw = self.raw(X)
        if self.n_classes == 1:
            p = 1.0 / (1.0 + np.exp(-raw[:, 0]))
            return np.stack([1 - p, p], axis=1)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        return e / e.sum(axis=1, keepdims=True)


class Lexical:
    """Multinomial logistic regression over binary terms, rows L2-normalised (as trained)."""

    def __init__(self, vocab: Sequence[str], coef: np.ndarray, intercept: np.ndarray):
        self.index = {t: i for i, t in enumerate(vocab)}
        self.coef = np.asarray(coef, dtype=np.float64)  # (classes, terms)
        self.intercept = np.asarray(intercept, dtype=np.float64)

    def ids(self, terms: Iterable[str]) -> np.ndarray:
        return np.array([self.index[t] for t in terms if t in self.index], dtype=np.intp)

    def proba(self, term_lists: Sequence[Sequence[str]]) -> np.ndarray:
        out = np.zeros((len(term_lists), len(self.intercept)))
        for r, terms in enumerate(term_lists):
            ids = self.ids(terms)
            z = self.intercept + (self.coef[:, ids].sum(axis=1) / np.sqrt(len(ids)) if len(ids) else 0.0)
            out[r] = z
        out -= out.max(axis=1, keepdims=True)
        e = np.exp(out)
        return e / e.sum(axis=1, keepdims=True)


class StanceModel:
    def __init__(self, arrays: Mapping[str, np.ndarray], meta: dict):
        if tuple(meta["features"]) != FEATURES:
            raise ValueError("the stance model was trained on other features; run training/train_stance.py")
        self.meta = meta
        self.idf = Idf(meta["idf"], float(meta["idf_default"]))
        self.related = Trees(arrays, "rel_")
        self.stance = Trees(arrays, "st_")
        self.lexical = Lexical(meta["vocab"], arrays["lr_coef"], arrays["lr_intercept"])
        self.threshold = float(meta["threshold"])
        self.bias = np.asarray(meta["bias"], dtype=np.float64)
        self.headline_terms = bool(meta.get("headline_terms", True))

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> "StanceModel":
        with np.load(directory / ARRAYS) as npz:
            arrays = {k: npz[k] for k in npz.files}
        with gzip.open(directory / META, "rt", encoding="utf-8") as fh:
            meta = json.load(fh)
        return cls(arrays, meta)

    def rows(self, pairs: Sequence[tuple[str, Body]]):
        """Features, lexical terms and sentence relevances of (headline, body) pairs."""
        X = np.zeros((len(pairs), len(FEATURES)), dtype=np.float32)
        terms, rels = [], []
        for i, (headline, body) in enumerate(pairs):
            head = read_headline(headline, self.idf)
            X[i], rel = pair_features(head, body, self.idf)
            rels.append(rel)
            terms.append(lexical_terms(head, body, rel, self.headline_terms))
        return X, terms, rels

    def probabilities(self, X: np.ndarray, terms: Sequence[Sequence[str]]) -> np.ndarray:
        """(n, 4) probabilities in :data:`LABELS` order: P(related) x stage 2, and P(unrelated)."""
        p_rel = self.related.proba(X)[:, 1]
        lex = self.lexical.proba(terms)
        p_st = self.stance.proba(np.hstack([X, lex.astype(np.float32)]))
        return np.hstack([p_rel[:, None] * p_st, (1 - p_rel)[:, None]])

    def decide(self, probs: np.ndarray) -> list[str]:
        p_rel = 1 - probs[:, 3]
        st = np.log(np.clip(probs[:, :3] / np.maximum(p_rel, 1e-12)[:, None], 1e-12, None)) + self.bias
        labels = [RELATED[i] for i in st.argmax(axis=1)]
        return [lab if pr >= self.threshold else "unrelated" for lab, pr in zip(labels, p_rel)]

    def evidence(self, label: str, body: Body, rel: list[float], terms_of: Optional[dict] = None) -> list[Evidence]:
        if not body.sentences:
            return []
        if label == "unrelated":
            i = int(np.argmax(rel))
            s = body.sentences[i]
            return [Evidence(s.start, s.end, body.text[s.start : s.end], round(float(rel[i]), 4))]
        c = RELATED.index(label)
        contrast = self.lexical.coef[c] - self.lexical.coef.mean(axis=0)
        order = sorted(range(len(rel)), key=lambda i: -rel[i])[:3]
        read = sorted(set(order) | set(range(min(2, len(body.sentences)))))
        hits = body.extra["vectors"]["sents"]
        scored = []
        for i in read:
            s = body.sentences[i]
            t = set(s.tokens) | {f"{a}_{b}" for a, b in zip(s.tokens, s.tokens[1:])}
            t |= {f"cue:{g}" for _, _, g in hits[i][2]}
            ids = self.lexical.ids(t)
            w = float(contrast[ids].sum()) if len(ids) else 0.0
            scored.append((w, i))
        scored.sort(reverse=True)
        out = []
        for w, i in scored[:EVIDENCE_SENTENCES]:
            if out and w <= 0:
                break
            s = body.sentences[i]
            out.append(Evidence(s.start, s.end, body.text[s.start : s.end], round(w, 4)))
        return out

    def predict_many(self, pairs: Sequence[tuple[str, Body]], *, explain: bool = True) -> list[Prediction]:
        if not pairs:
            return []
        X, terms, rels = self.rows(pairs)
        probs = self.probabilities(X, terms)
        labels = self.decide(probs)
        out = []
        for (_, body), label, p, rel in zip(pairs, labels, probs, rels):
            pd = {lab: round(float(v), 4) for lab, v in zip(LABELS, p)}
            ev = self.evidence(label, body, rel) if explain else []
            out.append(Prediction(label, pd[label], pd, ev))
        return out

    def predict(self, headline: str, body: str | Body) -> Prediction:
        b = body if isinstance(body, Body) else read_body(body)
        return self.predict_many([(headline, b)])[0]


@cache
def default_model() -> StanceModel:
    return StanceModel.load()


def predict(headline: str, body: str) -> Prediction:
    """The stance of ``body`` toward ``headline`` (a claim or a headline) with the shipped model."""
    return default_model().predict(headline, body)
