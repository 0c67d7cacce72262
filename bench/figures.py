"""Figure findings on real annotated passages: precision and recall of figure_conflict and figure_revision.

    OMP_NUM_THREADS=1 .venv/bin/python bench/figures.py [--split test|dev|all] [--verbose] [--json] [--data FILE]

The passages (bench/data/figure_passages.jsonl, described in bench/data/figure_passages.md) are
real excerpts of PolNeAR, TimeBank/AQUAINT and GeoWebNews, each labelled with its genuine figure
conflicts, revisions and decoys.  Every passage is analysed once with ``claimscope.analyze`` (one
pipeline for the whole run) and each finding of kind ``figure_conflict`` or ``figure_revision`` is
matched against the labels of its kind: a finding matches a gold item when two of its values
(``FindingValue.quantity`` -> that quantity's start/end) overlap two different figures of the item.
A finding that matches no gold item of its kind is a false positive (a decoy it hit, or a gold
item of the other kind, is named in ``--verbose``), except a ``figure_revision`` on a decoy marked
``revision_ok`` (one source's figure for a quantity that changed over time, such as one poll at two
dates): that one is tolerated, counted apart and left out of precision.  Precision = matching
findings / findings; recall = gold items matched by at least one finding / gold items.

The test split is printed first: it is the figure that counts.  Targets (issue 11):
precision >= 0.95, recall >= 0.70.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import claimscope  # noqa: E402
from claimscope.errors import ClaimscopeError  # noqa: E402
from claimscope.pipeline import load_nlp  # noqa: E402

DATA = ROOT / "bench" / "data" / "figure_passages.jsonl"
KINDS = {"figure_conflict": "conflicts", "figure_revision": "revisions"}
TARGET_P, TARGET_R = 0.95, 0.70


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def figure_spans(passage: dict, item: dict) -> list[tuple[int, int]]:
    """[start, end) of each figure of a labelled item: its offsets, or the figure's only occurrence."""
    if item.get("offsets"):
        return [tuple(o) for o in item["offsets"]]
    text = passage["text"]
    spans = []
    for fig in item["figures"]:
        i = text.find(fig)
        if i < 0:
            raise ValueError(f"{passage['id']}: figure {fig!r} not in the text")
        spans.append((i, i + len(fig)))
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def matches(value_spans: list[tuple[int, int]], fig_spans: list[tuple[int, int]]) -> bool:
    """Two different values overlap two different figures."""
    for i, v1 in enumerate(value_spans):
        for j, v2 in enumerate(value_spans):
            if i == j:
                continue
            for k, f1 in enumerate(fig_spans):
                for m, f2 in enumerate(fig_spans):
                    if k != m and _overlaps(v1, f1) and _overlaps(v2, f2):
                        return True
    return False


def predicted(report) -> list[dict]:
    """The report's figure findings with the spans of their values' quantities."""
    qspans = {q.id: (q.start, q.end) for q in report.quantities}
    out = []
    for f in report.findings:
        if f.kind not in KINDS:
            continue
        spans = [qspans[v.quantity] for v in f.values if v.quantity in qspans]
        out.append({"id": f.id, "kind": f.kind, "verdict": f.verdict, "summary": f.summary, "spans": spans,
                    "values": [report.text[s:e] for s, e in spans]})
    return out


def score_passage(passage: dict, preds: list[dict]) -> dict:
    """TP/FP per finding kind and the gold items found or missed."""
    res = {kind: {"tp": 0, "fp": [], "tolerated": 0, "gold": 0, "found": [], "missed": [], "verdict_ok": 0} for kind in KINDS}
    gold = {key: [(it, figure_spans(passage, it)) for it in passage.get(key, [])] for key in ("conflicts", "revisions", "decoys")}
    for kind, key in KINDS.items():
        hit = [False] * len(gold[key])
        for p in (p for p in preds if p["kind"] == kind):
            ok = [i for i, (_, spans) in enumerate(gold[key]) if matches(p["spans"], spans)]
            if ok:
                res[kind]["tp"] += 1
                for i in ok:
                    hit[i] = True
                want = gold[key][ok[0]][0].get("kind", "revision")
                res[kind]["verdict_ok"] += int(p["verdict"] == want)
                continue
            if kind == "figure_revision" and any(
                it.get("revision_ok") and matches(p["spans"], spans) for it, spans in gold["decoys"]
            ):
                res[kind]["tolerated"] += 1
                continue
            other = "revisions" if key == "conflicts" else "conflicts"
            why = [f"matches gold {other[:-1]}: {it['note']}" for it, spans in gold[other] if matches(p["spans"], spans)]
            why += [f"matches decoy: {it['note']}" for it, spans in gold["decoys"] if matches(p["spans"], spans)]
            res[kind]["fp"].append({"passage": passage["id"], "summary": p["summary"], "values": p["values"],
                                    "why": why or ["no labelled item"]})
        res[kind]["gold"] = len(gold[key])
        for (it, _), h in zip(gold[key], hit):
            rec = {"passage": passage["id"], "figures": it["figures"], "note": it["note"]}
            (res[kind]["found"] if h else res[kind]["missed"]).append(rec)
    return res


