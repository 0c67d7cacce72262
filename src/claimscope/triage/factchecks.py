"""Reading published fact-checks (pure: files in, records and coded failures out).

Three shapes are read:

* schema.org ``ClaimReview`` JSON-LD, as publishers embed it and as the Google
  Fact Check Tools export it: a single object, a list of objects, or a
  ``{"@graph": [...]}`` document (``.json``/``.jsonld``);
* a table of ``{id, claim, rating, publisher, url, date}``: JSON lines
  (``.jsonl``/``.ndjson``), CSV (``.csv``) or TSV (``.tsv``/``.txt``);
* the CheckThat! 2020 task 2 verified-claims TSV (``vclaim_id``/``id``,
  ``vclaim``, ``title``; the upstream file's header starts with an empty cell).

A bad record becomes a :class:`Failure` with a coded message; the rest of
the file is still read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from claimscope.errors import Errors

csv.field_size_limit(10 * 1024 * 1024)


@dataclass
class FactCheck:
    """One published fact-check: the claim it checked and what it concluded."""

    id: str
    claim: str
    title: str = ""
    rating: str = ""
    publisher: str = ""
    url: str = ""
    date: str = ""
    claimant: str = ""
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Failure:
    where: str
    code: str
    message: str


Item = Union[FactCheck, Failure]
JSON_SUFFIXES = (".json", ".jsonld")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
CLAIM_KEYS = ("claim", "vclaim", "claimreviewed", "text")
ID_KEYS = ("id", "vclaim_id", "")


def make_id(claim: str, url: str = "") -> str:
    """A stable id for a fact-check that has none: its URL, else a hash of its claim."""
    return url or "sha1:" + hashlib.sha1(claim.encode("utf-8")).hexdigest()[:16]


def _code(message: str) -> str:
    return message[1:5] if message.startswith("[E") else "E300"


def _fail(where: str, message: str) -> Failure:
    return Failure(where=where, code=_code(message), message=message)


def _text(value, where: str, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(Errors.E307.format(where=where, field=name, got=type(value).__name__))
    return str(value).strip()


def _name(value) -> str:
    """``author``/``publisher``/``itemReviewed.author``: a string, an object with a name, or a list of those."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("url") or "").strip()
    return str(value or "").strip()


def _rating(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return str(value.get("alternateName") or value.get("name") or value.get("ratingValue") or "").strip()
    return str(value or "").strip()


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).split("/")[-1] for k in kinds if k}


def from_claimreview(obj: dict, where: str) -> Item:
    """A ClaimReview object as a :class:`FactCheck` (claimReviewed, reviewRating, author, url, datePublished)."""
    claim = obj.get("claimReviewed")
    if not isinstance(claim, str) or not claim.strip():
        return _fail(where, Errors.E303.format(where=where))
    item = obj.get("itemReviewed") if isinstance(obj.get("itemReviewed"), dict) else {}
    url = str(obj.get("url") or "").strip()
    return FactCheck(
        id=str(obj.get("@id") or obj.get("identifier") or "") or make_id(claim.strip(), url),
        claim=claim.strip(),
        title=str(obj.get("name") or obj.get("headline") or "").strip(),
        rating=_rating(obj.get("reviewRating")),
        publisher=_name(obj.get("author") or obj.get("publisher")),
        url=url,
        date=str(obj.get("datePublished") or "").strip()[:10],
        claimant=_name(item.get("author")),
    )


def _claimreviews(doc, where: str, in_graph: bool = False) -> Iterator[Item]:
    """Every ClaimReview in a JSON-LD document: an object, a list, ``@graph``, or nested under ``review``.

    In a ``@graph``, nodes of other types (the WebPage, the Organization...) are skipped, not failures.
    """
    if isinstance(doc, list):
        for i, obj in enumerate(doc):
            yield from _claimreviews(obj, f"{where}[{i}]", in_graph)
        return
    if not isinstance(doc, dict):
        yield _fail(where, Errors.E304.format(where=where, got=type(doc).__name__))
        return
    if "@graph" in doc:
        yield from _claimreviews(doc["@graph"], f"{where}.@graph", in_graph=True)
        return
    if "ClaimReview" in _types(doc) or "claimReviewed" in doc:
        yield from_claimreview(doc, where)
        return
    # Google Fact Check Tools: {"claims": [{"text", "claimant", "claimReview": [{publisher, url, textualRating, ...}]}]}
    if isinstance(doc.get("claims"), list):
        for i, claim in enumerate(doc["claims"]):
            yield from _fact_check_tools(claim, f"{where}.claims[{i}]")
        return
    nested = doc.get("review") or doc.get("mainEntity")
    if isinstance(nested, (dict, list)):
        yield from _claimreviews(nested, where, in_graph)
        return
    if in_graph and "@type" in doc:
        return
    yield from_record(doc, where)


