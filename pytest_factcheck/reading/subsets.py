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
from typing import TYPE_CHECKING

from ..lexicon.reading import NEUTRAL_QUALIFIERS
from .codes import Skip
from .counts import counted_noun
from .lexical import is_neutral_verb
from .view import SentenceView, root_of, stem, words_of

if TYPE_CHECKING:
    from .matcher import FactMatcher

_NARROWING_DEPS = frozenset({"amod", "compound"})
#: "five Olympians to win five medals", "200 athletes who carried the flag": a restricting clause.
_RESTRICTING_AFTER = re.compile(r"^\s+(?:to|who|that)\s+([a-z]+)\b")


def subset_conflict(view: SentenceView, start: int, end: int, matcher: FactMatcher) -> Skip | None:
    """The figure counts a narrower kind of thing than the claim: a modifier of its noun the fact never uses."""
    tokens = view.reader.tokens(view, start, end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    noun = counted_noun(root_of(tokens), inside)
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
        if child.dep_ not in _NARROWING_DEPS or child.i in inside or not child.text[:1].islower():
            continue
        if child.pos_ not in ("ADJ", "VERB") or child.lower_ in NEUTRAL_QUALIFIERS or "-" in child.text:
            continue
        if stem(child.text) not in known:
            return Skip("part", f"{view.text[start:end]} counts {child.text} {noun.text}, a kind of the claim's")
    return None
