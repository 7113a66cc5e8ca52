"""Weekdays, AP style: "said Tuesday" and "on Tuesday" are the most recent Tuesday on or before publication,
"next Friday" the coming one, and "this Friday" or "on Friday" with a future verb ("will meet") look forward.
A weekday right before an explicit date ("Tuesday, Oct. 29") is not read: the explicit date wins."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..lexicon.dates import NOT_A_WEEKDAY_BEFORE
from ..model import DateValue
from .date_values import (
    DAY,
    DAY_WORD_AFTER_MONTH,
    EXPLICIT_DATE_AFTER,
    MONTH_NAMES,
    SMALL_DAY_WORD,
    WEEKDAY_NAMES,
    WEEKDAY_OR_SHORT,
    DateMention,
    Resolver,
    day_number,
    day_value,
    days_value,
    relative_mentions,
    shift_month,
    weekday_number,
)
from .relative import REL, week_of
from .tense import is_future

#: A weekday with no preposition, AP style ("said Tuesday"), not a possessive ("Tuesday's
#: vote"), not "next"/"every" Tuesday or a named day ("Good Friday"), nor "a Tuesday", and not the weekday of an
#: explicit date ("Tuesday, Oct. 29").
_AP_WEEKDAY = (
    "".join(rf"(?<!{word} )" for word in NOT_A_WEEKDAY_BEFORE)
    + r"\b(?P<wd>(?i:"
    + WEEKDAY_NAMES
    + r"))\b(?!['’]s)(?i:"
    + EXPLICIT_DATE_AFTER
    + ")"
)


def _on_or_after(pub: dt.date, weekday: int) -> dt.date:
    return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)


def _on_or_before(pub: dt.date, weekday: int) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _as_value(day: dt.date, text: str) -> DateValue:
    return day_value(day.year, day.month, day.day, text)


def _weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "on Tuesday", "this Friday", "said Tuesday": the most recent, or the coming one in a future sentence."""
    weekday = weekday_number(m["wd"])
    rel = (m["rel"] or "").lower()
    forward = rel == "coming" or (rel not in ("last", "past") and is_future(m))
    return _as_value(_on_or_after(pub, weekday) if forward else _on_or_before(pub, weekday), m.group())


def _next_weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
    weekday = weekday_number(m["wd"])
    return _as_value(pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7), m.group())


def _weekday_of_week(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "Friday next week", "this week on Friday": that weekday of the week named."""
    monday, _ = week_of(pub, m["rel"])
    return _as_value(monday + dt.timedelta(days=weekday_number(m["wd"])), m.group())


def _weekdays_of_week(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "next week from Wednesday to Friday": those days of the week named."""
    monday, _ = week_of(pub, m["rel"])
    first, last = weekday_number(m["wd"]), weekday_number(m["wd2"])
    if last < first:
        return None
    return days_value(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), m.group())


def _weekday_the_nth(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "Friday the 13th": the day of that number which is that weekday, the most recent one on or before
    publication, or the first after it in a future sentence."""
    weekday, number = weekday_number(m["wd"]), day_number(m["day"])
    forward = is_future(m)
    for step in range(13):
        year, month = shift_month(pub.year, pub.month, step if forward else -step)
        try:
            day = dt.date(year, month, number)
        except ValueError:  # no 31st in this month
            continue
        if day.weekday() == weekday and ((day >= pub) if forward else (day <= pub)):
            return _as_value(day, m.group())
    return None


_FLAGS = re.IGNORECASE
_NTH = rf"(?P<day>{DAY}|{DAY_WORD_AFTER_MONTH}|{SMALL_DAY_WORD})\b(?!\s*(?:of\s+)?(?:{MONTH_NAMES})\b)"
_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\bnext\s+(?P<wd>{WEEKDAY_OR_SHORT}){EXPLICIT_DATE_AFTER}", _FLAGS), _next_weekday),
    (re.compile(rf"\b(?:on|(?P<rel>last|this|coming|past))\s+(?P<wd>{WEEKDAY_OR_SHORT}){EXPLICIT_DATE_AFTER}",
                _FLAGS), _weekday),
    (re.compile(rf"\b{REL}\s+week,?\s+(?:on\s+)?(?P<wd>{WEEKDAY_NAMES})\b", _FLAGS), _weekday_of_week),
    (re.compile(rf"\b{REL}\s+week,?\s+(?:from|between)\s+(?P<wd>{WEEKDAY_OR_SHORT})\s+(?:to|and|through|until|till)\s+"
                rf"(?P<wd2>{WEEKDAY_OR_SHORT})", _FLAGS), _weekdays_of_week),
    (re.compile(rf"\b(?P<wd>{WEEKDAY_NAMES})\s+(?:of\s+)?{REL}\s+week\b", _FLAGS), _weekday_of_week),
    (re.compile(rf"\b(?P<wd>{WEEKDAY_OR_SHORT}),?\s+the\s+{_NTH}", _FLAGS), _weekday_the_nth),
    # AP style: a capitalised weekday with no preposition ("said Tuesday", "ended Friday") is the most
    # recent such day on or before publication; "Tuesday's vote" names the vote, not its time.
    (re.compile(r"(?P<rel>)" + _AP_WEEKDAY), _weekday),
]  # fmt: skip


def weekday_dates(text: str) -> Iterator[DateMention]:
    """Every reading of a weekday in ``text``; overlaps are resolved by the caller."""
    return relative_mentions(_PATTERNS, text)
