"""Frames: what a claim is about, read around its value, and the same slots for a sentence's value.

A fact's ``claim`` is its own pattern. Read once, around the fact's value, it
gives the *claim frame*: the thing counted or dated, the event, the places and
countries taking part, the time the claim names, whether it is a rate ("a
year", "each") and whether it reports a plan or target. Each value in a
sentence about the fact gets the same slots (see :mod:`.slots`), and the two
are compared slot by slot: a value is compared with the fact only when every
slot the sentence fills agrees with the claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lexicon.reading import (
    COMMITMENT_WORDS,
    FUNCTION_WORDS,
    INSTANCE_WORDS,
    MODAL_WORDS,
    STOPWORDS,
    TARGET_WORDS,
)
from ..model import DateValue, Fact, Quantity
from ..values import find_dates, find_quantities
from .agents import claim_agents
from .counts import counted_noun
from .lexical import event_classes, is_distributive, places_in, synonyms
from .moments import moment_of, peaked
from .purposes import purposes_by_order, purposes_of
from .slots import places_of_value
from .view import SentenceView, governing_verb, root_of, stem, words_of

_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before|no later than)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(
    r"\b(?:in|during|over|throughout|for|so far in|by the end of)\s+(?:the\s+)?$", re.IGNORECASE
)

_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,4}")


@dataclass(frozen=True)
class ClaimFrame:
    """The slots of a fact's claim around its value."""

    value_text: str | None  # the fact's value as written in the claim; None when the claim does not contain it
    counted: tuple[str, ...] = ()  # the thing counted or dated, with its synonyms (lowercase lemmas)
    event_word: str | None = None
    events: frozenset[str] = frozenset()  # event classes of the claim (lexicon EVENT_CLASSES)
    places: frozenset[str] = frozenset()  # countries taking part (canonical names)
    place_roles: tuple[tuple[str, frozenset[str]], ...] = ()  # ("agent", {"north korea"}), ("destination", …)
    listed: bool = False  # the place roles were read around the claim's value, not assumed from its places
    purposes: frozenset[str] = frozenset()  # what a vote or decision of the claim was for ("lift")
    peak: bool = False  # the claim gives a peak or record ("peaked at 165 mph")
    moment: tuple[str, ...] = ()  # the moment the claim's figure is for ("landfall"), with synonyms
    time: DateValue | None = None  # the time the claim names, for a quantity or a title
    time_is_period: bool = False  # "crossed in 2024": a total over the period, known once it ended
    deadline: DateValue | None = None  # "5% of GDP by 2035": the claim is a target for that time
    rate: bool = False  # "$300 billion a year", "$100 each"
    part: bool = False  # "killed 241 of the 242 people on board": the claim's figure is itself a part
    modal: bool = False  # the claim reports a possibility or forecast
    committed: bool = False  # the claim reports a pledge, commitment or target
    instance: frozenset[str] = field(default=frozenset())  # instance words of the claim ("first")
    agents: frozenset[str] = frozenset()  # proper-noun words of the claim's agent ("labour")
    parsed: bool = False
    dated: bool = False  # the fact's value is a date: ``counted`` is the thing dated

    @property
    def has_value(self) -> bool:
        return self.value_text is not None

    @property
    def counted_stems(self) -> frozenset[str]:
        return frozenset(stem(word) for word in self.counted)

    def describe(self) -> str:
        """One line an editor reads: how the claim was understood."""
        parts = [
            f"value: {self.value_text}" if self.value_text else "value: (not found in the claim)",
            f"{'dates' if self.dated else 'counts'}: {self.counted[0] if self.counted else '(not read)'}",
            f"event: {self.event_word}" + (f" ({', '.join(sorted(self.events))})" if self.events else "")
            if self.event_word or self.events
            else "event: (any)",
            f"places: {', '.join(sorted(self.places))}" if self.places else "places: (any)",
            *([f"agent: {' '.join(sorted(self.agents))}"] if self.agents else []),
            f"time: {self.time.text}" if self.time else "time: (any)",
            "scope: per unit or period" if self.rate else "scope: total",
        ]
        if self.deadline:
            parts.append(f"a target for {self.deadline.text}")
        if self.modal:
            parts.append("a possibility or forecast")
        elif self.committed:
            parts.append("a pledge or target")
        if self.purposes:
            parts.append(f"a vote to {', '.join(sorted(self.purposes))}")
        if self.peak:
            parts.append("the peak value")
        if self.moment:
            parts.append(f"at {self.moment[0]}")
        return " · ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {
            "value": self.value_text,
            "counted": self.counted[0] if self.counted else None,
            "event": self.event_word,
            "event_classes": sorted(self.events),
            "places": sorted(self.places),
            "agents": sorted(self.agents),
            "time": self.time.text if self.time else None,
            "scope": "rate" if self.rate else "total",
            "modal": self.modal,
            "committed": self.committed,
            "deadline": self.deadline.text if self.deadline else None,
            "purposes": sorted(self.purposes),
            "peak": self.peak,
            "moment": self.moment[0] if self.moment else None,
        }


