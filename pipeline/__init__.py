"""Chinese news fact extraction: the figures in an article as a clean table, with entities and offsets."""

from .extraction import Extraction, build_nlp, extract
from .numerals import find_quantities as quantities
from .records import Entity, Fact

__all__ = ["Entity", "Extraction", "Fact", "build_nlp", "extract", "quantities"]
__version__ = "0.1.0"
