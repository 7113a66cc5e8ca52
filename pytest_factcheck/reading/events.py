"""What a date dates: attaching a date to the fact's event, and kinds of the subject.

A sentence about a treaty's signing may also date its entry into force, and
"the friendship treaty" is another treaty than "the defence treaty". A date
counts only when it hangs from a subject or context term, or from a verb of
the claim's own event class.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..lexicon.reading import (
    EVENT_CLASSES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    LIGHT_VERBS,
    MONTH_WORDS,
    NEUTRAL_VERBS,
    OCCURRENCE_FORMS,
    OCCURRENCE_NEEDS,
    STOPWORDS,
)
from ..terms import TermSet
from ..values import DateMention
from .codes import Skip
from .lexical import event_classes
from .slots import contrasted
from .view import DATELINE_PREFIX, SentenceView, clause_end, clause_start, is_verb, stem, stems_of


def event_stems(claim: str) -> frozenset[str]:
    """Stems of the content words of a fact's claim, with the words of their
    event classes: the event a date must belong to."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", claim)]
    stems = {stem(w) for w in words if len(w) > 3 and w not in STOPWORDS and w not in MONTH_WORDS}
    # Irregular verbs name the claim's event by their base form too, short ones included ("won", "met");
    # a verb that only carries a figure ("was", "had") names none.
    irregular = [w for w in words if w in IRREGULAR_PAST and IRREGULAR_PAST[w] not in NEUTRAL_VERBS]
    stems |= {stem(w) for w in irregular} | {stem(IRREGULAR_PAST[w]) for w in irregular}
    for group in EVENT_CLASSES.values():
        group_stems = {stem(word) for word in group if " " not in word}
        if stems & group_stems:
            stems |= group_stems
    return frozenset(stems)


@functools.lru_cache(maxsize=256)
def _anchor(subject: tuple[str, ...], context: tuple[str, ...]) -> TermSet:
    """Subject and context terms together, compiled once per fact."""
    return TermSet.of((*subject, *context))


def attach_date(
    view: SentenceView,
    mention: DateMention,
    subject: TermSet,
    context: TermSet,
    events: frozenset[str] = frozenset(),
    classes: frozenset[str] = frozenset(),
) -> Skip | None:
    """Does ``mention`` date the event the fact is about?

    It does when it hangs from a subject or context term ("the June 2024
    signing"), or from a verb of the fact's own claim ("signed in June 2024"
    for a claim that says "signed"); a date hanging from another verb
    ("entered into force in December") belongs to another event.
    """
    anchor = _anchor(subject.terms, context.terms)
    return view.reader.attach_date(view, mention, anchor, subject, bool(context), events, classes)


def attach_date_by_order(
    view: SentenceView, mention: DateMention, anchor: TermSet, events: frozenset[str]
) -> Skip | None:
    """By word order: a subject or context term in the date's clause, or a verb of the claim's."""
    start, end = clause_start(view.text, mention.start), clause_end(view.text, mention.end)
    clause = view.text[start:end]
    verbs = [
        w
        for w in re.findall(r"[A-Za-z]+", clause)
        if (w.lower().endswith(("ed", "ing")) or IRREGULAR_PAST.get(w.lower(), "be") not in ("be", "have"))
        and w.lower() not in MONTH_WORDS
        and w.lower() not in OCCURRENCE_FORMS
    ]  # "held a state funeral on Wednesday", "said on Thursday": irregular pasts are verbs too
    anchored = anchor.search(view.text, start, end)
    if _occurs_by_order(view.text, anchor, start, mention.start):
        return None  # "the attack began on Friday"
    if any(term_start - mention.end <= 1 for term_start, _ in anchor.spans(view.text, mention.end, end)):
        return None  # "Kim's February eighth birthday", "the March 28 collapse": the date names its noun
    if any(stem(v) not in events for v in verbs) and not any(stem(v) in events for v in verbs):
        return Skip("other-event", f"{mention.text} dates '{verbs[0]}', not the fact's event")
    if anchored or any(stem(v) in events for v in verbs):
        return None
    return Skip("not-attached", f"{mention.text} is not said of {anchor.terms[0]}")


_OCCURRENCE_GAP = re.compile(
    r"^[\s,]*(?:(?:that|which|had|has|have|was|were|first|finally|only)\s+){0,2}$", re.IGNORECASE
)


