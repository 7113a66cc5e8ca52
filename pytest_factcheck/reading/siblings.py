"""New instances: a sentence that introduces a thing of the fact's kind as a new one.

News copy names its event with "a" or "an" once, in its lede ("A powerful
earthquake struck central Japan on Monday"), and as "the earthquake" after.
Later in an article, "an earthquake of magnitude 5.5 hit the peninsula on Jan.
3" introduces another event of the kind (an aftershock): its values are not
the fact's, and do not contradict it. In the lede, an introduced event whose
values disagree with two facts about one event at once, and agree with none,
is another event too; one value that agrees ("a magnitude 7.6 quake struck on
Jan. 3") shows it is the facts' event, and then a contradiction stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.reading import INDEFINITE_WORDS
from ..model import Fact, Verdict
from ..values import compare_quantity
from .codes import Skip
from .matcher import FactMatcher
from .verdicts import Judgement, skipped
from .view import SentenceView

_NOUN_PHRASE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:[\w.,'’-]+\s+|[\w.]+-){0,4}$")


def siblings(first: Fact, second: Fact) -> bool:
    """Two facts about one event: they share a context term ("Noto"), or, with no context, a subject term."""
    if first.id == second.id:
        return False
    if first.context and second.context:
        return bool(_lowered(first.context) & _lowered(second.context))
    return bool(_lowered(first.subject) & _lowered(second.subject))


def kindred(first: Fact, second: Fact) -> bool:
    """Two facts whose figures a sentence can mix up: siblings, or facts counting the same thing
    ("seats" won by Labour and by the Conservatives)."""
    return siblings(first, second) or (
        first.id != second.id and bool(_lowered(first.subject) & _lowered(second.subject))
    )


def _lowered(terms: Sequence[str]) -> frozenset[str]:
    return frozenset(term.lower() for term in terms)


def introduces(text: str, matcher: FactMatcher) -> bool:
    """The sentence introduces a thing of the fact's kind as a new one: "An earthquake with a
    magnitude of 5.5 hit …", "a powerful earthquake … occurred", "another fire"."""
    for start, _ in matcher.subject.spans(text):
        before = _NOUN_PHRASE_BEFORE.search(text[max(0, start - 40) : start])
        if before and before.group(1).lower() in INDEFINITE_WORDS:
            return True
    return False


def narrower_sibling(
    text: str, matcher: FactMatcher, judgement: Judgement, others: Sequence[FactMatcher]
) -> str | None:
    """The sibling fact whose longer subject term names what the figure counts: "40 gold medals" is
    the figure of a fact about "gold medals", not of one about "medals" in all."""
    window = (judgement.end, min(len(text), judgement.end + 40))
    own = matcher.subject.spans(text, *window)
    if not own:
        return None
    for other in others:
        for start, end in other.subject.spans(text, *window):
            if start - judgement.end <= 2 and any(start <= s and e <= end and e - s < end - start for s, e in own):
                return other.fact.id
    return None


def sibling_owner(
    view: SentenceView, fact: Fact, judgement: Judgement, others: Sequence[tuple[FactMatcher, Judgement]]
) -> str | None:
    """The sibling fact that the contradicting figure agrees with, in a sentence that gives the
    fact's own figure too: in "412 seats for Labour, 121 for the Conservatives", 412 is the Labour
    fact's figure, read where the Conservatives' is sought. A sentence without the fact's own
    figure keeps its contradiction ("238 men returned" where 252 did, and 238 were sent)."""
    if not _gives_figure(view, fact):
        return None
    for other, other_judgement in others:
        if other_judgement.verdict is Verdict.SUPPORTS and (other_judgement.start, other_judgement.end) == (
            judgement.start,
            judgement.end,
        ):
            return other.fact.id
    return None


def _gives_figure(view: SentenceView, fact: Fact) -> bool:
    """The sentence holds a figure that agrees with the fact, wherever it is attached."""
    if fact.quantity is None:
        return False
    return any(
        compare_quantity(mention.quantity, fact.quantity, fact.tolerance_relative, fact.tolerance_absolute).outcome
        == "agrees"
        for mention in view.quantities
    )


def reconcile(view: SentenceView, judged: Sequence[tuple[FactMatcher, Judgement]], lede: bool) -> list[Judgement]:
    """The judgements of one sentence, with contradictions made ``unverifiable`` (code
    ``other-instance``) when the sentence introduces the thing it speaks of as a new one: outside
    the lede always; in the lede when it contradicts two sibling facts and supports none;
    (code ``sibling-value``) when the figure agrees with a sibling fact; and (code ``other-thing``)
    when a sibling's narrower subject term names what the figure counts."""
    text = view.text
    result = [judgement for _, judgement in judged]
    facts = [(matcher.fact, judgement) for matcher, judgement in judged]
    for index, (matcher, judgement) in enumerate(judged):
        if judgement.verdict is not Verdict.CONTRADICTS:
            continue
        others = [other for other, _ in judged if siblings(matcher.fact, other.fact)]
        kindred_judged = [(o, j) for o, j in judged if kindred(matcher.fact, o.fact)]
        owner = sibling_owner(view, matcher.fact, judgement, kindred_judged)
        if owner is not None:
            skip = Skip("sibling-value", f"{judgement.found} is the figure of the fact '{owner}', which it agrees with")
            result[index] = skipped(skip, judgement)
            continue
        narrower = narrower_sibling(text, matcher, judgement, others)
        if narrower is not None:
            skip = Skip("other-thing", f"{judgement.found} counts what the fact '{narrower}' counts")
            result[index] = skipped(skip, judgement)
            continue
        kin = [other for other, _ in judged if other is matcher or siblings(matcher.fact, other.fact)]
        if not any(introduces(text, other) for other in kin):
            continue
        if not lede:
            subject = matcher.subject.terms[0]
            skip = Skip("other-instance", f"the sentence introduces a {subject} as a new one: another than the fact's")
            result[index] = skipped(skip, judgement)
            continue
        family = [(other, j) for other, j in facts if siblings(matcher.fact, other)]
        if any(j.verdict is Verdict.SUPPORTS for _, j in family):
            continue
        contradicted = [other.id for other, j in family if j.verdict is Verdict.CONTRADICTS]
        if contradicted:
            skip = Skip(
                "other-instance",
                f"the sentence also disagrees with the fact '{contradicted[0]}' about the same event: "
                "it likely speaks of another one",
            )
            result[index] = skipped(skip, judgement)
    return result
