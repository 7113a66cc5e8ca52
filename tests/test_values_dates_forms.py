"""Each date form the readers learnt from the peers' suites (issue 8): a sentence and its publication date,
and the day or interval read. Forms, never the suites' own sentences."""

import datetime as dt

import pytest

from pytest_factcheck.model import Verdict
from pytest_factcheck.values.dates import compare_dates, find_dates, parse_fact_date

D = dt.date
THU = D(2024, 11, 7)  # a Thursday


def _read(sentence: str, published: dt.date = THU, date_order: str | None = None) -> list[tuple[D, D]]:
    read = []
    for mention in find_dates(sentence, date_order=date_order):
        value = mention.value_at(published)
        if value is not None:
            read.append((value.start, value.end))
    return read


def _day(year: int, month: int, day: int) -> list[tuple[D, D]]:
    return [(D(year, month, day), D(year, month, day))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the strike ended friday", _day(2024, 11, 1)),  # a weekday in lower case is still one
        ("The vote was held on Tues.", _day(2024, 11, 5)),
        ("The office reopened past Monday.", _day(2024, 11, 4)),
        ("I'll see them on Friday.", _day(2024, 11, 8)),  # "I'll" is a future: forward
        ("Ministers will meet Friday next week.", _day(2024, 11, 15)),
        ("Ministers will meet next week on Friday.", _day(2024, 11, 15)),
        ("Ministers met Monday of this week.", _day(2024, 11, 4)),
        ("Talks run next week from Wednesday to Friday.", [(D(2024, 11, 13), D(2024, 11, 15))]),
        ("The fire broke out on Friday the 13th.", _day(2024, 9, 13)),  # the most recent Friday the 13th
        ("The summit will open on Friday the 13th.", _day(2024, 12, 13)),
        ("The market crashed on Tuesday 5/21/2024.", _day(2024, 5, 21)),  # a weekday before a date is that date
    ],
)
def test_weekdays(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "order", "expected"),
    [
        ("Filed on 21/04/2016.", "MDY", _day(2016, 4, 21)),  # no 21st month: the other order is the only one
        ("Filed on 21/04/16.", None, _day(2016, 4, 21)),
        ("Born 05/05/89.", None, _day(1989, 5, 5)),
        ("Signed 3-7-2017.", "MDY", _day(2017, 3, 7)),
        ("Signed 13.5.2015.", None, _day(2015, 5, 13)),
        ("Signed 2015/08/12.", None, _day(2015, 8, 12)),
        ("Signed 2018-7-6.", None, _day(2018, 7, 6)),
        ("Signed 11/12,2016.", "MDY", _day(2016, 11, 12)),
        ("The board met on 9/22.", "MDY", _day(2024, 9, 22)),
        ("The board met on 22/09.", None, _day(2024, 9, 22)),
        ("Offices closed from 10/1 to 11/7.", "MDY", [(D(2024, 10, 1), D(2024, 11, 7))]),
        ("Figures for 11/2016 are out.", None, [(D(2016, 11, 1), D(2016, 11, 30))]),
        ("Figures for 2016-11 are out.", None, [(D(2016, 11, 1), D(2016, 11, 30))]),
        ("The figures are for 2016 / 11.", None, [(D(2016, 11, 1), D(2016, 11, 30))]),
        # not dates: a span of years, a figure, a fraction, a score
        ("Shares rose to 4.22 on the news.", "MDY", []),
        ("A 2/3 majority is needed.", "MDY", []),
        ("Support grew from 1/3 to 1/2 of voters.", "MDY", []),
        ("They won 4-2 on penalties.", "MDY", []),
    ],
)
def test_numeric_dates(sentence: str, order: str | None, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence, date_order=order) == expected


def test_a_span_of_years_is_not_read_as_a_month() -> None:
    assert (D(2010, 12, 1), D(2010, 12, 31)) not in _read("Growth in 2010-12 was slow.")
    assert _read("The 2016 - 11 people count is out.") == [(D(2016, 1, 1), D(2016, 12, 31))]


