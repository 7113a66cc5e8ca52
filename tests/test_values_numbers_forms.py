"""More of the forms news copy writes figures in (issue 8, measured on the peers' suites): sentence → every
figure read, as (low, high, unit) in text order. Real readers (ours, quantulum3, pint); no mocks."""

from __future__ import annotations

import math

import pytest

from pytest_factcheck.values import find_values

INF = math.inf


def read(text: str) -> list[tuple[float, float, str | None]]:
    return [(m.quantity.interval.low, m.quantity.interval.high, m.quantity.unit) for m in find_values(text).quantities]


def check(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    got = read(text)
    assert len(got) == len(expected), got
    for (low, high, unit), (e_low, e_high, e_unit) in zip(got, expected, strict=True):
        assert (low, high, unit) == (pytest.approx(e_low), pytest.approx(e_high), e_unit), got


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
