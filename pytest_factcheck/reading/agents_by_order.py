"""Agents by word order, for a pipeline without a parser.

The names opening a value's clause are its doer: "Meanwhile, the Conservatives
have 121 seats" gives the Conservatives' figure, not Labour's. A speaker
("Ukraine says 20,000 …"), a place that only sets the scene ("In California,
the fires killed …"), the capitals that open a sentence or name a day, and
names right after the value ("20,000 North Korean troops") are not doers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.reading import MONTH_WORDS, NOT_AGENT_CAPITALS, SAY_WORDS
from .codes import Skip
from .lexical import is_place, places_in, places_of
from .view import SentenceView, clause_start, stem, words_of

if TYPE_CHECKING:
    from .frame import ClaimFrame
    from .matcher import FactMatcher


_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def names_before(text: str, opens_sentence: bool = False) -> list[str]:
    """The capitalised names in ``text``, without the words that open a clause or name a day; in a
    text that opens its sentence, a first word that is no place or acronym ("Lawyers said",
    "Together the fires") is only capitalised."""
    names = []
    first = len(text) - len(text.lstrip(" \"'“‘("))
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        place = places_in(match.group())
        if opens_sentence and match.start() == first and not ((place and place[0][0] == 0) or words[0].isupper()):
            words = words[1:]
        kept = [w for w in words if w.lower().strip(".") not in NOT_AGENT_CAPITALS | MONTH_WORDS]
        if kept:
            names.append(" ".join(kept))
    return names


_SAYING = re.compile(r"\b(?:" + "|".join(sorted(SAY_WORDS)) + r")\b(?:\s+(?:that|to))?", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"^\W*(?:[\w'’-]+\W+){0,3}")


def _names_claim(after: str, matcher: FactMatcher, claim: str) -> bool:
    """The words right after the value name the claim's agent or context ("20,000 North Korean troops")."""
    window = _WORDS_AFTER.match(after)
    text = window.group() if window else ""
    names = names_before(text)
    known = {stem(w) for w in words_of(claim)}
    return any(matcher.context.search(n) or all(stem(w) in known for w in words_of(n)) for n in names)


def agent_conflict_by_order(
    view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher
) -> Skip | None:
    """Without a parse: the names opening the value's clause ("Meanwhile, the Conservatives have
    121 seats") are its doer; a claim whose own names before its value ("Labour won 411 seats")
    are none of them gives another agent's figure. A clause that names the claim's agent, its
    subject or context, or no one, leaves the slot empty."""
    claim = matcher.fact.claim
    at = claim.find(frame.value_text) if frame.value_text else -1
    claimed = names_before(claim[clause_start(claim, at) : at]) if at > 0 else []
    if not claimed:
        return None
    opening = clause_start(view.text, start)
    said = [m.end() for m in _SAYING.finditer(view.text, opening, start)]
    if said:
        opening = said[-1]  # "Ukraine says 20,000 North Korean troops …": the speaker is no doer
    if _names_claim(view.text[end : end + 40], matcher, claim):
        return None  # "20,000 North Korean troops"
    names = names_before(view.text[opening:start], opens_sentence=opening == 0)
    if not names:
        return None
    known = {stem(w) for w in words_of(claim)}
    claimed_places = places_of(" ".join(claimed))
    others = []
    for name in names:
        if (
            all(stem(w) in known for w in words_of(name))
            or matcher.subject.search(name)
            or matcher.context.search(name)
            or places_of(name) & claimed_places
        ):
            return None
        if claimed_places or not is_place(name):  # "In California, the fires killed …": the setting
            others.append(name)
    if not others:
        return None
    found = view.text[start:end]
    return Skip("other-participant", f"{found} is said of {others[0]}, not of {claimed[0]}")
