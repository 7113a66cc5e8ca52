"""Ranges, parts of a period and forward-looking weekdays, each read as the days it covers (issue 8)."""

import datetime as dt

import pytest

from pytest_factcheck.values.dates import find_dates

D = dt.date
PUBLISHED = D(2024, 11, 7)  # a Thursday


def _read(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, dt.date, dt.date]]:
    read = []
    for mention in find_dates(sentence):
        value = mention.value_at(published)
        if value is not None:
            read.append((mention.text, value.start, value.end))
    return read


RANGES = [
    ("The talks ran from 4 to 22 January 2024.", "from 4 to 22 January 2024", D(2024, 1, 4), D(2024, 1, 22)),
    ("The talks ran between 4 and 22 January 2024.", "between 4 and 22 January 2024", D(2024, 1, 4), D(2024, 1, 22)),
    ("Prices rose between 2014 and 2018.", "between 2014 and 2018", D(2014, 1, 1), D(2018, 12, 31)),
    ("Prices rose from 2014 to 2018.", "from 2014 to 2018", D(2014, 1, 1), D(2018, 12, 31)),
    ("The festival ran June 4–6.", "June 4–6", D(2024, 6, 4), D(2024, 6, 6)),
    ("The festival ran June 4–6, 2024.", "June 4–6, 2024", D(2024, 6, 4), D(2024, 6, 6)),
    ("The festival ran 4-6 June 2024.", "4-6 June 2024", D(2024, 6, 4), D(2024, 6, 6)),
    ("The festival ran June 4 to 6, 2024.", "June 4 to 6, 2024", D(2024, 6, 4), D(2024, 6, 6)),
    ("The strike lasted Jan. 4 to Jan. 22, 2024.", "Jan. 4 to Jan. 22, 2024", D(2024, 1, 4), D(2024, 1, 22)),
    ("The strike lasted from Oct. 2 to October 22.", "from Oct. 2 to October 22", D(2024, 10, 2), D(2024, 10, 22)),
    ("Works run from Dec. 20, 2024 to Jan. 6.", "from Dec. 20, 2024 to Jan. 6", D(2024, 12, 20), D(2025, 1, 6)),
    ("The count ran from 4 to 22 this month.", "from 4 to 22 this month", D(2024, 11, 4), D(2024, 11, 22)),
    ("He served from 2015 to May 5, 2017.", "from 2015 to May 5, 2017", D(2015, 1, 1), D(2017, 5, 5)),
]


@pytest.mark.parametrize(("sentence", "words", "first", "last"), RANGES, ids=[c[1] for c in RANGES])
def test_a_range_is_one_value_from_its_first_day_to_its_last(
    sentence: str, words: str, first: dt.date, last: dt.date
) -> None:
    assert _read(sentence) == [(words, first, last)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It rose on June 4 and 6, 2024.",  # two days, not a range
        "Turnout was June 4 to 6 million votes.",  # never written, but a figure follows
    ],
)
def test_two_days_or_a_figure_are_not_a_range(sentence: str) -> None:
    assert [(first, last) for _, first, last in _read(sentence) if first.month == 6] == [(D(2024, 6, 4), D(2024, 6, 4))]


PARTS = [
    ("Sales fell in Q3 2024.", "Q3 2024", D(2024, 7, 1), D(2024, 9, 30)),
    ("Sales fell in 2024 Q3.", "2024 Q3", D(2024, 7, 1), D(2024, 9, 30)),
    ("Sales fell in the third quarter of 2023.", "the third quarter of 2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("Sales fell in the fourth quarter last year.", "the fourth quarter last year", D(2023, 10, 1), D(2023, 12, 31)),
    ("Sales fell in the third quarter.", "the third quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("Sales fell in the fourth quarter.", "the fourth quarter", D(2024, 10, 1), D(2024, 12, 31)),
    ("Sales fell in Q1.", "Q1", D(2024, 1, 1), D(2024, 3, 31)),
    ("Sales rose in the first half of 2025.", "the first half of 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("Sales rose in H1 2025.", "H1 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("Sales rose in the second half of this year.", "the second half of this year", D(2024, 7, 1), D(2024, 12, 31)),
    ("The vote is due in mid-June.", "mid-June", D(2024, 6, 11), D(2024, 6, 20)),
    ("The vote was in mid-June 2023.", "mid-June 2023", D(2023, 6, 11), D(2023, 6, 20)),
    ("The vote was in early June.", "early June", D(2024, 6, 1), D(2024, 6, 15)),
    ("The vote was in late June.", "late June", D(2024, 6, 16), D(2024, 6, 30)),
    ("Talks began in early 2024.", "early 2024", D(2024, 1, 1), D(2024, 6, 30)),
    ("Talks began in mid-2024.", "mid-2024", D(2024, 5, 1), D(2024, 8, 31)),
    ("Talks began in late 2023.", "late 2023", D(2023, 7, 1), D(2023, 12, 31)),
    ("Talks began at the end of 2000.", "the end of 2000", D(2000, 9, 1), D(2000, 12, 31)),
    ("Talks began late last year.", "late last year", D(2023, 7, 1), D(2023, 12, 31)),
    ("Talks begin early next year.", "early next year", D(2025, 1, 1), D(2025, 6, 30)),
    ("Talks begin early next week.", "early next week", D(2024, 11, 11), D(2024, 11, 13)),
    ("Talks began earlier this year.", "earlier this year", D(2024, 1, 1), D(2024, 11, 7)),
    ("Talks resume later this month.", "later this month", D(2024, 11, 7), D(2024, 11, 30)),
]


@pytest.mark.parametrize(("sentence", "words", "first", "last"), PARTS, ids=[c[1] for c in PARTS])
def test_a_part_of_a_period_covers_its_share(sentence: str, words: str, first: dt.date, last: dt.date) -> None:
    assert _read(sentence) == [(words, first, last)]


@pytest.mark.parametrize(
    "sentence", ["He scored twice in the first half.", "An H1-B visa holder spoke.", "It happened in 1H."]
)
def test_a_half_without_a_year_is_not_a_date(sentence: str) -> None:
    assert _read(sentence) == []


def _day(month: int, day: int) -> list[tuple[dt.date, dt.date]]:
    return [(D(2024, month, day), D(2024, month, day))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union will meet this Friday.", _day(11, 8)),
        ("The union met this Friday.", _day(11, 1)),
        ("The union is scheduled to vote on Monday.", _day(11, 11)),
        ("The union voted on Monday.", _day(11, 4)),
        ("The union will vote on Thursday.", _day(11, 7)),
        ("The union said it will vote on Saturday.", _day(11, 9)),
        ("Officials said Tuesday the union will strike.", _day(11, 5)),
        ("The union will strike, officials said Tuesday.", _day(11, 5)),
        ("The union will vote next Friday.", _day(11, 8)),
        ("The union voted last Friday, and will vote again.", _day(11, 1)),
    ],
)
def test_a_weekday_looks_forward_when_the_verb_is_future(
    sentence: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert [(first, last) for _, first, last in _read(sentence)] == expected
