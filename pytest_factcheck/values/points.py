"""Fractions of a percentage point, the way rate decisions are written.

"a quarter of a percentage point", "three-quarters of a point", "half a point"
and "a half-point cut" give no digit and no unit word the other readers
know; here they are a fraction of a percentage point. A bare "point" after a
fraction is a percentage point: the phrase has no other use in news copy.
"""

from __future__ import annotations

import re

from ..lexicon.numbers import POINT_FRACTIONS
from ..model import Interval
from .numbers import Reading

_FRACTION = "|".join(sorted((re.escape(f).replace("\\ ", r"[\s-]") for f in POINT_FRACTIONS), key=len, reverse=True))
_POINT = r"(?:percentage[\s-])?point"
_POINT_FRACTION = re.compile(
    rf"\b(?:(?P<of>{_FRACTION})\s+of\s+a\s+{_POINT}|half\s+a\s+{_POINT}|(?P<adj>{_FRACTION})-{_POINT})\b",
    re.IGNORECASE,
)
_UNIT = "percentage point"


def point_fractions(text: str) -> list[Reading]:
    """Each fraction of a percentage point in ``text``."""
    readings = []
    for match in _POINT_FRACTION.finditer(text):
        words = match.group("of") or match.group("adj") or "half"
        value = POINT_FRACTIONS[re.sub(r"[\s-]+", " ", words.lower()).replace("three quarter", "three-quarter")]
        readings.append(Reading(match.start(), match.end(), Interval(value, value), _UNIT))
    return readings
