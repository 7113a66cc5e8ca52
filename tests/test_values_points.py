"""Fractions of a percentage point, as rate decisions are written."""

from __future__ import annotations

import pytest

from pytest_factcheck.values import find_quantities

POINTS = [
    ("The Fed cut rates by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
    ("It has cut by three-quarters of a point since September.", "three-quarters of a point", 0.75),
    ("The cuts add up to only half a percentage point.", "half a percentage point", 0.5),
    ("It made a half-point cut.", "a half-point", 0.5),
    ("A quarter-point cut is expected.", "A quarter-point", 0.25),
    ("A three-quarter-point hike followed.", "three-quarter-point", 0.75),
    ("Rates fell by two-thirds of a point.", "two-thirds of a point", 2 / 3),
]


@pytest.mark.parametrize(("sentence", "text", "value"), POINTS, ids=[c[1] for c in POINTS])
def test_a_fraction_of_a_point_is_a_fraction_of_a_percentage_point(sentence: str, text: str, value: float) -> None:
    (mention,) = find_quantities(sentence)
    assert mention.quantity.text.lower().endswith(text.lower())
    assert mention.quantity.unit == "percentage point"
    assert mention.quantity.interval.low == pytest.approx(value)


def test_a_point_without_a_fraction_is_left_to_the_other_readers() -> None:
    assert [m.quantity.text for m in find_quantities("She scored the point of the match.")] == []
