"""The HTTP API and the web dashboard: `parley serve` runs ``create_app`` under uvicorn.

The store is read-only to the server (see ``parley.api.gate``); the dashboard
is static HTML, CSS and JavaScript shipped in ``static/``, loading nothing from
elsewhere.
"""

from parley.api.app import create_app

__all__ = ["create_app"]
