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

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.reading import (
    OTHERS_WORDS,
    PERSON_PRONOUNS,
    WHOLE_GROUP_NOUNS,
)
from .agents_by_order import agent_conflict_by_order
from .codes import Skip
from .lexical import is_place, places_in, places_of
from .view import SentenceView, governing_verb, root_of, stem, words_of

if TYPE_CHECKING:
    from .frame import ClaimFrame
    from .matcher import FactMatcher

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
_OWN_DEPS = frozenset({"compound", "amod", "flat", "nmod"})  # not "poss": "Farage's Reform UK" is Reform UK


def _named(word: Any) -> bool:
    """A name: a proper noun, or a capitalised noun the tagger took for a common one ("Labour")."""
    return bool(word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.text[:1].isupper()))


def _name_modifier(word: Any) -> bool:
    """A place's name before a common noun: "the Chinese delegation", "American swimmers" (not "the
    Trump administration", which is the country's)."""
    return word.text[:1].isupper() and bool(places_in(word.text))


def _doers(verb: Any) -> list[Any]:
    """A verb's subjects, and the object of "by" in the passive; for "with the Greens getting four
    seats", where the parser hangs "getting" off another word, the object of that "with"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in verb.children:
        if child.dep_ == "agent":
            doers += [g for g in child.children if g.dep_ == "pobj"]
    if doers and verb.dep_ == "relcl" and all(d.lower_ in _RELATIVE_PRONOUNS for d in doers):
        return [verb.head]  # "Reform, which secures five seats": Reform
    if doers or verb.dep_ not in ("acl", "pcomp"):
        return doers
    before = verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]
    for word in reversed(before):
        if word.dep_ == "pobj" and word.head.lower_ == "with":
            return [word]
        if word.pos_ not in ("ADV", "PRON", "DET"):
            break
    return []


def _pronoun_owner(doer: Any) -> list[Any]:
    """The name a possessive pronoun of the doer stands for: in "France won 16 golds and their tally
    of 64 medals was their best", the subject named before it in the sentence."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
        return []
    root = doer.sent.root
    for subject in (c for c in root.children if c.dep_ == "nsubj" and c.i < doer.i and _named(c)):
        return [subject, *(c for c in subject.children if c.dep_ in _OWN_DEPS and _named(c))]
    return []


def doers_of(verb: Any, own: frozenset[int] = frozenset()) -> list[Any]:
    """A verb's doers: its subject ("the Conservatives won"), the object of "by" in the passive
    ("was won by Labour"), or for a verb without its own subject ("made gains, securing 71 seats",
    "led with six medals won", not "plans for meeting") the subject of the verb it hangs from. The value's own noun
    (``own``: "six medals won") is not its doer."""
    for _ in range(4):
        doers = [d for d in _doers(verb) if d.i not in own]
        if doers or verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp"):
            return doers
        if verb.dep_ == "pcomp" and verb.head.lower_ != "with":
            return []  # "plans for meeting the target": whoever plans does not meet it
        above = governing_verb(verb.head)
        if above is None or above.i == verb.i:
            return []
        verb = above
    return []


def agent_of(verb: Any, known: frozenset[int] = frozenset(), own: frozenset[int] = frozenset()) -> list[Any]:
    """The names of a verb's doers (see :func:`doers_of`). A doer that is no name ("the party's
    dominance") is named by its owner ("the Scottish National Party's"), by a name before it ("the
    Chinese delegation"), or by the subject a possessive pronoun stands for ("their tally")."""
    names = []
    for doer in doers_of(verb, own):
        if doer.i in known:
            owner = _foreign_owner(doer, known)
            if owner:  # "Milton's winds hit 180 mph", "Audrey, whose winds reached 125 mph"
                names += owner
                continue
            return []  # the fact's own subject or context does it ("California's fires killed …")
        words = [doer, *(c for c in doer.children if c.dep_ in _OWN_DEPS)]
        named = [w for w in words if _named(w)] if _named(doer) else []
        if not named:
            owners = [c for c in doer.children if c.dep_ == "poss"]
            named = [w for o in owners for w in (o, *o.children) if _named(w)]
        if not named and doer.pos_ == "NOUN":  # "the Chinese delegation", "the host nation, France,"
            named = [c for c in doer.children if c.dep_ in ("amod", "compound") and _name_modifier(c)]
            appositions = [c for c in doer.children if c.dep_ == "appos"]
            appositions = [a for a in appositions if _named(a) or any(_named(c) for c in a.children)]
            named = named or [w for a in appositions[:1] for w in (a, *a.children) if _named(w)]
        names += named or _pronoun_owner(doer)
    return sorted(names, key=lambda w: w.i)


def _foreign_owner(doer: Any, known: frozenset[int]) -> list[Any]:
    """The named owner of a subject term, when the fact's terms do not name it: "Milton" in
    "Milton's winds", "Audrey" in "Hurricane Audrey, whose winds"."""
    for owner in (c for c in doer.children if c.dep_ == "poss"):
        if owner.lower_ == "whose" and doer.head.dep_ == "relcl":
            owner = doer.head.head
        words = [owner, *(c for c in owner.children if c.dep_ in _OWN_DEPS)]
        if _named(owner) and not any(w.i in known for w in words):
            return sorted((w for w in words if _named(w)), key=lambda w: w.i)
    return []


