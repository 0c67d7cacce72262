"""The NumPy forward pass of all-MiniLM-L6-v2 gives sentence-transformers' vectors (claims search uses it)."""

from __future__ import annotations

import sys

import numpy as np

from claimscope.store.encoder import embed_numpy
from claimscope.store.vectors import embed


def test_numpy_encoder_matches_sentence_transformers():
    texts = ["Kremlin denies killing civilians",
             "Ukraine's military said that 14,000 Russian troops had been killed since February 24.",
             "word " * 400]  # past the 256-token limit: truncated alike
    ours, theirs = embed_numpy(texts), embed(texts)
    assert ours.shape == theirs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert (ours * theirs).sum(1).min() > 0.9999


def test_search_text_does_not_load_torch(tmp_path):
    """A search embeds its query with NumPy: sentence-transformers (and torch) stay unloaded."""
    import subprocess

    code = ("import sys; from claimscope.store import Store; from claimscope.store.vectors import search_text; "
            f"s = Store('sqlite:///{tmp_path / 'x.db'}', init=True); search_text(s, 'troops killed'); "
            "print('sentence_transformers' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
