"""Reading and validating articles: files, directories, JSONL, HTML, stdin.

Every input either becomes an :class:`ArticleInput` or raises (or, in batch
iteration, yields) a :class:`ClaimscopeError` that says what was wrong.

At the door (:func:`prepare`), text and metadata are normalised so that every
report can be encoded as UTF-8 JSON and stored, and offsets stay true to the
input (each replacement is one character for one character):

* surrogate code points (a lone ``\ud800``, which no UTF-8 encoder accepts) become U+FFFD;
* C0 control characters other than tab, line feed and carriage return, and DEL, become a space;
* text with a NUL, or with more than 1% control characters, is refused as ``binary``;
* ``id``, ``title``, ``url``, ``outlet`` must be strings or numbers (numbers become strings);
  anything else (a list, an object, true/false) is refused as ``metadata``.

The counts of replaced characters go to ``ArticleInput.meta["normalized"]`` and a
``logging`` warning.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterator, Optional, Union

from claimscope.errors import ClaimscopeError, Errors
from claimscope.intake import articles as intake, feeds, pdf, sidecar
from claimscope.intake.fetch import Robots, is_url, make_client
from claimscope.intake.language import check_language

MAX_BYTES = 20 * 1024 * 1024  # an article over 20 MB is not a news article
MAX_META_CHARS = 10_000  # a title, id, url or outlet longer than this is not one
META_FIELDS = ("id", "title", "url", "outlet")
_READ_CHUNK = 1 << 20  # the rest of an overlong JSONL line is skipped this many bytes at a time
log = logging.getLogger("claimscope.inputs")
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_REPLACED_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
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
    source: Optional[str] = None  # where the input came from: "PATH" or "PATH:LINE"


def safe_str(value: str) -> str:
    """``value`` with every surrogate code point replaced by U+FFFD (same length), so it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def clean_text(text: str) -> tuple[str, dict]:
    """Normalise ``text`` character for character (see the module docstring); returns (text, counts).

    Raises:
        ClaimscopeError: ``binary`` when the text holds a NUL or over 1% control characters.
    """
    head = text[:100_000]
    n_control = len(_CONTROL.findall(head))
    if "\x00" in text or n_control > max(8, len(head) // 100):
        raise ClaimscopeError("binary", Errors.E003.format(n_control=max(n_control, text.count("\x00"))))
    counts = {}
    n = len(_SURROGATE.findall(text))
    if n:
        text = _SURROGATE.sub("\ufffd", text)
        counts["surrogates"] = n
    n = len(_REPLACED_CONTROL.findall(text))
    if n:
        text = _REPLACED_CONTROL.sub(" ", text)
        counts["controls"] = n
    return text, counts


def clean_meta(name: str, value: object) -> Optional[str]:
    """A metadata field as a clean string (numbers become strings), None for None or "".

    Raises:
        ClaimscopeError: ``metadata`` for any other type, or a value over :data:`MAX_META_CHARS`.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ClaimscopeError("metadata", Errors.E018.format(field=name, got=type(value).__name__))
    value = value if isinstance(value, str) else str(value)
    if len(value) > MAX_META_CHARS:
        raise ClaimscopeError("metadata", Errors.E021.format(field=name, n_chars=len(value), limit=MAX_META_CHARS))
    value = _REPLACED_CONTROL.sub(" ", safe_str(value))
    return value or None


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
    import trafilatura  # imported here: trafilatura takes a second to import and most inputs are text

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


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_date(value: object) -> Optional[str]:
    """A publication date as YYYY-MM-DD (a longer ISO timestamp keeps its date), None when absent.

    Any date Python represents is accepted (years 1 to 9999); resolving relative dates near
    those ends is the times component's job, which leaves them unresolved with a reason.

    Raises:
        ClaimscopeError: ``date`` for anything else (year 10000, "February 30", a number, a list).
    """
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not _ISO_DATE.match(value) or (len(value) > 10 and value[10] not in "T "):
        raise ClaimscopeError("date", Errors.E012.format(value=safe_str(str(value))[:100]))
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ClaimscopeError("date", Errors.E012.format(value=safe_str(value)[:100])) from None


def prepare(article: ArticleInput, *, html: Optional[bool] = None) -> ArticleInput:
    """Validate and normalise an article, reducing HTML to text; returns a new ArticleInput."""
    text = article.text
    if not isinstance(text, str):
        raise ClaimscopeError("type", f"Expected the article text as a string; got {type(text).__name__}.")
    meta_fields = {name: clean_meta(name, getattr(article, name)) for name in META_FIELDS}
    text, counts = clean_text(text)
    if html or (html is None and looks_like_html(text)):
        try:
            text, found = html_to_text(text)
        except ClaimscopeError:
            raise
        except Exception as err:  # whatever the HTML parser trips over is a coded error, not a traceback
            raise ClaimscopeError("html", Errors.E024.format(reason=type(err).__name__)) from None
        text, more = clean_text(text)
        for key, n in more.items():
            counts[key] = counts.get(key, 0) + n
        fallback = {"title": "title", "url": "url", "outlet": "sitename"}
        for name, key in fallback.items():
            if not meta_fields[name] and isinstance(found.get(key), str):
                meta_fields[name] = clean_meta(name, found[key])
        if not article.published and isinstance(found.get("date"), str):
            article = replace(article, published=found["date"])
    validate_text(text)
    meta = dict(article.meta)
    # the language: English, or another one when the caller allows any (claimscope.intake.language)
    extra = dict(meta.get("pipeline") or {})
    extra["language"] = check_language(text, extra.get("language"), allow_any=bool(meta.pop("lang_any", False)))
    meta["pipeline"] = extra
    if counts:
        meta["normalized"] = counts
        log.warning("article %s: replaced %s", meta_fields["id"], ", ".join(f"{n} {k}" for k, n in counts.items()))
    return replace(article, text=text, published=check_date(article.published), meta=meta, **meta_fields)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-`` is stdin), refusing oversized files before reading them."""
    if str(path) == "-":
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


def read_file(path: Path, *, lang_any: bool = False, **meta) -> ArticleInput:
    """Read one article file (.txt, .html or .pdf, ``-`` for stdin); ``meta`` sets title, published, url, outlet, id.

    A PDF is told by its suffix or its first bytes (claimscope.intake.pdf).  An ``article.json`` sidecar
    or front matter gives metadata too (claimscope.intake.sidecar); ``meta`` wins over both.
    """
    data, where = read_bytes(path), safe_str(str(path))
    if pdf.is_pdf(data, path.name):
        fields, found, is_html = intake.pdf_fields(data, source=where), {}, False
    else:
        text, found = sidecar.split_front_matter(decode(data), where)
        fields, is_html = {"text": text, "meta": {"source": where}}, path.suffix.lower() in HTML_SUFFIXES or None
    given = sidecar.merge(meta, sidecar.read_sidecar(path), found)
    given.setdefault("id", "stdin" if str(path) == "-" else safe_str(path.stem))
    return article_from_fields(fields, lang_any=lang_any, html=is_html, **given)


def article_from_fields(fields: dict, *, lang_any: bool = False, html: Optional[bool] = None, **meta) -> ArticleInput:
    """A prepared article from claimscope.intake's fields; ``meta`` (title, published, url, outlet, id, author) wins."""
    fields = {**fields, "meta": {**fields.get("meta", {}), "pipeline": dict(fields.get("meta", {}).get("pipeline", {}))}}
    author = meta.pop("author", None)
    if author is not None:
        fields["meta"]["pipeline"]["author"] = safe_str(str(author))[:MAX_META_CHARS]
    for key, value in meta.items():
        if value not in (None, ""):
            fields[key] = value
    if lang_any:
        fields["meta"]["lang_any"] = True
    return prepare(ArticleInput(**fields), html=html)


def read_url(address: str, /, *, lang_any: bool = False, client=None, robots: Optional[Robots] = None, **meta) -> ArticleInput:
    """Fetch and read one article at an http(s) URL (a page or a PDF); ``meta`` wins over what the page says."""
    return article_from_fields(intake.url_fields(address, client=client, robots=robots), lang_any=lang_any, html=False, **meta)


def iter_lines(handle, *, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, bytes without the line end) of a binary file; ``None`` for a line over ``max_bytes``.

    A line is read at most ``max_bytes + 1`` bytes at a time: the rest of an overlong line is
    skipped in 1 MiB reads, never held in memory.
    """
    lineno = 0
    while True:
        raw = handle.readline(max_bytes + 2)
        if not raw:
            return
        lineno += 1
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        elif len(raw) > max_bytes:  # no line end within the limit: skip the rest of the line
            while True:
                chunk = handle.readline(_READ_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        yield lineno, (None if len(raw) > max_bytes else raw)


def parse_record(obj: object, lineno: int, default_id: str, source: Optional[str] = None, *, lang_any: bool = False) -> ArticleInput:
    """An :class:`ArticleInput` from one parsed JSONL record (validated by :func:`prepare`)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        got = type(obj).__name__ if not isinstance(obj, dict) else f"keys {sorted(safe_str(str(k)) for k in obj)[:6]}"
        raise ClaimscopeError("json", Errors.E009.format(line=lineno, got=got))
    return prepare(
        ArticleInput(
            text=obj["text"],
            id=obj["id"] if obj.get("id") not in (None, "") else default_id,
            title=obj.get("title"),
            published=obj.get("published"),
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            meta={**({"source": source} if source else {}), **({"lang_any": True} if lang_any else {})},
        )
    )


def _record_id(obj: object, default: str) -> str:
    """The id an error record of this line carries: the record's own id when it has a usable one."""
    if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int, float)) and not isinstance(obj.get("id"), bool):
        value = safe_str(str(obj["id"]))[:MAX_META_CHARS]
        return value or default
    return default


