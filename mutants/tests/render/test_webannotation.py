"""W3C Web Annotation JSON-LD: one annotation per span, two agreeing selectors."""

from __future__ import annotations

import json

from claimscope.render import render
from claimscope.render.webannotation import to_webannotation
from tests.render.sample import sample_report


def _n_spans(report) -> int:
    n = 0
    for a in report.attributions:
        n += (a.source is not None) + (a.antecedent is not None) + 1 + len(a.content)
    for c in report.claims:
        n += 1 + len(c.hedges) + len(c.evidence)
    return n + len(report.quantities) + len(report.places) + len(report.times)


def test_webannotation_one_per_span():
    report = sample_report()
    annos = to_webannotation(report)
    assert len(annos) == _n_spans(report)
    assert len({a["id"] for a in annos}) == len(annos)


def test_webannotation_selectors_agree_with_the_text():
    report = sample_report()
    text = report.text
    for anno in to_webannotation(report):
        assert anno["@context"] == "http://www.w3.org/ns/anno.jsonld" and anno["type"] == "Annotation"
        quote, pos = anno["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and pos["type"] == "TextPositionSelector"
        start, end = pos["start"], pos["end"]
        assert text[start:end] == quote["exact"]
        assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
        assert len(quote["prefix"]) == min(32, start)


def test_webannotation_bodies_tag_the_role_and_link_related_spans():
    annos = to_webannotation(sample_report())
    roles = [a["body"][0]["value"] for a in annos]
    assert {"source", "cue", "content", "claim", "hedge", "evidence", "figure", "place", "date"} <= set(roles)
    source = next(a for a in annos if a["body"][0]["value"] == "source")
    assert {"type": "TextualBody", "purpose": "tagging", "value": "a1"} in source["body"]
    assert source["target"]["source"] == "https://example.org/news/1"


def test_webannotation_without_url_targets_the_text_hash():
    report = sample_report()
    report.article.url = None
    anno = to_webannotation(report)[0]
    assert anno["target"]["source"] == "urn:sha256:" + report.article.sha256


def test_webannotation_format_is_json_text():
    out = json.loads(render(sample_report(), "webannotation"))
    assert out[0]["type"] == "Annotation"
