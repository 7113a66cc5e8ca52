"""Markdown: the prose of a file as markdown-it-py parses it, with the stored line and column.

markdown-it-py (CommonMark, with tables and strikethrough) decides what is prose, so the edge
cases a regular expression gets wrong are read as any Markdown renderer
reads them: an indented code block, a "](" inside a code span, a reference
link and its definition, a fence inside a block quote. Front matter is read
by ``front_matter`` (the project's YAML loader).

Left out (each keeps its newlines, so prose lines are stored lines): front
matter, code blocks and code spans, link targets and reference definitions
(a link's text is kept), images, autolinks, HTML comments (except factcheck
markers) and raw HTML's tags (their text is kept, but script, style, nav and
the like), emphasis marks, block-quote ">" and list markers. Headings (with
their "#"), list items, block quotes and table rows are prose; each block is
one paragraph, as a renderer shows it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from ..lexicon import sources as lexicon
from .cuts import Cut, apply_cuts
from .front_matter import find_front_matter
from .html_align import LineMap
from .markdown_inline import MARKER, inline_cuts
from .text import bounded

_QUOTE_MARK = re.compile(r"[ \t]*>[ \t]?")
_LIST_MARK = re.compile(r"[ \t]*(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_HIDDEN = re.compile(r"<(?P<tag>{})\b".format("|".join(lexicon.HIDDEN_IN_MARKDOWN_HTML)), re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![^<>]*>|<\?[^<>]*>")
_CODE_BLOCKS = frozenset(["fence", "code_block"])
#: Blocks that hold a line's content; a line held only by containers lost it to markdown-it's nesting limit.
_LEAF_BLOCKS = frozenset(["inline", "html_block", "fence", "code_block", "hr"])
#: What is left of a line without its container marks when it has content (">", "1." alone have none).
_MARKS = re.compile(r"(?:[ \t>*+-]|[0-9]{1,9}[.)](?=[ \t]|$))*")
TOO_DEEP = "lines nest deeper than Markdown is read (block quotes or lists in each other); they were read as text"
#: Blocks whose text is prose; each is a paragraph of its own (a table row is one).
_PROSE_BLOCKS = frozenset(["inline", "html_block"])


@dataclass(frozen=True)
class MarkdownPage:
    prose: str
    anchors: tuple[tuple[int, int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]
    published: dt.date | None = None
    published_from: str | None = None
    warnings: tuple[str, ...] = ()


@functools.cache
def _parser() -> Any:
    from markdown_it import MarkdownIt  # lazily: only Markdown sources need it

    # text_join off: entities and escapes stay tokens of their own, so text tokens are stored text
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def markdown_page(text: str) -> MarkdownPage:
    """The prose of a Markdown file, where each part is stored, and its front matter's date."""
    front = find_front_matter(text)
    # front matter blanked for the parser (it is no Markdown), keeping every offset
    parsed = re.sub(r"[^\n]", " ", text[: front.end]) + text[front.end :]
    lines = LineMap(text)
    # blanked, not left out: the article's lead (scan.LEAD characters of prose) is measured as it always was
    cuts = [Cut(0, front.end, parsed[: front.end])] if front.end else []
    blocks: list[tuple[int, int]] = []
    covered = set(range(text.count("\n", 0, front.end)))
    leaves = set(covered)
    pointers: dict[int, int] = {}  # stored line index -> where its container prefixes end
    row_at = 0
    end_tags = _EndTags(text)
    for token in _parser().parse(parsed):
        if token.map is None:
            continue
        first, last = token.map
        covered.update(range(first, last))
        if token.type in _LEAF_BLOCKS:
            leaves.update(range(first, last))
        start, end = lines.line_start(first + 1), _line_end(lines, text, last)
        if token.type == "blockquote_open":
            cuts.extend(_prefix_cuts(text, lines, pointers, range(first, last), _QUOTE_MARK))
        elif token.type == "list_item_open":
            cuts.extend(_prefix_cuts(text, lines, pointers, range(first, first + 1), _LIST_MARK))
        elif token.type in _CODE_BLOCKS:
            cuts.append(Cut(start, end))
        elif token.type == "inline":
            # the cells of a table row share its lines: each is looked for after the one before
            found, row_at = inline_cuts(
                text, row_at if blocks[-1:] == [(start, end)] else start, end, token.children or []
            )
            cuts.extend(found)
        elif token.type == "html_block":
            cuts.extend(_html_cuts(text, start, end, end_tags))
        if token.type in _PROSE_BLOCKS and (not blocks or blocks[-1] != (start, end)):
            blocks.append((start, end))
    cuts.extend(_uncovered(text, lines, covered))
    lost = _lost(text, lines, covered - leaves)
    blocks.extend(lost)
    cut = apply_cuts(text, cuts)
    paragraphs = tuple(
        span
        for start, end in sorted(blocks)
        for span in bounded(cut.prose, cut.prose_offset(start), _trimmed(cut.prose, cut.prose_offset(end)))
    )
    key = f"front matter {front.key}:" if front.key else None
    warnings = ((front.warning,) if front.warning else ()) + ((TOO_DEEP,) if lost else ())
    return MarkdownPage(cut.prose, cut.anchors, paragraphs, front.published, key, warnings)


