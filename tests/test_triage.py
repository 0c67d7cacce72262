"""Triage: fact-check readers, retrieval, check-worthiness, their CLI commands and the store table.

The encoder is replaced by a bag-of-words hashing encoder (``fake_embed``) so these tests need no torch model;
the shipped re-ranker and check-worthiness weights are the real ones.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import claimscope.store.vectors as store_vectors
from claimscope.cli import app
from claimscope.triage import checkworthiness as cw
from claimscope.triage.factchecks import FactCheck, Failure, read_file, read_files, read_qrels, read_queries
from claimscope.triage.findings import check_first, previously_checked
from claimscope.triage.retrieval import BM25, FactcheckIndex, average_precision, retrieval_metrics
from claimscope.triage.text import capitalised, clean_query, numbers, sentences, tokens

DATA = Path(__file__).resolve().parent / "data" / "triage"
runner = CliRunner()


def fake_embed(texts, **_):
    """Unit vectors of hashed word counts: texts sharing words are close, as with a sentence encoder."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, text in enumerate(texts):
        for t in tokens(text):
            out[i, int(hashlib.md5(t.encode()).hexdigest(), 16) % 384] += 1.0
    out[:, 383] += 1e-3
    return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.fixture
def fake_encoder(monkeypatch, tmp_path):
    monkeypatch.setattr(store_vectors, "embed", fake_embed)
    monkeypatch.setenv("CLAIMSCOPE_CACHE", str(tmp_path / "cache"))


# readers -----------------------------------------------------------------------------------------------------------
def test_claimreview_single_object_is_read_with_rating_publisher_and_claimant():
    (check,) = list(read_file(DATA / "claimreview_single.json"))
    assert check.claim.startswith("Trains carried the bodies of 2,500")
    assert (check.rating, check.publisher, check.claimant) == ("Unproven", "Example Fact Check", "Ukrainska Pravda")
    assert check.id == check.url == "https://factcheck.example.org/2022/03/belarus-trains"
    assert check.date == "2022-03-21"


