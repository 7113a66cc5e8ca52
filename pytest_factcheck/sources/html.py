"""HTML: the visible main prose of a page, with the stored line and column of each character.

lxml (libxml2) parses the page: it repairs any markup a browser would and
gives each element its ``sourceline``; ``html_align`` finds the column. lxml
is used rather than selectolax because htmldate, which reads the publication
date, works on an lxml tree: the page is parsed once for both.

The prose is every outermost ``<article>`` (else ``<main>``, else the body),
without page furniture (navigation, footers, asides, forms, cookie banners and
class/id/role furniture named in ``lexicon.sources``), teasers ("READ MORE:
…") and blocks that are only links. ``figcaption`` is read and marked as a
caption block.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import sources as lexicon
from .html_align import LineMap, Run, align
from .text import INVISIBLE, bounded

_TAG = re.compile(r"<[^<>]*>")
_BREAK = Run("\n\n", None)


@dataclass
class HtmlPage:
    prose: str
    anchors: tuple[tuple[int, int, int], ...]
    paragraphs: tuple[tuple[int, int], ...] = ()
    blocks: tuple[tuple[int, int, str], ...] = ()
    published: dt.date | None = None
    published_from: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class _Open:
    tag: str
    hides: bool
    first_run: int  # index of the first run emitted inside it
    visible: int  # visible characters emitted before it opened
    linked: int  # of which inside links


@dataclass
class _Walk:
    """The state of one walk through a page's main prose."""

    source: str
    lines: LineMap
    cursor: int = 0
    runs: list[Run] = field(default_factory=list)
    breaks: list[int] = field(default_factory=lambda: [0])  # run indices where a paragraph starts
    captions: list[tuple[int, int]] = field(default_factory=list)  # run index ranges
    stack: list[_Open] = field(default_factory=list)
    hidden: int = 0
    links: int = 0
    articles: int = 0
    visible: int = 0
    linked: int = 0

    def emit(self, text: str | None, owner: Any, raw: bool = False) -> None:
        if not text:
            return
        self.cursor = max(self.cursor, self.lines.line_start(owner.sourceline or 1))
        runs, self.cursor = align(self.source, self.cursor, text, raw)
        if self.hidden:
            return
        for run in runs:
            clean = INVISIBLE.sub("", run.text)  # "&shy;", "&zwj;": invisible, and they would split a figure
            if clean:
                self.runs.append(Run(clean, run.offset) if clean == run.text else Run(clean, None))
                count = len("".join(clean.split()))
                self.visible += count
                self.linked += count if self.links else 0

    def paragraph_break(self) -> None:
        if not self.hidden:
            self.runs.append(_BREAK)
            self.breaks.append(len(self.runs))

    def start(self, element: Any) -> None:
        tag = element.tag.lower()
        hides = (
            tag in lexicon.HIDDEN_HTML_TAGS
            or (tag in lexicon.SITE_HEADER_TAGS and not self.articles)
            or is_furniture(element)
        )
        self.stack.append(_Open(tag, hides, len(self.runs), self.visible, self.linked))
        self.hidden += hides
        self.links += tag == "a"
        self.articles += tag == "article"
        if tag in lexicon.BLOCK_HTML_TAGS:
            self.paragraph_break()
        self.emit(element.text, element, raw=tag in lexicon.RAW_TEXT_TAGS)

    def end(self) -> None:
        open_ = self.stack.pop()
        was_hidden = self.hidden
        self.hidden -= open_.hides
        self.links -= open_.tag == "a"
        self.articles -= open_.tag == "article"
        if was_hidden:
            return
        visible, linked = self.visible - open_.visible, self.linked - open_.linked
        if open_.tag in lexicon.CAPTION_TAGS:
            self.captions.append((open_.first_run, len(self.runs)))
        elif (
            open_.tag in lexicon.LINK_BLOCK_TAGS
            and 0 < visible <= lexicon.TEASER_MAX_CHARS
            and _is_teaser(_opening(self.runs[open_.first_run :]), visible, linked)
        ):
            self._drop_from(open_.first_run)
        if open_.tag in lexicon.BLOCK_HTML_TAGS:
            self.paragraph_break()

    def comment(self, node: Any) -> None:
        """Keep factcheck markers (``<!-- factcheck: ignore ... -->``) as written; drop other comments."""
        text = node.text or ""
        if self.hidden or not text.strip().lower().startswith("factcheck:"):
            return
        self.cursor = max(self.cursor, self.lines.line_start(node.sourceline or 1))
        written = f"<!--{text}-->"
        at = self.source.find(written, self.cursor)
        self.runs.append(Run(written, at if at >= 0 else None))
        self.cursor = at + len(written) if at >= 0 else self.cursor

    def _drop_from(self, first_run: int) -> None:
        del self.runs[first_run:]
        self.breaks = [index for index in self.breaks if index <= first_run]
        self.captions = [span for span in self.captions if span[0] < first_run]


def is_furniture(element: Any) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    names = " ".join(element.get(name, "") for name in ("class", "id", "role")).lower()
    if not names.strip():
        return False
    words = set(names.split()) | set(re.split(r"[\s_-]+", names))
    return not words.isdisjoint(lexicon.NON_ARTICLE_NAMES)


