"""PLACEHOLDER: its owner replaces this module with the real check."""

from __future__ import annotations

from claimscope import model


def find_spatial_checks(report: model.Report) -> list[model.Finding]:
    return []
