"""What every part of the HTML report shares: escaping, safe ids and links, number formatting, the bundled assets."""

from __future__ import annotations

import functools
import json
import re
import textwrap
from html import escape
from importlib import resources
from typing import Optional

from claimscope.render.common import number


@functools.cache
def asset(name: str) -> str:
    """A file of ``claimscope/render/assets`` (the report's CSS and script, the world map)."""
    return resources.files("claimscope.render").joinpath("assets", name).read_text(encoding="utf-8")


_asset = asset  # the old private name (server.py and notebooks use it)


@functools.cache
def world_map() -> list[dict]:
    """The countries of the bundled map, Natural Earth 1:110m (see scripts/derive_map.py)."""
    return json.loads(asset("world_110m.json"))["countries"]


@functools.cache
def area_geonameids() -> frozenset[int]:
    """GeoNames ids of countries and continents: places that are areas, not points, on the map."""
    data = json.loads(asset("area_geonameids.json"))
    return frozenset(data["countries"]) | frozenset(data["continents"])


def h(value) -> str:
    """HTML-escaped text (quotes too, so it is safe in attributes)."""
    return escape("" if value is None else str(value), quote=True)


def safe_id(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", value)


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is http(s), else None: nothing else becomes a link."""
    if url and re.match(r"^https?://", url.strip(), re.I):
        return url.strip()
    return None


def fmt(x: Optional[float]) -> str:
    return "-" if x is None else number(x)


def clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def wrap(s: str, width: int, *, max_lines: int) -> list[str]:
    lines = textwrap.wrap(" ".join(s.split()), width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = clip(lines[-1] + " …", width)
    return lines


def halo_text(x: float, y: float, text: str, colour: str, *, size: int = 12, bold: bool = False) -> str:
    """SVG text with a white halo, readable over lines and shapes."""
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{weight} fill="{colour}" stroke="#fff" stroke-width="3.5" '
            f'paint-order="stroke" stroke-linejoin="round">{h(text)}</text>')
