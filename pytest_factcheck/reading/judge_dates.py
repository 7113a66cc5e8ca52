"""The verdict of one sentence on a fact whose value is a date.

Each date of the sentence is read into the claim frame's slots (a dateline, a
bound, the event it dates, the places and instance it is said of). A date that
agrees supports the fact whatever verb the parse hangs it from; a date that
disagrees contradicts only when every slot agrees. Of several dates, a
contradiction wins (see :func:`.verdicts.pick`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from ..lexicon.reading import FEW_WORDS, FUNCTION_WORDS, FURTHER_WORDS, MONTH_WORDS
from ..model import DateValue, Verdict
from ..values import DateMention, compare_dates
from .codes import Skip
from .events import attach_date, named_instance, other_kind
from .frame import ClaimFrame
from .lexical import event_classes
from .markers import date_kind
from .matcher import FactMatcher
from .slots import dated_instance, instance_conflict, place_conflict
from .verdicts import Judgement, compared, first_reason, pick, skipped
from .view import SentenceView, words_of

_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)
_FORWARD_RELATIVE = re.compile(r"\b(?:next|coming|upcoming|from now|tomorrow)\b", re.IGNORECASE)


def judge_date(matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None) -> Judgement:
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
    precisions: list[int] = []
    skips: list[Skip] = []
    for mention in view.dates:
        reason = first_reason(_date_slots(matcher, view, frame, published, mention))
        if reason is not None and not _agreeing_date(reason, mention, fact.date, published):
            skips.append(reason)
            continue
        attached = reason is None
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
        edition = _edition_name(view, mention)
        if verdict is Verdict.CONTRADICTS and edition:
            skips.append(Skip("other-instance", f"{edition} names another edition than the claim's"))
            continue
        if (
            verdict is Verdict.CONTRADICTS
            and not fact.date.recurring
            and _decades_apart(view, mention, value, fact.date)
        ):
            skips.append(Skip("other-instance", f"{mention.text} is decades from the fact's date: another instance"))
            continue
        if verdict is Verdict.CONTRADICTS and _another_years(mention, value, fact.date, published):
            skips.append(Skip("other-time", f"{mention.text} is read as {_span(value)}, another year than the fact's"))
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
        judgements.append(compared(verdict, mention.text, detail, mention.start, mention.end, view, frame))
        precisions.append(_PRECISION.get(value.precision, 3) if attached else _LOOSE)
    agreeing_first = view.has_parser and _support_as_precise(judgements, precisions)
    return pick(judgements, skips, Skip("no-value", "no date is given for it"), agreeing_first=agreeing_first)


def _edition_name(view: SentenceView, mention: DateMention) -> str | None:
    """A year written as part of a name ("Euro 2020", "Expo 2020", "Paris 2024"): it names which
    edition of an event, and dates nothing of the sentence."""
    if not re.fullmatch(r"(?:19|20)\d\d", mention.text):
        return None
    before = re.search(r"\b([A-Z][A-Za-z]+)\s+$", view.text[max(0, mention.start - 30) : mention.start])
    if before is None or before.group(1).lower() in FUNCTION_WORDS or before.group(1).lower() in MONTH_WORDS:
        return None
    return f"{before.group(1)} {mention.text}"


def _decades_apart(view: SentenceView, mention: DateMention, value: DateValue, claimed: DateValue) -> bool:
    """A date a decade or more from the fact's that names a thing ("the great flood of 1941", "the
    Italian blackout of 28 September 2003" for rains of 2024), or a day without its year in a
    sentence that names only such years ("In 1941 the rains began on April 10"), is another
    instance's. A year stated for the fact's own event ("signed in 1999") and an era ("a
    Soviet-era pact") are compared as read."""
    if value.precision not in ("day", "month", "year"):
        return False
    if mention.resolve is not None:
        years = [int(m.group()) for d in view.dates if d is not mention for m in [_YEAR.search(d.text)] if m]
        return bool(years) and all(abs(year - claimed.start.year) >= _DECADE for year in years)
    far = abs(value.start.year - claimed.start.year) >= _DECADE and abs(value.end.year - claimed.end.year) >= _DECADE
    return far and _OF_BEFORE.search(view.text[max(0, mention.start - 30) : mention.start]) is not None


def _another_years(mention: DateMention, value: DateValue, claimed: DateValue, published: dt.date | None) -> bool:
    """A date written without its year ("Thursday, June 5", "last June") takes the year of the
    source's publication; when that is not the fact's year, the sentence speaks of the event of
    another year (next year's pilgrimage, an anniversary), not of the fact's."""
    if mention.resolve is None or published is None or claimed.recurring or _NAMES_YEARS.search(mention.text):
        return False
    if value.start > published + dt.timedelta(days=_SOON_DAYS):
        return False  # a past event's day read months ahead ("died on April 20" in December): no year told
    return value.end.year < claimed.start.year or value.start.year > claimed.end.year


#: Relative dates that name their year ("72 years ago", "last year", "that year"): compared as read.
_NAMES_YEARS = re.compile(r"\b(?:years?|ago|decades?)\b", re.IGNORECASE)
_DECADE = 10
_OF_BEFORE = re.compile(r"\b[a-z]+\s+of\s+$", re.IGNORECASE)  # "the flood of 1941"
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: A day written without its year and read this close after publication is the coming one.
_SOON_DAYS = 31

_PRECISION = {"day": 0, "month": 1, "year": 2, "period": 3}
_LOOSE = 9  # a support read from a date hung from another verb never outranks a contradiction


def _support_as_precise(judgements: list[Judgement], precisions: list[int]) -> bool:
    """With the parse, a date that agrees wins over one that does not when it is at least as precise:
    "lowered rates on Thursday, following up on the cut it made on Sept. 18" speaks of two cuts and
    names the fact's; "marked in May … on May 8" still contradicts a May 9 fact."""
    supports = [p for j, p in zip(judgements, precisions, strict=True) if j.verdict is Verdict.SUPPORTS]
    contradictions = [p for j, p in zip(judgements, precisions, strict=True) if j.verdict is Verdict.CONTRADICTS]
    return bool(supports and contradictions) and min(supports) <= min(contradictions)


_FURTHER_BEFORE = re.compile(
    r"\b(?:"
    + "|".join((*FURTHER_WORDS, "another", "other", *FEW_WORDS[1:5], "several"))
    + r"|\d+)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _further_instances(text: str, matcher: FactMatcher) -> bool:
    """The sentence speaks of further or several instances of the fact's thing ("two more cuts",
    "another vote", "two quarter-point cuts")."""
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


def _date_slots(
    matcher: FactMatcher, view: SentenceView, frame: ClaimFrame, published: dt.date | None, mention: DateMention
) -> Iterator[Skip | None]:
    """The slots of a date, in the order they are compared with the claim frame."""
    yield date_kind(view, mention, matcher.subject, matcher.context)
    yield attach_date(view, mention, matcher.subject, matcher.context, matcher.events, _event_classes_of(matcher))
    yield _unresolved(mention, published)
    yield place_conflict(view, mention.start, mention.end, frame, matcher.context)
    yield instance_conflict(view, mention.start, mention.end, frame, matcher)
