"""The date readers scored on Recognizers-Text's own English date specs.

Cases: ``Specs/DateTime/English/{DateExtractor,DateParser,DatePeriodExtractor,DatePeriodParser}.json``
from github.com/microsoft/Recognizers-Text (commit 90e968e, MIT licence), shipped unchanged in
tests/peers/recognizers/DateTime/ with the LICENSE. Each case is put in a category by the words the
spec itself marks (never by what our readers read), and only the categories news copy uses are scored:
explicit dates, weekdays relative to the reference date, relative periods, numeric dates, ranges and
parts of a period. Times of day, durations ("next 3 days", "within 2 weeks"), recurring sets, holidays
and seasons, and calendar-assistant phrasing ("the first Friday of next month", "the week of the 18th",
a bare "on 15") are counted and listed but not scored.

Agreement, per case:

- extractor suites: the spans read are the spec's spans, as a set, after both sides drop a leading
  "on", "in", "during", "of" or "the" and trailing punctuation (the spec keeps "the" in "the third
  quarter", leaves "on" out of "on Friday"), and a weekday right before a month or a day number
  ("Monday, January 12th, 2016"): we read the explicit date, which names the same day, as the issue asks
  ("Tuesday, Oct. 29" is one date and the explicit date wins). An extra date read, or one missed, is a
  disagreement.
- parser suites: every spec result is matched by a date read over the same characters whose value,
  resolved with the spec's ``Context.ReferenceDateTime`` as the publication date, starts on the spec's
  ``startDate`` (or ``date``) and ends on its ``endDate`` or the day before it (the spec's end is
  exclusive for whole periods, "2016-W45" ends on the next Monday, and inclusive for ranges it spells
  out, "from 4 to 22"). The spec's ``PastResolution`` or ``FutureResolution`` may be matched: where they
  differ the spec itself says the text allows both. Five rules make the comparison fair, each applied
  to a form, never to a sentence:

  * a case with no ``Context`` is read with no publication date: an absolute date still has its value,
    a relative one has none and so disagrees (before, every such case was counted a disagreement);
  * where the spec resolves to ``0001-01-01`` it says the text is no valid date ("Feb 30",
    "2/29/2019"): we agree when no date we read over those characters has a value;
  * a range whose last end is a whole month or year ("from 2014 to 2018", "between May 2015 and Feb
    2018") the spec ends on the first day of that month or year, reading "to" as excluding it; news
    means it included, and we end on its last day. Both name the same last month or year: that agrees.
    The rule applies only where the spec's text is a range (a "from", "between", "to", "until",
    "through" or a dash between dates) and our end is the last day of the month or year the spec's
    end begins.
  * where the spec reads a day for a phrase whose unit is a month or a year ("a month ago", "two years
    ago"), we read that calendar month or year, the precision news gives it (a fact dated Oct. 3 is not
    contradicted by "a month ago" in a story of Nov. 7). That agrees when our month or year contains
    the spec's day and the phrase ends in "month(s) ago" or "year(s) ago".
  * "this week" (or "current week") the spec reads as the whole calendar week; a report means the days of
    it up to publication, when nothing it reports can have happened later ("the union suspended strike
    action this week"), and our reader reads so unless the sentence is said of the future ("I'll be out
    this week"). That agrees when the spec's week starts where ours does and ours ends on the
    publication date, inside the spec's week.

Numeric dates are read month-first (``date_order="MDY"``), the convention of the suite's English (US).
Run ``python evaluation/peers_dates.py`` (or ``--failures CATEGORY`` to list the disagreements).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pytest_factcheck.values.dates import DateMention, find_dates  # noqa: E402

SPECS = ROOT / "tests" / "peers" / "recognizers" / "DateTime"
SUITES = ("DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser")
NEWS = ("explicit dates", "weekdays", "relative periods", "numeric dates", "ranges", "period parts")

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
#: Out-of-scope categories, tried in order on the spec's own text; the first that matches wins.
_OUT_OF_SCOPE = [
    ("times of day", r"\d\s*(?:am|pm|a\.m\.|p\.m\.)\b|\d:\d\d|\b(?:morning|afternoon|evening|tonight|night|noon)\b"),
    ("recurring sets", r"\b(?:every|each|daily|weekly|monthly|annually)\b"),
    (
        "durations",
        r"\b(?:next|past|last|previous|coming|upcoming|within|in)\s+(?:\d+|(?:few|couple|several|two|three|four|five)\b)"
        r"|\b\d+\s*(?:days?|weeks?|months?|years?)\b(?!.*\bago\b)"
        r"|\b(?:from|after|before|since)\s+(?:today|tomorrow|yesterday|now)\b|\blater\b(?!\s+(?:this|in))"
        r"|\b(?:more|less)\s+than\b|\bfor\s+\d|\bago\b(?=.*\b(?:hours?|minutes?)\b)",
    ),
    (
        "holidays and seasons",
        r"\b(?:christmas|thanksgiving|easter|new year|halloween|valentine|independence|memorial|labou?r day|"
        r"mother|father|summer|winter|spring|autumn|fall)\b",
    ),
    (
        "assistant phrasing",
        rf"\b(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\s+(?:{_WEEKDAY}|week|weekend|day)\s+(?:of|in)\b"
        r"|\b(?:week|month)\s+(?:of|beginning|starting)\b|\brest\b|\bsame\b|\bmy\b|\bweekend\b|\bweek\s*\d"
        r"|\bcortana\b|(?:^|\|\s)(?:the\s+)?week$|\bday\s+(?:after|before)\b(?!\s+(?:yesterday|tomorrow))"
        r"|\bnext\s+\w+\s+(?:of|after)\b|\b(?:this|next|last)\s+(?:decade|century)\b|\bdays?\s+of\b"
        rf"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:{_WEEKDAY}|week)\b"
        r"|\b(?:the\s+)?(?:next|last|past|this)\s+day\b|\bcommencing\b|\bw/c\b",
    ),
]
_NEWS_RULES = [
    ("ranges", rf"\b(?:from|between)\b|\b(?:to|till|until|through|thru)\b|(?:\d|{_MONTH})\.?\s*[-–~]\s*\d"),
    (
        "period parts",
        r"\bq[1-4]\b|\bh[12]\b|\bquarter\b|\bhalf\b|\b(?:early|mid|late|earlier|later)\b|\bbeginning\b|\bend\b"
        r"|\bmiddle\b|\bstart\b|\bdecade\b|\bcentury\b|\d0'?s\b",
    ),
    ("numeric dates", r"\d\s*[/.-]\s*\d"),
    ("weekdays", rf"\b(?:{_WEEKDAY})\b"),
    ("relative periods", r"\b(?:yesterday|today|tomorrow|last|next|this|previous|past|coming|current|ago|now)\b"),
]


@dataclass(frozen=True)
class Expected:
    """One date the spec marks: its characters and, for parser suites, the days it may resolve to."""

    text: str
    start: int
    length: int
    resolutions: tuple[tuple[dt.date, dt.date | None], ...]


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    reference: dt.date | None
    expected: tuple[Expected, ...]
    category: str

    @property
    def scored(self) -> bool:
        return self.category in NEWS


def categorise(spans: Iterable[str]) -> str:
    """The category of a case by the words the spec marks as dates (never by what we read)."""
    marked = " | ".join(spans).lower()
    if not marked:
        return "no date in the spec"
    for name, pattern in [*_OUT_OF_SCOPE, *_NEWS_RULES]:
        if re.search(pattern, marked):
            return name
    if not re.search(rf"\b(?:{_MONTH})\b|\b\d{{4}}\b", marked):
        return "assistant phrasing"  # "on 15", "the second": a day with no month, which news always gives
    return "explicit dates"


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _resolutions(value: dict[str, object]) -> tuple[tuple[dt.date, dt.date | None], ...]:
    found: list[tuple[dt.date, dt.date | None]] = []
    for key in ("PastResolution", "FutureResolution"):
        resolution = value.get(key)
        if not isinstance(resolution, dict):
            continue
        if "date" in resolution:
            day = _day(str(resolution["date"]))
            found.append((day, day))
        elif "startDate" in resolution and "endDate" in resolution:
            found.append((_day(str(resolution["startDate"])), _day(str(resolution["endDate"]))))
    return tuple(found)


def load(suite: str) -> list[Case]:
    cases = []
    for raw in json.loads((SPECS / f"{suite}.json").read_text(encoding="utf-8-sig")):
        reference = raw.get("Context", {}).get("ReferenceDateTime")
        expected = tuple(
            Expected(r["Text"], r["Start"], r["Length"], _resolutions(r.get("Value") or {})) for r in raw["Results"]
        )
        cases.append(
            Case(
                suite,
                raw["Input"],
                _day(reference) if reference else None,
                expected,
                categorise(e.text for e in expected),
            )
        )
    return cases


def all_cases() -> list[Case]:
    return [case for suite in SUITES for case in load(suite)]


_WEEKDAY_BEFORE_DATE = re.compile(rf"^(?:{_WEEKDAY})\.?,?\s+(?=(?:{_MONTH})\b|\d)")


def _normal(text: str) -> str:
    lowered = text.lower().strip().rstrip(".,;:!?")
    previous = None
    while previous != lowered:
        previous = lowered
        lowered = re.sub(r"^(?:on|in|during|of|the)\s+", "", lowered)
        lowered = _WEEKDAY_BEFORE_DATE.sub("", lowered)
    return lowered


def read(case: Case) -> list[DateMention]:
    return find_dates(case.text, date_order="MDY")


_NO_DATE = dt.date(1, 1, 1)
_RANGE_TEXT = re.compile(rf"\b(?:from|between|to|till|until|through|thru)\b|(?:\d|{_MONTH})\.?\s*[-–~]\s*\d", re.I)
_THIS_WEEK = re.compile(r"(?:this|current)\s+week$", re.I)
_UNIT_AGO = re.compile(r"\b(?P<unit>month|year)s?\s+ago$", re.I)


def _last_of_period(end: dt.date, read_end: dt.date) -> bool:
    """Whether ``read_end`` is the last day of the month or year that starts on ``end``."""
    if end.day != 1:
        return False
    last_of_month = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return read_end == last_of_month or (end.month == 1 and read_end == dt.date(end.year, 12, 31))


def _unit_contains(expected: Expected, start: dt.date, end: dt.date, day: dt.date) -> bool:
    """ "a month ago" read as the month holding the spec's day, "two years ago" as the year."""
    unit = _UNIT_AGO.search(expected.text.strip())
    if unit is None or not start <= day <= end:
        return False
    if unit["unit"].lower() == "month":
        return start.day == 1 and end == start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year


