"""Moments: a figure the claim gives for one moment of its subject's story, or for its peak.

"Milton made landfall as a Category 3 hurricane" and "had winds of 120 mph when it
made landfall" give the storm's category and winds at one moment, named by a noun
of the lexicon's MOMENT_NOUNS. A storm has other categories and winds before and
after ("two days earlier it had been a Category 5"); a sentence that does not speak
of the claim's moment gives one of those, and cannot contradict the claim. The
moment's words find their synonyms in the lexicon ("came ashore" for "landfall").
It refuses only contradictions, with or without the parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.reading import MOMENT_NOUNS, PEAK_WORDS
from .codes import Skip
from .lexical import synonyms
from .view import SentenceView, stems_of, words_of

if TYPE_CHECKING:
    from .frame import ClaimFrame

#: "peaked at 165 mph", "a peak of 165 mph": a claim of the highest value its subject reached.
_PEAKED = re.compile(r"\bpeak(?:ed|s|ing)?\s+(?:at|of)\b", re.IGNORECASE)


def moment_of(claim: str) -> tuple[str, ...]:
    """The moment nouns of the claim (lexicon MOMENT_NOUNS: "landfall"), with their synonyms."""
    words = [w for w in words_of(claim) if w in MOMENT_NOUNS]
    return tuple(dict.fromkeys(s for w in words for s in synonyms(w)))


def moment_missing(view: SentenceView, start: int, end: int, frame: ClaimFrame) -> Skip | None:
    """The claim's figure is for a moment the sentence does not speak of."""
    if not frame.moment:
        return None
    lowered = view.text.lower()
    if any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in frame.moment):
        return None
    if stems_of(frozenset(words_of(lowered))) & stems_of(frozenset(frame.moment)):
        return None
    found = view.text[start:end]
    return Skip("other-time", f"{found} is not said of the claim's moment ({frame.moment[0]}): another moment's")


def peaked(claim: str) -> bool:
    """The claim gives the highest value its subject reached ("winds peaked at 165 mph")."""
    return _PEAKED.search(claim) is not None


def not_the_peak(frame: ClaimFrame, view: SentenceView, start: int, end: int) -> Skip | None:
    """A claim of a peak or record ("winds peaked at 165 mph") is contradicted only by a figure told
    as the peak too; "made landfall with winds of 80 mph" is the value at another moment."""
    if not frame.peak or _PEAKED.search(view.text) or set(words_of(view.text)) & PEAK_WORDS:
        return None
    return Skip("other-time", f"{view.text[start:end]} is not given as the peak the claim reports")
