"""Chinese news fact extraction: the figures in an article as a clean table, with entities and offsets.

The names below load on first use, so that `import pipeline.numerals` (the pure numeral grammar) does not
pull in spaCy and the rest of the pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.api import Extraction, build_nlp, extract
    from pipeline.numerals import find_quantities as quantities
    from pipeline.records import Entity, Fact

__all__ = ["Entity", "Extraction", "Fact", "build_nlp", "extract", "quantities"]
__version__ = "0.1.0"

_WHERE = {
    "Extraction": ("pipeline.api", "Extraction"),
    "build_nlp": ("pipeline.api", "build_nlp"),
    "extract": ("pipeline.api", "extract"),
    "quantities": ("pipeline.numerals", "find_quantities"),
    "Entity": ("pipeline.records", "Entity"),
    "Fact": ("pipeline.records", "Fact"),
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    module, attribute = _WHERE[name]
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
