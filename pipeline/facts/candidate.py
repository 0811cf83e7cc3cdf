"""A quantity on its way to becoming a fact, with what each decision has found for it so far."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.numerals import Quantity


@dataclass
class Candidate:
    """A quantity on its way to becoming a fact."""

    quantity: Quantity
    line: int
    role: str = "amount"
    sign: int = 1
    metric: tuple[int, int] | None = None
    period: tuple[int, int] | None = None
    currency: str = ""
    subject: tuple[int, int] | None = None
