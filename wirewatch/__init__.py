"""wirewatch: who said what, who gives what aid to whom, and whose position moved."""

__version__ = "0.1.0"