def claim_value_span(fact: Fact) -> tuple[int, int] | None:
    """Where the fact's own value stands in its claim."""
    claim = fact.claim
    if fact.quantity is not None:
        wanted = fact.quantity.interval
        for mention in find_quantities(claim):
            interval = mention.quantity.interval
            if interval.low <= wanted.high and wanted.low <= interval.high:
                return mention.start, mention.end
        return None
    if fact.date is not None:
        wanted_date = fact.date
        for date in find_dates(claim):
            if date.value is not None and date.value.start <= wanted_date.end and wanted_date.start <= date.value.end:
                return date.start, date.end
        return None
    for term in fact.subject:
        index = claim.lower().find(term.lower())
        if index >= 0:
            return index, index + len(term)
    return None


def unit_from_claim(claim: str, quantity: Quantity) -> Quantity:
    """A bare ``quantity:`` takes the unit its claim writes it in ("0.5%" for ``quantity: 0.5``,
    "$6 million" for ``quantity: 6000000``): the claim is the editor's own statement of the value,
    and without its unit every figure written as reporters write it would go unread."""
    if quantity.unit is not None:
        return quantity
    wanted = quantity.interval
    for mention in find_quantities(claim):
        written = mention.quantity
        if written.unit is not None and written.interval.low <= wanted.low and wanted.high <= written.interval.high:
            return Quantity(interval=wanted, unit=written.unit, text=written.text)
    return quantity


def _claim_times(fact: Fact, span: tuple[int, int] | None) -> tuple[DateValue | None, bool, DateValue | None]:
    """The time the claim names besides its value, whether it is a period a total runs over,
    and a deadline ("5% of GDP by 2035"), which is not the time the claim speaks of."""
    time: DateValue | None = None
    period = False
    deadline: DateValue | None = None
    if fact.date is not None:
        return None, False, None
    for mention in find_dates(fact.claim):
        if span is not None and mention.start < span[1] and span[0] < mention.end:
            continue
        if mention.value is None or mention.value.recurring:
            continue
        before = fact.claim[max(0, mention.start - 30) : mention.start]
        if _DEADLINE_BEFORE.search(before):
            deadline = deadline or mention.value
        elif time is None:
            naming = _names_instance(fact.claim[mention.end :])
            time, period = mention.value, _PERIOD_BEFORE.search(before) is not None and not naming
    return time, period, deadline


def _names_instance(after: str) -> bool:
    """A date followed by its noun names an instance ("in the 2025 German federal election"); it is
    not a period a total runs over ("killed 200 people in 2025")."""
    words = _WORDS_AFTER.match(after)
    if words is None:
        return False
    for word in words.group().split():
        if word[0].isupper():
            continue
        lowered = word.lower()
        return lowered not in FUNCTION_WORDS and lowered not in STOPWORDS and not lowered.endswith("ed")
    return True  # "the 2024 Paris Olympics"


def read_claim_frames(facts: Sequence[Fact], nlp: Any | None, has_parser: bool) -> list[ClaimFrame]:
    """The frames of many claims, their claims parsed in one ``nlp.pipe`` batch (a pipeline call
    per claim costs several times more)."""
    docs = list(nlp.pipe([fact.claim for fact in facts])) if nlp is not None else [None] * len(facts)
    return [read_claim_frame(fact, nlp, has_parser, doc) for fact, doc in zip(facts, docs, strict=True)]


