"""The cue model: a linear classifier over parse features deciding which tokens head a cue.

Trained on PolNeAR train by ``training/train_attribution.py`` (logistic
regression, see there) and shipped as ``claimscope/models/attribution/cue_model.json.gz``:
``{"version", "bias", "threshold", "weights": {feature: weight}}``.  Inference is
a sum of weights per token, in pure Python, so it costs a few percent of the
parse.  The same :func:`cue_features` serves training and inference.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Optional

import numpy
from spacy.tokens import Token

from claimscope.errors import ClaimscopeError

MODEL_DIR = "models/attribution"
MODEL_FILE = "cue_model.json.gz"
# Cue heads are verbs, nouns ("the claim that"), "according" and ":"; other
# parts of speech head under 3% of PolNeAR cues and are skipped for speed.
CANDIDATE_POS = {"VERB", "AUX", "NOUN", "ADP", "PUNCT"}
CANDIDATE_ADP = {"according", "per"}


HEADLINE_MAX_CHARS = 300


def headline_end(doc) -> int:
    """Token index where the article's first line ends when that line is a headline, else 0.

    A headline is a first line of at most 300 characters followed by a line
    break; its grammar differs from body text ("Sanders Vows To Eliminate Tax
    Breaks", "Pence: Flowers Won't Be at Debate"), so the cue model sees it as
    a feature.
    """
    for t in doc:
        if "\n" in t.text or "\n" in t.whitespace_:
            return t.i + (0 if "\n" in t.text else 1) if t.idx <= HEADLINE_MAX_CHARS else 0
    return 0


def cue_features(t: Token, cues: frozenset[str], in_quote: bool, in_headline: bool = False) -> list[str]:
    """Sparse binary features of token ``t`` as a cue head candidate."""
    doc = t.doc
    lem = t.lemma_.lower()
    head = t.head
    q = "Q" if in_quote else "-"
    f = [
        "b",
        f"l={lem}",
        f"w={t.lower_}",
        f"p={t.pos_}",
        f"t={t.tag_}",
        f"d={t.dep_}",
        f"lt={lem}|{t.tag_}",
        f"ld={lem}|{t.dep_}",
        f"hl={head.lemma_.lower()}",
        f"hd={head.dep_}",
        f"hp={head.pos_}",
        f"dhd={t.dep_}|{head.dep_}",
        f"lhl={lem}|{head.lemma_.lower()}",
        f"q={q}|{t.pos_}",
        f"ql={q}|{lem}",
    ]
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else "</s>"
    prv = doc[t.i - 1].lower_ if t.i > 0 else "<s>"
    f += [f"n={nxt}", f"pv={prv}", f"ln={lem}|{nxt}", f"lpv={lem}|{prv}"]
    hh = head.head
    f.append(f"path={t.dep_}|{head.dep_}|{hh.dep_}")
    f.append(f"hlist={head.lemma_.lower() in cues}|{t.dep_}")
    deps = set()
    for c in t.children:
        d = c.dep_
        deps.add(d)
        if d in ("nsubj", "nsubjpass"):
            f.append(f"subj={c.pos_}|{c.ent_type_ or '-'}")
            f.append(f"lsubj={lem}|{c.pos_}")
            f.append(f"lsubjent={lem}|{c.ent_type_ or c.pos_}")
            if c.pos_ == "PRON":
                f.append(f"subjw={c.lower_}")
        elif d in ("dobj", "pobj", "attr"):
            f.append(f"obj={d}|{c.pos_}|{c.ent_type_ or '-'}")
        elif d in ("ccomp", "xcomp"):
            mark = next((g.lower_ for g in c.children if g.dep_ in ("mark", "aux")), "-")
            f.append(f"lcomp={lem}|{d}|{mark}")
        elif d == "prep":
            f.append(f"lprep={lem}|{c.lower_}")
        elif d == "punct" and c.text in ':"“”':
            f.append(f"lpunct={lem}|{c.text}")
    for d in sorted(deps):
        f.append(f"cd={d}")
        f.append(f"lcd={lem}|{d}")
        f.append(f"pcd={t.pos_}|{d}")
    in_list = lem in cues or t.lower_ in cues
    if in_list:
        f.append("list")
        f.append(f"list|{t.dep_}")
        f.append(f"list|{t.pos_}")
        f.extend(f"list|cd={d}" for d in sorted(deps))
    if in_headline:
        f += ["hl", f"hl|{t.pos_}", f"hl|{t.dep_}", f"hl|list={in_list}", f"hl|l={lem}"]
    return f


def is_candidate(t: Token, cues: frozenset[str] = frozenset()) -> bool:
    """Verbs, nouns, "according", ":"; adjectives and headline-cased verbs (PROPN) in the cue list."""
    pos = t.pos_
    if pos not in CANDIDATE_POS:
        if pos not in ("ADJ", "PROPN") or not t.is_alpha:
            return False
        w = t.lower_
        return w in cues or t.lemma_.lower() in cues or w[:-1] in cues or w[:-2] in cues
    if pos == "PUNCT":
        return t.text == ":"
    if pos == "ADP":
        return t.lower_ in CANDIDATE_ADP
    return t.is_alpha


DENSE_WIDTH = 96  # en_core_web_sm's tok2vec width


def dense_matrix(doc):
    """The dense features of each token: its ``doc.tensor`` row (tokens x 96)."""
    return doc.tensor


@dataclass(frozen=True)
class CueModel:
    """Logistic regression: sparse binary features plus the token's ``doc.tensor`` row.

    ``dense`` weighs the pipeline's own contextual token vectors (the
    ``tok2vec`` output spaCy leaves in ``doc.tensor``), which lets the model
    generalize beyond the cue words it saw; it is empty for a sparse-only model
    and ignored when a Doc has no tensor of the right width.
    """

    version: str
    bias: float
    threshold: float
    weights: dict
    dense: tuple = ()
    headline: bool = False  # trained with the headline features of cue_features
    # A prior per lemma from its meaning: the weights the model learned on the
    # lemma's sentence-embedding (MiniLM) vector, collapsed to one number per
    # word of a fixed vocabulary, so that a stance verb seen rarely or never in
    # training ("flouts", "slams") scores like its near synonyms.
    lemma_scores: dict = field(default_factory=dict)

    def dense_scores(self, doc) -> Optional[list[float]]:
        """Per-token dense contribution, or None."""
        if not self.dense:
            return None
        tensor = getattr(doc, "tensor", None)
        if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc) or not len(doc):
            return None
        if tensor.shape[1] != len(self.dense):
            return None
        return (dense_matrix(doc) @ self._dense_array()).tolist()

    def _dense_array(self):
        arr = self.__dict__.get("_arr")
        if arr is None:
            arr = numpy.asarray(self.dense, dtype="float32")
            object.__setattr__(self, "_arr", arr)
        return arr

    def lemma_score(self, lemma: str) -> float:
        return self.lemma_scores.get(lemma, 0.0)

    def prob(self, feats: list[str], prior: float = 0.0) -> float:
        """P(cue) from sparse features plus ``prior``: the token's dense and lemma scores."""
        w = self.weights
        z = self.bias + prior
        for f in feats:
            z += w.get(f, 0.0)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"version": self.version, "bias": self.bias, "threshold": self.threshold, "weights": self.weights, "dense": list(self.dense),
                "headline": self.headline, "lemma_scores": self.lemma_scores}


