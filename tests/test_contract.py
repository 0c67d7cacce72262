"""The JSON contract: every span's offsets are true, the schema is published."""

import json

from claimscope.model import SCHEMA_VERSION, Report, json_schema


def _spans(obj):
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from _spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _spans(value)


def test_contract_every_span_is_true(example_report):
    data = json.loads(example_report.to_json())
    assert data["schema"] == SCHEMA_VERSION
    text = data["text"]
    spans = list(_spans({k: v for k, v in data.items() if k != "text"}))
    assert len(spans) > 20
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], span


def test_contract_round_trips(example_report):
    again = Report.model_validate_json(example_report.to_json())
    assert again == example_report


def test_contract_schema_names_every_section():
    schema = json_schema()
    for key in ("schema", "article", "sentences", "attributions", "claims", "quantities", "times", "places", "findings", "profile"):
        assert key in schema["properties"], key


def test_contract_sentences_cover_the_example(example_report):
    assert len(example_report.sentences) >= 21
    assert example_report.article.sha256 and len(example_report.article.sha256) == 64


def test_contract_every_vocabulary_is_defined_once_and_used():
    from typing import get_args

    from claimscope import cli, model, vocab
    from claimscope.render import RENDERERS

    assert tuple(RENDERERS) == vocab.REPORT_FORMATS == cli.FORMATS
    assert set(vocab.API_FORMATS) <= set(vocab.REPORT_FORMATS)
    assert get_args(model.Claim.model_fields["epistemic"].annotation) == vocab.EPISTEMIC
    assert vocab.WEAK <= set(vocab.EPISTEMIC) and "denied" in vocab.WEAK
    assert vocab.NAMED | vocab.UNNAMED <= set(vocab.SOURCE_TYPES)


def test_contract_pipeline_order_is_declared_and_checked():
    import pytest

    from claimscope.errors import ClaimscopeError
    from claimscope.pipeline import BASE_MODEL, build_nlp

    pytest.importorskip(BASE_MODEL)
    nlp = build_nlp(components=("claimscope_quotes", "claimscope_attribution", "claimscope_sources",
                                "claimscope_hedging", "claimscope_evidence", "claimscope_claims"))
    assert not any(nlp.analyze_pipes(pretty=False)["problems"].values())
    with pytest.raises(ClaimscopeError) as err:
        build_nlp(components=("claimscope_quotes", "claimscope_hedging", "claimscope_claims"))
    assert err.value.kind == "config" and "claimscope_claims requires doc._.attributions" in err.value.message
