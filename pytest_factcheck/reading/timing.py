"""Time: whether a value speaks of the time the fact's claim speaks of.

A sentence's own time (its explicit dates) must agree with the claim's time;
without one, the source's publication date is the latest time it can speak
of: an article published before the fact's event cannot report it, and one
published before a period ended can only give a running total for it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon.numbers import SMALL_NUMBERS
from ..lexicon.reading import COMMITMENT_WORDS, MODAL_WORDS, MONTH_WORDS, TARGET_WORDS
from ..model import DateValue, Fact
from ..values import DateMention
from .codes import Skip
from .frame import ClaimFrame
from .markers import is_dateline
from .view import SentenceView, clause_end, clause_start, governing_verb, is_headline, root_of, words_of

_PRESENT = re.compile(r"\b(?:currently|at present|at the moment|so far this year|to date)\b", re.IGNORECASE)
_NEWS_DAY = re.compile(r"day\b|yesterday|today|tomorrow", re.IGNORECASE)
_BY_YEAR = re.compile(r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
#: A sentence dated this long before a fact's ``as_of`` speaks of an earlier instance, not an early count.
_LONG_BEFORE_DAYS = 365
_YEARS_BACK = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)\s+(?P<unit>years?|decades?)\s+(?:earlier|ago|before|previously)\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)\b",
    re.IGNORECASE,
)
_FORWARD_WORDS = MODAL_WORDS | TARGET_WORDS | COMMITMENT_WORDS | frozenset({"raise", "raising", "increase", "reach"})
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "period": 3}


def other_time(frame: ClaimFrame, view: SentenceView, published: dt.date | None) -> Skip | None:
    """When the claim names its time ("in 2024") and the sentence dates its
    figure otherwise ("in 2023", "on December 29"), the figures are not comparable."""
    period = frame.time
    if period is None:
        return None
    dated = [t for d in view.dates if not _news_day(d) and not is_dateline(view, d) for t in [d.value_at(published)]]
    times = [t for t in dated if t is not None]
    if published is not None and _PRESENT.search(view.text):
        times.append(DateValue(published, published, "day", "now"))
    if not times:
        return None
    for time in times:
        overlaps = time.start <= period.end and period.start <= time.end
        if overlaps and _rank(time) >= _rank(period):
            return None
        if period.precision in ("day", "month") and period.start <= time.start and time.end <= period.end:
            return None  # "on 29 October" for a claim of October 2024: one event's day, inside its month
    return Skip("other-time", f"a figure for {times[0].text}, not for {period.text}")


def dated_long_before(fact: Fact, frame: ClaimFrame, view: SentenceView, published: dt.date | None) -> Skip | None:
    """A claim that names no time of its own is dated by its ``as_of``: a sentence that dates its
    figure only to years well before that ("since 2018, when 160 people died", "in 2009 a ferry
    sinking killed 335") speaks of another instance of the fact's kind."""
    if frame.time is not None or fact.as_of is None:
        return None
    dated = [d.value_at(published) for d in view.dates if not _news_day(d) and not is_dateline(view, d)]
    times = [t for t in dated if t is not None]
    limit = fact.as_of.start - dt.timedelta(days=_LONG_BEFORE_DAYS)
    if times and all(t.end < limit for t in times):
        return Skip(
            "other-time", f"a figure for {times[0].text}, long before this value held (as_of {fact.as_of.text})"
        )
    return None


def running_total(fact: Fact, view: SentenceView, start: int, end: int) -> Skip | None:
    """A figure counted over years up to now ("have killed 1,400 people since 2015", "over the past
    decade") adds up many instances; a claim that is not itself such a count speaks of one."""
    if _RUNNING.search(fact.claim):
        return None
    clause = view.text[clause_start(view.text, start) : clause_end(view.text, end)]
    match = _RUNNING.search(clause)
    if match is None:
        return None
    return Skip("aggregate", f"{view.text[start:end]} is a total {match.group(0).strip()}, not one instance")


def years_before(
    fact: Fact, frame: ClaimFrame, view: SentenceView, published: dt.date | None, start: int = 0, end: int = 0
) -> Skip | None:
    """ "Five years earlier the party had won 163 seats", "a decade ago": a figure dated back from the
    day of publication, to a year that is not the claim's (or, for a claim dated only by its
    ``as_of``, to well before it). A comparison ("24 more than five years ago") dates nothing."""
    if published is None:
        return None
    clause = (clause_start(view.text, start), clause_end(view.text, end)) if end else (0, len(view.text))
    for match in _YEARS_BACK.finditer(view.text, *clause):  # "71.28 percent, up from 74.9 four years earlier": its own
        if re.search(r"\bthan\s*$", view.text[: match.start()]) or _YEARS_BACK.search(fact.claim):
            continue
        count = match.group("count").lower()
        years = int(count) if count.isdigit() else SMALL_NUMBERS.get(count, 0)
        years *= 10 if match.group("unit").lower().startswith("decade") else 1
        if years < 1:
            continue
        year = published.year - years
        if frame.time is not None and not frame.time.start.year - 1 <= year <= frame.time.end.year + 1:
            return Skip(
                "other-time", f"a figure for {match.group(0).strip()} (about {year}), not for {frame.time.text}"
            )
        if frame.time is None and fact.as_of is not None and year < fact.as_of.start.year - 1:
            return Skip(
                "other-time", f"a figure for {match.group(0).strip()} (about {year}), long before this value held"
            )
    return None


def forward_looking(frame: ClaimFrame, view: SentenceView) -> Skip | None:
    """A claim that is a target for a deadline ("2.5% of GDP by 2027") compares only with figures
    said of the future or of a commitment, not with today's level ("currently stands at 2.3%")."""
    if frame.deadline is None:
        return None
    words = set(words_of(view.text))
    if words & _FORWARD_WORDS or _BY_YEAR.search(view.text):
        return None
    return Skip("other-time", f"a figure for now, and the claim's is a target for {frame.deadline.text}")


_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "’s"})
_SETTLED_DAYS = 7


