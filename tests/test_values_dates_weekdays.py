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
