"""Storage of the materialized views (SQLite by default, PostgreSQL in production)."""

from .store import Delivered, ViewStore, create_store_engine

__all__ = ["Delivered", "ViewStore", "create_store_engine"]
