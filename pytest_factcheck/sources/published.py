"""Publication dates read from the source itself, and where each came from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon import dates as date_words
from ..values import find_dates

#: A wire dateline: an optional city, a date, a dash ("SEOUL, Nov. 4, 2024 —", "4 November 2024 -").
_DATELINE = re.compile(
    r"[ \t]*(?:(?P<city>[A-Z][A-Za-z.'’/ -]{1,40}?)(?:\s*\([^)\n]*\))?,[ \t]+)?"
    r"(?P<date>[^–—\-\n]{4,40}?)[ \t]*[–—-]{1,2}\s"
)
#: A dateline is looked for on this many first non-blank lines (after a headline and a byline).
_DATELINE_LINES = 6


#: A line above the dateline is a headline or a byline: short, not a sentence of the story.
_HEADING_LENGTH = 150


def _heading(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= _HEADING_LENGTH and not stripped.endswith((".", ",", ";"))


@dataclass(frozen=True)
class Dateline:
    day: dt.date
    city: str | None


def read_publication_date(text: str) -> dt.date | None:
    """A full calendar day from a front-matter value or a dateline, else None."""
    stripped = text.strip()
    try:
        return dt.date.fromisoformat(stripped[:10])
    except ValueError:
        pass
    for mention in find_dates(stripped):
        value = mention.value
        if value is not None and value.precision == "day" and not value.recurring:
            return value.start
    return None


def _dateline_day(text: str) -> dt.date | None:
    """The day a dateline's date part gives: a full date, alone but for a weekday ("Monday, Nov. 4, 2024")."""
    stripped = text.strip()
    for mention in find_dates(stripped):
        value = mention.value
        before = stripped[: mention.start].strip(" ,").lower()
        alone = (not before or before in date_words.WEEKDAYS) and not stripped[mention.end :].strip(" ,")
        if alone and value is not None and value.precision == "day" and not value.recurring:
            return value.start
    return None


def find_dateline(prose: str) -> Dateline | None:
    """The dateline at the top of an article, also below its headline or byline."""
    seen = 0
    for line in prose[:2000].split("\n"):
        if not line.strip():
            continue
        match = _DATELINE.match(line + "\n")
        if match:
            day = _dateline_day(match.group("date"))
            if day is not None:
                return Dateline(day, match.group("city"))
        seen += 1
        if seen >= _DATELINE_LINES or not _heading(line):
            break
    return None


def dateline_date(prose: str) -> dt.date | None:
    """The date of a wire dateline at the top: "SEOUL, Nov. 4, 2024 —"."""
    found = find_dateline(prose)
    return found.day if found else None
