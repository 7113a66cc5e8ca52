"""Numeric dates in the source's convention: "05/06/2024", "06.06.2024", "21/04/16", "2015/08/12",
"on 4/22" (a day without a year, after a preposition only), "11/2016" and "2016-11" (a month).
ISO "2024-06-06" is an explicit date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.dates import NUMERIC_DAY_AFTER, TWO_DIGIT_YEAR_PIVOT, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from ..model import DateValue
from .date_values import YEAR, DateMention, bind_year, day_value, month_value, recurring_value

_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)|,)(?P<y>\d{4}|\d\d)\b(?![./-]\d)"
)
_YEAR_FIRST = re.compile(r"(?<![\d./-])\b(?P<y>\d{4})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b(?![./-]\d)")
_WEEKDAY_WORDS = "|".join([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])
_DAY_WITHOUT_YEAR = re.compile(
    r"\b(?:(?P<on>on|" + _WEEKDAY_WORDS + r")|" + "|".join(NUMERIC_DAY_AFTER) + r")\.?,?\s+"
    r"(?P<date>(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2}))\b(?![./-]?\d|\s*(?:%|percent|per\s+cent|million|billion))",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"(?<![\d./-])\b(?P<m>\d{{1,2}})(?P<gap>\s*(?P<sep>[/-])\s*)(?P<y>{YEAR})\b(?![./-]?\d)")
_YEAR_MONTH = re.compile(
    rf"(?<![\d./-])\b(?P<y>{YEAR})(?P<gap>\s*(?P<sep>[/-])\s*)(?P<m>\d{{1,2}})\b(?![./-]?\d|\s*(?:%|percent))"
)
#: After "2016 - 11" spaced, a word makes it a sum or a count ("2016 - 11 people"), not November.
_WORD_AFTER = re.compile(r"\s*[A-Za-z]")


def day_and_month(first: int, second: int, date_order: str | None) -> tuple[int, int] | None:
    """The (day, month) of "first/second" in ``date_order``, or None when the order is unknown and it matters.

    A convention is the source's default: where it gives no date ("21/04/2016" month-first), the other
    order is the only reading."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if date_order == "DMY":
        return first, second
    if date_order == "MDY":
        return second, first
    if first == second:
        return first, first
    return None


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    short = int(text)
    return (2000 if short < TWO_DIGIT_YEAR_PIVOT else 1900) + short


def _day(year: int, month: int, day: int, text: str) -> DateValue | None:
    try:
        return day_value(year, month, day, text)
    except ValueError:
        return None


def _full_dates(text: str, date_order: str | None) -> Iterator[DateMention]:
    for match in _NUMERIC_DATE.finditer(text):
        parts = day_and_month(int(match["a"]), int(match["b"]), date_order)
        value = None if parts is None else _day(_year(match["y"]), parts[1], parts[0], match.group())
        # an ambiguous or impossible date still covers its characters: its year is not read alone
        yield DateMention(match.start(), match.end(), match.group(), value)
    for match in _YEAR_FIRST.finditer(text):
        value = _day(int(match["y"]), int(match["m"]), int(match["d"]), match.group())
        yield DateMention(match.start(), match.end(), match.group(), value)


def _days_without_year(text: str, date_order: str | None) -> Iterator[DateMention]:
    for match in _DAY_WITHOUT_YEAR.finditer(text):
        if match["sep"] != "/" and not match["on"]:
            continue  # "rose to 4.22", "lost 4-2": a figure or a score
        if not match["on"] and int(match["a"]) < int(match["b"]) <= 10:
            continue  # "from 1/3 to 1/2 of voters": fractions
        parts = day_and_month(int(match["a"]), int(match["b"]), date_order)
        if parts is None or not 1 <= parts[1] <= 12:
            continue
        try:
            value = recurring_value(parts[1], parts[0], match["date"])
        except ValueError:
            continue
        yield DateMention(match.start("date"), match.end("date"), match["date"], value, bind_year(value))


def _months(text: str) -> Iterator[DateMention]:
    for match in [*_MONTH_YEAR.finditer(text), *_YEAR_MONTH.finditer(text)]:
        year, month = int(match["y"]), int(match["m"])
        if not 1 <= month <= 12:
            continue
        if match["sep"] == "-" and match.re is _YEAR_MONTH and month > year % 100:
            continue  # "2010-12" is more likely the years 2010 to 2012 than December 2010
        if match.re is _YEAR_MONTH and match["gap"] != match["sep"] and _WORD_AFTER.match(text, match.end()):
            continue
        yield DateMention(match.start(), match.end(), match.group(), month_value(year, month, match.group()))


def numeric_dates(text: str, date_order: str | None) -> Iterator[DateMention]:
    """Numeric dates in the source's convention ("DMY" or "MDY").

    Without a convention an ambiguous date (both parts ≤ 12 and different) is given
    no value at all (``value`` None, no ``resolve``): it can neither support nor
    contradict a fact, not even a fact of the whole year.
    """
    yield from _full_dates(text, date_order)
    yield from _days_without_year(text, date_order)
    yield from _months(text)
