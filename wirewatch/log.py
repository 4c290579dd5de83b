"""structlog set-up: key=value lines on a terminal, JSON lines otherwise (for log shippers)."""

from __future__ import annotations

import logging
import os
import sys

import structlog


def configure_logging(level: str | None = None) -> None:
    level = (level or os.environ.get("WIREWATCH_LOG_LEVEL") or "INFO").upper()
    renderer = (
        structlog.dev.ConsoleRenderer(colors=False)
        if sys.stderr.isatty() and os.environ.get("WIREWATCH_LOG_JSON") != "1"
        else structlog.processors.JSONRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level, logging.INFO)),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
