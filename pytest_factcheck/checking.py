"""The core: facts × a document → findings. No pytest here.

:func:`check_document` is a pure function of the facts, the document and the
pipeline, which is what lets results be cached by content hash and computed on
any pytest-xdist worker. The expensive step (spaCy) runs only on paragraphs
that mention some fact's subject; finding those is one regex scan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .claims import (
    Attachment,
    SentenceView,
    Speech,
    attach_date,
    attach_quantity,
    claim_kinds,
    date_kind,
    event_stems,
    figure_kind,
    other_kind,
    phrase_problem,
    speech_of,
)
from .model import DateValue, Fact, Finding, Verdict
from .nlp import MAX_PARAGRAPH, Pipeline
from .sources import Document, parse_document
from .terms import TermSet
from .values import MEASURED_UNITS, DateMention, compare_dates, find_dates


@dataclass(frozen=True)
class FactMatcher:
    """A fact with its terms compiled, built once per run."""

    fact: Fact
    subject: TermSet
    context: TermSet
    exclude: TermSet
    contradicted_by: TermSet
    allowed_roles: frozenset[str]
    events: frozenset[str]
    periods: tuple[DateValue, ...]
    kinds: frozenset[str]

    @classmethod
    def of(cls, fact: Fact) -> FactMatcher:
        words = " ".join((fact.claim, *fact.subject, *fact.context)).lower()
        return cls(
            fact,
            TermSet.of(fact.subject),
            TermSet.of(fact.context),
            TermSet.of(fact.exclude),
            TermSet.of(fact.contradicted_by),
            frozenset(re.findall(r"[a-z]+", words)),
            event_stems(fact.claim),
            tuple(d.value for d in find_dates(fact.claim) if d.value is not None and not d.value.recurring),
            claim_kinds(fact.claim, TermSet.of(fact.subject)),
        )

    def is_about(self, text: str) -> bool:
        """The sentence mentions a subject term, a context term (if any) and no exclude term."""
        if not self.subject.search(text):
            return False
        if self.context and not self.context.search(text):
            return False
        return not (self.exclude and self.exclude.search(text))


@dataclass(frozen=True)
class _Judgement:
    verdict: Verdict
    found: str | None = None
    detail: str | None = None
    start: int = 0
    end: int = 0
    reason: str = ""
    speech: Speech | None = None


#: A line ending in one of these words was cut mid-sentence ("…had sent some\n20,000 troops").
_OPEN_ENDING = re.compile(
    r"\b(?:a|an|the|some|of|from|to|in|on|at|by|with|and|or|than|about|around|nearly|over|under|its|their|his|her)\s*$",
    re.IGNORECASE,
)


def paragraphs(prose: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: a line ending a sentence or followed by
    a capitalised line ends one; so does a blank line. Very long paragraphs
    are cut at sentence ends so that no single parse is unbounded."""
    start = 0
    for match in re.finditer(r"\n", prose):
        end = match.start()
        line = prose[start:end]
        following = prose[match.end() : match.end() + 1]
        unfinished = line.strip() and not re.search(r"[.!?\"”’'|:)]\s*$", line)
        joins = unfinished and (following.islower() or _OPEN_ENDING.search(line) is not None)
        if not joins:
            yield from _bounded(prose, start, end)
            start = match.end()
    yield from _bounded(prose, start, len(prose))


