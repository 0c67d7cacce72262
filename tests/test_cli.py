"""The CLI as a user runs it: exit code 2 and one line for bad input, JSON lines for batches."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimscope.cli import app

from tests.conftest import EXAMPLE

runner = CliRunner()


def _invoke(args, input=None):
    return runner.invoke(app, args, input=input)


@pytest.mark.parametrize(
    "content,needle",
    [
        (b"", "empty"),
        (b"  \n  ", "whitespace"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"--- 123 456 ---", "no sentences"),
    ],
)
def test_cli_bad_file_exits_2_with_one_line(tmp_path, content, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = _invoke(["analyze", str(path), "--format", "json"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0]
    assert "Traceback" not in result.output


def test_cli_missing_file_exits_2(tmp_path):
    result = _invoke(["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_cli_unknown_format_exits_2():
    result = _invoke(["analyze", str(EXAMPLE), "--format", "pdf"])
    assert result.exit_code == 2
    assert "available" in result.output


def test_cli_stdin_json_report(nlp):
    text = "“We will rebuild,” the mayor said. Officials said 40 homes were destroyed."
    result = _invoke(["analyze", "-", "--format", "json", "--published", "2022-03-20"], input=text)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["schema"] == "claimscope/1"
    assert report["text"] == text
    assert report["article"]["published"] == "2022-03-20"


def test_cli_unbalanced_quotes_still_report(nlp, tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_text("“We will rebuild, the mayor said. Officials said the “damage was severe.\n“It goes on", encoding="utf-8")
    result = _invoke(["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"].startswith("“We will")


def test_cli_batch_writes_a_line_per_article_and_goes_on(nlp, tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "one", "text": "The minister said the bridge will reopen."}),
        "{broken",
        json.dumps({"id": "two", "text": ""}),
        json.dumps({"id": "three", "text": "Police said 3 people were hurt.", "outlet": "Daily"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _invoke(["analyze", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    assert records[0]["article"]["id"] == "one"
    assert records[1]["error"]["kind"] == "json"
    assert records[2] == {"id": "two", "error": {"kind": "empty", "message": records[2]["error"]["message"]}}
    assert records[3]["article"]["outlet"] == "Daily"


def test_cli_schema_is_json_schema():
    result = _invoke(["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Report" and "attributions" in schema["properties"]


def test_cli_metrics_are_flattened_for_the_table():
    from claimscope.cli_output import flatten as _flatten

    rows = dict(_flatten({"overlap": {"cue": {"f1": 0.8}}, "n": 3}))
    assert rows == {"overlap.cue.f1": 0.8, "n": 3}


# -- issue 12: hostile batches and store edges ------------------------------------------------


def test_cli_batch_n_lines_in_n_lines_out_whatever_they_hold(nlp, tmp_path):
    path = tmp_path / "hostile.jsonl"
    rows = [
        '{"id": "s", "text": "Officials said 500 people died.", "title": "\\ud800 lone surrogate"}',
        "{not json",
        "[1, 2]",
        "17",
        "null",
        '{"id": 5, "text": "Police said 3 people were hurt."}',
        '{"id": 6.5, "text": "Officials said \\udfff 9 people died.", "outlet": ["x"]}',
        '{"text": "Officials said 4 died.", "published": "10000-01-01"}',
        "[" * 50_000,
        '{"id": "ctl", "text": "Officials\\u0001 said 2 died.\\u007f"}',
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = _invoke(["analyze", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(rows)
    assert records[0]["article"]["title"] == "\ufffd lone surrogate"
    assert records[5]["article"]["id"] == "5"
    assert records[6]["error"]["kind"] == "metadata" and records[6]["id"] == "6.5"
    assert records[7]["error"]["kind"] == "date"
    assert records[9]["text"] == "Officials  said 2 died. "
    assert [("error" in r) for r in records] == [False, True, True, True, True, False, True, True, True, False]


def test_cli_analyze_one_file_with_a_lone_surrogate_title(nlp, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said 500 people died.", encoding="utf-8")
    result = _invoke(["analyze", str(path), "--format", "json", "--title", "A \udcff title"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["title"] == "A \ufffd title"


def _ingest(db, tmp_path, *extra):
    article = tmp_path / "a.txt"
    article.write_text("Officials said 500 people died.", encoding="utf-8")
    return _invoke(["ingest", str(article), "--db", str(db), "--workers", "0", "--no-vectors", *extra])


def test_cli_ingest_refuses_an_empty_file_unless_init(nlp, tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    result = _ingest(db, tmp_path)
    assert result.exit_code == 2 and "E108" in result.output and "Traceback" not in result.output
    assert db.stat().st_size == 0  # not silently initialised
    result = _ingest(db, tmp_path, "--init")
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output


def test_cli_ingest_refuses_a_corrupt_file_with_a_code(nlp, tmp_path):
    db = tmp_path / "junk.db"
    db.write_bytes(b"this is not a database at all" * 100)
    result = _ingest(db, tmp_path)
    assert result.exit_code == 2 and "E107" in result.output and "Traceback" not in result.output
    # a real SQLite file whose pages were overwritten
    from claimscope.store import Store

    db = tmp_path / "broken.db"
    Store(f"sqlite:///{db}").close()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"broken.db{suffix}").unlink(missing_ok=True)
    result = _ingest(db, tmp_path)
    assert result.exit_code == 2 and ("E107" in result.output or "E104" in result.output), result.output
    assert "Traceback" not in result.output


def test_cli_ingest_refuses_a_read_only_store_with_a_code(nlp, tmp_path):
    import os
    import stat

    from claimscope.store import Store

    if os.geteuid() == 0:
        pytest.skip("root writes read-only files")
    db = tmp_path / "ro.db"
    Store(f"sqlite:///{db}").close()
    db.chmod(stat.S_IREAD)
    try:
        result = _ingest(db, tmp_path)
    finally:
        db.chmod(stat.S_IREAD | stat.S_IWRITE)
    assert result.exit_code == 2 and "E106" in result.output and "Traceback" not in result.output
    assert "Officials said" not in result.output  # no report JSON in the message


def test_cli_ingest_into_a_store_opened_read_only_stops_with_a_code(nlp, tmp_path):
    from claimscope.store import Store

    db = tmp_path / "ro.db"
    Store(f"sqlite:///{db}").close()
    result = _ingest(f"sqlite:///file:{db}?mode=ro&uri=true", tmp_path)  # SQLite refuses every write, even to root
    assert result.exit_code == 2 and "E106" in result.output and "Traceback" not in result.output
    assert "Officials said" not in result.output  # no report JSON in the message


def test_cli_read_only_store_errors_are_coded(tmp_path):
    """As root cannot be refused a write, the mapping itself is checked on SQLite's own messages."""
    from sqlalchemy.exc import OperationalError

    from claimscope.store.db import store_error

    def coded(message):
        return store_error(OperationalError("INSERT ...", {"report": "{...}"}, Exception(message)), "sqlite:///x.db")

    assert coded("attempt to write a readonly database").kind == "store_readonly"
    assert coded("database disk image is malformed").kind == "store_corrupt"
    assert coded("file is not a database").kind == "store_corrupt"
    assert coded("database or disk is full").kind == "store_full"
    assert "{...}" not in coded("attempt to write a readonly database").message
    assert coded("no such table: articles") is None


