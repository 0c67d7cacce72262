"""Features of a (headline or claim, body) pair: how related they are, and what the body says of it.

Relatedness: TF-IDF cosine of the headline with the body, its best sentences and its lead; idf-weighted
coverage of the headline's words, word pairs and character 4-grams by the body; shared numbers and
capitalised names.  Stance evidence, per body sentence: denial and refutation cues, hedges and
attribution cues (discuss), agreement cues, and negations near the headline's words; counted over the
whole body, its lead and the sentences closest to the headline.  The cue lists are the extract-level
ones (``claimscope/data``) plus the model's own (``models/stance/cues.en.txt``).

Everything here is pure Python with numpy; the vector layout is :data:`FEATURES`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from claimscope.lexicon import word_list, word_table
from claimscope.stance.text import NEGATIONS, Body, char_grams, names, numbers, tokens

CUES_PATH = Path(__file__).resolve().parent.parent / "models" / "stance" / "cues.en.txt"
GROUPS = ("refute", "hedge", "report", "agree", "neg")
TOP = 3  # the sentences closest to the headline
LEAD = 2  # the first sentences of a body


@cache
def cue_lexicon() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First stem -> ((stems of the cue, group), ...), longest cues first."""
    entries: list[tuple[tuple[str, ...], str]] = []

    def add(phrase: str, group: str) -> None:
        stems = tuple(tokens(phrase))
        if stems:
            entries.append((stems, group))

    for cue, label in word_table("stance_cues.en.txt").items():
        if not label.startswith("contrast") and cue != "call":  # "call" needs its object (CALL_FALSE)
            add(cue, "refute")
    for word in word_list("stance_false_words.en.txt"):
        add(word, "refute")
    for cue in word_table("hedge_cues.en.txt"):
        if " " not in cue:  # the multi-word hedges are written as lemmas ("be say to")
            add(cue, "hedge")
    for cue in word_list("reporting_cues.en.txt"):
        add(cue, "report")
    for line in CUES_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            cue, _, group = line.partition("\t")
            add(cue.strip(), group.strip())
    for neg in NEGATIONS:
        add(neg, "neg")
    table: dict[str, list] = {}
    seen = set()
    for stems, group in entries:
        if (stems, group) not in seen:
            seen.add((stems, group))
            table.setdefault(stems[0], []).append((stems, group))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


