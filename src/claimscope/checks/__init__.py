"""Checks of a report against reference data and against itself.

Each check is a pure function ``check(report) -> list[Finding]``; findings
get ids in the order the checks run.
"""

from __future__ import annotations

from claimscope import model
from claimscope.checks.figures import find_figure_conflicts
from claimscope.checks.spatial import find_spatial_checks


def run_checks(report: model.Report) -> list[model.Finding]:

    findings: list[model.Finding] = []
    for check in (find_figure_conflicts, find_spatial_checks):
        for finding in check(report):
            finding.id = f"f{len(findings) + 1}"
            findings.append(finding)
    return findings