def test_cli_ingest_refuses_a_sqlite_file_of_another_program(tmp_path):
    import sqlite3

    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    result = _ingest(db, tmp_path)
    assert result.exit_code == 2 and "E103" in result.output and "Traceback" not in result.output


def test_cli_claims_index_rebuilds_a_corrupt_index(nlp, tmp_path):
    import numpy as np

    import claimscope
    from claimscope.store import Store
    from claimscope.store.vectors import DIM, VectorIndex, to_blob

    db = tmp_path / "v.db"
    store = Store(f"sqlite:///{db}")
    report = claimscope.analyze("Officials said 500 people died. Police said 3 were hurt.", id="v", nlp=nlp)
    rng = np.random.default_rng(0)
    blobs = [to_blob(v / np.linalg.norm(v)) for v in rng.normal(size=(len(report.claims), DIM))]
    store.write([report], vectors=[blobs], vector_model="test", vector_dim=DIM)
    assert len(VectorIndex(store).sync()) == len(blobs)
    index_file = Path(str(db) + ".usearch")
    index_file.write_bytes(b"\x00garbage" * 10)  # a corrupt index file
    assert len(VectorIndex(store).sync()) == len(blobs)  # rebuilt on load, not broken
    assert index_file.stat().st_size > 80
    index_file.write_bytes(b"\x00garbage" * 10)
    result = _invoke(["claims", "index", "--db", str(db), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert f"holds {len(blobs)} vectors" in result.output
    store.close()


def test_cli_ingest_has_the_dashboard_off_by_default():
    result = _invoke(["ingest", "--help"])
    assert "--dashboard" in result.output and "--no-dashboard" in result.output and "--init" in result.output