def _bounded(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_PARAGRAPH:
        cut = max(prose.rfind(". ", start, start + MAX_PARAGRAPH), prose.rfind(" ", start, start + MAX_PARAGRAPH))
        cut = cut + 1 if cut > start else start + MAX_PARAGRAPH
        yield start, cut
        start = cut
    if prose[start:end].strip():
        yield start, end


#: Longer "sentences" (tables, run-ons, machine text) are reported, not read: reading
#: them is slow and attaching values in them unreliable.
MAX_SENTENCE = 3000


def _too_long(matcher: FactMatcher, prose: str, start: int, end: int, document: Document) -> Finding:
    text = re.sub(r"\s+", " ", prose[start:end]).strip()
    return Finding(
        fact_id=matcher.fact.id,
        source=document.path,
        line=document.line_at(start + len(prose[start:end]) - len(prose[start:end].lstrip())),
        verdict=Verdict.UNVERIFIABLE,
        quote=text[:300] + " …",
        expected=matcher.fact.expected(),
        reason=f"the sentence is {end - start:,} characters long, over the {MAX_SENTENCE:,} read; split it to check it",
    )


_PUNCTUATION_RUN = re.compile(r"([^\w\s])\1{31,}")


def _defused(text: str) -> str:
    """Long runs of one punctuation mark ("((((…") blanked, offsets kept: spaCy's
    tokenizer is quadratic on them, and they carry no claim."""
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


def check_document(matchers: Sequence[FactMatcher], document: Document, pipeline: Pipeline) -> list[Finding]:
    """Every sentence of ``document`` that is about one of the facts, judged."""
    prose = document.prose
    candidates: list[tuple[int, int, list[FactMatcher]]] = []
    for start, end in paragraphs(prose):
        mentioned = [m for m in matchers if m.subject.search(prose, start, end)]
        if not mentioned:
            continue
        for sentence_start, sentence_end in pipeline.sentence_spans(_defused(prose[start:end])):
            first, last = start + sentence_start, start + sentence_end
            about = [m for m in mentioned if m.subject.search(prose, first, last)]
            if about:
                candidates.append((first, last, about))
    findings = [
        _too_long(m, prose, s, e, document)
        for s, e, about in candidates
        if e - s > MAX_SENTENCE
        for m in about
        if m.is_about(prose[s:e])
    ]
    candidates = [c for c in candidates if c[1] - c[0] <= MAX_SENTENCE]
    texts = (_defused(prose[start:end]) for start, end, _ in candidates)
    for (start, _, mentioned), parsed in zip(candidates, pipeline.pipe(texts), strict=True):
        for sentence in parsed.sents:
            view = SentenceView(sentence, pipeline.has_parser)
            for matcher in mentioned:
                if matcher.is_about(view.text):
                    judgement = in_force(matcher.fact, judge(matcher, view, document.published), document.published)
                    findings.append(_finding(matcher.fact, view, judgement, document, start))
    return findings


def in_force(fact: Fact, judgement: _Judgement, published: dt.date | None) -> _Judgement:
    """A fact with ``as_of``/``until`` judges only sources published while its value held."""
    if judgement.verdict is Verdict.UNVERIFIABLE or (fact.as_of is None and fact.until is None):
        return judgement
    reason = ""
    if published is None:
        if judgement.verdict is Verdict.CONTRADICTS:
            reason = "the source has no publication date, and this fact's value holds only for a period"
    elif fact.as_of is not None and published < fact.as_of.start:
        reason = f"published {published.isoformat()}, before this value held (as_of {fact.as_of.text})"
    elif fact.until is not None and published > fact.until.end:
        reason = f"published {published.isoformat()}, after this value stopped holding (until {fact.until.text})"
    if not reason:
        return judgement
    return replace(judgement, verdict=Verdict.UNVERIFIABLE, reason=reason)


def check_examples(matcher: FactMatcher, pipeline: Pipeline) -> list[str]:
    """The fact's ``examples`` that the checker does not judge as the editor said, explained."""
    problems: list[str] = []
    # Examples have no publication date: judge them as if the fact's value held.
    matcher = FactMatcher.of(replace(matcher.fact, as_of=None, until=None))
    for example in matcher.fact.examples:
        document = parse_document(example.sentence, ".txt", "example")
        findings = check_document([matcher], document, pipeline)
        verdicts = {f.verdict for f in findings}
        if example.expected == "ignores":
            wrong = Verdict.CONTRADICTS in verdicts or Verdict.SUPPORTS in verdicts
        else:
            wrong = Verdict(example.expected) not in verdicts
        if not wrong:
            continue
        if not findings:
            got = "not about this fact (check subject, context and exclude)"
        else:
            worst = findings[0]
            got = worst.verdict.value + (f" ({worst.reason})" if worst.reason else "")
            if worst.found:
                got += f", reading '{worst.found}'"
        want = {"supports": "support the fact", "contradicts": "contradict the fact"}.get(
            example.expected, "be ignored"
        )
        problems.append(f'line {example.line}: the example "{example.sentence}" should {want}, but it is read as {got}')
    return problems


def judge(matcher: FactMatcher, view: SentenceView, published: dt.date | None) -> _Judgement:
    """The verdict of one sentence on one fact."""
    fact = matcher.fact
    if fact.quantity is not None:
        return _judge_quantity(matcher, view, published)
    if fact.date is not None:
        return _judge_date(matcher, view, published)
    return _judge_phrases(matcher, view)


def _with_speech(judgement: _Judgement, view: SentenceView) -> _Judgement:
    speech = speech_of(view, judgement.start, judgement.end)
    if judgement.verdict is Verdict.CONTRADICTS and speech.denied:
        return _Judgement(
            Verdict.UNVERIFIABLE,
            judgement.found,
            judgement.detail,
            judgement.start,
            judgement.end,
            "the sentence denies or disputes this figure",
            speech,
        )
    return _Judgement(
        judgement.verdict, judgement.found, judgement.detail, judgement.start, judgement.end, judgement.reason, speech
    )


def _pick(judgements: list[_Judgement], fallback_reason: str) -> _Judgement:
    for verdict in (Verdict.CONTRADICTS, Verdict.SUPPORTS, Verdict.UNVERIFIABLE):
        for judgement in judgements:
            if judgement.verdict is verdict:
                return judgement
    return _Judgement(Verdict.UNVERIFIABLE, reason=fallback_reason)


_PRESENT = re.compile(r"\b(?:currently|at present|at the moment|so far this year|to date)\b", re.IGNORECASE)


def _other_time(matcher: FactMatcher, view: SentenceView, published: dt.date | None) -> str | None:
    """When the fact's claim names its time ("in 2024") and the sentence dates
    its figure otherwise ("in 2023", "on December 29"), the figures are not comparable."""
    periods = matcher.periods
    if not periods:
        return None
    times = [d.value_at(published) for d in view.dates if not _news_day(d)]
    dated = [t for t in times if t is not None]
    if published is not None and _PRESENT.search(view.text):
        dated.append(DateValue(published, published, "day", "now"))
    if not dated:
        return None
    for time in dated:
        for period in periods:
            overlaps = time.start <= period.end and period.start <= time.end
            if overlaps and _rank(time) >= _rank(period):
                return None
    return f"a figure for {dated[0].text}, not for {periods[0].text}"


def _news_day(mention: DateMention) -> bool:
    """ "On Wednesday", "yesterday": the day something was said or done, not the period a figure covers."""
    return (
        mention.value is None and re.search(r"day\b|yesterday|today|tomorrow", mention.text, re.IGNORECASE) is not None
    )


def _rank(value: DateValue) -> int:
    """Coarseness: a year is coarser than a month, a month than a day."""
    return {"day": 0, "month": 1, "year": 2, "period": 3}.get(value.precision, 2)


def _judge_quantity(matcher: FactMatcher, view: SentenceView, published: dt.date | None) -> _Judgement:
    fact = matcher.fact
    assert fact.quantity is not None
    expected = fact.quantity.interval.widened(fact.tolerance_relative, fact.tolerance_absolute)
    judgements: list[_Judgement] = []
    skipped: list[str] = []
    for mention in view.quantities:
        claimed = mention.quantity
        if (claimed.unit or fact.quantity.unit in MEASURED_UNITS) and fact.quantity.unit != claimed.unit:
            skipped.append(
                f"{claimed.text} is in {claimed.unit or 'no unit'}, the fact in {fact.quantity.unit or 'a plain count'}"
            )
            continue
        not_a_total = figure_kind(view, mention)
        if not_a_total:
            skipped.append(not_a_total)
            continue
        other_time = _other_time(matcher, view, published)
        if other_time:
            skipped.append(f"{claimed.text} is {other_time}")
            continue
        counted_unit = _counted_in_fact_unit(fact.quantity.unit, view.text[mention.end :])
        if counted_unit is False:
            skipped.append(f"{claimed.text} counts other things than {fact.quantity.unit}")
            continue
        attachment = (
            Attachment(True)
            if counted_unit
            else attach_quantity(view, mention, matcher.subject, matcher.context, matcher.allowed_roles)
        )
        if not attachment.attached:
            skipped.append(attachment.reason)
            continue
        verdict = Verdict.SUPPORTS if claimed.interval.overlaps(expected) else Verdict.CONTRADICTS
        judgement = _Judgement(verdict, claimed.text, claimed.describe(), mention.start, mention.end)
        judgements.append(_with_speech(judgement, view))
    reason = "; ".join(skipped) if skipped else "no figure is given for it"
    return _pick(judgements, reason)


_TIME_UNITS = frozenset("years year months month weeks week days day decades decade".split())


def _counted_in_fact_unit(unit: str | None, after: str) -> bool | None:
    """For a fact counted in time ("24 years": the first visit in 24 years), the
    figure must be in that unit: True if it is, False if in another time unit
    ("24 days"), None when the fact is not counted in time."""
    if unit is None or unit not in _TIME_UNITS:
        return None
    word = re.match(r"\s*([A-Za-z]+)", after)
    if word is None or word.group(1).lower() not in _TIME_UNITS:
        return False
    return word.group(1).lower().rstrip("s") == unit.rstrip("s")


_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)


