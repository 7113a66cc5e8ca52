"""The building blocks every date reader shares: a found mention, the range of days a value covers,
and the pattern pieces (month names, days, years) the readers' expressions are made of."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..lexicon.dates import (
    CARDINAL_DAYS,
    CENTURY_WORDS,
    DATE_NUMBER_WORDS,
    MONTHS,
    ORDINAL_DAYS,
    SMALL_CARDINAL_DAYS,
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZERO_WORDS,
)
from ..model import DateValue

MONTH_NAMES = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_WORD = r"(?:" + "|".join(w.replace("-", r"[\s-]") for w in sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")"
#: A day in words after a month: an ordinal ("the eleventh") or a number from 21 on ("twenty-two").
DAY_WORD_AFTER_MONTH = (
    r"(?:(?:the\s+)?"
    + DAY_WORD
    + r"|"
    + "|".join(w.replace("-", r"[\s-]") for w in sorted(CARDINAL_DAYS, key=len, reverse=True))
    + r")"
)
#: A day 1 to 20 in words, after a weekday and "the" only ("Friday the fifteen").
SMALL_DAY_WORD = r"(?:" + "|".join(sorted(SMALL_CARDINAL_DAYS, key=len, reverse=True)) + r")"
YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"


def _words(words: object) -> str:
    return "|".join(sorted(map(str, words), key=len, reverse=True))  # type: ignore[call-overload]


_UNITS = rf"(?:{_words(UNIT_WORDS)})"
_TWO_DIGITS = (
    rf"(?:(?:{_words(TENS_WORDS)})(?:[\s-]+{_UNITS})?|(?:{_words(TEEN_WORDS)})|(?:{_words(ZERO_WORDS)})\s+{_UNITS})"
)
#: A year said in words: "two thousand", "two thousand and eighteen", "nineteen seventy-eight".
YEAR_IN_WORDS = (
    rf"(?:two\s+thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNITS})\b)?|(?:{_words(CENTURY_WORDS)})\s+{_TWO_DIGITS})\b"
)
#: A year in figures or in words, where a month or a day comes before it.
YEAR_ANY = rf"(?:{YEAR}|{YEAR_IN_WORDS})"
END = r"(?![\w%])"
WEEKDAY_NAMES = "|".join(WEEKDAYS)
#: A weekday written in full or short ("Tuesday", "Tues.", "Wed"), for the places a date is plain.
WEEKDAY_OR_SHORT = (
    r"(?:(?:" + WEEKDAY_NAMES + r")\b|(?:" + "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\b\.?)"
)
#: "Tuesday, Oct. 29" / "Tuesday 29 October" / "Friday 7/6" is one date: the explicit date wins,
#: so the weekday alone is not read there.
EXPLICIT_DATE_AFTER = (
    rf"(?!\s*,?\s*(?:(?:{MONTH_NAMES})\.?\s+(?:\d|{DAY_WORD_AFTER_MONTH}\b)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})"
    r"|\d{1,4}[/.-]\d))"
)
#: A lowercase "may" is still the month before a day in words or an ordinal ("may the eleventh", "may 1st")
#: and after "of" ("the fourth of may"), where the verb cannot be.
_MAY_DAY_AFTER = re.compile(rf"\s+(?:{DAY_WORD_AFTER_MONTH}|\d{{1,2}}(?:st|nd|rd|th))\b", re.IGNORECASE)

Build = Callable[[re.Match[str]], DateValue | None]
Resolver = Callable[[re.Match[str], dt.date], DateValue | None]


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


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_value(year: int, month: int, day: int, text: str) -> DateValue:
    date = dt.date(year, month, day)
    return DateValue(date, date, "day", text)


def days_value(first: dt.date, last: dt.date, text: str) -> DateValue:
    """A run of days ("June 4–6", "next week"): precision "day", first and last day included."""
    return DateValue(first, last, "day", text)


def month_value(year: int, month: int, text: str) -> DateValue:
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), "month", text)


def months_value(year: int, first: int, last: int, text: str) -> DateValue:
    """Whole months of one year ("Q3 2024", "the first half of 2025"), read at the precision of a year."""
    return DateValue(dt.date(year, first, 1), dt.date(year, last, last_day(year, last)), "year", text)


def year_value(year: int, text: str) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)


def years_value(first: int, last: int, text: str, precision: str = "period") -> DateValue:
    return DateValue(dt.date(first, 1, 1), dt.date(last, 12, 31), precision, text)


def recurring_value(month: int, day: int | None, text: str) -> DateValue:
    if day is None:
        return DateValue(dt.date(2000, month, 1), dt.date(2000, month, last_day(2000, month)), "month", text, True)
    date = dt.date(2000, month, day)
    return DateValue(date, date, "day", text, True)


def day_number(text: str) -> int:
    lowered = re.sub(r"[\s-]+", "-", re.sub(r"^the\s+", "", text.lower().strip()))
    if lowered in ORDINAL_DAYS:
        return ORDINAL_DAYS[lowered]
    if lowered in CARDINAL_DAYS:
        return CARDINAL_DAYS[lowered]
    if lowered in SMALL_CARDINAL_DAYS:
        return SMALL_CARDINAL_DAYS[lowered]
    return int(re.sub(r"\D", "", lowered))


def _two_digits(words: list[str]) -> int:
    if not words:
        return 0
    if words[0] in ZERO_WORDS:
        return UNIT_WORDS[words[1]]
    if words[0] in TEEN_WORDS:
        return TEEN_WORDS[words[0]]
    if words[0] in TENS_WORDS:
        return TENS_WORDS[words[0]] + (UNIT_WORDS[words[1]] if len(words) > 1 else 0)
    return UNIT_WORDS[words[0]]


def year_number(text: str) -> int:
    """A year in figures or in words ("two thousand and eighteen" is 2018, "nineteen oh one" 1901)."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _two_digits(words[2:])
    return CENTURY_WORDS[words[0]] * 100 + _two_digits(words[1:])


