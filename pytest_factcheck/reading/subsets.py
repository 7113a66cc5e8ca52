"""Subsets: a figure of a narrower kind of the claim's thing.

"5,250 female athletes" and "internally displaced people" count a kind of what the
claims "126 medals in all" and "10,500 athletes" count: a part, not the total.
An adjective or participle that narrows the counted noun and that the claim,
its subject or its context does not use makes the figure a subset's; words
that only qualify a count ("confirmed cases", "new target") do not. So does a
restricting clause with a verb the fact never uses ("five Olympians to win five
medals"). Noun
modifiers ("road workers") are left alone: they more often describe the whole. The slot needs the parse,
and refuses only contradictions: a subset's figure that agrees is no harm.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.reading import NAMED_REGIONS, NARROWING_PREPOSITIONS, NEUTRAL_QUALIFIERS, PART_REGIONS
from .codes import Skip
from .counts import counted_noun
from .lexical import is_neutral_verb
from .view import SentenceView, clause_end, clause_start, governing_verb, root_of, stem, words_of

if TYPE_CHECKING:
    from .matcher import FactMatcher

_NARROWING_DEPS = frozenset({"amod", "compound"})
#: "five Olympians to win five medals", "200 athletes who carried the flag": a restricting clause.
_RESTRICTING_AFTER = re.compile(r"^\s+(?:to|who|that)\s+([a-z]+)\b")
_PART_WORDS = "|".join(sorted(PART_REGIONS, key=len, reverse=True))
_NAMED_WORDS = "|".join(sorted(NAMED_REGIONS, key=len, reverse=True))
#: By word order: "in the capital", "in the north", "in Kerala province", "in the state of Bihar".
_IN_REGION = re.compile(
    rf"\b[Ii]n\s+the\s+(?P<part>{_PART_WORDS})\b"
    rf"|\b[Ii]n\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}})(?P<kind>{_NAMED_WORDS})\b"
    rf"|\b[Ii]n\s+the\s+(?P<kind2>{_NAMED_WORDS})\s+of\s+(?P<name2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def subset_conflict(view: SentenceView, start: int, end: int, matcher: FactMatcher) -> Skip | None:
    """The figure counts a narrower kind of thing than the claim: a modifier of its noun the fact
    never uses, a group it is counted among, or a part of the country."""
    return _narrower_kind(view, start, end, matcher) or narrowed_scope(view, start, end, matcher)


def narrowed_scope(view: SentenceView, start: int, end: int, matcher: FactMatcher) -> Skip | None:
    """ "Turnout among voters under 25 was 44%", "in the capital, the party won 31 seats": the figure
    is a group's or a region's, when the claim names no such group or place."""
    fact = matcher.fact
    known = {stem(w) for w in words_of(" ".join((fact.claim, *fact.subject, *fact.context)))}
    found = view.text[start:end]
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        clause = view.text[clause_start(view.text, start) : clause_end(view.text, end)]
        opening = view.text[: clause_end(view.text, 0)] if view.text.lstrip().startswith("In ") else ""
        for text in (clause, opening):
            for region in _IN_REGION.finditer(text):
                if _is_part(region, known):
                    return Skip("part", f"{found} is said of a part of the country ({region.group().strip()})")
        return None
    root = root_of(tokens)
    holders = [root.head, *(root.doc[i] for i in sorted(view.token_spans(matcher.subject)))]
    verb = governing_verb(root.head if root.head.i != root.i else root)
    if verb is not None:
        holders += [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for holder in holders:
        for child in holder.children:
            objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
            if not objects or stem(objects[0].text) in known:
                continue
            if child.lower_ in NARROWING_PREPOSITIONS:
                return Skip("part", f"{found} counts among {objects[0].text} only, a part of the claim's")
            phrase = view.text[view.position(child) : view.position(objects[0].right_edge) + len(objects[0].right_edge)]
            in_region = _IN_REGION.match(phrase) if child.lower_ == "in" else None
            if in_region and _is_part(in_region, known):
                return Skip("part", f"{found} is said of a part of the country ({phrase})")
    return None


def _is_part(region: re.Match[str], known: set[str]) -> bool:
    """A region phrase names a part the fact does not: a part by itself, or a named region whose name
    none of the fact's words give."""
    if region.group("part"):
        return stem(region.group("part")) not in known
    name = region.group("name") or region.group("name2") or ""
    kind = region.group("kind") or region.group("kind2") or ""
    return stem(kind) not in known and not any(stem(w) in known for w in words_of(name))


def _subject_counted(view: SentenceView, root: Any, matcher: FactMatcher) -> Any | None:
    """The subject term that is what a figure's verb counts: "votes" in "null votes numbered 1.4
    million", "turnout" in "turnout reached 61%"."""
    verb = governing_verb(root)
    if verb is None:
        return None
    subject = view.token_spans(matcher.subject)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in subject), None)


def _narrower_kind(view: SentenceView, start: int, end: int, matcher: FactMatcher) -> Skip | None:
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    root = root_of(tokens)
    noun = counted_noun(root, inside) or _subject_counted(view, root, matcher)
    if noun is None:
        return None
    fact = matcher.fact
    known = {stem(w) for w in words_of(" ".join((fact.claim, *fact.subject, *fact.context)))}
    restricted = _RESTRICTING_AFTER.match(view.text[noun.idx - view.offset + len(noun.text) :])
    if restricted and stem(restricted.group(1)) not in known and not is_neutral_verb(restricted.group(1)):
        found = view.text[start:end]
        return Skip("part", f"{found} counts the {noun.text} {restricted.group().strip()} …, some of the claim's")
    for child in noun.children:
        if child.i > 0 and child.doc[child.i - 1].text == "-":
            continue  # "school-aged": part of a hyphenated description
        opening = child.i == child.sent.start and child.pos_ == "ADJ"  # "Null votes numbered 1.4 million"
        if child.dep_ not in _NARROWING_DEPS or child.i in inside or not (child.text[:1].islower() or opening):
            continue
        if child.pos_ not in ("ADJ", "VERB") or child.lower_ in NEUTRAL_QUALIFIERS or "-" in child.text:
            continue
        if stem(child.text) not in known:
            return Skip("part", f"{view.text[start:end]} counts {child.text} {noun.text}, a kind of the claim's")
    return None
