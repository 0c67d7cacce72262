"""Fuzz claimscope with N generated hostile inputs; print crashes, hangs, wrong offsets and lost records.

The inputs are JSONL lines like a careless user or an attacker writes them:
news sentences mixed with lone surrogates, control characters, runs without
sentence ends, unbalanced quotes, numbers and dates at the ends of their
ranges, HTML, right-to-left marks and emoji; metadata of every JSON type;
and now and then a line that is not JSON, or not an object.  The whole file
goes through ``analyze_many(iter_jsonl(...))`` as ``claimscope analyze
batch.jsonl`` does, one article at a time so each is timed, and then (the
first ``--ingest-n`` lines) through ``ingest`` into a throwaway store.

Counted:
    crash         an error record of kind "internal" (an exception that is not a ClaimscopeError),
                  or the stream itself raising
    hang          an article over ``--limit`` seconds (interrupted by SIGALRM)
    wrong offset  a span whose text is not report.text[start:end]
    unserialisable a result whose JSON does not encode or decode
    lost          input lines without exactly one output (analyze) or one store outcome (ingest)

``--timing`` instead times the inputs issue 12 found quadratic, at growing sizes (CPU seconds of
the analyzing thread and wall seconds of ``claimscope.analyze``).

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python bench/fuzz.py [--n 10000] [--seed 12] [--limit 30] [--ingest-n 500]
    OMP_NUM_THREADS=1 .venv/bin/python bench/fuzz.py --timing [--sizes 1,4]
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

NEWS = [
    "Ukraine's military said that 14,000 Russian troops had been killed.",
    "“We will rebuild,” the mayor said on Monday.",
    "Officials said at least 500 people died, according to the health ministry.",
    "Police said about 3 to 5 people were hurt near Kyiv last week.",
    "The ministry denied the report, which it called “fake”.",
    "Dozens of people were reportedly killed in the strike 40 km north of Homel.",
    "“It goes on,” he said. “And on.",
    "Sources said the figure rose to 1.2 million by March 2022.",
    "An official, who asked not to be named, told Reuters the toll could reach 2,000.",
    "WALLACE: Let's start with the news.\nTRUMP: We will win.",
]
HOSTILE = [
    "\ud800", "\udfff", "\ud83d", "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\u0085", "\u2028",
    "\u2029", "\u200b", "\u200f", "\u202e", "\ufeff", "\ufffd", "e\u0301\u0301\u0301", "😀", "👍🏽", "ﷺ", "𝐀𝐁",
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "!" * 40, "." * 40, "?!" * 20, "—" * 10,
    "-" * 30, "said " * 20, "He said that " * 10, "February 30", "0 BC", "year 10000", "9999-12-31", "0001-01-01",
    "31/02/2020", "1e308", "-0", "NaN", "99999999999999999999999", "1,2,3,4,5,6,7,8,9", "½", "٣٤٥", "一千", "10^6",
    "<script>alert(1)</script>", "<p>Officials said</p>", "&amp;&#0;&#xD800;", "\n", "\n\n\n", "\t", "\r\n", "   ",
    "according to", "— Sonya Herridge", "(@SpeakerRyan)", "told reporters:", "km", "%", "$5bn", "last year",
]
WORDS = ["said", "told", "according", "to", "the", "officials", "killed", "500", "people", "March", "Kyiv", ",", ":", "—", "“", "”"]
RUNS = ["He said that ", "!", "word ", "“", "12,", "said ", ". ", "\n"]
JUNK = ["{not json", "[1, 2]", "17", "null", '"text"', "[" * 5000, '{"text": 5}', '{"id": "x"}', "\ufeff{}", "{}", "[]", "tru"]
META = [None, "", " ", "id:1", "\ud800", "\x00", "a\x01b", 5, -(2**70), 1.5, float("inf"), True, False, [1], {"a": 1}, "x" * 20_000]
PUBLISHED = [None, "", "2022-03-20", "0001-01-01", "9999-12-31", "10000-01-01", "2020-02-30", "2020-13-01", "yesterday", "\ud800", 2022, [1]]


def random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 25)):
        kind = rng.random()
        if kind < 0.4:
            pieces.append(rng.choice(NEWS))
        elif kind < 0.7:
            pieces.append(rng.choice(HOSTILE))
        elif kind < 0.85:
            pieces.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))))
        else:
            pieces.append("".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF), rng.randint(0xD800, 0xDFFF), rng.randint(0x1F300, 0x1F6FF)])) for _ in range(rng.randint(1, 20))))
    text = rng.choice([" ", "", "\n", "\n\n", " \u00a0"]).join(pieces)
    if rng.random() < 0.08:
        text += rng.choice(RUNS) * rng.randint(100, 2000)
    return text


def random_line(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(JUNK)
    record = {"text": random_text(rng)}
    for key in ("id", "title", "url", "outlet"):  # mostly usable, sometimes hostile metadata
        roll = rng.random()
        if roll < 0.4:
            record[key] = random_text(rng)[:80] if key != "id" else rng.choice([rng.randint(0, 10**6), f"a{rng.randint(0, 99)}"])
        elif roll < 0.5:
            record[key] = rng.choice(META)
    roll = rng.random()
    if roll < 0.4:
        record["published"] = f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    elif roll < 0.5:
        record["published"] = rng.choice(PUBLISHED)
    if rng.random() < 0.02:
        record["text"] = rng.choice(META)
    return json.dumps(record)  # lone surrogates travel as \\ud800 escapes, as JSON allows


def spans_of(obj):
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(obj.get("text"), str):
            yield obj
        for value in obj.values():
            yield from spans_of(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans_of(value)


def random_words_line(n_bytes: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocab = "the police said officials people killed report minister claimed house city water army that told".split()
    out, size = [], 0
    while size < n_bytes:
        word = rng.choice(vocab)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def timing(sizes: list[float]) -> int:
    """Time issue 12's run-on inputs at ``sizes`` times their size in the issue."""
    import claimscope
    from claimscope.errors import ClaimscopeError

    claimscope.analyze("Officials said 500 people died on Monday.")  # load the pipeline
    cases = []
    for f in sizes:
        cases.append((f"'He said that ' x n, {32 * f:g} KB", "He said that " * int(2520 * f)))
        cases.append((f"'Officials said ' + '!' x {int(30000 * f)} + ' 500 killed.'", "Officials said " + "!" * int(30000 * f) + " 500 killed."))
        cases.append((f"one line of random words, {95 * f:g} KB", random_words_line(int(95 * 1024 * f))))
    print(f"{'input':58s} {'chars':>8s} {'cpu s':>8s} {'wall s':>8s}  result")
    for name, text in cases:
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            report = claimscope.analyze(text)
            result = f"{len(report.claims)} claims, {len(report.sentences)} sentences"
        except ClaimscopeError as err:
            result = f"{err.kind}: {err.message[:60]}"
        print(f"{name:58s} {len(text):8d} {time.thread_time() - cpu:8.2f} {time.perf_counter() - wall:8.2f}  {result}", flush=True)
    return 0


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="generated inputs (default 10000)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds an article may take before it counts as a hang")
    parser.add_argument("--ingest-n", type=int, default=500, help="also ingest the first N lines into a throwaway store (0: no)")
    parser.add_argument("--keep", type=Path, help="write the generated JSONL here (to replay a failure)")
    parser.add_argument("--timing", action="store_true", help="time issue 12's run-on inputs instead")
    parser.add_argument("--sizes", default="0.125,0.25,0.5,1", help="--timing: fractions of the issue's sizes")
    args = parser.parse_args()
    if args.timing:
        return timing([float(x) for x in args.sizes.split(",")])

    from claimscope import model
    from claimscope.core import analyze_many
    from claimscope.inputs import iter_jsonl
    from claimscope.pipeline import load_nlp

    logging.getLogger("claimscope").setLevel(logging.ERROR)  # one warning per normalised input is noise here
    rng = random.Random(args.seed)
    lines = [random_line(rng) for _ in range(args.n)]
    lines = [line for line in lines if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="claimscope-fuzz-"))
    path = args.keep or tmp / "fuzz.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nlp = load_nlp()
    nlp("Warm up.")

    counts: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    times: list[float] = []
    signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    stream = analyze_many(iter_jsonl(path), nlp=nlp, batch_size=1)
    n_out = 0
    while True:
        t0 = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.limit)
        try:
            result = next(stream)
        except StopIteration:
            break
        except Hang:
            counts["hang"] += 1
            examples["hang"].append(f"after output {n_out}")
            stream = None
            break  # the stream cannot go on after an interrupt; the rest counts as lost
        except Exception as err:  # the stream itself broke: a crash, and every later line is lost
            counts["crash"] += 1
            examples["crash"].append(f"stream: {type(err).__name__}: {err}"[:300])
            break
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - t0
        times.append(elapsed)
        n_out += 1
        if elapsed > args.limit:
            counts["hang"] += 1
            examples["hang"].append(f"output {n_out}: {elapsed:.1f} s")
        try:
            data = json.loads(result.model_dump_json(by_alias=True))
        except Exception as err:
            counts["unserialisable"] += 1
            examples["unserialisable"].append(f"output {n_out}: {type(err).__name__}")
            continue
        if isinstance(result, model.ErrorRecord):
            kinds[result.error.get("kind")] += 1
            if result.error.get("kind") == "internal":
                counts["crash"] += 1
                examples["crash"].append(f"output {n_out} ({result.id}): {result.error.get('message')}"[:300])
            continue
        counts["report"] += 1
        text = data["text"]
        bad = [s for s in spans_of({k: v for k, v in data.items() if k != "text"}) if text[s["start"] : s["end"]] != s["text"]]
        if bad:
            counts["wrong_offset"] += 1
            examples["wrong_offset"].append(f"output {n_out}: {bad[0]}"[:300])
    total = time.perf_counter() - started
    counts["lost_analyze"] = len(lines) - n_out

    lost_ingest = None
    if args.ingest_n:
        from claimscope.batch import ingest
        from claimscope.store import Store

        sub = tmp / "ingest.jsonl"
        sub.write_text("\n".join(lines[: args.ingest_n]) + "\n", encoding="utf-8")
        store = Store(f"sqlite:///{tmp / 'fuzz.db'}")
        try:
            summary = ingest([sub], store, workers=0, vectors=False)
            outcomes = summary.added + summary.replaced + summary.skipped + summary.failed
            lost_ingest = min(args.ingest_n, len(lines)) - outcomes
        except Exception as err:
            counts["crash"] += 1
            examples["crash"].append(f"ingest: {type(err).__name__}: {err}"[:300])
            lost_ingest = min(args.ingest_n, len(lines))
        finally:
            store.close()

    times.sort()
    p = (lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else 0.0)
    print(f"claimscope fuzz: {len(lines)} inputs (seed {args.seed}), {total:.0f} s, {len(lines) / max(total, 1e-9):.1f} inputs/s")
    print(f"  reports {counts['report']}, coded errors {sum(kinds.values()) - kinds.get('internal', 0)}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()) if k != "internal"))
    print(f"  time per input: p50 {p(0.5) * 1000:.0f} ms, p99 {p(0.99) * 1000:.0f} ms, max {p(1.0):.2f} s (limit {args.limit:.0f} s)")
    print(f"  crashes {counts['crash']}, hangs {counts['hang']}, wrong offsets {counts['wrong_offset']}, "
          f"unserialisable {counts['unserialisable']}, lost records: analyze {counts['lost_analyze']}"
          + (f", ingest {lost_ingest} of {min(args.ingest_n, len(lines))}" if lost_ingest is not None else ""))
    for key, values in examples.items():
        for value in values[:5]:
            print(f"  {key}: {value}")
    bad = counts["crash"] + counts["hang"] + counts["wrong_offset"] + counts["unserialisable"] + counts["lost_analyze"] + (lost_ingest or 0)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
