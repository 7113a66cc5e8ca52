"""The verdict of one sentence on one fact, slot by slot.

Each value of the sentence is read into the claim frame's slots (what kind of
figure it is, its time, what it counts, its event, places and instance, its
stance); the first slot that differs makes it ``unverifiable`` with that
slot's reason code. A value whose slots all agree is compared: ``supports``
when it agrees with the fact, ``contradicts`` when it cannot be the fact's
value. Of several figures, one that agrees wins; of several dates, a
contradiction does (see :func:`_pick`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import DateValue, Fact, Verdict
from ..values import MEASURED_UNITS, DateMention, QuantityMention, canonical_unit, compare_dates, compare_quantity
from .agents import agent_conflict
from .attributes import measure_of
from .codes import Skip
from .counts import attach_quantity
from .events import attach_date, named_instance, other_kind
from .frame import ClaimFrame
from .lexical import event_classes
from .markers import aggregate, date_kind, figure_kind, other_holder
from .matcher import FactMatcher
from .slots import dated_instance, event_conflict, instance_conflict, place_conflict, unclaimed_event
from .stance import Speech, speech_of, stance_of
from .subsets import subset_conflict
from .timing import forward_looking, in_force, other_time, present_tense, publication_time
from .title_support import claim_titles, supporting_title
from .titles import phrase_problem
from .view import SentenceView, words_of

_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)
_FORWARD_RELATIVE = re.compile(r"\b(?:next|coming|upcoming|from now|tomorrow)\b", re.IGNORECASE)
_TIME_UNITS = frozenset("years year months month weeks week days day decades decade".split())


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


def judge(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None) -> Judgement:
    """The verdict of one sentence on one fact, with the fact's time window applied."""
    fact = matcher.fact
    if fact.quantity is not None:
        judgement = _judge_quantity(matcher, view, frame, published)
    elif fact.date is not None:
        judgement = _judge_date(matcher, view, frame, published)
    else:
        judgement = _judge_phrases(matcher, view, frame)
    if judgement.verdict is Verdict.UNVERIFIABLE:
        return judgement
    window = publication_time(fact, frame, published) or in_force(
        fact, published, judgement.verdict is Verdict.CONTRADICTS
    )
    return skipped(window, judgement) if window else judgement


def _pick(judgements: list[Judgement], skips: list[Skip], fallback: Skip, agreeing_first: bool = False) -> Judgement:
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


def _first(reasons: Iterator[Skip | None]) -> Skip | None:
    """The first slot that differs; the slots are read lazily and in order."""
    return next((reason for reason in reasons if reason is not None), None)


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
    yield forward_looking(frame, view)
    yield _time_unit_problem(fact, view, mention)
    measure = measure_of(view, mention, matcher.subject, fact.claim)
    if measure is not None:
        yield measure.problem
    elif not _counted_in_time(fact, view, mention):
        counted = frame.counted_stems
        yield attach_quantity(view, mention, matcher.subject, matcher.context, matcher.allowed_roles, counted)
    yield event_conflict(view, mention.start, mention.end, frame)
    yield place_conflict(view, mention.start, mention.end, frame, matcher.context)
    yield instance_conflict(view, mention.start, mention.end, frame, matcher)


def _date_slots(
    matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None, mention: DateMention
) -> Iterator[Skip | None]:
    """The slots of a date, in the order they are compared with the claim frame."""
    yield date_kind(view, mention)
    yield attach_date(view, mention, matcher.subject, matcher.context, matcher.events, _event_classes_of(matcher))
    yield _unresolved(mention, published)
    yield place_conflict(view, mention.start, mention.end, frame, matcher.context)
    yield instance_conflict(view, mention.start, mention.end, frame, matcher)


def _compared(
    verdict: Verdict, found: str, detail: str, start: int, end: int, view: SentenceView, frame: ClaimFrame
) -> Judgement:
    """The comparison's verdict, unless the sentence does not claim the value (a denial, a
    rumour, a forecast): then ``unverifiable``, still showing the value that was read."""
    judgement = Judgement(verdict, found, detail, start, end, speech=speech_of(view, start, end))
    stance = stance_of(view, start, end, frame)
    return skipped(stance, judgement) if stance else judgement


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
        reason = _first(_quantity_slots(matcher, view, frame, published, mention))
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
        judgement = _compared(verdict, claimed.text, claimed.describe(), mention.start, mention.end, view, frame)
        blocked = (
            _contradiction_blocked(matcher, view, frame, mention, published)
            if judgement.verdict is Verdict.CONTRADICTS
            else None
        )
        if blocked is not None:
            skips.append(blocked)
            continue
        judgements.append(judgement)
    return _pick(judgements, skips, Skip("no-value", "no figure is given for it"), agreeing_first=True)


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


