"""Parts of a period: quarters ("Q3 2024", "the third quarter of 2023"), halves ("H1 2025", "the first half
of 2025"), and early, mid or late ("early 2024", "mid-June", "late last year", "earlier this year")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..lexicon.dates import HALVES, MONTH_PARTS, PERIOD_PARTS, QUARTERS, WEEK_PARTS
from ..model import DateValue
from .date_values import (
    MONTH_NAMES,
    YEAR,
    YEAR_ANY,
    Build,
    DateMention,
    Resolver,
    absolute_mentions,
    days_value,
    last_day,
    month_number,
    months_value,
    relative_mentions,
    shift_month,
    year_number,
)
from .relative import REL, offset, week_of


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_QUARTER = rf"(?:\bQ(?P<q>[1-4])|\b(?:the\s+)?(?P<qw>{_alternatives(QUARTERS)})[\s-]+quarter)"
_HALF = rf"(?:\bH(?P<h>[12])|\b(?:the\s+)?(?P<hw>{_alternatives(HALVES)})[\s-]+half)"
_PART = r"(?P<part>" + _alternatives(PERIOD_PARTS).replace(" ", r"\s+") + r")"
_YEAR_AFTER = rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR_ANY})\b)"
_REL_AFTER = rf"(?:,?\s+(?:of\s+)?{REL}\s+year\b)"


def _months(m: re.Match[str]) -> tuple[int, int]:
    """The first and last month of the quarter or half ``m`` names."""
    groups = m.groupdict()
    if groups.get("q"):
        quarter = int(m["q"])
        return 3 * quarter - 2, 3 * quarter
    if groups.get("qw"):
        return QUARTERS[m["qw"].lower()]
    if groups.get("h"):
        return (1, 6) if m["h"] == "1" else (7, 12)
    return HALVES[m["hw"].lower()]


def _part_of_year(m: re.Match[str]) -> DateValue | None:
    first, last = _months(m)
    return months_value(year_number(m["y"]), first, last, m.group())


def _part_of_relative_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
    first, last = _months(m)
    return months_value(pub.year + offset(m["rel"]), first, last, m.group())


def _part_of_recent_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "the third quarter" alone: the most recent one begun by publication."""
    first, last = _months(m)
    year = pub.year if dt.date(pub.year, first, 1) <= pub else pub.year - 1
    return months_value(year, first, last, m.group())


def _fraction(m: re.Match[str], parts: dict[str, tuple[float, float]] = PERIOD_PARTS) -> tuple[float, float]:
    return parts[re.sub(r"\s+", " ", m["part"].lower())]


def _slice_days(first: dt.date, last: dt.date, m: re.Match[str]) -> DateValue:
    """A part of a week, or of a month (``first`` its 1st): a month's end is its second half."""
    low, high = _fraction(
        m, MONTH_PARTS if first.day == 1 and last.day == last_day(last.year, last.month) else PERIOD_PARTS
    )
    length = (last - first).days + 1
    return days_value(
        first + dt.timedelta(days=int(low * length)), first + dt.timedelta(days=int(high * length) - 1), m.group()
    )


def _slice_year(year: int, m: re.Match[str]) -> DateValue:
    low, high = _fraction(m)
    return months_value(year, int(low * 12) + 1, int(high * 12), m.group())


def _early_year(m: re.Match[str]) -> DateValue | None:
    return _slice_year(int(m["y"]), m)


def _early_month_of_year(m: re.Match[str]) -> DateValue | None:
    year, month = int(m["y"]), month_number(m["mon"])
    return _slice_days(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), m)


def _early_month(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "mid-June" without a year: the most recent June, as "in June" is."""
    month = month_number(m["mon"])
    year = pub.year if month <= pub.month else pub.year - 1
    return _slice_days(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), m)


def _early_relative(m: re.Match[str], pub: dt.date) -> DateValue | None:
    unit = m["unit"].lower()
    if unit == "year":
        return _slice_year(pub.year + offset(m["rel"]), m)
    if unit == "month":
        year, month = shift_month(pub.year, pub.month, offset(m["rel"]))
        return _slice_days(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), m)
    monday, _ = week_of(pub, m["rel"])
    first, last = WEEK_PARTS[re.sub(r"\s+", " ", m["part"].lower())]
    return days_value(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), m.group())


def _so_far(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "earlier this year": from the year's start to publication; "later this year": the rest of it."""
    unit = m["unit"].lower()
    if unit == "year":
        first, last = dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)
    elif unit == "month":
        first, last = dt.date(pub.year, pub.month, 1), dt.date(pub.year, pub.month, last_day(pub.year, pub.month))
    else:
        first, last = week_of(pub, "this")
    if m["when"].lower() == "earlier":
        return days_value(first, pub, m.group())
    return days_value(pub, last, m.group())


_FLAGS = re.IGNORECASE
_PARTS = rf"(?:{_QUARTER}|{_HALF})"
_EARLY = rf"\b(?:the\s+)?{_PART}[\s-]*(?:of\s+)?(?:the\s+)?"
_ABSOLUTE: list[tuple[re.Pattern[str], Build]] = [
    (re.compile(rf"{_PARTS}{_YEAR_AFTER}", _FLAGS), _part_of_year),
    (re.compile(rf"\b(?P<y>{YEAR}),?\s+(?:the\s+)?{_PARTS}", _FLAGS), _part_of_year),
    (re.compile(rf"{_EARLY}(?P<y>{YEAR})\b", _FLAGS), _early_year),
    (re.compile(rf"{_EARLY}(?P<mon>{MONTH_NAMES})\b\.?,?\s+(?:of\s+)?(?P<y>{YEAR})\b", _FLAGS), _early_month_of_year),
]
_RELATIVE: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"{_PARTS}{_REL_AFTER}", _FLAGS), _part_of_relative_year),
    (re.compile(rf"\b{REL}\s+year['’]s\s+{_PARTS}", _FLAGS), _part_of_relative_year),
    # a quarter alone is business news' own; a half alone is too often a match's ("scored in the first half")
    (re.compile(rf"(?:\bQ(?P<q>[1-4])\b|\b(?:the\s+)?(?P<qw>{_alternatives(QUARTERS)})[\s-]+quarter\b)", _FLAGS),
     _part_of_recent_year),
    (re.compile(rf"{_EARLY}{REL}\s+(?P<unit>year|month|week)\b", _FLAGS), _early_relative),
    (re.compile(rf"{_EARLY}(?P<mon>{MONTH_NAMES})\b(?!\.?\s*\d)", _FLAGS), _early_month),
    (re.compile(r"\b(?P<when>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>year|month|week)\b", _FLAGS), _so_far),
]  # fmt: skip


def period_parts(text: str) -> Iterator[DateMention]:
    """Every reading of a part of a period in ``text``; overlaps are resolved by the caller."""
    yield from absolute_mentions(_ABSOLUTE, text)
    yield from relative_mentions(_RELATIVE, text)
