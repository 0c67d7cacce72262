"""The CLI as a user runs it: exit code 2 and one line for bad input, JSON lines for batches."""

import json

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
    from claimscope.cli import _flatten

    rows = dict(_flatten({"overlap": {"cue": {"f1": 0.8}}, "n": 3}))
    assert rows == {"overlap.cue.f1": 0.8, "n": 3}
