"""Pure extractors: (article, reference data) -> derived events. No Kafka, no database, no clock."""

from .context import ExtractionContext
from .gazetteer import Gazetteer, default_gazetteer
from .pipeline import ARTICLE_PROCESSORS, extract_all, process_article

__all__ = [
    "ARTICLE_PROCESSORS",
    "ExtractionContext",
    "Gazetteer",
    "default_gazetteer",
    "extract_all",
    "process_article",
]
