"""Which values a sentence claims *of a fact's subject*.

A sentence about North Korean troops may also count casualties, workers or
Russian soldiers; a sentence about a treaty's signing may also date its entry
into force. A value counts only when it attaches to the subject (or, for a
date, to the event the fact names in ``context``). With a trained pipeline
attachment follows the dependency parse; on a blank pipeline it falls back to
word order within a clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .lexicon import DENIAL_WORDS, ROLE_WORDS, SAY_WORDS
from .terms import TermSet, american_spelling
from .values import DateMention, QuantityMention, find_dates, find_quantities

#: Words that make a count of people a count of casualties, detainees and the like.
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
        self._token_spans: dict[tuple[str, ...], set[int]] = {}

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
        """Indexes of the tokens inside a mention of any of ``terms``; computed
        once per sentence and term set, as every figure and date asks again."""
        if terms.terms not in self._token_spans:
            indexes: set[int] = set()
            for start, end in terms.spans(self.text):
                indexes.update(t.i for t in self.tokens_in(start, end))
            self._token_spans[terms.terms] = indexes
        return self._token_spans[terms.terms]


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
    rest = re.findall(r"[\w'’-]+", view.text[position : _clause_end(view.text, position)].lower())
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


def _value_root(tokens: list[Any]) -> Any:
    """The syntactic head of a figure; for a range, of its upper end ("from 1,000 to over 6,000")."""
    joiners = [i for i, t in enumerate(tokens) if t.lower_ in ("to", "and", "-", "–", "—", "or")]
    tail = tokens[joiners[-1] + 1 :] if joiners and joiners[-1] + 1 < len(tokens) else tokens
    return _root(tail)


def _attach_quantity_parsed(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet, allowed_roles: frozenset[str]
) -> Attachment:
    tokens = view.tokens_in(mention.start, mention.end)
    if not tokens:
        return Attachment(False, "the number could not be placed in the sentence")
    inside = {t.i for t in tokens}
    subject_tokens = view.token_spans(subject)
    root = _value_root(tokens)
    noun = _counted_noun(root, inside)
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
    if adjacent is not None and adjacent.is_subject and (noun is None or noun.i not in subject_tokens):
        return _checked_by_order(view, mention, adjacent, context, allowed_roles)
    if noun is not None and not _is_measure(noun):
        owned = any(c.i in subject_tokens for c in noun.children if c.dep_ in ("poss", "compound"))
        if noun.i not in subject_tokens and not owned:
            return Attachment(False, f"{mention.quantity.text} counts {noun.text}, not {subject.terms[0]}")
        contents = _contents_of(noun, allowed_roles, inside)
        if contents:
            return Attachment(False, f"{mention.quantity.text} counts a {noun.text} of {contents}")
        role = _role_of(noun, allowed_roles) or _role_in_clause(view, noun.idx - view.offset, allowed_roles)
        if role:
            return Attachment(False, f"{mention.quantity.text} counts {noun.text} {role}, not the fact's figure")
        noun_start = noun.idx - view.offset
        span_start = min((s for s, e in subject.spans(view.text) if s <= noun_start < e), default=noun_start)
        foreign = _foreign_modifier(view, mention.end, span_start, context)
        if foreign:
            return Attachment(False, f"{mention.quantity.text} counts {foreign} {noun.text}")
        return Attachment(True)
    if _governed_by_subject(root, subject_tokens):
        return Attachment(True)
    return Attachment(False, f"{mention.quantity.text} is not said of {subject.terms[0]}")


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
        if not text[:1].isalpha() or text.lower() in _FUNCTION_WORDS:
            return None
        return _Adjacent(text, start, end, False)
    return None


def _attach_quantity_by_order(
    view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet, allowed_roles: frozenset[str]
) -> Attachment:
    adjacent = _adjacent(view, mention, subject)
    if adjacent is not None:
        if not adjacent.is_subject:
            return Attachment(False, f"{mention.quantity.text} counts {adjacent.word}, not {subject.terms[0]}")
        return _checked_by_order(view, mention, adjacent, context, allowed_roles)
    clause_start = _clause_start(view.text, mention.start)
    if subject.search(view.text, clause_start, mention.start):
        return Attachment(True)
    return Attachment(False, f"{mention.quantity.text} is not said of {subject.terms[0]}")


def _checked_by_order(
    view: SentenceView, mention: QuantityMention, adjacent: _Adjacent, context: TermSet, allowed_roles: frozenset[str]
) -> Attachment:
    """Casualty roles and other nationalities, read from the words around the counted noun."""
    rest = re.findall(r"[\w'’-]+", view.text[adjacent.end : _clause_end(view.text, adjacent.end)].lower())
    if len(rest) > 1 and rest[0] == "of" and rest[1] not in _FUNCTION_WORDS:
        allowed_stems = stems_of(allowed_roles)
        if rest[1] not in allowed_roles and stem(rest[1]) not in allowed_stems:
            return Attachment(False, f"{mention.quantity.text} counts {adjacent.word} of {rest[1]}")
    role = next((w for w in rest if w in ROLE_WORDS - allowed_roles), None)
    if role:
        return Attachment(False, f"{mention.quantity.text} counts {adjacent.word} {role}, not the fact's figure")
    foreign = _foreign_modifier(view, mention.end, adjacent.start, context)
    if foreign:
        return Attachment(False, f"{mention.quantity.text} counts {foreign} {adjacent.word}")
    return Attachment(True)


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
    lowered = american_spelling(word.lower())
    for suffix in ("ing", "ed", "es", "s"):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            lowered = lowered[: -len(suffix)]
            break
    return lowered[:-1] if lowered.endswith("e") and len(lowered) > 3 else lowered


@functools.lru_cache(maxsize=256)
def stems_of(words: frozenset[str]) -> frozenset[str]:
    """The stems of a fact's own words, computed once per fact rather than per token."""
    return frozenset(stem(w) for w in words)