def _opening(runs: list[Run]) -> str:
    """The first words of an element's text (enough to tell a teaser)."""
    taken = ""
    for run in runs:
        taken += run.text
        if len(taken) > 60:
            break
    return " ".join(taken.split()).lower()


def _is_teaser(opening: str, visible: int, linked: int) -> bool:
    """A "READ MORE: …" or "Related: …" line, or a block that is only links."""
    return opening.startswith(lexicon.TEASER_PREFIXES) or linked >= visible


def parse_tree(text: str) -> Any:
    """The lxml tree of a page, or None when there is nothing to parse or libxml2 cut the page
    short (markup nested thousands deep: it keeps only what lies above its depth limit)."""
    import lxml.html  # lazily: only HTML sources need it

    parser = lxml.html.HTMLParser(
        encoding="utf-8", recover=True, remove_comments=False, remove_pis=True, huge_tree=True
    )
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # lxml.etree.ParserError: "Document is empty"
        return None
    if any("Excessive depth" in error.message for error in parser.error_log):
        return None
    return tree


def _roots(tree: Any) -> list[Any]:
    """Where the main prose is: every outermost <article>, else <main>, else the body."""
    for tag in lexicon.MAIN_PROSE_TAGS:
        found = [
            element
            for element in tree.iter(tag)
            if not any(parent.tag == tag or is_furniture(parent) for parent in element.iterancestors())
            and not is_furniture(element)
        ]
        if found:
            return found
    body = tree.find("body")
    return [body if body is not None else tree]


def _walk(walk: _Walk, root: Any) -> None:
    """Depth first through ``root`` without recursion (pages nest deeper than Python's stack)."""
    todo: list[tuple[Any, bool]] = [(root, False)]
    while todo:
        node, closing = todo.pop()
        if closing:
            walk.end()
        elif isinstance(node.tag, str):
            walk.start(node)
            todo.append((node, True))
            todo.extend((child, False) for child in reversed(node))
            continue
        elif node.tag.__name__ == "Comment":
            walk.comment(node)
        if node is not root:
            walk.emit(node.tail, node)


def html_page(text: str) -> HtmlPage:
    """The visible prose of a page and where each part of it is stored."""
    from .html_dates import page_date

    tree = parse_tree(text)
    if tree is None:
        prose = _stripped_tags(text)
        if not prose.strip():
            return HtmlPage("", ((0, 1, 1),))
        # libxml2 gives up on markup nested thousands deep: read the page as text rather than lose it
        note = "the HTML nests too deep to read as a page; it was read as text without its tags"
        return HtmlPage(prose, ((0, 1, 1),), tuple(bounded(prose, 0, len(prose))), warnings=(note,))
    walk = _Walk(text, LineMap(text))
    warnings: tuple[str, ...] = ()
    try:
        for comment in reversed(list(tree.itersiblings(preceding=True))):
            if not isinstance(comment.tag, str) and comment.tag.__name__ == "Comment":
                walk.comment(comment)  # a marker before <html>: lxml puts it outside the tree
        for root in _roots(tree):
            _walk(walk, root)
            walk.paragraph_break()
    except Exception as exc:  # a tree lxml built but this reader cannot walk: read the page as text
        prose = _stripped_tags(text)
        note = f"the HTML could not be read as a page ({type(exc).__name__}); it was read as text without its tags"
        return HtmlPage(prose, ((0, 1, 1),), tuple(bounded(prose, 0, len(prose))), warnings=(note,))
    page = _assembled(walk)
    if not page.prose.strip() and (prose := _stripped_tags(text)).strip():
        # libxml2 gives up on markup nested thousands deep: read the page as text rather than lose it
        note = "the HTML nests too deep to read as a page; it was read as text without its tags"
        return HtmlPage(prose, ((0, 1, 1),), tuple(bounded(prose, 0, len(prose))), warnings=(note,))
    page.published, page.published_from = page_date(tree)
    page.warnings = warnings
    return page


def _assembled(walk: _Walk) -> HtmlPage:
    parts: list[str] = []
    anchors: list[tuple[int, int, int]] = [(0, 1, 1)]
    starts: list[int] = []
    length, expected = 0, -1
    for run in walk.runs:
        starts.append(length)
        if run.offset is not None and run.offset != expected:
            line, column = walk.lines.position(run.offset)
            anchors.append((length, line, column))
        expected = run.offset + len(run.text) if run.offset is not None else -1
        parts.append(run.text)
        length += len(run.text)
    starts.append(length)
    prose = "".join(parts)
    offsets = [starts[min(index, len(starts) - 1)] for index in walk.breaks] + [length]
    paragraphs = tuple(span for start, end in itertools.pairwise(offsets) for span in bounded(prose, start, end))
    captions = tuple((starts[first], starts[last], "caption") for first, last in walk.captions)
    return HtmlPage(prose, tuple(anchors), paragraphs, captions)


def html_prose(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Visible text of an HTML page, with an anchor (prose offset, line, column) for each run of text."""
    page = html_page(text)
    return page.prose, page.anchors


def _stripped_tags(text: str) -> str:
    """The page without tags, keeping its newlines (the fallback when the tree cannot be walked)."""
    return html.unescape(_TAG.sub(lambda m: "\n" * m.group().count("\n"), text))
