"""Reading dates, named periods and relative time expressions as ranges of days.

A date is compared at its own precision because it is a range: "2024" covers
the whole year and so does not contradict "June 2024"; "the Cold War era" is
1947–1991 and does. Relative expressions ("last year") need the publication
date of their source to become a range.

This module finds every reading, keeps the longest where they overlap and joins the ends of
ranges ("from 2014 to 2018"). Each form has its reader: :mod:`.explicit_dates`, :mod:`.relative`,
:mod:`.weekdays`, :mod:`.numeric_dates`, :mod:`.date_ranges`, :mod:`.period_parts`, :mod:`.periods`,
with the shared pieces in :mod:`.date_values`.
"""

from __future__ import annotations

import bisect
import datetime as dt

from ..errors import ValueFormatError
from ..model import DateValue, Verdict
from .date_ranges import day_ranges, join_ranges
from .date_values import DateMention, day_value, month_value, recurring_value, year_value, years_value
from .explicit_dates import explicit_dates
from .numeric_dates import numeric_dates
from .period_parts import period_parts
from .periods import named_periods
from .relative import relative_dates
from .weekdays import weekday_dates

__all__ = [
    "DATE_FORMS",
    "DateMention",
    "compare_dates",
    "day_value",
    "find_dates",
    "month_value",
    "parse_fact_date",
    "recurring_value",
    "year_value",
    "years_value",
]

DATE_FORMS = (
    '"2024", "June 2024", "June 19, 2024", "19 June 2024", "2024-06-19", '
    'or "January 8" for a date that recurs every year (a birthday, a national day)'
)


def find_dates(text: str, *, date_order: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, longest first where they overlap.

    ``date_order`` ("DMY", "MDY" or None) is the source's convention for numeric dates.
    """
    found: list[DateMention] = []
    # The spans taken so far never overlap, so sorted by start they are sorted by
    # end too: one bisection tells whether a candidate overlaps any of them.
    starts: list[int] = []
    ends: list[int] = []
    candidates = [
        *named_periods(text),
        *day_ranges(text),
        *period_parts(text),
        *relative_dates(text),
        *weekday_dates(text),
        *explicit_dates(text),
        *numeric_dates(text, date_order),
    ]
    for mention in sorted(candidates, key=lambda m: m.start - m.end):  # longest first, stable
        index = bisect.bisect_left(starts, mention.end)
        if index and ends[index - 1] > mention.start:
            continue
        found.append(mention)
        starts.insert(index, mention.start)
        ends.insert(index, mention.end)
    return join_ranges(text, sorted(found, key=lambda m: m.start))


def parse_fact_date(value: object) -> DateValue:
    """Read the ``date:`` of a fact; raise ValueFormatError naming the accepted forms."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return day_value(value.year, value.month, value.day, value.strftime("%B %-d, %Y"))
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2100:
        return year_value(value, str(value))
    text = str(value).strip() if isinstance(value, str) else ""
    if not text:
        raise ValueFormatError(f"cannot read {value!r} as a date; write {DATE_FORMS}")
    mentions = find_dates(text)
    if len(mentions) == 1 and mentions[0].value is not None and mentions[0].text.strip() == text:
        return mentions[0].value
    raise ValueFormatError(f"cannot read '{text}' as a date; write {DATE_FORMS}")


def compare_dates(expected: DateValue, claimed: DateValue) -> Verdict:
    """Whether ``claimed`` agrees with ``expected``, each at its own precision."""
    if expected.recurring or claimed.recurring:
        return _compare_recurring(expected, claimed)
    if claimed.end < expected.start or claimed.start > expected.end:
        return Verdict.CONTRADICTS
    return Verdict.SUPPORTS


def _compare_recurring(expected: DateValue, claimed: DateValue) -> Verdict:
    if claimed.precision in ("year", "period") or expected.precision in ("year", "period"):
        return Verdict.UNVERIFIABLE
    if not expected.recurring:
        return Verdict.UNVERIFIABLE  # "June 19" without a year says nothing of June 19, 2024
    if expected.start.month != claimed.start.month:
        return Verdict.CONTRADICTS
    if expected.precision == "day" and claimed.precision == "day" and expected.start.day != claimed.start.day:
        return Verdict.CONTRADICTS
    return Verdict.SUPPORTS