def claim_agents(verb: Any | None) -> frozenset[str]:
    """The lowercase proper-noun words of the claim's agent."""
    return frozenset(w.lower_ for w in agent_of(verb)) if verb is not None else frozenset()


def agent_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher) -> Skip | None:
    """The value belongs to a verb done by another named agent than the claim's; or, for a claim
    that names no agent ("about 10,500 athletes competed"), by a place ("Russia fielded 15
    athletes"): that place's share, not the claim's total."""
    if not frame.parsed:
        return agent_conflict_by_order(view, start, end, frame, matcher)
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        return None
    verb = governing_verb(root_of(tokens))
    if verb is None:
        return None
    kinds = frozenset(view.token_spans(matcher.subject) | view.token_spans(matcher.context))
    others = _others_taking_part(verb, tokens)
    if others is not None and not set(words_of(others)) & set(words_of(matcher.fact.claim)):
        return Skip("other-participant", f"{view.text[start:end]} is said of {others}, not of the claim's")
    person = _person_doer(verb, frame, tokens)
    if person is not None:
        found = view.text[start:end]
        return Skip("other-participant", f"{found} is said of a person ({person}), not of the claim's agent")
    members = _members_of_agent(verb, kinds, frame, frozenset(stem(w) for w in words_of(matcher.fact.claim)))
    if members is not None:
        return Skip("part", f"{view.text[start:end]} is said of {members}, a part of the claim's agent")
    own = frozenset(t.i for t in tokens) | frozenset(t.head.i for t in tokens)
    names = [w for w in agent_of(verb, kinds, own) if w.idx - view.offset >= view.body_start]
    if not names:
        return None
    text = " ".join(w.text for w in names)
    if not frame.agents and not is_place(text):
        return None  # the claim names no agent: only a place's figure is a share ("Russia fielded 15")
    known = {stem(w) for w in frame.agents | frozenset(words_of(matcher.fact.claim))}
    if all(stem(w.text) in known for w in names) or matcher.subject.search(text) or matcher.context.search(text):
        return None
    claimed = " ".join(w for w in re.findall(r"[\w'’-]+", matcher.fact.claim) if w.lower() in frame.agents)
    if is_place(text) and places_of(text) & places_of(claimed):
        return None  # "Pyongyang" for North Korea; not "the Scottish National Party" for the UK
    found = view.text[start:end]
    if not frame.agents:
        return Skip("other-participant", f"{found} is said of {text}, a share of the claim's total")
    return Skip("other-participant", f"{found} is said of {text}, not of {claimed or 'the claim agent'}")


def _others_taking_part(verb: Any, tokens: list[Any]) -> str | None:
    """The verb's doer or recipient is "others": "36 seats went to other parties"."""
    own = {t.i for t in tokens}
    for child in verb.children:
        nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ in ("prep", "dative") else [child]
        for noun in nouns:
            if noun.i in own or noun.dep_ not in ("nsubj", "nsubjpass", "pobj"):
                continue
            marked = [c for c in noun.children if c.dep_ in ("amod", "compound")] + [noun]
            if any(w.lower_ in OTHERS_WORDS for w in marked):  # "other parties", "the opposition bloc"
                return " ".join(w.text for w in noun.subtree if w.i <= noun.i)
    return None


def _person_doer(verb: Any, frame: ClaimFrame, tokens: list[Any]) -> str | None:
    """The doer is a person ("He also won five medals") where the claim's agent is a place."""
    if not frame.agents or not frame.places:
        return None
    own = frozenset(t.i for t in tokens) | frozenset(t.head.i for t in tokens)
    for doer in doers_of(verb, own):
        if doer.lower_ in PERSON_PRONOUNS:
            return str(doer.text)
    return None


def _members_of_agent(verb: Any, kinds: frozenset[int], frame: ClaimFrame, claimed: frozenset[str]) -> str | None:
    """The verb's doer is some members of the claim's agent: "Norway's female skiers won 9 medals",
    "American swimmers collected 28 medals" for a claim that Norway, or the United States, won. A
    doer the claim names ("the DANA flooding" for "the DANA floods") is the agent itself."""
    if not frame.agents:
        return None
    for doer in doers_of(verb):
        whole = doer.lower_ in WHOLE_GROUP_NOUNS or stem(doer.text) in claimed
        if _named(doer) or doer.i in kinds or doer.pos_ != "NOUN" or whole:
            continue
        owners = [
            c for c in doer.children if c.dep_ in ("poss", "amod", "compound") and (_named(c) or _name_modifier(c))
        ]
        text = " ".join(w.text for w in owners)
        if owners and ({w.lower_ for w in owners} & frame.agents or places_of(text) & frame.places):
            return f"{text} {doer.text}"
    return None
