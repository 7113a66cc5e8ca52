"""Which values a sentence claims *of a fact's subject*.

A sentence about North Korean troops may also count casualties, workers or
Russian soldiers; a sentence about a treaty's signing may also date its entry
into force. A value counts only when it attaches to the subject (or, for a
date, to the event the fact names in ``context``). With a trained pipeline
attachment follows the dependency parse; on a blank pipeline it falls back to
word order within a clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .dates import DateMention, find_dates
from .quantities import QuantityMention, find_quantities
from .terms import TermSet

#: Words that make a count of people a count of casualties, detainees and the like.
ROLE_WORDS = frozenset(
    [
        "killed",
        "wounded",
        "injured",
        "dead",
        "died",
        "dying",
        "deaths",
        "captured",
        "missing",
        "executed",
        "detained",
        "arrested",
        "evacuated",
        "displaced",
        "deserted",
        "hurt",
        "slain",
        "hospitalized",
        "hospitalised",
        "casualties",
        "imprisoned",
        "jailed",
        "surrendered",
    ]
)
DENIAL_WORDS = frozenset(
    [
        "deny",
        "denies",
        "denied",
        "denying",
        "false",
        "untrue",
        "baseless",
        "unfounded",
        "fabricated",
        "dismissed",
        "dismisses",
        "rejected",
        "rejects",
        "refuted",
        "refutes",
        "disputed",
        "disputes",
        "debunked",
        "fake",
    ]
)
SAY_WORDS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "reported",
        "reports",
        "claimed",
        "claims",
        "estimated",
        "estimates",
        "stated",
        "states",
        "announced",
        "announces",
        "wrote",
        "added",
        "according",
        "insisted",
        "confirmed",
    ]
)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s|\bwhich\b|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    [
        "to",
        "in",
        "for",
        "and",
        "or",
        "by",
        "from",
        "since",
        "on",
        "at",
        "with",
        "as",
        "than",
        "into",
        "after",
        "before",
        "during",
        "the",
        "a",
        "an",
        "of",
        "that",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "who",
        "which",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "be",
        "been",
    ]
)
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod", "det"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "agent", "dative", "oprd", "pobj", "poss"})
_QUOTES = '"“”«»'


@dataclass(frozen=True)
class Attachment:
    """Whether a value attaches to the subject, and if not, why not."""

    attached: bool
    reason: str = ""


@dataclass(frozen=True)
class Speech:
    """Who a claim is attributed to, and whether it is quoted or denied."""

    attributed_to: str | None
    quoted: bool
    denied: bool


class SentenceView:
    """One sentence with its values read once and shared by every fact."""

    def __init__(self, span: Any, has_parser: bool) -> None:
        self.span = span
        self.text: str = span.text
        self.offset: int = span.start_char  # offset of the sentence in its paragraph
        self.has_parser = has_parser

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text)

    @cached_property
    def quantities(self) -> list[QuantityMention]:
        """Numbers that are not part of a date ("2024" in "June 2024")."""
        taken = [(d.start, d.end) for d in self.dates]
        return [q for q in find_quantities(self.text) if not any(q.start < e and s < q.end for s, e in taken)]

    def tokens_in(self, start: int, end: int) -> list[Any]:
        """Tokens overlapping the sentence-relative character range."""
        return [t for t in self.span if t.idx - self.offset < end and t.idx - self.offset + len(t.text) > start]

    def token_spans(self, terms: TermSet) -> set[int]:
        """Indexes of the tokens inside a mention of any of ``terms``."""
        indexes: set[int] = set()
        for start, end in terms.spans(self.text):
            indexes.update(t.i for t in self.tokens_in(start, end))
        return indexes


def _root(tokens: Sequence[Any]) -> Any:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _is_verb(token: Any) -> bool:
    """A clause head: a verb, or the root of a verbless (headline) sentence."""
    return bool(token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT")


def is_headline(text: str) -> bool:
    """Title Case text ("Flight Carrying 266 Migrants Lands"), which parsers misread."""
    words = re.findall(r"[A-Za-z][\w'’]*", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


def _counted_noun(root: Any, inside: set[int]) -> Any | None:
    """The noun a number counts: "15,000 troops", "15,000 of its troops"."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
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
) -> Attachment:
    """Does ``mention`` count the fact's subject?"""
    if is_headline(view.text):
        return _attach_quantity_in_headline(view, mention, subject, context)
    if view.has_parser:
        return _attach_quantity_parsed(view, mention, subject, context, allowed_roles)
    return _attach_quantity_by_order(view, mention, subject, context, allowed_roles)


