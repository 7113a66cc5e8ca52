"""Figures side by side read as one value or as two: a range ("14,000-15,000", "from 1,000 to 6,000",
"8- to 16-metre"), an amount with its hundredths ("3 dollars 50 cents"), a compound measure ("5 feet 2
inches"), a unit shared along a list ("45 and 50 mg"); and what keeps two figures apart ("rose 5% to
1,200 units" is a change and a level).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.numbers import (
    CENTS_AFTER,
    CHANGE_WORDS,
    COMPOUND_MEASURES,
    CURRENCY_FRACTIONS,
    CURRENCY_WORDS,
    SCALE_WORDS,
)
from ..lexicon.reading import AGE_BEFORE
from ..model import Interval
from .numbers import Reading

_RANGE_JOINER = re.compile(
    r"^\s*(?:-\s+(?=to\b))?(?:to|and|[-–—‐]|or|through)\s*"
    r"(?:(?:more than|over|almost|nearly|about|around|up to|as many as|minus|negative)\s+)?$",
    re.IGNORECASE,
)
_RANGE_OPENER = re.compile(r"(?:^|\s)(?:from|between)\s*(?:(?:minus|negative)\s+)?$", re.IGNORECASE)
#: A negative word just before one end of a range ("between minus 5 and 10"): that end only is negative.
_NEGATIVE_END = re.compile(r"(?:^|\s)(?:minus|negative)\s+$", re.IGNORECASE)
#: "aged six and eight": two ages listed after an age word are read as one mention, so that the age word
#: marks both (the mention starts at the first figure, not at the word).
_AGES_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in AGE_BEFORE) + r")\s+$", re.IGNORECASE)
#: How far before a number a hedge or range opener ("between") is looked for.
LOOK_BACK = 64
CHANGE_BEFORE = re.compile(r"(?:^|[^\w])(?:" + CHANGE_WORDS + r")\s+(?:by\s+)?(?:some\s+|about\s+|around\s+)?$", re.I)


def opener_before(text: str, position: int) -> re.Match[str] | None:
    """A range opener ("from", "between") just before ``position``; the look is
    bounded, so that a text with thousands of numbers is not rescanned per number."""
    return _RANGE_OPENER.search(text, max(0, position - LOOK_BACK), position)


def _joinable(text: str, first: Reading, second: Reading) -> bool:
    """Whether two figures in a row are one range ("14,000-15,000", "from 1,000 to 6,000")."""
    between = text[first.end : second.start]
    if not _RANGE_JOINER.match(between) or not (first.unit == second.unit or None in (first.unit, second.unit)):
        return False
    if first.unit != second.unit and first.unit == "percentage":
        return False  # "rose 5% to 1,200 units": a change and a level, not a range ("5-10%" is one)
    if CHANGE_BEFORE.search(text, max(0, first.start - LOOK_BACK), first.start) and between.strip() == "to":
        return False  # "rose 200 to 1,200": the change, then the level reached
    if between.strip() == "—" and between != between.strip():
        return False  # a spaced em dash breaks a clause ("Jan. 2, 2025 — 36,000 people")
    if between.strip() in ("-", "‐") and second.interval.low < 0 <= first.interval.low:
        return False
    if between in ("-", "/") and _in_chain(text, first, second):
        return False  # "+1-222-2222-2222", "1111-22223333-4444": a phone number or a code, not a range
    suspended = between.strip() == "- to"  # "8- to 16-metre", "a 320- to 640-inch telescope"
    if between.strip().lower() == "and" and _AGES_BEFORE.search(text, max(0, first.start - 24), first.start):
        return True
    return bool(opener_before(text, first.start) or suspended or between.strip() in ("-", "–", "—", "to", "through"))


_CENTS_GAP = re.compile(CENTS_AFTER + "$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_CURRENCIES = frozenset(CURRENCY_WORDS.values()) | frozenset(name for name, _ in CURRENCY_FRACTIONS.values())


def _cents_of(text: str, whole: Reading, part: Reading) -> float | None:
    """The hundredths ``part`` adds to the whole amount ``whole``: "3 dollars 50 cents", "thirteen dollars
    and forty-five cents", and a bare 1-99 ending the clause after a currency word ("15 dollars 50")."""
    if whole.unit not in _CURRENCIES or not _CENTS_GAP.match(text[whole.end : part.start]):
        return None
    value, cents = whole.interval.low, part.interval.low
    if value != whole.interval.high or value != int(value) or value < 0 or part.interval.high != cents:
        return None
    if part.unit == whole.unit and 0 < cents < 1 and round(cents * 100) == round(cents * 100, 6):
        return cents
    written_after = text[whole.end - 1 : whole.end].isalpha()
    if part.unit is None and written_after and cents == int(cents) and 0 < cents < 100:
        return cents / 100 if _CLAUSE_END.match(text, part.end) else None
    return None


