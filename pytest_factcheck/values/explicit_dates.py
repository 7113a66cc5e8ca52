"""Dates written out in full or in part: "June 19, 2024", "19 June", "June 2024", "2024", "the 1990s",
"the 20th century", "2024-06-19" and the fiscal year "2013-14"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..lexicon.dates import COUNTED_NOUNS, ORDINAL_WORDS, VERBS_IN_S, YEAR_CONTEXT_WORDS
from ..model import DateValue
from .date_values import (
    DAY,
    DAY_WORD,
    DAY_WORD_AFTER_MONTH,
    END,
    MONTH_NAMES,
    YEAR,
    YEAR_ANY,
    Build,
    DateMention,
    absolute_mentions,
    day_number,
    day_value,
    days_value,
    month_number,
    month_value,
    recurring_value,
    safe,
    year_number,
    year_value,
    years_value,
)

_YEAR_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(YEAR_CONTEXT_WORDS) + r"|[A-Za-z]+['’]s)\s*-?\s*|^\s*|[,(–—-]\s*)$", re.IGNORECASE
)
_CENTURY_WORDS = {word: number for number, word in enumerate(ORDINAL_WORDS[:21], start=1)}


def _is_counted_noun(word: str) -> bool:
    """A word after a four-digit number that makes it a count: "2000 troops", not "2024 was"."""
    return word in COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss") and word not in VERBS_IN_S)


def _iso(m: re.Match[str]) -> DateValue | None:
    return safe(lambda: day_value(int(m["y"]), int(m["m"]), int(m["d"]), m.group()))


def _counts_in_words(m: re.Match[str]) -> bool:
    """A day or year in words that counts the noun after it: "in March twenty-two people died", "in May
    two thousand troops", not a date."""
    groups = m.groupdict()
    last = groups.get("y") or groups.get("day")
    if not last or not last[-1].isalpha() or not m.group().endswith(last):
        return False
    counted = re.match(r"\s+([a-z]+)", m.string[m.end() : m.end() + 30])
    return counted is not None and _is_counted_noun(counted.group(1))


def _month_day(m: re.Match[str]) -> DateValue | None:
    if _counts_in_words(m):
        return None
    month, day = month_number(m["mon"]), day_number(m["day"])
    last = day_number(m["day2"]) if m["day2"] else day
    if last < day:
        return None
    if m["y"]:
        year = year_number(m["y"])
        return safe(lambda: days_value(dt.date(year, month, day), dt.date(year, month, last), m.group()))
    first = safe(lambda: recurring_value(month, day, m.group()))
    if first is None or last == day:
        return first
    return safe(lambda: DateValue(first.start, dt.date(2000, month, last), "day", m.group(), True))


def _day_month(m: re.Match[str]) -> DateValue | None:
    if _counts_in_words(m):
        return None
    month, day = month_number(m["mon"]), day_number(m["day"])
    if m.groupdict().get("y"):
        return safe(lambda: day_value(year_number(m["y"]), month, day, m.group()))
    return safe(lambda: recurring_value(month, day, m.group()))


def _month_year(m: re.Match[str]) -> DateValue | None:
    if _counts_in_words(m):
        return None
    return month_value(year_number(m["y"]), month_number(m["mon"]), m.group())


def _short_decade(m: re.Match[str]) -> DateValue | None:
    """ "the '70s": the 1900s' decade, as news means it."""
    first = 1900 + int(m["yy"])
    return years_value(first, first + 9, m.group(), "year")


def _decade(m: re.Match[str]) -> DateValue | None:
    first = int(m["y"])
    return years_value(first, first + 9, m.group(), "year")


def _century_number(text: str) -> int | None:
    lowered = text.lower()
    if lowered in _CENTURY_WORDS:
        return _CENTURY_WORDS[lowered]
    digits = re.sub(r"\D", "", lowered)
    return int(digits) if digits else None


def _century(m: re.Match[str]) -> DateValue | None:
    number = _century_number(m["n"])
    if number is None or not 1 <= number <= 21:
        return None
    return years_value((number - 1) * 100 + 1, number * 100, m.group())


