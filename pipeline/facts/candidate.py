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
    # a period the text implies but does not write out (the middle year of 2022—2024年 shared out by 分别: 2023年),
    # which the fact states in place of the text of `period`
    period_text: str | None = None
    # a metric the text implies but does not write (a person's stated age: 年龄), stated in place of `metric`
    metric_text: str | None = None
    currency: str = ""
    subject: tuple[int, int] | None = None
    # the words a listed holder shares with the last of its list, which writes them once (线城市 for 二 of 二、三、
    # 四线城市), stated after `subject`
    subject_rest: tuple[int, int] | None = None
    # a holder the metric decision found on its way (the people a figure picks out: 月入少于8000元的人士; the item of a
    # list of names: 甲公司4.56%、乙公司4.27%), which the subject decision takes first
    holder: tuple[int, int] | None = None


def is_ratio(q: Quantity) -> bool:
    """A multiple (3倍) or a fraction (一半, 三分之一): a figure that compares with a base (只有某国的一半)."""
    return q.unit == "倍" or (q.kind == "number" and not q.unit and q.value < 1)
