"""Titles that support a fact: the claim's own title said of its subject.

A title fact ("Sergei Shoigu is secretary of Russia's Security Council") is
contradicted by the phrases an editor lists; it is supported when a sentence
gives the claim's own title to the subject, in front of the name ("Security
Council Secretary Sergei Shoigu") or in apposition after it ("Shoigu, the
secretary of Russia's Security Council"). The title is read from the claim:
its head ("secretary", "deputy chairman", "foreign minister") must be written
out, and when the title names what it heads ("of the Security Council"), one
of those words too; countries and possessives ("Russia's", "the EU's") may
be left out, as reporters do.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon.reading import FUNCTION_WORDS, STOPWORDS, TITLE_COPULAS, TITLE_JOINS, TITLE_MODIFIERS
from ..terms import TermSet
from .lexical import places_in
from .view import SentenceView

_COPULA = re.compile(r"\s(?:" + "|".join(re.escape(c) for c in TITLE_COPULAS) + r")\s+", re.IGNORECASE)
_ALTERNATIVE = re.compile(r",\s*(?:its|his|her|their|the|also)\s+", re.IGNORECASE)
_END = re.compile(r"\s*(?:\(|;|\.\s|\.$|,\s*(?:since|who|which|until|from)\b)")
_POSSESSIVE = re.compile(r"\b[\w.]+['’]s\s+")
_NAME_GAP = re.compile(r"(?:\s*,)?(?:\s+[A-Z][\w'’.-]*){0,3}\s*")
_APPOSITION = re.compile(r"\s*,\s*(?:the\s+|who\s+(?:is|became)\s+(?:the\s+|now\s+(?:the\s+)?)?|now\s+(?:the\s+)?)?")
_APPOSITION_END = re.compile(r"[,;:()—–]|\s(?:and|who|which|said|told)\s")
_BREAK = re.compile(r"[.;:()\[\]\"“”—–]|\b(?:and|with|said|told|met|meets|meeting|by|to)\s")


@dataclass(frozen=True)
class Title:
    """A title as the claim gives it: its head words, in order, and the words of what it heads."""

    head: tuple[str, ...]
    heads_of: frozenset[str]

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(r"\b" + r"[\s-]+".join(re.escape(w) for w in self.head) + r"\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def claim_titles(claim: str) -> tuple[Title, ...]:
    """The titles a claim gives its subject ("… is X, its Y"), or none."""
    copula = _COPULA.search(claim)
    if copula is None:
        return ()
    rest = claim[copula.end() :]
    end = _END.search(rest)
    rest = rest[: end.start()] if end else rest
    return tuple(t for t in (_title(part) for part in _ALTERNATIVE.split(rest)) if t is not None)


def _title(text: str) -> Title | None:
    for start, end, _ in sorted(places_in(text), reverse=True):
        text = text[:start] + re.sub(r"^['’]s", "", text[end:])
    text = re.sub(r"^\s*(?:the|a|an)\s+", "", _POSSESSIVE.sub("", text.strip()), flags=re.IGNORECASE)
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", text)]
    join = next((i for i, w in enumerate(words) if w in TITLE_JOINS and i > 0), len(words))
    head = tuple(w for w in words[:join] if w not in STOPWORDS and w not in FUNCTION_WORDS)
    heads_of = frozenset(w for w in words[join + 1 :] if w not in STOPWORDS and w not in FUNCTION_WORDS)
    return Title(head, heads_of) if head else None


def supporting_title(view: SentenceView, subject: TermSet, titles: tuple[Title, ...]) -> tuple[int, int] | None:
    """Where the sentence gives the subject one of the claim's titles, now and as its own."""
    text = view.text
    for s_start, s_end in subject.spans(text):
        before = text[:s_start]
        cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
        after_match = _APPOSITION.match(text, s_end)
        after_end = _clause_end(text, after_match.end()) if after_match and after_match.group().strip() else s_end
        for title in titles:
            for match in title.pattern.finditer(text, cut, s_start):
                if _NAME_GAP.fullmatch(text[match.end() : s_start]) and _own(text, match.start(), title, cut, s_start):
                    return match.start(), match.end()
            if after_end > s_end:
                found = title.pattern.search(text, s_end, after_end)
                if found and _own(text, found.start(), title, s_end, after_end):
                    return found.start(), found.end()
    return None


def _own(text: str, start: int, title: Title, window_start: int, window_end: int) -> bool:
    """The title is the claim's (not "deputy …" or "former …" of it) and names what it heads."""
    modifier = re.search(r"([\w-]+)[\s-]+$", text[window_start:start])
    if modifier and modifier.group(1).lower() in TITLE_MODIFIERS and modifier.group(1).lower() not in title.head:
        return False
    if not title.heads_of:
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", text[window_start:window_end])}
    return bool(words & title.heads_of)


def _clause_end(text: str, position: int) -> int:
    match = _APPOSITION_END.search(text, position)
    return match.start() if match else len(text)
