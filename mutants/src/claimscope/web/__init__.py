"""The claimscope web app and JSON API (FastAPI); ``claimscope serve`` runs it with uvicorn.

* :mod:`~claimscope.web.app`: ``create_app()`` and ``run()``;
* :mod:`~claimscope.web.analysis`: ``POST /api/analyze``, ``POST /api/analyze/batch``, the form, report pages;
* :mod:`~claimscope.web.corpus`: browsing a store (``--db``);
* :mod:`~claimscope.web.pages`: the index, ``/api`` and Swagger UI (offline);
* :mod:`~claimscope.web.service` and :mod:`~claimscope.web.pool`: admission, time limits, worker processes;
* :mod:`~claimscope.web.middleware` and :mod:`~claimscope.web.protocol`: body, header and connection limits;
* :mod:`~claimscope.web.errors`: the one error shape ``{"error": {"kind", "message"}}``.

The limits and what each error means are in docs/web.md.
"""

from claimscope.web.app import create_app, run

__all__ = ["create_app", "run"]
