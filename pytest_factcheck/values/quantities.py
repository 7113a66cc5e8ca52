"""Reading numbers and amounts as intervals.

Figures are read by :mod:`.numbers` (digits, written numbers, fractions, with their scale, currency
and unit); quantulum3 adds written figures those readers leave (it is loaded lazily, once: its first
parse costs ~2.7 s). Hedges (:mod:`.hedges`) widen each figure into the interval it claims, and two
figures joined as "from 1,000 to 6,000" or "14,000-15,000" become one range.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..errors import ValueFormatError
from ..lexicon.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    ONE_PRONOUN_BEFORE,
    UNIT_WORDS,
)
from ..model import Interval, Quantity
from .hedges import (
    APPROXIMATE_MARGIN,
    NEARLY_MARGIN,
    apply_hedge,
    negated,
    read_hedge,
    read_hedge_after,
    read_negative,
)
from .joins import CHANGE_BEFORE, LOOK_BACK, join_readings, opener_before
from .numbers import Reading, a_currency, a_unit, digit_figures, lone_fractions, lone_half, slash_fractions
from .points import point_fractions
from .quantulum import WRITTEN_NUMBER, quantulum_figures
from .units import as_difference
from .written import fraction_words, ranks, written_figures

__all__ = ["APPROXIMATE_MARGIN", "NEARLY_MARGIN", "QuantityMention", "find_quantities", "read_hedge"]

#: quantulum3's regular expressions slow down badly on long digit runs, also
#: when the digits are grouped ("999,999,999,…"); a run of more digits than
#: this is never a news figure, so it is masked before parsing.
LONGEST_NUMBER = 18

QUANTITY_FORMS = (
    'a number ("266", "14,000", "1.2 million", "fifteen thousand", "-0.3"), a range ("14,000–15,000", '
    '"between 14,000 and 15,000") or an amount with a unit ("$6.25 billion", "C$300 million", "4.5%", "300 km")'
)

_LONG_DIGITS = re.compile(rf"\d(?:[,.]?\d){{{LONGEST_NUMBER},}}")
_UNIT_NAME = re.compile(r"^\s+[A-Za-z]{1,15}(?:\s[A-Za-z]{1,15})?\s*$")
_TOLERANCE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%|percent)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class QuantityMention:
    """A number found in text, as the interval it claims."""

    start: int
    end: int  # character offsets into the text given to find_quantities
    quantity: Quantity
    hedge: str | None
    #: "change" when the figure is a change ("rose 5%", "up 3 points", "a rise of 200"), else None (a level).
    role: str | None = None


def _mask_long_numbers(text: str) -> str:
    return _LONG_DIGITS.sub(lambda m: "#" * len(m.group()), text)


#: Units a figure must carry to be compared with a fact in them: "nine jewels" is not €88 million.
MEASURED_UNITS = (
    frozenset(CURRENCY_SYMBOLS.values())
    | frozenset(CURRENCY_PREFIXES.values())
    | frozenset(CURRENCY_WORDS.values())
    | frozenset(UNIT_WORDS.values())
    | {"pound-mass", "delta degree Celsius", "delta degree Fahrenheit"}
)


def _raw_quantities(text: str) -> list[Reading]:
    """Our readers first, in order of trust; then quantulum3's readings that overlap none of them."""
    masked = _mask_long_numbers(text)
    found: list[Reading] = []
    covered = bytearray(len(masked) + 1)  # positions inside a reading or a rank: C-speed overlap tests

    def free(start: int, end: int) -> bool:
        return covered.find(1, start, max(end, start + 1)) == -1

    def cover(start: int, end: int) -> None:
        covered[start:end] = b"\x01" * (end - start)

    readers = (
        point_fractions,
        slash_fractions,
        digit_figures,
        fraction_words,
        written_figures,
        lone_fractions,
        lone_half,
        a_currency,
        a_unit,
    )
    for reader in readers:
        if reader is written_figures:  # a rank in words ("twenty-first") is no number, unless in a fraction
            for span in [span for span in ranks(masked) if free(*span)]:
                cover(*span)
        fresh = [r for r in reader(masked) if free(r.start, r.end)]
        for reading in fresh:
            cover(reading.start, reading.end)
        found += fresh
    if _word_outside(masked, found):  # quantulum3 only for a number word none of ours read ("1.2 million" is ours)
        found += [r for r in quantulum_figures(masked) if free(r.start, r.end)]
    return sorted((r for r in found if not _pronoun_one(masked, r)), key=lambda r: r.start)


def _word_outside(text: str, found: list[Reading]) -> bool:
    """A number word of ``text`` that no reading covers; linear in the text (a 20,000-word run of
    "one" is read once, not against every reading)."""
    spans = sorted((r.start, r.end) for r in found)
    starts = [start for start, _ in spans]
    for match in WRITTEN_NUMBER.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index < 0 or spans[index][1] < match.end():
            return True
    return False


_ONE_PRONOUN = re.compile(ONE_PRONOUN_BEFORE, re.IGNORECASE)


def _pronoun_one(text: str, reading: Reading) -> bool:
    """ "the one you mentioned", "which one": "one" as a pronoun, not a count."""
    if text[reading.start : reading.end].lower() != "one":
        return False
    return _ONE_PRONOUN.search(text, max(0, reading.start - 12), reading.start) is not None


