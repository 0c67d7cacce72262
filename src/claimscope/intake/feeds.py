"""RSS and Atom feeds (feedparser): the items of a feed, and polling feeds at an interval.

A feed item becomes an article from its own full text when the feed carries it (``content:encoded``
or Atom ``<content>`` of at least :data:`MIN_CONTENT_WORDS` words), else from the page its link points
to (fetched by the caller, robots.txt permitting).  Each item carries its link, title, date, author
and the feed's title as the outlet.  Which items are already stored (by URL, then by text hash) is
the caller's business: :func:`watch` only polls and hands the items on, and stops on Ctrl-C.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable, Optional

import feedparser
import lxml.html

from claimscope.errors import ClaimscopeError, Errors

MIN_CONTENT_WORDS = 80  # a feed's summary is a teaser; this many words is the article itself
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
_WORD = re.compile(r"[^\W\d_]{2,}")
_BLOCK = re.compile(r"(?i)</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>")


@dataclass
class FeedItem:
    n: int  # 1-based position in the feed
    link: Optional[str]
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    outlet: Optional[str] = None
    text: Optional[str] = None  # the item's full text when the feed carries it
    guid: Optional[str] = None


@dataclass
class Feed:
    source: str
    title: Optional[str]
    items: list[FeedItem]


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return bool(re.match(rb"(\xef\xbb\xbf)?(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<\?xml-stylesheet[^>]*>\s*)?<(rss|feed|rdf:rdf)[\s>]", head, re.S))


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one paragraph per block element."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fromstring(_BLOCK.sub("\n\n", html))
        text = root.text_content()
    except Exception:  # an unparsable fragment: its tags stripped by hand
        text = re.sub(r"<[^>]+>", " ", html)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _date(entry) -> Optional[str]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _text(entry) -> Optional[str]:
    for part in entry.get("content") or []:
        value = part.get("value") if hasattr(part, "get") else None
        if isinstance(value, str):
            text = html_fragment_text(value)
            if len(_WORD.findall(text)) >= MIN_CONTENT_WORDS:
                return text
    return None


def parse_feed(data: bytes, source: str) -> Feed:
    """The items of an RSS or Atom document given as bytes (never fetched by feedparser itself).

    Raises:
        ClaimscopeError: ``feed`` (E043) when ``data`` is no feed.
    """
    try:
        parsed = feedparser.parse(data, response_headers={"content-location": source} if "://" in source else None)
    except Exception as err:  # feedparser is forgiving; whatever still escapes it is a coded error
        raise ClaimscopeError("feed", Errors.E043.format(source=source, reason=type(err).__name__)) from None
    if not parsed.get("version") and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no <rss>, <feed> or items")[:200]
        raise ClaimscopeError("feed", Errors.E043.format(source=source, reason=reason))
    outlet = (parsed.feed.get("title") or "").strip() or None
    items = []
    for n, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip() or None
        items.append(
            FeedItem(
                n=n, link=link, title=(entry.get("title") or "").strip() or None, published=_date(entry),
                author=(entry.get("author") or "").strip() or None, outlet=outlet, text=_text(entry),
                guid=(entry.get("id") or "").strip() or None,
            )
        )
    return Feed(source=source, title=outlet, items=items)


def watch(
    poll: Callable[[], object], *, interval: float, rounds: Optional[int] = None,
    sleep: Callable[[float], None] = time.sleep, on_stop: Optional[Callable[[], None]] = None,
) -> int:
    """Call ``poll()`` every ``interval`` seconds until Ctrl-C (or ``rounds`` times); returns the rounds run.

    ``poll`` is what ingests the new items; it is called at once, then after each interval.  A
    KeyboardInterrupt, during a poll or while waiting, ends the watch (what was written is kept:
    the next watch resumes from the store).
    """
    done = 0
    try:
        while rounds is None or done < rounds:
            poll()
            done += 1
            if rounds is not None and done >= rounds:
                break
            sleep(interval)
    except KeyboardInterrupt:
        if on_stop:
            on_stop()
    return done
