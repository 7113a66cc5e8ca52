"""Ranges of dates: "from 4 to 22 January 2024", "4-6 June", "June 4 to 6", "between 2014 and 2018",
"Jan. 4 to Jan. 22". A range is one value from the first day of its first end to the last day of its last."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..lexicon.dates import RANGE_OPENERS, RANGE_WORDS
from ..model import DateValue
from .date_values import (
    DAY,
    END,
    MONTH_NAMES,
    WEEKDAY_OR_SHORT,
    YEAR_ANY,
    Build,
    DateMention,
    Resolver,
    absolute_mentions,
    bind_year,
    day_number,
    last_day,
    month_number,
    relative_mentions,
    shift_month,
    year_number,
)
from .relative import REL, offset

_WORDS = "|".join(re.escape(word) for word in sorted(RANGE_WORDS, key=len, reverse=True))
#: "from 4 to 22", "4-22", "between 4 and 22": two day numbers of one month.
_DAYS = (
    rf"(?:(?:(?:from|between)\s+)?(?:the\s+)?(?P<day>{DAY})\s*(?:{_WORDS})\s*(?:the\s+)?(?P<day2>{DAY})"
    rf"|between\s+(?:the\s+)?(?P<bday>{DAY})\s+and\s+(?:the\s+)?(?P<bday2>{DAY}))"
)
_NOT_A_FIGURE = r"(?!\s*(?:%|percent|per\s+cent|million|billion|[\d$£€]))"


def _days(m: re.Match[str]) -> tuple[int, int] | None:
    first, last = (m["day"], m["day2"]) if m["day"] else (m["bday"], m["bday2"])
    days = day_number(first), day_number(last)
    return days if days[0] < days[1] else None


def _run(year: int, month: int, m: re.Match[str], recurring: bool = False) -> DateValue | None:
    days = _days(m)
    if days is None or days[1] > last_day(year, month):
        return None
    return DateValue(dt.date(year, month, days[0]), dt.date(year, month, days[1]), "day", m.group(), recurring)


def _days_of_month(m: re.Match[str]) -> DateValue | None:
    month = month_number(m["mon"])
    if m["y"]:
        return _run(year_number(m["y"]), month, m)
    return _run(2000, month, m, recurring=True)


def _days_of_relative_month(m: re.Match[str], pub: dt.date) -> DateValue | None:
    year, month = shift_month(pub.year, pub.month, offset(m["rel"]))
    return _run(year, month, m)


_FLAGS = re.IGNORECASE
_YEAR_AFTER = rf"(?:,?\s+(?P<y>{YEAR_ANY}){END})?"
_ABSOLUTE: list[tuple[re.Pattern[str], Build]] = [
    (re.compile(rf"\b{_DAYS}\s+(?:of\s+)?(?P<mon>{MONTH_NAMES})\b\.?{_YEAR_AFTER}", _FLAGS), _days_of_month),
    (re.compile(rf"\b(?:(?:from|between)\s+)?(?P<mon>{MONTH_NAMES})\.?\s+{_DAYS}\b{_NOT_A_FIGURE}{_YEAR_AFTER}",
                _FLAGS), _days_of_month),
    # "from 4 to January 22, 1995": the month named with the last day only
    (re.compile(rf"\bfrom\s+(?:the\s+)?(?P<day>{DAY})\s+(?:to|through|thru|until|till)\s+(?P<mon>{MONTH_NAMES})\.?\s+"
                rf"(?P<day2>{DAY})\b{_NOT_A_FIGURE}{_YEAR_AFTER}", _FLAGS), _days_of_month),
]  # fmt: skip
_RELATIVE: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\b{_DAYS}\s+(?:of\s+|in\s+)?{REL}\s+month\b", _FLAGS), _days_of_relative_month),
]


def day_ranges(text: str) -> Iterator[DateMention]:
    """Every reading of a run of days of one month in ``text``; overlaps are resolved by the caller."""
    yield from absolute_mentions(_ABSOLUTE, text)
    yield from relative_mentions(_RELATIVE, text)


def _joined(first: DateValue, last: DateValue, text: str) -> DateValue | None:
    """The range from ``first`` to ``last``; an end without a year takes the other's ("Jan. 4 to Jan. 22, 2024")."""
    wraps = (first.start.month, first.start.day) > (last.end.month, last.end.day)  # "Dec. 20 to Jan. 6"
    if first.recurring and not last.recurring:
        first = _in_year(first, last.end.year - wraps)
    elif last.recurring and not first.recurring:
        last = _in_year(last, first.start.year + wraps)
    elif first.recurring and last.end < first.start:
        last = _in_year(last, 2001)  # "Oct. 25 to Jan. 25": the end is in the next year
    if last.end < first.start:
        return None
    if first.precision == last.precision == "day":
        precision = "day"
    else:
        precision = "period" if first.start.year != last.end.year else "year"
    return DateValue(first.start, last.end, precision, text, first.recurring and last.recurring)


def _in_year(value: DateValue, year: int) -> DateValue:
    start = value.start.replace(year=year) if (value.start.month, value.start.day) != (2, 29) else dt.date(year, 2, 28)
    end = value.end.replace(year=year) if (value.end.month, value.end.day) != (2, 29) else dt.date(year, 2, 28)
    return DateValue(start, end, value.precision, value.text, value.recurring and year == 2001)


_OPENER = {
    word: re.compile(rf"\b{word}\s+$", re.IGNORECASE) for word in RANGE_OPENERS
}  # "from", "between" right before the first end; a weekday may precede the last ("until Wed, 22 Jan")
_JOINS = {
    word: re.compile(
        r"^\s*(?:" + "|".join(re.escape(j) for j in joins) + rf")\s*(?:{WEEKDAY_OR_SHORT},?\s*)?$", re.IGNORECASE
    )
    for word, joins in RANGE_OPENERS.items()
}


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (in text order, not overlapping) with "X to Y" and "between X and Y" made one range."""
    joined: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        last = mentions[index + 1] if index + 1 < len(mentions) else None
        merged = None if last is None else _merge(text, first, last)
        if merged is None:
            joined.append(first)
            index += 1
        else:
            joined.append(merged)
            index += 2
    return joined


def _range_start(text: str, first: DateMention, gap: str) -> int | None:
    """Where the range whose first end is ``first`` starts ("from", "between" included), if ``gap`` joins two ends."""
    before_start = max(0, first.start - 10)
    before = text[before_start : first.start]
    for word, pattern in _OPENER.items():
        opened = pattern.search(before)
        # "between September 4th through September 8th" is loose but one range all the same
        if opened is not None and (_JOINS[word].match(gap) or _JOINS["from"].match(gap)):
            return before_start + opened.start()
    if gap.strip() and _JOINS["from"].match(gap):
        return first.start
    return None


def _merge(text: str, first: DateMention, last: DateMention) -> DateMention | None:
    start = _range_start(text, first, text[first.end : last.start])
    if start is None:
        return None
    span = text[start : last.end]
    if first.value is not None and last.value is not None:  # absolute, or a day without a year
        value = _joined(first.value, last.value, span)
        if value is None:
            return None
        return DateMention(start, last.end, span, value, bind_year(value) if value.recurring else None)
    if (first.value is None and first.resolve is None) or (last.value is None and last.resolve is None):
        return None  # an ambiguous numeric date has no value: no range of it either

    def resolve(published: dt.date) -> DateValue | None:
        ends = first.value_at(published), last.value_at(published)
        return None if ends[0] is None or ends[1] is None else _joined(ends[0], ends[1], span)

    return DateMention(start, last.end, span, None, resolve)