def _judge_date(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None) -> Judgement:
    fact = matcher.fact
    assert fact.date is not None
    if not fact.date.recurring and _ANNIVERSARY.search(view.text):
        return skipped(Skip("anniversary", "the sentence dates an anniversary, not the event itself"))
    other = other_kind(view, matcher.subject, matcher.allowed_roles, matcher.kinds) or named_instance(
        view, matcher.subject, fact.claim, matcher.context
    )
    if other:
        return skipped(other)
    judgements: list[Judgement] = []
    skips: list[Skip] = []
    for mention in view.dates:
        reason = _first(_date_slots(matcher, view, frame, published, mention))
        if reason is not None and not _agreeing_date(reason, mention, fact.date, published):
            skips.append(reason)
            continue
        value = mention.value_at(published)
        assert value is not None
        verdict = compare_dates(fact.date, value)
        if verdict is Verdict.UNVERIFIABLE:
            skips.append(Skip("imprecise", f"{mention.text} is not precise enough to compare"))
            continue
        named = (
            not fact.date.recurring
            and mention.value is not None
            and dated_instance(view, mention.start, mention.end, matcher.subject)
        )
        if verdict is Verdict.CONTRADICTS and named:
            skips.append(Skip("other-instance", f"{mention.text} names another {matcher.subject.terms[0]}"))
            continue
        if (
            verdict is Verdict.CONTRADICTS
            and _still_to_come(mention, value, fact.date, published)
            and _further_instances(view.text, matcher)
        ):
            skips.append(Skip("modality", f"{mention.text} was still to come when the source was published"))
            continue
        resolved = mention.resolve is not None and published is not None
        detail = f"{mention.text} ({_span(value)})" if resolved else value.describe()
        judgements.append(_compared(verdict, mention.text, detail, mention.start, mention.end, view, frame))
    return _pick(judgements, skips, Skip("no-value", "no date is given for it"))


_FURTHER_BEFORE = re.compile(r"\b(?:more|further|another|additional|other)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _further_instances(text: str, matcher: FactMatcher) -> bool:
    """The sentence speaks of further instances of the fact's thing ("two more cuts", "another vote")."""
    return any(_FURTHER_BEFORE.search(text, max(0, start - 40), start) for start, _ in matcher.subject.spans(text))


_ATTACHMENT_CODES = frozenset({"other-event", "not-attached"})


def _agreeing_date(reason: Skip, mention: DateMention, fact_date: DateValue, published: dt.date | None) -> bool:
    """A date that agrees with the fact in a sentence about it supports it, whatever verb the parse
    hangs it from ("stood beside Putin on Red Square on Friday" for Victory Day): attachment decides
    only whether a disagreeing date contradicts."""
    if reason.code not in _ATTACHMENT_CODES:
        return False
    value = mention.value_at(published)
    return value is not None and compare_dates(fact_date, value) is Verdict.SUPPORTS


def _still_to_come(mention: DateMention, value: DateValue, fact_date: DateValue, published: dt.date | None) -> bool:
    """A date said to lie after the source's publication ("four more cuts next year", "in 2026"),
    for an event the fact dates before it. With further instances named (:func:`_further_instances`)
    it is their plan, not a report of the fact's event; "the union will vote next week", of a vote
    the fact dates in October, still contradicts. A day without its year is not taken to look forward."""
    if published is None or value.start <= published or fact_date.end >= published:
        return False
    if mention.value is not None:
        return not mention.value.recurring and mention.value.start > published
    return _FORWARD_RELATIVE.search(mention.text) is not None


def _event_classes_of(matcher: FactMatcher) -> frozenset[str]:
    """The event classes of the fact's claim, subject and context terms ("ended" for a closure)."""
    fact = matcher.fact
    return _event_classes_in(" ".join((fact.claim, *fact.subject, *fact.context)))


@functools.lru_cache(maxsize=1024)
def _event_classes_in(words: str) -> frozenset[str]:
    """Read once per fact, not once per date of every sentence about it."""
    return event_classes(words_of(words), words)


def _unresolved(mention: DateMention, published: dt.date | None) -> Skip | None:
    if mention.value_at(published) is None:
        return Skip(
            "no-publication-date", f"'{mention.text}' depends on the publication date, which the source does not give"
        )
    return None


def _span(value: DateValue) -> str:
    start, end, precision = value.start, value.end, value.precision
    if start == dt.date.min:  # an open bound: "more than three weeks ago"
        return f"before {end.isoformat()}"
    if end == dt.date.max:
        return f"after {start.isoformat()}"
    if precision == "day" and start == end:
        return start.isoformat()
    if precision == "month":
        return start.strftime("%B %Y")
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}–{end.year}"


def _judge_phrases(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame) -> Judgement:
    """A contradicting phrase said of the subject contradicts; else the claim's own title supports."""
    skips: list[Skip] = []
    for start, end in matcher.contradicted_by.spans(view.text):
        found = view.text[start:end]
        problem = phrase_problem(view, start, end, matcher.subject)
        if problem:
            skips.append(problem)
            continue
        return _compared(Verdict.CONTRADICTS, found, found, start, end, view, frame)
    support = supporting_title(view, matcher.subject, claim_titles(matcher.fact.claim))
    if support is not None:
        found = view.text[support[0] : support[1]]
        return _compared(Verdict.SUPPORTS, found, f"the title {found}", support[0], support[1], view, frame)
    if not skips:
        return skipped(Skip("no-value", "neither the claim's title nor a contradicting phrase is used"))
    return Judgement(Verdict.UNVERIFIABLE, reason="; ".join(s.message for s in skips), code=skips[0].code)
