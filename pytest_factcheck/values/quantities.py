"""Reading numbers and amounts as intervals.

quantulum3 finds the numbers (separators, written numbers, ranges, units and
currencies); hedges it drops ("around", "more than", "up to") are read here
from the words just before each number and widen the interval accordingly.
"""

from __future__ import annotations

import functools
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..errors import ValueFormatError
from ..lexicon.numbers import CHANGE_WORDS
from ..lexicon.numbers import CURRENCY_SYMBOLS as _CURRENCY_SYMBOLS
from ..lexicon.numbers import SCALES as _SCALES
from ..lexicon.numbers import SMALL_NUMBERS as _SMALL_NUMBERS
from ..lexicon.numbers import UNIT_WORDS as _UNIT_WORDS
from ..model import Interval, Quantity

#: Half-width of "around 15,000" as a fraction of the value.
APPROXIMATE_MARGIN = 0.05
#: How far below the value "nearly 15,000" may reach.
NEARLY_MARGIN = 0.10
#: quantulum3's regular expressions slow down badly on long digit runs, also
#: when the digits are grouped ("999,999,999,…"); a run of more digits than
#: this is never a news figure, so it is masked before parsing.
LONGEST_NUMBER = 18
#: Text is handed to quantulum3 in pieces of at most this many characters.
CHUNK = 1500

QUANTITY_FORMS = (
    'a number ("266", "14,000", "1.2 million", "fifteen thousand"), a range ("14,000–15,000", '
    '"between 14,000 and 15,000") or an amount with a unit ("$6.25 billion", "4.5%", "300 km")'
)

_HEDGES: tuple[tuple[str, str], ...] = (
    (r"up to|as many as|as much as|at most|no more than|a maximum of|not more than", "at_most"),
    (r"at least|no (?:fewer|less) than|a minimum of|not less than", "at_least"),
    (r"(?:more|greater|higher) than|over|above|upwards? of|in excess of|exceeding|north of", "more"),
    (r"(?:fewer|less) than|under|below", "less"),
    (r"nearly|almost|close to|just (?:under|shy of)|approaching", "nearly"),
    (
        r"around|about|some|approximately|roughly|an estimated|estimated|an approximate|circa|"
        r"approx\.?|c\.|~|about|more or less|in the region of|on the order of|nearly about",
        "approximately",
    ),
)
_HEDGE_PATTERNS = tuple(
    (re.compile(r"(?:^|[\s(\"'“‘])(?:" + words + r")\s*$", re.IGNORECASE), kind) for words, kind in _HEDGES
)
_RANGE_JOINER = re.compile(
    r"^\s*(?:to|and|[-–—‐]|or)\s*(?:(?:more than|over|almost|nearly|about|around|up to|as many as)\s+)?$",
    re.IGNORECASE,
)
_RANGE_OPENER = re.compile(r"(?:^|\s)(?:from|between)\s*$", re.IGNORECASE)
#: How far before a number a hedge or range opener ("between") is looked for.
_LOOK_BACK = 64
_LAST_SENTENCE_END = re.compile(r".*[.!?][\"'”’)\]]*\s", re.DOTALL)
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_LONG_DIGITS = re.compile(rf"\d(?:[,.]?\d){{{LONGEST_NUMBER},}}")
_NUMERAL = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|trillion|dozen|dozens|half)\b",
    re.IGNORECASE,
)
_WRITTEN_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)
_UNIT_NAME = re.compile(r"^\s+[A-Za-z]{1,15}(?:\s[A-Za-z]{1,15})?\s*$")
_CHANGE_BEFORE = re.compile(r"(?:^|[^\w])(?:" + CHANGE_WORDS + r")\s+(?:by\s+)?(?:some\s+|about\s+|around\s+)?$", re.I)
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


@functools.lru_cache(maxsize=1)
def _quantulum() -> ModuleType:
    """Import quantulum3 once; its first use loads unit tables (~2.7 s)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    module: ModuleType = parser
    return module


def _unit_of(parsed: object) -> str | None:
    unit = getattr(parsed, "unit", None)
    name = getattr(unit, "name", "dimensionless")
    return None if name in ("dimensionless", "") else str(name)


def _interval_of(parsed: Any) -> Interval:
    value = float(parsed.value)
    spread = getattr(parsed, "uncertainty", None)
    if spread:
        return Interval(value - float(spread), value + float(spread))
    return Interval(value, value)


def _mask_long_numbers(text: str) -> str:
    return _LONG_DIGITS.sub(lambda m: "#" * len(m.group()), text)


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``text`` cut into pieces of at most CHUNK characters, each with its offset.

    Cuts fall after a sentence end where one is near, else at a space, so that
    no number ("14,000") is cut in two and read as two.
    """
    start = 0
    while len(text) - start > CHUNK:
        low, limit = start + CHUNK // 2, start + CHUNK
        found = _LAST_SENTENCE_END.match(text, low, limit) or _LAST_SPACE.match(text, low, limit)
        cut = found.end() if found else limit
        yield start, text[start:cut]
        start = cut
    if start < len(text):
        yield start, text[start:]


