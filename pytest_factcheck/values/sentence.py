"""One sentence's values: its dates and its quantities, with overlaps between them resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Quantity
from .dates import DateMention, find_dates
from .quantities import QuantityMention, find_quantities

#: A weekday just before an explicit date names the same day: "Tuesday, Oct. 29".
_WEEKDAY_BEFORE_DATE = re.compile(r"^\s*,?\s*$")


@dataclass(frozen=True)
class SentenceValues:
    """What :func:`find_values` reads in a sentence, each list in text order."""

    dates: list[DateMention]
    quantities: list[QuantityMention]


def _mask(text: str, dates: list[DateMention]) -> str:
    """``text`` with every date's characters replaced, offsets kept, so that no number is read inside a date."""
    pieces: list[str] = []
    last = 0
    for mention in dates:
        pieces.append(text[last : mention.start])
        pieces.append("\u2063" * (mention.end - mention.start))
        last = mention.end
    pieces.append(text[last:])
    return "".join(pieces)


def _explicit_dates_win(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Drop a relative weekday ("on Tuesday") that an explicit date right after it names exactly."""
    kept: list[DateMention] = []
    for index, mention in enumerate(dates):
        following = dates[index + 1] if index + 1 < len(dates) else None
        if (
            mention.resolve is not None
            and following is not None
            and following.value is not None
            and _WEEKDAY_BEFORE_DATE.match(text[mention.end : following.start])
            and re.search(r"day$", mention.text, re.IGNORECASE)
        ):
            continue
        kept.append(mention)
    return kept


def _in_text(mention: QuantityMention, text: str) -> Quantity:
    return Quantity(mention.quantity.interval, mention.quantity.unit, text[mention.start : mention.end])


def find_values(text: str, *, date_order: str | None = None) -> SentenceValues:
    """The dates and the quantities of ``text``; a span read as a date is never also read as a number.

    "On March 3 500 protesters" is the date March 3 and the count 500; "2013-14" is a fiscal year;
    "rose 5% to 1,200 units" is a change of 5% and a level of 1,200.
    """
    dates = _explicit_dates_win(text, find_dates(text, date_order=date_order))
    quantities = find_quantities(_mask(text, dates)) if dates else find_quantities(text)
    restored = [QuantityMention(m.start, m.end, _in_text(m, text), m.hedge, m.role) for m in quantities]
    return SentenceValues(dates, restored)