def _part_of(text: str, whole: Reading, part: Reading) -> float | None:
    """What ``part`` adds to ``whole`` when the two are one amount or measure ("3 dollars 50 cents",
    "5 feet 2 inches", "7 pounds 4 ounces"), in ``whole``'s unit; None when they are two figures."""
    factor = COMPOUND_MEASURES.get((whole.unit or "", part.unit or ""))
    if factor is None:
        cents = _cents_of(text, whole, part)
        return cents if cents is not None else _below_scale(text, whole, part)
    if not _CENTS_GAP.match(text[whole.end : part.start]) or whole.interval.low != whole.interval.high:
        return None
    return part.interval.low * factor if part.interval.low == part.interval.high else None


_SCALE_END = re.compile(r"(?:hundred|thousand|million|billion|trillion|lakh|crore)$", re.IGNORECASE)
_BELOW_SCALE_GAP = re.compile(r"\s+(?:and\s+)?$", re.IGNORECASE)


def _below_scale(text: str, whole: Reading, part: Reading) -> float | None:
    """ "3 hundred and 21", "4 thousand 3 hundred": digits with a scale word, then a figure below that
    scale, are one number (as "four thousand three hundred" is); without "and" only before another
    scale word."""
    scale = _SCALE_END.search(text, whole.start, whole.end)
    gap = text[whole.end : part.start]
    if scale is None or scale.end() != whole.end or whole.unit is not None or not _BELOW_SCALE_GAP.match(gap):
        return None
    if "and" not in gap.lower() and not _SCALE_END.search(text, part.start, part.end):
        return None  # "4 thousand 3 hundred" is one number, "5 million 200 people" two
    value = part.interval.low
    if value != part.interval.high or not 0 < value < SCALE_WORDS[scale.group().lower()] or value != int(value):
        return None
    return value


def _with_parts(raw: list[Reading], text: str) -> list[Reading]:
    joined: list[Reading] = []
    for reading in raw:
        previous = joined[-1] if joined else None
        cents = None if previous is None else _part_of(text, previous, reading)
        if previous is not None and cents is not None:
            value = previous.interval.low + cents
            joined[-1] = Reading(previous.start, reading.end, Interval(value, value), previous.unit or reading.unit)
        else:
            joined.append(reading)
    return joined


def _signed(text: str, reading: Reading, since: int) -> Interval:
    """``reading``'s interval, negated when a negative word stands just before it (after ``since``)."""
    interval = reading.interval
    if interval.low >= 0 and _NEGATIVE_END.search(text, max(since, reading.start - 12), reading.start):
        return Interval(-interval.high, -interval.low)
    return interval


_CHAIN_BEFORE = re.compile(r"[\d+][-/]\Z")
_CHAIN_AFTER = re.compile(r"[-/]\d")


def _in_chain(text: str, first: Reading, second: Reading) -> bool:
    """Whether the two are links of a chain of three or more figures joined by hyphens or slashes."""
    before = _CHAIN_BEFORE.search(text, max(0, first.start - 2), first.start)
    return before is not None or _CHAIN_AFTER.match(text, second.end) is not None


def _joined(raw: list[Reading], text: str) -> Iterator[Reading]:
    index = 0
    while index < len(raw):
        reading = raw[index]
        if index + 1 < len(raw) and _joinable(text, reading, raw[index + 1]):
            other = raw[index + 1]
            one, two = _signed(text, reading, 0), _signed(text, other, reading.end)
            low, high = min(one.low, two.low), max(one.high, two.high)
            reading = Reading(reading.start, other.end, Interval(low, high), reading.unit or other.unit)
            index += 1
        elif index + 1 < len(raw) and _shares_unit(text, reading, raw[index + 1]):
            reading = Reading(reading.start, reading.end, reading.interval, raw[index + 1].unit)
        yield reading
        index += 1


_LIST_JOINER = re.compile(r"^\s+(?:and|or)\s+$", re.IGNORECASE)


def _shares_unit(text: str, first: Reading, second: Reading) -> bool:
    """ "45 and 50 mg", "5 or 10%": a bare figure listed before a larger figure in a measured unit shares
    that unit (not money, whose mark is written on each figure; "lost 5,000 and 60% of its tanks" is a
    count and a share)."""
    if first.unit is not None or second.unit is None or second.unit in _CURRENCIES:
        return False
    if not 0 <= first.interval.high <= second.interval.low:
        return False
    return _LIST_JOINER.match(text[first.end : second.start]) is not None


def join_readings(raw: list[Reading], text: str) -> Iterator[Reading]:
    """``raw`` (in text order) with amounts and their parts made one, then ranges made one."""
    return _joined(_with_parts(raw, text), text)