#: Verbs that name the same event; a claim using one accepts a date hanging from another.
EVENT_SYNONYMS = tuple(
    frozenset(stem(word) for word in group.split())
    for group in (
        "launch begin began begun start open",
        "sign conclude ink seal",
        "mark celebrate commemorate observe",
        "join accede become became admit admitted",
        "meet met host summit",
    )
)


def event_stems(claim: str) -> frozenset[str]:
    """Stems of the content words of a fact's claim, with their synonyms: the
    event a date must belong to."""
    words = re.findall(r"[A-Za-z]+", claim)
    stems = {stem(w) for w in words if len(w) > 3 and w.lower() not in _STOPWORDS and w.lower() not in MONTH_WORDS}
    for group in EVENT_SYNONYMS:
        if stems & group:
            stems |= group
    return frozenset(stems)


MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())


@functools.lru_cache(maxsize=256)
def _anchor(subject: tuple[str, ...], context: tuple[str, ...]) -> TermSet:
    """Subject and context terms together, compiled once per fact."""
    return TermSet.of((*subject, *context))


def attach_date(
    view: SentenceView, mention: DateMention, subject: TermSet, context: TermSet, events: frozenset[str] = frozenset()
) -> Attachment:
    """Does ``mention`` date the event the fact is about?

    It does when it hangs from a subject or context term ("the June 2024
    signing"), or from a verb of the fact's own claim ("signed in June 2024"
    for a claim that says "signed"); a date hanging from another verb
    ("entered into force in December") belongs to another event.
    """
    anchor = _anchor(subject.terms, context.terms)
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


def _has_subject_argument(verb: Any, subject_tokens: set[int]) -> bool:
    """The verb's own subject or object is the fact's subject ("Sweden joined",
    "signed the treaty"), or the verb describes it ("the treaty, signed in ...")."""
    if verb.dep_ in ("acl", "relcl") and verb.head.i in subject_tokens:
        return True
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd") and any(
            t.i in subject_tokens for t in child.subtree
        ):
            return True
    return False