def test_an_impossible_numeric_date_is_no_date_and_no_year() -> None:
    assert _read("Dated 2/29/2019.", date_order="MDY") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant will reopen this June.", [(D(2024, 6, 1), D(2024, 6, 30))]),
        ("The plant will reopen next June.", [(D(2025, 6, 1), D(2025, 6, 30))]),
        ("The plant will reopen next December.", [(D(2024, 12, 1), D(2024, 12, 31))]),
        ("Payment is due the 20th of next month.", _day(2024, 12, 20)),
        ("The vote is the week after next.", [(D(2024, 11, 18), D(2024, 11, 24))]),
        ("The vote is the month after next.", [(D(2025, 1, 1), D(2025, 1, 31))]),
        ("It closed 1 month 21 days ago.", _day(2024, 9, 16)),
        ("It closed 2 years, 1 month and 3 days ago.", _day(2022, 10, 4)),
        ("It happened the day before yesterday.", _day(2024, 11, 5)),
        ("A year ago today, the dam burst.", _day(2023, 11, 7)),
        ("Talks began late last year.", [(D(2023, 7, 1), D(2023, 12, 31))]),
        # bounds: an interval open towards the past, or the days since
        ("The plant closed more than three weeks ago.", [(D.min, D(2024, 10, 17))]),
        ("He left the party over a year ago.", [(D.min, D(2023, 11, 7))]),
        ("The law passed less than a year ago.", [(D(2023, 11, 7), D(2024, 11, 7))]),
    ],
)
def test_relative_dates(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("fact", "verdict"),
    [("2024-10-01", Verdict.SUPPORTS), ("2024-11-01", Verdict.CONTRADICTS), ("2019", Verdict.SUPPORTS)],
)
def test_a_bound_supports_the_days_before_it_and_contradicts_those_after(fact: str, verdict: Verdict) -> None:
    (mention,) = find_dates("The plant closed more than three weeks ago.")
    claimed = mention.value_at(THU)
    assert claimed is not None
    assert compare_dates(parse_fact_date(dt.date.fromisoformat(fact) if "-" in fact else int(fact)), claimed) == verdict


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Born on September 21, nineteen seventy-eight.", _day(1978, 9, 21)),
        ("It happened in June of nineteen ninety-nine.", [(D(1999, 6, 1), D(1999, 6, 30))]),
        ("Due on the tenth of September, two thousand.", _day(2000, 9, 10)),
        ("Jan. twenty-two, 2018 was a Monday.", _day(2018, 1, 22)),
        ("The figures for 2016 November are out.", [(D(2016, 11, 1), D(2016, 11, 30))]),
        ("The figures for November , 2016 are out.", [(D(2016, 11, 1), D(2016, 11, 30))]),
        ("Filed on 2019/Sep/01.", _day(2019, 9, 1)),
        ("Filed on 28-Nov.", _day(2024, 11, 28)),
        ("Filed on Jan-1.", _day(2025, 1, 1)),  # a day without a year is its nearest occurrence
        ("It was a hit in the '70s.", [(D(1970, 1, 1), D(1979, 12, 31))]),
        ("She is in her 70s.", []),
        ("Highs will be in the 70s.", []),
        ("In March twenty-two people died.", [(D(2024, 3, 1), D(2024, 3, 31))]),  # a count, not March 22
        ("In May two thousand troops left.", [(D(2024, 5, 1), D(2024, 5, 31))]),
        ("The fair opens October, 1st.", _day(2024, 10, 1)),
        ("In October, 1,000 people left.", [(D(2024, 10, 1), D(2024, 10, 31))]),
        ("Revenue was 6,107.31 August 2019.", [(D(2019, 8, 1), D(2019, 8, 31))]),  # no day inside a decimal
        ("The festival is on the fourth of may.", _day(2025, 5, 4)),  # lower-case "may" after "of"
        ("You may 2024 be luckier.", [(D(2024, 1, 1), D(2024, 12, 31))]),  # the verb: only the year is read
    ],
)
def test_explicit_dates(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fair runs from 4 to January 22, 1995.", [(D(1995, 1, 4), D(1995, 1, 22))]),
        ("Offices close between 4-22 January, 2017.", [(D(2017, 1, 4), D(2017, 1, 22))]),
        ("Offices close between September 4th through September 8th.", [(D(2024, 9, 4), D(2024, 9, 8))]),
        # each end keeps its day in the year read (a span counted in 2000's days would end on April 6)
        ("Offices close between January 1st and April 5th.", [(D(2025, 1, 1), D(2025, 4, 5))]),
        ("Offices close 1st Jan until Wed, 22 of Jan.", [(D(2025, 1, 1), D(2025, 1, 22))]),
        ("Offices close from 2 to 7 Feb, two thousand and eighteen.", [(D(2018, 2, 2), D(2018, 2, 7))]),
    ],
)
def test_ranges(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Results come at the end of March 2024.", [(D(2024, 3, 16), D(2024, 3, 31))]),
        ("Results come at the beginning of March 2024.", [(D(2024, 3, 1), D(2024, 3, 15))]),
        ("Talks began at the end of 2000.", [(D(2000, 9, 1), D(2000, 12, 31))]),  # a year's end: its last third
        ("Profits fall in next year's third-quarter.", [(D(2025, 7, 1), D(2025, 9, 30))]),
        ("Profits fell in the first quarter of two thousand and twenty.", [(D(2020, 1, 1), D(2020, 3, 31))]),
    ],
)
def test_period_parts(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert _read(sentence) == expected
