"""Offline quality measurement of the extractors against annotated corpora."""
