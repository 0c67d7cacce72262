"""Bad input gets a clear error, never a traceback; good input keeps its offsets."""

import json

import pytest

from claimscope.errors import ClaimscopeError
from claimscope.inputs import ArticleInput, InputError, decode, iter_jsonl, iter_paths, prepare, read_file


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
