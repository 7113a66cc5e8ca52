"""Reading numbers from text and from facts.yaml (real quantulum3, no mocks).

A figure in a sentence becomes the interval it claims: "around 15,000" is not
the point 15,000, "up to 12,000" reaches down to nothing, and "from 1,000 to
over 6,000" is one range. Whether a sentence contradicts a fact rests on these
intervals, so they are pinned down phrasing by phrasing.
"""

from __future__ import annotations

import math

import inflect
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_factcheck.errors import ValueFormatError
from pytest_factcheck.values import (
    QuantityMention,
    find_quantities,
    parse_fact_quantity,
    parse_tolerance,
)
from pytest_factcheck.values.quantities import APPROXIMATE_MARGIN, NEARLY_MARGIN

INF = math.inf


def only_mention(text: str) -> QuantityMention:
    mentions = find_quantities(text)
    assert len(mentions) == 1, [(m.quantity.text, m.quantity.interval) for m in mentions]
    return mentions[0]


# (text, low, high, unit, surface the editor sees as "found")
EXACT = [
    ("Pyongyang sent 15,000 troops.", 15_000, 15_000, None, "15,000"),
    ("The army has 1,500,000 soldiers.", 1_500_000, 1_500_000, None, "1,500,000"),
    ("They counted 15 000 troops.", 15_000, 15_000, None, "15 000"),
    ("A flight carried 266 Venezuelan migrants.", 266, 266, None, "266"),
    ("Pyongyang sent fifteen thousand troops.", 15_000, 15_000, None, "fifteen thousand"),
    ("Two million people fled.", 2_000_000, 2_000_000, None, "Two million"),
    ("They sent twenty-five officers.", 25, 25, None, "twenty-five"),
    ("They sent one hundred and twenty officers.", 120, 120, None, "one hundred and twenty"),
    ("The city has 1.2 million residents.", 1_200_000, 1_200_000, None, "1.2 million"),
    ("The region has 3 million people.", 3_000_000, 3_000_000, None, "3 million"),
]
RANGES = [
    ("Pyongyang sent 14,000–15,000 troops.", 14_000, 15_000, "14,000–15,000"),
    ("Pyongyang sent 14,000-15,000 troops.", 14_000, 15_000, "14,000-15,000"),
    ("Pyongyang sent 14,000—15,000 troops.", 14_000, 15_000, "14,000—15,000"),
    ("Pyongyang sent 14,000 to 15,000 troops.", 14_000, 15_000, "14,000 to 15,000"),
    ("Pyongyang sent between 14,000 and 15,000 troops.", 14_000, 15_000, "between 14,000 and 15,000"),
    ("Estimates range from 1,000 to 6,000 soldiers.", 1_000, 6_000, "from 1,000 to 6,000"),
    ("From 1,000 to 6,000 soldiers were hurt.", 1_000, 6_000, "From 1,000 to 6,000"),
    ("Estimates range from 1,000 to over 6,000 soldiers.", 1_000, 6_000, "from 1,000 to over 6,000"),
]
# hedge word → the interval claimed around 15,000
HEDGES = [
    ("around", 15_000 * (1 - APPROXIMATE_MARGIN), 15_000 * (1 + APPROXIMATE_MARGIN)),
    ("about", 14_250, 15_750),
    ("some", 14_250, 15_750),
    ("Some", 14_250, 15_750),
    ("roughly", 14_250, 15_750),
    ("approximately", 14_250, 15_750),
    ("an estimated", 14_250, 15_750),
    ("nearly", 15_000 * (1 - NEARLY_MARGIN), 15_000),
    ("almost", 13_500, 15_000),
    ("close to", 13_500, 15_000),
    ("at least", 15_000, INF),
    ("no fewer than", 15_000, INF),
    ("not less than", 15_000, INF),
    ("up to", 0, 15_000),
    ("as many as", 0, 15_000),
    ("at most", 0, 15_000),
]
# hedges that exclude the number itself
STRICT_HEDGES = [
    ("more than", "more"),
    ("over", "more"),
    ("in excess of", "more"),
    ("upwards of", "more"),
    ("fewer than", "less"),
    ("less than", "less"),
    ("under", "less"),
]
UNITS = [
    ("Dell pledged $6.25 billion.", 6.25e9, "dollar", "$6.25 billion"),
    ("Dell pledged $6.25 Billion.", 6.25e9, "dollar", "$6.25 Billion"),
    ("The fund holds €5 million.", 5e6, "euro", "€5 million"),
    ("He paid 1,200,000 dollars.", 1.2e6, "dollar", "1,200,000 dollars"),
    ("Turnout was 4.5%.", 4.5, "percentage", "4.5%"),
    ("Turnout was 4.5 percent.", 4.5, "percentage", "4.5 percent"),
    ("Turnout was forty percent.", 40, "percentage", "forty percent"),
    ("The front is 300 km long.", 300, "kilometre", "300 km"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit", "surface"), EXACT, ids=[c[0] for c in EXACT])
def test_numbers_are_read_with_separators_and_in_words(
    text: str, low: float, high: float, unit: str | None, surface: str
) -> None:
    mention = only_mention(text)
    assert mention.quantity.interval.low == pytest.approx(low)
    assert mention.quantity.interval.high == pytest.approx(high)
    assert mention.quantity.unit == unit
    assert mention.quantity.text == surface
    assert text[mention.start : mention.end] == surface


@pytest.mark.parametrize(("text", "low", "high", "surface"), RANGES, ids=[c[0] for c in RANGES])
def test_two_numbers_joined_as_a_range_are_one_mention(text: str, low: float, high: float, surface: str) -> None:
    mention = only_mention(text)
    assert (mention.quantity.interval.low, mention.quantity.interval.high) == (low, high)
    assert mention.quantity.text == surface


@pytest.mark.parametrize(("hedge", "low", "high"), HEDGES, ids=[h[0] for h in HEDGES])
def test_a_hedge_widens_the_number_into_the_interval_it_claims(hedge: str, low: float, high: float) -> None:
    text = f"Pyongyang sent {hedge} 15,000 troops."
    mention = only_mention(text)
    assert mention.quantity.interval.low == pytest.approx(low)
    assert mention.quantity.interval.high == pytest.approx(high)
    assert mention.quantity.text == f"{hedge} 15,000", "the hedge is part of what the editor is shown"


@pytest.mark.parametrize(("hedge", "direction"), STRICT_HEDGES, ids=[h[0] for h in STRICT_HEDGES])
def test_more_than_and_fewer_than_exclude_the_number_itself(hedge: str, direction: str) -> None:
    interval = only_mention(f"Pyongyang sent {hedge} 15,000 troops.").quantity.interval
    if direction == "more":
        assert interval.low > 15_000
        assert interval.high == INF
    else:
        assert interval.low == 0
        assert interval.high < 15_000


def test_a_hedge_before_a_range_widens_the_whole_range() -> None:
    interval = only_mention("Pyongyang deployed around 14,000–15,000 troops.").quantity.interval
    assert interval.low == pytest.approx(14_000 * 0.95)
    assert interval.high == pytest.approx(15_000 * 1.05)


@pytest.mark.parametrize(("text", "value", "unit", "surface"), UNITS, ids=[c[0] for c in UNITS])
def test_currencies_and_percentages_keep_their_unit(text: str, value: float, unit: str, surface: str) -> None:
    mention = only_mention(text)
    assert mention.quantity.interval.low == pytest.approx(value)
    assert mention.quantity.unit == unit
    assert mention.quantity.text == surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Either 14,000 or 15,000 troops were sent.", [(14_000, 14_000), (15_000, 15_000)]),
        ("It sent 15,000 troops, not 20,000.", [(15_000, 15_000), (20_000, 20_000)]),
        ("Pyongyang sent 12,000 soldiers and 3,000 workers.", [(12_000, 12_000), (3_000, 3_000)]),
        ("around 15,000 or 16,000", [(14_250, 15_750), (16_000, 16_000)]),
    ],
    ids=["either-or", "not", "and", "hedge applies to the first only"],
)
def test_numbers_that_are_not_a_range_stay_separate(text: str, expected: list[tuple[float, float]]) -> None:
    read = [(m.quantity.interval.low, m.quantity.interval.high) for m in find_quantities(text)]
    assert read == [pytest.approx(pair) for pair in expected]