def read_claim_frame(fact: Fact, nlp: Any | None, has_parser: bool, parsed: Any | None = None) -> ClaimFrame:
    """The frame of ``fact``'s claim; with a trained pipeline from its parse (``parsed``, or
    parsed here), else by word order."""
    claim = fact.claim
    span = claim_value_span(fact)
    value_text = claim[span[0] : span[1]] if span else None
    words = words_of(claim)
    places = frozenset(name for _, _, name in places_in(claim)) | frozenset(
        name for term in fact.context for _, _, name in places_in(term)
    )
    after = claim[span[1] :] if span else ""
    time, time_is_period, deadline = _claim_times(fact, span)
    common: dict[str, Any] = {
        "value_text": value_text,
        "places": places,
        "time": time,
        "time_is_period": time_is_period,
        "deadline": deadline,
        "rate": span is not None and is_distributive(after),
        "part": re.match(r"\s+of\s+(?:the\s+)?\d", after) is not None,
        # a modal word before the value ("could reach", "is expected to"); after it, words of a
        # decision's content are no modality ("voted 190-0 to demand", "voted in favour of")
        "modal": any(w in MODAL_WORDS for w in words_of(claim[: span[0]] if span else claim)),
        "committed": deadline is not None or any(w in COMMITMENT_WORDS or w in TARGET_WORDS for w in words),
        "instance": frozenset(w for w in words if w in INSTANCE_WORDS),
        "dated": fact.date is not None,
        "peak": fact.quantity is not None and peaked(claim),
        "moment": moment_of(claim) if fact.quantity is not None else (),
    }
    all_events = event_classes(words, claim)
    doc = (parsed if parsed is not None else nlp(claim)) if nlp is not None and span is not None else None
    if doc is not None and span is not None:
        roles: dict[str, frozenset[str]] = {}
        for role, name, _ in places_of_value(SentenceView(doc[:], has_parser), span[0], span[1]):
            roles[role] = roles.get(role, frozenset()) | {name}
        common["listed"] = bool(roles)
        if not roles and places:
            roles["location"] = places
        common["place_roles"] = tuple(sorted(roles.items()))
    if span is None or doc is None or not has_parser:
        counted = _counted_by_order(claim, span) if span else None
        purposes = purposes_by_order(claim) if fact.quantity is not None else frozenset()
        return ClaimFrame(counted=synonyms(counted) if counted else (), events=all_events, purposes=purposes, **common)
    tokens = [t for t in doc if t.idx < span[1] and t.idx + len(t.text) > span[0]]
    if not tokens:
        return ClaimFrame(events=all_events, **common)
    root = root_of(tokens)
    counted_token = counted_noun(root, {t.i for t in tokens}) if fact.quantity is not None else None
    if fact.date is not None:
        counted_token = _dated_thing(root)
    verb = governing_verb(root.head if root.head.i != root.i else root)
    events = all_events | (event_classes([verb.lemma_.lower(), verb.lower_]) if verb is not None else frozenset())
    counted_word = counted_token.lower_ if counted_token is not None else None  # no lemmatizer is loaded
    return ClaimFrame(
        counted=synonyms(counted_word) if counted_word else (),
        event_word=verb.text if verb is not None else None,
        events=events,
        agents=claim_agents(verb),
        purposes=purposes_of(verb),
        parsed=True,
        **common,
    )


def _dated_thing(root: Any) -> Any | None:
    """What a date in the claim dates: the object or subject of its verb ("signed the treaty in June")."""
    verb = governing_verb(root)
    if verb is None:
        return None
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _counted_by_order(claim: str, span: tuple[int, int]) -> str | None:
    """The first content word after the value: "14,000–15,000 troops"."""
    for word in re.findall(r"[A-Za-z][\w'’-]*", claim[span[1] : span[1] + 60]):
        if word[0].isupper():
            continue
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in STOPWORDS:
            continue
        return str(lowered)
    return None


def claim_terms(fact: Fact) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Subject and context terms read from the claim by word order, for a fact that gives none:
    the thing counted or dated ("troops" in "sent 14,000–15,000 troops"; "treaty" in "signed the
    treaty in June 2024") and the event word ("signed"). Empty when the claim does not show them."""
    span = claim_value_span(fact)
    if span is None:
        return (), ()
    claim = fact.claim
    thing = _counted_by_order(claim, span) if fact.quantity is not None else _dated_by_order(claim, span)
    event = next((w for w in words_of(claim) if event_classes([w]) and w != thing), None)
    return ((thing,) if thing else ()), ((event,) if event and fact.quantity is None else ())


def _dated_by_order(claim: str, span: tuple[int, int]) -> str | None:
    """The last content word before the date and its preposition: "signed the treaty in June 2024"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", claim[: span[0]])
    for word in reversed(words):
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in STOPWORDS or event_classes([lowered]) or word[0].isupper():
            continue
        return str(lowered)
    return None
