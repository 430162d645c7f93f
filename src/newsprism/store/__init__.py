"""Storing analysed articles: SQLite (default), search, export."""

from newsprism.store.sqlite import Hit, Store

__all__ = ["Hit", "Store"]
