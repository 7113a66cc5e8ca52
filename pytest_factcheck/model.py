"""Values passed between the modules: facts, documents, claims and findings.

Everything here is an immutable dataclass so that results can be cached, sent
between pytest-xdist workers and compared in tests.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass, field


class Verdict(str, enum.Enum):
    """What one sentence says about one fact."""

    CONTRADICTS = "contradicts"
    SUPPORTS = "supports"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Interval:
    """A closed numeric interval; either end may be infinite."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def widened(self, relative: float = 0.0, absolute: float = 0.0) -> Interval:
        low = self.low - abs(self.low) * relative - absolute
        high = self.high + abs(self.high) * relative + absolute
        return Interval(low, high)


@dataclass(frozen=True)
class Quantity:
    """A number or range read from text, with its unit when it has one.

    ``unit`` is quantulum3's unit name ("dollar", "percentage") or ``None`` for
    a bare count.
    """

    interval: Interval
    unit: str | None
    text: str

    def describe(self) -> str:
        return describe_interval(self.interval, self.unit)


@dataclass(frozen=True)
class DateValue:
    """A day, month, year or period, as the range of days it covers.

    ``recurring`` dates ("January 8") have no year: ``start`` and ``end`` carry
    the year 2000 (a leap year, so February 29 exists) and only month and day
    are compared.
    """

    start: dt.date
    end: dt.date
    precision: str  # "day", "month", "year" or "period"
    text: str
    recurring: bool = False

    def describe(self) -> str:
        if self.start == dt.date.min:  # an open bound: "more than three weeks ago"
            return f"{self.text} (before {self.end.isoformat()})"
        if self.end == dt.date.max:
            return f"{self.text} (after {self.start.isoformat()})"
        if self.precision == "period":
            return f"{self.text} ({self.start.year}–{self.end.year})"
        return self.text


@dataclass(frozen=True)
class Allowance:
    """An accepted discrepancy: contradictions of this fact in sources matching
    ``source`` (a glob relative to the facts file's folder) do not fail it."""

    source: str
    reason: str
    line: int


@dataclass(frozen=True)
class Example:
    """A sentence an editor gives with the verdict it must get ("supports",
    "contradicts" or "ignores": not about the fact, or no comparable value)."""

    sentence: str
    expected: str
    line: int


@dataclass(frozen=True)
class Fact:
    """One entry of facts.yaml, validated."""

    id: str
    claim: str
    subject: tuple[str, ...]
    line: int
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    quantity: Quantity | None = None
    tolerance_relative: float = 0.0
    tolerance_absolute: float = 0.0
    date: DateValue | None = None
    contradicted_by: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    as_of: DateValue | None = None
    until: DateValue | None = None
    examples: tuple[Example, ...] = ()
    allow: tuple[Allowance, ...] = ()

    def expected(self) -> str:
        if self.quantity is not None:
            return self.quantity.text
        if self.date is not None:
            return self.date.text
        return "not: " + "; ".join(self.contradicted_by)


@dataclass(frozen=True)
class Finding:
    """The verdict on one sentence that is about one fact.

    ``column``/``width`` locate ``found`` inside ``quote`` (0-based) for the
    caret line of a failure; ``line`` is the 1-based line of the stored file
    where the sentence starts.
    """

    fact_id: str
    source: str
    line: int
    verdict: Verdict
    quote: str
    found: str | None = None
    found_detail: str | None = None
    expected: str | None = None
    reason: str = ""
    column: int = 0
    width: int = 0
    attributed_to: str | None = None
    quoted: bool = False
    accepted: str | None = None  # why a contradiction was accepted on purpose
    accepted_by: str | None = None  # "allow", "marker" or "baseline"
    reason_code: str = ""  # stable code of ``reason`` (see reading.codes); "" when there is no reason
    value_line: int | None = None  # 1-based line of ``found`` in the file as stored
    value_column: int | None = None  # 1-based column where ``found`` starts in that line
    value_end_column: int | None = None  # 1-based column just past ``found`` (on ``value_line``)
    block: str | None = None  # the kind of block the sentence stands in when it is not body prose ("caption")
    published_from: str | None = None  # where the source's publication date came from ("dateline", ...)

    def to_json(self) -> dict[str, object]:
        return {
            "accepted": self.accepted is not None,
            "accepted_reason": self.accepted,
            "accepted_by": self.accepted_by,
            "source": self.source,
            "line": self.line,
            "verdict": self.verdict.value,
            "quote": self.quote,
            "found": self.found,
            "expected": self.expected,
            "reason": self.reason,
            "column": self.column + 1 if self.found else None,
            "attributed_to": self.attributed_to,
            "quoted": self.quoted,
            "reason_code": self.reason_code or None,
            "value_line": self.value_line,
            "value_column": self.value_column,
            "value_end_column": self.value_end_column,
            "block": self.block,
            "published_from": self.published_from,
        }


@dataclass(frozen=True)
class SourceStatus:
    """Whether a source could be read and checked, and why not."""

    path: str
    status: str  # "checked" or "error"
    error: str | None = None
    warnings: tuple[str, ...] = ()
    published: dt.date | None = None
    published_from: str | None = None  # "dateline", "front matter date:", "facts.yaml published:", ...

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "path": self.path,
            "status": self.status,
            "error": self.error,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data


@dataclass(frozen=True)
class FactResult:
    """Everything the checker found about one fact across its sources."""

    fact: Fact
    findings: tuple[Finding, ...]
    sources: tuple[SourceStatus, ...] = field(default=())
    stale_allows: tuple[Allowance, ...] = field(default=())

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        """Contradictions that fail the fact: those not accepted on purpose."""
        return tuple(f for f in self.findings if f.verdict is Verdict.CONTRADICTS and f.accepted is None)

    @property
    def accepted(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.verdict is Verdict.CONTRADICTS and f.accepted is not None)


def format_number(value: float) -> str:
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def describe_interval(interval: Interval, unit: str | None) -> str:
    suffix = f" {unit}" if unit else ""
    if interval.low == interval.high:
        return format_number(interval.low) + suffix
    if math.isinf(interval.high):
        return f"at least {format_number(interval.low)}{suffix}"
    if interval.low <= 0 and not math.isinf(interval.low):
        return f"at most {format_number(interval.high)}{suffix}"
    return f"{format_number(interval.low)}–{format_number(interval.high)}{suffix}"
