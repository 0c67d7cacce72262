"""Articles as users have them (issue 14): URLs, feeds, PDFs, metadata for plain files, other languages.

Pages and feeds are served from a local HTTP server on 127.0.0.1 (nothing leaves the machine);
PDFs are written by hand here (:func:`make_pdf`), one with text and one like a scan, without.
"""

from __future__ import annotations

import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from typer.testing import CliRunner

from claimscope.cli import app
from claimscope.errors import ClaimscopeError
from claimscope.inputs import iter_paths, iter_sources, read_file, read_url
from claimscope.intake import feeds, fetch, language, pdf, sidecar
from claimscope.store import Store, schema

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "intake"

ARTICLE = (
    "A storm cut power to about 12,000 homes around the port on Tuesday night, the regional grid operator said. "
    "The mayor said that 18,000 households had lost power at the height of the storm. Police said a driver was "
    "slightly injured when a tree fell on his car. According to firefighters, more than 300 trees came down."
)
SPANISH = (
    "El presidente ucraniano dijo el martes que 2.500 soldados rusos murieron desde el comienzo de la ofensiva, "
    "según un comunicado del gobierno. Las autoridades locales informaron que 3.000 personas fueron evacuadas de "
    "la región y que otras 10.000 esperan ayuda humanitaria. El Kremlin negó las cifras y acusó a Kiev de propaganda."
)
PAGE = f"""<!doctype html><html><head><title>Storm cuts power | Test Gazette</title>
<link rel="canonical" href="https://example.org/storm"><meta property="og:site_name" content="Test Gazette">
<meta name="author" content="Ada Example"><meta property="article:published_time" content="2026-03-04T09:30:00Z">
</head><body><nav>Home | World</nav><article><h1>Storm cuts power</h1><p>{ARTICLE}</p></article>
<footer>All rights reserved.</footer></body></html>"""
LINKED = f"<!doctype html><html><head><title>Linked</title></head><body><article><p>{ARTICLE.replace('12,000', '9,000')}</p></article></body></html>"


def rss(base: str) -> str:
    full = " ".join([ARTICLE.replace("12,000", "11,000")] * 2)
    return f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Gazette</title><link>{base}/</link>
<item><title>Full text item</title><link>{base}/full</link><pubDate>Thu, 05 Mar 2026 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{full}</p>]]></content:encoded></item>
<item><title>Linked item</title><link>{base}/linked.html</link><pubDate>Fri, 06 Mar 2026 08:00:00 GMT</pubDate>
<description>A teaser only.</description></item>
</channel></rss>"""


class Site:
    """Routes of the local server: path -> (status, content type, body); ``hits`` counts requests per path."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.base = ""


@pytest.fixture()
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            if self.path == "/slow":
                time.sleep(1.0)
            if self.path.startswith("/loop"):
                self.send_response(302)
                self.send_header("Location", "/loop" + str(len(self.path)))
                self.end_headers()
                return
            status, ctype, body = state.routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    state.routes["/storm.html"] = (200, "text/html; charset=utf-8", PAGE.encode())
    state.routes["/linked.html"] = (200, "text/html; charset=utf-8", LINKED.encode())
    state.routes["/feed.xml"] = (200, "application/rss+xml", rss(state.base).encode())
    state.routes["/es.html"] = (200, "text/html", f"<html><body><article><p>{SPANISH}</p></article></body></html>".encode())
    yield state
    server.shutdown()
    server.server_close()


