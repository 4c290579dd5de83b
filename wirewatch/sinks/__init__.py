"""Storage of the materialized views (SQLite by default, PostgreSQL in production)."""

from .store import Delivered, DeliveredArticle, ViewStore, create_store_engine

__all__ = ["Delivered", "DeliveredArticle", "ViewStore", "create_store_engine"]