def find_quantities(text: str) -> list[QuantityMention]:
    """Every number in ``text`` with its hedge and sign applied.

    Two numbers joined as "from 1,000 to over 6,000" or "1,000-6,000" become
    one range mention.
    """
    mentions: list[QuantityMention] = []
    for reading in join_readings(_raw_quantities(text), text):
        start, end, interval, unit = reading.start, reading.end, reading.interval, reading.unit
        before = text[max(0, start - LOOK_BACK) : start]
        negative, shown = read_negative(before)
        if negative and interval.low >= 0:
            interval, start = negated(interval), start - shown
            before = text[max(0, start - LOOK_BACK) : start]
        hedge, hedge_length = read_hedge(before)
        after, after_end = read_hedge_after(text, end)
        if after is not None and hedge in (None, "approximately", "exactly"):
            hedge, end = after, after_end  # "about 500 or more" is at least 500, "equal to 5000 or less" at most
        mention_start = start - hedge_length
        opener = opener_before(text, mention_start)
        if opener and hedge is None:
            mention_start = opener.start() + (1 if opener.group()[:1].isspace() else 0)
        changing = CHANGE_BEFORE.search(text, max(0, mention_start - LOOK_BACK), mention_start)
        role = "change" if changing else None
        if role == "change":
            unit = as_difference(unit)  # "rose by 2°C" is a difference of temperature
        quantity = Quantity(apply_hedge(interval, hedge), unit, text[mention_start:end])
        mentions.append(QuantityMention(mention_start, end, quantity, hedge, role))
    return _bounded(mentions, text)


_BOUNDS_JOINER = re.compile(r"^\s*(?:,|,?\s*(?:and|but))\s*$", re.IGNORECASE)
_LOWER_BOUNDS = frozenset({"more", "at_least"})
_UPPER_BOUNDS = frozenset({"less", "at_most"})


def _bounded(mentions: list[QuantityMention], text: str) -> list[QuantityMention]:
    """A lower and an upper bound joined by "and" or "but" are one interval: "more than 100 but fewer
    than 200", "at least 20 and at most 100" (the two bounds of one count)."""
    merged: list[QuantityMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and _bounds_pair(previous, mention, text):
            low = max(previous.quantity.interval.low, mention.quantity.interval.low)
            high = min(previous.quantity.interval.high, mention.quantity.interval.high)
            if low <= high:
                quantity = Quantity(Interval(low, high), previous.quantity.unit, text[previous.start : mention.end])
                merged[-1] = QuantityMention(previous.start, mention.end, quantity, "between", previous.role)
                continue
        merged.append(mention)
    return merged


def _bounds_pair(first: QuantityMention, second: QuantityMention, text: str) -> bool:
    kinds = {first.hedge, second.hedge}
    return (
        len(kinds & _LOWER_BOUNDS) == 1
        and len(kinds & _UPPER_BOUNDS) == 1
        and first.quantity.unit == second.quantity.unit
        and _BOUNDS_JOINER.match(text[first.end : second.start]) is not None
    )


def parse_fact_quantity(value: object) -> Quantity:
    """Read the ``quantity:`` of a fact; raise ValueFormatError naming the accepted forms."""
    if isinstance(value, bool) or value is None:
        raise ValueFormatError(f"cannot read {value!r} as a quantity; write {QUANTITY_FORMS}")
    if isinstance(value, (int, float)):
        number = float(value)
        return Quantity(Interval(number, number), None, f"{value:,}")
    if not isinstance(value, str):
        raise ValueFormatError(f"cannot read a list or mapping as a quantity; write {QUANTITY_FORMS}")
    text = str(value).strip()
    if not text:
        raise ValueFormatError(f"the quantity is empty; write {QUANTITY_FORMS}")
    _check_range_order(text)
    mentions = find_quantities(text)
    if len(mentions) != 1 or mentions[0].hedge is not None:
        raise ValueFormatError(f"cannot read '{text}' as one quantity; write {QUANTITY_FORMS}")
    before, after = text[: mentions[0].start], text[mentions[0].end :]
    unit = mentions[0].quantity.unit
    if unit is None and not before.strip() and _UNIT_NAME.match(after):
        unit = after.strip().lower()  # "300 km": compared with figures in km or with no unit
    elif re.search(r"\w", before + after):
        raise ValueFormatError(
            f"cannot read '{text}' as a quantity: only part of it is a number; write {QUANTITY_FORMS}"
        )
    return Quantity(mentions[0].quantity.interval, unit, text)


def _check_range_order(text: str) -> None:
    parts = re.split(r"\s*(?:–|—|-|\bto\b|\band\b)\s*", re.sub(r"^\s*between\s+", "", text, flags=re.I))
    if len(parts) != 2:
        return
    numbers = [_plain_number(part) for part in parts]
    low, high = numbers
    if low is not None and high is not None and low > high:
        raise ValueFormatError(f"the range '{text}' starts above where it ends; write the smaller number first")


def _plain_number(text: str) -> float | None:
    cleaned = re.sub(r"[^\d.]", "", text.replace(",", ""))
    try:
        return float(cleaned) if cleaned else None
    except ValueError:
        return None


def parse_tolerance(value: object) -> tuple[float, float]:
    """Read ``tolerance:`` as (relative, absolute): "5%" is (0.05, 0), "500" is (0, 500)."""
    if isinstance(value, bool) or value is None:
        raise ValueFormatError(f"cannot read {value!r} as a tolerance; write a percentage like 5% or a number like 500")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueFormatError("a tolerance cannot be negative")
        return 0.0, float(value)
    match = _TOLERANCE.match(str(value).replace(",", ""))
    if not match:
        raise ValueFormatError(f"cannot read '{value}' as a tolerance; write a percentage like 5% or a number like 500")
    number = float(match.group(1))
    return (number / 100.0, 0.0) if match.group(2) else (0.0, number)
