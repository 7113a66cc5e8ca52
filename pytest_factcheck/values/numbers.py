"""Figures as reporters write them, read as numbers with their unit: the readers quantulum3 is wrong on.

- digits with separators, a sign ("-0.3%", "−5"), a fraction ("2 1/2", "1½", "-4/5"), a scale ("10k",
  "$5bn", "1.2 million", "3 million and a half", "US$ 1MM") and a currency or unit before or after
  ("C$300 million", "10 €", "29,032-foot");
- "a" before a currency or a unit ("costs a dollar", "a gallon of beer"), "half" and fraction characters.

Numbers and fractions in words are read by :mod:`.written`.

Each reader returns :class:`Reading` values in text order; hedges and ranges are read by
:mod:`.quantities` around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon.numbers import (
    A_CURRENCY_WORDS,
    A_UNIT_WORDS,
    AND_A_PARTS,
    CAPITAL_ONLY_SCALES,
    CURRENCY_FRACTIONS,
    CURRENCY_WORDS,
    FRACTION_CHARACTERS,
    METRE_CONTEXT_AFTER,
    MONEY_ONLY_SCALES,
    SCALES,
    SLASH_DENOMINATORS,
    TIME_OF_DAY_AFTER,
    UNIT_FACTORS,
    UNIT_WORDS,
)
from ..model import Interval
from .money import PREFIX_PATTERN, currency_after, prefix_currency
from .units import read_unit


@dataclass(frozen=True)
class Reading:
    """One figure: where it is, the number (or range) it states, and its unit name (None: a count)."""

    start: int
    end: int
    interval: Interval
    unit: str | None


_FRACTIONS = "".join(FRACTION_CHARACTERS)
_SCALE_MARKS = "|".join(sorted(SCALES, key=len, reverse=True))
_DIGIT_FIGURE = re.compile(
    r"(?P<neg>(?<![\w.,)%\-−–—])[-−](?=\S))?"
    r"(?:(?P<cur>" + PREFIX_PATTERN + r")[ \u00a0]?(?P<neg2>[-−](?=\d))?)?"
    r"(?<![\d.,])(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]*\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"
    r"(?![\d,]*\d)"
    r"(?P<frac>[" + _FRACTIONS + r"]|[ \u00a0]{1,2}(?P<fn>\d)/(?P<fd>\d{1,2})(?![/\d]))?"
    r"(?:(?P<sp>[ \u00a0]?)(?P<scale>(?i:" + _SCALE_MARKS + r"))(?![A-Za-z\d²³])"
    r"(?P<and_a>\s+and\s+an?\s+(?P<part>half|quarter|third)\b)?)?"
)
#: Letters glued before a figure, or joined by a hyphen, that are a name ("MH17", "SCP-173"), not a scale
#: after a first figure ("5k-20k").
_NAME_BEFORE = re.compile(r"(?<![\d.,A-Za-z])[A-Za-z]+-?\Z")
_TIME_OF_DAY = re.compile(TIME_OF_DAY_AFTER, re.IGNORECASE)
_SLASH_FRACTION = re.compile(
    r"(?:(?P<neg>(?<![\w.,/)\-−])[-−])|(?<![\w.,/\-−]))(?<!\d[ \u00a0])(?<!\d[ \u00a0]{2})"
    r"(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![/\d])"
)
#: "half" alone is a fraction after a hedge or before "of" ("more than half", "half of voters"), not in
#: "half a million" (read with its scale), "a half-point cut" or "the second half".
_LONE_HALF = re.compile(
    r"(?:(?<=than )|(?<=over )|(?<=under )|(?<=nearly )|(?<=almost )|(?<=about )|(?<=least )|(?<=roughly )"
    r"|(?<!the )(?<!first )(?<!second )(?<!other )(?<!a )(?<!one )(?<!each )(?<![\w-])(?=half\s+of\b))"
    r"half\b(?![-\u2010])(?!\s+an?\b)",
    re.IGNORECASE,
)
_A_CURRENCY = re.compile(r"\ban?\s+(?P<word>" + "|".join(A_CURRENCY_WORDS) + r")\b(?![-'’])", re.IGNORECASE)
_LONE_FRACTION = re.compile(r"(?<![\d\w])[" + _FRACTIONS + "]")
_METRE_CONTEXT = re.compile(METRE_CONTEXT_AFTER, re.IGNORECASE)


def _scale_of(match: re.Match[str], text: str) -> float:
    """The factor the scale mark multiplies by, 1.0 when the mark is a unit ("5 m" is five metres)."""
    mark = match["scale"]
    if mark is None:
        return 1.0
    lowered = mark.lower()
    if lowered in CAPITAL_ONLY_SCALES and mark != mark.upper():
        return 1.0  # "10mm" is millimetres, "US$ 1MM" a million
    if lowered in MONEY_ONLY_SCALES and not match["cur"]:
        if lowered == "b" and not match["sp"] and "." in match["num"]:
            return SCALES["b"]  # "1.2b"; "5b" may be a name ("Form 5b")
        attached_million = mark == "M" or (lowered == "m" and not match["sp"])
        context = _METRE_CONTEXT.match(text, match.end())
        if not attached_million or (context and (mark != "M" or context.group().strip(" -").isalpha())):
            return 1.0  # "a 5m-high wall", "5m." are metres; "10M." is ten million, "100M sprint" metres
    return SCALES[lowered]


def _number(match: re.Match[str]) -> float:
    number = float(re.sub(r"[,\s\u00a0\u202f]", "", match["num"]))
    fraction = match["frac"]
    if fraction and fraction in FRACTION_CHARACTERS:
        number += FRACTION_CHARACTERS[fraction]
    elif fraction and 0 < int(match["fn"]) < int(match["fd"]):
        number += int(match["fn"]) / int(match["fd"])
    return number


def unit_after(text: str, start: int, position: int, *, scaled: bool, marks: bool) -> tuple[str, float, int] | None:
    """The currency or unit written at ``position`` after a figure: (name, factor, end)."""
    money = currency_after(text, start, position, scaled=scaled)
    if money is not None and (marks or money[2] - position > 2):
        return money
    unit = read_unit(text, position, attached_ok=marks)
    if unit is not None and (marks or len(text[position : unit[1]].strip()) > 2):
        name, factor = UNIT_FACTORS.get(unit[0], (unit[0], 1.0))
        return name, factor, unit[1]
    return None


def digit_figures(text: str) -> Iterator[Reading]:
    """Figures written with digits, with their sign, fraction, scale and unit or currency.

    A currency mark already read as the previous figure's ("17 USD 25") is not read again as this one's.
    """
    last_end = 0
    for match in _DIGIT_FIGURE.finditer(text):
        if match.start() < last_end:
            if match.start("num") < last_end:
                continue
            match = _DIGIT_FIGURE.match(text, match.start("num")) or match
        number = _number(match)
        if match["frac"] and match["fn"] and not 0 < int(match["fn"]) < int(match["fd"]):
            continue  # "3 4/3" is not a mixed number
        scale = _scale_of(match, text)
        after = match.end() if scale != 1.0 else match.end("frac") if match["frac"] else match.end("num")
        unit = prefix_currency(match["cur"]) if match["cur"] else None
        factor = 1.0
        suffix = None if unit else unit_after(text, match.start("num"), after, scaled=scale != 1.0, marks=True)
        if suffix is not None:
            unit, factor, after = suffix
        elif scale == 1.0 and re.match(r"[A-Za-z]", text[after : after + 1]):
            continue  # "12th", "5G", "3D": not figures
        if not (match["cur"] or match["neg"]) and _NAME_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "L2", "MH17", "G7", "SCP-173", "Covid-19": a name with a number in it
        if scale == 1.0 and not suffix and _TIME_OF_DAY.match(text, after):
            continue  # "at 2 pm", "2.13 a.m.": a time of day, not a figure
        negative = -1.0 if (match["neg"] or match["neg2"]) else 1.0
        if match["and_a"] and scale != 1.0:
            number += AND_A_PARTS[match["part"].lower()]
        value = negative * number * scale * factor
        start = match.start("neg") if match["neg"] else match.start("cur") if match["cur"] else match.start("num")
        last_end = after
        yield Reading(start, after, Interval(value, value), unit)


def slash_fractions(text: str) -> Iterator[Reading]:
    """A fraction written with a slash, with its unit: "a 1/4 mile oval", "3/4 of voters". Only a proper
    fraction with a usual denominator (SLASH_DENOMINATORS): "9/11" and "24/7" are not fractions."""
    for match in _SLASH_FRACTION.finditer(text):
        numerator, denominator = int(match["n"]), int(match["d"])
        if not 0 < numerator < denominator or denominator not in SLASH_DENOMINATORS:
            continue
        value, unit, end = (-1 if match["neg"] else 1) * numerator / denominator, None, match.end()
        suffix = unit_after(text, match.start(), end, scaled=False, marks=True)
        if suffix is not None:
            unit, factor, end = suffix
            value *= factor
        yield Reading(match.start(), end, Interval(value, value), unit)


_A_UNIT = re.compile(r"\ban?\s+(?P<word>" + "|".join(A_UNIT_WORDS) + r")\s+of\b", re.IGNORECASE)


def a_unit(text: str) -> Iterator[Reading]:
    """One unit of a measure written with "a" before "of": "a gallon of beer", "within a mile of"."""
    for match in _A_UNIT.finditer(text):
        yield Reading(match.start(), match.end("word"), Interval(1.0, 1.0), UNIT_WORDS[match["word"].lower()])


def a_currency(text: str) -> Iterator[Reading]:
    """One unit of a currency written with "a": "costs a dollar" ($1), "not a penny more" (£0.01)."""
    for match in _A_CURRENCY.finditer(text):
        word = match["word"].lower()
        name, value = CURRENCY_FRACTIONS.get(word) or (CURRENCY_WORDS[word], 1.0)
        yield Reading(match.start(), match.end(), Interval(value, value), name)


def lone_half(text: str) -> Iterator[Reading]:
    """ "more than half", "half of the voters": one half."""
    for match in _LONE_HALF.finditer(text):
        yield Reading(match.start(), match.end(), Interval(0.5, 0.5), None)


def lone_fractions(text: str) -> Iterator[Reading]:
    """A vulgar fraction standing alone: "½ of voters"."""
    for match in _LONE_FRACTION.finditer(text):
        value = FRACTION_CHARACTERS[match.group()]
        yield Reading(match.start(), match.end(), Interval(value, value), None)