def _attach_quantity_in_headline(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet
) -> Attachment:
    """In a headline the counted noun is among the next few words, or the
    subject opens the clause ("Dell Pledges $6.25 Billion")."""
    window = re.match(r"(?:\W*[\w'’-]+){1,4}", view.text[mention.end :])
    if window and mention.quantity.unit is None:
        spans = subject.spans(view.text, mention.end, mention.end + window.end())
        if spans:
            foreign = _foreign_modifier(view, mention.end, spans[0][0], context)
            if foreign:
                return Attachment(False, f"{mention.quantity.text} counts {foreign} {subject.terms[0]}")
            return Attachment(True)
    if subject.search(view.text, _clause_start(view.text, mention.start), mention.start):
        return Attachment(True)
    return Attachment(False, f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _attach_quantity_parsed(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet, allowed_roles: frozenset[str]
) -> Attachment:
    tokens = view.tokens_in(mention.start, mention.end)
    if not tokens:
        return Attachment(False, "the number could not be placed in the sentence")
    numeric = [t for t in tokens if t.like_num or t.pos_ == "NUM"] or tokens
    inside = {t.i for t in tokens}
    subject_tokens = view.token_spans(subject)
    root = _root(tokens) if len(numeric) == 1 else numeric[-1]
    noun = _counted_noun(root, inside)
    owned_by_subject = noun is not None and any(
        c.i in subject_tokens for c in noun.children if c.dep_ in ("poss", "compound")
    )
    if noun is not None and noun.i not in subject_tokens and not _is_measure(noun, mention) and not owned_by_subject:
        return Attachment(False, f"{mention.quantity.text} counts {noun.text}, not {subject.terms[0]}")
    if noun is not None and noun.i in subject_tokens:
        role = _role_of(noun, allowed_roles)
        if role:
            return Attachment(False, f"{mention.quantity.text} counts {noun.text} {role}, not the fact's figure")
        foreign = _foreign_modifier(view, mention.end, noun.idx - view.offset, context)
        if foreign:
            return Attachment(False, f"{mention.quantity.text} counts {foreign} {noun.text}")
        return Attachment(True)
    if _governed_by_subject(root, subject_tokens):
        return Attachment(True)
    return Attachment(False, f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _is_measure(noun: Any, mention: QuantityMention) -> bool:
    """Nouns that measure rather than name what is counted ("$6.25 billion", "4.5 percent")."""
    return mention.quantity.unit is not None or noun.lower_ in ("percent", "per", "cent", "times", "fold")


def _governed_by_subject(root: Any, subject_tokens: set[int]) -> bool:
    """The value is an argument of a clause whose other argument is the subject
    ("Dell pledged $6.25 billion", "the number of troops rose to 15,000"), or
    hangs from the subject itself ("a pledge of $6.25 billion")."""
    token = root
    for _ in range(6):
        if token.i in subject_tokens:
            return True
        if _is_verb(token) or token.head.i == token.i:
            break
        token = token.head
    if token.i in subject_tokens:
        return True
    if not _is_verb(token):
        return False
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr") and child.i != root.i:
            if root.i in {t.i for t in child.subtree}:
                continue
            if any(t.i in subject_tokens for t in child.subtree):
                return True
    return False


def _attach_quantity_by_order(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet, allowed_roles: frozenset[str]
) -> Attachment:
    after = view.text[mention.end :]
    words = list(re.finditer(r"[\w'’-]+|[^\w\s]", after))[:6]
    position = 0
    if words and words[0].group().lower() == "of":
        position = 1
        if len(words) > 1 and words[1].group().lower() in ("the", "its", "their", "his", "her", "these", "those"):
            position = 2
    while position < len(words) and words[position].group()[:1].isupper():
        position += 1
    if position < len(words):
        word = words[position]
        lowered = word.group().lower()
        if word.group()[:1].isalpha() and lowered not in _FUNCTION_WORDS and mention.quantity.unit is None:
            start = mention.end + word.start()
            if not subject.search(view.text, start, mention.end + word.end()):
                return Attachment(False, f"{mention.quantity.text} counts {word.group()}, not {subject.terms[0]}")
            rest = [w.group().lower() for w in words[position + 1 : position + 5]]
            role = next((w for w in rest if w in ROLE_WORDS - allowed_roles), None)
            if role:
                return Attachment(False, f"{mention.quantity.text} counts {word.group()} {role}, not the fact's figure")
            foreign = _foreign_modifier(view, mention.end, start, context)
            if foreign:
                return Attachment(False, f"{mention.quantity.text} counts {foreign} {word.group()}")
            return Attachment(True)
    clause_start = _clause_start(view.text, mention.start)
    if subject.search(view.text, clause_start, mention.start):
        return Attachment(True)
    return Attachment(False, f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _clause_start(text: str, position: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


def _clause_end(text: str, position: int) -> int:
    match = _CLAUSE_BREAK.search(text, position)
    return match.start() if match else len(text)


_STOPWORDS = frozenset(
    "their with from into that this have been were will about after before which when where over under "
    "they them than also more most some such only other".split()
)


def stem(word: str) -> str:
    """A crude stem, enough to match "signed", "signing" and "signs" to "sign"."""
    lowered = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            return lowered[: -len(suffix)]
    return lowered


def event_stems(claim: str) -> frozenset[str]:
    """Stems of the content words of a fact's claim: the event a date must belong to."""
    words = re.findall(r"[A-Za-z]+", claim)
    return frozenset(
        stem(w) for w in words if len(w) > 3 and w.lower() not in _STOPWORDS and w.lower() not in MONTH_WORDS
    )


MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())


def attach_date(
    view: SentenceView, mention: DateMention, subject: TermSet, context: TermSet, events: frozenset[str] = frozenset()
) -> Attachment:
    """Does ``mention`` date the event the fact is about?

    It does when it hangs from a subject or context term ("the June 2024
    signing"), or from a verb of the fact's own claim ("signed in June 2024"
    for a claim that says "signed"); a date hanging from another verb
    ("entered into force in December") belongs to another event.
    """
    anchor = TermSet.of((*subject.terms, *context.terms))
    if view.has_parser:
        tokens = view.tokens_in(mention.start, mention.end)
        if tokens:
            return _attach_date_parsed(view, _root(tokens), anchor, subject, bool(context), events)
    start, end = _clause_start(view.text, mention.start), _clause_end(view.text, mention.end)
    clause = view.text[start:end]
    verbs = [w for w in re.findall(r"[A-Za-z]+(?:ed|ing)\b", clause) if w.lower() not in MONTH_WORDS]
    if any(stem(v) not in events for v in verbs) and not any(stem(v) in events for v in verbs):
        return Attachment(False, f"{mention.text} dates '{verbs[0]}', not the fact's event")
    if anchor.search(view.text, start, end) or any(stem(v) in events for v in verbs):
        return Attachment(True)
    return Attachment(False, f"{mention.text} is not said of {anchor.terms[0]}")


def _attach_date_parsed(
    view: SentenceView, root: Any, anchor: TermSet, subject: TermSet, has_context: bool, events: frozenset[str]
) -> Attachment:
    anchor_tokens = view.token_spans(anchor)
    token = root
    for _ in range(6):
        if token.i in anchor_tokens:
            return Attachment(True)
        if token.head.i == token.i:
            break
        if _is_verb(token):
            break
        token = token.head
    if token.i in anchor_tokens:
        return Attachment(True)
    if _is_verb(token) and token.pos_ == "VERB" and stem(token.text) in events:
        return Attachment(True)
    if not has_context and _is_verb(token):
        subject_tokens = view.token_spans(subject)
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(t.i in subject_tokens for t in child.subtree):
                return Attachment(True)
    return Attachment(False, f"{root.text} dates '{token.text}', not {anchor.terms[0]}")


def speech_of(view: SentenceView, start: int, end: int) -> Speech:
    """Attribution, quotation and denial around the value at ``start:end``."""
    before = view.text[:start]
    quoted = sum(before.count(q) for q in _QUOTES) % 2 == 1 and any(q in view.text[end:] for q in _QUOTES)
    denied = False
    attributed: str | None = None
    if view.has_parser:
        tokens = view.tokens_in(start, end)
        if tokens:
            denied = _denied_parsed(tokens[0])
            attributed = _speaker_parsed(tokens[0])
    else:
        lowered = re.findall(r"[a-z]+", view.text.lower())
        denied = any(w in DENIAL_WORDS for w in lowered)
    if attributed is None:
        match = re.search(r"\baccording to ([^,.;]+)", view.text, re.IGNORECASE)
        attributed = match.group(1).strip() if match else None
    return Speech(attributed, quoted, denied)


def _denied_parsed(token: Any) -> bool:
    for ancestor in [token, *token.ancestors]:
        if ancestor.lower_ in DENIAL_WORDS:
            return True
        for child in ancestor.children:
            if child.dep_ == "neg" or (child.dep_ in ("acomp", "attr") and child.lower_ in DENIAL_WORDS):
                return True
    return False


def _speaker_parsed(token: Any) -> str | None:
    for ancestor in token.ancestors:
        if ancestor.lower_ in SAY_WORDS and _is_verb(ancestor):
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return str(child.doc[child.left_edge.i : child.right_edge.i + 1].text)
    return None
