"""Numbers, amounts and units as reporters write them (issue 8): sentence → the value(s) it must read.

Real readers (our own, quantulum3 for what they leave, pint for units); no mocks. Each table row is a
sentence and the (low, high, unit) of every figure read in it, in text order.
"""

from __future__ import annotations

import math

import pytest

from pytest_factcheck.model import Interval, Quantity
from pytest_factcheck.values import compare_quantity, find_quantities, find_values, parse_fact_quantity

INF = math.inf


def read(text: str) -> list[tuple[float, float, str | None]]:
    return [(m.quantity.interval.low, m.quantity.interval.high, m.quantity.unit) for m in find_values(text).quantities]


def check(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    got = read(text)
    assert len(got) == len(expected), got
    for (low, high, unit), (e_low, e_high, e_unit) in zip(got, expected, strict=True):
        assert (low, high, unit) == (pytest.approx(e_low), pytest.approx(e_high), e_unit), got


UNITS = [
    ("The tower is 330 m tall.", [(330, 330, "metre")]),
    ("The tower is 330 metre tall.", [(330, 330, "metre")]),
    ("The tower is 330 metres tall.", [(330, 330, "metre")]),
    ("The tower is 330m tall.", [(330, 330, "metre")]),
    ("They climbed the 29,032-foot peak.", [(29_032, 29_032, "foot")]),
    ("The park covers 1,200 km² of forest.", [(1_200, 1_200, "square kilometre")]),
    ("The park covers 1,200 square kilometres.", [(1_200, 1_200, "square kilometre")]),
    ("The park covers 463 square miles.", [(463, 463, "square mile")]),
    ("The farm has 40 hectares of vines.", [(40, 40, "hectare")]),
    ("The farm has 99 acres of vines.", [(99, 99, "acre")]),
    ("The ship carried 3,000 tonnes of grain.", [(3_000, 3_000, "tonne")]),
    ("The ship carried 3,000 metric tons of grain.", [(3_000, 3_000, "tonne")]),
    ("The ship carried 3,300 short tons of grain.", [(3_300, 3_300, "short ton")]),
    ("The parcel weighs 12 kg.", [(12, 12, "kilogram")]),
    ("He weighed 180 pounds at the start.", [(180, 180, "pound-mass")]),
    ("A 25-pound bag of rice was given out.", [(25, 25, "pound-mass")]),
    ("They bought 25 pounds of rice.", [(25, 25, "pound-mass")]),
    ("The parcel weighs 12 lbs.", [(12, 12, "pound-mass")]),
    ("The world is 1.5°C warmer than before.", [(1.5, 1.5, "delta degree Celsius")]),
    ("Temperatures rose by 2°C in a decade.", [(2, 2, "delta degree Celsius")]),
    ("It was 35°C in Seville.", [(35, 35, "degree Celsius")]),
    ("The road is 300 km long.", [(300, 300, "kilometre")]),
]
MONEY = [
    ("The bond raised USD 200 million.", [(2e8, 2e8, "dollar")]),
    ("The bond raised 200 million USD.", [(2e8, 2e8, "dollar")]),
    ("A coffee costs 10 €.", [(10, 10, "euro")]),
    ("A coffee costs 10€.", [(10, 10, "euro")]),
    ("A coffee costs €10.", [(10, 10, "euro")]),
    ("The fund raised C$300 million.", [(3e8, 3e8, "canadian dollar")]),
    ("The fund raised HK$5 billion.", [(5e9, 5e9, "hong kong dollar")]),
    ("The fund raised A$40 million.", [(4e7, 4e7, "australian dollar")]),
    ("The fund raised NZ$40 million.", [(4e7, 4e7, "new zealand dollar")]),
    ("The fund raised S$40 million.", [(4e7, 4e7, "singapore dollar")]),
    ("The fund raised US$300 million.", [(3e8, 3e8, "dollar")]),
    ("A stamp costs 50 cents.", [(0.5, 0.5, "dollar")]),
    ("A stamp costs 85 pence.", [(0.85, 0.85, "pound sterling")]),
    ("A stamp costs 85p.", [(0.85, 0.85, "pound sterling")]),
    ("The loan is 5 billion yuan.", [(5e9, 5e9, "yuan")]),
    ("The loan is ¥500 billion.", [(5e11, 5e11, "yen")]),
    ("The loan is 500 billion yen.", [(5e11, 5e11, "yen")]),
    ("The loan is 1,000 rupees.", [(1_000, 1_000, "indian rupee")]),
    ("The loan is Rs 1,000.", [(1_000, 1_000, "indian rupee")]),
    ("The fine is 40,000 Swiss francs.", [(40_000, 40_000, "swiss franc")]),
    ("The fine is CHF 40,000.", [(40_000, 40_000, "swiss franc")]),
    ("The fine is 3 million won.", [(3e6, 3e6, "won")]),
    ("The fine is 3 million roubles.", [(3e6, 3e6, "rouble")]),
    ("The fine is £25.", [(25, 25, "pound sterling")]),
    ("He paid 25 pounds for it.", [(25, 25, "pound sterling")]),
    ("The club spent 50 million pounds.", [(5e7, 5e7, "pound sterling")]),
    ("Try 5 times before giving up.", [(5, 5, None)]),
]
SCALES = [
    ("The race drew 10k runners.", [(10_000, 10_000, None)]),
    ("The deal is worth $10k.", [(10_000, 10_000, "dollar")]),
    ("The deal is worth £5m.", [(5e6, 5e6, "pound sterling")]),
    ("The city has 5m people.", [(5e6, 5e6, None)]),
    ("The deal is worth $6.25bn.", [(6.25e9, 6.25e9, "dollar")]),
    ("The debt is $1.2tn.", [(1.2e12, 1.2e12, "dollar")]),
    ("Half a million people fled.", [(5e5, 5e5, None)]),
    ("The pipe is 2 1/2 miles long.", [(2.5, 2.5, "mile")]),
    ("The pipe is 2½ miles long.", [(2.5, 2.5, "mile")]),
    ("About ½ of voters stayed home.", [(0.475, 0.525, None)]),
    ("Two-thirds of voters stayed home.", [(2 / 3, 2 / 3, None)]),
    ("Three-quarters of voters stayed home.", [(0.75, 0.75, None)]),
    ("A quarter of voters stayed home.", [(0.25, 0.25, None)]),
    ("Inflation was seven point eight percent.", [(7.8, 7.8, "percentage")]),
    ("They counted three hundred and twenty-one votes.", [(321, 321, None)]),
    ("A dozen soldiers guarded the gate.", [(12, 12, None)]),
    ("Two dozen soldiers guarded the gate.", [(24, 24, None)]),
    ("Revenue was down in the quarter.", []),
]
NEGATIVES = [
    ("Prices changed by -0.3% in May.", [(-0.3, -0.3, "percentage")]),
    ("Prices changed by −0.3% in May.", [(-0.3, -0.3, "percentage")]),
    ("It was minus 5 degrees overnight.", [(-5, -5, None)]),
    ("The firm reported a loss of $5 million.", [(-5e6, -5e6, "dollar")]),
    ("The account stood at $-200.", [(-200, -200, "dollar")]),
    ("They sent 14,000-15,000 troops.", [(14_000, 15_000, None)]),
]
HEDGES = [
    ("Police said 50 or more people were hurt.", [(50, INF, None)]),
    ("Police said 50 or fewer people were hurt.", [(0, 50, None)]),
    ("Police said 50 or less was spent.", [(0, 50, None)]),
    ("The crowd was 10,000+ strong.", [(10_000, INF, None)]),
    ("Damage exceeding $5 million was reported.", [(math.nextafter(5e6, INF), INF, "dollar")]),
    ("No fewer than 40 people died.", [(40, INF, None)]),
    ("Turnout was > 60%.", [(math.nextafter(60, INF), INF, "percentage")]),
    ("Turnout was ≥ 60%.", [(60, INF, "percentage")]),
    ("Turnout was < 60%.", [(0, math.nextafter(60, -INF), "percentage")]),
    ("Turnout was ≤ 60%.", [(0, 60, "percentage")]),
]
SIDE_BY_SIDE = [
    ("On March 3, 500 protesters marched.", [(500, 500, None)]),
    ("On March 3 500 protesters marched.", [(500, 500, None)]),
    ("Sales rose 5% to 1,200 units.", [(5, 5, "percentage"), (1_200, 1_200, None)]),
    ("Revenue rose in the quarter to $254 million.", [(2.54e8, 2.54e8, "dollar")]),
    ("The 2013-14 budget passed.", []),
    ("He starred in the 2023/24 season.", []),
    ("Support rose 3 percentage points to 45%.", [(3, 3, "percentage point"), (45, 45, "percentage")]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS, ids=[c[0] for c in UNITS])
def test_units(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), MONEY, ids=[c[0] for c in MONEY])
def test_currencies(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SCALES, ids=[c[0] for c in SCALES])
def test_scales_fractions_and_written_numbers(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_negative_figures(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), HEDGES, ids=[c[0] for c in HEDGES])
def test_hedges_after_and_signs(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SIDE_BY_SIDE, ids=[c[0] for c in SIDE_BY_SIDE])
def test_two_figures_side_by_side_are_two_values(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


def test_a_change_and_the_level_reached_carry_their_roles() -> None:
    roles = [(m.quantity.text, m.role) for m in find_quantities("Sales rose 5% to 1,200 units.")]
    assert roles == [("5%", "change"), ("1,200", None)]


def fig(text: str) -> Quantity:
    (mention,) = find_quantities(text)
    return mention.quantity


# (reported, fact, outcome, code): conversion through pint; never between currencies.
COMPARISONS = [
    ("8,849 m", "29,032 feet", "agrees", "agrees"),
    ("8,849 metres", "29,032-foot", "agrees", "agrees"),
    ("259 km²", "100 square miles", "agrees", "agrees"),
    ("1 hectare", "2.47 acres", "agrees", "agrees"),
    ("5 tonnes", "5 metric tons", "agrees", "agrees"),
    ("5 tonnes", "5.5 short tons", "agrees", "agrees"),
    ("5 tonnes", "7 short tons", "disagrees", "disagrees"),
    ("10 kg", "22 lbs", "agrees", "agrees"),
    ("1.5°C warmer", "2.7°F warmer", "agrees", "agrees"),
    ("20°C", "68°F", "agrees", "agrees"),
    ("1.5°C warmer", "1.5°C", "incomparable", "dimension-mismatch"),
    ("C$300 million", "$300 million", "incomparable", "currency-mismatch"),
    ("HK$300 million", "$300 million", "incomparable", "currency-mismatch"),
    ("a 25-pound bag", "£25", "incomparable", "money-vs-count"),
    ("50 cents", "$0.50", "agrees", "agrees"),
    ("85p", "£0.85", "agrees", "agrees"),
    ("3 percentage points", "3%", "incomparable", "percent-vs-points"),
    ("-0.3%", "0.3%", "disagrees", "disagrees"),
    ("1,500", "1,517", "agrees", "agrees"),
    ("1,517", "1,500", "disagrees", "disagrees"),
    ("10k", "10,000", "agrees", "agrees"),
]


@pytest.mark.parametrize(
    ("reported", "fact", "outcome", "code"), COMPARISONS, ids=[f"{c[0]} vs {c[1]}" for c in COMPARISONS]
)
def test_comparison_through_pint(reported: str, fact: str, outcome: str, code: str) -> None:
    result = compare_quantity(fig(reported), fig(fact))
    assert (result.outcome, result.code) == (outcome, code), result.reason


def test_precision_is_the_reported_figures_and_tolerance_widens_the_fact() -> None:
    reported = Quantity(Interval(1_517, 1_517), None, "1,517")
    assert compare_quantity(reported, fig("1,500")).outcome == "disagrees"
    assert compare_quantity(reported, fig("1,500"), relative=0.02).outcome == "agrees"
    assert compare_quantity(reported, fig("1,500"), absolute=10).outcome == "disagrees"


@pytest.mark.parametrize(
    ("value", "low", "unit"),
    [("C$300 million", 3e8, "canadian dollar"), ("-0.3%", -0.3, "percentage"), ("10k", 1e4, None),
     ("29,032 feet", 29_032, "foot"), ("USD 200 million", 2e8, "dollar")],
)  # fmt: skip
def test_fact_quantities_in_the_new_forms(value: str, low: float, unit: str | None) -> None:
    quantity = parse_fact_quantity(value)
    assert (quantity.interval.low, quantity.unit) == (pytest.approx(low), unit)
