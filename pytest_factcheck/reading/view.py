"""One sentence as the readers see it: its text, its parse and its values, read once.

Every fact that a sentence is about asks the same questions of it (which
numbers, which dates, which tokens are subject terms); :class:`SentenceView`
answers each once. The helpers below work on its text by word order, for the
blank pipeline and for headlines, which parsers misread.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..terms import TermSet, american_spelling
from ..values import DateMention, QuantityMention, SentenceValues, find_values

if TYPE_CHECKING:
    from .readers import Reader

#: A wire dateline opening a paragraph: "SEOUL, Nov. 4, 2024 —", "Pyongyang/Seoul, January 9, 2026 –".
DATELINE_PREFIX = re.compile(r"\s*[A-Z][\w.'’ /-]{0,60},\s+[^–—\n]{4,40}?\s*[–—-]{1,2}\s")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s|\bwhich\b|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)


class SentenceView:
    """One sentence with its values read once and shared by every fact."""

    def __init__(
        self,
        span: Any,
        has_parser: bool,
        published: dt.date | None = None,
        first: bool = False,
        date_order: str | None = None,
    ) -> None:
        self.span = span
        self.date_order = date_order  # the source's convention for all-number dates: "DMY", "MDY" or None
        self.text: str = span.text
        self.offset: int = span.start_char  # offset of the sentence in its paragraph
        self.has_parser = has_parser
        self.published = published
        self.first = first  # the first sentence of its document, where a dateline stands
        self._token_spans: dict[tuple[str, ...], set[int]] = {}
        self._ordered: dict[str, SentenceView] = {}

    def in_date_order(self, date_order: str | None) -> SentenceView:
        """This sentence as read in a source whose all-number dates follow ``date_order``: the
        parse is shared, the values are read again once per convention ("05/06/2024")."""
        if date_order is None or date_order == self.date_order:
            return self
        if date_order not in self._ordered:
            self._ordered[date_order] = SentenceView(self.span, self.has_parser, self.published, self.first, date_order)
        return self._ordered[date_order]

    @cached_property
    def reader(self) -> Reader:
        """How this sentence's slots are read (the parse or word order), chosen once from the pipeline."""
        from .readers import reader_for

        return reader_for(self.has_parser)

    @cached_property
    def values(self) -> SentenceValues:
        """The sentence's dates and figures, read once; a span read as a date is never also a number.
        With the date order unknown, an all-number date such as "05/06/2024" never resolves to one day."""
        return find_values(self.text, date_order=self.date_order)

    @property
    def dates(self) -> list[DateMention]:
        return self.values.dates

    @property
    def quantities(self) -> list[QuantityMention]:
        return self.values.quantities

    @cached_property
    def body_start(self) -> int:
        """Where the sentence's own words start, after a dateline at the top of a paragraph."""
        if self.offset != 0:
            return 0
        match = DATELINE_PREFIX.match(self.text)
        return match.end() if match else 0

    @cached_property
    def is_question(self) -> bool:
        return self.text.rstrip().rstrip("\"'”’)").endswith("?")

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

    def position(self, token: Any) -> int:
        """The sentence-relative offset of a token."""
        return int(token.idx) - self.offset


def root_of(tokens: Sequence[Any]) -> Any:
    """The token of ``tokens`` whose head lies outside them."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def is_verb(token: Any) -> bool:
    """A clause head: a verb, or the root of a verbless (headline) sentence."""
    return bool(token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT")


def governing_verb(token: Any) -> Any | None:
    """The nearest verb above ``token`` (itself included), within six steps."""
    current = token
    for _ in range(7):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def is_headline(text: str) -> bool:
    """Title Case text ("Flight Carrying 266 Migrants Lands"), which parsers misread."""
    words = re.findall(r"[A-Za-z][\w'’]*", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


def clause_start(text: str, position: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


def clause_end(text: str, position: int) -> int:
    match = _CLAUSE_BREAK.search(text, position)
    return match.start() if match else len(text)


#: Consonants a verb doubles before "-ed" and "-ing" ("slipped"); not "l", "s", "d" ("called", "added").
_DOUBLED = frozenset("bgmnprt")


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem, enough to match "signed", "signing" and "signs" to "sign", "carried" to "carry"."""
    lowered = american_spelling(word.lower())
    if lowered.endswith(("ied", "ies")) and len(lowered) >= 6:
        return lowered[:-3] + "y"  # "carried", "carries" and "carry" share one stem
    for suffix in ("ing", "ed", "es", "s"):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            lowered = lowered[: -len(suffix)]
            if suffix in ("ing", "ed") and len(lowered) >= 4 and lowered[-1] == lowered[-2] in _DOUBLED:
                lowered = lowered[:-1]  # "slipped", "planned": "slip", "plan"
            break
    return lowered[:-1] if lowered.endswith("e") and len(lowered) > 3 else lowered


@functools.lru_cache(maxsize=256)
def stems_of(words: frozenset[str]) -> frozenset[str]:
    """The stems of a fact's own words, computed once per fact rather than per token."""
    return frozenset(stem(w) for w in words)


def words_of(text: str) -> list[str]:
    """The lowercase words of ``text``."""
    return re.findall(r"[\w'’-]+", text.lower())
