"""Fetching web pages (``http://`` and ``https://`` only) and extracting their main text and metadata.

Every fetch has a timeout, a size limit (the body is streamed and dropped past it), a cap on
redirects and an identifying user agent (:data:`USER_AGENT`, or ``CLAIMSCOPE_USER_AGENT``).
Automated fetches (feeds and their items) ask robots.txt first (:class:`Robots`); a page the
user names on the command line is fetched as a browser would.  Each failure is one coded error:
``url`` (E032), ``fetch`` (E033-E036), ``too_large`` (E037), ``content_type`` (E038), ``robots`` (E039).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Optional, Union
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from claimscope.errors import ClaimscopeError, Errors
from claimscope.model import __version__

# Who fetches, for the site's logs: the tool and its version; deployments name themselves with CLAIMSCOPE_USER_AGENT
# (e.g. "claimscope/0.1.0 (newsroom-research; contact@example.org)").
USER_AGENT = os.environ.get("CLAIMSCOPE_USER_AGENT") or f"claimscope/{__version__} (news claim analysis)"
TIMEOUT_S = 20.0
MAX_BYTES = 20 * 1024 * 1024  # as for files: an article over 20 MB is not a news article
MAX_REDIRECTS = 5
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)  # any scheme: check_url refuses all but http(s)
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json")
PDF_TYPES = ("application/pdf",)
TEXT_TYPES = ("text/plain",)
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/pdf;q=0.8,*/*;q=0.1"


def is_url(value: str) -> bool:
    """Whether a command-line argument names a URL (``scheme://``) rather than a path."""
    return bool(_URL.match(value.strip()))


def check_url(url: str) -> str:
    """``url`` stripped, when it is an http(s) URL with a host.

    Raises:
        ClaimscopeError: ``url`` (E032) for any other scheme or a URL without a host.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ClaimscopeError("url", Errors.E032.format(url=url[:300]))
    return url


@dataclass
class Fetched:
    """A fetched resource: the URL it ended at, its media type and its body."""

    url: str
    requested: str
    status: int
    content_type: str
    body: bytes
    headers: dict = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """``html``, ``feed``, ``pdf``, ``text`` or ``other``, by media type and then by the first bytes."""
        head = self.body[:512].lstrip().lower()
        if self.content_type in PDF_TYPES or head.startswith(b"%pdf-"):
            return "pdf"
        if self.content_type in FEED_TYPES or re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]", head, re.S):
            return "feed"
        if self.content_type in HTML_TYPES or head.startswith((b"<!doctype html", b"<html")):
            return "html"
        if self.content_type in TEXT_TYPES:
            return "text"
        return "other"

    @property
    def charset(self) -> Optional[str]:
        """The charset the Content-Type header declares, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"').lower()
        return None

    def text(self) -> str:
        """The body decoded with its declared charset (UTF-8 when none or unknown), bad bytes replaced."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def make_client(*, timeout: float = TIMEOUT_S, max_redirects: int = MAX_REDIRECTS, transport=None) -> httpx.Client:
    """The HTTP client every fetch uses (tests pass a ``transport``)."""
    return httpx.Client(
        follow_redirects=True, max_redirects=max_redirects, timeout=timeout, transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


def fetch(
    url: str, *, client: Optional[httpx.Client] = None, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS, headers: Optional[dict] = None,
) -> Fetched:
    """GET ``url``, following at most ``max_redirects`` redirects and reading at most ``max_bytes``.

    Raises:
        ClaimscopeError: ``url``, ``fetch``, ``too_large`` (see the module docstring).
    """
    url = check_url(url)
    own = client is None
    client = client or make_client(timeout=timeout, max_redirects=max_redirects)
    try:
        with client.stream("GET", url, headers=headers or {}) as response:
            final = str(response.url)
            if response.status_code >= 400:
                raise ClaimscopeError("fetch", Errors.E035.format(url=url, status=response.status_code, reason=response.reason_phrase))
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ClaimscopeError("too_large", Errors.E037.format(url=final, limit_mb=max_bytes / 2**20))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ClaimscopeError("too_large", Errors.E037.format(url=final, limit_mb=max_bytes / 2**20))
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(final, url, response.status_code, content_type, b"".join(chunks), dict(response.headers))
    except httpx.TooManyRedirects:
        raise ClaimscopeError("fetch", Errors.E036.format(url=url, limit=max_redirects)) from None
    except httpx.TimeoutException:
        raise ClaimscopeError("fetch", Errors.E033.format(url=url, timeout=timeout)) from None
    except httpx.UnsupportedProtocol:  # a redirect to file:, ftp: or the like
        raise ClaimscopeError("url", Errors.E032.format(url=url)) from None
    except httpx.HTTPError as err:
        raise ClaimscopeError("fetch", Errors.E034.format(url=url, reason=str(err)[:200] or type(err).__name__)) from None
    finally:
        if own:
            client.close()


class Robots:
    """robots.txt of each host, fetched once per run; a host without one (or unreachable) allows all."""

    def __init__(self, client: Optional[httpx.Client] = None):
        self.client = client
        self.parsers: dict[str, Optional[RobotFileParser]] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self.parsers:
            self.parsers[base] = self._load(base)
        parser = self.parsers[base]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def check(self, url: str) -> None:
        """Raises ClaimscopeError ``robots`` (E039) when robots.txt disallows ``url``."""
        if not self.allowed(url):
            raise ClaimscopeError("robots", Errors.E039.format(host=urlsplit(url).netloc, url=url))

    def _load(self, base: str) -> Optional[RobotFileParser]:
        try:
            got = fetch(urljoin(base, "/robots.txt"), client=self.client, max_bytes=512 * 1024)
        except ClaimscopeError:  # no robots.txt (404), or none reachable: nothing is disallowed
            return None
        parser = RobotFileParser()
        parser.parse(got.text().splitlines())
        return parser


@dataclass
class Page:
    """The main text of a web page and what its metadata says."""

    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    host: Optional[str] = None  # the outlet when the page names none
    url: Optional[str] = None  # the canonical URL when the page gives one, else where it was fetched from


def extract_page(html: Union[str, bytes], url: Optional[str] = None) -> Page:
    """Main text and metadata (title, date, outlet, author, canonical URL) of an HTML page, with trafilatura.

    Bytes are decoded by trafilatura, which reads the page's own ``<meta charset>``.

    Raises:
        ClaimscopeError: ``html_empty`` (E007) when the page has no main text, ``html`` (E024) when it cannot be parsed.
    """
    import trafilatura  # imported here, a measured reason: 0.4 s of the 0.7 s claimscope.inputs takes to import

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as err:  # whatever the HTML parser trips over is a coded error, not a traceback
        raise ClaimscopeError("html", Errors.E024.format(reason=type(err).__name__)) from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ClaimscopeError("html_empty", Errors.E007)

    def field_of(name: str) -> Optional[str]:
        value = getattr(doc, name, None)
        return value.strip() or None if isinstance(value, str) else None

    host = field_of("hostname") or (urlsplit(url).netloc if url else None)
    sitename = field_of("sitename")
    if sitename and host and sitename.lower().removeprefix("www.") == host.lower().removeprefix("www."):
        sitename = None  # trafilatura names the host when the page names no site
    return Page(
        text=text,
        title=field_of("title"),
        published=(field_of("date") or "")[:10] or None,
        outlet=sitename,
        host=host,
        author=field_of("author"),
        url=field_of("url") or url,
    )
