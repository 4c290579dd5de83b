"""Benchmarks: `run.py` is the suite; the other modules are its stages."""
