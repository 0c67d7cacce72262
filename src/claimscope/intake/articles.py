"""Articles from URLs, PDFs and feeds, as dicts of :class:`~claimscope.inputs.ArticleInput` fields.

:mod:`claimscope.inputs` turns these dicts into validated articles (``prepare``); this module knows
where text and metadata come from.  What a report cannot hold in its ``article`` (the author, the
URL fetched when the page names another canonical one, the PDF's page offsets, the kind of input)
goes into ``meta["pipeline"]``, which ends up in ``Report.pipeline`` (strings only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Optional

import httpx

from claimscope.errors import ClaimscopeError, Errors
from claimscope.intake import feeds, pdf
from claimscope.intake.fetch import Fetched, Robots, extract_page, fetch

Fields = dict


def _pipeline(**values: Optional[str]) -> dict:
    return {k: str(v) for k, v in values.items() if v not in (None, "")}


def pdf_fields(data: bytes, *, source: str) -> Fields:
    """An article from the bytes of a PDF (raises the coded errors of :func:`claimscope.intake.pdf.pdf_text`)."""
    doc = pdf.pdf_text(data)
    return {
        "text": doc.text,
        "title": doc.title,
        "meta": {"source": source, "pipeline": _pipeline(input="pdf", pdf_pages=doc.page_offsets(), author=doc.author)},
    }


def fetched_fields(got: Fetched, *, outlet: Optional[str] = None) -> Fields:
    """An article from a fetched page or PDF; ``outlet`` when the page names none (else its host name).

    Raises:
        ClaimscopeError: ``content_type`` (E038) for a feed or anything else that is not a page,
            plain text or a PDF; the extraction errors of :func:`~claimscope.intake.fetch.extract_page`.
    """
    kind = got.kind
    if kind == "pdf":
        fields = pdf_fields(got.body, source=got.url)
        fields["url"] = fields["id"] = got.url
        return fields
    if kind == "text":
        return {"text": got.text(), "url": got.url, "id": got.url, "meta": {"source": got.url, "pipeline": _pipeline(input="url")}}
    if kind != "html":
        what = "a feed (ingest it with `claimscope ingest FEED_URL`)" if kind == "feed" else (got.content_type or "of no media type")
        raise ClaimscopeError("content_type", Errors.E038.format(url=got.url, content_type=what))
    page = extract_page(got.text() if got.charset else got.body, url=got.url)  # no charset header: the page's <meta charset>
    fetched = got.url if page.url and page.url != got.url else None
    return {
        "text": page.text,
        "title": page.title,
        "published": page.published,
        "url": page.url or got.url,
        "id": page.url or got.url,
        "outlet": page.outlet or outlet or page.host,
        "meta": {"source": got.url, "pipeline": _pipeline(input="url", author=page.author, fetched_url=fetched)},
    }


def url_fields(url: str, *, client: Optional[httpx.Client] = None, robots: Optional[Robots] = None,
               outlet: Optional[str] = None) -> Fields:
    """Fetch ``url`` and return its article (``robots``: ask robots.txt first, as for feed items)."""
    if robots is not None:
        robots.check(url)
    return fetched_fields(fetch(url, client=client), outlet=outlet)


@dataclass
class FeedArticle:
    """One item of a feed: its article fields, or the coded error that stopped it."""

    id: str
    source: str
    fields: Optional[Fields] = None
    error: Optional[ClaimscopeError] = None
    skipped: bool = False  # already stored under this URL: not fetched again


def feed_articles(
    feed: feeds.Feed, *, client: Optional[httpx.Client] = None, robots: Optional[Robots] = None,
    known_url: Callable[[str], bool] = lambda url: False,
) -> Iterator[FeedArticle]:
    """The articles of a feed's items, each once: the item's own text, or its link's page fetched.

    An item whose link ``known_url`` says is stored is yielded as ``skipped`` without being fetched.
    """
    for item in feed.items:
        item_id = item.link or item.guid or f"{feed.source}#{item.n}"
        where = f"{feed.source}#{item.n}"
        if item.link and known_url(item.link):
            yield FeedArticle(item_id, where, skipped=True)
            continue
        try:
            if item.text:
                fields: Fields = {"text": item.text, "url": item.link, "meta": {"source": item.link or where, "pipeline": _pipeline(input="feed")}}
            elif item.link:
                fields = url_fields(item.link, client=client, robots=robots, outlet=item.outlet)
                fields["meta"]["pipeline"]["input"] = "feed"
            else:
                raise ClaimscopeError("feed", Errors.E044.format(n=item.n, source=feed.source))
        except ClaimscopeError as err:
            yield FeedArticle(item_id, where, error=err)
            continue
        # the feed's own title, date and author for what the page does not say; the feed's title is the outlet
        for key, value in (("title", item.title), ("published", item.published), ("outlet", item.outlet)):
            if value and not fields.get(key):
                fields[key] = value
        if item.author and "author" not in fields["meta"]["pipeline"]:
            fields["meta"]["pipeline"]["author"] = item.author
        fields["meta"]["pipeline"]["feed"] = feed.source
        fields["id"] = item_id
        yield FeedArticle(item_id, where, fields=fields)


def read_feed(source: str, *, data: Optional[bytes] = None, client: Optional[httpx.Client] = None,
              robots: Optional[Robots] = None) -> feeds.Feed:
    """A feed from a URL (fetched, robots.txt permitting) or from ``data`` already read from a file."""
    if data is None:
        if robots is not None:
            robots.check(source)
        got = fetch(source, client=client)
        data, source = got.body, got.url
    return feeds.parse_feed(data, source)


