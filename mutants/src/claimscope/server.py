"""The web app's former home, kept so that ``from claimscope.server import create_app, run`` still works.

The app lives in :mod:`claimscope.web`.
"""

from claimscope.web import create_app, run

__all__ = ["create_app", "run"]
