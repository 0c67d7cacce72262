"""PLACEHOLDER: its owner replaces this module with the real check."""

from __future__ import annotations

from claimscope import model


def find_figure_conflicts(report: model.Report) -> list[model.Finding]:
    return []
