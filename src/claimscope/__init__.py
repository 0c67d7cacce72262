"""claimscope: lay bare the claims of news reports.

>>> import claimscope
>>> report = claimscope.analyze("Officials said 500 people were killed.", published="2022-03-20")
>>> [a.source.text for a in report.attributions]
['Officials']
"""

__version__ = "0.1.0"

from claimscope.errors import ClaimscopeError  # noqa: E402
from claimscope.model import Report  # noqa: E402


def analyze(text, published=None, **kwargs):
    """Analyze one article; see :func:`claimscope.core.analyze`."""
    from claimscope.core import analyze as _analyze

    return _analyze(text, published, **kwargs)


def analyze_many(articles, **kwargs):
    """Analyze many articles; see :func:`claimscope.core.analyze_many`."""
    from claimscope.core import analyze_many as _analyze_many

    return _analyze_many(articles, **kwargs)


__all__ = ["analyze", "analyze_many", "Report", "ClaimscopeError", "__version__"]
