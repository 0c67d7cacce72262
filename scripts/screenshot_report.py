"""Screenshot an HTML report in headless Chromium (the README's docs/screenshot.png).

Usage:
    .venv/bin/python scripts/screenshot_report.py out/belarus-bodies.html docs/screenshot.png [--height 1750]

Shoots the top of the page (article, profile, figures, map) at 1400 px wide,
scaled to 1100 px, as a palette PNG so it stays well under 1 MB.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-quic", "--no-first-run", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("report", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--height", type=int, default=1750)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--scale-to", type=int, default=1100)
    args = ap.parse_args()
    from PIL import Image
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(profile, executable_path="/usr/bin/chromium", headless=True, args=ARGS,
                                                   viewport={"width": args.width, "height": args.height})
        page = ctx.new_page()
        page.goto(args.report.resolve().as_uri())
        raw = Path(profile) / "shot.png"
        page.screenshot(path=str(raw), clip={"x": 0, "y": 0, "width": args.width, "height": args.height})
        ctx.close()
        img = Image.open(raw).convert("RGB")
        if args.scale_to and img.width > args.scale_to:
            img = img.resize((args.scale_to, round(img.height * args.scale_to / img.width)), Image.LANCZOS)
        img = img.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        img.save(args.out, optimize=True)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
