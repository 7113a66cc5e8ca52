"""Agents: who did what the value is a value of.

The claim "Labour won 411 seats" names its agent, Labour. A sentence whose
figure belongs to a verb done by another named agent ("the Conservatives won
121 seats", "China won 91 medals") gives that agent's figure, not the fact's:
it cannot contradict the fact. A named agent the claim, the subject or the
context also names, or one of the same country ("Pyongyang" for North Korea),
agrees; a sentence naming no agent leaves the slot empty. An owner is not the
agent ("Nigel Farage's Reform UK" is Reform UK). The slot needs the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .codes import Skip
from .lexical import places_in
from .view import SentenceView, governing_verb, root_of, stem, words_of

if TYPE_CHECKING:
    from .frame import ClaimFrame
    from .matcher import FactMatcher

_OWN_DEPS = frozenset({"compound", "amod", "flat", "nmod"})  # not "poss": "Farage's Reform UK" is Reform UK


def _named(word: Any) -> bool:
    """A name: a proper noun, or a capitalised noun the tagger took for a common one ("Labour")."""
    return bool(word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.text[:1].isupper()))


def agent_of(verb: Any, known: frozenset[int] = frozenset()) -> list[Any]:
    """The names of a verb's doer: its subject ("the Conservatives won"), the object of "by" in the
    passive ("was won by Labour"), or for a verb without its own subject ("made gains, securing 71
    seats") the subject of the verb it hangs from. A doer that is no name ("the party's dominance")
    is named by its owner ("the Scottish National Party's")."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        for child in verb.children:
            if child.dep_ == "agent":
                doers += [g for g in child.children if g.dep_ == "pobj"]
        if doers or verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    names = []
    for doer in doers:
        if doer.i in known:
            return []  # the fact's own subject or context does it ("California's fires killed …")
        words = [doer, *(c for c in doer.children if c.dep_ in _OWN_DEPS)]
        own = [w for w in words if _named(w)] if _named(doer) else []  # "North Korean troops" is no name
        if not own:
            owners = [c for c in doer.children if c.dep_ == "poss"]
            own = [w for o in owners for w in (o, *o.children) if _named(w)]
        names += own
    return sorted(names, key=lambda w: w.i)


def claim_agents(verb: Any | None) -> frozenset[str]:
    """The lowercase proper-noun words of the claim's agent."""
    return frozenset(w.lower_ for w in agent_of(verb)) if verb is not None else frozenset()


def agent_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher) -> Skip | None:
    """The value belongs to a verb done by another named agent than the claim's; or, for a claim
    that names no agent ("about 10,500 athletes competed"), by a place ("Russia fielded 15
    athletes"): that place's share, not the claim's total."""
    if not frame.parsed:
        return None
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        return None
    verb = governing_verb(root_of(tokens))
    if verb is None:
        return None
    kinds = frozenset(view.token_spans(matcher.subject) | view.token_spans(matcher.context))
    members = _members_of_agent(verb, kinds, frame)
    if members is not None:
        return Skip("part", f"{view.text[start:end]} is said of {members}, a part of the claim's agent")
    names = [w for w in agent_of(verb, kinds) if w.idx - view.offset >= view.body_start]
    if not names:
        return None
    text = " ".join(w.text for w in names)
    if not frame.agents and not _is_place(text):
        return None  # the claim names no agent: only a place's figure is a share ("Russia fielded 15")
    known = {stem(w) for w in frame.agents | frozenset(words_of(matcher.fact.claim))}
    if all(stem(w.text) in known for w in names) or matcher.subject.search(text) or matcher.context.search(text):
        return None
    claimed = " ".join(w for w in words_of(matcher.fact.claim) if w in frame.agents)
    if _is_place(text) and _places(text) & _places(claimed):
        return None  # "Pyongyang" for North Korea; not "the Scottish National Party" for the UK
    found = view.text[start:end]
    if not frame.agents:
        return Skip("other-participant", f"{found} is said of {text}, a share of the claim's total")
    return Skip("other-participant", f"{found} is said of {text}, not of {claimed or 'the claim agent'}")


def _is_place(text: str) -> bool:
    """The agent's name is all place names ("Pyongyang", "North Korea", "Americans")."""
    covered = sum(end - start for start, end, _ in places_in(text))
    return covered >= len(text.replace(" ", "")) * 0.8


def _members_of_agent(verb: Any, kinds: frozenset[int], frame: ClaimFrame) -> str | None:
    """The verb's doer is some members of the claim's agent: "Norway's female skiers won 9 medals",
    "American swimmers collected 28 medals" for a claim that Norway, or the United States, won."""
    if not frame.agents:
        return None
    for doer in (c for c in verb.children if c.dep_ == "nsubj"):
        if _named(doer) or doer.i in kinds or doer.pos_ != "NOUN":
            continue
        owners = [c for c in doer.children if c.dep_ in ("poss", "amod", "compound") and _named(c)]
        text = " ".join(w.text for w in owners)
        if owners and ({w.lower_ for w in owners} & frame.agents or _places(text) & frame.places):
            return f"{text} {doer.text}"
    return None


def _places(text: str) -> frozenset[str]:
    return frozenset(name for _, _, name in places_in(text))
