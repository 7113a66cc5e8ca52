"""Physical units through pint's full registry: reading a unit word after a figure, and converting.

The registry is built once, lazily (pint parses its definition file, ~0.5 s); nothing is imported at
module import. Identifiers compared are the canonical ones of :data:`lexicon.numbers.CANONICAL_UNITS`;
:func:`pint_expression` turns one into what pint parses.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..lexicon.numbers import (
    AMBIGUOUS_UNIT_MARKS,
    CAPITAL_MARK_CONTEXT_AFTER,
    CAPITAL_UNIT_MARKS,
    CURRENCY_CODES,
    INCH_CONTEXT_AFTER,
    INCH_CONTEXT_BEFORE,
    NOT_PHYSICAL,
    PINT_EXPRESSIONS,
    TEMPERATURE_DIFFERENCE_AFTER,
    UNIT_WORDS,
)

_ABSOLUTE_TEMPERATURES = {"degree Celsius": "delta degree Celsius", "degree Fahrenheit": "delta degree Fahrenheit"}
_DIFFERENCE_AFTER = re.compile(TEMPERATURE_DIFFERENCE_AFTER, re.IGNORECASE)
_INCH_CONTEXT = re.compile(INCH_CONTEXT_AFTER, re.IGNORECASE)
_INCH_BEFORE = re.compile(INCH_CONTEXT_BEFORE, re.IGNORECASE)
_CAPITAL_MARK_CONTEXT = re.compile(CAPITAL_MARK_CONTEXT_AFTER, re.IGNORECASE)


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


#: A unit word right after a figure: "300 km", "29,032-foot", "1.5°C", "5 square miles".
UNIT_AFTER = re.compile(
    r"(?P<sep>[ \u00a0-]?)(?P<open>[(\[{<])?(?P<unit>" + _alternation(UNIT_WORDS) + r")(?(open)[)\]}>])(?![A-Za-z\d])",
    re.I,
)


def read_unit(text: str, position: int, *, attached_ok: bool = True) -> tuple[str, int] | None:
    """The unit written at ``position`` (just after a figure) and where it ends, or None.

    Short marks ("m", "t", "ha") count only written right after the digits or one space after them;
    a hyphen joins only full words ("29,032-foot"), never a mark ("5-m" is not read).
    """
    match = UNIT_AFTER.match(text, position)
    if match is None:
        return None
    word = match["unit"].lower()
    if match["open"] and (word in AMBIGUOUS_UNIT_MARKS or match["sep"] == "-"):
        return None  # "20 (kg)" is a unit in brackets; "(m)" or "(in)" may be anything
    if word in AMBIGUOUS_UNIT_MARKS and (match["sep"] == "-" or (match["sep"] == "" and not attached_ok)):
        return None
    if word in CAPITAL_UNIT_MARKS and not _capital_mark(text, match):
        return None
    if word in AMBIGUOUS_UNIT_MARKS and re.match(r"-\d", text[match.end() : match.end() + 2]):
        return None  # "24703 L-202": a code, not litres
    inches = _INCH_CONTEXT.match(text, match.end()) or _INCH_BEFORE.search(text, max(0, position - 24), position)
    if word == "in" and (match["unit"] != "in" or not inches):
        return None  # "2 in 5 voters", "20 in 2019": the word "in"; "2 in thick" is inches
    name = UNIT_WORDS[word]
    if name in _ABSOLUTE_TEMPERATURES and _DIFFERENCE_AFTER.match(text, match.end()):
        name = _ABSOLUTE_TEMPERATURES[name]  # "1.5°C warmer" is a difference of 1.5 K, not a temperature
    return name, match.end()


def _capital_mark(text: str, match: re.Match[str]) -> bool:
    """ "30C", "86F": a capital mark glued to the digits, before a clause end, a date or a figure."""
    glued = not (match["sep"] or match["open"]) and match["unit"].isupper()
    return glued and _CAPITAL_MARK_CONTEXT.match(text, match.end()) is not None


def as_difference(unit: str | None) -> str | None:
    """The difference unit of an absolute temperature ("rose by 2°C"); any other unit unchanged."""
    return _ABSOLUTE_TEMPERATURES.get(unit or "", unit)


@functools.cache
def registry() -> Any:
    """pint's full default registry, built once."""
    import pint

    return pint.UnitRegistry()


def pint_expression(canonical: str) -> str:
    return PINT_EXPRESSIONS.get(canonical, canonical)


def is_physical(canonical: str | None) -> bool:
    """Whether pint knows ``canonical`` as a physical unit (money and percentages are not)."""
    if canonical is None or canonical in CURRENCY_CODES or canonical in NOT_PHYSICAL:
        return False
    return _dimensionality(canonical) is not None


@functools.lru_cache(maxsize=512)
def _dimensionality(canonical: str) -> str | None:
    import pint

    try:
        return str(registry().parse_units(pint_expression(canonical)).dimensionality)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError, KeyError):  # not a unit pint knows
        return None


def same_dimension(first: str, second: str) -> bool:
    """Whether the two convert: one dimension, and both temperatures or both differences of temperature."""
    one, other = _dimensionality(first), _dimensionality(second)
    return one is not None and one == other and first.startswith("delta_") == second.startswith("delta_")


@functools.lru_cache(maxsize=512)
def _factor_and_offset(unit: str, target: str) -> tuple[float, float]:
    """``target = unit × factor + offset`` (an offset only between absolute temperatures)."""
    ureg = registry()
    at_zero = float(ureg.Quantity(0.0, pint_expression(unit)).to(pint_expression(target)).magnitude)
    at_one = float(ureg.Quantity(1.0, pint_expression(unit)).to(pint_expression(target)).magnitude)
    return at_one - at_zero, at_zero


def convert(value: float, unit: str, target: str) -> float:
    """``value`` in ``unit`` expressed in ``target``; both canonical and of one dimension."""
    if unit == target:
        return value
    factor, offset = _factor_and_offset(unit, target)
    return value * factor + offset
