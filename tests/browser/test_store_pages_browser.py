"""The web app with a store, in headless Chromium: what the form analyzes is saved, claims are found by
meaning, and the figures page shows the conflicts with their chart (issue 14)."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tests.browser.test_report_browser import ARTIFACTS, browser, page, pytestmark  # noqa: F401 - shared fixtures

ARTICLE = ("Officials in Kherson said that at least 120 civilians had been killed.\n"
           "Russia's defence ministry claims that only 12 people died.\n")


@pytest.fixture(scope="module")
def store_server(nlp, tmp_path_factory):
    import uvicorn

    from claimscope.server import create_app
    from claimscope.store import Store
    from claimscope.store.encoder import embed_numpy
    from claimscope.store.vectors import DIM, MODEL_NAME, to_blob
    from tests.render.sample import sample_report

    url = f"sqlite:///{tmp_path_factory.mktemp('browser-store') / 'store.db'}"
    report = sample_report()
    with Store.open(url) as db:
        db.write([report], vectors=[[to_blob(v) for v in embed_numpy([c.text for c in report.claims])]],
                 vector_model=MODEL_NAME, vector_dim=DIM)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(url, nlp=nlp, workers=1), host="127.0.0.1", port=port, log_level="warning"))
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


def test_browser_the_form_saves_into_the_store(page, store_server):  # noqa: F811
    page.goto(store_server + "/")
    page.fill("#text", "A regional governor said that 300 people fled the town of Kyrylivka.")
    page.fill("input[name=title]", "Fled Kyrylivka")
    page.click("#analyze")
    page.wait_for_url("**/reports/*", timeout=120_000)
    assert "Saved into the store" in page.locator(".cs-stored").inner_text()
    page.goto(store_server + "/articles")
    assert page.locator("td", has_text="Fled Kyrylivka").count() == 1
    assert not page.errors


def test_browser_claims_are_found_by_meaning(page, store_server):  # noqa: F811
    page.goto(store_server + "/claims")
    page.fill("input[name=q]", "how many people were killed")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    rows = page.locator("table.cs-table tbody tr")
    assert rows.count() >= 2
    assert "killed" in rows.first.inner_text() or "died" in rows.first.inner_text()
    assert "Ranked by meaning" in page.locator(".cs-note").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "webapp-claims-search.png"), full_page=True)
    assert not page.errors


def test_browser_figures_page_shows_conflicts_and_chart(page, store_server):  # noqa: F811
    page.goto(store_server + "/figures")
    page.click("a[href='/figures?measure=killed']")
    page.wait_for_load_state()
    assert page.locator(".cs-findings .cs-badge", has_text="conflict").count() >= 1
    chart = page.locator(".cs-figures svg")
    assert chart.is_visible() and chart.bounding_box()["height"] > 40
    page.screenshot(path=str(ARTIFACTS / "webapp-figures.png"), full_page=True)
    assert not page.errors
