"""quantulum3, for the written figures our readers leave: loaded lazily, once (its first parse costs
~2.7 s; it is installed without its classifier), fed in pieces, and never trusted on digits."""

from __future__ import annotations

import functools
import math
import re
import warnings
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from ..lexicon.numbers import SCALE_WORDS, VERB_CURRENCY_WORDS
from ..model import Interval
from .numbers import Reading

#: Text is handed to quantulum3 in pieces of at most this many characters.
CHUNK = 1500
_LAST_SENTENCE_END = re.compile(r".*[.!?][\"'”’)\]]*\s", re.DOTALL)
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
#: A number word: the text quantulum3 is asked about, and what each of its readings must contain.
WRITTEN_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)


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


def quantulum_figures(masked: str) -> Iterator[Reading]:
    """Written figures quantulum3 reads; never a figure with digits (ours win there) nor one without a
    number word (quantulum3 reads "the quarter" as 0.25)."""
    for offset, piece in _pieces(masked):
        for start, end, interval, unit in _parse_piece(piece):
            start, end = offset + start, offset + end
            if not re.search(r"\d", masked[start:end]) and WRITTEN_NUMBER.search(masked[start:end]):
                yield _without_verb_unit(masked, Reading(start, end, interval, unit))


def _without_verb_unit(text: str, reading: Reading) -> Reading:
    """ "one won" is the verb, not a Korean won: a written figure keeps such a unit only with a scale."""
    words = text[reading.start : reading.end].lower().split()
    if len(words) < 2 or words[-1] not in VERB_CURRENCY_WORDS or any(w in SCALE_WORDS for w in words):
        return reading
    end = reading.start + len(text[reading.start : reading.end].rsplit(None, 1)[0])
    return Reading(reading.start, end, reading.interval, None)
