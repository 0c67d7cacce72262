"""The HTML report: the article with its claims highlighted, and panels that sum it up.

A package of small modules, each one part of the page:

* :mod:`.page`: the page template (``render_html``, ``render_body``), the JSON island, the CSP;
* :mod:`.marks`: the report's spans as marks laid over the text (nested, escaped HTML);
* :mod:`.panels`: the legend, the sourcing profile, the claim cards, the findings;
* :mod:`.charts`: the figures chart and the timeline (SVG);
* :mod:`.map`: the map of places and of what the spatial checks measured (SVG, from ``Finding.geometry``);
* :mod:`.base`: escaping, safe ids and links, formatting, the bundled assets (``render/assets``).

Renderers read only the :class:`~claimscope.model.Report`.
"""

from __future__ import annotations

from claimscope.render.html.base import _asset, area_geonameids, asset, world_map
from claimscope.render.html.charts import date_range, figures_panel, is_chartable, is_population, timeline_panel
from claimscope.render.html.map import is_area, map_panel, read_check
from claimscope.render.html.marks import Mark, build_marks, render_marked_text
from claimscope.render.html.page import render_body, render_html
from claimscope.render.html.panels import claims_section, findings_section, profile_panel

__all__ = [
    "Mark", "_asset", "area_geonameids", "asset", "build_marks", "claims_section", "date_range", "figures_panel",
    "findings_section", "is_area", "is_chartable", "is_population", "map_panel", "profile_panel", "read_check",
    "render_body", "render_html", "render_marked_text", "timeline_panel", "world_map",
]