@functools.lru_cache(maxsize=4096)
def _parse_piece(piece: str) -> tuple[tuple[int, int, Interval, str | None], ...]:
    """quantulum3's reading of one piece; cached, as archives repeat boilerplate
    and quantulum3 costs milliseconds per number."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = _quantulum().parse(piece)
    except Exception:  # quantulum3 raises assorted errors on odd text; such text has no figure to read
        return ()
    found: list[tuple[int, int, Interval, str | None]] = []
    for item in parsed:
        try:
            start, end = item.span
            interval = _interval_of(item)
        except (TypeError, ValueError, OverflowError):
            continue
        if any(math.isnan(v) for v in (interval.low, interval.high)):
            continue
        found.append((start, end, interval, _unit_of(item)))
    return tuple(found)


#: Units a figure must carry to be compared with a fact in them: "nine jewels" is not €88 million.
MEASURED_UNITS = frozenset(_CURRENCY_SYMBOLS.values()) | frozenset(_UNIT_WORDS.values())
_FIGURE = re.compile(
    r"(?P<cur>US\$|[$€£¥₩])?\s?"
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:\.\d+)?)"
    r"(?![\d,]*\d)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|m|k)\b)?"
    r"(?:\s?(?P<unit>%|per\s?cent\b|dollars?\b|euros?\b|pounds?\b|yen\b|won\b|r[ou]bles\b|"
    r"square\s+kilomet(?:re|er)s\b|sq\s+km\b|km\b|kilomet(?:re|er)s?\b|miles?\b|kg\b|kilograms\b|tonnes?\b|"
    r"tons\b|met(?:re|er)s\b|hectares\b|barrels\b))?",
    re.IGNORECASE,
)


def _figures(text: str) -> list[tuple[int, int, Interval, str | None]]:
    """Figures written with digits, read here: quantulum3 misreads common news
    forms ("a £3 billion loan", "the €650 billion ReArm plan")."""
    found: list[tuple[int, int, Interval, str | None]] = []
    for match in _FIGURE.finditer(text):
        if not (match["scale"] or match["unit"]) and re.match(
            r"[A-Za-z]", text[match.end("num") : match.end("num") + 1]
        ):
            continue  # "12th", "5G", "3D": not figures
        number = float(re.sub(r"[,\s\u00a0\u202f]", "", match["num"]))
        scale = (match["scale"] or "").lower()
        if scale in ("m", "k") and not match["cur"]:
            scale = ""  # "5 m" is five metres, "14k" is ambiguous without a currency
        value = number * _SCALES.get(scale, 1.0)
        unit_word = re.sub(r"\s+", " ", (match["unit"] or "").lower())
        unit = _CURRENCY_SYMBOLS.get((match["cur"] or "").lower()) or _UNIT_WORDS.get(unit_word)
        end = match.end() if (scale or unit_word) else match.end("num")
        start = match.start("cur") if match["cur"] else match.start("num")
        found.append((start, end, Interval(value, value), unit))
    return found


_WRITTEN_SCALED = re.compile(
    r"\b(?P<half>half\s+a\s+)?(?P<n>" + "|".join(k for k in _SMALL_NUMBERS if k != "several") + r")?\s*"
    r"(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)


def _written(text: str) -> list[tuple[int, int, Interval, str | None]]:
    """Written amounts quantulum3 misreads: "half a million", "a dozen", "two million"."""
    found: list[tuple[int, int, Interval, str | None]] = []
    for match in _WRITTEN_SCALED.finditer(text):
        if not (match["half"] or match["n"]):
            continue
        scale = 12.0 if match["scale"].lower() == "dozen" else _SCALES.get(match["scale"].lower(), 100.0)
        factor = 0.5 if match["half"] else float(_SMALL_NUMBERS[match["n"].lower()])
        found.append((match.start(), match.end(), Interval(factor * scale, factor * scale), None))
    return found


def _raw_quantities(text: str) -> list[tuple[int, int, Interval, str | None]]:
    """Digit figures from :func:`_figures`; written numbers ("fifteen thousand") from quantulum3."""
    masked = _mask_long_numbers(text)
    found = _figures(masked)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, _, _ in found)

    if _WRITTEN_NUMBER.search(masked):
        ours = _written(masked)
        # quantulum3 misreads "half a million" and "a dozen": ours win there.
        found += [w for w in ours if re.search(r"half|dozen", masked[w[0] : w[1]], re.IGNORECASE) and free(w[0], w[1])]
        for offset, piece in _pieces(masked):
            for start, end, interval, unit in _parse_piece(piece):
                start, end = offset + start, offset + end
                if not re.search(r"\d", masked[start:end]) and free(start, end):
                    found.append((start, end, interval, unit))
        found += [w for w in ours if free(w[0], w[1])]  # what quantulum3 missed ("Some two million")
    return sorted(found, key=lambda item: item[0])


def _apply_hedge(interval: Interval, hedge: str | None) -> Interval:
    low, high = interval.low, interval.high
    if hedge == "more":
        return Interval(math.nextafter(high, math.inf), math.inf)
    if hedge == "at_least":
        return Interval(low, math.inf)
    if hedge == "at_most":
        return Interval(0.0, high)
    if hedge == "less":
        return Interval(0.0, math.nextafter(low, -math.inf))
    if hedge == "nearly":
        return Interval(low * (1 - NEARLY_MARGIN), high)
    if hedge == "approximately":
        return Interval(low * (1 - APPROXIMATE_MARGIN), high * (1 + APPROXIMATE_MARGIN))
    return interval


def read_hedge(before: str) -> tuple[str | None, int]:
    """The hedge that ends ``before`` (the text just before a number) and its length."""
    tail = before[-40:]
    for pattern, kind in _HEDGE_PATTERNS:
        match = pattern.search(tail)
        if match:
            leading = len(match.group()) - len(match.group().lstrip(" \t\n(\"'“‘"))
            return kind, len(tail) - match.start() - leading
    return None, 0


def _opener_before(text: str, position: int) -> re.Match[str] | None:
    """A range opener ("from", "between") just before ``position``; the look is
    bounded, so that a text with thousands of numbers is not rescanned per number."""
    return _RANGE_OPENER.search(text, max(0, position - _LOOK_BACK), position)


def find_quantities(text: str) -> list[QuantityMention]:
    """Every number in ``text`` with its hedge applied.

    Two numbers joined as "from 1,000 to over 6,000" or "1,000-6,000" become
    one range mention.
    """
    raw = _raw_quantities(text)
    mentions: list[QuantityMention] = []
    index = 0
    while index < len(raw):
        start, end, interval, unit = raw[index]
        if index + 1 < len(raw):
            n_start, n_end, n_interval, n_unit = raw[index + 1]
            between = text[end:n_start]
            joinable = _RANGE_JOINER.match(between) and (unit == n_unit or None in (unit, n_unit))
            if joinable and unit != n_unit and "percentage" in (unit, n_unit):
                joinable = None  # "rose 5% to 1,200 units": a change and a level, not a range
            if joinable and _CHANGE_BEFORE.search(text, max(0, start - _LOOK_BACK), start) and between.strip() == "to":
                joinable = None  # "rose 200 to 1,200": the change, then the level reached
            # A spaced em dash breaks a clause ("Jan. 2, 2025 — 36,000 people"); it never joins a range.
            if between.strip() == "—" and between != between.strip():
                joinable = None
            if joinable and (_opener_before(text, start) or between.strip() in ("-", "–", "—", "to")):
                interval = Interval(min(interval.low, n_interval.low), max(interval.high, n_interval.high))
                unit = unit or n_unit
                end = n_end
                index += 1
        hedge, hedge_length = read_hedge(text[max(0, start - _LOOK_BACK) : start])
        opener = _opener_before(text, start - hedge_length)
        mention_start = start - hedge_length
        if opener and hedge is None:
            mention_start = opener.start() + (1 if opener.group()[:1].isspace() else 0)
        claimed = _apply_hedge(interval, hedge)
        surface = text[mention_start:end]
        if not _NUMERAL.search(text[start:end]):
            index += 1
            continue
        role = "change" if _CHANGE_BEFORE.search(text, max(0, mention_start - _LOOK_BACK), mention_start) else None
        mentions.append(QuantityMention(mention_start, end, Quantity(claimed, unit, surface), hedge, role))
        index += 1
    return mentions


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
