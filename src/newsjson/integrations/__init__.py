"""Adapters that run newsjson inside other engines. Each imports its engine only when imported itself."""
