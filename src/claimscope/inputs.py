"""Reading and validating articles: files, directories, JSONL, HTML, stdin.

Every input either becomes an :class:`ArticleInput` or raises (or, in batch
iteration, yields) a :class:`ClaimscopeError` that says what was wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterator, Optional, Union

from claimscope.errors import ClaimscopeError, Errors

MAX_BYTES = 20 * 1024 * 1024  # an article over 20 MB is not a news article
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


@dataclass
class ArticleInput:
    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    meta: dict = field(default_factory=dict)


@dataclass
class InputError:
    """A batch item that failed before analysis; carries the id it would have had."""

    id: Optional[str]
    error: ClaimscopeError


def decode(data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode raw bytes as UTF-8 text, refusing binary, oversized and mis-encoded input."""
    if len(data) > max_bytes:
        raise ClaimscopeError("too_large", Errors.E005.format(size_mb=len(data) / 2**20, limit_mb=max_bytes / 2**20))
    if b"\x00" in data[:8192] or b"\x00" in data[-8192:]:
        n = data.count(b"\x00")
        raise ClaimscopeError("binary", Errors.E003.format(n_control=n))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ClaimscopeError("encoding", Errors.E004.format(position=err.start, reason=err.reason)) from None
    return text


def validate_text(text: str, *, max_chars: int = MAX_BYTES) -> str:
    """Check that ``text`` is analyzable prose; return it unchanged (offsets stay true)."""
    if not isinstance(text, str):
        raise ClaimscopeError("type", f"Expected the article text as a string; got {type(text).__name__}.")
    if len(text) > max_chars:
        raise ClaimscopeError("too_large", Errors.E005.format(size_mb=len(text) / 2**20, limit_mb=max_chars / 2**20))
    if text == "":
        raise ClaimscopeError("empty", Errors.E001)
    if not text.strip():
        raise ClaimscopeError("empty", Errors.E002)
    n_control = len(_CONTROL.findall(text[:100_000]))
    if n_control > max(8, len(text[:100_000]) // 100) or "\x00" in text:
        raise ClaimscopeError("binary", Errors.E003.format(n_control=n_control))
    if not _WORD.search(text):
        raise ClaimscopeError("no_sentences", Errors.E006)
    return text


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(html: str) -> tuple[str, dict]:
    """Reduce an HTML page to its main text with trafilatura; return (text, metadata)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta: dict = {}
    try:
        md = trafilatura.extract_metadata(html)
        if md is not None:
            meta = {k: getattr(md, k, None) for k in ("title", "date", "url", "sitename")}
    except Exception:  # metadata is a bonus; the text is what matters
        meta = {}
    if not text or not text.strip():
        raise ClaimscopeError("html_empty", Errors.E007)
    return text, meta


def check_date(value: Optional[str]) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ClaimscopeError("date", Errors.E012.format(value=value)) from None


def prepare(article: ArticleInput, *, html: Optional[bool] = None) -> ArticleInput:
    """Validate an article, reducing HTML to text; returns a new ArticleInput."""
    text = article.text
    if not isinstance(text, str):
        raise ClaimscopeError("type", f"Expected the article text as a string; got {type(text).__name__}.")
    if html or (html is None and looks_like_html(text)):
        text, meta = html_to_text(text)
        article = replace(
            article,
            title=article.title or meta.get("title"),
            published=article.published or (meta.get("date") or None),
            url=article.url or meta.get("url"),
            outlet=article.outlet or meta.get("sitename"),
        )
    validate_text(text)
    return replace(article, text=text, published=check_date(article.published))


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-`` is stdin), refusing oversized files before reading them."""
    if str(path) == "-":
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise ClaimscopeError("too_large", Errors.E005.format(size_mb=size / 2**20, limit_mb=max_bytes / 2**20))
            data = path.read_bytes()
        except FileNotFoundError:
            raise ClaimscopeError("io", Errors.E015.format(path=path)) from None
        except OSError as err:
            raise ClaimscopeError("io", Errors.E011.format(path=path, reason=err.strerror or err)) from None
    if len(data) > max_bytes:
        raise ClaimscopeError("too_large", Errors.E005.format(size_mb=len(data) / 2**20, limit_mb=max_bytes / 2**20))
    return data


def read_file(path: Path, **meta) -> ArticleInput:
    """Read one article file (.txt or .html, ``-`` for stdin); ``meta`` sets title, published, url, outlet, id."""
    text = decode(read_bytes(path))
    is_html = path.suffix.lower() in HTML_SUFFIXES or None
    article_id = meta.pop("id", None) or ("stdin" if str(path) == "-" else path.stem)
    return prepare(ArticleInput(text=text, id=article_id, **meta), html=is_html)


def iter_jsonl(path: Path) -> Iterator[Union[ArticleInput, InputError]]:
    """Articles of a JSONL file, one per line; bad lines become InputErrors and iteration goes on."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(path.stem, ClaimscopeError("io", Errors.E011.format(path=path, reason=err.strerror)))
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            item_id = f"{path.stem}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = decode(raw)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ClaimscopeError("json", Errors.E008.format(line=lineno, reason=err.msg)) from None
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    got = type(obj).__name__ if not isinstance(obj, dict) else f"keys {sorted(obj)[:6]}"
                    raise ClaimscopeError("json", Errors.E009.format(line=lineno, got=got))
                item_id = str(obj.get("id") or item_id)
                yield prepare(
                    ArticleInput(
                        text=obj["text"],
                        id=item_id,
                        title=obj.get("title"),
                        published=obj.get("published"),
                        url=obj.get("url"),
                        outlet=obj.get("outlet"),
                    )
                )
            except ClaimscopeError as err:
                yield InputError(item_id, err)


def iter_paths(paths: list[Path]) -> Iterator[Union[ArticleInput, InputError]]:
    """Articles from files, directories (recursively) and JSONL files, in sorted order."""
    for path in paths:
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            yield from iter_paths(children)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from iter_jsonl(path)
        elif not path.exists():
            yield InputError(path.stem, ClaimscopeError("io", Errors.E015.format(path=path)))
        else:
            try:
                yield read_file(path)
            except ClaimscopeError as err:
                yield InputError(path.stem, err)