@pytest.mark.parametrize(
    "text",
    ["The 80th anniversary was marked.", "No figure here at all.", "", "Dozens of troops arrived."],
    ids=["ordinal", "no number", "empty", "dozens"],
)
def test_text_without_a_figure_has_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_an_absurdly_long_digit_run_is_skipped_quickly() -> None:
    """quantulum3's patterns are slow on long digit runs; such runs are never news figures."""
    text = "Pyongyang sent " + "9" * 5000 + " troops and 15,000 soldiers."
    assert [m.quantity.text for m in find_quantities(text)] == ["15,000"]


def test_offsets_are_correct_after_a_chunk_boundary() -> None:
    """Long text is parsed in pieces; offsets still point into the whole text."""
    text = "Filler words go here. " * 120 + "Pyongyang sent 15,000 troops."
    mention = only_mention(text)
    assert text[mention.start : mention.end] == "15,000"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10**12))
def test_any_number_with_thousands_separators_reads_back_exactly(number: int) -> None:
    mention = only_mention(f"Officials said {number:,} troops were sent.")
    assert mention.quantity.interval.low == mention.quantity.interval.high == number


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_any_number_written_in_words_reads_back_exactly(number: int) -> None:
    words = inflect.engine().number_to_words(number, andword="")
    mention = only_mention(f"Officials said {words} troops were sent.")
    assert mention.quantity.interval.low == number


