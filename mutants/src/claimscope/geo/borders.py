"""Natural Earth country polygons and land borders, and geodesic measures on them.

The data is the compact file ``geo/data/naturalearth.json.gz`` that
``scripts/derive_naturalearth.py`` derives from Natural Earth (public domain):
1:50m country polygons for point-in-polygon tests and 1:10m land boundary
lines for distances to a border.  Distances and bearings are geodesic on the
WGS84 ellipsoid (``pyproj.Geod``), never degrees.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Optional

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
DATA_FILE = "naturalearth.json.gz"


def decode(flat: list[int], scale: int) -> np.ndarray:
    """Inverse of the derive script's delta encoding: ``(n, 2)`` array of lon, lat."""
    arr = np.asarray(flat, dtype=np.int64).reshape(-1, 2)
    return np.cumsum(arr, axis=0) / scale


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km between two points."""
    _, _, metres = GEOD.inv(lon1, lat1, lon2, lat2)
    return metres / 1000.0


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial geodesic bearing from point 1 to point 2, degrees clockwise from north in [0, 360)."""
    azimuth, _, _ = GEOD.inv(lon1, lat1, lon2, lat2)
    return azimuth % 360.0


@dataclass(frozen=True)
class BorderDistance:
    distance_km: float
    nearest_lat: float
    nearest_lon: float


class Borders:
    """Country polygons (1:50m) and land boundary lines (1:10m) by ISO 3166-1 alpha-2 code."""

    def __init__(self, payload: dict):
        self.source = payload["source"]
        self._polygon_scale = payload["polygon_scale"]
        self._line_scale = payload["line_scale"]
        self._countries = payload["countries"]
        self._border_raw = {frozenset(b["countries"]): b["lines"] for b in payload["borders"]}
        self._lines: dict[frozenset, list[np.ndarray]] = {}
        self._shapes: dict[str, object] = {}
        self._stacks: dict[frozenset, object] = {}

    # -- countries ----------------------------------------------------------
    def country_codes(self) -> list[str]:
        return list(self._countries)

    def country_name(self, iso2: str) -> Optional[str]:
        entry = self._countries.get(iso2)
        return entry["name"] if entry else None

    def has_country(self, iso2: str) -> bool:
        return iso2 in self._countries

    def country_point(self, iso2: str) -> Optional[tuple[float, float]]:
        """A representative ``(lat, lon)`` inside the country's largest polygon."""
        entry = self._countries.get(iso2)
        if not entry or not entry["point"]:
            return None
        lon, lat = entry["point"]
        return lat, lon

    def _shape(self, iso2: str):
        if iso2 not in self._shapes:
            from shapely.geometry import MultiPolygon, Polygon
            from shapely.prepared import prep

            polys = []
            for rings in self._countries[iso2]["polygons"]:
                shell, *holes = [decode(r, self._polygon_scale) for r in rings]
                polys.append(Polygon(shell, holes))
            geom = MultiPolygon(polys)
            self._shapes[iso2] = (geom, prep(geom))
        return self._shapes[iso2]

    def country_shape(self, iso2: str):
        """The country's 1:50m outline as a shapely MultiPolygon (lon, lat), or None when it is not in the data."""
        return self._shape(iso2)[0] if iso2 in self._countries else None

    def contains(self, iso2: str, lat: float, lon: float) -> Optional[bool]:
        """Whether the point lies inside the country (None when the country is not in the data)."""
        if iso2 not in self._countries:
            return None
        from shapely.geometry import Point

        return bool(self._shape(iso2)[1].contains(Point(lon, lat)))

    def distance_to_country_km(self, iso2: str, lat: float, lon: float) -> Optional[float]:
        """Geodesic distance from the point to the country's outline (0 inside)."""
        if iso2 not in self._countries:
            return None
        if self.contains(iso2, lat, lon):
            return 0.0
        geom = self._shape(iso2)[0]
        from shapely.geometry import Point
        from shapely.ops import nearest_points

        near = nearest_points(geom, Point(lon, lat))[0]
        return distance_km(lat, lon, near.y, near.x)

    # -- borders ------------------------------------------------------------
    def has_border(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self._border_raw

    def neighbours(self, iso2: str) -> list[str]:
        return sorted(next(iter(k - {iso2})) for k in self._border_raw if iso2 in k)

    def border_lines(self, a: str, b: str) -> list[np.ndarray]:
        key = frozenset((a, b))
        if key not in self._lines:
            self._lines[key] = [decode(line, self._line_scale) for line in self._border_raw.get(key, [])]
        return self._lines[key]

    def _stacked_border(self, a: str, b: str):
        key = frozenset((a, b))
        if key not in self._stacks:
            lines = self.border_lines(a, b)
            self._stacks[key] = _stacked(lines) if lines else None
        return self._stacks[key]

    def distance_to_border(self, lat: float, lon: float, a: str, b: str) -> Optional[BorderDistance]:
        """Geodesic distance from a point to the nearest point of the a-b land border (None if no such border)."""
        stacked = self._stacked_border(a, b)
        if stacked is None:
            return None
        return nearest_on_stacked(lat, lon, *stacked)


def nearest_on_lines(lat: float, lon: float, lines: list[np.ndarray], *, samples: int = 16, shortlist: int = 4) -> BorderDistance:
    """Nearest point of polylines (arrays of lon, lat) to a point, geodesically.

    An equirectangular approximation shortlists the closest vertices of all
    lines at once; the segments that meet at each shortlisted vertex are then
    sampled (``samples`` points each) and measured with ``Geod.inv``, so a long
    straight segment passing close by is not missed and the figure is geodesic.
    """
    return nearest_on_stacked(lat, lon, *_stacked(lines), samples=samples, shortlist=shortlist)


def nearest_on_stacked(
    lat: float, lon: float, pts: np.ndarray, seg_ok: np.ndarray, *, samples: int = 16, shortlist: int = 4
) -> BorderDistance:
    """:func:`nearest_on_lines` on the output of :func:`_stacked` (what :class:`Borders` caches)."""
    coslat = np.cos(np.radians(lat))
    approx = ((pts[:, 0] - lon) * coslat) ** 2 + (pts[:, 1] - lat) ** 2
    order = np.argpartition(approx, shortlist)[:shortlist] if len(pts) > shortlist else np.arange(len(pts))
    starts = {int(j) for i in order for j in (i - 1, i) if 0 <= j < len(seg_ok) and seg_ok[j]}
    t = np.linspace(0.0, 1.0, samples)[:, None]
    cands = [pts[order]] + [pts[j][None, :] + (pts[j + 1] - pts[j])[None, :] * t for j in sorted(starts)]
    cand = np.vstack(cands)
    n = len(cand)
    d = GEOD.inv(np.full(n, lon), np.full(n, lat), cand[:, 0], cand[:, 1])[2]
    k = int(np.argmin(d))
    return BorderDistance(distance_km=float(d[k]) / 1000.0, nearest_lat=float(cand[k, 1]), nearest_lon=float(cand[k, 0]))


def _stacked(lines: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """All vertices in one array, and whether vertex j and j+1 form a segment of the same line."""
    pts = np.vstack(lines)
    seg_ok = np.ones(max(len(pts) - 1, 0), dtype=bool)
    end = 0
    for line in lines[:-1]:
        end += len(line)
        seg_ok[end - 1] = False
    return pts, seg_ok


@cache
def load_borders() -> Borders:
    """The shipped Natural Earth data, loaded once per process."""
    raw = resources.files("claimscope.geo").joinpath("data", DATA_FILE).read_bytes()
    return Borders(json.loads(gzip.decompress(raw)))
