"""claimscope: lay bare the claims of news reports.

>>> import claimscope
>>> report = claimscope.analyze("Officials said 500 people were killed.", published="2022-03-20")
>>> [a.source.text for a in report.attributions]
['Officials']
"""

from claimscope.errors import ClaimscopeError
from claimscope.model import Report, __version__


def _repr_html_(report: Report) -> str:  # Jupyter shows a Report as the HTML highlight view, like displaCy
    from claimscope.render.html import render_html

    return render_html(report, standalone=False)


# The package face (above every layer) gives the contract its Jupyter view, so the model imports no renderer.
Report._repr_html_ = _repr_html_


def analyze(text, published=None, **kwargs):
    """Analyze one article; see :func:`claimscope.core.analyze`."""
    from claimscope.core import analyze as _analyze

    return _analyze(text, published, **kwargs)


def analyze_many(articles, **kwargs):
    """Analyze many articles; see :func:`claimscope.core.analyze_many`."""
    from claimscope.core import analyze_many as _analyze_many

    return _analyze_many(articles, **kwargs)


__all__ = ["analyze", "analyze_many", "Report", "ClaimscopeError", "__version__"]
