"""Invented demo data for trying the app and for benchmarks (not a use case)."""
