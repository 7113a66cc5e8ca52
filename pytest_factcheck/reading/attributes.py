"""Measures: a figure given as the value of a subject term that names a measure.

"magnitude 5.9", "a magnitude of 5.9", "turnout of 82.5%", "a 6.4-magnitude
aftershock": the figure is the subject's own value, whatever noun follows it,
and that noun is what the measure is of. A noun the claim does not speak of
("aftershock" for a claim about the earthquake's magnitude) makes it a measure
of another thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.reading import FUNCTION_WORDS, MEASURE_WORDS, STOPWORDS
from ..terms import TermSet
from ..values import QuantityMention
from .codes import Skip
from .lexical import synonyms
from .view import SentenceView, stem, words_of

_GAP_BEFORE = re.compile(r"\s+(?:of\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^(?:-|\s+)$")
_NEXT_WORD = re.compile(r"^[\s-]*([A-Za-z][\w'’]*)")


@dataclass(frozen=True)
class Measure:
    """A figure read as the value of a measure term; ``problem`` when it measures another thing."""

    problem: Skip | None


def measure_of(view: SentenceView, mention: QuantityMention, subject: TermSet, claim: str) -> Measure | None:
    """The figure as the value of a subject term right before or after it, or None when it is not one."""
    text = view.text
    end = None
    for span_start, span_end in subject.spans(text, max(0, mention.start - 40), min(len(text), mention.end + 40)):
        if words_of(text[span_start:span_end])[-1:] not in ([w] for w in MEASURE_WORDS):
            continue
        if span_end <= mention.start and _GAP_BEFORE.fullmatch(text[span_end : mention.start]):
            end = mention.end  # "magnitude 5.9 earthquake": the noun after the figure
        elif span_start >= mention.end and _GAP_AFTER.match(text[mention.end : span_start]):
            end = span_end  # "a 6.4-magnitude aftershock": the noun after the term
    if end is None:
        return None
    following = _NEXT_WORD.match(text[end : end + 30])
    if following is None:
        return Measure(None)
    word = following.group(1)
    start = end + following.start(1)
    if not _is_noun(view, start, after_term=end != mention.end):
        return Measure(None)
    lowered = word.lower()
    if word[0].isupper() or lowered in FUNCTION_WORDS or lowered in STOPWORDS or subject.search(word):
        return Measure(None)
    claimed = {stem(w) for w in words_of(claim)} | {stem(s) for w in words_of(claim) for s in synonyms(w)}
    if stem(lowered) in claimed:
        return Measure(None)
    return Measure(Skip("other-thing", f"{mention.quantity.text} is the {subject.terms[0]} of {word}, not the claim's"))


def _is_noun(view: SentenceView, start: int, after_term: bool) -> bool:
    """The word at ``start`` is a noun: by the parse, or by word order after a compound
    ("a 6.4-magnitude aftershock"), where nothing else can follow."""
    if view.reader.parsed:
        tokens = view.reader.tokens(view, start, start + 1)
        return bool(tokens) and tokens[0].pos_ == "NOUN"
    return after_term
