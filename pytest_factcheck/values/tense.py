"""Whether a date is said of the future: "will meet Friday", "I'll be out this week", but not "officials said
Tuesday the union will strike" (the reporting verb puts the weekday in the past)."""

from __future__ import annotations

import re

from ..lexicon.dates import FUTURE_MARKERS, PAST_REPORTING_VERBS


def _future_marker(marker: str) -> str:
    """A future word as a pattern; "'ll" is a word's ending ("I'll"), so it needs no boundary before it."""
    pattern = re.escape(marker).replace(r"\ ", r"\s+")
    return pattern if marker[0] in "'’" else r"(?:^|(?<=\W))" + pattern


_FUTURE = re.compile("(?:" + "|".join(_future_marker(m) for m in FUTURE_MARKERS) + r")\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:" + "|".join(PAST_REPORTING_VERBS) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _sentence_start(match: re.Match[str]) -> int:
    """Where the sentence of ``match`` starts, when the text given holds several."""
    starts = [m.end() for m in _SENTENCE_END.finditer(match.string, 0, match.start())]
    return starts[-1] if starts else 0


def is_future(match: re.Match[str]) -> bool:
    """Whether the weekday of ``match`` is said of the future: a future word ("will", "is scheduled") comes
    before it in its sentence, after any reporting verb ("officials said Tuesday the union will strike" is past)."""
    before = match.string[_sentence_start(match) : match.start()]
    futures = [m.start() for m in _FUTURE.finditer(before)]
    if not futures:
        return False
    reported = [m.start() for m in _REPORTING.finditer(before)]
    return not reported or futures[-1] > reported[-1]