def _judge_date(matcher: FactMatcher, view: SentenceView, published: dt.date | None) -> _Judgement:
    fact = matcher.fact
    assert fact.date is not None
    judgements: list[_Judgement] = []
    skipped: list[str] = []
    if not fact.date.recurring and _ANNIVERSARY.search(view.text):
        return _Judgement(Verdict.UNVERIFIABLE, reason="the sentence dates an anniversary, not the event itself")
    other = other_kind(view, matcher.subject, matcher.allowed_roles, matcher.kinds)
    if other:
        return _Judgement(Verdict.UNVERIFIABLE, reason=other)
    for mention in view.dates:
        not_the_date = date_kind(view, mention)
        if not_the_date:
            skipped.append(not_the_date)
            continue
        attachment = attach_date(view, mention, matcher.subject, matcher.context, matcher.events)
        if not attachment.attached:
            skipped.append(attachment.reason)
            continue
        value = mention.value_at(published)
        if value is None:
            skipped.append(f"'{mention.text}' depends on the publication date, which the source does not give")
            continue
        verdict = compare_dates(fact.date, value)
        reason = "" if verdict is not Verdict.UNVERIFIABLE else f"{mention.text} is not precise enough to compare"
        resolved = mention.resolve is not None and published is not None
        found_detail = f"{mention.text} ({_span(value)})" if resolved else value.describe()
        judgement = _Judgement(verdict, mention.text, found_detail, mention.start, mention.end, reason)
        judgements.append(_with_speech(judgement, view))
    reason = "; ".join(skipped) if skipped else "no date is given for it"
    return _pick(judgements, reason)