def _year(m: re.Match[str]) -> DateValue | None:
    before = m.string[max(0, m.start() - 30) : m.start()]
    after = m.string[m.end() : m.end() + 20]
    counted = re.match(r"\s+([a-z]+)", after)
    if counted and not _YEAR_BEFORE.search(before) and _is_counted_noun(counted.group(1)):
        return None  # "sent 2000 troops": a count, not a year
    return year_value(int(m["y"]), m.group())


def _fiscal(m: re.Match[str]) -> DateValue | None:
    first = int(m["y"])
    if (first + 1) % 100 != int(m["y2"]):
        return None  # "2013-19" is not one fiscal year
    return years_value(first, first + 1, m.group())


_FLAGS = re.IGNORECASE
_PATTERNS: list[tuple[re.Pattern[str], Build]] = [
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
    (re.compile(r"(?<![$£€¥\d.,])\b(?P<y>(?:19|20)\d\d)[-–/](?P<y2>\d\d)\b(?![-/.]\d)"), _fiscal),
    (
        re.compile(
            rf"\b(?P<mon>{MONTH_NAMES})\.?(?:\s+|,\s*(?=\d{{1,2}}(?:st|nd|rd|th)\b))(?P<day>{DAY}|{DAY_WORD_AFTER_MONTH})\b"
            rf"(?:\s*[-–]\s*(?P<day2>{DAY})\b)?(?:,?\s+(?:of\s+)?(?P<y>{YEAR_ANY}){END})?",
            _FLAGS,
        ),
        _month_day,
    ),
    (
        re.compile(
            rf"(?<![\d.,])\b(?P<day>{DAY}\.?|(?:the\s+)?{DAY_WORD}(?=\s+of\b)|the\s+{DAY_WORD})\s+(?:of\s+)?"
            rf"(?P<mon>{MONTH_NAMES})\b\.?(?:,?\s+(?:of\s+)?(?P<y>{YEAR_ANY}){END})?",
            _FLAGS,
        ),
        _day_month,
    ),
    (re.compile(rf"\b(?P<mon>{MONTH_NAMES})\.?\s*,?\s+(?:of\s+)?(?P<y>{YEAR_ANY}){END}", _FLAGS), _month_year),
    (re.compile(rf"\b(?P<y>{YEAR})\s*,?\s*(?P<mon>{MONTH_NAMES})\b(?!\.?\s*\d)", _FLAGS), _month_year),
    # compact forms: "Jan-1", "Oct/2", "28-Nov", "2019/Sep/01"
    (re.compile(rf"\b(?P<mon>{MONTH_NAMES})[/-](?P<day>\d{{1,2}})\b(?![/.-]?\d)", _FLAGS), _day_month),
    (re.compile(rf"(?<![\d/-])\b(?P<day>\d{{1,2}})-(?P<mon>{MONTH_NAMES})\b(?!-)", _FLAGS), _day_month),
    (
        re.compile(rf"\b(?P<y>{YEAR})(?P<sep>[/-])(?P<mon>{MONTH_NAMES})(?P=sep)(?P<day>\d{{1,2}})\b", _FLAGS),
        _day_month,
    ),
    # "the '70s" with the apostrophe only: "highs in the 70s" are temperatures, "in her 70s" an age
    (re.compile(r"(?<![\w'’])['’](?P<yy>\d0)s\b", _FLAGS), _short_decade),
    (re.compile(r"\b(?:the\s+)?(?P<y>1[5-9]\d0|20[0-9]0)'?s\b", _FLAGS), _decade),
    (re.compile(r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[\s-]+century\b", _FLAGS), _century),
    (re.compile(rf"(?<![$£€¥\d.,])\b(?P<y>{YEAR}){END}(?![.,]\d)"), _year),
]


def explicit_dates(text: str) -> Iterator[DateMention]:
    """Every reading of an explicit date in ``text``; overlaps are resolved by the caller."""
    return absolute_mentions(_PATTERNS, text)
