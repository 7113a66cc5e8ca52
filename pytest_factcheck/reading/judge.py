"""The verdict of one sentence on one fact, slot by slot.

Each value of the sentence is read into the claim frame's slots (what kind of
figure it is, its time, what it counts, its event, places and instance, its
stance); the first slot that differs makes it ``unverifiable`` with that
slot's reason code. A value whose slots all agree is compared: ``supports``
when it agrees with the fact, ``contradicts`` when it cannot be the fact's
value. Of several figures, one that agrees wins; of several dates, a
contradiction does (see :func:`.verdicts.pick`). Dates are judged in :mod:`.judge_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..model import Fact, Verdict
from ..values import MEASURED_UNITS, QuantityMention, canonical_unit, compare_quantity
from .agents import agent_conflict
from .attributes import measure_of
from .codes import Skip
from .counts import attach_quantity
from .events import named_instance
from .frame import ClaimFrame
from .judge_dates import judge_date
from .markers import aggregate, figure_kind, other_holder
from .matcher import FactMatcher
from .moments import moment_missing, not_the_peak
from .purposes import purpose_conflict
from .slots import event_conflict, instance_conflict, place_conflict, unclaimed_event
from .subsets import subset_conflict
from .timing import (
    dated_long_before,
    forward_looking,
    in_force,
    other_time,
    present_tense,
    publication_time,
    running_total,
    years_before,
)
from .title_support import claim_titles, supporting_title
from .titles import phrase_problem
from .verdicts import Judgement, compared, first_reason, pick, skipped
from .view import SentenceView

_TIME_UNITS = frozenset("years year months month weeks week days day decades decade".split())


def judge(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None) -> Judgement:
    """The verdict of one sentence on one fact, with the fact's time window applied."""
    fact = matcher.fact
    if fact.quantity is not None:
        judgement = _judge_quantity(matcher, view, frame, published)
    elif fact.date is not None:
        judgement = judge_date(matcher, view, frame, published)
    else:
        judgement = _judge_phrases(matcher, view, frame)
    if judgement.verdict is Verdict.UNVERIFIABLE:
        return judgement
    window = publication_time(fact, frame, published) or in_force(
        fact, published, judgement.verdict is Verdict.CONTRADICTS
    )
    return skipped(window, judgement) if window else judgement


def _quantity_slots(
    matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None, mention: QuantityMention
) -> Iterator[Skip | None]:
    """The slots of a figure, in the order they are compared with the claim frame."""
    fact = matcher.fact
    yield _unit_problem(fact, mention) if fact.quantity is not None and not _convertible(fact, mention) else None
    yield figure_kind(view, mention, frame)
    yield other_holder(view, mention, matcher.subject, matcher.context)
    yield aggregate(view, mention, matcher.instances)
    yield other_time(frame, view, published)
    yield running_total(fact, view, mention.start, mention.end)
    yield dated_long_before(fact, frame, view, published)
    yield years_before(fact, frame, view, published, mention.start, mention.end)
    yield forward_looking(frame, view)
    yield _time_unit_problem(fact, view, mention)
    measure = measure_of(view, mention, matcher.subject, fact.claim)
    if measure is not None:
        yield measure.problem
    elif not _counted_in_time(fact, view, mention):
        counted = frame.counted_stems
        yield attach_quantity(view, mention, matcher.subject, matcher.context, matcher.allowed_roles, counted)
    yield event_conflict(view, mention.start, mention.end, frame)
    yield purpose_conflict(view, mention.start, mention.end, frame)
    yield place_conflict(view, mention.start, mention.end, frame, matcher.context)
    yield instance_conflict(view, mention.start, mention.end, frame, matcher)


