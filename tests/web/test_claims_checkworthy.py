"""The web app's claims list ranked by check-worthiness: `/api/claims?rank=checkworthy` and the `/claims` page."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimscope.server import create_app
from claimscope.triage.checkworthiness import rank_claims
from tests.render.sample import sample_report
from tests.store.conftest import make_report

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

HOSTILE = "Witnesses said <script>alert(1)</script> & 300 people had fled."


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """A store with the sample report scored by the shipped model (as core.finish scores it) and one unscored report."""
    from claimscope.store import Store

    report = sample_report()
    scores = rank_claims(report.model_dump(include={"claims", "quantities", "attributions"}))
    for claim in report.claims:
        claim.checkworthiness = scores[claim.id]
    old = make_report(HOSTILE, id="old<b>", published="2023-01-01",
                      claims=[{"text": "<script>alert(1)</script> & 300 people had fled", "source": "Witnesses"}])
    url = f"sqlite:///{tmp_path_factory.mktemp('rank') / 'claims.db'}"
    with Store.open(url) as store:
        store.write([report, old])
    with TestClient(create_app(url, warm=False)) as client:
        yield client, report


def test_web_api_claims_rank_checkworthy_orders_by_score_nulls_last(scored):
    client, report = scored
    rows = client.get("/api/claims", params={"rank": "checkworthy"}).json()
    expected = [c.text for c in sorted(report.claims, key=lambda c: -c.checkworthiness)]
    assert [r["claim"] for r in rows] == [*expected, "<script>alert(1)</script> & 300 people had fled"]
    assert rows[0]["checkworthiness"] == max(c.checkworthiness for c in report.claims) and rows[-1]["checkworthiness"] is None
    assert client.get("/api/claims").json()[0]["article"] == "old<b>"  # the default stays newest first
    assert [r["claim"] for r in client.get("/api/claims", params={"rank": "checkworthy", "limit": 2, "offset": 1}).json()] == expected[1:3]
    assert [r["claim"] for r in client.get("/api/claims", params={"rank": "checkworthy", "q": "KILLED"}).json()] == \
        [t for t in expected if "killed" in t.lower()]


def test_web_api_claims_rank_is_checked(scored):
    client, _ = scored
    bad = client.get("/api/claims", params={"rank": "<loudest>"})
    assert bad.status_code == 422 and bad.json()["error"]["kind"] == "request"
    meaning = client.get("/api/claims", params={"rank": "checkworthy", "q": "killed", "match": "meaning"})
    assert meaning.status_code == 422 and "ranks by meaning" in meaning.json()["error"]["message"]


def test_web_claims_page_without_a_query_ranks_by_checkworthiness(scored):
    client, report = scored
    page = client.get("/claims").text
    assert "Most worth checking first" in page and "<th>score</th>" in page
    top = max(report.claims, key=lambda c: c.checkworthiness)
    body = page.split("<tbody>")[1]
    first_row = body.split("</tr>")[0]
    assert f"<td>{top.checkworthiness:.2f}</td>" in first_row and top.text in first_row
    assert body.index(top.text) < body.index("300 people had fled")  # the unscored claim last
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 300" in page
    assert 'href="/articles/old%3Cb%3E"' in page and 'href="/claims/' in page
    recent = client.get("/claims", params={"rank": "recent"}).text.split("<tbody>")[1]
    assert recent.index("300 people had fled") < recent.index(top.text)


def test_web_claims_page_query_keeps_its_matching(scored):
    client, _ = scored
    page = client.get("/claims", params={"q": "died", "match": "words"}).text  # the words match, newest first, as before
    assert "only 12 people died" in page and "Newest article first" in page
    assert 'href="/claims?q=died&amp;match=words&amp;rank=checkworthy"' in page
    # no vectors in this store: a meaning query falls back to the words, as before
    assert "holds no claim vectors" in client.get("/claims", params={"q": "died"}).text
    assert client.get("/claims", params={"rank": "nope"}).status_code == 422
