"""The store on both backends: idempotent writes, --update, failures, status, listings."""

from __future__ import annotations

from sqlalchemy import func, select

from claimscope.store import ADDED, REPLACED, SKIPPED, Store, queries, schema
from claimscope.store.writer import report_rows, source_key

from .conftest import make_report


def _count(store, table) -> int:
    with store.reader() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_store_write_is_idempotent_by_text_hash(store, three_reports):
    first = store.write(three_reports)
    assert [o for o, _ in first] == [ADDED, ADDED, ADDED]
    again = store.write(three_reports)
    assert [o for o, _ in again] == [SKIPPED, SKIPPED, SKIPPED]
    assert [i for _, i in again] == [i for _, i in first]
    status = store.status()
    assert status["articles"] == 3 and status["claims"] == 3 and status["quantities"] == 3
    assert status["schema_revision"] == status["head_revision"]


def test_store_update_replaces_without_duplicates(store, three_reports):
    store.write(three_reports)
    changed = three_reports[0].model_copy(deep=True)
    changed.article.outlet = "Kyiv Ledger (corrected)"
    (outcome, _), = store.write([changed], update=True)
    assert outcome == REPLACED
    assert _count(store, schema.articles) == 3
    assert _count(store, schema.claims) == 3
    assert _count(store, schema.quantities) == 3
    with store.reader() as conn:
        outlets = set(conn.execute(select(schema.articles.c.outlet)).scalars())
    assert "Kyiv Ledger (corrected)" in outlets and "Kyiv Ledger" not in outlets


def test_store_records_round_trip_offsets(store, three_reports):
    store.write(three_reports)
    c, a = schema.claims, schema.articles
    with store.reader() as conn:
        rows = conn.execute(select(a.c.text, c.c.start, c.c.end, c.c.text).join(c, c.c.article_id == a.c.id)).all()
    assert len(rows) == 3
    for text, start, end, claim_text in rows:
        assert text[start:end] == claim_text


def test_store_failures_are_recorded_once_and_cleared_on_success(store, three_reports):
    store.record_failures([("ua", {"kind": "io", "message": "gone"}), ("bad", {"kind": "json", "message": "line 3"})])
    store.record_failures([("bad", {"kind": "json", "message": "line 3 again"})])
    status = store.status()
    assert status["failed"] == 2
    assert status["failed_by_kind"] == {"io": 1, "json": 1}
    store.write(three_reports[:1])  # "ua" now succeeds: its failure is history
    assert [f["item_id"] for f in store.failures()] == ["bad"]


def test_store_sources_are_merged_across_articles_with_their_side(store, three_reports):
    twice = make_report(
        "Ukraine’s military said 15,000 Russian troops were killed.", id="ua2", outlet="Kyiv Ledger", published="2022-03-25",
        claims=[{"text": "15,000 Russian troops were killed", "source": "Ukraine’s military",
                 "figures": [("15,000", 15000.0, "killed", "Russian troops")]}],
    )
    store.write([*three_reports, twice])
    rows = queries.sources(store)
    by_name = {(r["source"], r["outlet"]): r for r in rows}
    assert by_name[("Ukraine's military", "Kyiv Ledger")]["claims"] == 2  # curly and straight apostrophes merge
    assert by_name[("The Russian Defence Ministry", "Moscow Courier")]["side"] == "RU"
    assert by_name[("Kyiv's armed forces", "Euro Dispatch")]["side"] == "UA"
    assert all(r["named"] for r in rows)


def test_store_figures_list_every_source_and_find_the_conflict(store, three_reports):
    store.write(three_reports)
    rows = queries.figures(store, "killed")
    assert [r["value"] for r in rows] == [500.0, 14000.0, 14000.0]  # oldest first
    assert [r["side"] for r in rows] == ["RU", "UA", "UA"]
    found = queries.figure_conflicts(rows, "killed")
    assert len(found) == 1 and found[0].verdict == "conflict" and found[0].spread == 28.0
    queries.save_corpus_findings(store, "figures:killed", found)
    queries.save_corpus_findings(store, "figures:killed", found)  # recomputing replaces, never piles up
    with store.reader() as conn:
        n = conn.execute(select(func.count()).select_from(schema.findings).where(schema.findings.c.scope == "corpus")).scalar_one()
    assert n == 1


def test_store_figure_conflicts_need_two_sources():
    rows = [{"value": 500.0, "source": "A", "article": "x", "quantity": "q1", "claim_id": 1}]
    assert queries.figure_conflicts(rows, "killed") == []
    rows.append({"value": 520.0, "source": "B", "article": "y", "quantity": "q1", "claim_id": 2})
    (finding,) = queries.figure_conflicts(rows, "killed")
    assert finding.verdict == "consistent"


def test_store_report_rows_keep_local_ids(three_reports):
    rows = report_rows(three_reports[0])
    assert rows.claims[0]["local_id"] == "c1" and rows.claims[0]["_attribution"] == "a1"
    assert rows.quantities[0]["_claim"] == "c1"
    assert list(rows.sources) == ["military ua"]  # the entity key: comparable words, sorted (claimscope.speakers)
    assert rows.aliases == {"military ua": ["Ukraine's military"]}


def test_store_source_key_ignores_case_quotes_and_determiners():
    assert source_key("The Russian Defence Ministry") == source_key("the  russian defence ministry")
    assert source_key("Ukraine’s military") == source_key("Ukraine's military")
    assert source_key("one US intelligence analyst") == "us intelligence analyst"


def test_store_reopen_keeps_data(store_url, tmp_path, three_reports):
    with Store(store_url) as s:
        s.write(three_reports)
    with Store(store_url) as s:
        assert s.status()["articles"] == 3


