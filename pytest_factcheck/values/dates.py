"""Reading dates, named periods and relative time expressions as ranges of days.

A date is compared at its own precision because it is a range: "2024" covers
the whole year and so does not contradict "June 2024"; "the Cold War era" is
1947–1991 and does. Relative expressions ("last year") need the publication
date of their source to become a range.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import ValueFormatError
from ..lexicon.dates import DATE_NUMBER_WORDS as _NUMBER_WORDS
from ..lexicon.dates import MONTHS, NOT_A_WEEKDAY_BEFORE, ORDINAL_DAYS, ORDINAL_WORDS, PERIODS, WEEKDAYS
from ..model import DateValue, Verdict

DATE_FORMS = (
    '"2024", "June 2024", "June 19, 2024", "19 June 2024", "2024-06-19", '
    'or "January 8" for a date that recurs every year (a birthday, a national day)'
)

_MONTH_NAMES = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_WORD = r"(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"
_END = r"(?![\w%])"
_COUNTED_NOUNS = frozenset("people men women children personnel staff police cattle".split())
_VERBS_IN_S = frozenset("was is has does goes sees saw marks remains seems becomes brings ends begins".split())


def _is_counted_noun(word: str) -> bool:
    """A word after a four-digit number that makes it a count: "2000 troops", not "2024 was"."""
    return word in _COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss") and word not in _VERBS_IN_S)


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|of|during|from|until|till|to|into|before|after|the|early|late|mid|year|around|circa|"
    r"between|and|or|spring|summer|autumn|fall|winter|[A-Za-z]+['’]s)\s*-?\s*|^\s*|[,(–—-]\s*)$",
    re.IGNORECASE,
)
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "Tuesday, Oct. 29" / "Tuesday 29 October" is one date: the explicit date wins,
# so the weekday alone is not read there.
_EXPLICIT_DATE_AFTER = rf"(?!\s*,?\s*(?:(?:{_MONTH_NAMES})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})))"

#: A capitalised weekday with no preposition, AP style ("said Tuesday"), not a possessive ("Tuesday's
#: vote"), not "next"/"every" Tuesday or a named day ("Good Friday"), nor "a Tuesday", and not the weekday of an
#: explicit date ("Tuesday, Oct. 29").
_AP_WEEKDAY = (
    "".join(rf"(?<!{word} )" for word in NOT_A_WEEKDAY_BEFORE)
    + r"\b(?P<wd>"
    + _WEEKDAY_NAMES.title()
    + r")\b(?!['’]s)(?i:"
    + _EXPLICIT_DATE_AFTER
    + ")"
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text.

    ``value`` is set when the expression is absolute; ``resolve`` turns a
    relative one into a value given the publication date.
    """

    start: int
    end: int
    text: str
    value: DateValue | None
    resolve: Callable[[dt.date], DateValue | None] | None = None

    def value_at(self, published: dt.date | None) -> DateValue | None:
        if self.resolve is not None and published is not None:
            try:
                return self.resolve(published)
            except (ValueError, OverflowError):  # "next year" of a source dated 9999-12-31: no such date
                return None
        return self.value


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_value(year: int, month: int, day: int, text: str) -> DateValue:
    date = dt.date(year, month, day)
    return DateValue(date, date, "day", text)


def month_value(year: int, month: int, text: str) -> DateValue:
    return DateValue(dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month", text)


def year_value(year: int, text: str) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)


def years_value(first: int, last: int, text: str, precision: str = "period") -> DateValue:
    return DateValue(dt.date(first, 1, 1), dt.date(last, 12, 31), precision, text)


def recurring_value(month: int, day: int | None, text: str) -> DateValue:
    if day is None:
        return DateValue(dt.date(2000, month, 1), dt.date(2000, month, _last_day(2000, month)), "month", text, True)
    date = dt.date(2000, month, day)
    return DateValue(date, date, "day", text, True)


def _day_number(text: str) -> int:
    lowered = text.lower()
    if lowered in ORDINAL_DAYS:
        return ORDINAL_DAYS[lowered]
    return int(re.sub(r"\D", "", lowered))


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _safe(build: Callable[[], DateValue]) -> DateValue | None:
    try:
        return build()
    except ValueError:  # February 30 and kin: not a date
        return None


