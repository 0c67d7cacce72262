"""Which claims are worth checking first: a 0-1 check-worthiness score (pure, numpy only).

The model is a logistic regression over

* the sentence's TF-IDF (words and word pairs, sublinear term frequency, l2
  norm; the vocabulary and idf ship with the weights), and
* claimscope's own signals, read from the text with claimscope's word lists
  and number reader: a number (digits or number words), a unit or a
  percentage, a measured event ("killed", "jobs"...), a capitalised name, a
  reporting cue ("said", "according to"), a source noun, a comparative or
  superlative, a prediction ("will", "going to"), a hedge, a question, a
  greeting or thanks, a first-person opinion ("I think"), and the length.

It is trained on the 19 CLEF 2019 CheckThat! task 1 transcripts
(``training/train_checkworthiness.py``, leave-one-transcript-out), and ships
as ``claimscope/models/triage/checkworthiness.json``.  In a report, the
claim's own quantities, sources and epistemic status (when present) take the
place of the text's guesses (:func:`report_signals`).
"""

from __future__ import annotations

import csv
import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from claimscope.domain.numbers import NUMBER_WORDS, ORDINALS
from claimscope.lexicon import word_list, word_table
from claimscope.triage.text import capitalised
from claimscope.vocab import NAMED

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "triage" / "checkworthiness.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")
WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*|%|\$|\?|!")

SIGNALS = (
    "number", "number_count", "unit", "measure", "name", "reporting", "source_noun", "comparative", "superlative",
    "prediction", "hedged", "question", "greeting", "opinion", "year", "log_length", "short",
)
COMPARATIVE = re.compile(r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse|than|double[ds]?|tripled?|half|increase[ds]?|decrease[ds]?|rose|fell|grew|dropped|cut)\b")
SUPERLATIVE = re.compile(r"\b(?:most|least|highest|lowest|largest|biggest|smallest|best|worst|record|ever|first|only|every|never|all)\b")
PREDICTION = re.compile(r"\b(?:will|won't|going to|gonna|would|plan(?:s|ned)? to|expect(?:s|ed)?)\b")
GREETING = re.compile(r"\b(?:thank(?:s| you)|good (?:evening|morning|night|afternoon)|welcome|hello|applause|laughter|congratulations|god bless|ladies and gentlemen)\b")
OPINION = re.compile(r"\bi (?:think|believe|feel|hope|guess|want|love|like|say)\b|\bin my (?:opinion|view)\b")
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
NUMBER_DIGITS = re.compile(r"\d")


@cache
def _cues() -> dict[str, re.Pattern]:
    """claimscope's word lists as patterns over lower-cased raw text (a cue's words may take an inflection)."""

    def pattern(entries) -> re.Pattern:
        alts = sorted({e.strip().lower() for e in entries if e.strip()}, key=len, reverse=True)
        parts = [r"\s+".join(re.escape(w) + r"(?:s|es|ed|d|ing)?" for w in a.split()) for a in alts]
        return re.compile(r"(?<![\w%$])(?:" + "|".join(parts) + r")(?![\w])")

    units = [u for u in word_table("units.en.txt") if u not in ("%",)]
    return {
        "unit": pattern(units),
        "measure": pattern(word_table("measures.en.txt")),
        "reporting": pattern(list(word_list("reporting_cues.en.txt")) + ["according to"]),
        "source_noun": pattern(word_table("source_nouns.en.txt")),
        "hedged": pattern(word_table("hedge_cues.en.txt")),
    }


def text_signals(text: str) -> dict[str, float]:
    """claimscope's signals read from a sentence's text alone."""
    low = (text or "").lower()
    words = WORDS.findall(low)
    n_numbers = sum(1 for w in words if NUMBER_DIGITS.match(w) or w in NUMBER_WORDS or w in ORDINALS)
    cues = _cues()
    return {
        "number": float(n_numbers > 0),
        "number_count": float(min(n_numbers, 4)),
        "unit": float("%" in low or "$" in low or bool(cues["unit"].search(low))),
        "measure": float(bool(cues["measure"].search(low))),
        "name": float(min(len(capitalised(text or "")), 4)),
        "reporting": float(bool(cues["reporting"].search(low))),
        "source_noun": float(bool(cues["source_noun"].search(low))),
        "comparative": float(bool(COMPARATIVE.search(low))),
        "superlative": float(bool(SUPERLATIVE.search(low))),
        "prediction": float(bool(PREDICTION.search(low))),
        "hedged": float(bool(cues["hedged"].search(low))),
        "question": float(low.rstrip().endswith("?")),
        "greeting": float(bool(GREETING.search(low))),
        "opinion": float(bool(OPINION.search(low))),
        "year": float(bool(YEAR.search(low))),
        "log_length": math.log1p(len(words)),
        "short": float(len(words) < 6),
    }


def analyzer(text: str) -> list[str]:
    """TF-IDF terms: scikit-learn's default tokens (two or more word characters), lower-cased, plus word pairs."""
    toks = TOKEN.findall((text or "").lower())
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def tfidf(texts: Sequence[str], vocab: dict[str, int], idf: np.ndarray) -> np.ndarray:
    """Dense sublinear-tf x idf rows, l2-normalised (what scikit-learn's TfidfVectorizer computes)."""
    out = np.zeros((len(texts), len(vocab)), dtype=np.float64)
    for i, text in enumerate(texts):
        counts: dict[int, int] = {}
        for term in analyzer(text):
            j = vocab.get(term)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            out[i, j] = (1.0 + math.log(c)) * idf[j]
        norm = np.linalg.norm(out[i])
        if norm > 0:
            out[i] /= norm
    return out