def test_claimreview_list_keeps_good_records_and_codes_the_bad_ones():
    items = list(read_file(DATA / "claimreview_list.jsonld"))
    checks = [i for i in items if isinstance(i, FactCheck)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [c.rating for c in checks] == ["False"]
    assert checks[0].date == "2021-05-02"  # a datetime keeps its date
    assert sorted(f.code for f in failures) == ["E303", "E304"]


def test_claimreview_graph_finds_the_review_among_other_nodes():
    (check,) = list(read_file(DATA / "claimreview_graph.json"))
    assert check.id == "https://verify.example.com/eiffel#review"
    assert check.publisher == "Verify Example" and check.rating == "Misleading"


def test_jsonl_bad_lines_are_failures_and_the_rest_goes_on():
    items = list(read_file(DATA / "factchecks.jsonl"))
    assert [i.id for i in items if isinstance(i, FactCheck)] == ["fc-1", "fc-2"]
    assert [i.code for i in items if isinstance(i, Failure)] == ["E302", "E303", "E307"]
    assert "factchecks.jsonl:3" in [i for i in items if isinstance(i, Failure)][0].where


def test_csv_and_checkthat_tsv():
    csv_items = list(read_file(DATA / "factchecks.csv"))
    assert csv_items[0].claim == "Hospitals in Homel discharged patients on March 1, 2022." and csv_items[0].rating == "Unproven"
    assert isinstance(csv_items[1], Failure) and csv_items[1].code == "E303"
    checks, failures = read_files([DATA / "vclaims.tsv"])
    assert not failures and [c.id for c in checks] == ["0", "1", "2", "3", "4"]
    assert checks[2].claim == 'A "law to separate families" was enacted before April 2018.'  # CSV quoting undone
    assert checks[0].title == "Was the Eiffel Tower Sold for Scrap?"


def test_unknown_suffix_and_missing_file_are_coded(tmp_path):
    (bad,) = list(read_file(tmp_path / "x.xml"))
    assert bad.code == "E301"
    p = tmp_path / "x.xml"
    p.write_text("<a/>")
    assert list(read_file(p))[0].code == "E305"


def test_queries_and_qrels():
    assert [q for q, _ in read_queries(DATA / "queries.tsv")] == ["10", "11", "12"]
    assert read_qrels(DATA / "qrels.tsv") == {"10": {"0"}, "11": {"1"}, "12": {"3"}}


# text --------------------------------------------------------------------------------------------------------------
def test_clean_query_drops_links_and_trailer_date_keeps_author():
    q = clean_query("Wow pic.twitter.com/abc https://t.co/x — Jane Doe (@janedoe) May 1, 2020")
    assert "http" not in q and "pic.twitter" not in q and "2020" not in q and "Jane Doe (janedoe)" in q


def test_numbers_names_sentences():
    assert numbers("over 14,000 of 3.5 million") == {"14000", "3.5"}
    assert "eiffel" in capitalised("They say the Eiffel Tower was sold.")
    assert "they" not in capitalised("They say the Eiffel Tower was sold.")  # a sentence start is not a name
    assert sentences("One two three four. Five six seven eight! Short.") == ["One two three four.", "Five six seven eight!"]


# retrieval ---------------------------------------------------------------------------------------------------------
def test_bm25_ranks_the_document_sharing_rare_terms_first():
    bm = BM25([tokens("the eiffel tower in paris"), tokens("a tower of london"), tokens("paris in spring")])
    scores = bm.scores(tokens("eiffel tower"))
    assert int(np.argmax(scores)) == 0 and scores[2] == 0


def test_average_precision_as_the_checkthat_scorer():
    assert average_precision(["a", "b"], {"a"}, 5) == 1.0
    assert average_precision(["x", "a"], {"a"}, 5) == 0.5
    assert average_precision(["x", "a"], {"a"}, 1) == 0.0
    m = retrieval_metrics({"q1": ["a"], "q2": ["x", "b"]}, {"q1": {"a"}, "q2": {"b"}})
    assert m["map@5"] == 0.75 and m["p@1"] == 0.5


def test_index_finds_the_fact_check_of_a_tweet():
    checks, _ = read_files([DATA / "vclaims.tsv"])
    index = FactcheckIndex(checks, embed=fake_embed)
    for qid, text in read_queries(DATA / "queries.tsv"):
        best = index.search(text, k=3)[0]
        assert best.check.id == {"10": "0", "11": "1", "12": "3"}[qid]
        assert 0.0 <= best.score <= 1.0


def test_previously_checked_findings_and_check_first():
    checks, _ = read_files([DATA / "vclaims.tsv"])
    index = FactcheckIndex(checks, embed=fake_embed)
    report = {"claims": [
        {"id": "c1", "text": "The Eiffel Tower was sold for scrap metal in 1925.", "epistemic": "reported"},
        {"id": "c2", "text": "Good evening.", "epistemic": "asserted"},
    ]}
    same, greeting = (index.search(c["text"], k=1)[0].confidence for c in report["claims"])
    assert same > greeting  # the confidence is absolute: a greeting's best candidate stays unlikely
    findings = previously_checked(report, index, min_confidence=(same + greeting) / 2)
    assert [f.claims for f in findings] == [["c1"]]
    assert findings[0].kind == "previously_checked" and findings[0].factchecks[0].claim.startswith("The Eiffel")
    assert check_first(report)[0][0] == "c1"


# check-worthiness --------------------------------------------------------------------------------------------------
def test_checkworthiness_ranks_a_figure_over_a_greeting_and_an_opinion():
    s = cw.score_texts([
        "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.",
        "Good evening and welcome to the debate.",
        "I think we can do better.",
    ])
    assert all(0.0 <= x <= 1.0 for x in s)
    assert s[0] > s[1] and s[0] > s[2]


def test_signals_follow_claimscope_word_lists():
    sig = cw.text_signals("According to officials, 14,000 soldiers were killed, more than last year?")
    assert sig["number"] == sig["measure"] == sig["reporting"] == sig["comparative"] == sig["question"] == 1.0
    assert cw.text_signals("Thank you so much.")["greeting"] == 1.0


def test_report_signals_use_quantities_attribution_and_status():
    report = {
        "claims": [{"id": "c1", "text": "the toll is high", "attribution": "a1", "epistemic": "estimated"}],
        "quantities": [{"claim": "c1", "unit": None, "measure": "killed"}],
        "attributions": [{"id": "a1", "source_type": "named_organization"}],
    }
    sig = cw.report_signals(report["claims"][0], report)
    assert sig["number"] == sig["measure"] == sig["reporting"] == sig["hedged"] == 1.0 and sig["name"] >= 1.0
    assert cw.rank_claims(report)["c1"] > cw.rank_claims({"claims": [{"id": "c1", "text": "the toll is high"}]})["c1"]


def test_transcript_metrics():
    rows = cw.read_transcript(DATA / "transcript.tsv")
    assert len(rows) == 8 and rows[2]["label"] == 1
    assert cw.average_precision([0.9, 0.1, 0.8], [1, 0, 1]) == 1.0
    assert cw.average_precision([0.1, 0.9], [1, 0]) == 0.5
    assert cw.r_precision([0.9, 0.8, 0.1], [0, 1, 1]) == 0.5


# CLI ---------------------------------------------------------------------------------------------------------------
def test_cli_evaluate_checkworthiness_writes_runs_and_metrics(tmp_path):
    res = runner.invoke(app, ["evaluate", "checkworthiness", str(DATA / "transcript.tsv"), "--run-dir", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "transcript.tsv").read_text().splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(i) for i in range(1, 9)]
    metrics = json.loads(res.stdout[res.stdout.index("{"):])
    assert metrics["files"] == 1 and metrics["map"] >= 0.5  # the three figures rank above the small talk


def test_cli_evaluate_factcheck_retrieval_writes_a_trec_run(tmp_path, fake_encoder):
    run = tmp_path / "run.tsv"
    res = runner.invoke(app, [
        "evaluate", "factcheck-retrieval", str(DATA / "queries.tsv"), str(DATA / "vclaims.tsv"),
        "--run", str(run), "--qrels", str(DATA / "qrels.tsv"), "--json",
    ])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in run.read_text().splitlines()]
    assert {r[0] for r in rows} == {"10", "11", "12"} and all(r[1] == "Q0" and r[5] == "claimscope" for r in rows)
    assert [r[3] for r in rows if r[0] == "10"] == ["1", "2", "3", "4", "5"]  # all 5 claims (fewer than 10 exist)
    assert json.loads(res.stdout[res.stdout.index("{"):])["map@5"] == 1.0


