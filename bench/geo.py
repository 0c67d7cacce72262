"""Benchmark of the geo layer: loading, one resolution, one spatial check.

Usage:
    python bench/geo.py [GEOWEBNEWS_XML]   (default ../shared/data/geoparsing/GeoWebNews.xml)

Prints:
* the time to load the gazetteer and the borders in a fresh interpreter
  (imports included, median of 3 runs), and those of the small-town and
  coverage tiers, which are loaded only when a name the main gazetteer lacks
  is first resolved, and of everything at once; the size of the package data;
* the time of one toponym resolution (all passes of ``resolve_mentions`` over
  each article's gold toponyms, per toponym; a fixed list of names when the
  corpus is absent);
* the time of one spatial check (the founding example's border-distance and
  direction sentences as a hand-built report) and of one border distance.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "geoparsing" / "GeoWebNews.xml"
LOAD = (
    "import time; t = time.perf_counter(); "
    "from claimscope.geo.gazetteer import load_gazetteer; from claimscope.geo.borders import load_borders; "
    "load_borders(); load_gazetteer(); print(time.perf_counter() - t)"
)

TOWNS = (
    "import time; from claimscope.geo.gazetteer import load_gazetteer; g = load_gazetteer(); "
    "t = time.perf_counter(); g.towns(); print(time.perf_counter() - t)"
)
MORE = (
    "import time; from claimscope.geo.gazetteer import load_gazetteer; g = load_gazetteer(); "
    "t = time.perf_counter(); g.more(); print(time.perf_counter() - t)"
)
ALL = (
    "import time; t = time.perf_counter(); "
    "from claimscope.geo.gazetteer import load_gazetteer; from claimscope.geo.borders import load_borders; "
    "load_borders(); g = load_gazetteer(); g.towns(); g.more(); print(time.perf_counter() - t)"
)


def data_megabytes() -> float:
    """Size of the package's data files (``claimscope/geo/data`` and ``claimscope/data``), in MB."""
    folders = (ROOT / "src" / "claimscope" / "geo" / "data", ROOT / "src" / "claimscope" / "data")
    return sum(f.stat().st_size for d in folders for f in d.rglob("*") if f.is_file()) / 1e6


def load_seconds(runs: int = 3, code: str = LOAD) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def resolution_ms(corpus: Path) -> tuple[float, int]:
    """Mean time per toponym of :func:`resolve_mentions` (all passes) over whole articles."""
    from claimscope.geo.gazetteer import load_gazetteer
    from claimscope.geo.resolve import Mention, resolve_mentions

    gaz = load_gazetteer()
    jobs = []
    if corpus.exists():
        from claimscope.evaluate.geoparsing import read_corpus

        jobs = [(a.text, [Mention(g.start, g.end) for g in a.toponyms]) for a in read_corpus(corpus)]
    else:
        text = "Homel, Mazyr, Belarus; Mykolaiv, Ukraine; Voznesensk; Paris, Texas; Springfield; London; Georgia."
        names = ("Homel", "Mazyr", "Mykolaiv", "Voznesensk", "Paris", "Springfield", "London", "Georgia")
        jobs = [(text, [Mention(text.index(n), text.index(n) + len(n)) for n in names])]
    for text, mentions in jobs[:5]:  # warm the per-name caches like a running pipeline would
        resolve_mentions(text, mentions, gaz)
    n = sum(len(m) for _, m in jobs)
    t = time.perf_counter()
    for text, mentions in jobs:
        resolve_mentions(text, mentions, gaz)
    return (time.perf_counter() - t) / n * 1000, n


def spatial_ms(repeat: int = 200) -> tuple[float, float]:
    from claimscope import model
    from claimscope.checks.spatial import find_spatial_checks
    from claimscope.geo.borders import load_borders

    text = (
        "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, "
        "described morgues. The carriage came to a halt north of Mykolaiv, Ukraine, in the city of Voznesensk."
    )
    rows = [
        ("Homel", 627907, "BY", 52.4345, 30.9754), ("Ukraine", 690791, "UA", 49.1597, 31.2527),
        ("Belarus", 630336, "BY", 53.5313, 28.0321), ("Mykolaiv", 700569, "UA", 46.97625, 31.99296),
        ("Ukraine", 690791, "UA", 49.1597, 31.2527), ("Voznesensk", 688860, "UA", 47.56218, 31.33602),
    ]
    places, pos = [], 0
    for i, (name, gid, cc, lat, lon) in enumerate(rows, 1):
        s = text.index(name, pos)
        pos = s + len(name)
        places.append(model.Place(id=f"p{i}", start=s, end=pos, text=name, geonameid=gid, name=name, country=cc,
                                  lat=lat, lon=lon, confidence=1.0))
    cut = text.index(" The carriage")
    report = model.Report(
        claimscope_version="bench", article=model.Article(sha256="0"), text=text, places=places,
        sentences=[model.Span(start=0, end=cut, text=text[:cut]), model.Span(start=cut + 1, end=len(text), text=text[cut + 1 :])],
    )
    found = find_spatial_checks(report)  # warm
    n_checks = len(found)
    t = time.perf_counter()
    for _ in range(repeat):
        find_spatial_checks(report)
    per_check = (time.perf_counter() - t) / repeat / n_checks * 1000
    borders = load_borders()
    t = time.perf_counter()
    for _ in range(repeat):
        borders.distance_to_border(52.4345, 30.9754, "BY", "UA")
    per_border = (time.perf_counter() - t) / repeat * 1000
    return per_check, per_border


def main(argv: list[str]) -> None:
    corpus = Path(argv[0]) if argv else DEFAULT
    print(f"load gazetteer + borders (fresh interpreter, median of 3): {load_seconds():.2f} s")
    print(f"small-town tier, loaded on its first use (median of 3): {load_seconds(code=TOWNS):.2f} s")
    print(f"coverage tier, loaded on its first use (median of 3): {load_seconds(code=MORE):.2f} s")
    print(f"everything: gazetteer, borders, both tiers (fresh interpreter, median of 3): {load_seconds(code=ALL):.2f} s")
    print(f"package data (geo/data + data): {data_megabytes():.1f} MB")
    ms, n = resolution_ms(corpus)
    print(f"resolution: {ms:.3f} ms per toponym (mean over {n} toponyms{' from ' + corpus.name if corpus.exists() else ''})")
    check, border = spatial_ms()
    print(f"spatial check: {check:.3f} ms per finding (find_spatial_checks on two sentences)")
    print(f"distance to a border (1:10m line, geodesic): {border:.3f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