def _resolves(mention: DateMention, expected: Expected, reference: dt.date | None) -> bool:
    value = mention.value_at(reference)
    if value is None:
        return False
    ranged = bool(_RANGE_TEXT.search(expected.text))
    for first, end in expected.resolutions:
        if end is None:
            continue
        if value.start == first and value.end in (end, end - dt.timedelta(days=1)):
            return True
        if value.start == first and ranged and _last_of_period(end, value.end):
            return True
        if first == end and _unit_contains(expected, value.start, value.end, first):
            return True
        if (
            _THIS_WEEK.match(expected.text.strip())
            and value.start == first
            and value.end == reference
            and first <= value.end < end
        ):
            return True
    return False


def _says_no_date(expected: Expected) -> bool:
    return bool(expected.resolutions) and all(first == _NO_DATE for first, _ in expected.resolutions)


def agrees(case: Case) -> bool:
    mentions = read(case)
    if case.suite.endswith("Extractor"):
        return sorted(_normal(m.text) for m in mentions) == sorted(_normal(e.text) for e in case.expected)
    for expected in case.expected:
        end = expected.start + expected.length
        overlapping = [m for m in mentions if m.start < end and expected.start < m.end]
        if _says_no_date(expected):
            if any(m.value_at(case.reference) is not None for m in overlapping):
                return False
            continue
        if not any(_resolves(m, expected, case.reference) for m in overlapping):
            return False
    return True


