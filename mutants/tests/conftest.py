"""Shared fixtures: the bundled founding example and one pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "belarus-bodies.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from claimscope.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def example_report(nlp, example_text):
    import claimscope

    return claimscope.analyze(example_text, published="2022-03-20", id="belarus-bodies", nlp=nlp)


def find_span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``needle`` in ``text`` (tests state spans by their text)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def base_parse(nlp, text: str):
    """The base spaCy parse only, without claimscope's components (for unit tests of one component)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("claimscope"):
            doc = proc(doc)
    return doc
