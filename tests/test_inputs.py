"""Bad input gets a clear error, never a traceback; good input keeps its offsets."""

import io
import json

import pytest

from claimscope.errors import ClaimscopeError
from claimscope.inputs import ArticleInput, InputError, decode, iter_jsonl, iter_lines, iter_paths, prepare, read_file


@pytest.mark.parametrize(
    "text,kind",
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        ("12 34 56 !!! ... 7", "no_sentences"),
        ("\x00\x01\x02binary\x00 stuff" * 20, "binary"),
    ],
)
def test_inputs_bad_text_is_named(text, kind):
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text=text))
    assert info.value.kind == kind
    assert info.value.message and "\n" not in info.value.message


def test_inputs_invalid_utf8_names_the_byte():
    with pytest.raises(ClaimscopeError) as info:
        decode("Officials said".encode() + b"\xff\xfe bad")
    assert info.value.kind == "encoding"
    assert "byte 14" in info.value.message


def test_inputs_binary_bytes_are_refused():
    with pytest.raises(ClaimscopeError) as info:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert info.value.kind == "binary"


def test_inputs_huge_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    with pytest.raises(ClaimscopeError) as info:
        read_file(big)
    assert info.value.kind == "too_large"
    assert "50" in info.value.message


def test_inputs_html_is_reduced_to_main_text(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join(["The minister said the bridge would reopen in May, officials confirmed on Tuesday."] * 4)
    page.write_text(
        "<html><head><title>Bridge</title><script>alert('x')</script></head><body>"
        f"<nav>Home | News</nav><article><h1>Bridge to reopen</h1><p>{body}</p>"
        "<p>Residents said they had waited two years for the work to finish.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_file(page)
    assert "alert" not in article.text and "<" not in article.text
    assert "reopen in May" in article.text


def test_inputs_jsonl_bad_lines_become_errors_and_iteration_goes_on(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "The mayor said the road is closed."}),
        "{not json",
        "",
        json.dumps({"id": "notext", "body": "x"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "ok2", "text": "Police said two people were hurt.", "published": "2022-03-01"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_jsonl(path))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "InputError", "InputError", "InputError", "ArticleInput"]
    assert items[1].error.kind == "json" and "Line 2" in items[1].error.message
    assert items[3].id == "empty" and items[3].error.kind == "empty"
    assert items[4].published == "2022-03-01"


def test_inputs_directory_walk_reports_each_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the road is closed.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    items = list(iter_paths([tmp_path]))
    assert isinstance(items[0], ArticleInput)
    assert all(isinstance(i, InputError) for i in items[1:])
    assert [i.error.kind for i in items[1:]] == ["binary", "empty"]


def test_inputs_bad_publication_date():
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="The mayor said so.", published="20th of March"))
    assert info.value.kind == "date"


# -- issue 12: every input is a result or a coded error -----------------------------------


def test_inputs_lone_surrogates_and_controls_are_replaced_one_for_one():
    text = "Officials said \ud800 500 people\x01 died.\x7f\tOK\r\n"
    article = prepare(ArticleInput(text=text, title="A \udfff title\x02"))
    assert len(article.text) == len(text)  # offsets into the input stay true
    assert article.text == "Officials said \ufffd 500 people  died. \tOK\r\n"
    assert article.title == "A \ufffd title "
    assert article.meta["normalized"] == {"surrogates": 1, "controls": 2}
    article.text.encode("utf-8")  # what the sha256 and every JSON encoder need


def test_inputs_nul_is_refused_not_replaced():
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="Officials said\x00 500 people died."))
    assert info.value.kind == "binary"


@pytest.mark.parametrize("field", ["id", "title", "url", "outlet"])
def test_inputs_numbers_in_metadata_become_strings(field):
    article = prepare(ArticleInput(text="Officials said 500 people died.", **{field: 5}))
    assert getattr(article, field) == "5"


@pytest.mark.parametrize("value", [["x"], {"a": 1}, True, b"bytes"])
def test_inputs_other_metadata_types_are_refused_with_a_code(value):
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="Officials said 500 people died.", title=value))
    assert info.value.kind == "metadata" and "E018" in info.value.message and "'title'" in info.value.message


