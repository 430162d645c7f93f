"""Entities: German named entities, their grouping within an article, numbers and dates."""
