"""Comparing a reported quantity with a fact's quantity.

Units are first brought to a canonical identifier (:data:`lexicon.CANONICAL_UNITS`): ISO 4217 codes
for money, pint unit names for physical units, ``percent`` and ``percentage_point``. Physical units
of one dimension convert through pint's registry (km ↔ miles, hectares ↔ acres, tonnes ↔ short tons,
a difference of °C ↔ °F); currencies never do.

Precision: a reported figure is taken at its own rounding ("1,500" is 1,450–1,550, so it agrees with
a fact of 1,517), while a fact is exact as written: "1,517" reported does not agree with a fact of
1,500. The fact's ``tolerance`` widens the fact's side only.

Reason codes of :class:`Comparison` (stable):

- ``agrees`` / ``disagrees``: the intervals overlap / do not, after conversion and precision;
- ``currency-mismatch``: two different currencies;
- ``money-vs-count``: money on one side, a bare count or a physical unit on the other;
- ``percent-vs-points``: percent on one side, percentage points on the other;
- ``dimension-mismatch``: physical units of different dimensions (a length and a mass);
- ``unit-mismatch``: any other pair of different units that cannot be converted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..lexicon.numbers import CANONICAL_UNITS, CURRENCY_CODES
from ..model import Interval, Quantity
from .units import convert, is_physical, same_dimension

_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


@dataclass(frozen=True)
class Comparison:
    """The outcome of :func:`compare_quantity`: "agrees", "disagrees" or "incomparable"."""

    outcome: str
    reason: str
    code: str


def canonical_unit(unit: str | None) -> str | None:
    """The canonical identifier of ``unit`` ("dollar" → "USD", "kilometre" → "kilometer")."""
    if unit is None:
        return None
    lowered = unit.strip().lower()
    if unit in CURRENCY_CODES or unit in CANONICAL_UNITS.values():
        return unit
    return CANONICAL_UNITS.get(lowered, lowered)


def precision_of(text: str, value: float) -> float:
    """Half the step of the last written digit: "1,500" is ±50, "4.5" is ±0.05, "1.2 million" ±50,000.

    A figure with no written digits ("fifteen thousand") is taken as exact.
    """
    match = _DIGITS.search(text)
    if match is None or value == 0:
        return 0.0
    written = float(match.group().replace(",", ""))
    if written == 0:
        return 0.0
    scale = abs(value) / written
    if match.group(1):
        step = 10.0 ** -len(match.group(1))
    else:
        digits = match.group().replace(",", "")
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return step * scale / 2


def _incomparable(claimed: str | None, fact: str | None) -> Comparison | None:
    if claimed == fact:
        return None
    money = [u in CURRENCY_CODES for u in (claimed, fact)]
    if all(money):
        return Comparison("incomparable", f"the figure is in {claimed}, the fact in {fact}", "currency-mismatch")
    if any(money):
        return Comparison("incomparable", f"money and {'a count' if None in (claimed, fact) else 'a measure'}",
                          "money-vs-count")  # fmt: skip
    if {claimed, fact} == {"percent", "percentage_point"}:
        return Comparison("incomparable", "percent and percentage points differ", "percent-vs-points")
    if is_physical(claimed) and is_physical(fact):
        assert claimed is not None and fact is not None
        if not same_dimension(claimed, fact):
            return Comparison("incomparable", f"{claimed} and {fact} measure different things", "dimension-mismatch")
        return None
    return Comparison("incomparable", f"the figure is in {claimed or 'no unit'}, the fact in {fact or 'no unit'}",
                      "unit-mismatch")  # fmt: skip


def _converted(interval: Interval, unit: str | None, target: str | None) -> Interval:
    if unit == target or unit is None or target is None or not (is_physical(unit) and is_physical(target)):
        return interval
    return Interval(convert(interval.low, unit, target), convert(interval.high, unit, target))


def compare_quantity(claimed: Quantity, fact: Quantity, relative: float = 0.0, absolute: float = 0.0) -> Comparison:
    """Whether ``claimed`` (as reported, at its own rounding) agrees with ``fact`` (widened by its tolerance)."""
    claimed_unit, fact_unit = canonical_unit(claimed.unit), canonical_unit(fact.unit)
    mismatch = _incomparable(claimed_unit, fact_unit)
    if mismatch is not None:
        return mismatch
    interval = claimed.interval
    if interval.low == interval.high and math.isfinite(interval.low):
        half = precision_of(claimed.text, interval.low)
        interval = Interval(interval.low - half, interval.high + half)
    interval = _converted(interval, claimed_unit, fact_unit)
    expected = fact.interval.widened(relative, absolute)
    if interval.overlaps(expected):
        return Comparison("agrees", f"{claimed.describe()} agrees with {fact.describe()}", "agrees")
    return Comparison("disagrees", f"{claimed.describe()} is not {fact.describe()}", "disagrees")
