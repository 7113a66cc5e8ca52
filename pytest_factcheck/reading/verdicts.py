"""A sentence's verdict on a fact, built from the verdicts of its values.

Shared by the figure, date and title judges (:mod:`.judge`, :mod:`.judge_dates`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Verdict
from .codes import Skip
from .frame import ClaimFrame
from .stance import Speech, speech_of, stance_of
from .view import SentenceView


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    found: str | None = None
    detail: str | None = None
    start: int = 0
    end: int = 0
    reason: str = ""
    code: str = ""
    speech: Speech | None = None


def skipped(skip: Skip, base: Judgement | None = None) -> Judgement:
    if base is None:
        return Judgement(Verdict.UNVERIFIABLE, reason=skip.message, code=skip.code)
    return replace(base, verdict=Verdict.UNVERIFIABLE, reason=skip.message, code=skip.code)


def pick(judgements: list[Judgement], skips: list[Skip], fallback: Skip, agreeing_first: bool = False) -> Judgement:
    """The sentence's verdict from its values'. Of a sentence's figures, one that agrees wins over
    one that does not, which then most likely fills another slot ("the 7.7-magnitude quake ... toll
    rose to 1,644"); of its dates, a contradiction wins ("signed in 2023 and ratified in June 2024"
    read by word order, which cannot tell the two events apart)."""
    order = (Verdict.SUPPORTS, Verdict.CONTRADICTS) if agreeing_first else (Verdict.CONTRADICTS, Verdict.SUPPORTS)
    for verdict in (*order, Verdict.UNVERIFIABLE):
        for judgement in judgements:
            if judgement.verdict is verdict:
                return judgement
    if not skips:
        return skipped(fallback)
    return Judgement(Verdict.UNVERIFIABLE, reason="; ".join(s.message for s in skips), code=skips[0].code)


def first_reason(reasons: Iterator[Skip | None]) -> Skip | None:
    """The first slot that differs; the slots are read lazily and in order."""
    return next((reason for reason in reasons if reason is not None), None)


def compared(
    verdict: Verdict, found: str, detail: str, start: int, end: int, view: SentenceView, frame: ClaimFrame
) -> Judgement:
    """The comparison's verdict, unless the sentence does not claim the value (a denial, a
    rumour, a forecast): then ``unverifiable``, still showing the value that was read."""
    judgement = Judgement(verdict, found, detail, start, end, speech=speech_of(view, start, end))
    stance = stance_of(view, start, end, frame)
    return skipped(stance, judgement) if stance else judgement