def _judge_quantity(
    matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None
) -> Judgement:
    fact = matcher.fact
    assert fact.quantity is not None
    judgements: list[Judgement] = []
    skips: list[Skip] = []
    named = named_instance(view, matcher.subject, fact.claim, matcher.context)
    if named:
        return skipped(named)
    for mention in view.quantities:
        claimed = mention.quantity
        reason = first_reason(_quantity_slots(matcher, view, frame, published, mention))
        if reason is not None:
            skips.append(reason)
            continue
        in_time = _counted_in_time(fact, view, mention)  # "in 24 years": compared in the fact's time unit
        comparison = compare_quantity(claimed, fact.quantity, fact.tolerance_relative, fact.tolerance_absolute)
        if comparison.outcome == "incomparable" and not in_time:
            skips.append(Skip("other-unit", comparison.reason))
            continue
        if in_time or canonical_unit(claimed.unit) == canonical_unit(fact.quantity.unit):
            # In the fact's own unit the figure's interval (its hedge applied) is compared as read.
            expected = fact.quantity.interval.widened(fact.tolerance_relative, fact.tolerance_absolute)
            agrees = claimed.interval.overlaps(expected)
        else:
            agrees = comparison.outcome == "agrees"  # converted into the fact's unit ("8,849 m" for feet)
        verdict = Verdict.SUPPORTS if agrees else Verdict.CONTRADICTS
        judgement = compared(verdict, claimed.text, claimed.describe(), mention.start, mention.end, view, frame)
        blocked = (
            _contradiction_blocked(matcher, view, frame, mention, published)
            if judgement.verdict is Verdict.CONTRADICTS
            else None
        )
        if blocked is not None:
            skips.append(blocked)
            continue
        judgements.append(judgement)
    return pick(judgements, skips, Skip("no-value", "no figure is given for it"), agreeing_first=True)


def _contradiction_blocked(
    matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, mention: QuantityMention, published: dt.date | None
) -> Skip | None:
    """A contradiction needs the slots a support may leave unread: the claim's event or thing, its
    agent, and the claim's own kind of thing (not a narrower one)."""
    start, end = mention.start, mention.end
    return (
        unclaimed_event(view, start, end, frame, matcher)
        or agent_conflict(view, start, end, frame, matcher)
        or subset_conflict(view, start, end, matcher)
        or present_tense(view, start, end, frame, published)
        or not_the_peak(frame, view, start, end)
        or moment_missing(view, start, end, frame)
    )


def _unit_problem(fact: Fact, mention: QuantityMention) -> Skip | None:
    assert fact.quantity is not None
    claimed = mention.quantity
    if (claimed.unit or fact.quantity.unit in MEASURED_UNITS) and fact.quantity.unit != claimed.unit:
        return Skip(
            "other-unit",
            f"{claimed.text} is in {claimed.unit or 'no unit'}, the fact in {fact.quantity.unit or 'a plain count'}",
        )
    return None


def _convertible(fact: Fact, mention: QuantityMention) -> bool:
    """Units that convert into the fact's (km and miles): compared after conversion, not refused here."""
    assert fact.quantity is not None
    claimed, wanted = mention.quantity.unit, fact.quantity.unit
    return (
        claimed is not None
        and wanted is not None
        and compare_quantity(mention.quantity, fact.quantity).outcome != "incomparable"
    )


def _time_word_after(view: SentenceView, mention: QuantityMention) -> str | None:
    word = re.match(r"\s*([A-Za-z]+)", view.text[mention.end :])
    return word.group(1).lower() if word else None


def _time_unit_problem(fact: Fact, view: SentenceView, mention: QuantityMention) -> Skip | None:
    """A fact counted in time ("24 years") compares only figures in that unit ("24 days" is not about it)."""
    assert fact.quantity is not None
    unit = fact.quantity.unit
    if unit is None or unit not in _TIME_UNITS:
        return None
    word = _time_word_after(view, mention)
    if word is None or word not in _TIME_UNITS or word.rstrip("s") != unit.rstrip("s"):
        return Skip("other-unit", f"{mention.quantity.text} counts other things than {unit}")
    return None


def _counted_in_time(fact: Fact, view: SentenceView, mention: QuantityMention) -> bool:
    assert fact.quantity is not None
    return fact.quantity.unit in _TIME_UNITS and _time_word_after(view, mention) in _TIME_UNITS


def _judge_phrases(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame) -> Judgement:
    """A contradicting phrase said of the subject contradicts; else the claim's own title supports."""
    skips: list[Skip] = []
    for start, end in matcher.contradicted_by.spans(view.text):
        found = view.text[start:end]
        problem = phrase_problem(view, start, end, matcher.subject)
        if problem:
            skips.append(problem)
            continue
        return compared(Verdict.CONTRADICTS, found, found, start, end, view, frame)
    support = supporting_title(view, matcher.subject, claim_titles(matcher.fact.claim))
    if support is not None:
        found = view.text[support[0] : support[1]]
        return compared(Verdict.SUPPORTS, found, f"the title {found}", support[0], support[1], view, frame)
    if not skips:
        return skipped(Skip("no-value", "neither the claim's title nor a contradicting phrase is used"))
    return Judgement(Verdict.UNVERIFIABLE, reason="; ".join(s.message for s in skips), code=skips[0].code)
