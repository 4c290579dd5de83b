"""The read side: a read-only HTTP API, a live SSE feed and a dashboard over the views.

Layering: articles -> processors -> topics -> sinks -> views -> this package. The API reads
the view store (SELECT only) and tails the derived topics; it never writes either, and never
imports `wirewatch.processors` or `wirewatch.streams`' worker.
"""

from .app import ApiConfig, create_app

__all__ = ["ApiConfig", "create_app"]
