"""The triage commands: ``factchecks import|match`` and ``evaluate factcheck-retrieval|checkworthiness``.

They parse arguments, read files with :mod:`claimscope.triage`, keep known
fact-checks in the store's ``factchecks`` table (revision 0005, through
:mod:`claimscope.store.factchecks`) and print metrics.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from claimscope.cli_output import DB_HELP, err_console, fail, print_metrics
from claimscope.errors import ClaimscopeError
from claimscope.triage.factchecks import read_files, read_qrels, read_queries

# Commands import the engine (the store, the encoder and torch) inside their bodies, a measured reason
# (docs/architecture.md): `claimscope --help` and every input error would otherwise pay seconds for it.





def cached_embeddings(path: Path, texts: list[str], embed: Callable) -> np.ndarray:
    """Embeddings of a file's texts, cached under $CLAIMSCOPE_CACHE (default ~/.cache/claimscope) by content hash."""
    from claimscope.store.vectors import MODEL_NAME

    digest = hashlib.sha256(("\x1f".join([MODEL_NAME, *texts])).encode("utf-8")).hexdigest()[:20]
    cache = Path(os.environ.get("CLAIMSCOPE_CACHE", Path.home() / ".cache" / "claimscope")) / f"triage-{digest}.npy"
    if cache.exists():
        vecs = np.load(cache)
        if vecs.shape[0] == len(texts):
            return vecs.astype(np.float32)
    # rounded as the cache stores them, so a first run and a cached run rank (and score) the same
    vecs = np.asarray(embed(texts), dtype=np.float16)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, vecs)
    except OSError:  # a read-only home: no cache, the figures are the same
        pass
    return vecs.astype(np.float32)


def run_factcheck_retrieval(queries_path: Path, vclaims_path: Path, run_path: Path, qrels_path: Optional[Path], k: int) -> Optional[dict]:
    from claimscope.store.vectors import embed
    from claimscope.triage.retrieval import FactcheckIndex, query_sentences, retrieval_metrics
    from claimscope.triage.text import clean_query

    checks, failures = read_files([vclaims_path])
    if failures:
        raise ClaimscopeError("input", failures[0].message)
    queries = read_queries(queries_path)
    cv = cached_embeddings(vclaims_path, [c.claim for c in checks], embed)
    tv = cached_embeddings(vclaims_path, [c.title or c.claim for c in checks], embed)
    cleaned = [clean_query(t) for _, t in queries]
    qv = cached_embeddings(queries_path, cleaned, embed)
    sents = [query_sentences(q) for q in cleaned]  # as FactcheckIndex.search embeds them
    flat = cached_embeddings(queries_path, [x for ss in sents for x in ss], embed) if any(sents) else None
    ends = np.cumsum([len(ss) for ss in sents])
    index = FactcheckIndex(checks, embed=embed, claim_vecs=cv, title_vecs=tv)
    runs: dict[str, list[str]] = {}
    run_path.parent.mkdir(parents=True, exist_ok=True)
    with open(run_path, "w", encoding="utf-8") as out:
        for (qid, text), vec, ss, end in zip(queries, qv, sents, ends):
            matches = index.search(text, k=k, qvec=vec, sent_vecs=flat[end - len(ss) : end] if ss else None)
            runs[qid] = [m.check.id for m in matches]
            for rank, m in enumerate(matches, 1):
                out.write(f"{qid}\tQ0\t{m.check.id}\t{rank}\t{m.score:.6f}\tclaimscope\n")
    err_console.print(f"wrote {run_path}: {len(queries)} queries, top {k} each")
    return retrieval_metrics(runs, read_qrels(qrels_path)) if qrels_path else None