def cue_hits(toks: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, group) of each cue in a token list."""
    lex = cue_lexicon()
    out = []
    for i, t in enumerate(toks):
        for stems, group in lex.get(t, ()):
            if tuple(toks[i : i + len(stems)]) == stems:
                out.append((i, i + len(stems), group))
    return out


@dataclass(frozen=True)
class Idf:
    """Inverse document frequencies of stems, learned on the training bodies and headlines."""

    table: dict[str, float]
    default: float

    def __call__(self, stem_: str) -> float:
        return self.table.get(stem_, self.default)


def tfidf(toks: list[str], idf: Idf) -> dict[str, float]:
    counts: dict[str, int] = {}
    for t in toks:
        counts[t] = counts.get(t, 0) + 1
    return {t: (1.0 + math.log(c)) * idf(t) for t, c in counts.items()}


def cosine(a: dict[str, float], b: dict[str, float], nb: float) -> float:
    if not a or not nb:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    return dot / (na * nb) if na else 0.0


def body_vectors(body: Body, idf: Idf) -> dict:
    """Per-body TF-IDF vectors (the body's and each sentence's) and cue hits, cached on ``body.extra``."""
    cached = body.extra.get("vectors")
    if cached is None:
        vec = tfidf(body.tokens, idf)
        sents = []
        for s in body.sentences:
            v = tfidf(s.tokens, idf)
            sents.append((v, math.sqrt(sum(x * x for x in v.values())), cue_hits(s.tokens)))
        lead = tfidf([t for s in body.sentences[:LEAD] for t in s.tokens], idf)
        bigrams = frozenset(zip(body.tokens, body.tokens[1:]))
        cached = {
            "vec": vec, "norm": math.sqrt(sum(x * x for x in vec.values())), "sents": sents,
            "lead": lead, "lead_norm": math.sqrt(sum(x * x for x in lead.values())), "bigrams": bigrams,
        }
        body.extra["vectors"] = cached
    return cached


@dataclass
class Headline:
    text: str
    tokens: list[str]
    content: list[str]  # distinct stems, rarest first
    numbers: frozenset[float]
    names: frozenset[str]
    grams: frozenset[str]
    vec: dict[str, float]
    hits: list[tuple[int, int, str]]


def read_headline(text: str, idf: Idf) -> Headline:
    toks = tokens(text)
    content = sorted({t for t in toks if idf(t) >= 1.5}, key=lambda t: -idf(t))
    return Headline(text, toks, content, numbers(text), names(text), char_grams(text), tfidf(toks, idf), cue_hits(toks))


FEATURES = (
    # relatedness
    "cos_body", "cos_sent_max", "cos_sent_top", "cos_lead", "cover_idf", "cover_lead_idf", "cover_top_sent",
    "cover_words", "cover_bigrams", "cover_grams", "missing_idf_max", "n_head_numbers", "shared_numbers",
    "share_numbers", "n_head_names", "share_names", "head_len", "body_len_log", "n_sents_log",
    # the headline's own voice
    "head_refute", "head_hedge", "head_report", "head_agree", "head_neg", "head_question",
    # stance evidence: whole body (per sentence), the lead, the top sentences, weighted by relevance
    *(f"body_{g}" for g in GROUPS),
    *(f"lead_{g}" for g in GROUPS),
    *(f"top_{g}" for g in GROUPS),
    *(f"wtop_{g}" for g in GROUPS),
    "neg_near_head", "refute_near_head", "first_refute_pos", "first_hedge_pos", "body_question",
    # the relevance of the sentence closest to the headline that carries each cue group
    *(f"maxrel_{g}" for g in GROUPS), "maxrel_neg_near_head",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


def sentence_relevance(head: Headline, body: Body, idf: Idf) -> list[float]:
    """TF-IDF cosine of the headline with each body sentence."""
    bv = body_vectors(body, idf)
    return [cosine(head.vec, v, n) for v, n, _ in bv["sents"]]


def pair_features(head: Headline, body: Body, idf: Idf) -> tuple[np.ndarray, list[float]]:
    """The feature vector of a pair, and the relevance of each body sentence to the headline."""
    bv = body_vectors(body, idf)
    f = np.zeros(len(FEATURES), dtype=np.float32)
    rel = [cosine(head.vec, v, n) for v, n, _ in bv["sents"]]
    order = sorted(range(len(rel)), key=lambda i: -rel[i])
    top = order[:TOP]
    f[INDEX["cos_body"]] = cosine(head.vec, bv["vec"], bv["norm"])
    f[INDEX["cos_sent_max"]] = rel[order[0]] if rel else 0.0
    f[INDEX["cos_sent_top"]] = sum(rel[i] for i in top) / TOP if rel else 0.0
    f[INDEX["cos_lead"]] = cosine(head.vec, bv["lead"], bv["lead_norm"])
    content = head.content
    total = sum(idf(t) for t in content) or 1.0
    f[INDEX["cover_idf"]] = sum(idf(t) for t in content if t in body.token_set) / total
    f[INDEX["cover_lead_idf"]] = sum(idf(t) for t in content if t in bv["lead"]) / total
    if top:
        best = bv["sents"][top[0]][0]
        f[INDEX["cover_top_sent"]] = sum(idf(t) for t in content if t in best) / total
    f[INDEX["cover_words"]] = sum(t in body.token_set for t in content) / max(1, len(content))
    hb = list(zip(head.tokens, head.tokens[1:]))
    f[INDEX["cover_bigrams"]] = sum(b in bv["bigrams"] for b in hb) / max(1, len(hb))
    f[INDEX["cover_grams"]] = len(head.grams & body.grams) / max(1, len(head.grams))
    missing = [idf(t) for t in content if t not in body.token_set]
    f[INDEX["missing_idf_max"]] = max(missing) if missing else 0.0
    shared = len(head.numbers & body.numbers)
    f[INDEX["n_head_numbers"]] = len(head.numbers)
    f[INDEX["shared_numbers"]] = shared
    f[INDEX["share_numbers"]] = shared / len(head.numbers) if head.numbers else -1.0
    f[INDEX["n_head_names"]] = len(head.names)
    f[INDEX["share_names"]] = len(head.names & body.names) / len(head.names) if head.names else -1.0
    f[INDEX["head_len"]] = len(head.tokens)
    f[INDEX["body_len_log"]] = math.log1p(len(body.tokens))
    f[INDEX["n_sents_log"]] = math.log1p(len(body.sentences))
    for _, _, g in head.hits:
        f[INDEX[f"head_{g}"]] += 1
    f[INDEX["head_question"]] = float("?" in head.text)
    n = max(1, len(body.sentences))
    head_set = set(content)
    near_neg = near_refute = 0
    first = {"refute": -1.0, "hedge": -1.0}
    wsum = sum(rel[i] for i in top) or 1.0
    for i, (_, _, hits) in enumerate(bv["sents"]):
        groups = {g for _, _, g in hits}
        for g in groups:
            j = INDEX[f"maxrel_{g}"]
            f[j] = max(f[j], rel[i])
            f[INDEX[f"body_{g}"]] += 1.0 / n
            if i < LEAD:
                f[INDEX[f"lead_{g}"]] += 1.0
            if i in top:
                f[INDEX[f"top_{g}"]] += 1.0
                f[INDEX[f"wtop_{g}"]] += rel[i] / wsum
            if g in first and first[g] < 0:
                first[g] = i / n
        if ("neg" in groups or "refute" in groups) and head_set:
            stoks = body.sentences[i].tokens
            for a, b, g in hits:
                if g in ("neg", "refute") and head_set.intersection(stoks[max(0, a - 4) : b + 4]):
                    if g == "neg":
                        near_neg += 1
                        j = INDEX["maxrel_neg_near_head"]
                        f[j] = max(f[j], rel[i])
                    else:
                        near_refute += 1
    f[INDEX["neg_near_head"]] = near_neg / n
    f[INDEX["refute_near_head"]] = near_refute / n
    f[INDEX["first_refute_pos"]] = first["refute"]
    f[INDEX["first_hedge_pos"]] = first["hedge"]
    f[INDEX["body_question"]] = body.text.count("?") / n
    return f, rel


def lexical_terms(head: Headline, body: Body, rel: list[float], headline_terms: bool = True) -> list[str]:
    """The terms the lexical stance model reads: stems, word pairs and cue groups of the top sentences and
    the lead (``cue_near:`` when the cue stands within 4 words of a headline word), the headline's cue
    groups (``hcue:``) and, with ``headline_terms``, the headline's stems (``h:``)."""
    order = sorted(range(len(rel)), key=lambda i: -rel[i])[:TOP]
    picked = sorted(set(order) | set(range(min(LEAD, len(body.sentences)))))
    terms = set()
    head_set = set(head.content)
    sents = body.extra["vectors"]["sents"]  # set by pair_features
    for i in picked:
        stoks = body.sentences[i].tokens
        terms.update(stoks)
        terms.update(f"{a}_{b}" for a, b in zip(stoks, stoks[1:]))
        for a, b, g in sents[i][2]:
            terms.add(f"cue:{g}")
            if head_set.intersection(stoks[max(0, a - 4) : b + 4]):
                terms.add(f"cue_near:{g}")
    terms.update(f"hcue:{g}" for _, _, g in head.hits)
    if headline_terms:
        terms.update(f"h:{t}" for t in head.tokens)
    return sorted(terms)
