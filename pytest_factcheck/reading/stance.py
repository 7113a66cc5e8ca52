"""Stance: whether the sentence claims a value, or reports, denies, doubts or plans it.

"A post falsely claimed the bridge opened in 1990", "rumours of 50,000 were
dismissed", "could the toll reach 5,000?" and "the toll could reach 5,000" all
name a value without claiming it. Attributed claims ("X said that …") are
still claims; the finding names who is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lexicon.reading import (
    DENIAL_WORDS,
    FALSEHOOD_WORDS,
    MODAL_WORDS,
    REPORTED_FUTURE_WORDS,
    RETRACTION_WORDS,
    SAY_WORDS,
    TARGET_WORDS,
)
from .codes import Skip
from .frame import ClaimFrame
from .view import SentenceView, clause_start, is_verb, words_of

_QUOTES = '"“”«»'
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording to ([^,.;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Speech:
    """Who a claim is attributed to, and whether it is quoted."""

    attributed_to: str | None
    quoted: bool


def speech_of(view: SentenceView, start: int, end: int) -> Speech:
    """Attribution and quotation around the value at ``start:end``."""
    before = view.text[:start]
    quoted = sum(before.count(q) for q in _QUOTES) % 2 == 1 and any(q in view.text[end:] for q in _QUOTES)
    tokens = view.reader.tokens(view, start, end)
    attributed = speaker(tokens[0]) if tokens else None
    if attributed is None:
        match = _ACCORDING_TO.search(view.text)
        attributed = match.group(1).strip() if match else None
    return Speech(attributed, quoted)


def stance_of(view: SentenceView, start: int, end: int, frame: ClaimFrame) -> Skip | None:
    """Why the value at ``start:end`` is not claimed by the sentence, or None when it is.

    A possibility or forecast is refused unless the fact's claim is one; a
    target or plan is refused unless the claim is a pledge or target
    ("agreed to spend 5% by 2035"), and then a pledge in reported speech ("would rise to 2.5%")
    is the claim's own kind of statement.
    """
    if frame.modal:
        refused: frozenset[str] = frozenset()
    elif frame.committed:
        refused = MODAL_WORDS - REPORTED_FUTURE_WORDS
    else:
        refused = MODAL_WORDS | TARGET_WORDS
    found = view.text[start:end]
    if view.is_question:
        return Skip("question", f"the sentence asks about {found}; it does not state it")
    if _retracted(view, start, end):
        return Skip("falsehood", f"the sentence reports {found} as a figure that was retracted or corrected")
    return view.reader.stance(view, start, end, refused)


#: How the figure, or the noun it counts, stands to a word of retraction above it.
_RETRACTED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "nummod", "compound", "pobj", "prep"})


def _retracted(view: SentenceView, start: int, end: int) -> bool:
    """A word of retraction said of the figure: after it, by word order; with the parse, on the
    figure's own verbs ("the 300 figure was later withdrawn", "was wrong") or in a later part of the
    sentence set off by a comma (", a claim it later withdrew"), not on a verb joined to the
    figure's own clause ("voted down by 190 legislators and withdrawn at dawn": the decree was)."""
    tokens = view.reader.tokens(view, start, end)
    after = view.text[end:]
    if not tokens:
        return bool(set(words_of(after)) & RETRACTION_WORDS)
    own, *later = after.split(",")
    if any(set(words_of(part)) & RETRACTION_WORDS for part in later):
        return True
    for word in re.finditer(r"[\w'’-]+", own):  # "… had topped 200 mph were wrong", parsed apart
        joined = re.search(r"\b(?:and|or|then|before|after|when|until)\s+(?:[\w'’-]+\s+){0,4}$", own[: word.start()])
        if word.group().lower() in RETRACTION_WORDS and joined is None:
            return True
    child = tokens[0]
    for ancestor in tokens[0].ancestors:
        said = [ancestor, *(c for c in ancestor.children if c.dep_ in ("acomp", "attr", "advmod"))]
        if child.dep_ in _RETRACTED_ROLES and {w.lower_ for w in said} & RETRACTION_WORDS:
            return True  # not "He withdrew it about six hours later": the figure only times the verb
        child = ancestor
    return False


def stance_parsed(token: Any, found: str, refused: frozenset[str]) -> Skip | None:
    """Falsehoods, denials and negations above the value, within its own clause (a relative
    clause, "which paid $60 million", is not denied by its main clause); modals on the
    value's own verb or noun ("could reach", "is expected to reach", "a target of 5%")."""
    for ancestor in [token, *token.ancestors]:
        words = [*ancestor.children] if ancestor.i == token.i else [ancestor, *ancestor.children]
        lowered = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
        if ancestor.lower_ in DENIAL_WORDS or any(
            c.dep_ == "neg" or (c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in DENIAL_WORDS)
            for c in ancestor.children
        ):
            return Skip("denied", "the sentence denies or disputes this figure")
        if lowered & FALSEHOOD_WORDS:
            return Skip("falsehood", f"the sentence reports {found} as a false claim or a rumour")
        if ancestor.dep_ in ("relcl", "appos"):
            head = ancestor.head  # "a rumour that 500 had died": the clause is the rumour's content
            if {head.lower_, head.lemma_.lower()} & FALSEHOOD_WORDS and ancestor.dep_ == "relcl":
                return Skip("falsehood", f"the sentence reports {found} as a false claim or a rumour")
            break
    if _modal(token, refused):
        return Skip("modality", f"{found} is a possibility, plan or forecast, not a reported figure")
    return None


def _modal(token: Any, refused: frozenset[str]) -> bool:
    """A modal word on the value's own verb (and the verbs it completes) or on the noun it measures."""
    nodes = []
    current = token
    for _ in range(4):  # up to the value's noun and the preposition it hangs from
        if current.head.i == current.i or current.pos_ in ("VERB", "AUX"):
            break
        if current.dep_ == "appos":
            return False  # "Sweden, NATO's newest member since 2023, offered jets": the apposition is stated
        current = current.head
        if current.pos_ in ("NOUN", "ADJ"):
            nodes.append(current)
    verb = current if current.pos_ in ("VERB", "AUX") else None
    while verb is not None:
        nodes.append(verb)
        # "would have raised pay 35%": a verb the tagger took for an object ("pay") is completed too
        verb = verb.head if verb.dep_ in ("xcomp", "ccomp", "dobj") and verb.head.i != verb.i else None
    for node in nodes:
        children = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass", "advmod", "amod")}
        if (children | {node.lower_, node.lemma_.lower()}) & refused:
            return True
    return False


def stance_by_order(view: SentenceView, start: int, found: str, refused: frozenset[str]) -> Skip | None:
    words = words_of(view.text)
    clause_before = view.text[clause_start(view.text, start) : start]
    if _NEGATION.search(clause_before) or set(words) & DENIAL_WORDS:
        return Skip("denied", "the sentence denies or disputes this figure")
    if set(words) & FALSEHOOD_WORDS:
        return Skip("falsehood", f"the sentence reports {found} as a false claim or a rumour")
    if set(words_of(clause_before)) & refused:
        return Skip("modality", f"{found} is a possibility, plan or forecast, not a reported figure")
    return None


def speaker(token: Any) -> str | None:
    for ancestor in token.ancestors:
        if ancestor.lower_ in SAY_WORDS and is_verb(ancestor):
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return str(child.doc[child.left_edge.i : child.right_edge.i + 1].text)
    return None
