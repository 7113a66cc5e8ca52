"""Numeric dates in the source's convention: "05/06/2024", "06.06.2024" (ISO "2024-06-06" is explicit)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import DateValue
from .date_values import DateMention, day_value

_NUMERIC_DATE = re.compile(r"(?<![\d./-])\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b(?![./-]\d)")


def day_and_month(first: int, second: int, date_order: str | None) -> tuple[int, int] | None:
    """The (day, month) of "first/second" in ``date_order``, or None when the order is unknown and it matters."""
    if date_order == "DMY" or (date_order is None and first > 12):
        return first, second
    if date_order == "MDY" or (date_order is None and second > 12):
        return second, first
    if first == second:
        return first, first
    return None


def numeric_dates(text: str, date_order: str | None) -> Iterator[DateMention]:
    """ "05/06/2024" and "06.06.2024" in the source's convention ("DMY" or "MDY").

    Without a convention an ambiguous date (both parts ≤ 12 and different) is given
    no value at all (``value`` None, no ``resolve``): it can neither support nor
    contradict a fact, not even a fact of the whole year.
    """
    for match in _NUMERIC_DATE.finditer(text):
        parts = day_and_month(int(match["a"]), int(match["b"]), date_order)
        if parts is None:
            yield DateMention(match.start(), match.end(), match.group(), None)
            continue
        try:
            value: DateValue | None = day_value(int(match["y"]), parts[1], parts[0], match.group())
        except ValueError:
            value = None
        if value is not None:
            yield DateMention(match.start(), match.end(), match.group(), value)
