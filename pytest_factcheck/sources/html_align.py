"""Where lxml's text came from in the page as stored.

lxml gives each element its ``sourceline`` but no column, and hands back text
with entities decoded ("&amp;" is "&"). To keep every character of a finding on
the stored line *and column*, each text node is matched against the stored
page from a cursor that moves forward through the file: markup between text
nodes is stepped over, an entity matches the characters it decodes to. The
result is a list of runs, each a piece of text and the stored offset where it
starts; within a run, characters are consecutive in the file.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

#: A start or end tag, a doctype or a processing instruction (quoted '>' inside attributes allowed).
_MARKUP = re.compile(r"<[A-Za-z/!?][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")
#: A tag longer than this is not looked for (keeps hostile pages such as "<a<a<a…" linear).
_MARKUP_WINDOW = 20_000
#: When a text node does not follow the markup directly, it is looked for this far ahead.
_SEARCH_WINDOW = 200_000
_PROBE = 16


@dataclass(frozen=True)
class Run:
    text: str
    offset: int | None  # stored offset of its first character; None for text the reader adds ("\n\n")


class LineMap:
    """Stored offset to 1-based (line, column)."""

    def __init__(self, source: str) -> None:
        self.starts = [0, *(index + 1 for index, char in enumerate(source) if char == "\n")]

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1

    def line_start(self, line: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1]


def skip_markup(source: str, at: int) -> int:
    """The offset after the tags and comments starting at ``at``."""
    while at < len(source) and source[at] == "<":
        if source.startswith("<!--", at):
            end = source.find("-->", at + 4)
            if end < 0:
                return at
            at = end + 3
            continue
        match = _MARKUP.match(source, at, min(len(source), at + _MARKUP_WINDOW))
        if match is None:
            return at
        at = match.end()
    return at


def _match(source: str, at: int, text: str, raw: bool) -> tuple[list[Run], int] | None:
    """Runs of ``text`` if the stored page spells it from ``at``, and the offset after it."""
    runs: list[Run] = []
    start, index = at, 0
    while index < len(text):
        if at >= len(source):
            return None
        char = source[at]
        if char == "&" and not raw:
            entity = _ENTITY.match(source, at)
            decoded = html.unescape(entity.group()) if entity else char
            if entity and decoded != entity.group() and text.startswith(decoded, index):
                if at > start:
                    runs.append(Run(source[start:at], start))
                runs.append(Run(decoded, at))
                index += len(decoded)
                at = start = entity.end()
                continue
        if char != text[index]:
            return None
        index += 1
        at += 1
    if at > start:
        runs.append(Run(source[start:at], start))
    return runs, at


def align(source: str, cursor: int, text: str, raw: bool = False) -> tuple[list[Run], int]:
    """The runs of a text node lxml read at or after ``cursor``, and the cursor after it.

    ``raw`` is for script and style contents, where "&amp;" is not an entity.
    Text that cannot be found (markup lxml repaired) keeps its words but is
    placed at the cursor.
    """
    at = skip_markup(source, cursor)
    found = _match(source, at, text, raw)
    if found is None:
        probe = text.lstrip()[:_PROBE]
        if "&" not in probe and probe:
            near = source.find(probe, at, at + _SEARCH_WINDOW)
            lead = len(text) - len(text.lstrip())
            if near >= lead:
                found = _match(source, near - lead, text, raw)
                if found is None and (stripped := _match(source, near, text.lstrip(), raw)) is not None:
                    found = [Run(" ", None), *stripped[0]], stripped[1]
    if found is None:
        return [Run(text, min(at, max(len(source) - 1, 0)))], at
    return found
