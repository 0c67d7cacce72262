"""Check-worthiness in the store (revision 0006): the column, its backfill, the ranked listing and `claims --rank`."""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from claimscope.cli import app
from claimscope.store import Store, browse
from claimscope.store.db import make_engine, migrate, normalize_url
from claimscope.triage.checkworthiness import rank_claims
from tests.store.conftest import make_report

runner = CliRunner()

TEXT = ("The ministry said that 14,000 soldiers had been killed since February. "
        "Officials said the talks will go on. The mayor said thank you to the volunteers.")
CLAIMS = [
    {"text": "14,000 soldiers had been killed since February", "source": "The ministry"},
    {"text": "the talks will go on", "source": "Officials"},
    {"text": "thank you to the volunteers", "source": "The mayor"},
]


def _scored_report(text: str = TEXT, *, id: str = "a", published: str = "2022-03-01", claims=CLAIMS):
    """A hand-built report scored by the shipped model, as core.finish scores every report."""
    report = make_report(text, id=id, outlet="Ledger", published=published, claims=list(claims))
    scores = rank_claims(report.model_dump(include={"claims", "quantities", "attributions"}))
    for claim in report.claims:
        claim.checkworthiness = scores[claim.id]
    return report


def _column(store) -> dict[str, float]:
    with store.reader() as conn:
        return dict(conn.execute(sa.text("SELECT text, checkworthiness FROM claims")).all())


def test_checkworthiness_writer_fills_the_column(store):
    report = _scored_report()
    store.write([report])
    stored = _column(store)
    assert stored == {c.text: c.checkworthiness for c in report.claims}
    assert all(0.0 <= v <= 1.0 for v in stored.values())


def test_checkworthiness_report_without_scores_stores_null(store):
    store.write([make_report(TEXT, id="plain", claims=CLAIMS)])
    assert set(_column(store).values()) == {None}


def test_checkworthiness_ranking_orders_by_score_nulls_last(store):
    scored = _scored_report()
    unscored = make_report("Witnesses said 300 people had fled the town.", id="old", published="2022-04-01",
                           claims=[{"text": "300 people had fled the town", "source": "Witnesses"}])
    store.write([scored, unscored])
    rows = browse.claims(store, rank="checkworthy")
    expected = [c.text for c in sorted(scored.claims, key=lambda c: -c.checkworthiness)] + ["300 people had fled the town"]
    assert [r["claim"] for r in rows] == expected
    assert [r["checkworthiness"] for r in rows][-1] is None
    assert rows[0]["checkworthiness"] == max(c.checkworthiness for c in scored.claims)
    # the figure outranks the greeting, as the model ranks them (the model's own test pins why)
    assert rows.index(next(r for r in rows if "14,000" in r["claim"])) < rows.index(next(r for r in rows if "thank" in r["claim"]))
    # "recent": newest article first, the listing's order before 0006
    assert browse.claims(store, rank="recent")[0]["claim"] == "300 people had fled the town"
    # the filters still apply, in the ranked order
    assert [r["claim"] for r in browse.claims(store, rank="checkworthy", limit=2, offset=1)] == expected[1:3]
    assert [r["claim"] for r in browse.claims(store, rank="checkworthy", q="THE")] == [t for t in expected if "the" in t.lower()]
    assert {"id", "claim_id", "source", "article", "published", "outlet"} <= set(rows[0])
    with pytest.raises(ValueError, match="unknown rank"):
        browse.claims(store, rank="loudest")


def _old_store_at_0005(url: str) -> None:
    """A store as revision 0005 left it: one article whose stored report carries scores, one whose report does not."""
    engine = make_engine(normalize_url(url))
    migrate(engine, "0005")
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("sha256", sa.String), sa.column("ext_id", sa.String),
                        sa.column("published", sa.String), sa.column("text", sa.Text), sa.column("n_claims", sa.Integer),
                        sa.column("report", sa.JSON))
    claims = sa.table("claims", sa.column("article_id", sa.Integer), sa.column("local_id", sa.String), sa.column("start", sa.Integer),
                      sa.column("end", sa.Integer), sa.column("text", sa.Text), sa.column("epistemic", sa.String),
                      sa.column("hedged", sa.Boolean))
    stored = [
        ("scored", "Officials said 12 died. The mayor said thanks.",
         [("c1", "12 died", 0.81), ("c2", "thanks", 0.07), ("c3", "said", True)]),  # a bool is no score
        ("unscored", "Witnesses said 300 fled.", [("c1", "300 fled", None)]),
        ("before-0003", "An article stored before reports were kept whole.", [("c1", "reports were kept whole", None)]),
    ]
    with engine.begin() as conn:
        for ext_id, text, cs in stored:
            report = None if ext_id == "before-0003" else {
                "claims": [{"id": lid, "text": t, **({} if score is None else {"checkworthiness": score})} for lid, t, score in cs]}
            article_id = conn.execute(articles.insert().returning(articles.c.id), {
                "sha256": hashlib.sha256(text.encode()).hexdigest(), "ext_id": ext_id, "published": "2022-03-01", "text": text,
                "n_claims": len(cs), "report": report}).scalar_one()
            conn.execute(claims.insert(), [{"article_id": article_id, "local_id": lid, "start": text.index(t), "end": text.index(t) + len(t),
                                            "text": t, "epistemic": "reported", "hedged": False} for lid, t, _ in cs])
        # SQL NULL, as revision 0003 left the rows it found (the JSON type would write the JSON null)
        conn.execute(sa.text("UPDATE articles SET report = NULL WHERE ext_id = 'before-0003'"))
    engine.dispose()