_DATELINE_PREFIX = re.compile(r"\s*[A-Z][\w.'’ /-]{0,60},\s+[^–—\n]{4,40}?\s*[–—-]{1,2}\s")
_COPULAS = frozenset("is was are were be been falls fell fall remains remained".split())


def _attached_unless_other_actor(token: Any, anchor_tokens: set[int]) -> Attachment:
    """A date on an event verb of the fact ("died on ...") belongs to the fact only
    if the verb's actor is not someone else ("Benedict XVI died on ...")."""
    if token.pos_ != "VERB":
        return Attachment(True)
    sentence_start = token.sent.start_char
    dateline = _DATELINE_PREFIX.match(token.doc.text[sentence_start : sentence_start + 120])
    first_char = sentence_start + (dateline.end() if dateline else 0)
    actors = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= first_char]
    for actor in actors:
        names = [t for t in actor.subtree if t.pos_ == "PROPN"]
        if names and not any(t.i in anchor_tokens for t in actor.subtree):
            others = [c for c in token.children if c.dep_ in ("dobj", "attr") and c.i not in {a.i for a in actors}]
            if not any(t.i in anchor_tokens for c in others for t in c.subtree):
                return Attachment(False, f"'{token.text}' is said of {actor.text}, not of the fact's subject")
    return Attachment(True)


def _attach_date_parsed(
    view: SentenceView, root: Any, anchor: TermSet, subject: TermSet, has_context: bool, events: frozenset[str]
) -> Attachment:
    anchor_tokens = view.token_spans(anchor)
    token = root
    for _ in range(6):
        if token.i in anchor_tokens:
            return _attached_unless_other_actor(token, anchor_tokens)
        if token.head.i == token.i:
            break
        if _is_verb(token):
            break
        token = token.head
    if token.i in anchor_tokens:
        return _attached_unless_other_actor(token, anchor_tokens)
    if token.lower_ in _COPULAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.i in anchor_tokens for t in c.subtree) for c in token.children
    ):
        return Attachment(True)  # "Kim's birthday is February 8", "… falls on February 8"
    if _is_verb(token) and token.pos_ == "VERB" and token.dep_ != "xcomp":
        subject_tokens = view.token_spans(subject)
        if stem(token.text) in events and _has_subject_argument(token, subject_tokens):
            return Attachment(True)
        for prep in token.children:
            if prep.lower_ in ("with", "by") and any(c.dep_ == "pobj" and c.i in subject_tokens for c in prep.children):
                return Attachment(True)  # "ended with an armistice in 1953"
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
        clause_before = view.text[_clause_start(view.text, start) : start].lower()
        negated = re.search(r"\b(?:not|never|no longer)\b|n['’]t\b", clause_before) is not None
        denied = negated or any(w in DENIAL_WORDS for w in lowered)
    if attributed is None:
        match = re.search(r"\baccording to ([^,.;]+)", view.text, re.IGNORECASE)
        attributed = match.group(1).strip() if match else None
    return Speech(attributed, quoted, denied)


