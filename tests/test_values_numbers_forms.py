"""More of the forms news copy writes figures in (issue 8, measured on the peers' suites): sentence → every
figure read, as (low, high, unit) in text order. Real readers (ours, quantulum3, pint); no mocks."""

from __future__ import annotations

import pytest

from pytest_factcheck.values import find_values
from tests.test_values_numbers import INF, check

CURRENCY = [
    ("Shares of the miner closed at C $ 4.20 on Friday.", [(4.2, 4.2, "canadian dollar")]),
    ("Exports reached HK $ 9 billion last year.", [(9e9, 9e9, "hong kong dollar")]),
    ("A $5 fine was imposed on every driver.", [(5, 5, "dollar")]),
    ("The board approved a 15-cent dividend per share.", [(0.15, 0.15, "dollar")]),
    ("The city accepted a one-yen tender for the work.", [(1, 1, "yen")]),
    ("The stock rose one penny in late trading.", [(0.01, 0.01, "pound sterling")]),
    ("A ticket costs 4 dollars 75 cents at the door.", [(4.75, 4.75, "dollar")]),
    ("A ticket costs twelve dollars and twenty cents.", [(12.2, 12.2, "dollar")]),
    ("The fee rose to 19 USD 99.", [(19.99, 19.99, "dollar")]),
    ("He paid $5 and 10 people came in.", [(5, 5, "dollar"), (10, 10, None)]),
    ("The visitor paid 30 us dollar for a visa.", [(30, 30, "dollar")]),
    ("The stall sold tea for 8 rmb a cup.", [(8, 8, "yuan")]),
    ("The shop asked 250 chinese yuan for the bag.", [(250, 250, "yuan")]),
    ("She lost 40 turkish lira in the exchange.", [(40, 40, "turkish lira")]),
    ("They lost 75 USD million in three years.", [(7.5e7, 7.5e7, "dollar"), (3, 3, None)]),
    ("Losses in excess of 30 MUSD were booked.", [(3e7, INF, "dollar")]),
    ("The fund holds 12,34,567 rupees in cash.", [(1_234_567, 1_234_567, "indian rupee")]),
    ("The lot sold for 100,000 ₭ at auction.", [(100_000, 100_000, "lao kip")]),
    ("A meal is 100元 in Shanghai.", [(100, 100, "yuan")]),
    ("Prices start at MXN$ 15 a kilo.", [(15, 15, "mexican peso")]),
    ("The deal was worth NZD$ 40 million.", [(4e7, 4e7, "new zealand dollar")]),
    ("He found three dimes under the seat.", [(0.3, 0.3, "dollar")]),
    ("He owed twenty bucks to a friend.", [(20, 20, "dollar")]),
]