def test_cli_evaluate_missing_file_exits_2(tmp_path):
    res = runner.invoke(app, ["evaluate", "factcheck-retrieval", str(tmp_path / "nope.tsv"), str(DATA / "vclaims.tsv"), "--run", str(tmp_path / "r")])
    assert res.exit_code == 2


def test_cli_factchecks_import_is_idempotent_and_match_finds(tmp_path, fake_encoder):
    db = str(tmp_path / "fc.db")
    files = [str(DATA / n) for n in ("claimreview_single.json", "claimreview_graph.json", "factchecks.jsonl", "factchecks.csv")]
    first = runner.invoke(app, ["factchecks", "import", *files, "--db", db])
    assert first.exit_code == 0, first.output
    assert "5 added" in first.output and "4 failed" in first.output
    again = runner.invoke(app, ["factchecks", "import", *files, "--db", db])
    assert "0 added, 0 updated, 5 unchanged" in again.output
    res = runner.invoke(app, ["factchecks", "match", "Eiffel tower sold for scrap in 1925", "--db", db, "--json", "-k", "2"])
    assert res.exit_code == 0, res.output
    matches = json.loads(res.stdout)
    assert matches[0]["url"] == "https://verify.example.com/eiffel" and matches[0]["rating"] == "Misleading"


def test_cli_evaluate_checkworthiness_unlabelled_and_malformed(tmp_path):
    plain = tmp_path / "plain.tsv"
    plain.write_text("1\tA\tHello there.\n2\tB\tTaxes rose 40 percent in 2019.\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "checkworthiness", str(plain), "--run-dir", str(tmp_path / "runs")])
    assert res.exit_code == 0 and "map" not in res.stdout  # no labels, no metrics
    scores = [float(line.split("\t")[1]) for line in (tmp_path / "runs" / "plain.tsv").read_text().splitlines()]
    assert scores[1] > scores[0]
    bad = tmp_path / "bad.tsv"
    bad.write_text("just one column\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "checkworthiness", str(bad), "--run-dir", str(tmp_path / "runs")])
    assert res.exit_code == 2 and "expected line_number" in res.output


@pytest.mark.model
def test_founding_example_ranks_the_death_tolls_in_the_top_third(example_report):
    report = example_report.to_dict()
    order = [cid for cid, _ in check_first(report, n=len(report["claims"]))]
    texts = {c["id"]: c["text"] for c in report["claims"]}
    tolls = [cid for cid in order if "death toll" in texts[cid] or "have been killed" in texts[cid]]
    assert len(tolls) >= 3
    assert all(order.index(cid) < len(order) / 3 for cid in tolls)
