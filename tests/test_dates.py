"""Reading dates, named periods and relative expressions, and comparing them.

A date is a range of days compared at its own precision: "2024" does not
contradict "June 2024", "the Cold War era" (1947–1991) does, and "January 8"
without a year is a date that recurs every year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.errors import ValueFormatError
from pytest_factcheck.model import DateValue, Verdict
from pytest_factcheck.values import DateMention, compare_dates, find_dates, parse_fact_date

D = dt.date
#: The publication date used for relative expressions: a Thursday.
PUBLISHED = D(2025, 10, 9)


def only_date(text: str) -> DateMention:
    mentions = find_dates(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


def claimed(text: str, published: dt.date | None = None) -> DateValue:
    value = only_date(text).value_at(published)
    assert value is not None
    return value


# (sentence, the words read as the date, first day, last day, precision)
ABSOLUTE = [
    ("The pact was signed in 2024.", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("The pact was signed in June 2024.", "June 2024", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("The pact was signed in JUNE 2024.", "JUNE 2024", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("It was signed June of 2024.", "June of 2024", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("It was signed Sept. 2024.", "Sept. 2024", D(2024, 9, 1), D(2024, 9, 30), "month"),
    ("The pact was signed in Dec 2024.", "Dec 2024", D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("The pact was signed in mid-June 2024.", "mid-June 2024", D(2024, 6, 11), D(2024, 6, 20), "day"),
    ("The pact was signed on June 19, 2024.", "June 19, 2024", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("The pact was signed on June 19th, 2024.", "June 19th, 2024", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("The pact was signed on Jun. 19, 2024.", "Jun. 19, 2024", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("The pact was signed on 19 June 2024.", "19 June 2024", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("The pact was signed on 2024-06-19.", "2024-06-19", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("It was Wednesday, June 19, 2024.", "June 19, 2024", D(2024, 6, 19), D(2024, 6, 19), "day"),
    ("The pact was signed in the 1990s.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("Built in the 1950s.", "the 1950s", D(1950, 1, 1), D(1959, 12, 31), "year"),
    ("A relic of the 20th century.", "the 20th century", D(1901, 1, 1), D(2000, 12, 31), "period"),
    ("A relic of the nineteenth century.", "the nineteenth century", D(1801, 1, 1), D(1900, 12, 31), "period"),
]


@pytest.mark.parametrize(("text", "words", "first", "last", "precision"), ABSOLUTE, ids=[c[1] for c in ABSOLUTE])
def test_absolute_dates_are_the_range_of_days_they_cover(
    text: str, words: str, first: dt.date, last: dt.date, precision: str
) -> None:
    mention = only_date(text)
    assert mention.text == words
    assert text[mention.start : mention.end] == words
    assert mention.value is not None
    assert (mention.value.start, mention.value.end, mention.value.precision) == (first, last, precision)
    assert not mention.value.recurring


PERIODS = [
    ("The treaty, originally signed during the Cold War era, stands.", "the Cold War era", 1947, 1991),
    ("It dates from the Cold War.", "the Cold War", 1947, 1991),
    ("A Soviet-era treaty.", "Soviet-era", 1922, 1991),
    ("A treaty from Soviet times.", "Soviet times", 1922, 1991),
    ("Norms established after World War II.", "World War II", 1939, 1945),
    ("Norms established after the Second World War.", "the Second World War", 1939, 1945),
    ("Norms established after WWII.", "WWII", 1939, 1945),
    ("A pact signed during the Korean War.", "the Korean War", 1950, 1953),
]


@pytest.mark.parametrize(("text", "words", "first", "last"), PERIODS, ids=[c[1] for c in PERIODS])
def test_named_periods_cover_their_years(text: str, words: str, first: int, last: int) -> None:
    mention = only_date(text)
    assert mention.text == words
    assert mention.value is not None
    assert (mention.value.start, mention.value.end) == (D(first, 1, 1), D(last, 12, 31))
    assert mention.value.precision == "period"
    assert mention.value.describe() == f"{words} ({first}–{last})"


# (sentence, words, first day, last day) with the publication date Thursday, October 9, 2025
RELATIVE = [
    ("The pact was signed last year.", "last year", D(2024, 1, 1), D(2024, 12, 31)),
    ("The pact was signed in October last year.", "in October last year", D(2024, 10, 1), D(2024, 10, 31)),
    ("The pact was signed in June last year.", "in June last year", D(2024, 6, 1), D(2024, 6, 30)),
    ("The pact was signed this year.", "this year", D(2025, 1, 1), D(2025, 12, 31)),
    ("The pact was signed two years ago.", "two years ago", D(2023, 1, 1), D(2023, 12, 31)),
    ("The pact was signed a year ago.", "a year ago", D(2024, 1, 1), D(2024, 12, 31)),
    ("The pact was signed 3 years ago.", "3 years ago", D(2022, 1, 1), D(2022, 12, 31)),
    ("The pact was signed last month.", "last month", D(2025, 9, 1), D(2025, 9, 30)),
    ("The pact was signed three months ago.", "three months ago", D(2025, 7, 1), D(2025, 7, 31)),
    ("The pact was signed earlier this week.", "earlier this week", D(2025, 10, 6), D(2025, 10, 9)),
    ("The pact was signed last week.", "last week", D(2025, 9, 29), D(2025, 10, 5)),
    ("The pact was signed on Thursday.", "on Thursday", D(2025, 10, 9), D(2025, 10, 9)),
    ("The pact was signed on Monday.", "on Monday", D(2025, 10, 6), D(2025, 10, 6)),
    ("The pact was signed on Sunday.", "on Sunday", D(2025, 10, 5), D(2025, 10, 5)),
    ("The pact was signed yesterday.", "yesterday", D(2025, 10, 8), D(2025, 10, 8)),
    ("The pact was signed today.", "today", D(2025, 10, 9), D(2025, 10, 9)),
    ("The pact was signed in March.", "in March", D(2025, 3, 1), D(2025, 3, 31)),
    ("The pact was signed in December.", "in December", D(2024, 12, 1), D(2024, 12, 31)),
]


@pytest.mark.parametrize(("text", "words", "first", "last"), RELATIVE, ids=[c[1] for c in RELATIVE])
def test_relative_expressions_resolve_against_the_publication_date(
    text: str, words: str, first: dt.date, last: dt.date
) -> None:
    mention = only_date(text)
    assert mention.text == words
    value = mention.value_at(PUBLISHED)
    assert value is not None
    assert (value.start, value.end) == (first, last)


@pytest.mark.parametrize("text", [c[0] for c in RELATIVE], ids=[c[1] for c in RELATIVE])
def test_relative_expressions_without_a_publication_date_have_no_value(text: str) -> None:
    """Guessing "last year" without knowing when the article appeared would invent contradictions."""
    assert only_date(text).value_at(None) is None


RECURRING = [
    ("Kim's birthday is January 8.", "January 8", 1, 8),
    ("Kim's January eighth birthday.", "January eighth", 1, 8),
    ("Kim's birthday is 8 January, they say.", "8 January", 1, 8),
    ("Kim's birthday is on the 8th of January, they say.", "8th of January", 1, 8),
    ("Kim's birthday is Jan. 8.", "Jan. 8", 1, 8),
    ("The holiday falls on February 29.", "February 29", 2, 29),
]


@pytest.mark.parametrize(("text", "words", "month", "day"), RECURRING, ids=[c[1] for c in RECURRING])
def test_a_day_without_a_year_recurs(text: str, words: str, month: int, day: int) -> None:
    mention = only_date(text)
    assert mention.text == words
    value = mention.value_at(None)
    assert value is not None
    assert value.recurring
    assert (value.start.month, value.start.day, value.precision) == (month, day, "day")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on January 8", D(2026, 1, 9), D(2026, 1, 8)),
        ("on January 8", D(2026, 1, 8), D(2026, 1, 8)),
        ("on January 8", D(2026, 1, 7), D(2026, 1, 8)),
        ("on August 13", D(2026, 1, 9), D(2025, 8, 13)),
        ("on August 13", D(2026, 7, 20), D(2026, 8, 13)),
        ("on December 30", D(2026, 1, 2), D(2025, 12, 30)),
        ("on January 3", D(2025, 12, 28), D(2026, 1, 3)),
    ],
    ids=["day after", "same day", "day before", "months before", "weeks ahead", "across new year back",
         "across new year ahead"],
)  # fmt: skip
def test_a_day_without_a_year_in_news_is_the_occurrence_nearest_publication(
    text: str, published: dt.date, expected: dt.date
) -> None:
    assert claimed(f"Kim sent the letter {text}.", published).start == expected


@pytest.mark.parametrize(
    "text",
    [
        "He paid $2024 for it.",
        "There were 2,024 troops.",
        "There were 20,000 troops.",
        "The index rose to 2024.5 points.",
        "It happened on February 30.",
        "Estimates range from 1,000 to 6,000.",
        "The first visit by a Russian leader in 24 years.",
        "Officials may be told.",
        "No date is given here.",
    ],
    ids=["dollar amount", "separated count", "large count", "decimal", "impossible day", "range", "duration",
         "may the verb", "no date"],
)  # fmt: skip
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_may_is_a_month_only_when_capitalised() -> None:
    assert [m.text for m in find_dates("Prices may rise before May 2024.")] == ["May 2024"]


def test_several_dates_in_one_sentence_are_all_found_in_order() -> None:
    text = "The treaty, signed in June 2024, entered into force in December 2024."
    assert [m.text for m in find_dates(text)] == ["June 2024", "December 2024"]


@pytest.mark.parametrize(
    ("text", "words"),
    [("on June 19, 2024", "June 19, 2024"), ("in Sept. 2024", "Sept. 2024"), ("in October last year", None)],
    ids=["day", "abbreviated month", "relative"],
)
def test_the_longest_reading_wins_where_readings_overlap(text: str, words: str | None) -> None:
    assert [m.text for m in find_dates(f"It was signed {text}.")] == [words or text]


@pytest.mark.parametrize("text", ["in June of 2024", "in June, 2024"])
def test_a_month_and_its_year_after_in_are_one_date(text: str) -> None:
    mentions = find_dates(f"The pact was signed {text}.")
    assert [m.text for m in mentions] == [text.removeprefix("in ")]


def test_a_range_of_days_keeps_its_year() -> None:
    values = [m.value_at(PUBLISHED) for m in find_dates("The summit was held on June 19-20, 2024.")]
    assert values
    assert all(v is not None and v.start.year == 2024 and v.end.year == 2024 for v in values)


def test_a_day_followed_by_last_year_is_in_last_year() -> None:
    values = [m.value_at(PUBLISHED) for m in find_dates("The pact was signed on June 19 last year.")]
    assert [(v.start, v.end) for v in values if v is not None] == [(D(2024, 6, 19), D(2024, 6, 19))]


# --- the date: of a fact ----------------------------------------------------------------------------------------

GOOD_FACT_DATES = [
    ("2024", D(2024, 1, 1), D(2024, 12, 31), "year", False),
    (2024, D(2024, 1, 1), D(2024, 12, 31), "year", False),
    ("June 2024", D(2024, 6, 1), D(2024, 6, 30), "month", False),
    ("June 19, 2024", D(2024, 6, 19), D(2024, 6, 19), "day", False),
    ("19 June 2024", D(2024, 6, 19), D(2024, 6, 19), "day", False),
    ("2024-06-19", D(2024, 6, 19), D(2024, 6, 19), "day", False),
    (D(2024, 6, 19), D(2024, 6, 19), D(2024, 6, 19), "day", False),
    (dt.datetime(2024, 6, 19, 10, 30), D(2024, 6, 19), D(2024, 6, 19), "day", False),
    ("January 8", D(2000, 1, 8), D(2000, 1, 8), "day", True),
    ("January eighth", D(2000, 1, 8), D(2000, 1, 8), "day", True),
    ("Feb 29", D(2000, 2, 29), D(2000, 2, 29), "day", True),
    ("the Cold War era", D(1947, 1, 1), D(1991, 12, 31), "period", False),
    ("1990s", D(1990, 1, 1), D(1999, 12, 31), "year", False),
]


@pytest.mark.parametrize(
    ("value", "first", "last", "precision", "recurring"), GOOD_FACT_DATES, ids=[repr(c[0]) for c in GOOD_FACT_DATES]
)
def test_fact_dates_in_the_accepted_forms(
    value: object, first: dt.date, last: dt.date, precision: str, recurring: bool
) -> None:
    date = parse_fact_date(value)
    assert (date.start, date.end, date.precision, date.recurring) == (first, last, precision, recurring)


def test_a_yaml_date_is_shown_in_words() -> None:
    """YAML turns an unquoted 2024-06-19 into a date; the editor still sees a readable date."""
    assert parse_fact_date(D(2024, 6, 19)).text == "June 19, 2024"


BAD_FACT_DATES = [
    "last year",
    "yesterday",
    "in June 2024",
    "June 2024 or July 2024",
    "June",
    "soon",
    "February 30, 2024",
    "February 29, 2023",
    "2024-13-01",
    "",
    None,
    True,
    99,
    3000,
    [2024],
]


@pytest.mark.parametrize("value", BAD_FACT_DATES, ids=[repr(v) for v in BAD_FACT_DATES])
def test_unreadable_fact_dates_name_the_accepted_forms(value: object) -> None:
    with pytest.raises(ValueFormatError) as raised:
        parse_fact_date(value)
    message = str(raised.value)
    for form in ('"2024"', '"June 2024"', '"June 19, 2024"', '"19 June 2024"', '"2024-06-19"', '"January 8"'):
        assert form in message


# --- comparing at each precision --------------------------------------------------------------------------------

COMPARISONS = [
    # a fact of June 2024
    ("June 2024", "2024", Verdict.SUPPORTS),
    ("June 2024", "June 2024", Verdict.SUPPORTS),
    ("June 2024", "June 19, 2024", Verdict.SUPPORTS),
    ("June 2024", "June 30, 2024", Verdict.SUPPORTS),
    ("June 2024", "the 2020s", Verdict.SUPPORTS),
    ("June 2024", "the 21st century", Verdict.SUPPORTS),
    ("June 2024", "December 2024", Verdict.CONTRADICTS),
    ("June 2024", "May 2024", Verdict.CONTRADICTS),
    ("June 2024", "July 1, 2024", Verdict.CONTRADICTS),
    ("June 2024", "2023", Verdict.CONTRADICTS),
    ("June 2024", "the Cold War era", Verdict.CONTRADICTS),
    ("June 2024", "Soviet-era", Verdict.CONTRADICTS),
    ("June 2024", "World War II", Verdict.CONTRADICTS),
    ("June 2024", "the Korean War", Verdict.CONTRADICTS),
    ("June 2024", "the 1990s", Verdict.CONTRADICTS),
    # a fact of a year
    ("2024", "June 2024", Verdict.SUPPORTS),
    ("2024", "December 31, 2024", Verdict.SUPPORTS),
    ("2024", "January 1, 2025", Verdict.CONTRADICTS),
    ("2024", "the Korean War", Verdict.CONTRADICTS),
    # a fact of a day
    ("June 19, 2024", "June 2024", Verdict.SUPPORTS),
    ("June 19, 2024", "19 June 2024", Verdict.SUPPORTS),
    ("June 19, 2024", "2024-06-19", Verdict.SUPPORTS),
    ("June 19, 2024", "June 20, 2024", Verdict.CONTRADICTS),
    ("June 19, 2024", "June 19", Verdict.UNVERIFIABLE),
    # a recurring fact
    ("January 8", "January eighth", Verdict.SUPPORTS),
    ("January 8", "8 January", Verdict.SUPPORTS),
    ("January 8", "the 8th of January", Verdict.SUPPORTS),
    ("January 8", "January 8, 2026", Verdict.SUPPORTS),
    ("January 8", "January 2026", Verdict.SUPPORTS),
    ("January 8", "February 8", Verdict.CONTRADICTS),
    ("January 8", "January 9", Verdict.CONTRADICTS),
    ("January 8", "February 8, 2026", Verdict.CONTRADICTS),
    ("January 8", "2026", Verdict.UNVERIFIABLE),
    ("January 8", "the Cold War", Verdict.UNVERIFIABLE),
]


@pytest.mark.parametrize(("fact", "text", "verdict"), COMPARISONS, ids=[f"{c[0]} vs {c[1]}" for c in COMPARISONS])
def test_dates_compare_at_their_own_precision(fact: str, text: str, verdict: Verdict) -> None:
    assert compare_dates(parse_fact_date(fact), claimed(text)) is verdict


@pytest.mark.parametrize(
    ("fact", "text", "verdict"),
    [
        ("October 2024", "in October last year", Verdict.SUPPORTS),
        ("2024", "last year", Verdict.SUPPORTS),
        ("2023", "two years ago", Verdict.SUPPORTS),
        ("June 2024", "last year", Verdict.SUPPORTS),
        ("June 2024", "earlier this week", Verdict.CONTRADICTS),
        ("October 9, 2025", "on Thursday", Verdict.SUPPORTS),
        ("October 8, 2025", "on Thursday", Verdict.CONTRADICTS),
        ("January 8", "in January", Verdict.SUPPORTS),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_relative_dates_compare_once_resolved(fact: str, text: str, verdict: Verdict) -> None:
    assert compare_dates(parse_fact_date(fact), claimed(text, PUBLISHED)) is verdict


def test_an_open_bound_is_shown_as_before_or_after_its_day() -> None:
    (mention,) = find_dates("The fires erupted more than three weeks ago.")
    assert mention.resolve is not None
    value = mention.resolve(dt.date(2025, 1, 31))
    assert value is not None and value.start == dt.date.min
    assert value.describe() == f"{value.text} (before {value.end.isoformat()})"
    later = DateValue(dt.date(2025, 1, 1), dt.date.max, "period", "since January")
    assert later.describe() == "since January (after 2025-01-01)"


@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("It was signed on 06.06.2024.", None, D(2024, 6, 6)),
        ("It was signed on 05.06.2024.", "DMY", D(2024, 6, 5)),
        ("It was signed on 05.06.2024.", "MDY", D(2024, 5, 6)),
        ("It was signed on 2024-06-06.", None, D(2024, 6, 6)),
        ("It was signed on 05.06.2024.", None, None),
    ],
)
def test_dotted_and_iso_numeric_dates_in_the_sources_order(text: str, order: str | None, day: dt.date | None) -> None:
    (mention,) = find_dates(text, date_order=order)
    value = mention.value
    assert (value.start if value is not None and value.start == value.end else None) == day