# --- bugs: reading that is wrong today -------------------------------------------------------------------------


@pytest.mark.parametrize("hedge", ["no more than", "not more than"])
def test_no_more_than_is_an_upper_bound(hedge: str) -> None:
    interval = only_mention(f"North Korea has deployed {hedge} 12,000 troops.").quantity.interval
    assert (interval.low, interval.high) == (0, 12_000)


def test_a_range_opening_a_sentence_is_read() -> None:
    mention = only_mention("Between 14,000 and 15,000 troops were sent.")
    assert (mention.quantity.interval.low, mention.quantity.interval.high) == (14_000, 15_000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 1.2 million people fled.", 1_200_000),
        ("Officials said some 200 million people voted.", 200_000_000),
        ("Dell gave some $6 billion.", 6e9),
        pytest.param(
            "Some two million people fled.",
            2_000_000,
            marks=(),
        ),
    ],
)
def test_some_before_a_scale_word_keeps_the_scale(text: str, value: float) -> None:
    interval = only_mention(text).quantity.interval
    assert interval.low == pytest.approx(value * 0.95)
    assert interval.high == pytest.approx(value * 1.05)


def test_a_dozen_is_twelve() -> None:
    quantity = only_mention("A dozen soldiers guarded the gate.").quantity
    assert (quantity.interval.low, quantity.unit) == (12, None)


def test_half_a_million_is_five_hundred_thousand() -> None:
    assert only_mention("Half a million people fled the city.").quantity.interval.low == 500_000


@pytest.mark.parametrize(("text", "value"), [("$6.25bn", 6.25e9), ("$1.2m", 1.2e6)])
def test_newsroom_abbreviations_of_amounts(text: str, value: float) -> None:
    quantity = only_mention(f"Dell pledged {text} to the accounts.").quantity
    assert (quantity.interval.low, quantity.unit) == (pytest.approx(value), "dollar")


def test_per_cent_is_a_percentage() -> None:
    assert only_mention("Turnout was 40 per cent.").quantity.unit == "percentage"


# --- the quantity: of a fact ------------------------------------------------------------------------------------

