"""Dates relative to the publication date: "last year", "June last year", "next month", "three months ago",
"a year ago today", "yesterday", "next week", "two weeks ago", "in June" (the most recent June)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..lexicon.dates import AFTER_BOUND_WORDS, BEFORE_BOUND_WORDS, DAY_OFFSETS, RELATIVE_OFFSETS, WEEKDAYS
from ..model import DateValue
from .date_values import (
    DAY,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DateMention,
    Resolver,
    count,
    day_number,
    day_value,
    days_value,
    last_day,
    month_number,
    month_value,
    relative_mentions,
    safe,
    shift_month,
    year_value,
)
from .tense import is_future

REL = r"(?P<rel>" + "|".join(RELATIVE_OFFSETS) + r")"
NUMBER = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"


def offset(word: str) -> int:
    return RELATIVE_OFFSETS[word.lower()]


def _day_in_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
    year, month, day = pub.year + offset(m["rel"]), month_number(m["mon"]), day_number(m["day"])
    return safe(lambda: day_value(year, month, day, m.group()))


def _month_in_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
    return month_value(pub.year + offset(m["rel"]), month_number(m["mon"]), m.group())


def _year_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
    return year_value(pub.year + offset(m["rel"]), m.group())


def _years_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
    number = count(m["n"])
    return None if number is None else year_value(pub.year - number, m.group())


def _month_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
    year, month = shift_month(pub.year, pub.month, offset(m["rel"]))
    return month_value(year, month, m.group())


def _years_back(m: re.Match[str], day: dt.date) -> dt.date | None:
    number = count(m["n"])
    return None if number is None else _shift_years(day, number)


def _years_ago_period(m: re.Match[str], pub: dt.date) -> DateValue | None:
    back = _years_back(m, pub)
    if back is None:
        return None
    if m["unit"].lower() == "month":
        return month_value(back.year, back.month, m.group())
    monday = back - dt.timedelta(days=back.weekday())
    return days_value(monday, monday + dt.timedelta(days=6), m.group())


def _years_ago_weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
    day = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[m["wd"].lower()]) % 7)
    back = _years_back(m, day)
    return None if back is None else day_value(back.year, back.month, back.day, m.group())


def _years_ago_today(m: re.Match[str], pub: dt.date) -> DateValue | None:
    back = _years_back(m, pub)
    return None if back is None else day_value(back.year, back.month, back.day, m.group())


def _months_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
    number = count(m["n"])
    if number is None:
        return None
    year, month = shift_month(pub.year, pub.month, -number)
    return month_value(year, month, m.group())


def _day_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
    day = pub + dt.timedelta(days=DAY_OFFSETS[re.sub(r"\s+", " ", m.group().lower())])
    return day_value(day.year, day.month, day.day, m.group())


def week_of(pub: dt.date, rel: str) -> tuple[dt.date, dt.date]:
    """The Monday and Sunday of the week ``rel`` ("last", "this", "next") to ``pub``."""
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * offset(rel))
    return monday, monday + dt.timedelta(days=6)


def _week_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
    monday, sunday = week_of(pub, m["rel"])
    # "this week" in a report is the days of the week so far, the rest has not happened yet; said of the
    # future ("will strike this week", "I'll be out this week") it is the whole week
    so_far = offset(m["rel"]) == 0 and not m["later"] and not is_future(m)
    end = min(sunday, pub) if so_far else sunday
    return days_value(monday, end, m.group())


def _days_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
    number = count(m["n"])
    if number is None:
        return None
    day = pub - dt.timedelta(days=number * (7 if m["unit"].lower().startswith("week") else 1))
    return day_value(day.year, day.month, day.day, m.group())


def _month_of_relative_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "this June" is June of the publication's year; "next June" the first June after publication."""
    month = month_number(m["mon"])
    year = pub.year if m["rel"].lower() == "this" or month > pub.month else pub.year + 1
    return month_value(year, month, m.group())


def _day_of_relative_month(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "the 20th of next month"; "the 31st of this month" in November is no date."""
    year, month = shift_month(pub.year, pub.month, offset(m["rel"]))
    return safe(lambda: day_value(year, month, day_number(m["day"]), m.group()))


def _after_next(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "the week after next", "the month after next", "the year after next"."""
    unit = m["unit"].lower()
    if unit == "year":
        return year_value(pub.year + 2, m.group())
    if unit == "month":
        year, month = shift_month(pub.year, pub.month, 2)
        return month_value(year, month, m.group())
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=14)
    return days_value(monday, monday + dt.timedelta(days=6), m.group())


def _back(pub: dt.date, number: int, unit: str) -> dt.date:
    unit = unit.lower()
    if unit.startswith("year"):
        return _shift_years(pub, number)
    if unit.startswith("month"):
        year, month = shift_month(pub.year, pub.month, -number)
        return pub.replace(year=year, month=month, day=min(pub.day, last_day(year, month)))
    return pub - dt.timedelta(days=number * (7 if unit.startswith("week") else 1))