def test_store_figure_conflicts_compare_within_the_counted_side():
    rows = [
        {"value": 500.0, "source": "Russian MoD", "counted": "RU", "article": "a", "quantity": "q1", "claim_id": 1},
        {"value": 15000.0, "source": "Ukraine", "counted": "RU", "article": "b", "quantity": "q1", "claim_id": 2},
        {"value": 1300.0, "source": "Zelensky", "counted": "UA", "article": "c", "quantity": "q1", "claim_id": 3},
        {"value": 1400.0, "source": "Konashenkov", "counted": "UA", "article": "d", "quantity": "q1", "claim_id": 4},
    ]
    found = queries.figure_conflicts(rows, "killed")
    assert [(f.verdict, f.spread) for f in found] == [("conflict", 30.0), ("consistent", round(1400 / 1300, 3))]
    assert "RU side counted" in found[0].summary


def test_store_gives_back_the_report_it_was_given(store, three_reports):
    from claimscope.store import browse

    store.write(three_reports)
    original = three_reports[0]
    again = browse.report(store, original.article.id)
    assert again == original  # field for field, not rebuilt from the rows


# ---------------------------------------------------------------- sources are entities (issue 11)
def test_store_organisation_spellings_merge_across_articles_with_aliases(store):
    defense = make_report(
        "The Russian Defense Ministry said 40 drones were downed.", id="ap", outlet="AP", published="2022-03-02",
        claims=[{"text": "40 drones were downed", "source": "The Russian Defense Ministry"}],
    )
    defence = make_report(
        "Russia's defence ministry said 12 drones were downed.", id="bbc", outlet="BBC", published="2022-03-03",
        claims=[{"text": "12 drones were downed", "source": "Russia's defence ministry"}],
    )
    store.write([defense, defence])
    (row,) = queries.sources(store)
    assert (row["source"], row["articles"], row["claims"], row["outlet"]) == ("The Russian Defense Ministry", 2, 2, "AP; BBC")
    assert row["aliases"] == "Russia's defence ministry" and row["side"] == "RU"


def test_store_generic_descriptions_never_merge_across_articles(store):
    reports = [
        make_report(f"Officials said the road {n} was closed.", id=f"r{n}", outlet="AP", published="2022-03-02",
                    claims=[{"text": f"the road {n} was closed", "source": "Officials", "source_type": "collective"}])
        for n in (1, 2)
    ]
    store.write(reports)
    rows = queries.sources(store)
    assert [(r["source"], r["articles"]) for r in rows] == [("Officials", 1), ("Officials", 1)]


def test_store_one_speaker_in_an_article_is_one_source(store):
    text = "Kremlin spokesman Dmitry Peskov said no talks were planned. Peskov said Moscow would respond."
    r = make_report(text, id="peskov", outlet="AP", claims=[
        {"text": "no talks were planned", "source": "Kremlin spokesman Dmitry Peskov", "source_type": "named_person"},
        {"text": "Moscow would respond", "source": "Peskov", "source_type": "named_person"},
    ])
    store.write([r])
    (row,) = queries.sources(store)
    assert (row["source"], row["claims"]) == ("Dmitry Peskov", 2)
    assert row["aliases"] == "Kremlin spokesman Dmitry Peskov; Peskov"


def test_store_hedged_counts_denied_like_the_profile():
    from claimscope.vocab import WEAK

    r = make_report("The ministry said the strike never happened.", id="d", claims=[
        {"text": "the strike never happened", "source": "The ministry", "epistemic": "denied"}])
    rows = report_rows(r)
    assert "denied" in WEAK and rows.claims[0]["hedged"] is True


def test_store_figures_compare_by_frame_with_the_domain_rule():
    base = {"article": "a", "quantity": "q1", "claim_id": 1}
    rows = [
        {**base, "value": 40.0, "source": "Kyiv police", "population": "civilians", "counted": "UA", "published": "2022-03-02"},
        {**base, "value": 20000.0, "source": "Ukraine's General Staff", "population": "military", "counted": "RU", "article": "b", "published": "2022-03-03"},
        {**base, "value": 900.0, "source": "the UN", "population": "civilians", "counted": "UA", "article": "c", "published": "2022-03-04"},
    ]
    found = queries.figure_conflicts(rows, "injured")
    (conflict,) = [f for f in found if f.kind == "figure_conflict"]
    assert conflict.verdict == "conflict" and {v.source for v in conflict.values} == {"Kyiv police", "the UN"}
    assert 20000.0 not in [v.value for v in conflict.values]  # soldiers never share the civilians' row


def test_store_a_later_figure_of_the_same_source_is_a_revision_not_a_conflict():
    rows = [
        {"value": 136.0, "source": "the UN", "article": "a", "quantity": "q1", "claim_id": 1, "published": "2022-03-02"},
        {"value": 1035.0, "source": "the UN", "article": "b", "quantity": "q1", "claim_id": 2, "published": "2022-04-25"},
    ]
    found = queries.figure_conflicts(rows, "killed")
    assert [f.kind for f in found] == ["figure_revision"]
    assert "→" in found[0].summary


def test_store_parts_and_undated_months_apart():
    rows = [
        {"value": 383.0, "source": "the ministry", "article": "a", "quantity": "q1", "claim_id": 1, "published": "2022-03-02"},
        {"value": 203.0, "source": "a rescuer", "article": "a", "quantity": "q2", "claim_id": 1, "published": "2022-03-02", "part": True},
        {"value": 40.0, "source": "the mayor", "article": "b", "quantity": "q1", "claim_id": 2, "published": "2022-05-02"},
    ]
    assert [f for f in queries.figure_conflicts(rows, "killed") if f.verdict == "conflict"] == []
