"""The figures plot: every figure of a measure over time, one marker per source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

MARKERS = "osD^v<>ph*XP"


def plot_figures(rows: list[dict], measure: str, path: Path) -> Path:
    """Draw ``rows`` (from :func:`claimscope.store.queries.figures`) to a PNG or SVG file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(11, 5))
    by_source: dict[str, list[dict]] = {}
    for r in rows:
        if r.get("published") and (r.get("value") is not None or r.get("high") is not None):
            by_source.setdefault(r.get("source") or "(unattributed)", []).append(r)
    values = []
    for i, (source, items) in enumerate(sorted(by_source.items())):
        xs = [date.fromisoformat(r["published"]) for r in items]
        ys = [r["value"] if r.get("value") is not None else r["high"] for r in items]
        lo = [max(0.0, y - (r["low"] if r.get("low") is not None else y)) for y, r in zip(ys, items)]
        hi = [max(0.0, (r["high"] if r.get("high") is not None else y) - y) for y, r in zip(ys, items)]
        side = items[0].get("side")
        counted = sorted({r.get("counted") for r in items if r.get("counted")})
        label = (f"{source} ({side})" if side else source) + (f", counting {'/'.join(counted)}" if counted else "")
        ax.errorbar(xs, ys, yerr=[lo, hi], fmt=MARKERS[i % len(MARKERS)], capsize=3, label=label, markersize=8)
        values.extend(ys)
    if values and min(values) > 0 and max(values) / min(values) > 20:
        ax.set_yscale("log")
    ax.set_title(f"Figures for '{measure}' by source over time")
    ax.set_xlabel("publication date")
    ax.set_ylabel(measure)
    ax.grid(True, alpha=0.3)
    if by_source:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0)
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=path.suffix.lstrip(".").lower() or "png")
    plt.close(fig)
    return path