def read_model(data: bytes) -> CueModel:
    obj = json.loads(gzip.decompress(data).decode("utf-8"))
    return CueModel(obj["version"], float(obj["bias"]), float(obj["threshold"]), obj["weights"], tuple(obj.get("dense", ())),
                    bool(obj.get("headline", False)), obj.get("lemma_scores", {}))


@cache
def load_model(name: str = MODEL_FILE) -> CueModel:
    """The shipped cue model.

    Raises:
        ClaimscopeError: kind ``config``, when the model file is missing or
            cannot be read as a model: attribution never falls back to rules
            silently (configure ``use_model = false`` for rules only).
    """
    where = f"claimscope/{MODEL_DIR}/{name}"
    try:
        data = resources.files("claimscope").joinpath(MODEL_DIR).joinpath(name).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError) as err:
        raise ClaimscopeError(
            "config",
            f"The attribution cue model {where} is missing ({type(err).__name__}); reinstall claimscope, "
            "or configure claimscope_attribution with use_model = false to find attributions by rules only.",
        ) from err
    try:
        return read_model(data)
    except (OSError, EOFError, ValueError, KeyError, TypeError) as err:  # gzip, JSON or a missing field
        raise ClaimscopeError(
            "config",
            f"The attribution cue model {where} is corrupt ({type(err).__name__}: {err}); reinstall claimscope, "
            "or configure claimscope_attribution with use_model = false to find attributions by rules only.",
        ) from err