def _absolute_patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], DateValue | None]]]:
    def iso(m: re.Match[str]) -> DateValue | None:
        return _safe(lambda: day_value(int(m["y"]), int(m["m"]), int(m["d"]), m.group()))

    def month_day(m: re.Match[str]) -> DateValue | None:
        month, day = _month_number(m["mon"]), _day_number(m["day"])
        if m["y"] and m["day2"]:
            last = _day_number(m["day2"])
            return _safe(
                lambda: DateValue(dt.date(int(m["y"]), month, day), dt.date(int(m["y"]), month, last), "day", m.group())
            )
        if m["y"]:
            return _safe(lambda: day_value(int(m["y"]), month, day, m.group()))
        return _safe(lambda: recurring_value(month, day, m.group()))

    def month_year(m: re.Match[str]) -> DateValue | None:
        return month_value(int(m["y"]), _month_number(m["mon"]), m.group())

    def decade(m: re.Match[str]) -> DateValue | None:
        first = int(m["y"])
        return years_value(first, first + 9, m.group(), "year")

    def century(m: re.Match[str]) -> DateValue | None:
        number = _century_number(m["n"])
        if number is None or not 1 <= number <= 21:
            return None
        return years_value((number - 1) * 100 + 1, number * 100, m.group())

    def year(m: re.Match[str]) -> DateValue | None:
        before = m.string[max(0, m.start() - 30) : m.start()]
        after = m.string[m.end() : m.end() + 20]
        counted = re.match(r"\s+([a-z]+)", after)
        if counted and not _YEAR_BEFORE.search(before) and _is_counted_noun(counted.group(1)):
            return None  # "sent 2000 troops": a count, not a year
        return year_value(int(m["y"]), m.group())

    def fiscal(m: re.Match[str]) -> DateValue | None:
        first = int(m["y"])
        if (first + 1) % 100 != int(m["y2"]):
            return None  # "2013-19" is not one fiscal year
        return years_value(first, first + 1, m.group())

    flags = re.IGNORECASE
    return [
        (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), iso),
        (re.compile(r"(?<![$£€¥\d.,])\b(?P<y>(?:19|20)\d\d)[-–/](?P<y2>\d\d)\b(?![-/.]\d)"), fiscal),
        (
            re.compile(
                rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<day>{_DAY}|{_DAY_WORD})\b(?:\s*[-–]\s*(?P<day2>{_DAY})\b)?"
                rf"(?:,?\s+(?P<y>{_YEAR}){_END})?",
                flags,
            ),
            month_day,
        ),
        (
            re.compile(
                rf"\b(?P<day>{_DAY}|the\s+{_DAY_WORD})\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?(?:,?\s+(?P<y>{_YEAR}){_END})?",
                flags,
            ),
            lambda m: _day_month(m),
        ),
        (re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR}){_END}", flags), month_year),
        (re.compile(r"\b(?:the\s+)?(?P<y>1[5-9]\d0|20[0-9]0)'?s\b", flags), decade),
        (re.compile(r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[\s-]+century\b", flags), century),
        (re.compile(rf"(?<![$£€¥\d.,])\b(?P<y>{_YEAR}){_END}(?![.,]\d)"), year),
    ]


def _day_month(m: re.Match[str]) -> DateValue | None:
    day_text = re.sub(r"^the\s+", "", m["day"], flags=re.IGNORECASE)
    month, day = _month_number(m["mon"]), _day_number(day_text)
    if m["y"]:
        return _safe(lambda: day_value(int(m["y"]), month, day, m.group()))
    return _safe(lambda: recurring_value(month, day, m.group()))


_CENTURY_WORDS = {word: number for number, word in enumerate(ORDINAL_WORDS[:21], start=1)}


def _century_number(text: str) -> int | None:
    lowered = text.lower()
    if lowered in _CENTURY_WORDS:
        return _CENTURY_WORDS[lowered]
    digits = re.sub(r"\D", "", lowered)
    return int(digits) if digits else None


_PERIOD_PATTERN = re.compile(
    r"\b(?:the\s+)?(?P<name>" + "|".join(f"(?:{p})" for p in PERIODS) + r")(?:[\s-]+(?:era|period|years))?\b",
    re.IGNORECASE,
)
_COMPILED_PERIODS = [(re.compile(p, re.IGNORECASE), years) for p, years in PERIODS.items()]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _relative_patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], DateValue | None]]]:
    def year_offset(word: str) -> int:
        return {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1}[word.lower()]

    def day_in_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
        year, month, day = pub.year + year_offset(m["rel"]), _month_number(m["mon"]), _day_number(m["day"])
        return _safe(lambda: day_value(year, month, day, m.group()))

    def month_in_year(m: re.Match[str], pub: dt.date) -> DateValue | None:
        return month_value(pub.year + year_offset(m["rel"]), _month_number(m["mon"]), m.group())

    def year_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
        return year_value(pub.year + year_offset(m["rel"]), m.group())

    def years_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
        count = _count(m["n"])
        return None if count is None else year_value(pub.year - count, m.group())

    def month_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
        year, month = _shift_month(pub.year, pub.month, year_offset(m["rel"]))
        return month_value(year, month, m.group())

    def years_back(m: re.Match[str], day: dt.date) -> dt.date | None:
        count = _count(m["n"])
        if count is None:
            return None
        try:
            return day.replace(year=day.year - count)
        except ValueError:  # February 29
            return day.replace(year=day.year - count, day=28)

    def years_ago_period(m: re.Match[str], pub: dt.date) -> DateValue | None:
        back = years_back(m, pub)
        if back is None:
            return None
        if m["unit"].lower() == "month":
            return month_value(back.year, back.month, m.group())
        monday = back - dt.timedelta(days=back.weekday())
        return DateValue(monday, monday + dt.timedelta(days=6), "day", m.group())

    def years_ago_weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
        day = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[m["wd"].lower()]) % 7)
        back = years_back(m, day)
        return None if back is None else day_value(back.year, back.month, back.day, m.group())

    def years_ago_today(m: re.Match[str], pub: dt.date) -> DateValue | None:
        back = years_back(m, pub)
        return None if back is None else day_value(back.year, back.month, back.day, m.group())

    def months_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
        count = _count(m["n"])
        if count is None:
            return None
        year, month = _shift_month(pub.year, pub.month, -count)
        return month_value(year, month, m.group())

    def day_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group().lower()]
        day = pub + dt.timedelta(days=offset)
        return day_value(day.year, day.month, day.day, m.group())

    def week_rel(m: re.Match[str], pub: dt.date) -> DateValue | None:
        monday = pub - dt.timedelta(days=pub.weekday())
        if m["rel"].lower() in ("last", "previous"):
            monday -= dt.timedelta(days=7)
        elif m["rel"].lower() == "next":
            monday += dt.timedelta(days=7)
        end = min(monday + dt.timedelta(days=6), pub) if m["rel"].lower() == "this" else monday + dt.timedelta(days=6)
        return DateValue(monday, end, "day", m.group())

    def weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
        back = (pub.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
        day = pub - dt.timedelta(days=back)
        return day_value(day.year, day.month, day.day, m.group())

    def next_weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
        ahead = (WEEKDAYS[m["wd"].lower()] - pub.weekday()) % 7 or 7
        day = pub + dt.timedelta(days=ahead)
        return day_value(day.year, day.month, day.day, m.group())

    def days_ago(m: re.Match[str], pub: dt.date) -> DateValue | None:
        count = _count(m["n"])
        if count is None:
            return None
        day = pub - dt.timedelta(days=count * (7 if m["unit"].lower().startswith("week") else 1))
        return day_value(day.year, day.month, day.day, m.group())

    def bare_month(m: re.Match[str], pub: dt.date) -> DateValue | None:
        month = _month_number(m["mon"])
        year = pub.year if month <= pub.month else pub.year - 1
        return month_value(year, month, m.group())

    flags = re.IGNORECASE
    rel = r"(?P<rel>last|previous|past|this|current|next)"
    number = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
    return [
        (re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<day>{_DAY})\s*,?\s+{rel}\s+year\b", flags), day_in_year),
        (re.compile(rf"\b(?:in\s+)?(?P<mon>{_MONTH_NAMES})\.?\s+(?:of\s+)?{rel}\s+year\b", flags), month_in_year),
        (re.compile(rf"\b{rel}\s+year\b", flags), year_rel),
        (re.compile(rf"\b{number}\s+years?\s+ago\s+(?:this|last)\s+(?P<unit>month|week)\b", flags), years_ago_period),
        (re.compile(rf"\b{number}\s+years?\s+ago\s+(?:on|this|last)\s+(?P<wd>{_WEEKDAY_NAMES})\b", flags),
         years_ago_weekday),
        (re.compile(rf"\b{number}\s+years?\s+ago\s+today\b", flags), years_ago_today),
        (re.compile(rf"\b{number}\s+years?\s+ago\b", flags), years_ago),
        (re.compile(rf"\b{rel}\s+month\b", flags), month_rel),
        (re.compile(rf"\b{number}\s+months?\s+ago\b", flags), months_ago),
        (re.compile(r"\b(?:yesterday|today|tomorrow)\b", flags), day_rel),
        (re.compile(rf"\b(?:earlier\s+|later\s+)?{rel}\s+week\b", flags), week_rel),
        (re.compile(rf"\b{number}\s+(?P<unit>days?|weeks?)\s+ago\b", flags), days_ago),
        (re.compile(r"\bnext\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b" + _EXPLICIT_DATE_AFTER, flags), next_weekday),
        (re.compile(r"\b(?:on|last|this)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b" + _EXPLICIT_DATE_AFTER, flags),
         weekday),
        # AP style: a capitalised weekday with no preposition ("said Tuesday", "ended Friday") is the most
        # recent such day on or before publication; "Tuesday's vote" names the vote, not its time.
        (re.compile(_AP_WEEKDAY), weekday),
        (re.compile(rf"\b(?:in|since|until|by|during|early|late|mid-?|last|(?:end|start|beginning|middle) of)\s+"
                    rf"(?P<mon>{_MONTH_NAMES})\b(?!\.?\s*\d)", flags), bare_month),
    ]  # fmt: skip


def _count(text: str) -> int | None:
    lowered = text.lower()
    if lowered.isdigit():
        return int(lowered)
    return _NUMBER_WORDS.get(lowered)


_ABSOLUTE = _absolute_patterns()
_RELATIVE = _relative_patterns()


_NUMERIC_DATE = re.compile(r"(?<![\d./-])\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b(?![./-]\d)")


def _numeric_dates(text: str, date_order: str | None) -> Iterator[DateMention]:
    """ "05/06/2024" and "06.06.2024" in the source's convention ("DMY" or "MDY").

    Without a convention an ambiguous date (both parts ≤ 12 and different) is given
    no value at all (``value`` None, no ``resolve``): it can neither support nor
    contradict a fact, not even a fact of the whole year.
    """
    for match in _NUMERIC_DATE.finditer(text):
        first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
        if date_order == "DMY" or (date_order is None and first > 12):
            day, month = first, second
        elif date_order == "MDY" or (date_order is None and second > 12):
            day, month = second, first
        elif first == second:
            day = month = first
        else:
            yield DateMention(match.start(), match.end(), match.group(), None)
            continue
        try:
            value: DateValue | None = day_value(year, month, day, match.group())
        except ValueError:
            value = None
        if value is not None:
            yield DateMention(match.start(), match.end(), match.group(), value)


def find_dates(text: str, *, date_order: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, longest first where they overlap.

    ``date_order`` ("DMY", "MDY" or None) is the source's convention for numeric dates.
    """
    found: list[DateMention] = []
    # The spans taken so far never overlap, so sorted by start they are sorted by
    # end too: one bisection tells whether a candidate overlaps any of them.
    starts: list[int] = []
    ends: list[int] = []
    candidates = [*_candidates(text), *_numeric_dates(text, date_order)]
    for mention in sorted(candidates, key=lambda m: m.start - m.end):  # longest first, stable
        index = bisect.bisect_left(starts, mention.end)
        if index and ends[index - 1] > mention.start:
            continue
        found.append(mention)
        starts.insert(index, mention.start)
        ends.insert(index, mention.end)
    return sorted(found, key=lambda m: m.start)


def _candidates(text: str) -> Iterator[DateMention]:
    for match in _PERIOD_PATTERN.finditer(text):
        name = match["name"]
        for pattern, (first, last) in _COMPILED_PERIODS:
            if pattern.fullmatch(name):
                yield DateMention(match.start(), match.end(), match.group(), years_value(first, last, match.group()))
                break
    for rel_pattern, resolver in _RELATIVE:
        for match in rel_pattern.finditer(text):
            if _is_may_verb(match, text):
                continue
            yield DateMention(match.start(), match.end(), match.group(), None, _bind(resolver, match))
    for abs_pattern, build in _ABSOLUTE:
        for match in abs_pattern.finditer(text):
            if _is_may_verb(match, text):
                continue
            value = build(match)
            if value is not None:
                if value.recurring:
                    yield DateMention(match.start(), match.end(), match.group(), value, _bind_year(value))
                else:
                    yield DateMention(match.start(), match.end(), match.group(), value)


def _is_may_verb(match: re.Match[str], text: str) -> bool:
    """'may' is a month only when capitalised ("May 2024", not "may 2024 be")."""
    month = match.groupdict().get("mon")
    return month is not None and month.lower() == "may" and month != "May"


def _bind(
    resolver: Callable[[re.Match[str], dt.date], DateValue | None], match: re.Match[str]
) -> Callable[[dt.date], DateValue | None]:
    return lambda published: resolver(match, published)


def _bind_year(value: DateValue) -> Callable[[dt.date], DateValue | None]:
    """A day or month without a year, in news, is the occurrence nearest the
    publication date: "on August 13" in January is last August, in July the coming one."""

    def resolve(published: dt.date) -> DateValue | None:
        def distance(year: int) -> int:
            try:
                return abs((dt.date(year, value.start.month, value.start.day) - published).days)
            except ValueError:
                return 1000

        year = min((published.year - 1, published.year, published.year + 1), key=distance)
        if value.precision == "day":
            return _safe(lambda: day_value(year, value.start.month, value.start.day, value.text))
        return month_value(year, value.start.month, value.text)

    return resolve


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