def _trimmed(prose: str, end: int) -> int:
    """A paragraph's end before the newlines and spaces that close its block (as plain text ends one)."""
    return len(prose[:end].rstrip())


def _line_end(lines: LineMap, text: str, last: int) -> int:
    """The stored offset where line ``last`` (0-based, exclusive) starts, or the end of the text."""
    return lines.line_start(last + 1) if last < len(lines.starts) else len(text)


def _prefix_cuts(
    text: str, lines: LineMap, pointers: dict[int, int], indices: range, mark: re.Pattern[str]
) -> list[Cut]:
    """Cut a container's mark (">" or "-", "1.") at the start of each of its lines, after outer marks."""
    found = []
    for index in indices:
        if index >= len(lines.starts):
            break
        at = pointers.get(index, lines.starts[index])
        match = mark.match(text, at, _line_end(lines, text, index + 1))
        if match and match.group().strip():
            end = match.end() - (match.group().endswith("\n"))
            found.append(Cut(at, end))
            pointers[index] = end
    return found


def _html_cuts(text: str, start: int, end: int, end_tags: _EndTags) -> list[Cut]:
    """Raw HTML in Markdown: comments (but factcheck markers), hidden elements and tags are cut."""
    block = text[start:end]
    found = [Cut(start + m.start(), start + m.end()) for m in _COMMENT.finditer(block) if not MARKER.match(m.group())]
    found += [_hidden_element(end_tags, start + m.start(), m.group("tag"), end) for m in _HIDDEN.finditer(block)]
    found += [Cut(start + m.start(), start + m.end()) for m in _TAG.finditer(_COMMENT.sub(_blank, block))]
    return found


class _EndTags:
    """Where each hidden element's end tags are in the file, found once per tag (a file of many
    unclosed "<script>" blocks stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: dict[str, list[int]] = {}

    def after(self, tag: str, at: int) -> int | None:
        ends = self.ends.get(tag)
        if ends is None:
            ends = [m.end() for m in re.finditer(rf"</{tag}\s*>", self.text, re.IGNORECASE)]
            self.ends[tag] = ends
        index = bisect.bisect_left(ends, at)
        return ends[index] if index < len(ends) else None


def _hidden_element(end_tags: _EndTags, at: int, tag: str, block_end: int) -> Cut:
    """A ``<nav>`` or ``<script>`` up to its end tag, also when Markdown blocks lie in between
    ("<nav>", a blank line, a list of links, "</nav>"); unclosed, only its own block."""
    return Cut(at, end_tags.after(tag.lower(), at) or block_end)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _uncovered(text: str, lines: LineMap, covered: set[int]) -> list[Cut]:
    """Lines no block holds (reference definitions, "[id]: https://…") are left out."""
    return [
        Cut(lines.starts[index], _line_end(lines, text, index + 1))
        for index in range(len(lines.starts))
        if index not in covered and text[lines.starts[index] : _line_end(lines, text, index + 1)].strip()
    ]


def _lost(text: str, lines: LineMap, containers_only: set[int]) -> list[tuple[int, int]]:
    """Lines only containers hold that have content: markdown-it stopped at its nesting limit (20
    levels). They are read as stored, so a figure is never hidden by deep nesting."""
    found = []
    for index in sorted(containers_only):
        start, end = lines.starts[index], _line_end(lines, text, index + 1)
        marks = _MARKS.match(text, start, end)
        if re.search(r"[^\W_]", text[marks.end() if marks else start : end]):
            found.append((start, end))
    return found
