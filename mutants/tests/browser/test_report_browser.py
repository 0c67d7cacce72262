"""The report and the web app as a person uses them, in headless Chromium (Playwright).

One browser and one server per module; screenshots go to test-artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from claimscope import model
from claimscope.render.html import render_html

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-quic", "--no-first-run", "--disable-sync"]
HOSTILE = (
    "Officials said that <script>window.pwned = 1; alert('script')</script> was found near Kherson.\n"
    "The ministry claimed <img src=x onerror=\"window.pwned = 2; alert('img')\"> 12 people died.\n"
    "Read <a href=\"javascript:window.pwned=3;alert('link')\">the statement</a> here, a spokesman said.\n"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (make test installs it: scripts/ensure-system-deps.sh)"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS, viewport={"width": 1400, "height": 1000}
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server(nlp):
    import uvicorn

    from claimscope.server import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(nlp=nlp, workers=1), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


def _check_highlights_and_hover(page, report: dict, shot: str) -> None:
    """Highlighted attributions == attributions in the JSON; hovering a claim shows its source."""
    assert page.locator(".cs-text [data-claim][title]").count() == 0  # the bundled script ran (CSP hash) and took over
    n_cues = page.locator(".cs-text mark.cs-cue:not(.cs-cont)").count()
    n_attr = page.evaluate("new Set([...document.querySelectorAll('.cs-text [data-attr]')].map(e => e.dataset.attr)).size")
    assert n_cues == n_attr == len(report["attributions"]) > 0
    attributions = {a["id"]: a for a in report["attributions"]}
    claim = next(c for c in report["claims"] if (attributions.get(c["attribution"] or "") or {}).get("source"))
    source = attributions[claim["attribution"]]["source"]["text"]
    tip = page.locator(".cs-tip")
    assert tip.is_hidden()
    page.locator(f'.cs-text [data-claim="{claim["id"]}"]').first.hover()
    tip.wait_for(state="visible", timeout=5000)
    assert source in tip.inner_text()
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)
    # by keyboard: Tab to the first claim and its card shows too
    page.mouse.move(0, 0)
    page.locator(".cs-text [data-claim][tabindex='0']").first.focus()
    tip.wait_for(state="visible", timeout=5000)
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden", timeout=5000)


def test_browser_paste_the_example_and_read_the_report(page, server, example_text):
    page.goto(server + "/")
    page.fill("#text", example_text)
    page.fill("input[name=published]", "2022-03-20")
    page.click("#analyze")
    page.wait_for_url("**/reports/*", timeout=120_000)
    key = page.url.rsplit("/", 1)[1]
    report = page.request.get(f"{server}/api/reports/{key}").json()  # the page's CSP forbids fetch()
    assert report["text"] == example_text
    _check_highlights_and_hover(page, report, "webapp-report.png")
    assert not page.errors


def test_browser_open_the_report_file(page, example_report, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(render_html(example_report), encoding="utf-8")
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(path.as_uri())
    report = json.loads(page.locator("script.cs-report-json").text_content())
    assert report == example_report.to_dict()
    _check_highlights_and_hover(page, report, "file-report.png")
    assert not page.errors
    assert requested == [path.as_uri()]  # self-contained: nothing else is fetched


def test_browser_article_markup_runs_no_script(page, server, tmp_path):
    page.goto(server + "/")
    page.fill("#text", HOSTILE)
    page.click("#analyze")
    page.wait_for_url("**/reports/*", timeout=120_000)
    key = page.url.rsplit("/", 1)[1]
    report_json = page.request.get(f"{server}/api/reports/{key}").text()
    path = tmp_path / "hostile.html"
    path.write_text(render_html(model.Report.model_validate_json(report_json)), encoding="utf-8")
    for url in (page.url, path.as_uri()):
        page.goto(url)
        page.wait_for_timeout(300)
        text = page.locator(".cs-text")
        # the markup is there as text, and no element came out of it
        assert "<script>window.pwned = 1;" in text.inner_text()
        assert "onerror=" in text.inner_text() and "javascript:" in text.inner_text()
        assert page.locator(".cs-text script, .cs-text img, .cs-text a, .cs-text [onerror]").count() == 0
        page.get_by_text("the statement").first.click()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile-report.png"), full_page=True)