def score(cases: list[Case] | None = None) -> list[tuple[str, str, bool, int, int]]:
    """Rows (suite, category, scored, agreed, total), the news categories first."""
    chosen = all_cases() if cases is None else cases
    tally: dict[tuple[str, str], list[int]] = {}
    for case in chosen:
        row = tally.setdefault((case.suite, case.category), [0, 0])
        row[0] += agrees(case)
        row[1] += 1
    order = {name: index for index, name in enumerate(NEWS)}
    keys = sorted(tally, key=lambda key: (SUITES.index(key[0]), order.get(key[1], len(NEWS)), key[1]))
    return [(f"rt:{suite}", category, category in NEWS, *tally[suite, category]) for suite, category in keys]


def _describe(mention: DateMention, reference: dt.date | None) -> str:
    value = mention.value_at(reference)
    return f"{mention.text!r} " + ("(no value)" if value is None else f"{value.start}..{value.end}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--failures", metavar="CATEGORY", help="list the cases of CATEGORY that disagree")
    args = parser.parse_args()
    if args.failures:
        for case in all_cases():
            if case.category == args.failures and not agrees(case):
                spec = [(e.text, [f"{a}..{b}" for a, b in e.resolutions]) for e in case.expected]
                read_ = [_describe(m, case.reference) for m in read(case)]
                print(f"{case.suite} @{case.reference}: {case.text!r}\n    spec {spec}\n    read {read_}")
        return
    rows = score()
    print(f"{'suite':<24} {'category':<22} {'scored':<7} {'agreed':>7} {'total':>6} {'rate':>6}")
    totals = [0, 0]
    for suite, category, scored, agreed, total in rows:
        print(
            f"{suite:<24} {category:<22} {'yes' if scored else 'no':<7} {agreed:>7} {total:>6} {agreed / total:>6.0%}"
        )
        if scored:
            totals[0] += agreed
            totals[1] += total
    for suite in SUITES:
        agreed = sum(r[3] for r in rows if r[0] == f"rt:{suite}" and r[2])
        total = sum(r[4] for r in rows if r[0] == f"rt:{suite}" and r[2])
        print(f"{'rt:' + suite:<24} {'TOTAL (scored)':<22} {'':<7} {agreed:>7} {total:>6} {agreed / total:>6.1%}")
    rate = totals[0] / totals[1]
    print(f"{'all date suites':<24} {'TOTAL (scored)':<22} {'':<7} {totals[0]:>7} {totals[1]:>6} {rate:>6.1%}")


if __name__ == "__main__":
    main()
