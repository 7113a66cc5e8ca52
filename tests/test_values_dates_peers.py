"""Recognizers-Text's date specs (tests/peers/recognizers/DateTime/) scored by evaluation/peers_dates.py:
no news category may fall more than 2 points below the figure measured when its floor was set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "evaluation" / "peers_dates.py"
#: (suite, category): (agreed, total) measured when the floors were set; the floor is that rate minus 2 points.
#: Re-measure with ``python evaluation/peers_dates.py`` when a reader improves, and raise them.
MEASURED = {
    ("rt:DateExtractor", "explicit dates"): (26, 28),
    ("rt:DateExtractor", "weekdays"): (32, 34),
    ("rt:DateExtractor", "relative periods"): (11, 11),
    ("rt:DateExtractor", "numeric dates"): (13, 15),
    ("rt:DateExtractor", "ranges"): (7, 10),
    ("rt:DateParser", "explicit dates"): (21, 22),
    ("rt:DateParser", "weekdays"): (22, 23),
    ("rt:DateParser", "relative periods"): (14, 16),
    ("rt:DateParser", "numeric dates"): (15, 19),
    ("rt:DateParser", "ranges"): (9, 9),
    ("rt:DatePeriodExtractor", "explicit dates"): (81, 83),
    ("rt:DatePeriodExtractor", "relative periods"): (36, 36),
    ("rt:DatePeriodExtractor", "numeric dates"): (8, 9),
    ("rt:DatePeriodExtractor", "ranges"): (61, 65),
    ("rt:DatePeriodExtractor", "period parts"): (30, 32),
    ("rt:DatePeriodParser", "explicit dates"): (8, 10),
    ("rt:DatePeriodParser", "relative periods"): (19, 20),
    ("rt:DatePeriodParser", "numeric dates"): (8, 9),
    ("rt:DatePeriodParser", "ranges"): (56, 61),
    ("rt:DatePeriodParser", "period parts"): (42, 47),
}
#: Each suite's news categories together, the issue's target.
SUITE_TARGET = 0.90


def _scorer() -> ModuleType:
    return load_script("peers_dates", SCRIPT)


@pytest.fixture(scope="module")
def rows() -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (suite, category): (agreed, total) for suite, category, scored, agreed, total in _scorer().score() if scored
    }


def test_every_news_category_stays_above_its_floor(rows: dict[tuple[str, str], tuple[int, int]]) -> None:
    below = []
    for key, (agreed, total) in MEASURED.items():
        now_agreed, now_total = rows[key]
        assert now_total == total, f"{key} now holds {now_total} cases, not {total}: re-measure MEASURED"
        if now_agreed / now_total < agreed / total - 0.02:
            below.append((key, now_agreed, now_total))
    assert not below, below
    assert set(rows) == set(MEASURED), "a news category was added or removed: re-measure MEASURED"


def test_each_suite_meets_the_target(rows: dict[tuple[str, str], tuple[int, int]]) -> None:
    for suite in {suite for suite, _ in rows}:
        agreed = sum(a for (s, _), (a, _t) in rows.items() if s == suite)
        total = sum(t for (s, _), (_a, t) in rows.items() if s == suite)
        assert agreed / total >= SUITE_TARGET, (suite, agreed, total)


@pytest.mark.parametrize(
    ("spans", "category"),
    [
        (["the first friday of next month"], "assistant phrasing"),
        (["second sunday"], "assistant phrasing"),
        (["the next day"], "assistant phrasing"),
        (["3pm tomorrow"], "times of day"),
        (["every tuesday"], "recurring sets"),
        (["last 3year"], "durations"),
        (["more than 2 weeks before today"], "durations"),
        (["tuesday"], "weekdays"),
        (["next week"], "relative periods"),
        (["from 4 to 22 january"], "ranges"),
        (["q3 2024"], "period parts"),
        (["21/04/2016"], "numeric dates"),
        (["june 19, 2024"], "explicit dates"),
    ],
)
def test_cases_are_categorised_by_the_words_the_spec_marks(spans: list[str], category: str) -> None:
    assert _scorer().categorise(spans) == category


def _case(suite: str, text: str, marked: str, resolutions: tuple[tuple[dt.date, dt.date | None], ...]) -> object:
    scorer = _scorer()
    start = text.index(marked)
    expected = scorer.Expected(marked, start, len(marked), resolutions)
    return scorer.Case(suite, text, dt.date(2016, 11, 7), (expected,), scorer.categorise([marked]))


def test_a_range_of_whole_years_agrees_with_the_spec_ending_on_the_first_day_of_the_last() -> None:
    case = _case(
        "DatePeriodParser", "from 2014 to 2018", "from 2014 to 2018", ((dt.date(2014, 1, 1), dt.date(2018, 1, 1)),)
    )
    assert _scorer().agrees(case)
    single = _case("DatePeriodParser", "in 2014", "2014", ((dt.date(2014, 1, 1), dt.date(2014, 2, 1)),))
    assert not _scorer().agrees(single)  # the rule is a range's: a year is not read as January


def test_a_spec_that_reads_no_valid_date_agrees_with_no_value() -> None:
    no_date = ((dt.date(1, 1, 1), dt.date(1, 1, 1)),)
    assert _scorer().agrees(_case("DateParser", "on 2/29/2019", "2/29/2019", no_date))
    assert not _scorer().agrees(_case("DateParser", "on 2/28/2019", "2/28/2019", no_date))


def test_a_month_ago_is_read_as_the_month_holding_the_spec_day() -> None:
    day = ((dt.date(2016, 10, 7), dt.date(2016, 10, 7)),)
    assert _scorer().agrees(_case("DateParser", "who I email a month ago", "a month ago", day))
    assert not _scorer().agrees(_case("DateParser", "who I email a week ago", "a week ago", day))


def test_extracted_spans_agree_without_a_leading_on_the_or_a_weekday_before_the_date() -> None:
    scorer = _scorer()
    text = "i'll go back monday january 12th, 2016"
    expected = scorer.Expected("monday january 12th, 2016", 13, 25, ())
    assert scorer.agrees(scorer.Case("DateExtractor", text, None, (expected,), "weekdays"))
    extra = scorer.Case("DateExtractor", text + " and march 3rd, 2016", None, (expected,), "weekdays")
    assert not scorer.agrees(extra)  # a date read that the spec does not mark disagrees