def aggregate(rows: list[dict]) -> dict:
    out = {}
    for kind in KINDS:
        tp = sum(r["score"][kind]["tp"] for r in rows)
        fps = [fp for r in rows for fp in r["score"][kind]["fp"]]
        gold = sum(r["score"][kind]["gold"] for r in rows)
        found = sum(len(r["score"][kind]["found"]) for r in rows)
        npred = tp + len(fps)
        out[kind] = {
            "predicted": npred, "true_positives": tp, "false_positives": len(fps),
            "gold": gold, "found": found,
            "precision": tp / npred if npred else None,
            "recall": found / gold if gold else None,
            "tolerated": sum(r["score"][kind]["tolerated"] for r in rows),
            "verdict_agrees": sum(r["score"][kind]["verdict_ok"] for r in rows),
            "false_positive_list": fps,
            "missed": [m for r in rows for m in r["score"][kind]["missed"]],
        }
    out["passages"] = len(rows)
    out["errors"] = [{"passage": r["id"], "error": r["error"]} for r in rows if r.get("error")]
    return out


def _fmt(x) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def print_split(name: str, res: dict, verbose: bool) -> None:
    print(f"[{name}] {res['passages']} passages" + (f", {len(res['errors'])} errors" if res["errors"] else ""))
    for kind in KINDS:
        m = res[kind]
        print(f"  {kind:16} precision {_fmt(m['precision'])} ({m['true_positives']}/{m['predicted']})"
              f"   recall {_fmt(m['recall'])} ({m['found']}/{m['gold']})"
              + (f"   [{m['tolerated']} tolerated]" if m["tolerated"] else ""))
    if verbose:
        for kind in KINDS:
            m = res[kind]
            for fp in m["false_positive_list"]:
                print(f"    FP {kind} [{fp['passage']}] {fp['summary']}")
                print(f"       values: {fp['values']}; {'; '.join(fp['why'])}")
            for miss in m["missed"]:
                print(f"    MISS {kind} [{miss['passage']}] {miss['figures']}: {miss['note']}")
        for e in res["errors"]:
            print(f"    ERROR [{e['passage']}] {e['error']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=("test", "dev", "all"), default=None,
                    help="Only this split ('all' pools both); default: test, then dev.")
    ap.add_argument("--verbose", "-v", action="store_true", help="List false positives and misses with their summaries.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    passages = load(args.data)
    if args.split in ("test", "dev"):
        passages = [p for p in passages if p["split"] == args.split]
    t0 = time.perf_counter()
    nlp = load_nlp()
    rows = []
    for p in passages:
        row = {"id": p["id"], "split": p["split"]}
        try:
            report = claimscope.analyze(p["text"], published=p.get("published"), nlp=nlp)
            preds = predicted(report)
        except ClaimscopeError as e:
            row["error"] = str(e)
            preds = []
        row["score"] = score_passage(p, preds)
        rows.append(row)
    elapsed = time.perf_counter() - t0

    splits = [args.split] if args.split else ["test", "dev"]
    results = {s: aggregate([r for r in rows if s == "all" or r["split"] == s]) for s in splits}
    if args.json:
        print(json.dumps({"data": str(args.data), "seconds": round(elapsed, 1), "targets":
                          {"precision": TARGET_P, "recall": TARGET_R}, **results}, indent=2, ensure_ascii=False))
        return 0
    print(f"figure findings on {len(passages)} real passages ({args.data.name}), {elapsed:.0f} s; "
          f"targets: precision >= {TARGET_P}, recall >= {TARGET_R}")
    for s in splits:
        print_split(s, results[s], args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
