"""The slots of a sentence's value, compared with the claim frame's.

Each function reads one slot around a value (its event, its places and
countries, an instance marker) and says why it conflicts with the claim, or
None. A slot the sentence leaves empty, or fills with a word the lexicon does
not know, never conflicts: conflicts come only from known, different words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.reading import EVENT_CONTRASTS, FUNCTION_WORDS, INSTANCE_WORDS, NON_RESULT_VERBS
from ..terms import TermSet
from .codes import Skip
from .counts import counted_noun
from .lexical import event_classes, is_neutral_verb, places_in, verb_base

if TYPE_CHECKING:
    from .frame import ClaimFrame
    from .matcher import FactMatcher
from .view import (
    SentenceView,
    clause_end,
    clause_start,
    governing_verb,
    is_headline,
    root_of,
    stem,
    stems_of,
    words_of,
)

_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})
_VERB_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod", "prep", "advmod", "agent"})
_INSTANCE_DEPS = frozenset({"amod", "det", "advmod", "nummod", "compound", "npadvmod"})
_PLACE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_PREPOSITION_ROLES = {"to": "destination", "into": "destination", "in": "location", "inside": "location",
                      "across": "location", "from": "origin"}  # fmt: skip
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
#: A claim's figure for this many places in one role ("in Poland, the Czech Republic, Austria and
#: Romania") is their total; a figure for some of them is a part. Two may be parties, not a list.
_LISTED_PLACES = 3
_PLACE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,3}?(in|to|from|into)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _value_tokens(view: SentenceView, start: int, end: int) -> list[Any]:
    return view.reader.tokens(view, start, end)


def event_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame) -> Skip | None:
    """The value belongs to an event of another class than the claim's ("injured" for "killed")."""
    if not frame.events:
        return None
    found = view.text[start:end]
    tokens = _value_tokens(view, start, end)
    if tokens:
        verb = _event_verb(root_of(tokens))
        if verb is None:
            return None
        words = [verb.lemma_.lower(), verb.lower_]
        particles = " ".join(c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "dobj"))
        classes = event_classes(words, f"{verb.lower_} {particles}")
        event = verb.text
    else:
        before = view.text[clause_start(view.text, start) : start]
        words = words_of(before)[-4:]
        classes = event_classes(words, before)
        event = next((w for w in reversed(words) if event_classes([w])), "")
    if classes and not classes & frame.events and contrasted(classes, frame.events):
        return Skip("other-event", f"{found} is said of '{event}', another event than the claim's")
    return None


def unclaimed_event(view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher) -> Skip | None:
    """A contradiction needs the value's event to be the claim's. A figure said of a verb that is
    neither the claim's, nor of the claim's event class, nor one that only carries a figure ("is",
    "rose to", "left 252 dead"), may measure anything ("highlighted a 25% increase" for a claim of a
    38% raise), even when it counts the claim's own thing ("needed 176 seats", "gained 24 seats"
    for a claim of seats won): it cannot contradict the fact. A figure of the fact's subject itself
    ("deported 200 Venezuelans", "meeting the 2.5% target"), or of things that are the verb's
    subject ("135 cardinals gathered"), is the fact's whatever its verb."""
    tokens = _value_tokens(view, start, end) if not is_headline(view.text) else []
    if tokens:
        root = root_of(tokens)
        noun = counted_noun(root, {t.i for t in tokens})
        subject = view.token_spans(matcher.subject)
        kinds = subject | view.token_spans(matcher.context)
        verb = _event_verb(root)
        if verb is not None and _non_result(verb, matcher) and (noun is None or noun.dep_ not in _ARGUMENT_DEPS):
            found = view.text[start:end]
            return Skip("other-event", f"{found} is said of '{verb.text}': a need, change or goal, not a result")
        if _figure_of_claimed_thing(noun, verb, frame, subject, kinds):
            return None
        if verb is None or verb.i in subject:
            return None
        word = verb.lower_
    else:
        return None  # by word order a verb cannot be told from an adjective ("estimated", "injured")
    base = verb_base(word)
    if is_neutral_verb(word) or stem(word) in matcher.events or stem(base) in matcher.events:
        return None
    if matcher.subject.search(word) or matcher.context.search(word) or event_classes([word, base]) & frame.events:
        return None
    return Skip("other-event", f"{view.text[start:end]} is said of '{word}', which the claim does not speak of")