def _fact_check_tools(claim, where: str) -> Iterator[Item]:
    if not isinstance(claim, dict):
        yield _fail(where, Errors.E304.format(where=where, got=type(claim).__name__))
        return
    text = str(claim.get("text") or "").strip()
    if not text:
        yield _fail(where, Errors.E303.format(where=where))
        return
    for j, review in enumerate(claim.get("claimReview") or [{}]):
        review = review if isinstance(review, dict) else {}
        url = str(review.get("url") or "").strip()
        yield FactCheck(
            id=make_id(text, url), claim=text, title=str(review.get("title") or "").strip(),
            rating=str(review.get("textualRating") or "").strip(), publisher=_name(review.get("publisher")),
            url=url, date=str(review.get("reviewDate") or claim.get("claimDate") or "")[:10],
            claimant=str(claim.get("claimant") or "").strip(),
        )


def from_record(row: dict, where: str) -> Item:
    """A flat record ``{id, claim, rating, publisher, url, date}`` (also CheckThat!'s ``vclaim_id``/``vclaim``/``title``)."""
    low = {str(k or "").strip().lower(): v for k, v in row.items()}
    try:
        claim = next((_text(low[k], where, k) for k in CLAIM_KEYS if low.get(k) not in (None, "")), "")
        if not claim:
            return _fail(where, Errors.E303.format(where=where))
        url = _text(low.get("url"), where, "url")
        ident = next((_text(low[k], where, k or "id") for k in ID_KEYS if low.get(k) not in (None, "")), "")
        known = {"id", "vclaim_id", "", "claim", "vclaim", "claimreviewed", "text", "title", "rating", "publisher", "url", "date", "claimant"}
        return FactCheck(
            id=ident or make_id(claim, url), claim=claim, title=_text(low.get("title"), where, "title"),
            rating=_text(low.get("rating"), where, "rating"), publisher=_text(low.get("publisher"), where, "publisher"),
            url=url, date=_text(low.get("date"), where, "date")[:10], claimant=_text(low.get("claimant"), where, "claimant"),
            extra={k: v for k, v in low.items() if k not in known and isinstance(v, (str, int, float))},
        )
    except ValueError as err:
        return _fail(where, str(err))


def read_json(text: str, name: str) -> Iterator[Item]:
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield _fail(name, Errors.E302.format(where=name, reason=err))
        return
    yield from _claimreviews(doc, name)


def read_jsonl(text: str, name: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            yield _fail(where, Errors.E302.format(where=where, reason=err))
            continue
        yield from _claimreviews(obj, where)


def read_table(text: str, name: str, delimiter: str) -> Iterator[Item]:
    """CSV/TSV with a header line; the CheckThat! file's header is ``<empty>\\tvclaim\\ttitle``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        return
    columns = [h.strip().lower() for h in header]
    if not any(c in CLAIM_KEYS for c in columns):
        yield _fail(name, Errors.E306.format(path=name, columns=columns))
        return
    for n, row in enumerate(reader, 2):
        if not any(cell.strip() for cell in row):
            continue
        yield from_record(dict(zip(columns, row)), f"{name}:row {n}")


def read_text(text: str, name: str, suffix: str) -> Iterator[Item]:
    """Fact-checks from a file's text, by its suffix."""
    suffix = suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from read_json(text, name)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, name)
    elif suffix in TABLE_SUFFIXES:
        yield from read_table(text, name, "," if suffix == ".csv" else "\t")
    else:
        yield _fail(name, Errors.E305.format(path=name, suffix=suffix))


def read_file(path: Path) -> Iterator[Item]:
    """Fact-checks from one file; an unreadable file is one failure."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        yield _fail(str(path), Errors.E301.format(path=path, reason=err))
        return
    yield from read_text(text, str(path), path.suffix)


def read_files(paths: Iterable[Path]) -> tuple[list[FactCheck], list[Failure]]:
    """Fact-checks and failures from many files; duplicates (same id) keep the last one read."""
    checks: dict[str, FactCheck] = {}
    failures: list[Failure] = []
    for path in paths:
        for item in read_file(path):
            if isinstance(item, Failure):
                failures.append(item)
            else:
                checks[item.id] = item
    return list(checks.values()), failures


def read_queries(path: Path) -> list[tuple[str, str]]:
    """A CheckThat! queries TSV (``tweet_id<TAB>text`` after a header line) as (id, text) pairs."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [(r[0].strip(), r[1]) for r in rows[1:] if len(r) >= 2 and r[0].strip()]


def read_qrels(path: Path) -> dict[str, set[str]]:
    """TREC qrels (``qid 0 doc_id relevance``): the relevant documents of each query."""
    rel: dict[str, set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            rel.setdefault(parts[0], set()).add(parts[2])
    return rel


def load_verified_claims(path: Path) -> list[FactCheck]:
    """The CheckThat! verified claims, failing loudly (an evaluation needs every one)."""
    checks, failures = read_files([Path(path)])
    if failures:
        raise ValueError(failures[0].message)
    return checks

