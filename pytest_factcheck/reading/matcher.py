"""A fact made ready for reading: its terms compiled and its claim frame read, once per run."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..lexicon.reading import EVENT_CLASSES, SYNONYM_CLASSES
from ..model import DateValue, Fact
from ..terms import TermSet
from ..values import find_dates
from .events import claim_kinds, event_stems
from .frame import ClaimFrame, read_claim_frame, read_claim_frames


def expanded(terms: tuple[str, ...]) -> tuple[str, ...]:
    """An editor's terms with the lexicon's synonyms of each: "pledge" also finds "gift", and
    "signed" also finds "inked"."""
    result = list(terms)
    lowered = {t.lower() for t in terms}
    for group in SYNONYM_CLASSES:
        if lowered & set(group):
            result += [word for word in group if word not in lowered and word not in result]
    return tuple(result)


_SINGLE = r"\b(?:the|a|an|one|first|second|third|last|single|its|this)\s+(?:[\w-]+\s+){0,2}?"


def _single_instances(fact: Fact) -> tuple[str, ...]:
    """Subject and context terms the claim names one of ("The first deportation flight")."""
    return tuple(
        term
        for term in (*fact.subject, *fact.context)
        if re.search(_SINGLE + re.escape(term) + r"\b", fact.claim, re.IGNORECASE) and not term.lower().endswith("s")
    )


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
    instances: TermSet = field(default_factory=lambda: TermSet.of(()))  # terms the claim names one of ("the flight")
    _frames: dict[str, ClaimFrame] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _carried: dict[str, FactMatcher] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, fact: Fact) -> FactMatcher:
        words = frozenset(re.findall(r"[a-z]+", " ".join((fact.claim, *fact.subject, *fact.context)).lower()))
        # The words of the claim's own event classes are its roles too: a claim of "killed" accepts "died".
        roles = words | {w for group in EVENT_CLASSES.values() if words & set(group) for w in group if " " not in w}
        subject = TermSet.of(expanded(fact.subject))
        return cls(
            fact,
            subject,
            TermSet.of(expanded(fact.context)),
            TermSet.of(fact.exclude),
            TermSet.of(fact.contradicted_by),
            frozenset(roles),
            event_stems(fact.claim),
            tuple(d.value for d in find_dates(fact.claim) if d.value is not None and not d.value.recurring),
            claim_kinds(fact.claim, TermSet.of(fact.subject)),
            TermSet.of(_single_instances(fact)),
        )

    def carried(self, pronoun: str) -> FactMatcher:
        """This matcher for a sentence whose opening pronoun stands for the subject of the sentence
        before ("It was signed on 18 June"): the pronoun reads as a subject term. The claim frame
        is shared; the variant is built once per pronoun."""
        if pronoun not in self._carried:
            self._carried[pronoun] = replace(self, subject=TermSet.of((*self.subject.terms, pronoun)), _carried={})
        return self._carried[pronoun]

    def frame(self, nlp: Any | None = None, has_parser: bool = False, name: str = "") -> ClaimFrame:
        """The claim's frame, read once per pipeline."""
        key = _frame_key(has_parser, name)
        if key not in self._frames:
            self._frames[key] = read_claim_frame(self.fact, nlp, has_parser)
        return self._frames[key]

    def is_about(self, text: str, before: str = "") -> bool:
        """The sentence mentions a subject term, a context term (if any; in the sentence or in
        ``before``, the article's lead and the paragraph so far) and no exclude term."""
        if not self.subject.search(text):
            return False
        if self.context and not self.context.search(text) and not (before and self.context.search(before)):
            return False
        return not (self.exclude and self.exclude.search(text))


def _frame_key(has_parser: bool, name: str) -> str:
    return name or ("parsed" if has_parser else "order")


def read_frames(matchers: Iterable[FactMatcher], nlp: Any | None, has_parser: bool, name: str = "") -> None:
    """Reads the claim frames of ``matchers`` not read yet for this pipeline, in one batch."""
    key = _frame_key(has_parser, name)
    missing = list({id(m._frames): m for m in matchers if key not in m._frames}.values())  # variants share frames
    for matcher, frame in zip(missing, read_claim_frames([m.fact for m in missing], nlp, has_parser), strict=True):
        matcher._frames[key] = frame