def _denied_parsed(token: Any) -> bool:
    """A denial or negation above the value, within its own clause: a relative
    clause ("which paid $60 million") is not denied by its main clause."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.lower_ in DENIAL_WORDS:
            return True
        for child in ancestor.children:
            if child.dep_ == "neg" or (child.dep_ in ("acomp", "attr") and child.lower_ in DENIAL_WORDS):
                return True
        if ancestor.dep_ in ("relcl", "appos"):
            return False
    return False


def _speaker_parsed(token: Any) -> str | None:
    for ancestor in token.ancestors:
        if ancestor.lower_ in SAY_WORDS and _is_verb(ancestor):
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return str(child.doc[child.left_edge.i : child.right_edge.i + 1].text)
    return None


_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|declined|jumped|"
    r"climbed|swelled|shrank|up|down)\s+(?:by\s+)?|\b(?:a|an)\s+(?:rise|increase|fall|drop|decline|jump|"
    r"reduction|cut)\s+of\s+)$",
    re.IGNORECASE,
)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|a\s+fresh|a\s+second|a\s+third|a\s+fourth)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:of\s+)?$|\b(?:new|fresh|second|third|fourth|latest|additional)\s+"
    r"(?:[\w-]+\s+){0,3}(?:contingent|deployment|batch|wave|rotation|group|tranche|instalment|installment)s?\s+of\s+$",
    re.IGNORECASE,
)
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|extra|fresh|further)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+of\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)


_POSSIBILITY = re.compile(r"\b(?:could|might|may|should|envisag\w*|propos\w*)\b", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"\b(?:split|divided)\b|\bbetween\b", re.IGNORECASE)
_SHARED_AFTER = re.compile(r"^[^.;]{0,60}?\bfor\s+[A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)*\s*,?\s+and\s+[A-Z]", re.UNICODE)


def figure_kind(view: SentenceView, mention: QuantityMention) -> str | None:
    """Why a figure is not a total at all, read from the words around it:
    a change ("rose by 6.3 million"), an addition ("3,000 more soldiers",
    "a further 25,000") or a part ("137 of the Venezuelans")."""
    before = view.text[max(0, mention.start - 80) : mention.start]
    after = view.text[mention.end : mention.end + 40]
    if _CHANGE_BEFORE.search(before):
        return f"{mention.quantity.text} is a change, not a total"
    if _INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after):
        return f"{mention.quantity.text} is an addition, not the total"
    if _PART_AFTER.match(after):
        return f"{mention.quantity.text} is a part of a group, not its total"
    if _SHARED_AFTER.match(after + view.text[mention.end + 40 : mention.end + 100]):
        return f"{mention.quantity.text} is shared with others named beside the subject"
    quantity = mention.quantity
    clause_before = view.text[_clause_start(view.text, mention.start) : mention.start]
    single = quantity.interval.low == quantity.interval.high
    if single and (quantity.text.lower().startswith("between") or _SPLIT_BEFORE.search(clause_before)):
        return f"{quantity.text} is one side of a split"
    if _POSSIBILITY.search(view.text[_clause_start(view.text, mention.start) : mention.start]):
        return f"{mention.quantity.text} is a possibility, not a reported figure"
    return None


_RANGE_BOUND_BEFORE = re.compile(
    r"\b(?:since|until|till|before|after|prior\s+to|following|from|between)\s+(?:(?:a|an|the|early|late|mid)\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_TO_AFTER = re.compile(
    r"^\s*,?\s*(?:the\s+)?(?:eve|day\s+before|day\s+after|week\s+before|week\s+after|run-up)\s+(?:of|to)\b",
    re.IGNORECASE,
)
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][\w.'’ /-]{0,60},\s*$")


def date_kind(view: SentenceView, mention: DateMention) -> str | None:
    """Why a date in the sentence is not an event's date: the dateline of the
    article, or a bound of a range ("since 2000", "after the Cold War")."""
    before = view.text[max(0, mention.start - 30) : mention.start]
    dateline = view.offset == 0 and _DATELINE_BEFORE.match(view.text[: mention.start])
    if dateline and re.match(r"^\s*[—–-]", view.text[mention.end :]):
        return f"{mention.text} is the article's dateline"
    if _RELATIVE_TO_AFTER.match(view.text[mention.end : mention.end + 40]):
        return f"{mention.text} is given relative to another day"
    if _RANGE_BOUND_BEFORE.search(before) and not re.search(r"\bmembers?\s+since\s+$", before, re.IGNORECASE):
        return f"{mention.text} bounds a period, it does not date the event"
    return None


_TITLE_MODIFIER = re.compile(
    r"\b(?:deputy|vice|former|ex|then|acting|first|assistant|co|one-time|onetime|late|outgoing|future|"
    r"incoming|interim|prospective|would-be)[\s-]+$",
    re.IGNORECASE,
)
_PAST_TITLE = re.compile(
    r"\b(?:was|were|had been|former|formerly|until|served as|promoted from|predecessor|previously|then|once|"
    r"from \d{4} to \d{4}|before (?:his|her|their) promotion)\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    r"^(?:\s*,\s*(?:the\s+|[A-Z][\w-]*['’]s\s+|who\s+is\s+(?:the\s+|now\s+)?|now\s+(?:the\s+)?)?|\s+(?:is|as|became|remains)\s+"
    r"(?:the\s+|now\s+(?:the\s+)?)?|['’]s\s+)$",
    re.IGNORECASE,
)


def phrase_problem(view: SentenceView, start: int, end: int, subject: TermSet) -> str | None:
    """Why a contradicting phrase (a title) is not said of the fact's subject
    now: it belongs to someone else, is another title that contains it
    ("deputy chairman"), or is a past one ("the former defence minister")."""
    found = view.text[start:end]
    if _TITLE_MODIFIER.search(view.text[max(0, start - 25) : start]):
        return f"'{found}' is part of another title"
    for s_start, s_end in subject.spans(view.text):
        if s_start < end and start < s_end:
            return _past_title(view, start, end, found, view.text[max(0, start - 15) : start])
        if s_end <= start:
            between = view.text[s_end:start]
        elif s_start >= end:
            between = view.text[end:s_start]
            if re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*){0,3}\s*", between):
                return _past_title(view, start, end, found, view.text[max(0, start - 15) : start])
            continue
        else:
            continue
        if _APPOSITION.match(between) or not between.strip():
            return _past_title(view, start, end, found, view.text[s_end : _clause_end(view.text, end)])
    return f"'{found}' is not said of {subject.terms[0]}"


def _past_title(view: SentenceView, start: int, end: int, found: str, around: str) -> str | None:
    """``around`` is the text that qualifies the title: the words just before it,
    or the apposition after the name ("Shoigu, who was defence minister until May")."""
    if _PAST_TITLE.search(around):
        return f"'{found}' is a past title"
    return None


def claim_kinds(claim: str, subject: TermSet) -> frozenset[str]:
    """Nouns the claim puts before its subject to say which one it is ("defence" in "mutual defence treaty")."""
    kinds = set()
    for start, _ in subject.spans(claim):
        before = re.findall(r"[A-Za-z]+", claim[max(0, start - 30) : start])
        if before and before[-1].islower() and before[-1] not in _FUNCTION_WORDS and before[-1] not in _STOPWORDS:
            kinds.add(before[-1])
    return frozenset(kinds)


def other_kind(view: SentenceView, subject: TermSet, allowed: frozenset[str], kinds: frozenset[str]) -> str | None:
    """The subject named as another thing of its kind: the claim says "defence
    treaty", the sentence "the friendship treaty". Applies only when the claim
    names a kind, and needs the parse (None on a blank pipeline)."""
    if not view.has_parser or not kinds:
        return None
    subject_tokens = view.token_spans(subject)
    allowed_stems = stems_of(allowed)
    dated = [(d.start, d.end) for d in view.dates]
    for token in view.span:
        if token.i not in subject_tokens:
            continue
        for child in token.children:
            position = child.idx - view.offset
            known = child.lower_ in allowed or stem(child.text) in allowed_stems
            in_date = any(s <= position < e for s, e in dated)
            other = child.dep_ == "compound" and child.pos_ == "NOUN" and child.i not in subject_tokens
            if other and not known and not in_date:
                return f"'{child.text} {token.text}' is another {token.text} than the fact's"
    return None
