"""``claimscope evaluate stance STANCES.csv BODIES.csv --out PRED.csv``: the stance model on FNC-1 files.

Reads the FNC-1 formats (``Headline,Body ID[,Stance]`` and ``Body ID,articleBody``), writes
``Headline,Body ID,Stance`` in the input's order and, when every row has a gold stance, prints the
FNC-1 score (as its scorer.py computes it), the macro-F1 over the four classes and per-class F1.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from claimscope.cli_output import err_console, fail
from claimscope.errors import ClaimscopeError
from claimscope.stance.io import gold_of, read_bodies, read_stances, write_csv, write_predictions
from claimscope.stance.predict import default_model
from claimscope.stance.scoring import LABELS, confusion, metrics
from claimscope.stance.text import read_body

BATCH = 512




def predict_rows(rows: list[dict], bodies: dict[str, str]) -> list[str]:
    """The stance label of each row, in order (bodies read once each)."""
    missing = sorted({r["Body ID"] for r in rows} - set(bodies))
    if missing:
        raise ClaimscopeError("missing_body", f"{len(missing)} Body ID(s) not in the bodies file, e.g. {missing[0]!r}")
    model = default_model()
    read: dict = {}
    labels: list[str] = []
    for i in range(0, len(rows), BATCH):
        chunk = rows[i : i + BATCH]
        pairs = []
        for r in chunk:
            bid = r["Body ID"]
            if bid not in read:
                read[bid] = read_body(bodies[bid])
            pairs.append((r["Headline"], read[bid]))
        labels.extend(p.label for p in model.predict_many(pairs, explain=False))
    return labels


def _print(m: dict, cm: list[list[int]], seconds: float) -> None:
    table = Table(title="claimscope evaluate stance")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("FNC-1 score (% of max)", f"{m['fnc_relative']:.2f}")
    table.add_row("FNC-1 score (raw / max)", f"{m['fnc_score']:.2f} / {m['fnc_max']:.2f}")
    table.add_row("macro-F1", f"{m['macro_f1']:.3f}")
    for label, value in m["f1"].items():
        table.add_row(f"F1 {label}", f"{value:.3f}")
    table.add_row("accuracy", f"{m['accuracy']:.3f}")
    table.add_row("pairs", str(m["n"]))
    table.add_row("pairs/s", f"{m['n'] / seconds:.0f}" if seconds else "-")
    Console().print(table)
    cm_table = Table(title="confusion (rows gold, columns predicted)")
    cm_table.add_column("")
    for label in LABELS:
        cm_table.add_column(label, justify="right")
    for label, row in zip(LABELS, cm):
        cm_table.add_row(label, *map(str, row))
    Console().print(cm_table)


def register(evaluate_app: typer.Typer) -> None:
    @evaluate_app.command("stance")
    def evaluate_stance(
        stances: Path = typer.Argument(..., help="FNC-1 stances CSV: Headline,Body ID[,Stance]"),
        bodies: Path = typer.Argument(..., help="FNC-1 bodies CSV: Body ID,articleBody"),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write Headline,Body ID,Stance here."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Stance of each body toward its headline (agree, disagree, discuss, unrelated); FNC-1 score and F1 with gold."""
        try:
            rows = read_stances(stances)
            body_texts = read_bodies(bodies)
            t0 = time.perf_counter()
            labels = predict_rows(rows, body_texts)
            seconds = time.perf_counter() - t0
        except ClaimscopeError as err:
            fail(err.message)
        except FileNotFoundError as err:
            fail(f"No such file or directory: {err.filename}")
        if out:
            write_predictions(out, rows, labels)
            err_console.print(f"wrote {out} ({len(labels)} rows)")
        gold = gold_of(rows)
        if gold is None:
            if not out:
                write_csv(sys.stdout, rows, labels)
            return
        unknown = sorted(set(gold) - set(LABELS))
        if unknown:
            fail(f"unknown gold stance {unknown[0]!r}; expected one of {', '.join(LABELS)}")
        m = metrics(gold, labels)
        if as_json:
            sys.stdout.write(json.dumps({**m, "pairs_per_s": m["n"] / seconds if seconds else None}, indent=2) + "\n")
        else:
            _print(m, confusion(gold, labels), seconds)
