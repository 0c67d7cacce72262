"""Tests of the GeoWebNews evaluation on a tiny corpus written by hand."""

from __future__ import annotations

import math

import pytest

from claimscope.evaluate.geoparsing import auc_log_error, overlap_matches, prf, read_corpus, run

TEXT = "Passengers at the train station in Mazyr, Belarus, were shocked. Citizens of Qwertyville said so."


def _toponym(text, name, ttype, gid, lat, lon, occurrence=0, modifier=""):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return f"""
      <toponym><extractedName>{name}</extractedName><normalisedName/><type>{ttype}</type>
        <modifierType>{modifier}</modifierType><nonLocational>No</nonLocational>
        <start>{start}</start><end>{start + len(name)}</end>
        <geonamesID>{gid}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>"""


@pytest.fixture
def corpus(tmp_path):
    tops = "".join(
        [
            _toponym(TEXT, "Mazyr", "Literal", 625324, 52.05, 29.25),
            _toponym(TEXT, "Belarus", "Literal", 630336, 53.0, 28.0),
            _toponym(TEXT, "Qwertyville", "Literal", 999999999, 10.0, 10.0),
        ]
    )
    noise = f"""<toponym><extractedName>Citizens</extractedName><type>Non_Lit_Expression</type><modifierType/>
        <nonLocational>Yes</nonLocational><start>{TEXT.index('Citizens')}</start><end>{TEXT.index('Citizens') + 8}</end>
        <geonamesID/><latitude/><longitude/></toponym>"""
    xml = f"""<?xml version="1.0" ?><articles><article file="0"><title>t</title><link>l</link>
      <text>{TEXT}</text><toponyms>{tops}{noise}</toponyms></article></articles>"""
    path = tmp_path / "gwn.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_evaluate_geoparsing_reads_corpus(corpus):
    (article,) = read_corpus(corpus)
    assert [g.text for g in article.toponyms] == ["Mazyr", "Belarus", "Qwertyville"]  # the expression is dropped


def test_evaluate_geoparsing_gold_spans(corpus):
    m = run(corpus, gold_spans=True)
    assert m["toponyms"] == 3
    assert m["exact_id"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["accuracy_161km"] == pytest.approx(2 / 3, abs=1e-3)
    # Qwertyville is in no gazetteer: it stays unresolved (the maximal error).
    assert m["unresolved"] == pytest.approx(1 / 3, abs=1e-3)
    assert m["approximate"] == 0
    assert m["accuracy_161km_without_approximate"] == pytest.approx(2 / 3, abs=1e-3)
    assert 0 < m["auc"] < 1


def test_evaluate_geoparsing_metrics():
    assert overlap_matches([(0, 5), (10, 12)], [(2, 4), (3, 5), (20, 30)]) == 1
    assert prf(1, 2, 4) == {"precision": 0.5, "recall": 0.25, "f1": round(2 * 0.5 * 0.25 / 0.75, 4)}
    assert auc_log_error([0.0, 0.0, 0.0]) == 0.0
    assert auc_log_error([20039.0, 20039.0]) == pytest.approx(math.log(20040) / math.log(20039), rel=1e-6)


@pytest.mark.model
def test_evaluate_geoparsing_recognition(corpus):
    m = run(corpus)
    assert m["gold_toponyms"] == 3
    assert m["recall"] >= 2 / 3 - 1e-6 and m["precision"] > 0.5
