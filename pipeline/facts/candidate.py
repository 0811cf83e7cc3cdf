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
    picked_out: tuple[int, int] | None = None  # what the figure picks out after 的 (容量为50升的小型车), if anything


def is_ratio(q: Quantity) -> bool:
    """A multiple (3倍) or a fraction (一半, 三分之一): a figure that compares with a base (只有某国的一半)."""
    return q.unit == "倍" or (q.kind == "number" and not q.unit and q.value < 1)
