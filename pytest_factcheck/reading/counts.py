"""What a figure counts: attaching a number to the fact's subject.

A sentence about North Korean troops may also count casualties, workers or
Russian soldiers. A figure is the fact's only when it counts the subject (or
the claim's own counted noun). With a trained pipeline this follows the
dependency parse; on a blank pipeline, and in Title Case headlines, which
parsers misread, it follows word order within a clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lexicon.numbers import ONE_DETERMINERS
from ..lexicon.reading import FUNCTION_WORDS, KIND_SUFFIXES, ROLE_WORDS
from ..terms import TermSet
from ..values import QuantityMention
from .codes import Skip
from .view import (
    SentenceView,
    clause_end,
    clause_start,
    is_headline,
    is_verb,
    root_of,
    stem,
    stems_of,
    words_of,
)

_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod", "det"})


def counted_noun(root: Any, inside: set[int]) -> Any | None:
    """The noun a number counts: "15,000 troops", "15,000 of its troops"."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:  # not "a quarter of a point"
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    token = root
    for _ in range(3):
        if token.dep_ in _MODIFIER_DEPS and token.head.i != token.i and token.head.i not in inside:
            token = token.head
            if token.pos_ in ("NOUN", "PROPN"):
                return token
        else:
            break
    return None


def _role_of(noun: Any, allowed: frozenset[str]) -> str | None:
    """A casualty-like role said of the counted noun ("soldiers killed")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod", "conj", "compound") and child.lower_ in ROLE_WORDS - allowed:
            return str(child.lower_)
        if child.dep_ in ("acl", "relcl"):
            for grandchild in child.children:
                if grandchild.dep_ == "conj" and grandchild.lower_ in ROLE_WORDS - allowed:
                    return str(grandchild.lower_)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lower_ in ROLE_WORDS - allowed:
        return str(noun.head.lower_)
    return None


def _contents_of(noun: Any, allowed: frozenset[str], inside: set[int]) -> str | None:
    """What a counted noun holds, when the fact does not speak of it ("a package of weapons")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                known = obj.lower_ in allowed or stem(obj.text) in stems_of(allowed) or obj.i in inside
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not known and obj.is_alpha:
                    return str(obj.text)
    return None


def _role_in_clause(view: SentenceView, position: int, allowed: frozenset[str]) -> str | None:
    """A casualty word later in the clause of the counted noun ("soldiers ... are believed killed")."""
    rest = re.findall(r"[\w'’-]+", view.text[position : clause_end(view.text, position)].lower())
    return next((w for w in rest if w in ROLE_WORDS - allowed), None)


def _foreign_modifier(view: SentenceView, start: int, end: int, context: TermSet) -> str | None:
    """A capitalised word between a number and its noun that is not a context term ("Russian")."""
    if not context:
        return None
    between = view.text[start:end]
    if context.search(between):
        return None
    capitals = re.findall(r"\b[A-Z][\w'’-]*", between)
    return " ".join(capitals) if capitals else None


def attach_quantity(
    view: SentenceView,
    mention: QuantityMention,
    subject: TermSet,
    context: TermSet,
    allowed_roles: frozenset[str],
    counted: frozenset[str] = frozenset(),
) -> Skip | None:
    """Why ``mention`` does not count the fact's subject, or None when it does.

    ``counted`` holds the stems of the claim's own counted noun and its
    synonyms: "241 people died" counts people for a claim that "killed 241
    people", though "people" is not a subject term.
    """
    no_count = _no_count(view, mention)
    if no_count is not None:
        return no_count
    if is_headline(view.text):
        return _attach_quantity_in_headline(view, mention, subject, context, counted)
    return view.reader.attach_quantity(view, mention, subject, context, allowed_roles, counted)