def _occurs_by_order(text: str, anchor: TermSet, clause: int, date_start: int) -> bool:
    """By word order: a subject or context term, then an occurrence verb, then the date
    ("the attack began on Friday", "the fires, which started on January 9")."""
    for _, term_end in anchor.spans(text, clause, date_start):
        verb = re.match(r"(.{0,30}?)\b([A-Za-z]+)\b", text[term_end:date_start], re.DOTALL)
        if verb and _OCCURRENCE_GAP.match(verb.group(1)):
            form = verb.group(2).lower()
            if form in OCCURRENCE_FORMS and form not in OCCURRENCE_NEEDS:
                return True
    return False


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
        # "gathered at Mount Arafat", "landed in Jeju": the subject as the place of the claim's own verb
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(g.i in subject_tokens for g in objects):
            return True
    return False


def _occurs(verb: Any) -> bool:
    """An occurrence verb ("began", "took place", "broke out"): it says its subject happened."""
    form = verb.lower_
    if form not in OCCURRENCE_FORMS:
        return False
    needed = OCCURRENCE_NEEDS.get(form)
    return needed is None or any(c.lower_ == needed for c in verb.children)


def _is_said_of(verb: Any, anchor_tokens: set[int]) -> bool:
    """The verb's subject is the fact's subject or event ("the attack began"), or the verb
    describes it in a relative clause ("the floods that hit …")."""
    if verb.dep_ in ("relcl", "acl") and verb.head.i in anchor_tokens:
        return True
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and any(t.i in anchor_tokens for t in _own_words(child))
        for child in verb.children
    )


_COPULAS = frozenset("is was are were be been falls fell fall remains remained".split())


def _own_words(noun: Any) -> list[Any]:
    """A noun phrase without its relative clauses and appositions ("Benedict XVI, who was
    succeeded by Francis," is Benedict XVI)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ not in ("relcl", "acl", "appos", "punct", "advcl"):
            words += list(child.subtree)
    return words


def _attached_unless_other_actor(token: Any, anchor_tokens: set[int]) -> Skip | None:
    """A date on an event verb of the fact ("died on ...") belongs to the fact only
    if the verb's actor is not someone else ("Benedict XVI died on ...")."""
    if token.pos_ != "VERB":
        return None
    sentence_start = token.sent.start_char
    dateline = DATELINE_PREFIX.match(token.doc.text[sentence_start : sentence_start + 120])
    first_char = sentence_start + (dateline.end() if dateline else 0)
    actors = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= first_char]
    for actor in actors:
        own = _own_words(actor)
        names = [t for t in own if t.pos_ == "PROPN"]
        if names and not any(t.i in anchor_tokens for t in own):
            others = [c for c in token.children if c.dep_ in ("dobj", "attr") and c.i not in {a.i for a in actors}]
            if not any(t.i in anchor_tokens for c in others for t in c.subtree):
                return Skip("other-event", f"'{token.text}' is said of {actor.text}, not of the fact's subject")
    return None


def attach_date_parsed(
    view: SentenceView,
    root: Any,
    anchor: TermSet,
    subject: TermSet,
    has_context: bool,
    events: frozenset[str],
    classes: frozenset[str] = frozenset(),
) -> Skip | None:
    anchor_tokens = view.token_spans(anchor)
    token = root
    for _ in range(6):
        if token.i in anchor_tokens:
            return _attached_unless_other_actor(token, anchor_tokens)
        if token.head.i == token.i:
            break
        if is_verb(token):
            break
        token = token.head
    if token.i in anchor_tokens:
        return _attached_unless_other_actor(token, anchor_tokens)
    if token.lower_ in _COPULAS and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(t.i in anchor_tokens for t in c.subtree)
        and root.i not in {t.i for t in c.subtree}  # not "the consensus at today's meeting was …"
        for c in token.children
    ):
        return None  # "Kim's birthday is February 8", "… falls on February 8"
    light = is_verb(token) and token.lower_ in LIGHT_VERBS and token.dep_ in ("relcl", "acl")
    if light and token.head.i in view.token_spans(subject):
        return None  # "the half-point reduction it made on Sept. 18"
    if is_verb(token) and token.pos_ == "VERB" and token.dep_ != "xcomp":
        subject_tokens = view.token_spans(subject)
        if stem(token.text) in events and _has_subject_argument(token, subject_tokens):
            return None
        if _occurs(token) and _is_said_of(token, anchor_tokens):
            if contrasted(event_classes([token.lower_]), classes):
                return Skip("other-event", f"{root.text} dates '{token.text}', another event than the claim's")
            return None  # "the attack began on Friday", "the floods that hit the region on Oct. 29"
        for prep in token.children:
            if prep.lower_ in ("with", "by") and any(c.dep_ == "pobj" and c.i in subject_tokens for c in prep.children):
                return None  # "ended with an armistice in 1953"
    if not has_context and is_verb(token):
        subject_tokens = view.token_spans(subject)
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(t.i in subject_tokens for t in child.subtree):
                return None
    return Skip("other-event", f"{root.text} dates '{token.text}', not {anchor.terms[0]}")


