"""Showing editors how each fact's claim was understood (``--factcheck-frames``), and warning
at collection when a claim does not contain the fact's own value, or writes it in another unit."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

from .model import Fact
from .nlp import FactcheckWarning, Pipeline
from .reading.frame import claim_value_span
from .reading.matcher import FactMatcher


def warn_claims_without_value(facts: Iterable[Fact], path: Path) -> None:
    """A claim that does not state the fact's value cannot serve as its pattern: say so, at its line."""
    for fact in facts:
        if fact.contradicted_by:
            continue
        span = claim_value_span(fact)
        if span is not None:
            _warn_other_unit(fact, span, path)
            continue
        warnings.warn_explicit(
            FactcheckWarning(
                f"{fact.id}: the claim does not contain the fact's value ({fact.expected()}); write the value into "
                "the claim as it should be read, so that the claim shows what is counted or dated"
            ),
            FactcheckWarning,
            str(path),
            fact.line,
        )


def _warn_other_unit(fact: Fact, span: tuple[int, int], path: Path) -> None:
    """The claim gives the value in a unit the fact's ``quantity`` lacks ("$6 million" for
    ``quantity: 6000000``): every figure in that unit would then go unread."""
    from .values import canonical_unit, find_quantities

    if fact.quantity is None:
        return
    written = next((m.quantity for m in find_quantities(fact.claim) if (m.start, m.end) == span), None)
    if written is None or written.unit is None or canonical_unit(written.unit) == canonical_unit(fact.quantity.unit):
        return
    unit = fact.quantity.unit or "no unit"
    warnings.warn_explicit(
        FactcheckWarning(
            f"{fact.id}: the claim writes the value as '{written.text}' ({written.unit}), but quantity: "
            f"{fact.expected()} is in {unit}; write the quantity with its unit, as in the claim "
            f"(quantity: {written.text}), or figures in {written.unit} are never compared"
        ),
        FactcheckWarning,
        str(path),
        fact.line,
    )


def frame_lines(facts: Iterable[tuple[Fact, str]], pipeline: Pipeline) -> list[str]:
    """One line per fact: "facts.yaml:12 treaty-signed: value: June 2024 · counts: treaty · …"."""
    lines = []
    for fact, where in facts:
        frame = FactMatcher.of(fact).frame(pipeline.nlp, pipeline.has_parser, pipeline.name)
        lines.append(f"{where}:{fact.line} {fact.id}: {frame.describe()}")
    return lines
