"""Reading numbers, amounts, units and dates as values, and comparing two values.

The readers call :func:`find_values` once per sentence; the facts file's side calls the
``parse_fact_*`` functions. One module per concern: :mod:`.quantities` (numbers and amounts),
:mod:`.dates` (dates, periods, relative dates), :mod:`.compare` (quantity against quantity),
:mod:`.sentence` (one sentence's values, overlaps resolved).
"""

from __future__ import annotations

from .compare import Comparison, canonical_unit, compare_quantity, precision_of
from .dates import DATE_FORMS, DateMention, compare_dates, find_dates, month_value, parse_fact_date
from .quantities import (
    MEASURED_UNITS,
    QUANTITY_FORMS,
    QuantityMention,
    find_quantities,
    parse_fact_quantity,
    parse_tolerance,
)
from .sentence import SentenceValues, find_values

__all__ = [
    "DATE_FORMS",
    "MEASURED_UNITS",
    "QUANTITY_FORMS",
    "Comparison",
    "DateMention",
    "QuantityMention",
    "SentenceValues",
    "canonical_unit",
    "compare_dates",
    "compare_quantity",
    "find_dates",
    "find_quantities",
    "find_values",
    "month_value",
    "parse_fact_date",
    "parse_fact_quantity",
    "parse_tolerance",
    "precision_of",
]
