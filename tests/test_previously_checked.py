"""Known fact-checks on reports: ``previously_checked`` findings from the store, in every output (issue 16, part 1).

The store here holds the small fact-check files of ``tests/data/triage`` and ``factchecks_store.jsonl`` (145
hand-written fact-checks on other topics, fictional example.org publishers): 156 in all.  The match confidence
was fitted on a 10,375-claim collection and reads absolute BM25 scores, so in a store of a handful every match
stays below the 0.5 from which a claim is reported (docs/triage.md, Limits); with these 156, a news sentence
restating the Belarus-trains fact-check scores 0.59 (0.34 among the 11 of the small files).  The encoder is the
real all-MiniLM-L6-v2 in NumPy (``embed_numpy``, no torch; also used by tests/test_server.py): with the
bag-of-words hashing stand-in of tests/test_triage.py no restatement reaches 0.5 even among 1,000 fact-checks
(measured), so it could not show the wiring at the shipped threshold.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from typer.testing import CliRunner

import claimscope.store.vectors as store_vectors
from claimscope import model
from claimscope.store import Store
from claimscope.store import encoder as store_encoder
from claimscope.store import factchecks as known
from claimscope.triage.findings import MIN_CONFIDENCE, previously_checked
from tests.test_triage import DATA, fake_embed

runner = CliRunner()
FILES = ["claimreview_single.json", "claimreview_graph.json", "factchecks.jsonl", "factchecks.csv", "vclaims.tsv",
         "claimreview_list.jsonld", "factchecks_store.jsonl"]
TRAINS_URL = "https://factcheck.example.org/2022/03/belarus-trains"
RESTATED = "Around 2,500 Russian soldiers' bodies have already been returned to Russia by train through Belarus"
ARTICLE = f"{RESTATED}, Ukrainian media reported. Officials said 12 people died in Kherson on March 3."


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    """A sqlite store with the 156 fact-checks, embedded once for the module (about 300 texts)."""
    from claimscope.cli import app

    path = tmp_path_factory.mktemp("fc") / "template.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store_vectors, "embed", lambda texts, **_: store_encoder.embed_numpy(texts))
        res = runner.invoke(app, ["factchecks", "import", *[str(DATA / n) for n in FILES], "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "156 added" in res.output
    return path


@pytest.fixture
def fc_db(template_db, tmp_path, monkeypatch):
    """A fresh copy of the fact-check store; claims are embedded by the NumPy MiniLM, as the store embeds them."""
    monkeypatch.setattr(store_vectors, "embed", lambda texts, **_: store_encoder.embed_numpy(texts))
    path = tmp_path / "fc.db"
    shutil.copy(template_db, path)
    return path


def _pc(findings: list) -> list:
    return [f for f in findings if (f["kind"] if isinstance(f, dict) else f.kind) == "previously_checked"]


# contract --------------------------------------------------------------------------------------------------------
def test_contract_previously_checked_round_trips_and_other_findings_serialize_as_before():
    from claimscope import vocab

    assert "previously_checked" in vocab.FINDING_KINDS and "previously_checked" in vocab.Verdict.__args__
    ref = model.FactCheckRef(claim="Trains carried bodies.", rating="Unproven", url=TRAINS_URL, score=0.9, confidence=0.6)
    f = model.Finding(id="pc1", kind="previously_checked", verdict="previously_checked", summary="Checked before.", factchecks=[ref])
    assert model.Finding.model_validate_json(f.model_dump_json()) == f
    assert json.loads(f.model_dump_json())["factchecks"][0]["url"] == TRAINS_URL
    plain = model.Finding(id="f1", kind="figure_conflict", verdict="conflict", summary="Two tolls.")
    assert "factchecks" not in json.loads(plain.model_dump_json()) and "factchecks" not in plain.model_dump()
    assert model.Finding.model_validate(plain.model_dump()) == plain
    with pytest.raises(ValueError):
        model.FactCheckRef(claim="x", score=0.5, confidence=1.5)
    props = model.json_schema()["$defs"]["Finding"]["properties"]
    assert props["factchecks"]["items"]["$ref"].endswith("FactCheckRef")


# the pure function, at the shipped threshold ---------------------------------------------------------------------
def test_previously_checked_reuses_the_claim_vector_and_skips_taken_ids(fc_db):
    with Store(f"sqlite:///{fc_db}") as store:
        index = known.matcher(store).index()
    assert len(index) == 156
    calls = []
    index.embed = lambda texts: calls.append(list(texts)) or store_encoder.embed_numpy(texts)
    report = {"claims": [{"id": "c1", "text": RESTATED}, {"id": "c2", "text": "The weather in Kyiv was cold."}],
              "findings": [{"id": "pc1", "kind": "figure_conflict"}, {"id": "f1", "kind": "figure_conflict"}]}
    vectors = [store_vectors.to_blob(v) for v in store_encoder.embed_numpy([c["text"] for c in report["claims"]])]
    found = previously_checked(report, index, vectors=vectors)
    assert calls == []  # the stored claim vectors were used: no claim encoded again
    (f,) = found
    assert isinstance(f, model.Finding) and f.id == "pc2" and f.claims == ["c1"]  # pc1 is taken
    assert f.factchecks[0].url == TRAINS_URL and f.factchecks[0].rating == "Unproven"
    assert f.factchecks[0].confidence >= MIN_CONFIDENCE and "re-ranker" in f.because and f"{MIN_CONFIDENCE:.2f}" in f.because
    assert f.factchecks[0].publisher == "Example Fact Check" and f.factchecks[0].date == "2022-03-21"
    # without vectors the index's encoder embeds the claims, with the same result
    again = previously_checked(report, index)
    assert len(calls) == 2 and again[0].factchecks[0].url == TRAINS_URL
    assert abs(again[0].factchecks[0].confidence - f.factchecks[0].confidence) < 0.01


def test_previously_checked_on_an_empty_index_is_empty():
    from claimscope.triage.retrieval import FactcheckIndex

    assert previously_checked({"claims": [{"id": "c1", "text": RESTATED}]}, FactcheckIndex([], embed=fake_embed)) == []


# the store's matcher ---------------------------------------------------------------------------------------------
def test_store_without_factchecks_adds_nothing_and_builds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(store_encoder, "embed_numpy", lambda texts: pytest.fail("nothing to match: no encoding"))
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        report = {"claims": [{"id": "c1", "text": RESTATED}], "findings": [{"id": "f1", "kind": "figure_conflict"}]}
        before = json.dumps(report)
        assert known.annotate(store, report) is report and json.dumps(report) == before
        assert not known.has_factchecks(store) and known.matcher(store)._index is None
        assert known.matcher(store) is known.matcher(store)


def test_matcher_is_cached_and_rebuilt_when_the_table_changes(fc_db, tmp_path):
    from claimscope.triage.factchecks import FactCheck

    with Store(f"sqlite:///{fc_db}") as store:
        m = known.matcher(store)
        first = m.index()
        assert m.index() is first and len(first) == 156
        known.store_factchecks(store, [FactCheck(id="new-1", claim="A comet was seen over Lima at noon.")], store_encoder.embed_numpy)
        assert len(m.index()) == 157 and m.index() is not first


def test_annotate_is_idempotent(fc_db):
    with Store(f"sqlite:///{fc_db}") as store:
        report = {"claims": [{"id": "c1", "text": RESTATED}], "findings": []}
        once = json.dumps(known.annotate(store, report))
        assert json.dumps(known.annotate(store, report)) == once and len(_pc(report["findings"])) == 1


# renderers -------------------------------------------------------------------------------------------------------
def _with_hostile_finding() -> model.Report:
    from tests.render.sample import sample_report

    report = sample_report()
    refs = [
        model.FactCheckRef(claim="<script>alert(1)</script> bodies", title="T & <b>", rating="<i>False</i>", publisher="Pub <x>",
                           url="javascript:alert(1)", date="2022-03-21", score=0.9, confidence=0.61),
        model.FactCheckRef(claim="Trains carried the bodies.", rating="Unproven", publisher="Example Fact Check",
                           url=TRAINS_URL + "?a=1&b=<2>", score=0.5, confidence=0.55),
    ]
    report.findings.append(model.Finding(id="pc1", kind="previously_checked", verdict="previously_checked",
                                         summary="Checked before by Pub <x>.", claims=["c1"], because="matched", factchecks=refs))
    return report


def test_terminal_html_and_claimreview_show_the_fact_checks():
    from claimscope.render import render
    from claimscope.render.html import render_html
    from claimscope.render.terminal import render_text
    from tests.render.test_terminal import _rows

    report = _with_hostile_finding()
    out = render_text(report, width=160)
    rows = _rows(out, "Checked before")
    assert rows[0][0] == "c1" and rows[0][1] == "0.61" and rows[1][1] == "0.55" and rows[1][2] == "Unproven"
    assert "Example Fact Check" in rows[1][4] and TRAINS_URL in rows[1][4].replace(" ", "")
    assert "pc1" not in "".join(r[0] for r in _rows(out, "Findings"))  # not listed twice

    html = render_html(report)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html and "Pub &lt;x&gt;" in html
    assert f'href="{TRAINS_URL}?a=1&amp;b=&lt;2&gt;"' in html and "match confidence 0.55" in html

    reviews = json.loads(render(report, "claimreview"))
    (c1,) = [r for r in reviews if r["identifier"].split("#")[1].startswith("c1:")]
    cited = c1["citation"]
    assert [c["@type"] for c in cited] == ["ClaimReview", "ClaimReview"]
    assert cited[1]["url"].startswith(TRAINS_URL) and cited[1]["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert cited[1]["author"] == {"@type": "Organization", "name": "Example Fact Check"}
    assert "previously_checked" not in json.dumps(c1.get("reviewRating", {}))  # another's rating is cited, never drafted
    assert all("citation" not in r for r in reviews if r is not c1)


# callers: analyze --db, ingest, the web app ----------------------------------------------------------------------
@pytest.mark.model
def test_cli_analyze_with_a_store_carries_the_finding_in_every_format(nlp, fc_db, tmp_path):
    from claimscope.cli import app

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(fc_db)
    res = runner.invoke(app, ["analyze", str(article), "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    report = model.Report.model_validate_json(res.stdout)
    (f,) = _pc(report.findings)
    claim = next(c for c in report.claims if c.id == f.claims[0])
    assert "2,500 Russian soldiers" in claim.text and f.factchecks[0].url == TRAINS_URL
    assert len({x.id for x in report.findings}) == len(report.findings)
    plain = runner.invoke(app, ["analyze", str(article), "-f", "json"])
    assert not _pc(model.Report.model_validate_json(plain.stdout).findings)  # no store, no fact-checks

    term = runner.invoke(app, ["analyze", str(article), "--db", db], env={"COLUMNS": "200"})
    assert "Checked before" in term.stdout and "Unproven" in term.stdout and TRAINS_URL in term.stdout
    html = runner.invoke(app, ["analyze", str(article), "--db", db, "-f", "html", "-o", str(tmp_path / "r.html")])
    assert html.exit_code == 0 and f'href="{TRAINS_URL}"' in (tmp_path / "r.html").read_text(encoding="utf-8")
    reviews = json.loads(runner.invoke(app, ["analyze", str(article), "--db", db, "-f", "claimreview"]).stdout)
    cited = [c for r in reviews for c in r.get("citation", [])]
    assert cited and cited[0]["url"] == TRAINS_URL and cited[0]["reviewRating"]["alternateName"] == "Unproven"
    lines = tmp_path / "many.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": ARTICLE}) + "\n", encoding="utf-8")
    many = runner.invoke(app, ["analyze", str(lines), "--db", db, "-o", str(tmp_path / "out.jsonl")])
    assert many.exit_code == 0, many.output
    assert _pc(json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["findings"])  # a batch too


@pytest.mark.model
def test_ingest_attaches_the_finding_with_the_vectors_it_has(nlp, fc_db, monkeypatch):
    from claimscope.batch import ingest
    from claimscope.inputs import ArticleInput
    from claimscope.store import browse

    queries = []
    real = store_encoder.embed_numpy
    monkeypatch.setattr(store_encoder, "embed_numpy", lambda texts: queries.append(list(texts)) or real(texts))
    monkeypatch.setattr(store_vectors, "embed", lambda texts, **_: real(texts))  # the worker's claim vectors
    with Store(f"sqlite:///{fc_db}") as store:
        summary = ingest(items=[ArticleInput(id="trains", text=ARTICLE, published="2022-03-20")], store=store, workers=0)
        assert summary.added == 1
        report = browse.report(store, "trains")
    (f,) = _pc(report.findings)
    assert f.factchecks[0].url == TRAINS_URL and f.factchecks[0].confidence >= MIN_CONFIDENCE
    assert queries == []  # matched with the vectors ingest computed for the store: no claim encoded twice


@pytest.mark.model
def test_web_analyze_with_a_store_attaches_it_and_api_factchecks_matches(nlp, fc_db):
    from fastapi.testclient import TestClient

    from claimscope.server import create_app

    with TestClient(create_app(f"sqlite:///{fc_db}", nlp=nlp, workers=1)) as c:
        r = c.post("/api/analyze", json={"text": ARTICLE, "id": "web-trains", "published": "2022-03-20"})
        assert r.status_code == 200 and r.headers["X-Claimscope-Stored"] == "added"
        (f,) = _pc(r.json()["findings"])
        assert f["factchecks"][0]["url"] == TRAINS_URL
        stored = c.get("/api/articles/web-trains").json()  # saved with the finding
        assert _pc(stored["findings"])[0]["factchecks"][0]["rating"] == "Unproven"
        html = c.post("/api/analyze?format=html", json={"text": ARTICLE, "id": "web-trains"})
        assert f'href="{TRAINS_URL}"' in html.text
        batch = c.post("/api/analyze/batch", content=json.dumps({"id": "b1", "text": ARTICLE}) + "\n")
        assert _pc(json.loads(batch.text.splitlines()[0])["findings"])

        matches = c.get("/api/factchecks", params={"q": RESTATED, "k": 2}).json()
        assert len(matches) == 2 and matches[0]["url"] == TRAINS_URL
        assert set(matches[0]) == {"claim", "title", "rating", "publisher", "url", "date", "score", "confidence"}
        assert matches[0]["confidence"] >= matches[1]["confidence"] or matches[0]["score"] >= matches[1]["score"]
        assert c.get("/api/factchecks", params={"q": RESTATED, "min_confidence": 0.5}).json()[0]["url"] == TRAINS_URL
        for bad in ({"q": RESTATED, "k": 0}, {"k": 3}, {"q": RESTATED, "k": "many"}, {"q": "  "}):
            r = c.get("/api/factchecks", params=bad)
            assert r.status_code == 422 and set(r.json()["error"]) == {"kind", "message"}, bad


def test_web_without_a_store_adds_nothing_and_api_factchecks_is_404():
    from fastapi.testclient import TestClient

    from claimscope.server import create_app

    with TestClient(create_app(warm=False)) as c:
        r = c.get("/api/factchecks", params={"q": "anything"})
        assert r.status_code == 404 and r.json()["error"]["kind"] == "no_store"
        assert "/api/factchecks" in c.get("/openapi.json").json()["paths"]


def test_web_store_without_factchecks_leaves_the_report_as_analyzed(tmp_path, monkeypatch):
    from claimscope.web.analysis import checked_before

    calls = []
    monkeypatch.setattr(store_encoder, "embed_numpy", lambda texts: calls.append(texts) or np.zeros((len(texts), 384)))
    outcome = {"json": b'{"claims": [{"id": "c1", "text": "x"}], "findings": []}', "error": None, "sha": "0" * 64, "summary": {}}
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        assert checked_before(store, outcome) is outcome and calls == []
    assert checked_before(None, outcome) is outcome