def signal_matrix(texts: Sequence[str], signals: Optional[Sequence[dict]] = None) -> np.ndarray:
    rows = []
    for i, text in enumerate(texts):
        sig = text_signals(text)
        if signals is not None and signals[i]:
            sig.update(signals[i])
        rows.append([sig[name] for name in SIGNALS])
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(SIGNALS))


class CheckworthinessModel:
    """The shipped weights and their numpy inference."""

    def __init__(self, weights: dict):
        self.weights = weights
        self.vocab = {t: i for i, t in enumerate(weights["vocab"])}
        self.idf = np.asarray(weights["idf"], dtype=np.float64)
        self.coef_text = np.asarray(weights["coef_text"], dtype=np.float64)
        self.coef_signals = np.asarray(weights["coef_signals"], dtype=np.float64)
        self.mean = np.asarray(weights["signal_mean"], dtype=np.float64)
        self.scale = np.asarray(weights["signal_scale"], dtype=np.float64)
        self.intercept = float(weights["intercept"])

    def _text_logit(self, text: str) -> float:
        """One row of ``tfidf(...) @ coef_text`` from the row's few non-zero terms (no dense row of the vocabulary)."""
        counts: dict[int, int] = {}
        for term in analyzer(text):
            j = self.vocab.get(term)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return 0.0
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        w = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[idx]
        return float(w @ self.coef_text[idx] / np.linalg.norm(w))

    def scores(self, texts: Sequence[str], signals: Optional[Sequence[dict]] = None) -> np.ndarray:
        """One 0-1 score per text; ``signals`` (per text, may be empty) override the text's own signals."""
        if not texts:
            return np.zeros(0)
        logit = np.array([self._text_logit(text) for text in texts], dtype=np.float64)
        logit += ((signal_matrix(texts, signals) - self.mean) / self.scale) @ self.coef_signals + self.intercept
        return 1.0 / (1.0 + np.exp(-logit))


@cache
def load_model(path: Path = MODEL_PATH) -> CheckworthinessModel:
    return CheckworthinessModel(json.loads(Path(path).read_text(encoding="utf-8")))


def score_texts(texts: Sequence[str], model: Optional[CheckworthinessModel] = None) -> list[float]:
    return [float(s) for s in (model or load_model()).scores(list(texts))]


def report_signals(claim: dict, report: dict) -> dict[str, float]:
    """What the analysed report knows about a claim, as signals (a ``Report.to_dict()`` and one of its claims).

    Its quantities (numbers, units, measures), its attribution (a reporting cue; a named person or organisation
    counts as a name) and its epistemic status (hedged, alleged, estimated count as a hedge) replace the text's guesses.
    """
    sig: dict[str, float] = {}
    quantities = [q for q in report.get("quantities") or [] if q.get("claim") == claim.get("id")]
    if quantities:
        sig["number"] = 1.0
        sig["number_count"] = float(min(len(quantities), 4))
        if any(q.get("unit") for q in quantities):
            sig["unit"] = 1.0
        if any(q.get("measure") for q in quantities):
            sig["measure"] = 1.0
    attribution = next((a for a in report.get("attributions") or [] if a.get("id") == claim.get("attribution")), None)
    if attribution is not None:
        sig["reporting"] = 1.0
        if attribution.get("source_type") in NAMED:
            sig["name"] = max(1.0, float(min(len(capitalised(claim.get("text", ""))), 4)))
    if claim.get("epistemic") in ("hedged", "alleged", "estimated"):
        sig["hedged"] = 1.0
    return sig


def rank_claims(report: dict, model: Optional[CheckworthinessModel] = None) -> dict[str, float]:
    """A check-worthiness score for each claim of a report (``Report.to_dict()``), by claim id."""
    claims = report.get("claims") or []
    if not claims:
        return {}
    texts = [c.get("text", "") for c in claims]
    scores = (model or load_model()).scores(texts, [report_signals(c, report) for c in claims])
    return {str(c.get("id")): round(float(s), 4) for c, s in zip(claims, scores)}


# transcripts and metrics -----------------------------------------------------------------------------------------
def read_transcript(path: Path) -> list[dict]:
    """A CheckThat! 2019 task 1 file: ``line_number<TAB>speaker<TAB>text[<TAB>label]``, no header."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 3:
                raise ValueError(f"{path}:{n}: expected line_number<TAB>speaker<TAB>text[<TAB>label], got {len(row)} column(s)")
            label = row[3].strip() if len(row) > 3 and row[3].strip() in ("0", "1") else None
            rows.append({"line": row[0].strip(), "speaker": row[1].strip(), "text": row[2], "label": None if label is None else int(label)})
    return rows


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    order = np.argsort(-np.asarray(scores), kind="stable")
    hits, total = 0, 0.0
    for i, j in enumerate(order, 1):
        if labels[j]:
            hits += 1
            total += hits / i
    return total / hits if hits else 0.0


def r_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    r = int(sum(labels))
    if not r:
        return 0.0
    order = np.argsort(-np.asarray(scores), kind="stable")[:r]
    return float(sum(labels[j] for j in order)) / r


def precision_at(scores: Sequence[float], labels: Sequence[int], k: int = 10) -> float:
    order = np.argsort(-np.asarray(scores), kind="stable")[:k]
    return float(sum(labels[j] for j in order)) / k


def ranking_metrics(per_file: Sequence[tuple[Sequence[float], Sequence[int]]]) -> dict:
    """MAP (mean over files of average precision), mean R-precision and mean P@10, as CheckThat! 2019 reports them."""
    return {
        "map": float(np.mean([average_precision(s, y) for s, y in per_file])),
        "r_precision": float(np.mean([r_precision(s, y) for s, y in per_file])),
        "p@10": float(np.mean([precision_at(s, y, 10) for s, y in per_file])),
        "files": len(per_file),
    }
