"""The ``claimscope`` command line: parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success, 2 bad input (one line naming the problem, no traceback).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimscope.cli_output import DB_HELP, err_console, fail, print_metrics
from claimscope.errors import ClaimscopeError
from claimscope.vocab import REPORT_FORMATS

# Commands import the engine inside their bodies, a measured reason (docs/architecture.md): importing
# claimscope.cli takes 0.4 s, the engine with spaCy, torch, the store and Dask 4.4 s, which `--help`,
# `schema` and every input error would otherwise pay.

app = typer.Typer(help="claimscope: who claims what in a news report, how sure, on what evidence.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Measure claimscope against annotated corpora.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

FORMATS = REPORT_FORMATS




def _is_url(arg: str) -> bool:
    """A URL (``scheme://``; all but http(s) are refused with E032), kept a string: a Path makes "https:/x" of it."""
    return bool(re.match(r"\s*[A-Za-z][A-Za-z0-9+.-]*://", arg))


def _is_batch(paths: list[str]) -> bool:
    if len(paths) != 1:
        return True
    if _is_url(paths[0]):
        return False
    p = Path(paths[0])
    return str(p) != "-" and (p.is_dir() or p.suffix.lower() in (".jsonl", ".ndjson"))


def warn_language(report, label: str = "") -> None:
    """A warning for a report of another language (analyzed with --lang-any)."""
    code = report.pipeline.get("language")
    if code and code not in ("en", "und"):
        from claimscope.intake.language import warning

        err_console.print(f"claimscope: warning: {label}{warning(code)}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def analyze(
    articles: list[str] = typer.Argument(..., help="Article file (.txt, .html, .pdf), an http(s) URL, '-' for stdin, a directory or a .jsonl file."),
    format: str = typer.Option("terminal", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the output to this file."),
    published: Optional[str] = typer.Option(None, help="Publication date, YYYY-MM-DD (anchors relative dates)."),
    title: Optional[str] = typer.Option(None),
    url: Optional[str] = typer.Option(None),
    outlet: Optional[str] = typer.Option(None),
    lang_any: bool = typer.Option(False, "--lang-any", help="Analyze articles in any language (flagged, with a warning) instead of refusing them."),
    db: Optional[str] = typer.Option(
        None, "--db", help=f"Match the claims against this store's known fact-checks (`claimscope factchecks import`): "
        f"'previously_checked' findings. The report is not stored. {DB_HELP}"),
) -> None:
    """Analyze one article (a report) or many (one JSON line each)."""
    if format not in FORMATS:
        fail(f"Unknown format '{format}'; available: {', '.join(FORMATS)}.")
    store = None
    try:
        if db is not None:
            from claimscope.store import Store

            store = Store(db)
        if _is_batch(articles):
            _analyze_batch(articles, out, lang_any=lang_any, store=store)
            return
        from claimscope.core import analyze_prepared_one
        from claimscope.render import render

        from claimscope.inputs import read_file, read_url

        given = {"published": published, "title": title, "url": url, "outlet": outlet, "lang_any": lang_any}
        article = read_url(articles[0], **given) if _is_url(articles[0]) else read_file(Path(articles[0]), **given)
        report = _checked_before(store, analyze_prepared_one(article))
        warn_language(report)
        if format == "terminal" and out is None:
            from claimscope.render.terminal import render_to

            render_to(Console(), report)
            return
        text = render(report, "json" if format == "terminal" and out else format)
        if out:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
            err_console.print(f"wrote {out}")
        else:
            sys.stdout.write(text + "\n")
    except ClaimscopeError as err:
        fail(err.message)
    finally:
        if store is not None:
            store.close()


def _checked_before(store, report):
    """The report with the store's ``previously_checked`` findings (claimscope.store.factchecks), when there is a store."""
    if store is None:
        return report
    from claimscope import model
    from claimscope.store.factchecks import annotate, matcher

    index = matcher(store).index()  # one table query; None when the store holds no fact-checks
    if index is None:
        return report
    return model.Report.model_validate(annotate(store, report.to_dict(), index=index))


def _analyze_batch(paths: list[str], out: Optional[Path], *, lang_any: bool = False, store=None) -> None:
    from claimscope.core import analyze_many
    from claimscope.inputs import iter_sources

    for p in paths:
        if not _is_url(p) and not Path(p).exists():
            raise ClaimscopeError("io", f"No such path: '{p}'.")
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    n_ok = n_err = 0
    progress = Progress(
        TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(), console=err_console, transient=False,
    )
    with progress:
        task = progress.add_task("analyze", total=None, status="")
        for result in analyze_many(iter_sources(paths, lang_any=lang_any)):
            if not hasattr(result, "error"):
                result = _checked_before(store, result)
            sink.write(result.model_dump_json(by_alias=True) + "\n")
            if hasattr(result, "error"):
                n_err += 1
            else:
                n_ok += 1
                warn_language(result, f"{result.article.id}: ")
            progress.update(task, advance=1, status=f"{n_ok} ok, {n_err} errors")
    if out:
        sink.close()
        err_console.print(f"wrote {out}: {n_ok} reports, {n_err} errors")


@app.command()
def schema(out: Optional[Path] = typer.Option(None, "--out", "-o")) -> None:
    """Print the JSON Schema of the report contract (claimscope/1)."""
    from claimscope.model import json_schema

    text = json.dumps(json_schema(), indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


@evaluate_app.command("attribution")
def evaluate_attribution(
    corpus_dir: Path = typer.Argument(..., help="A PolNeAR split, e.g. ../shared/data/polnear/dev"),
    limit: Optional[int] = typer.Option(None, help="Only the first N articles."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Precision/recall/F1 of sources, cues, contents and attributions on PolNeAR (exact and overlap)."""
    from claimscope.evaluate.attribution import run

    _run_eval("attribution", lambda: run(corpus_dir, limit=limit), as_json)


@evaluate_app.command("quantities")
def evaluate_quantities(
    file: Path = typer.Argument(..., help="JSON list of {text, quantities:[{value, change, unit, referred_concepts}]}"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """F1 of quantity values, units, changes and counted concepts."""
    from claimscope.evaluate.quantities import run

    _run_eval("quantities", lambda: run(file), as_json)


@evaluate_app.command("times")
def evaluate_times(
    dirs: list[Path] = typer.Argument(..., help="Directories of TimeML files (TimeBank, AQUAINT)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Recognition and value F1 of temporal expressions against TIMEX3."""
    from claimscope.evaluate.times import run

    _run_eval("times", lambda: run(dirs), as_json)


@evaluate_app.command("geoparsing")
def evaluate_geoparsing(
    file: Path = typer.Argument(..., help="GeoWebNews.xml"),
    gold_spans: bool = typer.Option(False, "--gold-spans", help="Resolution only: gold toponym spans are given."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Toponym recognition P/R/F1, or resolution accuracy@161km / exact id / AUC with --gold-spans."""
    from claimscope.evaluate.geoparsing import run

    _run_eval("geoparsing", lambda: run(file, gold_spans=gold_spans), as_json)


def _run_eval(name: str, call, as_json: bool) -> None:
    try:
        metrics = call()
    except ClaimscopeError as err:
        fail(err.message)
    except FileNotFoundError as err:
        fail(f"No such file or directory: {err.filename}")
    print_metrics(f"claimscope evaluate {name}", metrics, as_json)


def _register_optional_commands() -> None:
    # Corpus/store commands and the web server live in their own modules.
    from claimscope import cli_corpus, cli_serve, cli_triage

    cli_corpus.register(app)
    cli_serve.register(app)
    cli_triage.register(app, evaluate_app)
    from claimscope import cli_stance

    cli_stance.register(evaluate_app)


_register_optional_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
