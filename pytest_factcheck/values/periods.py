"""Named periods ("the Cold War", "the Victorian era"), as the years they cover."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.dates import PERIODS
from .date_values import DateMention, years_value

_PERIOD_PATTERN = re.compile(
    r"\b(?:the\s+)?(?P<name>" + "|".join(f"(?:{p})" for p in PERIODS) + r")(?:[\s-]+(?:era|period|years))?\b",
    re.IGNORECASE,
)
_COMPILED_PERIODS = [(re.compile(p, re.IGNORECASE), years) for p, years in PERIODS.items()]


def named_periods(text: str) -> Iterator[DateMention]:
    for match in _PERIOD_PATTERN.finditer(text):
        name = match["name"]
        for pattern, (first, last) in _COMPILED_PERIODS:
            if pattern.fullmatch(name):
                yield DateMention(match.start(), match.end(), match.group(), years_value(first, last, match.group()))
                break