def iter_jsonl(path: Path, *, lang_any: bool = False) -> Iterator[Union[ArticleInput, InputError]]:
    """Articles of a JSONL file, one per line; bad lines become InputErrors and iteration goes on.

    Every line that is not blank yields exactly one item, whatever it holds.
    """
    stem, where = safe_str(path.stem), safe_str(str(path))
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(stem, ClaimscopeError("io", Errors.E011.format(path=where, reason=err.strerror)), where)
        return
    with handle:
        for lineno, raw in iter_lines(handle, max_bytes=MAX_BYTES):
            item_id, source = f"{stem}:{lineno}", f"{where}:{lineno}"
            if raw is None:
                error = ClaimscopeError("too_large", Errors.E020.format(line=lineno, limit_mb=MAX_BYTES / 2**20))
                yield InputError(item_id, error, source)
                continue
            if not raw.strip():
                continue
            obj = None
            try:
                line = decode(raw)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ClaimscopeError("json", Errors.E008.format(line=lineno, reason=err.msg)) from None
                except RecursionError:
                    raise ClaimscopeError("json", Errors.E019.format(limit=sys.getrecursionlimit(), reason="nested too deep")) from None
                item_id = _record_id(obj, item_id)
                article = parse_record(obj, lineno, item_id, source, lang_any=lang_any)
            except ClaimscopeError as err:
                yield InputError(item_id, err, source)
                continue
            except Exception as err:  # whatever a line holds, it yields one item and iteration goes on
                yield InputError(item_id, ClaimscopeError("input", Errors.E022.format(line=lineno, reason=type(err).__name__)), source)
                continue
            yield article


