"""The values interface the sentence readers call: find_values and compare_quantity, on real quantulum3."""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.model import Interval, Quantity
from pytest_factcheck.values import compare_quantity, find_values


@pytest.mark.parametrize(
    ("text", "dates", "figures"),
    [
        ("On March 3 500 protesters marched.", ["March 3"], [(500.0, None)]),
        ("The 2013-14 budget grew.", ["2013-14"], []),
        ("Sales rose 5% to 1,200 units.", [], [(5.0, "change"), (1200.0, None)]),
        ("He spoke on Tuesday, Oct. 29, 2024.", ["Oct. 29, 2024"], []),
    ],
)
def test_find_values_resolves_dates_against_numbers(text: str, dates: list[str], figures: list[tuple]) -> None:
    values = find_values(text)
    assert [d.text for d in values.dates] == dates
    assert [(q.quantity.interval.low, q.role) for q in values.quantities] == figures


def test_fiscal_year_covers_both_years() -> None:
    (mention,) = find_values("The 2013-14 budget grew.").dates
    assert mention.value is not None
    assert (mention.value.start, mention.value.end) == (dt.date(2013, 1, 1), dt.date(2014, 12, 31))


@pytest.mark.parametrize(
    ("order", "expected"),
    [("DMY", dt.date(2024, 6, 5)), ("MDY", dt.date(2024, 5, 6)), (None, None)],
)
def test_ambiguous_numeric_date_needs_the_sources_convention(order: str | None, expected: dt.date | None) -> None:
    (mention,) = find_values("It happened on 05/06/2024.", date_order=order).dates
    value = mention.value_at(dt.date(2024, 7, 1))
    assert (value.start if value else None) == expected


def test_unambiguous_numeric_date_reads_without_convention() -> None:
    (mention,) = find_values("It happened on 25/06/2024.").dates
    assert mention.value is not None and mention.value.start == dt.date(2024, 6, 25)


def q(value: float, unit: str | None, text: str) -> Quantity:
    return Quantity(Interval(value, value), unit, text)


@pytest.mark.parametrize(
    ("claimed", "fact", "outcome", "code"),
    [
        (q(1500, None, "1,500"), q(1517, None, "1,517"), "agrees", "agrees"),
        (q(1517, None, "1,517"), q(1500, None, "1,500"), "disagrees", "disagrees"),
        (q(25, "dollar", "$25"), q(25, "pound sterling", "£25"), "incomparable", "currency-mismatch"),
        (q(25, "dollar", "$25"), q(25, None, "25"), "incomparable", "money-vs-count"),
        (q(5, "percentage", "5%"), q(5, "percentage_point", "5 points"), "incomparable", "percent-vs-points"),
        (q(100, "mile", "100 miles"), q(160.9, "kilometre", "160.9 km"), "agrees", "agrees"),
        (q(103, "mile", "103 miles"), q(103, "kilometre", "103 km"), "disagrees", "disagrees"),
        (q(5, "kilometre", "5 km"), q(5, "kilogram", "5 kg"), "incomparable", "dimension-mismatch"),
        (q(1, "hectare", "1 hectare"), q(2.471, "acre", "2.471 acres"), "agrees", "agrees"),
    ],
)
def test_compare_quantity(claimed: Quantity, fact: Quantity, outcome: str, code: str) -> None:
    result = compare_quantity(claimed, fact)
    assert (result.outcome, result.code) == (outcome, code)


def test_fact_tolerance_widens_the_fact_side() -> None:
    assert compare_quantity(q(1517, None, "1,517"), q(1500, None, "1,500"), relative=0.02).outcome == "agrees"
