"""The two ways a sentence is read, behind one protocol: from its dependency parse, or by word order.

A trained pipeline gives every sentence a parse; the blank pipeline gives
tokens only. Each slot that the two read differently (what a figure counts,
what a date dates, the stance and the speaker around a value, another kind or
name of the subject) is a method of :class:`Reader`. The reader is chosen once,
from the pipeline, and carried by each :class:`~.view.SentenceView`; the slot
functions ask ``view.reader`` and never test which pipeline is loaded.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..terms import TermSet
from ..values import DateMention, QuantityMention
from .codes import Skip
from .counts import attach_quantity_by_order, attach_quantity_parsed
from .events import attach_date_by_order, attach_date_parsed, named_instance_parsed, other_kind_parsed
from .stance import stance_by_order, stance_parsed
from .view import SentenceView, root_of


class Reader(Protocol):
    """How the slots of a sentence are read."""

    @property
    def parsed(self) -> bool:
        """Whether this reader follows a dependency parse."""
        ...

    def tokens(self, view: SentenceView, start: int, end: int) -> list[Any]:
        """The parsed tokens of ``start:end``; none when reading by word order."""
        ...

    def attach_quantity(
        self,
        view: SentenceView,
        mention: QuantityMention,
        subject: TermSet,
        context: TermSet,
        allowed_roles: frozenset[str],
        counted: frozenset[str],
    ) -> Skip | None:
        """Why the figure does not count the fact's subject, or None when it does."""
        ...

    def attach_date(
        self,
        view: SentenceView,
        mention: DateMention,
        anchor: TermSet,
        subject: TermSet,
        has_context: bool,
        events: frozenset[str],
        classes: frozenset[str],
    ) -> Skip | None:
        """Why the date does not date the fact's event, or None when it does."""
        ...

    def stance(self, view: SentenceView, start: int, end: int, refused: frozenset[str]) -> Skip | None:
        """Why the sentence does not claim the value at ``start:end`` (a denial, a rumour, a forecast)."""
        ...

    def other_kind(self, view: SentenceView, subject: TermSet, allowed: frozenset[str]) -> Skip | None:
        """The subject named as another thing of its kind ("the friendship treaty")."""
        ...

    def named_instance(
        self, view: SentenceView, subject: TermSet, names: frozenset[str], context: TermSet | None
    ) -> Skip | None:
        """The subject named as another one by a proper name ("the Kenneth Fire")."""
        ...


class WordOrderReader:
    """Reads slots from the order of words within a clause: the blank pipeline's reader, and the
    fallback for a value the parse does not cover."""

    parsed = False

    def tokens(self, view: SentenceView, start: int, end: int) -> list[Any]:
        return []

    def attach_quantity(
        self,
        view: SentenceView,
        mention: QuantityMention,
        subject: TermSet,
        context: TermSet,
        allowed_roles: frozenset[str],
        counted: frozenset[str],
    ) -> Skip | None:
        return attach_quantity_by_order(view, mention, subject, context, allowed_roles, counted)

    def attach_date(
        self,
        view: SentenceView,
        mention: DateMention,
        anchor: TermSet,
        subject: TermSet,
        has_context: bool,
        events: frozenset[str],
        classes: frozenset[str],
    ) -> Skip | None:
        return attach_date_by_order(view, mention, anchor, events)

    def stance(self, view: SentenceView, start: int, end: int, refused: frozenset[str]) -> Skip | None:
        return stance_by_order(view, start, view.text[start:end], refused)

    def other_kind(self, view: SentenceView, subject: TermSet, allowed: frozenset[str]) -> Skip | None:
        return None  # a compound noun cannot be told from its head by word order

    def named_instance(
        self, view: SentenceView, subject: TermSet, names: frozenset[str], context: TermSet | None
    ) -> Skip | None:
        return None


class ParsedReader(WordOrderReader):
    """Reads slots from the dependency parse; a value no token covers is read by word order."""

    parsed = True

    def tokens(self, view: SentenceView, start: int, end: int) -> list[Any]:
        return view.tokens_in(start, end)

    def attach_quantity(
        self,
        view: SentenceView,
        mention: QuantityMention,
        subject: TermSet,
        context: TermSet,
        allowed_roles: frozenset[str],
        counted: frozenset[str],
    ) -> Skip | None:
        return attach_quantity_parsed(view, mention, subject, context, allowed_roles, counted)

    def attach_date(
        self,
        view: SentenceView,
        mention: DateMention,
        anchor: TermSet,
        subject: TermSet,
        has_context: bool,
        events: frozenset[str],
        classes: frozenset[str],
    ) -> Skip | None:
        tokens = self.tokens(view, mention.start, mention.end)
        if not tokens:
            return attach_date_by_order(view, mention, anchor, events)
        return attach_date_parsed(view, root_of(tokens), anchor, subject, has_context, events, classes)

    def stance(self, view: SentenceView, start: int, end: int, refused: frozenset[str]) -> Skip | None:
        tokens = self.tokens(view, start, end)
        if not tokens:
            return super().stance(view, start, end, refused)
        return stance_parsed(tokens[0], view.text[start:end], refused)

    def other_kind(self, view: SentenceView, subject: TermSet, allowed: frozenset[str]) -> Skip | None:
        return other_kind_parsed(view, subject, allowed)

    def named_instance(
        self, view: SentenceView, subject: TermSet, names: frozenset[str], context: TermSet | None
    ) -> Skip | None:
        return named_instance_parsed(view, subject, names, context)


PARSED: Reader = ParsedReader()
WORD_ORDER: Reader = WordOrderReader()


def reader_for(has_parser: bool) -> Reader:
    """The reader of a pipeline: the parse when it has one, else word order."""
    return PARSED if has_parser else WORD_ORDER