GOOD_FACT_QUANTITIES = [
    ("14,000–15,000", 14_000, 15_000, None),
    ("14,000 to 15,000", 14_000, 15_000, None),
    ("between 14,000 and 15,000", 14_000, 15_000, None),
    ("266", 266, 266, None),
    (266, 266, 266, None),
    (14000.5, 14000.5, 14000.5, None),
    ("fifteen thousand", 15_000, 15_000, None),
    ("1.2 million", 1_200_000, 1_200_000, None),
    ("$6.25 billion", 6.25e9, 6.25e9, "dollar"),
    ("4.5%", 4.5, 4.5, "percentage"),
    ("300 km", 300, 300, "kilometre"),
]


@pytest.mark.parametrize(
    ("value", "low", "high", "unit"), GOOD_FACT_QUANTITIES, ids=[repr(c[0]) for c in GOOD_FACT_QUANTITIES]
)
def test_fact_quantities_in_the_accepted_forms(value: object, low: float, high: float, unit: str | None) -> None:
    quantity = parse_fact_quantity(value)
    assert (quantity.interval.low, quantity.interval.high) == (pytest.approx(low), pytest.approx(high))
    assert quantity.unit == unit


def test_a_fact_quantity_is_shown_as_the_editor_wrote_it() -> None:
    assert parse_fact_quantity(" 14,000–15,000 ").text == "14,000–15,000"
    assert parse_fact_quantity(266).text == "266"
    assert parse_fact_quantity(15000).text == "15,000"


BAD_FACT_QUANTITIES = [
    "around 15,000",
    "more than 5",
    "troops",
    "troops 15,000",
    "1,000 and 2,000",
    "",
    "   ",
    None,
    True,
]


@pytest.mark.parametrize("value", BAD_FACT_QUANTITIES, ids=[repr(v) for v in BAD_FACT_QUANTITIES])
def test_unreadable_fact_quantities_name_the_accepted_forms(value: object) -> None:
    with pytest.raises(ValueFormatError) as raised:
        parse_fact_quantity(value)
    message = str(raised.value)
    for form in ('"14,000"', '"14,000–15,000"', '"between 14,000 and 15,000"', '"$6.25 billion"', '"4.5%"'):
        assert form in message


@pytest.mark.parametrize("value", ["15,000–14,000", "between 15,000 and 14,000", "15,000 to 14,000"])
def test_a_range_written_backwards_says_to_put_the_smaller_number_first(value: str) -> None:
    with pytest.raises(ValueFormatError, match="smaller number first"):
        parse_fact_quantity(value)


def test_a_list_is_not_a_fact_quantity() -> None:
    with pytest.raises(ValueFormatError):
        parse_fact_quantity([266])


def test_an_abbreviated_amount_in_a_fact_is_read_in_full() -> None:
    quantity = parse_fact_quantity("$6.25bn")
    assert (quantity.interval.low, quantity.unit) == (6.25e9, "dollar")


# --- tolerance: ------------------------------------------------------------------------------------------------

GOOD_TOLERANCES = [
    ("5%", (0.05, 0.0)),
    ("5 %", (0.05, 0.0)),
    ("5 percent", (0.05, 0.0)),
    ("2.5%", (0.025, 0.0)),
    ("500", (0.0, 500.0)),
    ("1,000", (0.0, 1000.0)),
    (500, (0.0, 500.0)),
    (0.5, (0.0, 0.5)),
    (0, (0.0, 0.0)),
]


@pytest.mark.parametrize(("value", "expected"), GOOD_TOLERANCES, ids=[repr(c[0]) for c in GOOD_TOLERANCES])
def test_tolerance_is_relative_with_percent_and_absolute_without(value: object, expected: tuple[float, float]) -> None:
    assert parse_tolerance(value) == pytest.approx(expected)


BAD_TOLERANCES = ["-5%", "five percent", "", "abc", "5%%", None, True]


@pytest.mark.parametrize("value", BAD_TOLERANCES, ids=[repr(v) for v in BAD_TOLERANCES])
def test_unreadable_tolerances_name_the_accepted_forms(value: object) -> None:
    with pytest.raises(ValueFormatError, match=r"percentage like 5% or a number like 500"):
        parse_tolerance(value)


def test_a_negative_tolerance_is_refused() -> None:
    with pytest.raises(ValueFormatError, match="negative"):
        parse_tolerance(-1)
