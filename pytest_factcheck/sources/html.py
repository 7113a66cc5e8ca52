"""HTML: the visible main prose of a page, with the stored line and column of each run of text.

Python's html.parser is used (not lxml): it reports the line and column of
every tag and text run, which is what keeps findings on the stored line, and
it never fails on broken markup after ``defuse_markup``. Page furniture
(navigation, headers, footers, cookie banners, teasers and link lists) is not
read; ``figcaption`` is read and marked as a caption block.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..lexicon import sources as lexicon
from .published import read_publication_date
from .text import INVISIBLE, bounded

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul title".split()
)
#: Tags that close an open sibling of their own name ("<li>a<li>b").
_IMPLIED_SIBLINGS = frozenset(["li", "dt", "dd", "tr", "td", "th", "option"])
#: A teaser is a line or two; a longer block is never left out as one.
_TEASER_MAX = 300
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: Elements a teaser or a link list is judged by: all their text is link text.
_LINK_BLOCKS = frozenset(["p", "li", "div", "h2", "h3", "h4"])
#: <meta> names or properties that give the publication date, and how a Document names each.
_META_DATES = {
    "article:published_time": "<meta article:published_time>",
    "og:published_time": "<meta og:published_time>",
    "datepublished": "<meta itemprop=datePublished>",
    "pubdate": "<meta pubdate>",
    "publishdate": "<meta publishdate>",
    "date": "<meta date>",
    "dc.date": "<meta DC.date>",
    "dc.date.issued": "<meta DC.date.issued>",
}
_TAG = re.compile(r"<[^<>]*>")


@dataclass
class HtmlPage:
    prose: str
    anchors: tuple[tuple[int, int, int], ...]
    paragraphs: tuple[tuple[int, int], ...] = ()
    blocks: tuple[tuple[int, int, str], ...] = ()
    published: dt.date | None = None
    published_from: str | None = None


@dataclass
class _Open:
    tag: str
    hides: bool
    start: int  # prose length when it opened
    first_part: int  # index of the first text part inside it
    visible: int  # count of visible characters before it opened
    linked: int  # count of visible characters inside links before it opened


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        # Entities arrive apart from the text around them, each with its own position, so a column
        # after "&amp;" is still the stored column.
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int, int]] = [(0, 1, 1)]
        self.breaks: list[int] = [0]
        self.captions: list[tuple[int, int, str]] = []
        self.furniture: list[tuple[int, int]] = []
        self.dates: list[tuple[int, str, str]] = []  # (priority, value, where from)
        self.length = 0
        self.stack: list[_Open] = []
        self.open_count: dict[str, int] = {}  # open elements by tag name (a stray end tag is O(1))
        self.hidden = 0
        self.links = 0
        self.visible = 0
        self.linked = 0
        self.script: list[str] | None = None

    def _emit(self, text: str, line: int, column: int = 1) -> None:
        self.anchors.append((self.length, line, column))
        self.parts.append(text)
        self.length += len(text)

    def _break(self) -> None:
        self._emit("\n\n", self.getpos()[0])
        self.breaks.append(self.length)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._read_dates(tag, values)
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.script = []
        if tag in _VOID_TAGS:
            if tag == "br" and not self.hidden:
                self._break()
            return
        self._close_implied(tag)
        hides = tag in lexicon.HIDDEN_HTML_TAGS or _is_furniture(values)
        self.stack.append(_Open(tag, hides, self.length, len(self.parts), self.visible, self.linked))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        self.hidden += hides
        self.links += tag == "a"
        if tag in _BLOCK_TAGS and not self.hidden:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            self._read_json_ld("".join(self.script))
            self.script = None
        if tag not in _VOID_TAGS and self.open_count.get(tag):
            self._close_to(tag)

    def _close_implied(self, tag: str) -> None:
        """Close what a new tag closes, as a browser does: an open <p> before a block, an <li> before an <li>."""
        if tag in _BLOCK_TAGS and self.open_count.get("p"):
            self._close_to("p")
        if tag in _IMPLIED_SIBLINGS and self.stack and self.stack[-1].tag == tag:
            self._close_to(tag)

    def _close_to(self, tag: str) -> None:
        while self.stack:
            open_ = self.stack.pop()
            self.open_count[open_.tag] -= 1
            self._close(open_)
            if open_.tag == tag:
                break

    def _close(self, open_: _Open) -> None:
        was_hidden = self.hidden
        self.hidden -= open_.hides
        self.links -= open_.tag == "a"
        if was_hidden:
            return
        visible, linked = self.visible - open_.visible, self.linked - open_.linked
        if open_.tag == "figcaption":
            self.captions.append((open_.start, self.length, "caption"))
        elif (
            open_.tag in _LINK_BLOCKS
            and 0 < visible <= _TEASER_MAX
            and _is_teaser(self._opening(open_), visible, linked)
        ):
            self.furniture.append((open_.start, self.length))
        if open_.tag in _BLOCK_TAGS:
            self._break()

    def _opening(self, open_: _Open) -> str:
        """The first words of an element's text (enough to tell a teaser)."""
        taken: list[str] = []
        for part in self.parts[open_.first_part :]:
            taken.append(part)
            if sum(map(len, taken)) > 60:
                break
        return "".join(taken)

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)
        data = INVISIBLE.sub("", data)  # entities such as &shy; and &zwj;
        if not self.hidden and data:
            line, column = self.getpos()
            self._emit(data, line, column + 1)
            visible = len("".join(data.split()))
            self.visible += visible
            self.linked += visible if self.links else 0

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        """Keep factcheck markers (``<!-- factcheck: ignore ... -->``); drop other comments."""
        if data.strip().lower().startswith("factcheck:"):
            self._emit(f"<!--{data}-->", self.getpos()[0])

    def _read_dates(self, tag: str, values: dict[str, str]) -> None:
        if tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if name in _META_DATES and values.get("content"):
                self.dates.append((0, values["content"], _META_DATES[name]))
        elif tag == "time" and values.get("datetime"):
            where = "<time itemprop=datePublished>" if values.get("itemprop") == "datePublished" else "<time datetime>"
            self.dates.append((1 if "itemprop" in values else 3, values["datetime"], where))

    def _read_json_ld(self, text: str) -> None:
        try:
            data = json.loads(text)
        except ValueError:
            return
        found = _json_ld_date(data, depth=0)
        if found:
            self.dates.append((2, found, "JSON-LD datePublished"))


