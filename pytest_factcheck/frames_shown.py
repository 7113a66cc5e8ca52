"""Showing editors how each fact's claim was understood (``--factcheck-frames``), and warning
at collection when a claim does not contain the fact's own value."""

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
        if fact.contradicted_by or claim_value_span(fact) is not None:
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


def frame_lines(facts: Iterable[tuple[Fact, str]], pipeline: Pipeline) -> list[str]:
    """One line per fact: "facts.yaml:12 treaty-signed: value: June 2024 · counts: treaty · …"."""
    lines = []
    for fact, where in facts:
        frame = FactMatcher.of(fact).frame(pipeline.nlp, pipeline.has_parser, pipeline.name)
        lines.append(f"{where}:{fact.line} {fact.id}: {frame.describe()}")
    return lines
