"""The corpus commands through Typer's CliRunner: ingest, status, figures, sources, claims."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimscope.cli import app

runner = CliRunner()

LINES = [
    {"id": "ua", "outlet": "Kyiv Ledger", "published": "2022-03-13",
     "text": "Ukraine's military said that 14,000 Russian troops had been killed since February 24."},
    {"id": "ru", "outlet": "Moscow Courier", "published": "2022-03-02",
     "text": "The Russian Defence Ministry said that 498 Russian servicemen had been killed."},
    {"id": "kyiv", "outlet": "Euro Dispatch", "published": "2022-03-17",
     "text": "Kyiv's armed forces said that more than 14,000 Kremlin servicemen had been killed in the fighting."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A store with three articles ingested through the CLI (in-process, no Dask)."""
    base = tmp_path_factory.mktemp("cli")
    corpus = base / "articles.jsonl"
    corpus.write_text("\n".join(json.dumps(x) for x in LINES) + "\n{not json\n", encoding="utf-8")
    url = f"sqlite:///{base / 'c.db'}"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", url, "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "3 added" in result.output and "1 failed" in result.output
    return url


def test_cli_corpus_ingest_again_skips(db, tmp_path):
    corpus = tmp_path / "again.jsonl"
    corpus.write_text(json.dumps(LINES[0]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert result.exit_code == 0 and "0 added" in result.output and "1 already stored" in result.output


def test_cli_corpus_status_counts_done_and_failed(db):
    result = runner.invoke(app, ["status", "--db", db, "--format", "csv"])
    assert result.exit_code == 0
    rows = {r["key"]: r["value"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["done"] == "3" and rows["failed"] == "1"
    failures = runner.invoke(app, ["status", "--db", db, "--failures", "--format", "jsonl"])
    assert json.loads(failures.stdout.splitlines()[0])["kind"] == "json"


def test_cli_corpus_figures_exports(db, tmp_path):
    result = runner.invoke(app, ["figures", "killed", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["value"] for r in rows if r["value"]) == [498.0, 14000.0, 14000.0]
    assert {r["outlet"] for r in rows} == {"Kyiv Ledger", "Moscow Courier", "Euro Dispatch"}
    out = tmp_path / "figures.parquet"
    plot = tmp_path / "figures.svg"
    result = runner.invoke(app, ["figures", "killed", "--db", db, "--format", "parquet", "--out", str(out), "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(rows)
    assert plot.read_text().lstrip().startswith("<?xml")


def test_cli_corpus_figures_table_shows_the_conflict(db):
    result = runner.invoke(app, ["figures", "killed", "--db", db])
    assert result.exit_code == 0
    assert "conflict" in result.stdout


def test_cli_corpus_sources_csv(db):
    result = runner.invoke(app, ["sources", "--db", db, "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    sides = {r["outlet"]: r["side"] for r in rows}
    assert sides.get("Moscow Courier") == "RU"


def test_cli_corpus_claims_search_and_similar(db):
    result = runner.invoke(app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    same = [r["outlet"] for r in rows if r["same_claim"]]
    assert "Euro Dispatch" in same and "Moscow Courier" not in same
    first = next(r for r in rows if r["outlet"] == "Kyiv Ledger")
    result = runner.invoke(app, ["claims", "similar", str(first["claim_id"]), "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0
    assert [json.loads(line)["outlet"] for line in result.stdout.splitlines()] == ["Euro Dispatch"]


def test_cli_corpus_claims_similar_unknown_id(db):
    result = runner.invoke(app, ["claims", "similar", "999999", "--db", db])
    assert result.exit_code == 2 and "No claim with id" in result.output


def test_cli_corpus_bad_format_and_parquet_without_out(db):
    assert runner.invoke(app, ["sources", "--db", db, "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["sources", "--db", db, "--format", "parquet"]).exit_code == 2


def test_cli_corpus_refuses_a_database_that_is_not_a_store(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (id INTEGER)").connection.commit()
    result = runner.invoke(app, ["status", "--db", str(path)])
    assert result.exit_code == 2 and "E103" in result.output


def test_cli_corpus_figures_without_a_measure_lists_the_measures(db):
    result = runner.invoke(app, ["figures", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["measure"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["killed"]["figures"] == "3" and rows["killed"]["articles"] == "3"
    assert rows["killed"]["spellings"] == "killed"
    table = runner.invoke(app, ["figures", "--db", db])
    assert table.exit_code == 0 and "killed" in table.stdout and "measures" in table.stdout


def test_cli_corpus_figures_of_an_unknown_measure_prints_no_empty_table(db):
    result = runner.invoke(app, ["figures", "evacuated", "--db", db])
    assert result.exit_code == 0
    assert "no figures for 'evacuated'" in result.output and "measures stored: killed" in result.output
    assert "┏" not in result.output and "published" not in result.output  # no table, not even its header


def test_cli_corpus_claims_search_shows_the_article_and_explains_the_score(db):
    result = runner.invoke(app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--db", db])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "claim_id" in line)
    assert [c.strip() for c in header.strip("┃").split("┃")] == ["claim_id", "score", "article", "source", "text"]
    assert "Kyiv" in result.stdout and "2022-03-13" in result.stdout  # the article column: outlet and date
    legend = " ".join(result.stdout.split())
    assert "score = cosine of the embeddings" in legend and "figures agree +0.15" in legend and "0.6 or more" in legend
    rows = [json.loads(line) for line in runner.invoke(
        app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert all(abs(r["score"] - (r["cosine"] + r["boost"])) < 1e-3 for r in rows)
    assert {r["article"] for r in rows} >= {"ua", "kyiv"}


@pytest.mark.parametrize("command", [["status"], ["figures"], ["sources"], ["claims", "search"], ["claims", "similar"],
                                     ["claims", "first"]])
def test_cli_corpus_help_lists_every_export_format(command):
    from claimscope.vocab import LIST_FORMATS

    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert ", ".join(LIST_FORMATS) in text


def test_cli_corpus_empty_listings_print_no_table(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    from claimscope.store import Store

    Store(url, init=True).close()
    for args, said in ((["status", "--failures"], "failed inputs: nothing to list."),
                       (["sources"], "sources cited: nothing to list."),
                       (["figures"], "no figures in the store")):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 0, result.output
        assert said in result.output and "┏" not in result.output
    assert runner.invoke(app, ["sources", "--db", url, "--format", "csv"]).stdout.startswith("source,")  # exports keep the header


def test_cli_corpus_claims_search_through_a_running_server(db):
    """`claims search --server URL` asks a running web app, which keeps the encoder and index loaded."""
    import socket
    import threading
    import time

    import uvicorn

    from claimscope.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, workers=1, warm=False), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}"
        result = runner.invoke(app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--server", url, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        direct = [json.loads(line) for line in runner.invoke(
            app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
        assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in direct]  # the same ranking either way
        assert all(abs(r["score"] - (r["cosine"] + r["boost"])) < 1e-3 for r in rows)
        bad = runner.invoke(app, ["claims", "search", "x", "--server", "http://127.0.0.1:9"])
        assert bad.exit_code == 2 and "Cannot reach" in bad.output
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_cli_corpus_claims_stance_lists_every_article_with_its_stance(db):
    rows = [json.loads(line) for line in runner.invoke(
        app, ["claims", "search", "Ukraine says 14,000 Russian troops killed", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    first = next(r for r in rows if r["outlet"] == "Kyiv Ledger")
    result = runner.invoke(app, ["claims", "stance", str(first["claim_id"]), "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    stances = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["outlet"] for r in stances} >= {"Kyiv Ledger", "Euro Dispatch"}
    assert all(r["stance"] in ("agree", "disagree", "discuss", "unrelated") for r in stances)
    assert [r["published"] for r in stances] == sorted(r["published"] for r in stances)  # side by side, by date
    assert runner.invoke(app, ["claims", "stance", "999999", "--db", db]).exit_code == 2


def test_store_stance_findings_name_both_sides():
    from claimscope.store.stance import stance_findings

    claim = {"text": "Over 14,000 Russian soldiers have been killed."}
    rows = [
        {"article": "ua", "outlet": "Kyiv Ledger", "published": "2022-03-13", "source": "Ukraine's military", "stance": "agree"},
        {"article": "ru", "outlet": "Moscow Courier", "published": "2022-03-14", "source": "the Russian Defence Ministry", "stance": "disagree"},
        {"article": "eu", "outlet": "Euro Dispatch", "published": "2022-03-15", "source": None, "stance": "discuss"},
    ]
    (f,) = stance_findings(claim, rows)
    assert (f.kind, f.verdict) == ("disputed", "disputed")
    assert "the Russian Defence Ministry (Moscow Courier" in f.summary and "Ukraine's military (Kyiv Ledger" in f.summary
    (g,) = stance_findings(claim, [rows[0], {**rows[0], "article": "k2", "outlet": "Kyiv Post"}])
    assert g.kind == "supported"
    assert stance_findings(claim, [rows[0], rows[2]]) == []
