"""Agents: who did what the value is a value of.

The claim "Labour won 411 seats" names its agent, Labour. A sentence whose
figure belongs to a verb done by another named agent ("the Conservatives won
121 seats", "China won 91 medals") gives that agent's figure, not the fact's:
it cannot contradict the fact. A named agent the claim, the subject or the
context also names, or one of the same country ("Pyongyang" for North Korea),
agrees; a sentence naming no agent leaves the slot empty. The slot needs the
parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .codes import Skip
from .lexical import places_in
from .view import SentenceView, governing_verb, root_of, words_of

if TYPE_CHECKING:
    from .frame import ClaimFrame
    from .matcher import FactMatcher

_AGENT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OWN_DEPS = frozenset({"compound", "poss", "amod", "det", "flat", "nmod"})


def _named(word: Any, claim: bool) -> bool:
    """A name: a proper noun, or a capitalised noun the tagger took for a common one ("Labour"),
    which in a sentence must not merely open it ("Turnout was …")."""
    if word.pos_ == "PROPN":
        return True
    return word.pos_ == "NOUN" and word.text[:1].isupper() and (claim or not word.is_sent_start)


def agent_of(verb: Any, claim: bool = False) -> list[Any]:
    """The proper-noun words of a verb's doer: its subject ("the Conservatives won"), or the
    object of "by" in the passive ("was won by Labour"), without clauses hanging from it."""
    doers = [c for c in verb.children if c.dep_ in _AGENT_DEPS and c.dep_ != "nsubjpass"]
    for child in verb.children:
        if child.dep_ == "agent":
            doers += [g for g in child.children if g.dep_ == "pobj"]
    names = []
    for doer in doers:
        words = [doer, *(c for c in doer.children if c.dep_ in _OWN_DEPS)]
        names += [w for w in words if _named(w, claim)]
    return names


def claim_agents(verb: Any | None) -> frozenset[str]:
    """The lowercase proper-noun words of the claim's agent."""
    return frozenset(w.lower_ for w in agent_of(verb, claim=True)) if verb is not None else frozenset()


def agent_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher) -> Skip | None:
    """The value belongs to a verb done by another named agent than the claim's."""
    if not frame.agents:
        return None
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        return None
    verb = governing_verb(root_of(tokens))
    if verb is None:
        return None
    names = [w for w in agent_of(verb) if w.idx - view.offset >= view.body_start]
    if not names:
        return None
    text = " ".join(w.text for w in names)
    known = frame.agents | frozenset(words_of(matcher.fact.claim))
    if any(w.lower_ in known for w in names) or matcher.subject.search(text) or matcher.context.search(text):
        return None
    if {name for _, _, name in places_in(text)} & frame.places:
        return None
    return Skip("other-participant", f"{view.text[start:end]} is said of {text}, not of the claim's agent")