#: "a high one for us": "one" after an article and a word stands for a noun said before.
_ONE_AFTER_ADJECTIVE = re.compile(r"\b(?:a|an|" + "|".join(ONE_DETERMINERS) + r")\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_KIND_AFTER = re.compile(r"^-(?:" + "|".join(KIND_SUFFIXES) + r")\b", re.IGNORECASE)


def _no_count(view: SentenceView, mention: QuantityMention) -> Skip | None:
    """A number that only describes a kind ("a three-way deal"), "one" standing for a noun said
    before ("a high one for us"; with the determiner alone, "the one", it is no reading at all:
    see ``values.quantities``), and "one" picking one of a group ("one of just five Olympians")
    count nothing."""
    if _KIND_AFTER.match(view.text[mention.end : mention.end + 12]):
        return Skip(
            "not-attached",
            f"{mention.quantity.text} describes a kind ('{mention.quantity.text}-way'); it counts nothing",
        )
    if mention.quantity.text.lower() != "one":
        return None
    if view.text[mention.end : mention.end + 4].lower() == " of " or _ONE_AFTER_ADJECTIVE.search(
        view.text[max(0, mention.start - 30) : mention.start]
    ):
        return Skip("not-attached", "one stands for a thing named elsewhere; it counts nothing")
    return None


def _attach_quantity_in_headline(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet, counted: frozenset[str]
) -> Skip | None:
    """In a headline the counted noun is among the next few words, or the
    subject opens the clause ("Dell Pledges $6.25 Billion", "Death Toll Rises To 144"); a
    subject that is the claim's counted thing ("Gunmen Kill 93") is not what a later figure counts."""
    window = re.match(r"(?:\W*[\w'’-]+){1,4}", view.text[mention.end :])
    if window and mention.quantity.unit is None:
        spans = subject.spans(view.text, mention.end, mention.end + window.end())
        if spans:
            foreign = _foreign_modifier(view, mention.end, spans[0][0], context)
            if foreign:
                return Skip("other-participant", f"{mention.quantity.text} counts {foreign} {subject.terms[0]}")
            return None
    opening = subject.spans(view.text, clause_start(view.text, mention.start), mention.start)
    if opening and not any(stem(w) in counted for s, e in opening for w in words_of(view.text[s:e])):
        return None
    return Skip("not-attached", f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _value_root(tokens: list[Any]) -> Any:
    """The syntactic head of a figure; for a range, of its upper end ("from 1,000 to over 6,000")."""
    joiners = [i for i, t in enumerate(tokens) if t.lower_ in ("to", "and", "-", "–", "—", "or")]
    tail = tokens[joiners[-1] + 1 :] if joiners and joiners[-1] + 1 < len(tokens) else tokens
    return root_of(tail)


def attach_quantity_parsed(
    view: SentenceView,
    mention: QuantityMention,
    subject: TermSet,
    context: TermSet,
    allowed_roles: frozenset[str],
    counted: frozenset[str],
) -> Skip | None:
    tokens = view.tokens_in(mention.start, mention.end)
    if not tokens:
        return Skip("not-attached", "the number could not be placed in the sentence")
    inside = {t.i for t in tokens}
    subject_tokens = view.token_spans(subject)
    root = _value_root(tokens)
    noun = counted_noun(root, inside)
    if (
        mention.quantity.unit == "percentage"
        and noun is not None
        and noun.head.lower_ == "of"
        and noun.head.head.i == root.i
    ):
        noun = None  # "3% of GDP": GDP is the base of the percentage, not what it measures
    if noun is None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head.head  # "instalments of £752 million", "a pledge of $6.25 billion"
    adjacent = _adjacent(view, mention, subject)
    if (
        adjacent is not None
        and adjacent.is_subject
        and (noun is None or noun.i not in subject_tokens)
        and not _modifies(view.tokens_in(adjacent.start, adjacent.end), noun)
    ):
        return _checked_by_order(view, mention, adjacent, context, allowed_roles)
    if noun is not None and not _is_measure(noun):
        owned = any(c.i in subject_tokens for c in noun.children if c.dep_ in ("poss", "compound"))
        # "1,301 pilgrims died" for a subject of "died": the context's people, under the subject's verb
        doing = noun.i in view.token_spans(context) and noun.head.i in subject_tokens
        if noun.i not in subject_tokens and not owned and not doing and stem(noun.text) not in counted:
            return Skip("other-thing", f"{mention.quantity.text} counts {noun.text}, not {subject.terms[0]}")
        contents = _contents_of(noun, allowed_roles, inside)
        if contents:
            return Skip("other-thing", f"{mention.quantity.text} counts a {noun.text} of {contents}")
        role = _role_of(noun, allowed_roles) or _role_in_clause(view, noun.idx - view.offset, allowed_roles)
        if role:
            return Skip("other-event", f"{mention.quantity.text} counts {noun.text} {role}, not the fact's figure")
        noun_start = noun.idx - view.offset
        span_start = min((s for s, e in subject.spans(view.text) if s <= noun_start < e), default=noun_start)
        foreign = _foreign_modifier(view, mention.end, span_start, context)
        if foreign:
            return Skip("other-participant", f"{mention.quantity.text} counts {foreign} {noun.text}")
        return None
    if _governed_by_subject(root, subject_tokens):
        return None
    return Skip("not-attached", f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _modifies(words: list[Any], noun: Any | None) -> bool:
    """The subject's words only describe the counted noun ("two Venezuelan aircraft")."""
    return (
        noun is not None
        and bool(words)
        and all(w.head.i == noun.i and w.dep_ in ("amod", "compound", "nmod") for w in words)
    )


def _is_measure(noun: Any) -> bool:
    """Nouns that measure rather than name what is counted ("4.5 percent")."""
    return bool(noun.lower_ in ("percent", "per", "cent", "times", "fold", "%"))


def _governed_by_subject(root: Any, subject_tokens: set[int]) -> bool:
    """The value is an argument of a clause whose other argument is the subject
    ("Dell pledged $6.25 billion", "the number of troops rose to 15,000"), or
    hangs from the subject itself ("a pledge of $6.25 billion")."""
    token = root
    for _ in range(6):
        if token.i in subject_tokens:
            return True
        if is_verb(token) or token.head.i == token.i:
            break
        token = token.head
    if token.i in subject_tokens:
        return True
    if not is_verb(token):
        return False
    if token.pos_ == "NOUN" and any(c.i in subject_tokens and c.dep_ in ("compound", "amod") for c in token.children):
        return True  # "The Fed cut rates by 75 basis points", parsed with "cut" as a modifier of the root "rates"
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr") and child.i != root.i:
            if root.i in {t.i for t in child.subtree}:
                continue
            if any(t.i in subject_tokens for t in child.subtree):
                return True
    return False


@dataclass(frozen=True)
class _Adjacent:
    """The word a number counts by word order: the first word after it that is
    neither a function word nor a capitalised modifier ("15,000 North Korean troops")."""

    word: str
    start: int
    end: int
    is_subject: bool


def _adjacent(view: SentenceView, mention: QuantityMention, subject: TermSet) -> _Adjacent | None:
    window_end = min(len(view.text), mention.end + 60)
    subject_spans = subject.spans(view.text, mention.end, window_end)
    for word in re.finditer(r"[\w'’-]+|[^\w\s]", view.text[mention.end : window_end]):
        start, end = mention.end + word.start(), mention.end + word.end()
        text = word.group()
        for span_start, span_end in subject_spans:
            if span_start <= start < span_end:
                return _Adjacent(view.text[span_start:span_end], span_start, span_end, True)
        if text.lower() in ("of", "the", "its", "their", "his", "her", "these", "those", "-", "–"):
            continue
        if text[:1].isupper():
            continue
        if not text[:1].isalpha() or text.lower() in FUNCTION_WORDS:
            return None
        return _Adjacent(text, start, end, False)
    return None


def attach_quantity_by_order(
    view: SentenceView,
    mention: QuantityMention,
    subject: TermSet,
    context: TermSet,
    allowed_roles: frozenset[str],
    counted: frozenset[str],
) -> Skip | None:
    adjacent = _adjacent(view, mention, subject)
    if adjacent is not None:
        if not adjacent.is_subject and stem(adjacent.word) not in counted:
            return Skip("other-thing", f"{mention.quantity.text} counts {adjacent.word}, not {subject.terms[0]}")
        return _checked_by_order(view, mention, adjacent, context, allowed_roles)
    if subject.search(view.text, clause_start(view.text, mention.start), mention.start):
        return None
    return Skip("not-attached", f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _checked_by_order(
    view: SentenceView, mention: QuantityMention, adjacent: _Adjacent, context: TermSet, allowed_roles: frozenset[str]
) -> Skip | None:
    """Casualty roles and other nationalities, read from the words around the counted noun."""
    rest = re.findall(r"[\w'’-]+", view.text[adjacent.end : clause_end(view.text, adjacent.end)].lower())
    if len(rest) > 1 and rest[0] == "of" and rest[1] not in FUNCTION_WORDS:
        allowed_stems = stems_of(allowed_roles)
        if rest[1] not in allowed_roles and stem(rest[1]) not in allowed_stems:
            return Skip("other-thing", f"{mention.quantity.text} counts {adjacent.word} of {rest[1]}")
    role = next((w for w in rest if w in ROLE_WORDS - allowed_roles), None)
    if role:
        return Skip("other-event", f"{mention.quantity.text} counts {adjacent.word} {role}, not the fact's figure")
    foreign = _foreign_modifier(view, mention.end, adjacent.start, context)
    if foreign:
        return Skip("other-participant", f"{mention.quantity.text} counts {foreign} {adjacent.word}")
    return None
