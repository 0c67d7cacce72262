"""ClaimReview JSON-LD: one per check-worthy claim, ratings only as drafts from findings."""

from __future__ import annotations

import json

from claimscope import model
from claimscope.render import render
from claimscope.render.claimreview import to_claimreview
from tests.render.sample import sample_report


def _by_text(reviews):
    return {r["claimReviewed"]: r for r in reviews}


def test_claimreview_one_per_check_worthy_claim():
    report = sample_report()
    # "The bridge was closed in 2021." is check-worthy only through its date
    assert len(to_claimreview(report)) == len(report.claims)
    report.times = [t for t in report.times if t.claim != "c6"]
    reviews = to_claimreview(report)
    assert "The bridge was closed in 2021." not in _by_text(reviews)
    assert len(reviews) == len(report.claims) - 1


def test_claimreview_item_reviewed_names_source_article_and_date():
    report = sample_report()
    r = _by_text(to_claimreview(report))["only 12 people died"]
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Russia's defence ministry"}
    assert item["appearance"]["url"] == "https://example.org/news/1"
    assert item["datePublished"] == "2022-03-10"


def test_claimreview_author_is_a_person_or_an_organization():
    for r in to_claimreview(sample_report()):
        author = r["itemReviewed"].get("author")
        assert author is None or author["@type"] in ("Person", "Organization")
    anonymous = _by_text(to_claimreview(sample_report()))["the death toll may be as high as 300"]["itemReviewed"]["author"]
    assert anonymous == {"@type": "Person", "name": "a regional governor", "description": "anonymous source"}


def test_claimreview_pronoun_author_is_its_antecedent():
    report = sample_report()
    a = report.attributions[0]
    report.attributions[0] = a.model_copy(update={"source_type": "pronoun", "antecedent": model.Span(start=0, end=9, text="Officials")})
    r = _by_text(to_claimreview(report))["at least 120 civilians had been killed"]
    assert r["itemReviewed"]["author"]["name"] == "Officials"


def test_claimreview_rating_only_from_findings_and_never_a_value():
    reviews = _by_text(to_claimreview(sample_report()))
    assert "reviewRating" not in reviews["The bridge was closed in 2021."]
    conflict = reviews["only 12 people died"]["reviewRating"]
    assert conflict["alternateName"] == "Draft: conflict"
    assert "same measure and entity; ranges do not overlap" in conflict["ratingExplanation"]  # names the method
    spatial = reviews["saw convoys south of Melitopol, in the town of Kyrylivka"]["reviewRating"]
    assert spatial["alternateName"] == "Draft: inconsistent"
    assert "pyproj.Geod" in spatial["ratingExplanation"]
    text = json.dumps(list(reviews.values()))
    assert "ratingValue" not in text and "bestRating" not in text
    assert all(r["creativeWorkStatus"] == "Draft" for r in reviews.values())


def test_claimreview_format_is_json_text():
    out = json.loads(render(sample_report(), "claimreview"))
    assert isinstance(out, list) and out[0]["@type"] == "ClaimReview"