def claim_kinds(claim: str, subject: TermSet) -> frozenset[str]:
    """Nouns the claim puts before its subject to say which one it is ("defence" in "mutual defence treaty")."""
    kinds = set()
    for start, _ in subject.spans(claim):
        before = re.findall(r"[A-Za-z]+", claim[max(0, start - 30) : start])
        if before and before[-1].islower() and before[-1] not in FUNCTION_WORDS and before[-1] not in STOPWORDS:
            kinds.add(before[-1])
    return frozenset(kinds)


def other_kind(view: SentenceView, subject: TermSet, allowed: frozenset[str], kinds: frozenset[str]) -> Skip | None:
    """The subject named as another thing of its kind: the claim says "defence
    treaty", the sentence "the friendship treaty". Applies only when the claim
    names a kind, and needs the parse (None on a blank pipeline)."""
    if not kinds:
        return None
    return view.reader.other_kind(view, subject, allowed)


def other_kind_parsed(view: SentenceView, subject: TermSet, allowed: frozenset[str]) -> Skip | None:
    """A noun compound on a subject token that the fact does not know ("friendship treaty")."""
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
                return Skip("other-instance", f"'{child.text} {token.text}' is another {token.text} than the fact's")
    return None


def named_instance(view: SentenceView, subject: TermSet, claim: str, context: TermSet | None = None) -> Skip | None:
    """The subject named as another one by a proper name: the claim says "the Palisades Fire", the
    sentence "the Kenneth Fire". Applies only when the claim names its subject (or, for a subject
    that is a verb, "broke out", its context noun) so, and needs the parse."""
    names = _claim_names(claim, subject)
    if not names and context is not None:
        nouns = _common_nouns(context.terms)  # "The Palisades and Eaton fires broke out …": fires, not Trump
        if nouns is not None and (names := _claim_names(claim, nouns)):
            return view.reader.named_instance(view, nouns, names, context)
    if not names:
        return None
    return view.reader.named_instance(view, subject, names, context)


def named_instance_parsed(
    view: SentenceView, subject: TermSet, names: frozenset[str], context: TermSet | None
) -> Skip | None:
    """A proper-name compound on a subject token that is not one of the claim's names."""
    subject_tokens = view.token_spans(subject)
    known = subject_tokens | (view.token_spans(context) if context else set())
    for token in view.span:
        if token.i not in subject_tokens:
            continue
        for child in token.children:
            other = child.dep_ == "compound" and child.pos_ == "PROPN" and child.i not in known
            if other and child.lower_ not in names:
                return Skip("other-instance", f"'{child.text} {token.text}' is another {token.text} than the fact's")
    return None


@functools.lru_cache(maxsize=256)
def _common_nouns(terms: tuple[str, ...]) -> TermSet | None:
    """The context terms an editor wrote in lower case ("fires"): things, not names."""
    lower = tuple(term for term in terms if term.islower())
    return TermSet.of(lower) if lower else None


@functools.lru_cache(maxsize=256)
def _claim_names(claim: str, subject: TermSet) -> frozenset[str]:
    """Capitalised words just before a subject term in the claim ("Palisades" in "the Palisades Fire")."""
    names = set()
    for start, _ in subject.spans(claim):
        before = re.findall(r"[A-Za-z][\w'’-]*", claim[max(0, start - 40) : start])
        for word in reversed(before):
            if not word[0].isupper():
                break
            names.add(word.lower())
    return frozenset(names)
