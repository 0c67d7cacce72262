"""Two processes writing into one SQLite file at once: nothing corrupted, nothing lost, nothing doubled."""

from __future__ import annotations

import multiprocessing
import sqlite3

from .conftest import make_report


def _reports(numbers):
    out = []
    for n in numbers:
        text = f"Officials in town {n} said that {n * 10 + 7} people had been evacuated."
        out.append(
            make_report(
                text, id=f"town-{n}", outlet=f"Outlet {n % 3}", published="2022-03-01",
                claims=[{"text": f"{n * 10 + 7} people had been evacuated", "source": f"Officials in town {n}",
                         "source_type": "collective", "figures": [(f"{n * 10 + 7}", float(n * 10 + 7), "evacuated", "people")]}],
            ).to_dict()
        )
    return out


def _writer(url: str, numbers: list[int], batch: int) -> None:
    from claimscope.store import Store

    store = Store(url)  # both processes may create and migrate the file at the same moment
    reports = _reports(numbers)
    for i in range(0, len(reports), batch):
        store.write(reports[i : i + batch])
    store.record_failures([(f"bad-{numbers[0]}", {"kind": "json", "message": "broken line"})])
    store.close()


def test_concurrency_two_writers_one_sqlite_file(tmp_path):
    path = tmp_path / "shared.db"
    url = f"sqlite:///{path}"
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_writer, args=(url, list(range(0, 40)), 3)),
        ctx.Process(target=_writer, args=(url, list(range(20, 60)), 4)),  # 20 articles in common
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=240)
        assert p.exitcode == 0

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM articles").fetchone() == (60, 60)
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM quantities").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 2
        orphans = conn.execute("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()