def _non_result(verb: Any, matcher: FactMatcher) -> bool:
    """The verb makes its figure a need, change or goal (lexicon NON_RESULT_VERBS), and the claim's
    own event is not that verb."""
    base = stem(verb_base(verb.lower_))
    return base in stems_of(NON_RESULT_VERBS) and base not in matcher.events and stem(verb.lower_) not in matcher.events


def _figure_of_claimed_thing(noun: Any, verb: Any, frame: ClaimFrame, subject: set[int], kinds: set[int]) -> bool:
    """The figure counts the claim's thing and no verb can make it another figure: there is none,
    the claim names no event, or the things are the fact's subject or the verb's own subject."""
    if noun is None or (stem(noun.text) not in frame.counted_stems and noun.i not in kinds):
        return False
    return verb is None or not frame.events or noun.dep_ in _ARGUMENT_DEPS or noun.i in subject


def contrasted(classes: frozenset[str], claimed: frozenset[str]) -> bool:
    """Some class of ``classes`` excludes some class of the claim's (lexicon EVENT_CONTRASTS)."""
    return any(classes & group and claimed & group for group in EVENT_CONTRASTS)


def _event_verb(root: Any) -> Any | None:
    """The verb whose event a value is: the value, or the noun it counts, is the verb's own
    argument ("killed 3,700 people", "3,700 people died", "rose to 3,700"). A value inside a
    noun that is itself an argument of a preposition ("funded from the $6 billion package")
    belongs to no verb."""
    noun = root.head if root.dep_ in _MODIFIER_DEPS and root.head.i != root.i else root
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "by", "at", "of") and head.head.i != head.i:
        noun, head = head, head.head
    if noun.dep_ in _VERB_ARGUMENTS and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def place_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame, context: TermSet) -> Skip | None:
    """The value is said of a country the claim does not name in the same role: "Russian troops"
    for North Korean ones, "flights to Honduras" for flights to El Salvador. A role the claim leaves
    empty (no destination) accepts any country."""
    if not frame.place_roles:
        return None
    found = view.text[start:end]
    claimed = dict(frame.place_roles)
    placed = places_of_value(view, start, end)
    for role, name, text in placed:
        wanted = claimed.get(role)
        if wanted and name not in wanted and name not in frame.places and not context.search(text):
            return Skip("other-participant", f"{found} is said of {text}, not of {', '.join(sorted(wanted))}")
    for role, wanted in claimed.items():
        names = {name for placed_role, name, _ in placed if placed_role == role}
        if frame.listed and not frame.dated and len(wanted) >= _LISTED_PLACES and len(names) == 1 and names < wanted:
            # "seven died in Romania" for a claim of deaths in four countries: one country's part
            return Skip("part", f"{found} is said of {', '.join(sorted(names))} alone, a part of the claim's places")
    return None


def places_of_value(view: SentenceView, start: int, end: int) -> list[tuple[str, str, str]]:
    """Countries in the value's own slots, as (role, country, text): "agent" for the subject of its
    verb and the modifiers of what it counts ("North Korean troops"), and "destination",
    "location" or "origin" for places after "to", "in" or "from"."""
    tokens = _value_tokens(view, start, end)
    spans: list[tuple[str, int, int]] = []
    if tokens:
        inside = {t.i for t in tokens}
        root = root_of(tokens)
        noun = root.head if root.head.i != root.i else root
        verb = governing_verb(noun)
        holders = [noun, *([verb] if verb is not None else [])]
        holders += [c for c in (verb.children if verb is not None else ()) if c.dep_ in _ARGUMENT_DEPS]
        for head in holders:
            for child in head.children:
                role = _role(child, head is verb)
                if role and child.i not in inside:
                    spans.append((role, *_own_span(view, child, role, inside)))
        where = _where_of(verb)
        if where is not None:  # "In Oman, where the storm struck on Sunday": the clause's place
            spans.append(("location", view.position(where), view.position(where) + len(where)))
    else:
        after = _PLACE_AFTER.match(view.text[end : end + 80])
        if after:
            spans.append((_PREPOSITION_ROLES[after.group(1).lower()], end + after.start(2), end + after.end(2)))
    places = []
    for role, span_start, span_end in spans:
        span_start = max(span_start, view.body_start)  # the dateline's city is where the story was filed
        for place_start, place_end, name in places_in(view.text[span_start:span_end]):
            places.append((role, name, view.text[span_start + place_start : span_start + place_end]))
    return places