def run_checkworthiness(files: Sequence[Path], run_dir: Path) -> Optional[dict]:
    from claimscope.triage.checkworthiness import load_model, ranking_metrics, read_transcript

    model = load_model()
    run_dir.mkdir(parents=True, exist_ok=True)
    per_file, labelled = [], True
    for path in files:
        try:
            rows = read_transcript(path)
        except ValueError as err:
            raise ClaimscopeError("input", str(err)) from None
        scores = model.scores([r["text"] for r in rows])
        (run_dir / path.name).write_text("".join(f"{r['line']}\t{s:.6f}\n" for r, s in zip(rows, scores)), encoding="utf-8")
        labels = [r["label"] for r in rows]
        labelled = labelled and all(v is not None for v in labels)
        if labelled:
            per_file.append((scores, labels))
    err_console.print(f"wrote {len(files)} file(s) to {run_dir}")
    return ranking_metrics(per_file) if labelled and per_file else None


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    factchecks_app = typer.Typer(help="Known fact-checks: import them, search them.", no_args_is_help=True)
    app.add_typer(factchecks_app, name="factchecks")

    @factchecks_app.command("import")
    def factchecks_import(
        files: list[Path] = typer.Argument(..., help="ClaimReview JSON-LD (.json/.jsonld), .jsonl, .csv/.tsv, or a CheckThat! verified-claims TSV."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Load fact-checks into the store (idempotent by URL or id; bad records are reported and skipped)."""
        from claimscope.store import Store, factchecks
        from claimscope.store.vectors import embed

        checks, failures = read_files(files)
        for f in failures[:20]:
            err_console.print(f"claimscope: skipped: {f.message}", markup=False, highlight=False, soft_wrap=True)
        if len(failures) > 20:
            err_console.print(f"claimscope: ... and {len(failures) - 20} more skipped records")
        try:
            with Store(db) as store:
                counts = factchecks.store_factchecks(store, checks, embed)
        except ClaimscopeError as err:
            fail(err.message)
        err_console.print(
            f"fact-checks: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged, "
            f"{len(failures)} failed"
        )
        if failures and not checks:
            raise typer.Exit(2)

    @factchecks_app.command("match")
    def factchecks_match(
        text: str = typer.Argument(..., help="A claim or a post to look up."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        k: int = typer.Option(5, "-k", help="How many fact-checks to show."),
        min_confidence: float = typer.Option(0.0, "--min-confidence", help="Hide matches of a lower match confidence (0-1)."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """The known fact-checks most likely to have checked TEXT, best first."""
        from claimscope.store import Store
        from claimscope.store.factchecks import load_factchecks
        from claimscope.store.vectors import embed
        from claimscope.triage.retrieval import FactcheckIndex

        try:
            with Store(db) as store:
                checks, cv, tv = load_factchecks(store)
        except ClaimscopeError as err:
            fail(err.message)
        if not checks:
            fail("The store holds no fact-checks; load some with `claimscope factchecks import FILE`.")
        index = FactcheckIndex(checks, embed=embed, claim_vecs=cv, title_vecs=tv)
        matches = [m for m in index.search(text, k=k) if m.confidence >= min_confidence]
        if as_json:
            sys.stdout.write(json.dumps([m.to_dict() for m in matches], indent=2, ensure_ascii=False) + "\n")
            return
        table = Table(title=f"fact-checks matching: {text[:60]}")
        for col in ("score", "confidence", "claim", "rating", "publisher", "date", "url"):
            table.add_column(col)
        for m in matches:
            c = m.check
            table.add_row(f"{m.score:.3f}", f"{m.confidence:.3f}", c.claim, c.rating, c.publisher, c.date, c.url or c.id)
        Console().print(table)

    @evaluate_app.command("factcheck-retrieval")
    def evaluate_factcheck_retrieval(
        queries: Path = typer.Argument(..., help="tweets.queries.tsv (tweet_id<TAB>text, header line)."),
        vclaims: Path = typer.Argument(..., help="verified_claims.docs.tsv (vclaim_id<TAB>vclaim<TAB>title, header line)."),
        run: Path = typer.Option(..., "--run", help="Write the TREC run file here."),
        qrels: Optional[Path] = typer.Option(None, "--qrels", help="tweet-vclaim-pairs.qrels: print MAP@1/3/5/10 and P@1."),
        k: int = typer.Option(10, "-k", help="Verified claims written per query."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Rank the verified claims for each query (CheckThat! 2020 task 2) and write a TREC run file."""
        for p in [queries, vclaims] + ([qrels] if qrels else []):
            if not p.exists():
                fail(f"No such file or directory: {p}")
        try:
            metrics = run_factcheck_retrieval(queries, vclaims, run, qrels, max(k, 10))
        except ClaimscopeError as err:
            fail(err.message)
        if metrics is not None:
            print_metrics("claimscope evaluate factcheck-retrieval", metrics, as_json, digits=4)

    @evaluate_app.command("checkworthiness")
    def evaluate_checkworthiness(
        files: list[Path] = typer.Argument(..., help="CheckThat! 2019 task 1 transcripts: line_number<TAB>speaker<TAB>text[<TAB>label]."),
        run_dir: Path = typer.Option(..., "--run-dir", help="Write DIR/<same file name> with line_number<TAB>score."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Score every line's check-worthiness; with labels, print MAP, R-precision and P@10."""
        for p in files:
            if not p.exists():
                fail(f"No such file or directory: {p}")
        try:
            metrics = run_checkworthiness(files, run_dir)
        except ClaimscopeError as err:
            fail(err.message)
        if metrics is not None:
            print_metrics("claimscope evaluate checkworthiness", metrics, as_json, digits=4)