def test_checkworthiness_migration_backfills_from_the_stored_reports(store_url, tmp_path):
    _old_store_at_0005(store_url)
    with Store(store_url, index_path=tmp_path / "i.usearch") as store:  # opening migrates to head
        assert store.status()["schema_revision"] == "0006"
        assert _column(store) == {"12 died": 0.81, "thanks": 0.07, "said": None, "300 fled": None, "reports were kept whole": None}
        ranked = [r["claim"] for r in browse.claims(store, rank="checkworthy")]
        assert ranked[:2] == ["12 died", "thanks"] and set(ranked[2:]) == {"said", "300 fled", "reports were kept whole"}
        with store.reader() as conn:
            indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("claims")}
        assert "ix_claims_checkworthiness" in indexes


def test_checkworthiness_migration_downgrades_and_upgrades_again(store, tmp_path):
    from alembic import command

    from claimscope.store.db import alembic_config

    store.write([_scored_report()])
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    with store.engine.connect() as conn:
        assert "checkworthiness" not in {c["name"] for c in sa.inspect(conn).get_columns("claims")}
    with Store(store.url, index_path=tmp_path / "j.usearch") as again:  # back to head: the scores come back from the reports
        assert set(_column(again).values()) == {c.checkworthiness for c in _scored_report().claims}


# -- the CLI: claimscope claims --rank checkworthy ----------------------------------------------------------------------

@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    with Store(url) as store:
        store.write([_scored_report(), make_report("Witnesses said 300 people had fled.", id="old", published="2022-04-01",
                                                   claims=[{"text": "300 people had fled", "source": "Witnesses"}])])
    return url


def test_checkworthiness_cli_lists_claims_most_worth_checking_first(db):
    result = runner.invoke(app, ["claims", "--rank", "checkworthy", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    scores = [r["checkworthiness"] for r in rows]
    assert scores[-1] is None and scores[:-1] == sorted(scores[:-1], reverse=True) and len(rows) == 4
    assert {"id", "checkworthiness", "claim", "source", "epistemic", "article", "outlet", "published"} <= set(rows[0])
    assert rows[0]["source"] == "The ministry" and rows[0]["article"] == "a" and rows[0]["outlet"] == "Ledger"
    # the stored id is the one `claims stance ID` takes
    assert runner.invoke(app, ["claims", "stance", str(rows[0]["id"]), "--db", db, "--format", "jsonl"]).exit_code == 0
    limited = runner.invoke(app, ["claims", "--db", db, "--format", "csv", "--limit", "1"]).stdout.splitlines()  # the default rank
    assert limited[0].startswith("id,checkworthiness,claim,") and len(limited) == 2 and "14,000" in limited[1]


def test_checkworthiness_cli_table_shows_the_score(db):
    result = runner.invoke(app, ["claims", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "claims most worth checking first" in result.stdout and "score" in result.stdout
    top = max(c.checkworthiness for c in _scored_report().claims)
    assert f"{top:.2f}" in result.stdout and "Ledger, 2022-03-01" in result.stdout
    assert "1 of these claims have no check-worthiness score" in result.stderr
    recent = runner.invoke(app, ["claims", "--db", db, "--rank", "recent"], env={"COLUMNS": "200"}).stdout
    assert recent.index("300 people had fled") < recent.index("14,000")


def test_checkworthiness_cli_options_and_subcommands(db):
    assert runner.invoke(app, ["claims", "--rank", "loudest", "--db", db]).exit_code == 2
    misplaced = runner.invoke(app, ["claims", "--db", db, "first"])
    assert misplaced.exit_code == 2 and "--db before 'first'" in misplaced.stderr
    help_text = " ".join(runner.invoke(app, ["claims", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert "--rank" in help_text and "checkworthy" in help_text and "recent" in help_text
    assert all(name in help_text for name in ("search", "similar", "stance", "first", "index"))
    assert "table, csv, parquet, jsonl" in help_text
    assert "claims [OPTIONS] [COMMAND" in runner.invoke(app, ["claims"], env={"COLUMNS": "200"}).output  # no options: the help