def _json_ld_date(data: object, depth: int) -> str | None:
    if depth > 6:
        return None
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            return value
        data = list(data.values())
    if isinstance(data, list):
        for item in data[:50]:
            found = _json_ld_date(item, depth + 1)
            if found:
                return found
    return None


def _is_furniture(values: dict[str, str]) -> bool:
    names = " ".join((values.get("class", ""), values.get("id", ""), values.get("role", ""))).lower()
    if not names.strip():
        return False
    words = set(re.split(r"[\s]+", names)) | set(re.split(r"[\s_-]+", names))
    return not words.isdisjoint(lexicon.NON_ARTICLE_NAMES) or values.get("aria-hidden") == "true"


def _is_teaser(opening: str, visible: int, linked: int) -> bool:
    """A "READ MORE: …" or "Related: …" line, or a block that is only links."""
    return " ".join(opening.split()).lower().startswith(lexicon.TEASER_PREFIXES) or linked >= visible


def html_page(text: str) -> HtmlPage:
    """The visible prose of a page and where it is; a page html.parser rejects is read without tags."""
    parser = _VisibleText()
    try:
        parser.feed(defuse_markup(text))
        parser.close()
    except Exception:  # html.parser gives up on some malformed markup; read the page as text without tags
        prose = _stripped_tags(text)
        return HtmlPage(prose, ((0, 1, 1),), tuple(bounded(prose, 0, len(prose))))
    prose = "".join(parser.parts)
    for start, end in parser.furniture:
        prose = prose[:start] + re.sub(r"[^\n]", " ", prose[start:end]) + prose[end:]
    breaks = [*parser.breaks, len(prose)]
    paragraphs = tuple(span for start, end in itertools.pairwise(breaks) for span in bounded(prose, start, end))
    page = HtmlPage(prose, tuple(parser.anchors), paragraphs, tuple(parser.captions))
    for _, value, where in sorted(parser.dates, key=lambda d: d[0]):
        day = read_publication_date(value)
        if day is not None:
            page.published, page.published_from = day, where
            break
    return page


def html_prose(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Visible text of an HTML page, with an anchor (prose offset, line, column) for each run of text."""
    page = html_page(text)
    return page.prose, page.anchors


_MARKUP_START = re.compile(r"<(?=[a-zA-Z/?!])")
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")
_SECTIONS = frozenset(["temp", "cdata", "ignore", "include", "rcdata"])  # end with "]]>"
_CONDITIONALS = frozenset(["if", "else", "endif"])  # end with "]>"
_TAG = re.compile(r"<[^<>]*>")


def defuse_markup(text: str) -> str:
    """``text`` with every '<' that opens markup which is never closed written as '&lt;'.

    html.parser rescans to the end of the page for each unclosed '<' (quadratic
    time: minutes for a few hundred KB of "<a<a<a…") and raises on unknown
    "<![" sections. It shows such a '<' as text anyway; '&lt;' reads the same
    and keeps every line where it was.
    """
    last_gt = text.rfind(">")
    last_comment_end = text.rfind("-->")
    last_section_end = text.rfind("]]>")
    last_conditional_end = text.rfind("]>")
    parts: list[str] = []
    done = 0
    for match in _MARKUP_START.finditer(text):
        at = match.start()
        if text.startswith("<!--", at):
            closed = last_comment_end >= at + 4
        elif text.startswith("<![", at):
            name = _SECTION_NAME.match(text, at + 3)
            keyword = name.group().lower() if name else ""
            if keyword in _SECTIONS:
                closed = last_section_end > at
            elif keyword in _CONDITIONALS:
                closed = last_conditional_end > at
            else:
                closed = False
        else:
            closed = last_gt > at
        if not closed:
            parts.append(text[done:at])
            parts.append("&lt;")
            done = at + 1
    parts.append(text[done:])
    return "".join(parts)


def _stripped_tags(text: str) -> str:
    """The page without tags, keeping its newlines (the fallback when html.parser fails)."""
    return html.unescape(_TAG.sub(lambda m: "\n" * m.group().count("\n"), text))