def present_tense(
    view: SentenceView, start: int, end: int, frame: ClaimFrame, published: dt.date | None
) -> Skip | None:
    """A figure told in the present tense ("Fed Cuts Rates by Quarter-Point", "is cutting rates by a
    quarter-point") speaks of the day the source was published; a claim dated well before that
    day is another instance's. Needs the parse; refuses only contradictions."""
    period = frame.time
    if period is None or published is None or published <= period.end + dt.timedelta(days=_SETTLED_DAYS):
        return None
    for mention in view.dates:
        time = mention.value_at(published)
        if time is not None and time.start <= period.end and period.start <= time.end:
            return None  # "signed in June, it still requires …": the sentence dates it in the claim's time
    if set(words_of(view.text)) & MONTH_WORDS:
        return None  # "remains the March transfer of 400": a month names the time it speaks of
    if is_headline(view.text):  # headlines tell the day's news in the present tense
        return Skip("other-time", f"a headline of {published.isoformat()}, not of {period.text}")
    tokens = view.reader.tokens(view, start, end)
    verb = governing_verb(root_of(tokens)) if tokens else None
    if verb is None:
        return None
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _PRESENT_AUXILIARIES for c in verb.children
    )
    if (verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB") or progressive:
        return Skip("other-time", f"'{verb.text}' tells of {published.isoformat()}, not of {period.text}")
    return None


def _news_day(mention: DateMention) -> bool:
    """ "On Wednesday", "yesterday": the day something was said or done, not the period a figure covers."""
    return mention.value is None and _NEWS_DAY.search(mention.text) is not None


def _rank(value: DateValue) -> int:
    """Coarseness: a year is coarser than a month, a month than a day."""
    return _PRECISION_RANK.get(value.precision, 2)


def publication_time(fact: Fact, frame: ClaimFrame, published: dt.date | None) -> Skip | None:
    """Whether a source published on ``published`` can speak of the fact's event at all."""
    if published is None:
        return None
    if fact.date is not None and not fact.date.recurring and published < fact.date.start:
        return Skip(
            "before-event",
            f"published {published.isoformat()}, before the fact's event ({fact.date.text}): it cannot report it",
        )
    time = frame.time
    if time is None or fact.date is not None:
        return None
    if published < time.start:
        return Skip("before-event", f"published {published.isoformat()}, before the time of the claim ({time.text})")
    if frame.time_is_period and published <= time.end and time.precision in ("year", "period"):
        return Skip(
            "period-open",
            f"published {published.isoformat()}, before {time.text} ended: a figure then is a running total",
        )
    return None


def in_force(fact: Fact, published: dt.date | None, contradicts: bool) -> Skip | None:
    """A fact with ``as_of``/``until`` judges only sources published while its value held."""
    if fact.as_of is None and fact.until is None:
        return None
    if published is None:
        if contradicts:
            return Skip(
                "not-in-force", "the source has no publication date, and this fact's value holds only for a period"
            )
        return None
    if fact.as_of is not None and published < fact.as_of.start:
        return Skip(
            "not-in-force", f"published {published.isoformat()}, before this value held (as_of {fact.as_of.text})"
        )
    if fact.until is not None and published > fact.until.end:
        return Skip(
            "not-in-force",
            f"published {published.isoformat()}, after this value stopped holding (until {fact.until.text})",
        )
    return None
