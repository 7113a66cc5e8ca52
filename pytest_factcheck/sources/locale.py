"""A source's date convention: day first ("4/11/2024" is 4 November) or month first."""

from __future__ import annotations

from ..lexicon import sources as lexicon
from .document import DateOrder


def city_date_order(city: str | None) -> DateOrder | None:
    """The date order newsrooms of a dateline city use, if the city is known."""
    if city is None:
        return None
    name = " ".join(city.replace(".", " ").split()).lower()
    if name in lexicon.MONTH_FIRST_CITIES:
        return "MDY"
    if name in lexicon.DAY_FIRST_CITIES:
        return "DMY"
    return None
