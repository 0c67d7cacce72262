"""Measure claimscope's attributions against PolNeAR: span P/R/F1 and throughput.

Two ways of matching a predicted span with a gold span of the same role:

* **exact**: same characters once leading/trailing whitespace and punctuation
  (quotes, commas, periods, colons) of each fragment is stripped (a fragment
  that is only punctuation, like the cue ":", is kept), and fragments that
  touch or are separated by whitespace only are merged;
* **overlap**: the two share at least one non-whitespace character.

Matching is one to one: each gold span is matched by at most one predicted
span (the one overlapping it most, greedily).  A predicted attribution matches
a gold attribution if its cue matches, and its source and content match where
the gold attribution has them.

``run`` also times claimscope's claim engine
(:data:`claimscope.pipeline.CLAIM_ENGINE_COMPONENTS`) against the bare spaCy
parse on the same articles, single process.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import spacy

from claimscope.evaluate.brat import ROLES, Article, Fragments, GoldAttribution, read_corpus
from claimscope.pipeline import BASE_MODEL, CLAIM_ENGINE_COMPONENTS, build_nlp

_STRIP = " \t\r\n\u00a0\"'“”‘’.,;:"


def normalize(text: str, frags: Iterable[tuple[int, int]]) -> Fragments:
    """Strip each fragment, drop empty ones, merge fragments separated by whitespace only."""
    out: list[list[int]] = []
    for start, end in sorted(frags):
        s0, e0 = start, end
        while start < end and text[start] in _STRIP:
            start += 1
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        if start >= end:  # a cue that is only punctuation (":")
            start, end = s0, e0
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
        if out and not text[out[-1][1] : start].strip():
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


def shared_chars(text: str, a: Fragments, b: Fragments) -> int:
    """Number of non-whitespace characters two fragment lists share."""
    n = 0
    for s1, e1 in a:
        for s2, e2 in b:
            lo, hi = max(s1, s2), min(e1, e2)
            if lo < hi:
                n += sum(1 for c in text[lo:hi] if not c.isspace())
    return n


def match(
    pred: Sequence, gold: Sequence, score: Callable[[object, object], float]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs ``(i_pred, i_gold)`` with ``score > 0``, best scores first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _span_score(text: str, mode: str):
    def score(p: Fragments, g: Fragments) -> float:
        if mode == "exact":
            return 1.0 if p == g else 0.0
        return float(shared_chars(text, p, g))

    return score


def _attr_score(text: str, mode: str):
    span = _span_score(text, mode)

    def score(p: GoldAttribution, g: GoldAttribution) -> float:
        total = 0.0
        for role in ROLES:
            gs, ps = getattr(g, role), getattr(p, role)
            if role == "cue" or gs:
                if not gs or not ps:
                    return 0.0
                s = span(ps, gs)
                if s <= 0:
                    return 0.0
                total += s
        return total

    return score


def _norm_attr(text: str, a: GoldAttribution) -> GoldAttribution:
    return GoldAttribution(
        **{role: (normalize(text, getattr(a, role)) or None) if getattr(a, role) else None for role in ROLES}
    )


class Counts:
    """True positives, predicted and gold totals per (mode, role)."""

    def __init__(self) -> None:
        self.c: dict[tuple[str, str], list[int]] = {}

    def add(self, mode: str, role: str, tp: int, n_pred: int, n_gold: int) -> None:
        cur = self.c.setdefault((mode, role), [0, 0, 0])
        cur[0] += tp
        cur[1] += n_pred
        cur[2] += n_gold

    def table(self) -> dict:
        out: dict = {}
        for (mode, role), (tp, n_pred, n_gold) in sorted(self.c.items()):
            p = tp / n_pred if n_pred else 0.0
            r = tp / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out.setdefault(mode, {})[role] = {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
                "tp": tp,
                "predicted": n_pred,
                "gold": n_gold,
            }
        return out


def score_article(text: str, pred: Sequence[GoldAttribution], gold: Sequence[GoldAttribution], counts: Counts) -> None:
    """Add one article's matches to ``counts`` (spans per role and whole attributions, both modes)."""
    pred = [_norm_attr(text, a) for a in pred]
    gold = [_norm_attr(text, a) for a in gold]
    pred = [a for a in pred if a.cue]
    for mode in ("exact", "overlap"):
        for role in ROLES:
            ps = [getattr(a, role) for a in pred if getattr(a, role)]
            gs = [getattr(a, role) for a in gold if getattr(a, role)]
            counts.add(mode, role, len(match(ps, gs, _span_score(text, mode))), len(ps), len(gs))
        gold_c = [a for a in gold if a.cue]
        counts.add(mode, "attribution", len(match(pred, gold_c, _attr_score(text, mode))), len(pred), len(gold_c))


def to_gold_shape(attributions) -> list[GoldAttribution]:
    """claimscope's :class:`~claimscope.types.Attribution` records as evaluation records.

    Records sharing a cue and source (a ``floating`` quote carried to the
    speaker of the next sentence) are one relation in PolNeAR's terms: their
    contents are merged.
    """
    merged: dict = {}
    for a in attributions or ():
        if getattr(a, "section", "body") == "byline":
            continue  # a byline attributes no content; PolNeAR marks every byline Discard
        key = (tuple(a.cue) if a.cue else None, tuple(a.source) if a.source else None)
        merged.setdefault(key, []).extend(tuple(c) for c in a.content)
    out = []
    for (cue, source), content in merged.items():
        out.append(
            GoldAttribution(
                cue=(cue,) if cue else None,
                source=(source,) if source else None,
                content=tuple(sorted(set(content))) or None,
            )
        )
    return out


def evaluate(articles: Sequence[Article], docs) -> dict:
    counts = Counts()
    for art, doc in zip(articles, docs):
        score_article(art.text, to_gold_shape(doc._.attributions), art.attributions, counts)
    return counts.table()


def _timed(nlp, texts: list[str]) -> tuple[list, float]:
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    return docs, time.perf_counter() - t0


def run(corpus_dir: str | Path, *, limit: Optional[int] = None, throughput: bool = True) -> dict:
    """Score the claim engine on a PolNeAR split and time it against the bare parse.

    Args:
        corpus_dir: a PolNeAR split, e.g. ``../shared/data/polnear/dev``.
        limit: only the first N articles (name order).
        throughput: also time the bare spaCy parse.

    Returns:
        ``{"articles", "gold_attributions", "exact": {role: {precision, recall, f1, ...}},
        "overlap": {...}, "throughput": {...}}``; roles are source, cue, content, attribution.
    """
    articles = list(read_corpus(corpus_dir, limit=limit))
    texts = [a.text for a in articles]
    engine = build_nlp(components=CLAIM_ENGINE_COMPONENTS)
    docs, t_engine = _timed(engine, texts)
    out: dict = {
        "corpus": str(corpus_dir),
        "articles": len(articles),
        "gold_attributions": sum(len(a.attributions) for a in articles),
    }
    out.update(evaluate(articles, docs))
    if throughput:
        bare = spacy.load(BASE_MODEL)
        _, t_bare = _timed(bare, texts)
        engine_aps = len(texts) / t_engine if t_engine else 0.0
        bare_aps = len(texts) / t_bare if t_bare else 0.0
        out["throughput"] = {
            "claim_engine_articles_per_s": round(engine_aps, 2),
            "bare_parse_articles_per_s": round(bare_aps, 2),
            "ratio": round(engine_aps / bare_aps, 3) if bare_aps else 0.0,
        }
    return out