def _shift_years(day: dt.date, number: int) -> dt.date:
    try:
        return day.replace(year=day.year - number)
    except ValueError:  # February 29
        return day.replace(year=day.year - number, day=28)


def _compound_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "1 month 21 days ago", "2 years, 1 month and 21 days ago": the day that far back."""
    day = pub
    for number, unit in _AMOUNT.findall(m["amounts"]):
        value = count(number)
        if value is None:
            return None
        day = _back(day, value, unit)
    return day_value(day.year, day.month, day.day, m.group())


def _bound_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "more than three weeks ago": every day up to three weeks before publication, an interval open
    towards the past (its start is the first day a date can have); "less than a year ago": the days since."""
    number = count(m["n"])
    if number is None:
        return None
    day = _back(pub, number, m["unit"])
    if re.sub(r"\s+", " ", m["bound"].lower()) in AFTER_BOUND_WORDS:
        return DateValue(day, pub, "period", m.group())
    return DateValue(dt.date.min, day, "period", m.group())


def _bare_month(m: re.Match[str], pub: dt.date) -> DateValue | None:
    month = month_number(m["mon"])
    year = pub.year if month <= pub.month else pub.year - 1
    return month_value(year, month, m.group())


_FLAGS = re.IGNORECASE
_UNIT = r"(?:days?|weeks?|months?|years?)"
_AMOUNT = re.compile(rf"(\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+({_UNIT})",
                     _FLAGS)  # fmt: skip
_AMOUNTS = rf"(?P<amounts>{_AMOUNT.pattern}(?:,?\s+(?:and\s+)?{_AMOUNT.pattern})+)"
_BOUNDS = "|".join(
    w.replace(" ", r"\s+") for w in sorted([*BEFORE_BOUND_WORDS, *AFTER_BOUND_WORDS], key=len, reverse=True)
)
_DAYS = "|".join(sorted(DAY_OFFSETS, key=len, reverse=True)).replace(" ", r"\s+")
_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\b(?P<mon>{MONTH_NAMES})\.?\s+(?P<day>{DAY})\s*,?\s+{REL}\s+year\b", _FLAGS), _day_in_year),
    (re.compile(rf"\b(?:in\s+)?(?P<mon>{MONTH_NAMES})\.?\s+(?:of\s+)?{REL}\s+year\b", _FLAGS), _month_in_year),
    (re.compile(rf"\b{REL}\s+year\b", _FLAGS), _year_rel),
    (re.compile(rf"\b(?P<rel>this|next|coming)\s+(?P<mon>{MONTH_NAMES})\b(?!\.?\s*\d)", _FLAGS),
     _month_of_relative_year),
    (re.compile(rf"\b(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?{REL}\s+month\b", _FLAGS), _day_of_relative_month),
    (re.compile(r"\b(?:the\s+)?(?P<unit>week|month|year)\s+after\s+(?:the\s+)?next\b", _FLAGS), _after_next),
    (re.compile(rf"\b{_AMOUNTS}\s+ago\b", _FLAGS), _compound_ago),
    (re.compile(rf"\b(?P<bound>{_BOUNDS})\s+{NUMBER}\s+(?P<unit>{_UNIT})\s+ago\b", _FLAGS), _bound_ago),
    (re.compile(rf"\b{NUMBER}\s+years?\s+ago\s+(?:this|last)\s+(?P<unit>month|week)\b", _FLAGS), _years_ago_period),
    (re.compile(rf"\b{NUMBER}\s+years?\s+ago\s+(?:on|this|last)\s+(?P<wd>{WEEKDAY_NAMES})\b", _FLAGS),
     _years_ago_weekday),
    (re.compile(rf"\b{NUMBER}\s+years?\s+ago\s+today\b", _FLAGS), _years_ago_today),
    (re.compile(rf"\b{NUMBER}\s+years?\s+ago\b", _FLAGS), _years_ago),
    (re.compile(rf"\b{REL}\s+month\b", _FLAGS), _month_rel),
    (re.compile(rf"\b{NUMBER}\s+months?\s+ago\b", _FLAGS), _months_ago),
    (re.compile(rf"\b(?:{_DAYS})\b", _FLAGS), _day_rel),
    (re.compile(rf"\b(?:earlier\s+|(?P<later>later\s+))?{REL}\s+week\b", _FLAGS), _week_rel),
    (re.compile(rf"\b{NUMBER}\s+(?P<unit>days?|weeks?)\s+ago\b", _FLAGS), _days_ago),
    (re.compile(rf"\b(?:in|since|until|by|during|last|(?:end|start|beginning|middle) of)\s+"
                rf"(?P<mon>{MONTH_NAMES})\b(?!\.?\s*\d)", _FLAGS), _bare_month),
]  # fmt: skip


def relative_dates(text: str) -> Iterator[DateMention]:
    """Every reading of a date relative to publication in ``text``; overlaps are resolved by the caller."""
    return relative_mentions(_PATTERNS, text)
