"""Entities: numbers and dates now; named entities and their resolution to come."""
