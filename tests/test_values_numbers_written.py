"""Numbers in words and fraction words by the grammar of English numbers (values/cardinals.py, written.py),
and the digit forms read with them: sentence → the (low, high, unit) of every figure read, in text order."""

from __future__ import annotations

import pytest

from tests.test_values_numbers import check

CARDINALS = [
    ("Officials counted three lakh crore rupees.", [(3e12, 3e12, "indian rupee")]),
    ("It raised 6 crore and two hundred rupees.", [(60_000_200, 60_000_200, "indian rupee")]),
    ("Five thousand million people live there.", [(5e9, 5e9, None)]),
    ("They counted one million two thousand two hundred three.", [(1_002_203, 1_002_203, None)]),
    ("He gave 3 hundred and one reasons.", [(301, 301, None)]),
    ("A thousand and one nights passed.", [(1001, 1001, None)]),
    ("They sold three hundred and two dozen eggs.", [(324, 324, None)]),
    ("They shipped 3 dz of eggs.", [(36, 36, None)]),
    ("The order was 5 doz.", [(60, 60, None)]),
    ("The code read three four five.", [(3, 3, None), (4, 4, None), (5, 5, None)]),
    ("The tally stood at nought.", [(0, 0, None)]),
    ("Rates were nought point two five percent.", [(0.25, 0.25, "percentage")]),
    ("The index stood at two hundred point seventy-one.", [(200.71, 200.71, None)]),
    ("The index stood at naught point five.", [(0.5, 0.5, None)]),
    ("The effort came to naught.", []),
    ("It was all for naught.", []),
    ("The plan came to nought.", []),
]

RANKS = [
    ("She had a twenty-first birthday party.", []),
    ("It was the twenty first time.", []),
    ("On the one hundred fifth anniversary, crowds gathered.", []),
    ("He ranked one hundred and first.", []),
    ("It lasted twenty seconds.", [(20, 20, None)]),
    ("Twenty-one people came.", [(21, 21, None)]),
]

FRACTIONS = [
    ("One twenty-fifth of the budget went to defence.", [(0.04, 0.04, None)]),
    ("A twentieth of the votes were spoiled.", [(0.05, 0.05, None)]),
    ("It grew by three twenty-firsts.", [(3 / 21, 3 / 21, None)]),
    ("The tally was one hundred thirty fifths.", [(100 / 35, 100 / 35, None)]),
    ("The share was twenty twenty fifths.", [(0.8, 0.8, None)]),
    ("The share was one one hundred and fifth.", [(1 / 105, 1 / 105, None)]),
    ("The result was ninety-five hundred fifths.", [(1900, 1900, None)]),
    ("It shrank by a hundred thousand trillionths.", [(1e-7, 1e-7, None)]),
    ("It measured one hundred and three quarters inches.", [(100.75, 100.75, "inch")]),
    ("He won by two hundred and fifty-four hundredths.", [(200.54, 200.54, None)]),
    ("It came to one hundred and thirty-two fifths.", [(26.4, 26.4, None)]),
    ("The score was two hundred thirty two and a thirtieth.", [(232 + 1 / 30, 232 + 1 / 30, None)]),
    ("It cost three quarters billion dollars.", [(7.5e8, 7.5e8, "dollar")]),
    ("The fund reached one billion and three quarters million euros.", [(1.00075e9, 1.00075e9, "euro")]),
]

DIGIT_FORMS = [
    ("The population is 3 million and a half.", [(3.5e6, 3.5e6, None)]),
    ("They raised $2 million and a quarter.", [(2.25e6, 2.25e6, "dollar")]),
    ("The index moved -4/5.", [(-0.8, -0.8, None)]),
    ("The rod is 2  1/4 inches.", [(2.25, 2.25, "inch")]),
    ("The revenue target is US$ 1MM.", [(1e6, 1e6, "dollar")]),
    ("The bolt is 10mm wide.", [(10, 10, "millimetre")]),
    ("He earned 2mil last year.", [(2e6, 2e6, None)]),
    ("A gallon of petrol costs $4.", [(1, 1, "gallon"), (4, 4, "dollar")]),
    ("The village is within a mile of the border.", [(1, 1, "mile")]),
    ("They had a ton of work.", []),
    ("He stands 6 ft 2 in tall.", [(6 + 2 / 12, 6 + 2 / 12, "foot")]),
    ("The board is 12 ft 2 in more or less.", [(12 + 2 / 12, 12 + 2 / 12, "foot")]),
    ("It was 6 ft in 2019.", [(6, 6, "foot")]),
]


@pytest.mark.parametrize(("text", "expected"), CARDINALS, ids=[t for t, _ in CARDINALS])
def test_written_cardinals(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), RANKS, ids=[t for t, _ in RANKS])
def test_ranks_in_words_are_no_numbers(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FRACTIONS, ids=[t for t, _ in FRACTIONS])
def test_fraction_words_by_the_longest_denominator(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DIGIT_FORMS, ids=[t for t, _ in DIGIT_FORMS])
def test_digit_forms(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)
