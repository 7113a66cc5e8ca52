"""Titles: whether a contradicting phrase (``contradicted_by``) is said of the subject now.

It counts directly before the name ("Defence Minister Sergei Shoigu") or in
apposition after it ("Shoigu, Russia's defence minister"); not as part of a
longer title ("deputy chairman"), a past one ("the former defence minister"),
or one that belongs to someone else in the sentence.
"""

from __future__ import annotations

import re

from ..terms import TermSet
from .codes import Skip
from .view import SentenceView, clause_end

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


def phrase_problem(view: SentenceView, start: int, end: int, subject: TermSet) -> Skip | None:
    """Why a contradicting phrase (a title) is not said of the fact's subject
    now: it belongs to someone else, is another title that contains it
    ("deputy chairman"), or is a past one ("the former defence minister")."""
    found = view.text[start:end]
    if _TITLE_MODIFIER.search(view.text[max(0, start - 25) : start]):
        return Skip("title-part", f"'{found}' is part of another title")
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
            return _past_title(view, start, end, found, view.text[s_end : clause_end(view.text, end)])
    return Skip("title-other", f"'{found}' is not said of {subject.terms[0]}")


def _past_title(view: SentenceView, start: int, end: int, found: str, around: str) -> Skip | None:
    """``around`` is the text that qualifies the title: the words just before it,
    or the apposition after the name ("Shoigu, who was defence minister until May")."""
    if _PAST_TITLE.search(around):
        return Skip("title-past", f"'{found}' is a past title")
    return None
