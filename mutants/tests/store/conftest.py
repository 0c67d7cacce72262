"""Store fixtures: a throwaway PostgreSQL server, stores on both backends, reports built by hand.

The PostgreSQL server is real: ``initdb`` into a temporary directory and
``pg_ctl start`` on a free loopback port (as the ``postgres`` user when the
tests run as root, since PostgreSQL refuses to run as root).  ``make test``
installs Debian's postgresql when it is missing; without its binaries the
PostgreSQL cases skip and say why.
"""

from __future__ import annotations

import glob
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Optional

import pytest

from claimscope import model


def _pg_bin() -> Optional[Path]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or ([shutil.which("initdb")] if shutil.which("initdb") else [])
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="claimscope-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as")
            os.chown(self.base, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def run(self, *args: str) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> "PostgresServer":
        self.run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.base / "log"), "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        from sqlalchemy import create_engine

        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.url().replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        engine.dispose()
        return self.url(name)


@pytest.fixture(scope="session")
def postgres():
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not found (initdb); `make test` installs Debian's postgresql")
    server = PostgresServer(bindir)
    try:
        server.start()
    except subprocess.CalledProcessError as err:
        server.stop()
        pytest.skip(f"could not start a throwaway PostgreSQL: {err.stderr.decode(errors='replace')[-300:]}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def store(store_url, tmp_path):
    from claimscope.store import Store

    s = Store(store_url, index_path=tmp_path / "index.usearch")
    yield s
    s.close()


def _span(text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def make_report(
    text: str,
    *,
    id: str,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    claims: list[dict] = (),
) -> model.Report:
    """A report built by hand.

    Each claim: ``{"text": ..., "source": ..., "cue": ..., "source_type": ...,
    "figures": [(figure text, value, measure, entity)], "places": [(text, country)]}``;
    the strings are found in ``text``.
    """
    attributions, out_claims, quantities, places = [], [], [], []
    for i, c in enumerate(claims, start=1):
        attr_id = None
        if c.get("source"):
            attr_id = f"a{i}"
            attributions.append(
                model.Attribution(
                    id=attr_id, kind="indirect", source=model.Span(**_span(text, c["source"])),
                    source_type=c.get("source_type", "named_organization"), cue=model.Span(**_span(text, c.get("cue", "said"))),
                    content=[model.Span(**_span(text, c["text"]))], confidence=0.9,
                )
            )
        span = _span(text, c["text"])
        out_claims.append(model.Claim(id=f"c{i}", **span, attribution=attr_id, epistemic=c.get("epistemic", "reported")))
        for j, (fig, value, measure, entity) in enumerate(c.get("figures", ()), start=1):
            quantities.append(
                model.Quantity(id=f"q{i}_{j}", **_span(text, fig), value=value, measure=measure, entity=entity, claim=f"c{i}", attribution=attr_id)
            )
        for j, (name, country) in enumerate(c.get("places", ()), start=1):
            places.append(model.Place(id=f"p{i}_{j}", **_span(text, name), name=name, country=country, confidence=0.9, claim=f"c{i}"))
    return model.Report(
        claimscope_version="test",
        article=model.Article(id=id, outlet=outlet, published=published, sha256=hashlib.sha256(text.encode()).hexdigest()),
        text=text,
        sentences=[model.Span(start=0, end=len(text), text=text)],
        attributions=attributions,
        claims=out_claims,
        quantities=quantities,
        places=places,
    )


UA_TEXT = "Ukraine's military said that 14,000 Russian troops have been killed."
RU_TEXT = "The Russian Defence Ministry said that 500 Russian soldiers have been killed."
KYIV_TEXT = "Kyiv's armed forces said that over 14,000 Kremlin servicemen died in the fighting."


@pytest.fixture
def three_reports() -> list[model.Report]:
    """The same events from three outlets: two claims of 14,000 from Ukraine's side, one of 500 from Russia's."""
    return [
        make_report(
            UA_TEXT, id="ua", outlet="Kyiv Ledger", published="2022-03-13",
            claims=[{"text": "14,000 Russian troops have been killed", "source": "Ukraine's military",
                     "figures": [("14,000", 14000.0, "killed", "Russian troops")]}],
        ),
        make_report(
            RU_TEXT, id="ru", outlet="Moscow Courier", published="2022-03-02",
            claims=[{"text": "500 Russian soldiers have been killed", "source": "The Russian Defence Ministry",
                     "figures": [("500", 500.0, "killed", "Russian soldiers")]}],
        ),
        make_report(
            KYIV_TEXT, id="kyiv", outlet="Euro Dispatch", published="2022-03-17",
            claims=[{"text": "over 14,000 Kremlin servicemen died in the fighting", "source": "Kyiv's armed forces",
                     "figures": [("14,000", 14000.0, "killed", "Kremlin servicemen")]}],
        ),
    ]
