"""Weekdays, AP style: "said Tuesday" and "on Tuesday" are the most recent Tuesday on or before publication,
"next Friday" the coming one, and "this Friday" or "on Friday" with a future verb ("will meet") look forward.
A weekday right before an explicit date ("Tuesday, Oct. 29") is not read: the explicit date wins."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..lexicon.dates import FUTURE_MARKERS, NOT_A_WEEKDAY_BEFORE, PAST_REPORTING_VERBS, WEEKDAYS
from ..model import DateValue
from .date_values import EXPLICIT_DATE_AFTER, WEEKDAY_NAMES, DateMention, Resolver, day_value, relative_mentions

_FUTURE = re.compile(
    r"(?:^|(?<=\W))(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in FUTURE_MARKERS) + r")\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(r"\b(?:" + "|".join(PAST_REPORTING_VERBS) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")

#: A capitalised weekday with no preposition, AP style ("said Tuesday"), not a possessive ("Tuesday's
#: vote"), not "next"/"every" Tuesday or a named day ("Good Friday"), nor "a Tuesday", and not the weekday of an
#: explicit date ("Tuesday, Oct. 29").
_AP_WEEKDAY = (
    "".join(rf"(?<!{word} )" for word in NOT_A_WEEKDAY_BEFORE)
    + r"\b(?P<wd>"
    + WEEKDAY_NAMES.title()
    + r")\b(?!['’]s)(?i:"
    + EXPLICIT_DATE_AFTER
    + ")"
)


def _sentence_start(match: re.Match[str]) -> int:
    """Where the sentence of ``match`` starts, when the text given holds several."""
    starts = [m.end() for m in _SENTENCE_END.finditer(match.string, 0, match.start())]
    return starts[-1] if starts else 0


def is_future(match: re.Match[str]) -> bool:
    """Whether the weekday of ``match`` is said of the future: a future word ("will", "is scheduled") comes
    before it in its sentence, after any reporting verb ("officials said Tuesday the union will strike" is past)."""
    before = match.string[_sentence_start(match) : match.start()]
    futures = [m.start() for m in _FUTURE.finditer(before)]
    if not futures:
        return False
    reported = [m.start() for m in _REPORTING.finditer(before)]
    return not reported or futures[-1] > reported[-1]


def _on_or_after(pub: dt.date, weekday: int) -> dt.date:
    return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)


def _on_or_before(pub: dt.date, weekday: int) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _as_value(day: dt.date, text: str) -> DateValue:
    return day_value(day.year, day.month, day.day, text)


def _weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
    """ "on Tuesday", "this Friday", "said Tuesday": the most recent, or the coming one in a future sentence."""
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    forward = rel == "coming" or (rel != "last" and is_future(m))
    return _as_value(_on_or_after(pub, weekday) if forward else _on_or_before(pub, weekday), m.group())


def _next_weekday(m: re.Match[str], pub: dt.date) -> DateValue | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    return _as_value(pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7), m.group())


_FLAGS = re.IGNORECASE
_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\bnext\s+(?P<wd>{WEEKDAY_NAMES})\b{EXPLICIT_DATE_AFTER}", _FLAGS), _next_weekday),
    (re.compile(rf"\b(?:on|(?P<rel>last|this|coming))\s+(?P<wd>{WEEKDAY_NAMES})\b{EXPLICIT_DATE_AFTER}", _FLAGS),
     _weekday),
    # AP style: a capitalised weekday with no preposition ("said Tuesday", "ended Friday") is the most
    # recent such day on or before publication; "Tuesday's vote" names the vote, not its time.
    (re.compile(r"(?P<rel>)" + _AP_WEEKDAY), _weekday),
]  # fmt: skip


def weekday_dates(text: str) -> Iterator[DateMention]:
    """Every reading of a weekday in ``text``; overlaps are resolved by the caller."""
    return relative_mentions(_PATTERNS, text)
