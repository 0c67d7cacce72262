"""The corpus commands: ``ingest``, ``status``, ``claims`` (a listing; ``search|similar|stance|first|index``), ``figures``, ``sources``.

They parse arguments and call :mod:`claimscope.batch` and
:mod:`claimscope.store`; every listing renders as a table or exports with
``--format csv|parquet|jsonl`` and ``--out``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from claimscope.cli_output import DB_HELP, err_console, fail
from claimscope.errors import ClaimscopeError, Errors
from claimscope.vocab import CLAIM_RANKS, LIST_FORMATS

# Commands import the engine inside their bodies, a measured reason (docs/architecture.md): importing
# claimscope.cli takes 0.4 s, the engine with spaCy, torch, the store and Dask 4.4 s, which `--help`,
# `schema` and every input error would otherwise pay.


FORMAT_HELP = f"Output: {', '.join(LIST_FORMATS)} (table: on the terminal; parquet needs --out)."
OUT_HELP = "Write the listing to this file instead of the terminal."




def _open(db: Optional[str], *, init: bool = False):
    from claimscope.store import Store

    return Store(db, init=init)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 and value == int(value) else f"{value:g}"
    return str(value)


def emit(
    rows: list[dict], columns: list[str], *, fmt: str, out: Optional[Path], title: str = "", table_columns: Optional[list[str]] = None
) -> None:
    """Write ``rows`` as a Rich table (terminal; ``table_columns`` only), CSV, Parquet or JSON lines (all ``columns``)."""
    if fmt not in LIST_FORMATS:
        fail(f"Unknown format '{fmt}'; available: {', '.join(LIST_FORMATS)}.")
    if fmt == "table" and table_columns:
        columns = table_columns
    rows = [{c: r.get(c) for c in columns} for r in rows]
    if fmt == "parquet":
        if out is None:
            fail("--format parquet needs --out FILE.parquet.")
        import pyarrow as pa
        import pyarrow.parquet as pq

        out.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in columns}), out)
        err_console.print(f"wrote {out} ({len(rows)} rows)")
        return
    if fmt == "table" and not rows:  # never an empty table: say so (exports still write their header)
        err_console.print(f"{title or 'listing'}: nothing to list.", markup=False, highlight=False)
        return
    if fmt == "table":
        table = Table(title=title or None, show_lines=False)
        for c in columns:
            wide = c in ("claim", "text", "summary", "message", "outlets", "sources", "spellings", "article")
            table.add_column(c, overflow="fold", ratio=3 if wide else 1, min_width=None if wide else min(len(c), 10))
        for r in rows:
            table.add_row(*(_cell(r[c]) for c in columns))
        if out:
            console = Console(file=io.StringIO(), width=200, record=True)
            console.print(table)
            out.write_text(console.export_text(), encoding="utf-8")
        else:
            Console().print(table)
        return
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    else:
        for r in rows:
            buf.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(buf.getvalue(), encoding="utf-8")
        err_console.print(f"wrote {out} ({len(rows)} rows)")
    else:
        sys.stdout.write(buf.getvalue())


def _count_inputs(paths: list[Path]) -> Optional[int]:
    """How many items the paths hold (files, non-empty JSONL lines), for the progress bar."""
    from claimscope.inputs import JSONL_SUFFIXES, iter_lines

    total = 0
    try:
        for path in paths:
            if path.is_dir():
                total += _count_inputs(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))) or 0
            elif path.suffix.lower() in JSONL_SUFFIXES and path.exists():
                with path.open("rb") as handle:  # bounded reads: a multi-GB line is never held in memory
                    total += sum(1 for _, line in iter_lines(handle) if line is None or line.strip())
            else:
                total += 1
    except OSError:
        return None
    return total


def _server_matches(server: str, text: str, *, k: int, min_score: Optional[float]) -> list[dict]:
    """The matches a running web app finds (``GET /api/claims?match=meaning``), as ``search_text`` rows."""
    import httpx  # the client only; a search through the server loads no model here

    url = server.rstrip("/") + "/api/claims"
    try:
        response = httpx.get(url, params={"q": text, "match": "meaning", "limit": k}, timeout=30.0)
    except httpx.HTTPError as err:
        fail(f"Cannot reach the claimscope server at {server}: {err}.")
    if response.status_code != 200:
        detail = (response.json().get("error") or {}).get("message") if response.headers.get("content-type", "").startswith("application/json") else response.text[:200]
        fail(f"The claimscope server at {server} answered {response.status_code}: {detail}")
    rows = []
    for r in response.json():
        if min_score is not None and r["score"] < min_score:
            continue
        # search_text's keys: claim_id is the stored claim's id (the API's id), local_id the report's (the API's claim_id)
        rows.append({**r, "text": r["claim"], "ext_id": r["article"], "side": r.get("side"), "claim_id": r["id"],
                     "local_id": r["claim_id"]})
    return rows


def _emit_matches(db: Optional[str], search, fmt: str, out: Optional[Path], title: str) -> None:
    """Open the store, embed claims not yet indexed, run ``search(store)`` and print the ranked matches."""
    from claimscope.store.vectors import backfill

    try:
        store = _open(db)
        backfill(store)
        rows = search(store)
    except ClaimscopeError as err:
        fail(err.message)
    _emit_rows(rows, fmt, out, title)


def _emit_rows(rows: list[dict], fmt: str, out: Optional[Path], title: str) -> None:
    for r in rows:  # on the terminal the article column also says where and when (exports have their own columns)
        where = ", ".join(str(x) for x in (r.get("outlet"), r.get("published")) if x)
        r["article"] = f"{r.get('ext_id')}\n{where}" if fmt == "table" and where else r.get("ext_id")
        r["boost"] = round(r["score"] - r["cosine"], 4)
    if not rows and fmt == "table":
        err_console.print("no matching claims in the store.")
        return
    emit(rows, MATCH_COLUMNS, fmt=fmt, out=out, title=title, table_columns=MATCH_TABLE)
    if fmt == "table" and out is None:
        Console().print(score_legend(), style="dim", highlight=False)


def score_legend() -> str:
    """What a match score is made of, with the weights of :mod:`claimscope.match`."""
    from claimscope import match as m  # the weights only; imported with the search it explains

    return (f"score = cosine of the embeddings (meaning, -1 to 1) + boost: figures agree {m.NUMBERS_AGREE:+g} / "
            f"disagree {m.NUMBERS_DISAGREE:+g}, same side {m.SIDE_AGREE:+g} / other side {m.SIDE_DISAGREE:+g}, "
            f"a shared place {m.PLACE_SHARED:+g}; so it can pass 1. {m.SAME_CLAIM:g} or more: the same claim.")


def register(app: typer.Typer) -> None:
    claims_app = typer.Typer(no_args_is_help=True, subcommand_metavar="[COMMAND [ARGS]...]")
    app.add_typer(claims_app, name="claims")

    @claims_app.callback(invoke_without_command=True)
    def claims_list(
        ctx: typer.Context,
        rank: str = typer.Option("checkworthy", "--rank", help=RANK_HELP, show_default=True),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        contains: Optional[str] = typer.Option(None, "--contains", help="Only claims whose text contains this (case-insensitive)."),
        limit: int = typer.Option(50, "--limit", "-n", min=1, max=100_000, help="How many claims."),
        offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
    ) -> None:
        """Claims across the corpus: the most worth checking first, search by meaning, the same claim elsewhere, stance, first appearance.

        With options and no command, lists the stored claims: `--rank checkworthy` (the default) by check-worthiness, 0-1, the claims most worth checking first (claims stored without a score last); `--rank recent` newest article first.
        """
        if ctx.invoked_subcommand is not None:
            # the listing's options typed before a command would be dropped silently (Typer vendors click: compare by name)
            given = [f"--{name}" for name in ("rank", "db", "contains", "limit", "offset", "format", "out")
                     if getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"]
            if given:
                sub = ctx.invoked_subcommand
                fail(f"{', '.join(given)} before '{sub}' are options of the claims listing; give {sub}'s options after it "
                     f"(claimscope claims {sub} --help).")
            return
        from claimscope.store.browse import claims as list_claims

        if rank not in CLAIM_RANKS:
            fail(f"Unknown rank '{rank}'; available: {', '.join(CLAIM_RANKS)}.")
        if format not in LIST_FORMATS:
            fail(f"Unknown format '{format}'; available: {', '.join(LIST_FORMATS)}.")
        try:
            store = _open(db)
            rows = list_claims(store, q=contains or "", limit=limit, offset=offset, rank=rank)
        except ClaimscopeError as err:
            fail(err.message)
        if not rows and format == "table":
            err_console.print("no claims in the store" + (f" containing '{contains}'" if contains else "")
                              + "; `claimscope ingest FILE...` adds articles.", markup=False, highlight=False)
            return
        unscored = sum(1 for r in rows if r["checkworthiness"] is None)
        if format == "table":  # the article column also says where and when; the score as the report prints it
            for r in rows:
                where = ", ".join(str(x) for x in (r.get("outlet"), r.get("published")) if x)
                r["article"] = f"{r['article']}\n{where}" if where else r["article"]
                r["claim"] = " ".join(r["claim"].split())
                r["score"] = "" if r["checkworthiness"] is None else f"{r['checkworthiness']:.2f}"
        title = ("claims most worth checking first (score: check-worthiness, 0-1)" if rank == "checkworthy"
                 else "claims, newest article first (score: check-worthiness, 0-1)")
        emit(rows, CLAIM_COLUMNS, fmt=format, out=out, title=title, table_columns=CLAIM_TABLE)
        if format == "table" and unscored:
            err_console.print(f"{unscored} of these claims have no check-worthiness score (analyzed before it was added); "
                              "ingesting their articles again with `claimscope ingest --update` scores them.",
                              style="dim", markup=False, highlight=False)

    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Article files (.txt, .html, .pdf), directories, .jsonl files, http(s) URLs of pages, PDFs or RSS/Atom feeds, feed files."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        update: bool = typer.Option(False, "--update", help="Replace articles already stored (same text hash)."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler, tcp://HOST:PORT."),
        workers: Optional[int] = typer.Option(None, "--workers", help="LocalCluster workers (default: one per core); 0: no Dask."),
        vectors: bool = typer.Option(True, "--vectors/--no-vectors", help="Embed claims for `claims search` (later with `claims index`)."),
        chunk_size: int = typer.Option(4, "--chunk-size", help="Articles per Dask task."),
        dashboard: bool = typer.Option(False, "--dashboard/--no-dashboard", help="Serve the Dask dashboard, on 127.0.0.1 only."),
        init: bool = typer.Option(False, "--init", help="Create a new store in an existing empty (0-byte) file."),
        published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD of the files (not JSONL records)."),
        outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet of the files (not JSONL records)."),
        url: Optional[str] = typer.Option(None, "--url", help="URL of the file (not JSONL records)."),
        lang_any: bool = typer.Option(False, "--lang-any", help="Ingest articles in any language (flagged) instead of refusing them."),
        watch: bool = typer.Option(False, "--watch", help="Poll the feeds given at --interval until Ctrl-C (resumes from the store)."),
        interval: float = typer.Option(900.0, "--interval", help="Seconds between polls with --watch."),
        rounds: Optional[int] = typer.Option(None, "--rounds", hidden=True, help="Stop --watch after this many polls."),
    ) -> None:
        """Analyze articles on Dask and write them into the store (idempotent, resumable).

        URLs are fetched (robots.txt permitting); a feed's items are ingested once each, by URL and text hash.

        --scheduler connects to a Dask scheduler you run: it and its workers execute the code this
        command sends, and this command unpickles what they return; connect only to one you trust.
        """
        try:
            store = _open(db, init=init)
        except ClaimscopeError as err:
            fail(err.message)
        local = [Path(p) for p in paths if "://" not in p]
        if watch:  # one client (or none) for the whole watch, not a new cluster per poll
            from claimscope.batch import make_client
            from claimscope.intake.feeds import watch as watch_feeds

            client = make_client(scheduler, workers=workers) if scheduler or workers else None
            polls = watch_feeds(lambda: _ingest_once(paths, store, client=client, workers=0, update=update, vectors=vectors,
                                                     chunk_size=chunk_size, lang_any=lang_any, published=published, outlet=outlet, url=url),
                                interval=interval, rounds=rounds, on_stop=lambda: err_console.print("stopped (Ctrl-C); what was written is kept."))
            err_console.print(f"watched {len(paths)} feed(s), {polls} poll(s) -> {store.status()['store']}", markup=False)
            return
        feeds_or_urls = len(local) < len(paths) or any(p.suffix.lower() in (".xml", ".rss", ".atom", ".rdf") for p in local)
        _ingest_once(paths, store, total=None if feeds_or_urls else _count_inputs(local), scheduler=scheduler,
                     workers=workers, update=update, vectors=vectors, chunk_size=chunk_size, dashboard=dashboard,
                     lang_any=lang_any, published=published, outlet=outlet, url=url)

    def _ingest_once(paths: list[str], store, *, total: Optional[int] = None, lang_any: bool = False,
                     published: Optional[str] = None, outlet: Optional[str] = None, url: Optional[str] = None, **options) -> None:
        """One ingest run of ``paths`` (files, URLs, feeds) with a progress bar and a summary line."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        from claimscope.batch import ingest as run_ingest
        from claimscope.inputs import iter_sources

        counts = {"added": 0, "replaced": 0, "skipped": 0, "failed": 0}
        progress = Progress(
            TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(), TimeRemainingColumn(), console=err_console,
        )
        with progress:
            task = progress.add_task("ingest", total=total, status="")

            def on_progress(event: str, item_id: Optional[str]) -> None:
                counts[event] = counts.get(event, 0) + 1
                progress.update(task, advance=1, status=", ".join(f"{v} {k}" for k, v in counts.items() if v))

            known = (lambda u: False) if options.get("update") else _url_known(store)
            items = iter_sources(paths, lang_any=lang_any, known_url=known, on_skip=lambda item_id: on_progress("skipped", item_id),
                                 published=published, outlet=outlet, url=url)
            try:
                summary = run_ingest(items=items, store=store, on_progress=on_progress, **options)
            except ClaimscopeError as err:  # the store became unwritable (read-only, full): what was written is kept
                progress.stop()
                fail(err.message)
        for failure in summary.failures:
            err_console.print(f"failed: {failure.get('id')}: {failure.get('message')}", markup=False, highlight=False)
        err_console.print(  # already stored: by text hash, and feed items by URL (not fetched again)
            f"{summary.added} added, {summary.replaced} replaced, {counts['skipped']} already stored, {summary.failed} failed"
            f" -> {store.status()['store']}",
            markup=False,
        )

    @app.command()
    def status(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
        failures: bool = typer.Option(False, "--failures", help="List each failed input with its error."),
    ) -> None:
        """What the store holds: articles done, inputs failed, records, schema revision."""
        try:
            store = _open(db)
        except ClaimscopeError as err:
            fail(err.message)
        if failures:
            emit(store.failures(), ["item_id", "kind", "message"], fmt=format, out=out, title="failed inputs")
            return
        info = store.status()
        info["failed_by_kind"] = ", ".join(f"{k}: {v}" for k, v in info["failed_by_kind"].items())
        emit([{"key": k, "value": v} for k, v in info.items()], ["key", "value"], fmt=format, out=out, title="claimscope store")

    @claims_app.command("search")
    def claims_search(
        text: str = typer.Argument(..., help="A claim in your own words, e.g. 'Ukraine says 14,000 Russian troops killed'."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        k: int = typer.Option(10, "-k", help="How many matches."),
        min_score: Optional[float] = typer.Option(None, "--min-score", help="Hide matches scoring below this (same claim: 0.6)."),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
        server: Optional[str] = typer.Option(
            None, "--server", envvar="CLAIMSCOPE_SERVER",
            help="Ask a running `claimscope serve --db …` (e.g. http://127.0.0.1:8000), which keeps the encoder and the "
                 "index loaded: a search then takes milliseconds instead of seconds.",
        ),
    ) -> None:
        """Stored claims matching TEXT, ranked: meaning (embeddings) plus figures, side and places.

        The score is the cosine of the two claims' embeddings (-1 to 1) plus named boosts: +0.15 when their
        figures agree, -0.5 when they disagree, and small boosts for the same side and a shared place (see
        SCORE_LEGEND); it can pass 1. 0.6 or more: taken as the same claim.
        """
        if server:
            _emit_rows(_server_matches(server, text, k=k, min_score=min_score), format, out, f"claims matching: {text}")
            return
        from claimscope.store.vectors import search_text

        _emit_matches(db, lambda store: search_text(store, text, k=k, min_score=min_score), format, out, f"claims matching: {text}")

    @claims_app.command("similar")
    def claims_similar(
        claim_id: int = typer.Argument(..., help="A claim id from `claims search` or an export."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        k: int = typer.Option(10, "-k"),
        min_score: float = typer.Option(0.6, "--min-score", help="The same claim scores 0.6 or more."),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
    ) -> None:
        """The same claim in other articles and from other sources."""
        from claimscope.store.vectors import similar_claims

        _emit_matches(db, lambda store: similar_claims(store, claim_id, k=k, min_score=min_score), format, out, f"claims similar to {claim_id}")

    @claims_app.command("stance")
    def claims_stance(
        claim_id: int = typer.Argument(..., help="A claim id from `claims search` or an export."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        k: int = typer.Option(25, "-k", help="How many other articles to look at."),
        min_score: float = typer.Option(0.4, "--min-score", help="Match score from which an article carries the claim."),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
    ) -> None:
        """Who disputes whom: the stance (agree, disagree, discuss, unrelated) of every article carrying the claim, by date."""
        from claimscope.store.stance import claim_stances
        from claimscope.store.vectors import backfill

        try:
            store = _open(db)
            backfill(store)
            claim, rows, found = claim_stances(store, claim_id, k=k, min_score=min_score)
        except LookupError:
            fail(Errors.E105.format(claim_id=claim_id))
        except ClaimscopeError as err:
            fail(err.message)
        columns = ["published", "outlet", "source", "stance", "score", "match", "claim", "evidence", "article"]
        emit(rows, columns, fmt=format, out=out, title=f"stance toward claim {claim_id}: {claim['text']}",
             table_columns=["published", "outlet", "source", "stance", "score", "evidence"])
        if format == "table":
            for f in found:
                Console().print(f"[bold]{f.verdict}[/bold]: {f.summary}", highlight=False)

    @claims_app.command("first")
    def claims_first(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        min_score: float = typer.Option(0.6, "--min-score"),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
    ) -> None:
        """Each claim carried by several articles: where and when it first appeared, who carried it since."""
        rows = _clusters(db, min_score)
        emit(rows, CLUSTER_COLUMNS, fmt=format, out=out, title="matched claims: first appearance", table_columns=CLUSTER_TABLE)

    @claims_app.command("index")
    def claims_index(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild the index file from the stored vectors."),
    ) -> None:
        """Embed claims stored without vectors and bring the vector index up to date (or rebuild it)."""
        from claimscope.store.vectors import VectorIndex, backfill

        try:
            store = _open(db)
            n = backfill(store)
            index = VectorIndex(store).sync(rebuild=rebuild)
        except ClaimscopeError as err:
            fail(err.message)
        what = "rebuilt; it" if rebuild or index.rebuilt else "the index"
        err_console.print(f"embedded {n} claims; {what} holds {len(index)} vectors ({index.path})")

    @app.command()
    def figures(
        measure: Optional[str] = typer.Argument(None, help="What is counted, e.g. killed, injured, displaced; none: list the measures."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the figures over time: FILE.png or FILE.svg."),
        counted: Optional[str] = typer.Option(None, "--counted", help="Only figures counting this side, e.g. RU for 'Russian troops'."),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
    ) -> None:
        """Every figure for MEASURE across the corpus: value, bounds, source, side, outlet, date; conflicts as findings.

        Without MEASURE: the measures the store holds, with how many figures and articles each.
        """
        from claimscope.store import queries

        try:
            store = _open(db)
        except ClaimscopeError as err:
            fail(err.message)
        if measure is None:
            listed = queries.measures(store)
            if not listed and format == "table":
                err_console.print("no figures in the store; `claimscope ingest FILE...` adds articles.")
                return
            emit(listed, ["measure", "figures", "articles", "spellings"], fmt=format, out=out,
                 title="measures (claimscope figures MEASURE lists one)")
            return
        rows = queries.figures(store, measure)
        if counted:
            rows = [r for r in rows if (r.get("counted") or "").upper() == counted.upper()]
        found = queries.figure_conflicts(rows, measure)
        queries.save_corpus_findings(store, f"figures:{measure.lower()}" + (f":{counted.upper()}" if counted else ""), found)
        # rows grouped by frame (measure · population · counted side · places): different incidents never share a conflict
        rows = sorted(rows, key=lambda r: (r.get("frame") or "", r.get("published") or ""))
        columns = ["frame", "published", "outlet", "value", "low", "high", "qualifier", "entity", "counted", "population", "scope", "as_of", "source", "source_type", "side", "epistemic", "claim_id", "figure", "article"]
        table_columns = ["frame", "published", "outlet", "value", "low", "high", "source", "side", "claim_id"]
        if not rows and format == "table":  # no empty table: say so, and what there is
            known = ", ".join(m["measure"] for m in queries.measures(store)[:8])
            err_console.print(f"no figures for '{measure}' in the store" + (f"; measures stored: {known}." if known else "."))
        else:
            emit(rows, columns, fmt=format, out=out, title=f"figures: {measure}", table_columns=table_columns)
        if format == "table":
            for f in found:
                Console().print(f"[bold]{f.verdict}[/bold]: {f.summary}", highlight=False)
        if plot:
            from claimscope.store.plot import plot_figures

            plot_figures(rows, measure, plot)
            err_console.print(f"wrote {plot}")

    @app.command()
    def sources(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        format: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help=OUT_HELP),
        first: bool = typer.Option(True, "--first/--no-first", help="Also show the first appearance of each matched claim (table only)."),
    ) -> None:
        """Who is cited, how often, named or anonymous, by outlet."""
        from claimscope.store import queries

        try:
            store = _open(db)
        except ClaimscopeError as err:
            fail(err.message)
        rows = queries.sources(store)
        columns = ["source", "source_type", "named", "side", "aliases", "outlet", "claims", "articles", "first_published"]
        emit(rows, columns, fmt=format, out=out, title="sources cited")
        if format == "table" and out is None and first and store.status()["vectors"]:
            emit(_clusters(db, 0.6), CLUSTER_COLUMNS, fmt="table", out=None, title="matched claims: first appearance", table_columns=CLUSTER_TABLE)


RANK_HELP = ("Order of the listing: checkworthy (the claims most worth checking first, by Claim.checkworthiness) "
             "or recent (newest article first).")
CLAIM_COLUMNS = ["id", "checkworthiness", "claim", "source", "source_type", "epistemic", "published", "outlet", "article",
                 "claim_id", "start", "end"]
CLAIM_TABLE = ["id", "score", "claim", "source", "epistemic", "article"]
MATCH_COLUMNS = ["claim_id", "score", "cosine", "boost", "same_claim", "published", "outlet", "article", "source", "side",
                 "epistemic", "text", "ext_id"]
MATCH_TABLE = ["claim_id", "score", "article", "source", "text"]
CLUSTER_TABLE = ["first_published", "first_outlet", "first_source", "claim", "articles", "outlets"]
CLUSTER_COLUMNS = ["first_published", "first_outlet", "first_source", "claim", "articles", "outlets", "sources", "first_claim_id", "claim_ids"]


def _url_known(store):
    """Whether the store holds an article at a URL (feed items already stored are not fetched again)."""
    from sqlalchemy import select

    from claimscope.store import schema

    def known(address: str) -> bool:
        with store.reader() as conn:
            col = schema.articles.c.url
            return conn.execute(select(schema.articles.c.id).where(col == address).limit(1)).first() is not None

    return known


def _clusters(db: Optional[str], min_score: float) -> list[dict]:
    from claimscope.store import queries
    from claimscope.store.vectors import VectorIndex, backfill

    try:
        store = _open(db)
        backfill(store)
        return queries.claim_clusters(store, VectorIndex(store).sync(), min_score=min_score)
    except ClaimscopeError as err:
        fail(err.message)