def test_inputs_overlong_metadata_is_refused():
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="Officials said 500 people died.", url="x" * 20_000))
    assert info.value.kind == "metadata" and "E021" in info.value.message


@pytest.mark.parametrize("value,expected", [("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"), ("2020-05-01T10:00:00Z", "2020-05-01")])
def test_inputs_any_representable_date_is_accepted(value, expected):
    assert prepare(ArticleInput(text="Officials said 500 people died.", published=value)).published == expected


@pytest.mark.parametrize("value", ["10000-01-01", "2020-02-30", "2020-05-01garbage", 2020, ["2020-01-01"], "\ud800"])
def test_inputs_unrepresentable_dates_are_refused_with_a_code(value):
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="Officials said 500 people died.", published=value))
    assert info.value.kind == "date"
    info.value.message.encode("utf-8")


def test_inputs_jsonl_every_line_yields_one_item(tmp_path):
    lines = [
        '{"id": 5, "text": "Officials said 500 people died.", "title": "\\ud800 lone"}',
        "{not json",
        "[1, 2, 3]",
        "42",
        "null",
        '"just a string"',
        '{"id": ["x"], "text": "Officials said 5 died."}',
        "[" * 100_000 + "]" * 100_000,
        '{"text": "Officials said 7 died.", "published": "0001-01-01"}',
        '{"text": "Officials said 7 died.", "published": "10000-01-01"}',
    ]
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    items = list(iter_jsonl(path))
    assert len(items) == len(lines)  # the blank line at the end is not a record
    first = items[0]
    assert isinstance(first, ArticleInput) and first.id == "5" and first.title == "\ufffd lone"
    assert first.meta["source"].endswith("b.jsonl:1")
    assert [type(i).__name__ for i in items[1:8]] == ["InputError"] * 7
    assert {i.error.kind for i in items[1:8]} == {"json", "metadata"}
    assert isinstance(items[8], ArticleInput) and items[8].published == "0001-01-01"
    assert isinstance(items[9], InputError) and items[9].error.kind == "date"
    assert all(i.source.endswith(f"b.jsonl:{n}") for n, i in enumerate(items, 1) if isinstance(i, InputError))


class _CountingReader(io.BytesIO):
    """A file whose readline records the largest read it was asked for and returned."""

    largest = 0

    def readline(self, size=-1):
        line = super().readline(size)
        _CountingReader.largest = max(_CountingReader.largest, len(line))
        return line


def test_inputs_an_overlong_line_is_skipped_in_bounded_reads():
    data = b'{"text": "Officials said 5 died."}\n' + b"x" * 5_000_000 + b"\n" + b'{"text": "Officials said 6 died."}\n'
    handle = _CountingReader(data)
    lines = list(iter_lines(handle, max_bytes=1000))
    assert [n for n, _ in lines] == [1, 2, 3]
    assert lines[1][1] is None and lines[2][1] == b'{"text": "Officials said 6 died."}'
    assert _CountingReader.largest <= 1 << 20  # never the whole 5 MB line


def test_inputs_jsonl_line_over_the_limit_is_a_coded_error(tmp_path, monkeypatch):
    import claimscope.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_BYTES", 1000)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x " * 5000}) + "\n" + json.dumps({"text": "Officials said 6 died."}) + "\n")
    items = list(iter_jsonl(path))
    assert isinstance(items[0], InputError) and items[0].error.kind == "too_large" and "E020" in items[0].error.message
    assert isinstance(items[1], ArticleInput)


def test_inputs_html_the_parser_trips_over_is_a_coded_error(monkeypatch):
    import claimscope.inputs as inputs

    def broken(html):
        raise ValueError("lxml gave up")

    monkeypatch.setattr(inputs, "html_to_text", broken)
    with pytest.raises(ClaimscopeError) as info:
        prepare(ArticleInput(text="<html><p>Officials said 5 died.</p></html>"))
    assert info.value.kind == "html" and "E024" in info.value.message