@pytest.mark.parametrize(("text", "expected"), CURRENCY, ids=[t for t, _ in CURRENCY])
def test_currency_forms(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


MEASURES = [
    ("It was 40 celsius in the shade.", [(40, 40, "degree Celsius")]),
    ("Water boils at 212 fahrenheit.", [(212, 212, "degree Fahrenheit")]),
    ("The reading was 38 degree celsius.", [(38, 38, "degree Celsius")]),
    ("The night fell to 6 deg c.", [(6, 6, "degree Celsius")]),
    ("The kiln reached 900 centigrade.", [(900, 900, "degree Celsius")]),
    ("The bottle holds 750 ml of wine.", [(750, 750, "millilitre")]),
    ("A 500ml can costs more.", [(500, 500, "millilitre")]),
    ("Each tablet holds 200 mg of the drug.", [(200, 200, "milligram")]),
    ("The dose was 50 mcg a day.", [(50, 50, "microgram")]),
    ("Patients took 44 mg to 50 mg a day.", [(44, 50, "milligram")]),
    ("The board is 2 in thick.", [(2, 2, "inch")]),
    ("She won 2 in 5 races.", [(2, 2, None), (5, 5, None)]),
    ("Sales rose 20 in 2019.", [(20, 20, None)]),
    ("The guard is 6 feet 2 inches tall.", [(6 + 2 / 12, 6 + 2 / 12, "foot")]),
    ("He stands 5 ft 11 in.", [(5 + 11 / 12, 5 + 11 / 12, "foot")]),
    ("The baby weighed 7 pounds 4 ounces.", [(7.25, 7.25, "pound-mass")]),
    ("Runners lap a 1/4 mile track.", [(0.25, 0.25, "mile")]),
    ("Open 24/7 for 3/4 of the year.", [(24, 24, None), (7, 7, None), (0.75, 0.75, None)]),
    ("The pipe runs two and a half miles.", [(2.5, 2.5, "mile")]),
    ("The city has four and a half million people.", [(4.5e6, 4.5e6, None)]),
    ("They walked one-half mile.", [(0.5, 0.5, "mile")]),
    ("A 10- to 12-foot wall was built.", [(10, 12, "foot")]),
    ("Seats 20 through 40 were sold.", [(20, 40, None)]),
    ("The flat has 900 sq ft of space.", [(900, 900, "square foot")]),
    ("Winds reached 90 miles an hour.", [(90, 90, "mile per hour")]),
    ("The ship made 20 knots.", [(20, 20, "knot")]),
    ("She dropped 25 pounds in a year.", [(25, 25, "pound-mass")]),
    ("Flight MH17 fell with 298 aboard.", [(298, 298, None)]),
    ("Seoul said Pyongyang sent some\n20,000 troops.", [(19_000, 21_000, None)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES, ids=[t for t, _ in MEASURES])
def test_measure_forms(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


COUNTS_AND_BOUNDS = [
    ("The city has one million and a half residents.", [(1.5e6, 1.5e6, None)]),
    ("The fund is worth one billion and a half million.", [(1.0005e9, 1.0005e9, None)]),
    ("Drivers above .08 were charged.", [(0.08, INF, None)]),
    ("The firm raised 10 bln in bonds.", [(1e10, 1e10, None)]),
    ("Debt reached 2 trn last year.", [(2e12, 2e12, None)]),
    ("The app has 10M users.", [(1e7, 1e7, None)]),
    ("She won the 100M sprint.", [(100, 100, "metre")]),
    ("The one she chose was red.", []),
    ("Which one won?", []),
    ("One of the victims was named.", [(1, 1, None)]),
    ("Scores less than or equal to 30 fail.", [(0, 30, None)]),
    ("Scores greater than or equal to 50 pass.", [(50, INF, None)]),
    ("Turnout exceeded 3,000 on Monday.", [(3000, INF, None)]),
    ("The toll topped 9,000 by Friday.", [(9000, INF, None)]),
    ("There are about 500 or more in the camp.", [(500, INF, None)]),
    ("More than 100 but fewer than 200 people came.", [(100, 200, None)]),
    ("At least 20 and at most 100 boats sailed.", [(20, 100, None)]),
    ("More than 40 died and fewer than 10 were hurt.", [(40, INF, None), (0, 10, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_AND_BOUNDS, ids=[t for t, _ in COUNTS_AND_BOUNDS])
def test_count_and_bound_forms(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


VERB_CURRENCIES = [
    ("Three won medals at the games.", [(3, 3, None)]),
    ("Which one won?", []),
    ("A coffee costs 5,000 won in Seoul.", [(5000, 5000, "won")]),
    ("The budget is two trillion won.", [(2e12, 2e12, "won")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_CURRENCIES, ids=[t for t, _ in VERB_CURRENCIES])
def test_won_is_a_verb_after_a_written_number(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


NOT_FIGURES_AND_JOINS = [
    ("The meeting starts at 2 pm sharp.", []),
    ("Polls close at 8 p.m. on Sunday.", []),
    ("Covid-19 cases rose 5%.", [(5, 5, "percentage")]),
    ("The F-16 jets flew 300 km.", [(300, 300, "kilometre")]),
    ("Prices rose 5-10% this year.", [(5, 10, "percentage")]),
    ("Salaries range 5k-20k.", [(5_000, 20_000, None)]),
    ("The sum was three million, two hundred & forty.", [(3_000_240, 3_000_240, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FIGURES_AND_JOINS, ids=[t for t, _ in NOT_FIGURES_AND_JOINS])
def test_names_times_and_joins(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


HEDGE_FORMS = [
    ("The fee is exactly 5,000 euros.", [(5000, 5000, "euro")]),
    ("Turnout was 50 or more.", [(50, INF, None)]),
    ("Scores of 5000 or less than 6000 were void.", [(5000, 5000, None), (0, 6000, None)]),
    ("Crowds of at least 100, at most 300 gathered.", [(100, 300, None)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGE_FORMS, ids=[t for t, _ in HEDGE_FORMS])
def test_hedge_forms(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


def test_exactly_is_kept_as_the_hedge() -> None:
    (mention,) = find_values("It cost exactly $40.").quantities
    assert mention.hedge == "exactly"


WRITTEN_AND_SCALES = [
    ("Between ten and fifteen boats sank.", [(10, 15, None)]),
    ("Ten and fifteen are the two counts.", [(10, 10, None), (15, 15, None), (2, 2, None)]),
    ("Two girls, aged six and eight, died.", [(2, 2, None), (6, 8, None)]),
    ("It holds three hundred and twenty-one seats.", [(321, 321, None)]),
    ("Some 5 hundred people marched.", [(475, 525, None)]),
    ("The rate was 100 percentage on paper.", [(100, 100, "percentage")]),
    ("A 5 percentage point rise was seen.", [(5, 5, "percentage point")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_AND_SCALES, ids=[t for t, _ in WRITTEN_AND_SCALES])
def test_written_numbers_and_scales(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


SHARED_UNITS = [
    ("Patients got 45 and 50 mg doses.", [(45, 45, "milligram"), (50, 50, "milligram")]),
    ("Rates rose 3 or 4 percent.", [(3, 3, "percentage"), (4, 4, "percentage")]),
    ("The army lost 5,000 and 60% of its tanks.", [(5_000, 5_000, None), (60, 60, "percentage")]),
    ("He paid 5 and $10 in fees.", [(5, 5, None), (10, 10, "dollar")]),
    ("The weight is 20 (kg) net.", [(20, 20, "kilogram")]),
    ("They sold three dozen eggs.", [(36, 36, None)]),
    ("They sold 3 dozen eggs.", [(36, 36, None)]),
    ("Dozens of people came.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_UNITS, ids=[t for t, _ in SHARED_UNITS])
def test_shared_units_brackets_and_dozens(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


FRACTION_WORDS = [
    ("The lead was one and a fourth points.", [(1.25, 1.25, None)]),
    ("The board holds twenty-three fifths.", [(4.6, 4.6, None)]),
    ("He won by two and fifty-four hundredths.", [(2.54, 2.54, None)]),
    ("She lost by a hundredth of a second.", [(0.01, 0.01, None)]),
    ("It took five and a quarter hours.", [(5.25, 5.25, None)]),
    ("Both halves: the two halves of the match.", [(2, 2, None)]),
    ("Is three halves fractional?", [(1.5, 1.5, None)]),
    ("She won a third term.", []),
    ("The budget was cut by a third.", [(1 / 3, 1 / 3, None)]),
    ("Polls said half of the voters agreed.", [(0.5, 0.5, None)]),
    ("More than half came.", [(0.5, INF, None)]),
    ("They scored in the second half of the match.", []),
    ("A half-point cut was made on behalf of savers.", [(0.5, 0.5, "percentage point")]),
    ("The score was nine point nought four.", [(9.04, 9.04, None)]),
    ("Call +1-222-2222-2222 now.", [(1, 1, None), (222, 222, None), (2222, 2222, None), (2222, 2222, None)]),
    ("It came to one hundred and thirty fifths.", [(26, 26, None)]),
    ("They have two million and three fifths.", [(2.6e6, 2.6e6, None)]),
    ("He was the two millionth visitor.", [(2, 2, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRACTION_WORDS, ids=[t for t, _ in FRACTION_WORDS])
def test_fraction_words(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


DIGITS_AND_WORDS = [
    ("I can give you 3 hundred and 21 yuan.", [(321, 321, "yuan")]),
    ("The hall seats 4 thousand 3 hundred and 21.", [(4321, 4321, None)]),
    ("A city of 5 million 200 people came.", [(5e6, 5e6, None), (200, 200, None)]),
    ("Revenue was 1.2b last year.", [(1.2e9, 1.2e9, None)]),
    ("Fill in Form 5b today.", []),
    ("Part 24703 L-202 was recalled.", [(24703, 24703, None)]),
    ("His score is 200 or greater than", [(200, INF, None)]),
    ("His score is equal to 5000 or less", [(0, 5000, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS_AND_WORDS, ids=[t for t, _ in DIGITS_AND_WORDS])
def test_digits_with_scale_words(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


SIGNS_TEMPERATURES_AND_A = [
    ("It was between minus 5 and 10 degrees.", [(-5, 10, None)]),
    ("Scores ran from minus 5 to minus 2.", [(-5, -2, None)]),
    ("Temperatures ranged from -5C to 10C.", [(-5, 10, "degree Celsius")]),
    ("It was 30C (86F) in London.", [(30, 30, "degree Celsius"), (86, 86, "degree Fahrenheit")]),
    ("The world is 2C warmer.", [(2, 2, "delta degree Celsius")]),
    ("A 30c coin was found.", []),
    ("Highs of 30C on Friday are expected.", [(30, 30, "degree Celsius")]),
    ("The 13F filing shows a Boeing 777F to India.", []),
    ("A coffee costs a dollar.", [(1, 1, "dollar")]),
    ("Not a penny more was paid.", [(0.01, 0.01, "pound sterling")]),
    ("They sold a dollar-denominated bond.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS_TEMPERATURES_AND_A, ids=[t for t, _ in SIGNS_TEMPERATURES_AND_A])
def test_signs_in_ranges_capital_temperatures_and_a_currency(
    text: str, expected: list[tuple[float, float, str | None]]
) -> None:
    check(text, expected)


OF_A_SCALE = [
    ("A quarter of a million people marched.", [(250_000, 250_000, None)]),
    ("It cost three-quarters of a billion dollars.", [(7.5e8, 7.5e8, "dollar")]),
    ("Two-thirds of voters agreed.", [(2 / 3, 2 / 3, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OF_A_SCALE, ids=[t for t, _ in OF_A_SCALE])
def test_a_fraction_of_a_scale(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Fed cut rates by 50 basis points.", 0.5),
        ("It made a 50-basis-point reduction.", 0.5),
        ("Two cuts of 25 basis points each followed.", 0.25),
        ("Yields rose 30 bps.", 0.3),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, value: float) -> None:
    from pytest_factcheck.values import find_quantities

    (mention,) = [m for m in find_quantities(text) if m.quantity.unit is not None]
    assert (mention.quantity.unit, round(mention.quantity.interval.low, 6)) == ("percentage point", value)
