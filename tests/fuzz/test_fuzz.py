"""Hostile input never crashes claimscope (issue 12).

Whatever an article holds, ``analyze`` returns a Report or raises a
ClaimscopeError (never another exception), every span's text is
``report.text[start:end]``, the report serialises to JSON, and a batch yields
one result per input line.  Hypothesis explores generated inputs in a bounded
time (``max_examples``); ``tests/data/fuzz_corpus.jsonl`` keeps the nastiest
cases found so far, each run every time.  ``bench/fuzz.py`` runs thousands.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import claimscope
from claimscope import model
from claimscope.core import analyze_many
from claimscope.errors import ClaimscopeError
from claimscope.inputs import iter_jsonl

from tests.fuzz.strategies import JSONL_LINES, articles

CORPUS = Path(__file__).resolve().parents[1] / "data" / "fuzz_corpus.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
BOUNDED = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def spans_of(obj):
    """Every ``{start, end, text}`` dict in a report dict."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(obj.get("text"), str):
            yield obj
        for value in obj.values():
            yield from spans_of(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans_of(value)


def assert_sound(report: model.Report) -> None:
    data = json.loads(report.to_json())
    text = data["text"]
    for span in spans_of({k: v for k, v in data.items() if k != "text"}):
        assert text[span["start"] : span["end"]] == span["text"], span
    report.text.encode("utf-8")


def analyze_or_coded_error(nlp, article: dict):
    try:
        report = claimscope.analyze(nlp=nlp, **article)
    except ClaimscopeError as err:
        json.dumps(err.to_record())
        err.message.encode("utf-8")
        return err
    assert_sound(report)
    return report


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_fuzz_corpus_case_is_a_report_or_a_coded_error(nlp, case):
    start = time.thread_time()
    analyze_or_coded_error(nlp, case["article"])
    assert time.thread_time() - start < 60  # these took up to 160 s before (issue 12)


def test_fuzz_corpus_as_one_batch_loses_no_record(nlp, tmp_path):
    path = tmp_path / "corpus.jsonl"
    junk = ["{not json", "[1, 2]", "17", "null", "[" * 20_000, '{"text": 5}']
    lines = [json.dumps(c["article"]) for c in CASES] + junk
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(analyze_many(iter_jsonl(path), nlp=nlp))
    assert len(results) == len(lines)
    for r in results:
        json.loads(r.model_dump_json(by_alias=True))


def test_fuzz_run_on_text_costs_linear_time(nlp):
    """4x the text, about 4x the CPU: quadratic would be 16x (it was 20x, issue 12)."""

    def cpu(text):
        start = time.thread_time()
        claimscope.analyze(text, nlp=nlp)
        return time.thread_time() - start

    cpu("He said that " * 50)  # warm up
    small, large = cpu("He said that " * 300), cpu("He said that " * 1200)
    assert large / small < 8, (small, large)


@BOUNDED
@given(article=articles())
def test_fuzz_generated_articles(nlp, article):
    analyze_or_coded_error(nlp, article)


@BOUNDED
@given(lines=JSONL_LINES.map(lambda x: x if isinstance(x, str) else json.dumps(x)).filter(lambda s: s.strip()).flatmap(
    lambda first: JSONL_LINES.map(lambda x: x if isinstance(x, str) else json.dumps(x)).map(lambda second: [first, second])
))
def test_fuzz_generated_batches_lose_no_record(nlp, tmp_path_factory, lines):
    lines = [line for line in lines if line.strip()]
    path = tmp_path_factory.mktemp("fuzz") / "b.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    results = list(analyze_many(iter_jsonl(path), nlp=nlp))
    assert len(results) == len(lines)
    for r in results:
        json.loads(r.model_dump_json(by_alias=True))
