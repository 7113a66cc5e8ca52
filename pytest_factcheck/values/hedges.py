"""Hedges: the words and signs around a figure that make it an interval ("around", "more than",
"> 50", "≤ 5%", "50 or more", "10,000+"), and the words that make it negative ("minus 5", "a loss of")."""

from __future__ import annotations

import math
import re

from ..lexicon.numbers import HEDGE_SIGNS, HEDGES_AFTER, NEGATIVE_BEFORE
from ..model import Interval

#: Half-width of "around 15,000" as a fraction of the value.
APPROXIMATE_MARGIN = 0.05
#: How far below the value "nearly 15,000" may reach.
NEARLY_MARGIN = 0.10

#: "less than or equal to", "bigger or equal than": a bound that includes the figure.
_OR_EQUAL = r"\s+(?:than\s+)?or\s+equal\s+(?:than|to)"
_HEDGES: tuple[tuple[str, str], ...] = (
    (
        r"(?:less|fewer|smaller|lower)"
        + _OR_EQUAL
        + r"|up to|as many as|as much as|at most|no more than|a maximum of|not more than",
        "at_most",
    ),
    (
        r"(?:more|greater|bigger|larger|higher)"
        + _OR_EQUAL
        + r"|at least(?:\s+or\s+equal\s+to)?|no (?:fewer|less) than|a minimum of|not less than",
        "at_least",
    ),
    (
        r"(?:more|greater|bigger|larger|higher) than|over|above|upwards? of|in excess of|exceed(?:s|ed|ing)?|"
        r"surpass(?:es|ed|ing)?|topp(?:ed|ing)|north of",
        "more",
    ),
    (r"(?:fewer|less|smaller|lower) than|under|below", "less"),
    (r"nearly|almost|close to|just (?:under|shy of)|approaching", "nearly"),
    (r"exactly|precisely|(?:is|are|was|were)?\s*equal to|equals(?: to)?|equall?ing(?: to)?", "exactly"),
    (
        r"around|about|some|approximately|roughly|an estimated|estimated|an approximate|circa|"
        r"approx\.?|c\.|~|about|more or less|in the region of|on the order of|nearly about",
        "approximately",
    ),
)
_SIGNS = "|".join(re.escape(s) for s in sorted(HEDGE_SIGNS, key=len, reverse=True))
_HEDGE_PATTERNS = (
    (re.compile(r"(?:^|[\s(\"'“‘])(?:" + words + r")\s*$", re.IGNORECASE), kind) for words, kind in _HEDGES
)
_SIGN_BEFORE = re.compile(r"(?:^|[\s(\"'“‘])(?P<sign>" + _SIGNS + r")\s*$")
_PATTERNS = tuple(_HEDGE_PATTERNS)
_AFTER = tuple((re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in HEDGES_AFTER)
_NEGATIVE_BEFORE = re.compile(r"(?:^|[^\w])(?P<words>" + NEGATIVE_BEFORE + r")\s+$", re.IGNORECASE)
#: Negative words shown as part of the figure ("minus 5"); "a loss of" stays outside it.
_SHOWN_NEGATIVE = ("minus", "negative")


def read_hedge(before: str) -> tuple[str | None, int]:
    """The hedge that ends ``before`` (the text just before a number) and its length."""
    tail = before[-40:]
    sign = _SIGN_BEFORE.search(tail)
    if sign:
        return HEDGE_SIGNS[sign["sign"]], len(tail) - sign.start("sign")
    for pattern, kind in _PATTERNS:
        match = pattern.search(tail)
        if match:
            leading = len(match.group()) - len(match.group().lstrip(" \t\n(\"'“‘"))
            return kind, len(tail) - match.start() - leading
    return None, 0


def read_hedge_after(text: str, position: int) -> tuple[str | None, int]:
    """A hedge written right after a figure ("or more", "+") and where it ends."""
    for pattern, kind in _AFTER:
        match = pattern.match(text, position)
        if match:
            return kind, match.end()
    return None, position


def read_negative(before: str) -> tuple[bool, int]:
    """Whether ``before`` ends in a negative word ("minus", "a loss of"), and how much of it the figure shows."""
    match = _NEGATIVE_BEFORE.search(before[-40:])
    if match is None:
        return False, 0
    shown = match["words"].lower() in _SHOWN_NEGATIVE
    return True, (len(before[-40:]) - match.start("words")) if shown else 0


def negated(interval: Interval) -> Interval:
    return Interval(-interval.high, -interval.low)


def apply_hedge(interval: Interval, hedge: str | None) -> Interval:
    """The interval a hedged figure claims: "more than 5" excludes 5, "around" widens by APPROXIMATE_MARGIN."""
    low, high = interval.low, interval.high
    floor = min(0.0, low)  # "up to -3%" reaches down to nothing, not to zero
    if hedge == "more":
        return Interval(math.nextafter(high, math.inf), math.inf)
    if hedge == "at_least":
        return Interval(low, math.inf)
    if hedge == "at_most":
        return Interval(floor if low >= 0 else -math.inf, high)
    if hedge == "less":
        return Interval(floor if low >= 0 else -math.inf, math.nextafter(low, -math.inf))
    if hedge == "nearly":
        return Interval(low - abs(low) * NEARLY_MARGIN, high)
    if hedge == "approximately":
        return Interval(low - abs(low) * APPROXIMATE_MARGIN, high + abs(high) * APPROXIMATE_MARGIN)
    return interval


def _unwiden(value: float, margin: float, *, low_end: bool) -> float:
    """``value`` before ``apply_hedge`` moved it outward by ``margin`` of itself."""
    outward = (value < 0) == low_end
    return value / (1 + margin) if outward else value / (1 - margin)


def unhedged(interval: Interval, hedge: str | None) -> Interval:
    """The figure as written before ``hedge`` made it an interval: the inverse of :func:`apply_hedge`
    ("more than 5" is 5, "around 100" is 100). Comparisons use the hedged interval; this is for
    peers whose readers resolve the stated figure only."""
    low, high = interval.low, interval.high
    if hedge in ("more", "at_least"):
        stated = math.nextafter(low, -math.inf) if hedge == "more" else low
        return Interval(stated, stated)
    if hedge in ("less", "at_most", "nearly"):
        stated = math.nextafter(high, math.inf) if hedge == "less" else high
        return Interval(stated, stated)
    if hedge == "approximately":
        return Interval(
            _unwiden(low, APPROXIMATE_MARGIN, low_end=True), _unwiden(high, APPROXIMATE_MARGIN, low_end=False)
        )
    return interval