def _own_span(view: SentenceView, child: Any, role: str, inside: set[int]) -> tuple[int, int]:
    """The words of one slot: a place after a preposition with all its words; an agent or
    holder without the prepositional phrases inside it ("the flight to El Salvador")."""
    if role == "agent":
        words = [child, *(c for c in child.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]
        words = [w for w in words if w.i not in inside]
        first, last = min(words, key=lambda w: w.i), max(words, key=lambda w: w.i)
    else:
        first, last = child.left_edge, child.right_edge
    return view.position(first), view.position(last) + len(last)


def _where_of(verb: Any | None) -> Any | None:
    """The place a relative clause of "where" is about: "Oman" in "In Oman, where the storm struck"."""
    if verb is None or verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def _role(child: Any, of_verb: bool) -> str | None:
    if child.dep_ in _PLACE_DEPS or (of_verb and child.dep_ in _ARGUMENT_DEPS):
        return "agent"
    if of_verb and child.dep_ == "dobj" and child.pos_ == "PROPN":
        return "location"  # "struck the northern Philippines on Sept. 3"
    if child.dep_ == "prep":
        return _PREPOSITION_ROLES.get(child.lower_)
    return None


def instance_conflict(view: SentenceView, start: int, end: int, frame: ClaimFrame, matcher: FactMatcher) -> Skip | None:
    """The value is said of another instance of the claim's kind: "the previous visit", "turnout at the
    last election", "the second quake, which killed 12". An instance word the claim uses itself
    ("the first visit in 24 years") is no conflict."""
    found = view.text[start:end]
    tokens = _value_tokens(view, start, end)
    if tokens:
        value = root_of(tokens)
        verb = governing_verb(value)
        kinds = view.token_spans(matcher.subject) | view.token_spans(matcher.context)
        counted = frame.counted_stems | stems_of(frozenset(words_of(matcher.fact.claim)))
        for token in view.span:
            if token.lower_ not in INSTANCE_WORDS or token.lower_ in frame.instance or token.dep_ not in _INSTANCE_DEPS:
                continue
            noun = token.head
            if noun.pos_ not in ("NOUN", "PROPN") or (noun.i not in kinds and stem(noun.text) not in counted):
                continue
            if value in noun.subtree or (verb is not None and _near(noun, verb)):
                return Skip("other-instance", f"{found} is said of the {token.text} {noun.text}, another one")
        return None
    for span_start, _ in matcher.subject.spans(view.text):
        words = [w for w in words_of(view.text[max(0, span_start - 30) : span_start]) if w not in ("the", "a", "an")]
        words = [w for w in words[-2:] if w not in FUNCTION_WORDS or w in INSTANCE_WORDS]
        marker = next((w for w in words if w in INSTANCE_WORDS and w not in frame.instance), None)
        if marker and clause_start(view.text, start) <= span_start <= clause_end(view.text, end):
            return Skip("other-instance", f"{found} is said of the {marker} {matcher.subject.terms[0]}, another one")
    return None


def _near(noun: Any, verb: Any) -> bool:
    """The noun is an argument of the verb, directly or through one preposition ("turnout at the
    last election was 45%")."""
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.i == verb.i:
            return True
        if current.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "ROOT"):
            return False
    return False


def dated_instance(view: SentenceView, start: int, end: int, subject: TermSet) -> bool:
    """A date that names which one of its kind the subject is ("the 1997 accord", "the March flight")."""
    tokens = _value_tokens(view, start, end)
    subject_tokens = view.token_spans(subject)
    if tokens:
        root = root_of(tokens)
        head = root.head
        described = head.dep_ in ("appos", "attr", "oprd")  # "the treaty, a Soviet-era pact": said of the fact's treaty
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i in subject_tokens:
            return True  # "the Valencia flood of 1957"
        return root.dep_ in ("compound", "nummod", "amod", "poss") and head.i in subject_tokens and not described
    following = re.match(r"^(?:['’]s)?\s+([\w-]+)", view.text[end : end + 40])
    before = view.text[max(0, start - 12) : start].lower()
    return (
        following is not None
        and subject.search(following.group(1))
        and re.search(r"(?:\bthe|\ba|\bits|\btheir|['’]s)\s*$", before) is not None
    )