def make_pdf(pages: list, title: str = "") -> bytes:
    """A minimal PDF: each page a list of Helvetica text lines, or None for a page with a grey box and no text."""
    objs: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    contents = []
    for lines in pages:
        if lines is None:
            stream = b"0.5 g 50 50 500 700 re f"
        else:
            ops = [b"BT /F1 11 Tf 14 TL 50 780 Td"]
            ops += [b"(" + line.replace("(", "\\(").replace(")", "\\)").encode("cp1252") + b") Tj T*" for line in lines]
            stream = b"\n".join(ops + [b"ET"])
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        contents.append(len(objs))
    pages_id = len(objs) + len(contents) + 1
    kids = []
    for c in contents:
        objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 1 0 R >> >> "
                    b"/Contents %d 0 R >>" % (pages_id, c))
        kids.append(len(objs))
    objs.append(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    objs.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    catalog = len(objs)
    objs.append(b"<< /Title (" + title.encode() + b") >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, len(objs), xref)
    return bytes(out)


PDF_PAGES = [
    ["The regional grid operator said on Thursday that about 12,000 homes lost power.", "The mayor said the figure was 18,000."],
    ["Police said one driver was slightly injured when a tree fell on his car."],
]


# -- fetching ------------------------------------------------------------------------------


def test_url_argument_is_kept_whole_and_names_the_failure():
    result = runner.invoke(app, ["analyze", "http://127.0.0.1:9/article/x"])
    assert result.exit_code == 2
    assert "http://127.0.0.1:9/article/x" in result.output and "[E034]" in result.output  # not "http:/127..."
    result = runner.invoke(app, ["analyze", "ftp://example.org/x"])
    assert result.exit_code == 2 and "[E032]" in result.output


def test_fetch_errors_are_coded(site):
    with pytest.raises(ClaimscopeError) as err:
        fetch.fetch(site.base + "/missing")
    assert err.value.kind == "fetch" and "HTTP 404" in err.value.message
    with pytest.raises(ClaimscopeError) as err:
        fetch.fetch(site.base + "/loop", max_redirects=3)
    assert err.value.kind == "fetch" and "[E036]" in err.value.message
    with pytest.raises(ClaimscopeError) as err:
        fetch.fetch(site.base + "/storm.html", max_bytes=100)
    assert err.value.kind == "too_large"
    with pytest.raises(ClaimscopeError) as err:
        fetch.fetch(site.base + "/slow", timeout=0.2)
    assert err.value.kind == "fetch" and "timed out" in err.value.message


def test_fetch_sends_the_user_agent_and_reads_the_page(site):
    got = fetch.fetch(site.base + "/storm.html")
    assert got.kind == "html" and got.status == 200
    assert fetch.USER_AGENT.startswith("claimscope/")
    page = fetch.extract_page(got.text(), url=got.url)
    assert page.title == "Storm cuts power" and page.outlet == "Test Gazette" and page.author == "Ada Example"
    assert page.published == "2026-03-04" and page.url == "https://example.org/storm"
    assert "12,000 homes" in page.text and "All rights reserved" not in page.text


def test_read_url_puts_the_page_metadata_in_the_article(site):
    article = read_url(site.base + "/storm.html")
    assert article.title == "Storm cuts power" and article.published == "2026-03-04" and article.outlet == "Test Gazette"
    assert article.url == "https://example.org/storm"
    assert article.meta["pipeline"]["author"] == "Ada Example"
    assert article.meta["pipeline"]["fetched_url"] == site.base + "/storm.html"
    assert read_url(site.base + "/storm.html", outlet="Given").outlet == "Given"  # what the caller says wins


@pytest.mark.model
def test_cli_analyze_url_report_carries_the_metadata(site):
    result = runner.invoke(app, ["analyze", site.base + "/storm.html", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["article"]["title"] == "Storm cuts power" and report["article"]["url"] == "https://example.org/storm"
    assert report["article"]["published"] == "2026-03-04" and report["article"]["outlet"] == "Test Gazette"
    assert report["pipeline"]["author"] == "Ada Example" and report["pipeline"]["language"] == "en"
    assert report["claims"]


# -- feeds -----------------------------------------------------------------------------------


def test_feed_items_full_text_or_fetched_link(site):
    items = list(iter_sources([site.base + "/feed.xml"]))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "ArticleInput"]
    full, linked = items
    assert "11,000 homes" in full.text and full.title == "Full text item" and full.published == "2026-03-05"
    assert full.outlet == "Test Gazette" and full.id == site.base + "/full" and site.hits.get("/full") is None
    assert "9,000 homes" in linked.text and site.hits["/linked.html"] == 1
    assert linked.published == "2026-03-06" and linked.meta["pipeline"]["feed"] == site.base + "/feed.xml"


def test_feed_items_known_by_url_are_not_fetched_again(site):
    skipped = []
    items = list(iter_sources([site.base + "/feed.xml"], known_url=lambda u: u.endswith("linked.html"), on_skip=skipped.append))
    assert len(items) == 1 and skipped == [site.base + "/linked.html"] and "/linked.html" not in site.hits


def test_feeds_respect_robots_txt(site):
    site.routes["/robots.txt"] = (200, "text/plain", b"User-agent: claimscope\nDisallow: /feed.xml\n")
    items = list(iter_sources([site.base + "/feed.xml"]))
    assert len(items) == 1 and items[0].error.kind == "robots" and "/feed.xml" not in site.hits
    site.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /linked.html\n")
    items = list(iter_sources([site.base + "/feed.xml"]))
    assert items[0].text and items[1].error.kind == "robots" and "/linked.html" not in site.hits


def test_feed_file_and_not_a_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(rss("http://127.0.0.1:9"), encoding="utf-8")
    items = list(iter_sources([str(path)]))
    assert items[0].text and items[1].error.kind == "fetch"  # the link of the second cannot be reached
    with pytest.raises(ClaimscopeError) as err:
        feeds.parse_feed(b"just some words", "x")
    assert err.value.kind == "feed"


def test_analyze_a_feed_url_says_to_ingest_it(site):
    with pytest.raises(ClaimscopeError) as err:
        read_url(site.base + "/feed.xml")
    assert err.value.kind == "content_type" and "ingest" in err.value.message


def test_watch_polls_until_ctrl_c():
    calls, waits = [], []

    def poll():
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt

    stopped = []
    assert feeds.watch(poll, interval=5, sleep=waits.append, on_stop=lambda: stopped.append(1)) == 2
    assert len(calls) == 3 and waits == [5, 5] and stopped == [1]
    assert feeds.watch(lambda: None, interval=5, rounds=2, sleep=waits.append) == 2


@pytest.mark.model
def test_cli_ingest_feed_once_and_watch_resumes(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'feed.db'}"
    result = runner.invoke(app, ["ingest", site.base + "/feed.xml", "--db", db, "--workers", "0", "--no-vectors"])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and site.hits["/linked.html"] == 1
    result = runner.invoke(app, ["ingest", "--watch", site.base + "/feed.xml", "--interval", "0", "--rounds", "2",
                                 "--db", db, "--workers", "0", "--no-vectors"])
    assert result.exit_code == 0, result.output
    assert "0 added" in result.output and "2 already stored" in result.output and "2 poll(s)" in result.output
    assert site.hits["/linked.html"] == 1 and site.hits["/feed.xml"] == 3  # items known by URL are not fetched again
    with Store(db) as store, store.reader() as conn:
        rows = conn.execute(select(schema.articles.c.url, schema.articles.c.outlet, schema.articles.c.published)).all()
    assert sorted(rows) == sorted([(site.base + "/full", "Test Gazette", "2026-03-05"),
                                   (site.base + "/linked.html", "Test Gazette", "2026-03-06")])


# -- PDFs ------------------------------------------------------------------------------------


def test_pdf_text_per_page_with_offsets():
    doc = pdf.pdf_text(make_pdf(PDF_PAGES, title="Storm report"))
    assert doc.title == "Storm report" and len(doc.pages) == 2
    first, second = (doc.text[s:e] for s, e in doc.pages)
    assert first.startswith("The regional grid operator") and second.startswith("Police said")
    assert doc.text == first + pdf.PAGE_BREAK + second
    assert doc.page_of(doc.text.index("Police")) == 2 and doc.page_of(0) == 1


def test_scanned_pdf_is_a_coded_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([None, None]))
    with pytest.raises(ClaimscopeError) as err:
        read_file(path)
    assert err.value.kind == "pdf_no_text" and "2 page(s)" in err.value.message and "OCR" in err.value.message
    path.write_bytes(b"%PDF-1.4\nthis is no pdf at all")
    with pytest.raises(ClaimscopeError) as err:
        read_file(path)
    assert err.value.kind == "pdf"


def test_pdf_told_by_magic_bytes_without_suffix(tmp_path):
    path = tmp_path / "download"
    path.write_bytes(make_pdf(PDF_PAGES))
    article = read_file(path)
    assert article.text.startswith("The regional grid operator") and article.meta["pipeline"]["input"] == "pdf"


@pytest.mark.model
def test_cli_analyze_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(PDF_PAGES, title="Storm report"))
    result = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["article"]["title"] == "Storm report" and report["pipeline"]["input"] == "pdf"
    start, end = (int(x) for x in report["pipeline"]["pdf_pages"].split(",")[1].split("-"))
    assert report["text"][start:end].startswith("Police said")


# -- metadata for plain files ------------------------------------------------------------------


def test_sidecar_and_front_matter(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2026-03-05", "outlet": "Side", "url": "https://s/a", "title": "T"}))
    article = read_file(tmp_path / "a.txt")
    assert (article.published, article.outlet, article.url, article.title) == ("2026-03-05", "Side", "https://s/a", "T")
    assert read_file(tmp_path / "a.txt", outlet="Given").outlet == "Given"
    (tmp_path / "b.txt").write_text("---\ntitle: 'Front'\npublished: 2026-03-06\noutlet: Matter\n---\n" + ARTICLE, encoding="utf-8")
    article = read_file(tmp_path / "b.txt")
    assert (article.title, article.published, article.outlet) == ("Front", "2026-03-06", "Matter")
    assert article.text == ARTICLE  # the front matter is not analyzed
    ids = [a.id for a in iter_paths([tmp_path])]
    assert ids == ["a", "b"]  # the sidecar a.json is not an article of its own
    assert sidecar.is_sidecar(tmp_path / "a.json") and not sidecar.is_sidecar(tmp_path / "a.txt")


def test_bad_sidecar_and_front_matter_are_coded(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text("[1, 2]")
    with pytest.raises(ClaimscopeError) as err:
        read_file(tmp_path / "a.txt")
    assert err.value.kind == "sidecar"
    (tmp_path / "a.json").write_text(json.dumps({"outlet": ["a", "list"]}))
    with pytest.raises(ClaimscopeError) as err:
        read_file(tmp_path / "a.txt")
    assert err.value.kind == "metadata"
    (tmp_path / "b.txt").write_text("---\nthis is not a field\n---\n" + ARTICLE, encoding="utf-8")
    with pytest.raises(ClaimscopeError) as err:
        read_file(tmp_path / "b.txt")
    assert err.value.kind == "front_matter"


@pytest.mark.model
def test_cli_sidecar_metadata_lands_in_the_report():
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "ferry.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    assert article["published"] == "2026-03-05" and article["outlet"] == "Example Gazette"
    assert article["url"] == "https://example.org/2026/03/05/ferries-resume" and article["title"] == "Ferries resume after storm"


@pytest.mark.model
def test_cli_ingest_published_outlet_url_for_txt(tmp_path):
    (tmp_path / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "plain.txt"), "--db", db, "--workers", "0", "--no-vectors",
                                 "--published", "2026-03-04", "--outlet", "Given Outlet", "--url", "https://given/1"])
    assert result.exit_code == 0 and "1 added" in result.output, result.output
    with Store(db) as store, store.reader() as conn:
        row = conn.execute(select(schema.articles.c.published, schema.articles.c.outlet, schema.articles.c.url)).one()
    assert tuple(row) == ("2026-03-04", "Given Outlet", "https://given/1")


# -- languages ---------------------------------------------------------------------------------


def test_language_detection_offline():
    assert language.decide(ARTICLE) == "en"
    assert language.decide(SPANISH) == "es"
    assert language.decide("Peskov denied it.") == "und"  # a headline is never refused
    with pytest.raises(ClaimscopeError) as err:
        language.check_language(SPANISH)
    assert err.value.kind == "language" and "Spanish (es)" in err.value.message and "--lang-any" in err.value.message
    assert language.check_language(SPANISH, allow_any=True) == "es"


def test_spanish_file_and_page_are_refused(tmp_path, site):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    with pytest.raises(ClaimscopeError) as err:
        read_file(tmp_path / "es.txt")
    assert err.value.kind == "language"
    with pytest.raises(ClaimscopeError) as err:
        read_url(site.base + "/es.html")
    assert err.value.kind == "language"
    result = runner.invoke(app, ["analyze", str(tmp_path / "es.txt")])
    assert result.exit_code == 2 and "[E031]" in result.output and "Spanish" in result.output


@pytest.mark.model
def test_lang_any_flags_the_report_and_warns(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "es.txt"), "--lang-any", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pipeline"]["language"] == "es"
    assert "warning" in result.stderr and "Spanish" in result.stderr


@pytest.mark.model
def test_ingest_refuses_spanish_unless_lang_any(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "es.txt"), "--db", db, "--workers", "0", "--no-vectors"])
    assert "1 failed" in result.output and "[E031]" in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path / "es.txt"), "--db", db, "--workers", "0", "--no-vectors", "--lang-any"])
    assert "1 added" in result.output, result.output
    with Store(db) as store, store.reader() as conn:
        assert conn.execute(select(schema.articles.c.pipeline)).scalar_one()["language"] == "es"


