"""Triage: which claims were fact-checked before (:mod:`.retrieval`), which deserve checking (:mod:`.checkworthiness`).

Readers of published fact-checks are in :mod:`.factchecks`; report-level helpers in :mod:`.findings`.
See docs/triage.md.
"""