def iter_paths(paths: list[Path], **meta) -> Iterator[Union[ArticleInput, InputError]]:
    """Articles from files, directories (recursively) and JSONL files, in sorted order.

    ``meta`` (published, outlet, url, title, lang_any) goes to each file's :func:`read_file`; JSONL records
    carry their own metadata and follow ``lang_any`` only.
    """
    for path in paths:
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".") and not sidecar.is_sidecar(p))
            yield from iter_paths(children, **meta)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from iter_jsonl(path, lang_any=bool(meta.get("lang_any")))
        elif not path.exists():
            where = safe_str(str(path))
            yield InputError(safe_str(path.stem), ClaimscopeError("io", Errors.E015.format(path=where)), where)
        else:
            where = safe_str(str(path))
            try:
                article = read_file(path, **meta)
            except ClaimscopeError as err:
                yield InputError(safe_str(path.stem), err, where)
                continue
            except Exception as err:  # e.g. HTML that trafilatura cannot parse: one error, the walk goes on
                yield InputError(safe_str(path.stem), ClaimscopeError("input", Errors.E011.format(path=where, reason=type(err).__name__)), where)
                continue
            yield article


def _is_feed_file(path: Path) -> bool:
    """A local RSS/Atom file: a feed suffix (.xml, .rss, .atom, .rdf) and a feed's first bytes."""
    if path.suffix.lower() not in feeds.FEED_SUFFIXES or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return feeds.looks_like_feed(handle.read(2048))
    except OSError:
        return False


def iter_sources(
    args: list[str], *, lang_any: bool = False, known_url=lambda url: False, on_skip=lambda item_id: None, client=None, **meta
) -> Iterator[Union[ArticleInput, InputError]]:
    """Articles from URLs (pages, PDFs, RSS/Atom feeds), feed files, and whatever :func:`iter_paths` reads.

    URLs and feed items are fetched robots.txt permitting; a feed item whose link ``known_url`` says is
    stored is not fetched again (``on_skip`` is told).  ``meta`` (published, outlet, url, title) applies
    to every article but JSONL records.  Directories are walked in sorted order, feed files included.
    """
    own = client is None
    client = client or make_client()
    robots = Robots(client)

    def items_of(feed) -> Iterator[Union[ArticleInput, InputError]]:
        for item in intake.feed_articles(feed, client=client, robots=robots, known_url=known_url):
            if item.skipped:
                on_skip(item.id)
                continue
            try:
                if item.error is not None:
                    raise item.error
                yield article_from_fields(item.fields, lang_any=lang_any, html=False, **meta)
            except ClaimscopeError as err:
                yield InputError(item.id, err, item.source)

    def one(arg: str) -> Iterator[Union[ArticleInput, InputError]]:
        where = safe_str(arg)
        path = None if is_url(arg) else Path(arg)
        if path is not None and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".") and not sidecar.is_sidecar(p)):
                yield from one(str(child))
            return
        try:
            if path is not None and not _is_feed_file(path):
                yield from iter_paths([path], lang_any=lang_any, **meta)
                return
            if path is not None:
                feed = feeds.parse_feed(read_bytes(path), where)
            else:
                if known_url(arg):
                    on_skip(arg)
                    return
                robots.check(arg)
                got = intake.fetch(arg, client=client)
                if got.kind != "feed":
                    if known_url(got.url):
                        on_skip(got.url)
                        return
                    yield article_from_fields(intake.fetched_fields(got), lang_any=lang_any, html=False, **meta)
                    return
                feed = feeds.parse_feed(got.body, got.url)
        except ClaimscopeError as err:
            yield InputError(where, err, where)
            return
        yield from items_of(feed)

    try:
        for arg in args:
            yield from one(arg)
    finally:
        if own:
            client.close()