def test_jsonl_records_follow_lang_any(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "es", "text": SPANISH}) + "\n" + json.dumps({"id": "en", "text": ARTICLE}) + "\n", encoding="utf-8")
    refused, kept = list(iter_paths([path]))
    assert refused.error.kind == "language" and kept.meta["pipeline"]["language"] == "en"
    allowed = list(iter_paths([path], lang_any=True))
    assert [a.meta["pipeline"]["language"] for a in allowed] == ["es", "en"]


def test_encrypted_pdf_is_a_coded_error():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PDF_PAGES))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ClaimscopeError) as err:
        pdf.pdf_text(buffer.getvalue())
    assert err.value.kind == "pdf_encrypted"


def test_page_charset_from_meta_when_the_header_names_none(site):
    body = f'<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><article><p>{ARTICLE} Caf\xe9 owners said so.</p></article></body></html>'
    site.routes["/latin1.html"] = (200, "text/html", body.encode("iso-8859-1"))
    article = read_url(site.base + "/latin1.html")
    assert "Café owners" in article.text


def test_not_a_page_is_a_coded_error(site):
    site.routes["/image.png"] = (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(ClaimscopeError) as err:
        read_url(site.base + "/image.png")
    assert err.value.kind == "content_type" and "image/png" in err.value.message


def test_a_directory_walk_reads_feed_files_as_feeds(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss("http://127.0.0.1:9"), encoding="utf-8")
    items = list(iter_sources([str(tmp_path)]))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a", "http://127.0.0.1:9/full"]
    assert items[2].error.kind == "fetch" and len(items) == 3
