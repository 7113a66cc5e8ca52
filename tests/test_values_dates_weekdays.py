"""A weekday next to an explicit date is one date, and the explicit date wins (issue 8)."""

import datetime as dt

import pytest

from pytest_factcheck.values.dates import find_dates

PUBLISHED = dt.date(2024, 11, 7)  # a Thursday: the bare weekday would read Nov. 5


def _read(sentence: str) -> list[tuple[dt.date, dt.date]]:
    read = []
    for mention in find_dates(sentence):
        value = mention.value_at(PUBLISHED)
        if value is not None:
            read.append((value.start, value.end))
    return read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike began on Tuesday, Oct. 29.", [(dt.date(2024, 10, 29), dt.date(2024, 10, 29))]),
        ("The strike began on Tuesday 29 October.", [(dt.date(2024, 10, 29), dt.date(2024, 10, 29))]),
        ("The strike began on Tuesday, October 29, 2024.", [(dt.date(2024, 10, 29), dt.date(2024, 10, 29))]),
        ("The strike began on Tuesday.", [(dt.date(2024, 11, 5), dt.date(2024, 11, 5))]),
        ("The strike began on Thursday.", [(dt.date(2024, 11, 7), dt.date(2024, 11, 7))]),
    ],
)
def test_weekday_and_explicit_date(sentence: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    assert _read(sentence) == expected


def _day(month: int, day: int) -> list[tuple[dt.date, dt.date]]:
    return [(dt.date(2024, month, day), dt.date(2024, month, day))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # AP style: a weekday with no preposition is the most recent one on or before publication
        ("Union officials said Tuesday the strike was over.", _day(11, 5)),
        ("The strike ended Thursday after 53 days.", _day(11, 7)),
        ("The strike began Tuesday, Oct. 29.", _day(10, 29)),
        ("Tuesday's vote ended the strike.", []),
        # forward and backward from publication
        ("The union will vote next Friday.", _day(11, 8)),
        ("The union will vote next week.", [(dt.date(2024, 11, 11), dt.date(2024, 11, 17))]),
        ("The union voted last week.", [(dt.date(2024, 10, 28), dt.date(2024, 11, 3))]),
        ("The plant closed three days ago.", _day(11, 4)),
        ("The plant closed two weeks ago.", _day(10, 24)),
    ],
)
def test_relative_days_and_ap_weekdays(sentence: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["The fires began on a Tuesday.", "Francis died on Easter Monday.", "Shops opened on Black Friday."]
)
def test_a_named_day_or_no_particular_day_is_not_a_weekday_of_the_news(sentence: str) -> None:
    assert _read(sentence) == []