def weekday_number(text: str) -> int:
    """Monday 0 … Sunday 6, of a weekday written in full or short ("Tues.")."""
    lowered = text.lower().rstrip(".")
    return WEEKDAYS[lowered] if lowered in WEEKDAYS else WEEKDAY_ABBREVIATIONS[lowered]


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def count(text: str) -> int | None:
    lowered = text.lower()
    if lowered.isdigit():
        return int(lowered)
    return DATE_NUMBER_WORDS.get(lowered)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe(build: Callable[[], DateValue]) -> DateValue | None:
    try:
        return build()
    except ValueError:  # February 30 and kin: not a date
        return None


def is_may_verb(match: re.Match[str]) -> bool:
    """'may' is a month when capitalised ("May 2024", not "may 2024 be"), or where the verb cannot be."""
    month = match.groupdict().get("mon")
    if month is None or month.lower() != "may" or month == "May":
        return False
    before = match.string[max(0, match.start("mon") - 3) : match.start("mon")].lower()
    return before != "of " and _MAY_DAY_AFTER.match(match.string, match.end("mon")) is None


def absolute_mentions(patterns: Iterable[tuple[re.Pattern[str], Build]], text: str) -> Iterator[DateMention]:
    """The mentions of expressions that need no publication date; a day without a year
    ("on August 13") still resolves to its nearest occurrence once the date is known."""
    for pattern, build in patterns:
        for match in pattern.finditer(text):
            if is_may_verb(match):
                continue
            value = build(match)
            if value is not None:
                resolve = bind_year(value) if value.recurring else None
                yield DateMention(match.start(), match.end(), match.group(), value, resolve)


def relative_mentions(patterns: Iterable[tuple[re.Pattern[str], Resolver]], text: str) -> Iterator[DateMention]:
    """The mentions of expressions that are a date only once the publication date is known."""
    for pattern, resolver in patterns:
        for match in pattern.finditer(text):
            if is_may_verb(match):
                continue
            yield DateMention(match.start(), match.end(), match.group(), None, bind(resolver, match))


def bind(resolver: Resolver, match: re.Match[str]) -> Callable[[dt.date], DateValue | None]:
    return lambda published: resolver(match, published)


def nearest_year(month: int, day: int, published: dt.date) -> int:
    """The year whose ``month``/``day`` is nearest ``published``: news dates are near the news."""

    def distance(year: int) -> int:
        try:
            return abs((dt.date(year, month, day) - published).days)
        except ValueError:
            return 1000

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def bind_year(value: DateValue) -> Callable[[dt.date], DateValue | None]:
    """A day or month without a year, in news, is the occurrence nearest the
    publication date: "on August 13" in January is last August, in July the coming one."""

    def resolve(published: dt.date) -> DateValue | None:
        year = nearest_year(value.start.month, value.start.day, published)
        if value.precision == "day" and value.start != value.end:
            # each end moved to its year: a span counted in days would gain a day over 2000's February 29
            last_year = year + value.end.year - value.start.year
            first = safe(lambda: day_value(year, value.start.month, value.start.day, value.text))
            last = safe(lambda: day_value(last_year, value.end.month, value.end.day, value.text))
            if first is None or last is None:
                return None
            return days_value(first.start, last.start, value.text)
        if value.precision == "day":
            return safe(lambda: day_value(year, value.start.month, value.start.day, value.text))
        return month_value(year, value.start.month, value.text)

    return resolve
