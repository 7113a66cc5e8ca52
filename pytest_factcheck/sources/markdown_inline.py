"""Where markdown-it-py's inline tokens are in the stored file, and which of them are not prose.

markdown-it-py gives block tokens their stored lines (``.map``) but inline
tokens no position. Each inline token of a block is found in the block's
stored lines from a cursor that only moves forward, the way a reader's eye
does: text is kept; emphasis marks, a link's brackets and target, code
spans, images, autolinks and raw HTML (but factcheck markers) are cut; an
entity or a backslash escape is read as the character it stands for. When a
token cannot be found (markup markdown-it normalised), the rest of the block
is kept as stored rather than guessed.
"""

from __future__ import annotations

import re
from typing import Any

from .cuts import Cut

#: A factcheck marker in an HTML comment stays in the prose (the suppressions read it there).
MARKER = re.compile(r"<!--\s*factcheck:", re.IGNORECASE)
_DELIMITERS = frozenset(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"])


class _Lost(Exception):
    """A token is not where the stored text should have it."""


class _Cursor:
    def __init__(self, source: str, start: int, end: int) -> None:
        self.source, self.at, self.end = source, start, end

    def find(self, needle: str) -> int:
        found = self.source.find(needle, self.at, self.end)
        if found < 0:
            raise _Lost(needle)
        self.at = found + len(needle)
        return found


def inline_cuts(source: str, start: int, end: int, children: list[Any]) -> tuple[list[Cut], int]:
    """The cuts of one inline token whose stored text lies in ``source[start:end]``, and where it ends
    (the next cell of a table row starts there)."""
    cursor = _Cursor(source, start, end)
    cuts: list[Cut] = []
    try:
        _walk(cursor, children, cuts)
    except _Lost:
        return cuts, end
    return cuts, cursor.at


def _walk(cursor: _Cursor, children: list[Any], cuts: list[Cut]) -> None:
    skipping = opened = 0  # inside an autolink (its text is its URL, cut with it), and where it opened
    for token in children:
        kind = token.type
        if skipping:
            skipping += (kind == "link_open") - (kind == "link_close")
            if not skipping:
                cursor.find(">")
                cuts.append(Cut(opened, cursor.at))
            continue
        if kind == "text":
            if token.content:
                cursor.find(token.content)
        elif kind == "text_special":  # an entity or a backslash escape
            at = cursor.find(token.markup)
            cuts.append(Cut(at, cursor.at, token.content))
        elif kind in ("softbreak", "hardbreak"):
            at = cursor.find("\n")
            if kind == "hardbreak" and at > 0 and cursor.source[at - 1] == "\\":
                cuts.append(Cut(at - 1, at))
        elif kind in _DELIMITERS:
            at = cursor.find(token.markup)
            cuts.append(Cut(at, cursor.at))
        elif kind == "code_inline":
            at = cursor.find(token.markup)
            close = re.compile(f"(?<!`){re.escape(token.markup)}(?!`)").search(cursor.source, cursor.at, cursor.end)
            if close is None:
                raise _Lost(token.markup)
            cursor.at = close.end()
            cuts.append(Cut(at, cursor.at))
        elif kind == "html_inline":
            at = cursor.find(token.content)
            if not MARKER.match(token.content):
                cuts.append(Cut(at, cursor.at))
        elif kind == "link_open" and token.markup in ("autolink", "linkify"):
            opened, skipping = cursor.find("<"), 1
        elif kind == "link_open":
            at = cursor.find("[")
            cuts.append(Cut(at, cursor.at))
        elif kind == "link_close":
            at = cursor.find("]")
            cursor.at = _target_end(cursor.source, cursor.at, cursor.end)
            cuts.append(Cut(at, cursor.at))
        elif kind == "image":
            at = cursor.find("![")
            cursor.at = _target_end(cursor.source, _bracket_end(cursor.source, cursor.at, cursor.end), cursor.end)
            cuts.append(Cut(at, cursor.at))


def _bracket_end(source: str, at: int, end: int) -> int:
    """The offset after the "]" closing a "[" opened just before ``at`` (nested brackets allowed)."""
    depth = 1
    while at < end:
        char = source[at]
        if char == "\\":
            at += 2
            continue
        depth += (char == "[") - (char == "]")
        at += 1
        if not depth:
            return at
    raise _Lost("]")


def _target_end(source: str, at: int, end: int) -> int:
    """The offset after a link's target just after its "]": "(url "title")", "[ref]", or nothing."""
    if source.startswith("[", at):
        return _bracket_end(source, at + 1, end)
    if not source.startswith("(", at):
        return at
    depth, quote, index = 1, "", at + 1
    while index < end:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and source[index - 1] in " \t\n":
            quote = char
        elif char == "<" and index == at + 1:
            quote = ">"
        else:
            depth += (char == "(") - (char == ")")
            if not depth:
                return index + 1
        index += 1
    raise _Lost(")")
