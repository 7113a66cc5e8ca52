"""Purposes: what a vote or a decision was for.

"The assembly voted 190-0 to lift martial law" and "204 lawmakers voted in favour
of impeaching the president" are two votes; their tallies are figures of the
same kind, told apart only by the verbs in the complement of "voted" (lexicon
DECISION_VERBS). A sentence's tally for a vote with another purpose than the
claim's cannot contradict it. Purposes agree when they share a stem or an event
class ("overturn" for "lift"). The slot needs the parse; it refuses only what it
reads on both sides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.numbers import SMALL_NUMBERS, TENS_WORDS, UNITS_WORDS
from ..lexicon.reading import DECISION_VERBS
from .codes import Skip
from .lexical import event_classes, is_neutral_verb, verb_base
from .view import SentenceView, clause_end, clause_start, governing_verb, root_of, stem

if TYPE_CHECKING:
    from .frame import ClaimFrame

_VOTED_TO = re.compile(r"\bvot(?:e|ed|es|ing)\b[^.;:]{0,40}?\b(?:to|in\s+favou?r\s+of)\s+([a-z]+)", re.IGNORECASE)
_DONE_BY = re.compile(
    r"\b([a-z]+ed)\b(?:\s+[\w,]+){0,4}?\s+by\s+(?:a\s+vote\s+of\s+)?(?:\d|[a-z]+\s+votes?)", re.IGNORECASE
)
#: "a vote of 190 to none", "214 votes to 85": a score, not a purpose.
_NO_PURPOSE = frozenset({"none", "nil", "zero", *UNITS_WORDS, *TENS_WORDS, *SMALL_NUMBERS})
_TO_BE_DONE = re.compile(r"\b(?:be|been)\s+([a-z]+ed)\b", re.IGNORECASE)
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})


def purposes_of(verb: Any | None) -> frozenset[str]:
    """The lowercase forms of the verbs a decision verb's complement holds ("demand", "lifted" for
    "voted to demand that martial law be lifted"; "impeaching" for "voted in favour of impeaching").
    Forms, not lemmas: claims are parsed without a lemmatizer."""
    if verb is None or verb.lower_ not in DECISION_VERBS:
        return frozenset()
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ not in _COMPLEMENT_DEPS and child.dep_ != "prep":
            continue
        for token in child.subtree:
            if token.pos_ == "VERB" and token.dep_ in _COMPLEMENT_DEPS:
                found.add(token.lower_)
    return frozenset(found)


def purposes_by_order(text: str) -> frozenset[str]:
    """Without the parse: the verb after "voted … to" or "in favour of" ("voted 190-0 to lift"), or
    the participle a tally follows ("impeached on Saturday by 214 votes")."""
    found = {m.group(1).lower() for m in _VOTED_TO.finditer(text)} - _NO_PURPOSE
    if found:  # "voted to demand that martial law be lifted": lifted too
        found |= {m.group(1).lower() for m in _TO_BE_DONE.finditer(text)}
    found |= {m.group(1).lower() for m in _DONE_BY.finditer(text) if m.group(1).lower() not in DECISION_VERBS}
    return frozenset(found)


def purpose_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame) -> Skip | None:
    """The value is the tally of a decision for another purpose than the claim's."""
    if not frame.purposes:
        return None
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        mine = purposes_by_order(view.text[clause_start(view.text, start) : clause_end(view.text, end)])
        if not mine or _agree(mine, frame.purposes):
            return None
        wanted = ", ".join(sorted(frame.purposes))
        return Skip(
            "other-event", f"{view.text[start:end]} is a tally for '{', '.join(sorted(mine))}', not for '{wanted}'"
        )
    root = root_of(tokens)
    verb = governing_verb(root.head if root.head.i != root.i else root)
    mine = purposes_of(verb) or _named_decision(verb)
    if not mine or _agree(mine, frame.purposes):
        return None
    found, wanted = view.text[start:end], ", ".join(sorted(frame.purposes))
    return Skip("other-event", f"{found} is a tally for '{', '.join(sorted(mine))}', not for '{wanted}'")


def _named_decision(verb: Any | None) -> frozenset[str]:
    """What a figure's own verb makes it, for a claim that is a vote's tally: "was impeached by 214
    votes", "struck it down by a vote of 190", "walked out", "took part" (any verb that does more
    than carry a figure); or, for a vote with no complement, the verb it explains ("It was revoked
    after lawmakers voted 180-0")."""
    if verb is None:
        return frozenset()
    if verb.lower_ in DECISION_VERBS:
        above = verb.head if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i else None
        if above is None or not event_classes([above.lower_]):
            return frozenset()
        return frozenset({_with_particle(above)})
    if is_neutral_verb(verb.lower_):
        return frozenset()
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return frozenset({_with_particle(verb), *objects})  # "backed the repeal": backed, repeal


def _with_particle(verb: Any) -> str:
    """ "struck down", "voted down": the verb with its particle, as event classes name phrases."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lower_, *particles])


def _agree(first: frozenset[str], second: frozenset[str]) -> bool:
    if {stem(verb_base(w.split()[0])) for w in first} & {stem(verb_base(w.split()[0])) for w in second}:
        return True
    classes = [event_classes(w.split(), w) for w in (*first,)]
    claimed = [event_classes(w.split(), w) for w in (*second,)]
    return bool(frozenset().union(*classes) & frozenset().union(*claimed))