def _span(value: DateValue) -> str:
    start, end, precision = value.start, value.end, value.precision
    if precision == "day" and start == end:
        return start.isoformat()
    if precision == "month":
        return start.strftime("%B %Y")
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}–{end.year}"


def _judge_phrases(matcher: FactMatcher, view: SentenceView) -> _Judgement:
    spans = matcher.contradicted_by.spans(view.text)
    if not spans:
        return _Judgement(Verdict.UNVERIFIABLE, reason="none of the contradicting phrases is used")
    reasons: list[str] = []
    for start, end in spans:
        found = view.text[start:end]
        problem = phrase_problem(view, start, end, matcher.subject)
        if problem:
            reasons.append(problem)
            continue
        return _with_speech(_Judgement(Verdict.CONTRADICTS, found, found, start, end), view)
    return _Judgement(Verdict.UNVERIFIABLE, reason="; ".join(reasons))


def _finding(fact: Fact, view: SentenceView, judgement: _Judgement, document: Document, paragraph: int) -> Finding:
    raw = view.text
    leading = len(raw) - len(raw.lstrip())
    quote = re.sub(r"\s+", " ", raw.strip())
    column = len(re.sub(r"\s+", " ", raw[leading : judgement.start])) if judgement.found else 0
    width = len(re.sub(r"\s+", " ", raw[judgement.start : judgement.end])) if judgement.found else 0
    speech = judgement.speech
    value_line = value_column = value_end_column = None
    if judgement.found:
        value_start = paragraph + view.offset + judgement.start
        value_line, value_column = document.position_at(value_start)
        end_line, end_column = document.position_at(paragraph + view.offset + judgement.end)
        value_end_column = end_column if end_line == value_line else None
    return Finding(
        fact_id=fact.id,
        source=document.path,
        line=document.line_at(paragraph + view.offset + leading),
        verdict=judgement.verdict,
        quote=quote,
        found=judgement.found,
        found_detail=judgement.detail,
        expected=fact.expected(),
        reason=judgement.reason,
        column=column,
        width=width,
        attributed_to=speech.attributed_to if speech else None,
        quoted=speech.quoted if speech else False,
        value_line=value_line,
        value_column=value_column,
        value_end_column=value_end_column,
    )
