"""Reading source documents: plain text, Markdown and HTML.

A document becomes its *prose* (the text a reader sees) plus a map from every
prose offset back to the line of the file as stored, so that findings point
at the line an editor opens. Markdown front matter and HTML markup are kept
out of the prose but still counted in line numbers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import errno
import hashlib
import html
import os
import re
import stat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import SourceError
from .values import find_dates

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Larger files are refused with an error rather than read into memory.
MAX_SOURCE_BYTES = 200 * 1024 * 1024
FALLBACK_ENCODINGS = ("cp1252", "latin-1")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATELINE = re.compile(r"\A\s*[A-Z][\w.'’ /-]{0,60}?,\s+(?P<date>[^–—\-]{4,40}?)\s*[–—-]{1,2}\s")
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "title",
    ]
)
#: Characters that show nothing: zero-width spaces and joiners, soft hyphens,
#: direction marks and C0 controls. Inside a word or number they would hide it
#: from the checker ("tr\u200boops", "15,\u200d000" read as 000), so the prose
#: leaves them out.
#: Digits of other scripts read as ASCII digits (one character each, so offsets keep): "٢٠٢٤" is 2024.
_DIGITS = {
    start + offset: ord("0") + offset for start in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for offset in range(10)
}
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_HIDDEN_TAGS = frozenset(["script", "style", "template", "noscript", "head", "svg", "iframe", "object"])


@dataclass(frozen=True)
class Document:
    """A source ready to check.

    ``prose`` is what is checked; ``line_at(offset)`` maps a prose offset to
    the 1-based line of the stored file.
    """

    path: str  # as reported: relative to the facts file's folder, with '/'
    prose: str
    sha256: str
    published: dt.date | None = None
    warnings: tuple[str, ...] = ()
    anchor_offsets: tuple[int, ...] = (0,)  # prose offsets where a run of stored text starts
    anchor_lines: tuple[int, ...] = (1,)  # the stored line of each of those runs
    newlines: tuple[int, ...] = field(default=(), repr=False)
    anchor_columns: tuple[int, ...] = (1,)  # the stored 1-based column where each run starts

    def line_at(self, offset: int) -> int:
        return self.position_at(offset)[0]

    def position_at(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) in the stored file of a prose offset."""
        index = max(bisect.bisect_right(self.anchor_offsets, offset) - 1, 0)
        anchor_offset, anchor_line = self.anchor_offsets[index], self.anchor_lines[index]
        anchor_column = self.anchor_columns[index] if index < len(self.anchor_columns) else 1
        first = bisect.bisect_left(self.newlines, anchor_offset)
        last = bisect.bisect_left(self.newlines, offset)
        if last == first:
            return anchor_line, anchor_column + offset - anchor_offset
        return anchor_line + last - first, offset - self.newlines[last - 1]


def decode(raw: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8, else a named fallback with a warning; binary is an error."""
    if b"\x00" in raw[:8192] and not _looks_like_utf16(raw):
        raise SourceError("the file looks binary (it contains NUL bytes), not text; remove it from 'sources'", path)
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, (f"not valid UTF-8 (first bad byte on line {line}); read as {encoding}",)
    raise SourceError("the file is not text in any known encoding; save it as UTF-8", path)


def _looks_like_utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff")


def read_document(path: Path, reported_as: str) -> Document:
    """Read one source file; raise SourceError with a fix when it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(
            f"files ending in '{suffix or '(nothing)'}' are not read; sources may be .txt, .md or .html", path
        )
    try:
        info = path.stat()
    except OSError as exc:
        raise SourceError(_cannot_open(path, exc), path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise SourceError("this is a folder, not a file; name the files in it instead (like 'folder/*.txt')", path)
    if not stat.S_ISREG(info.st_mode):
        # A pipe or device would block or never end when read.
        raise SourceError("this is not a regular file (a pipe, socket or device); sources must be files", path)
    if info.st_size > MAX_SOURCE_BYTES:
        raise SourceError(_too_big(info.st_size), path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror or exc}", path) from exc
    if len(raw) > MAX_SOURCE_BYTES:  # it grew after it was measured
        raise SourceError(_too_big(len(raw)), path)
    notes: tuple[str, ...]
    if _looks_like_utf16(raw):
        try:
            text, notes = raw.decode("utf-16"), ("read as UTF-16",)
        except UnicodeDecodeError as exc:
            raise SourceError(
                "the file starts like UTF-16 text but is not valid UTF-16; save it as UTF-8", path
            ) from exc
    else:
        text, notes = decode(raw, path)
    return parse_document(text, suffix, reported_as, hashlib.sha256(raw).hexdigest(), notes)


def _cannot_open(path: Path, exc: OSError) -> str:
    if path.is_symlink():
        if exc.errno == errno.ELOOP:
            return "this is a symbolic link that leads back to itself (a loop); point it at a file or remove it"
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"this is a symbolic link to '{target}', which does not exist; point it at a file or remove it"
    return f"cannot read the file: {exc.strerror or exc}"


def _too_big(size: int) -> str:
    return (
        f"the file is {_amount(size)}, over the {_amount(MAX_SOURCE_BYTES)} limit for a source; split it into articles"
    )


def _amount(size: int) -> str:
    """A file size for people: "512 bytes", "3.5 KB", "201 MB"."""
    if size < 1024:
        return f"{size} bytes"
    for unit in ("KB", "MB", "GB"):
        size_in_unit = size / 1024
        if size_in_unit < 1024 or unit == "GB":
            return f"{size_in_unit:.1f} {unit}" if size_in_unit < 10 else f"{size_in_unit:.0f} {unit}"
        size = int(size_in_unit)
    raise AssertionError("unreachable")


def parse_document(text: str, suffix: str, reported_as: str, sha256: str = "", notes: tuple[str, ...] = ()) -> Document:
    """Build a Document from decoded text (the pure part of reading a source)."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_DIGITS)
    published: dt.date | None = None
    if suffix in (".html", ".htm"):
        prose, anchors = html_prose(text)
    else:
        prose, published = strip_front_matter(text) if suffix in (".md", ".markdown") else (text, None)
        if suffix in (".md", ".markdown"):
            prose = blank_link_targets(prose)
        anchors = ((0, 1, 1),)
    if published is None:
        published = dateline_date(prose)
    newlines = tuple(m.start() for m in re.finditer("\n", prose))
    offsets = tuple(offset for offset, _, _ in anchors)
    lines = tuple(line for _, line, _ in anchors)
    columns = tuple(column for _, _, column in anchors)
    return Document(reported_as, prose, sha256, published, notes, offsets, lines, newlines, columns)


_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")


def blank_link_targets(text: str) -> str:
    """Blank Markdown link targets ("](https://…/2019/…)"), keeping offsets: a URL is not prose."""
    return _LINK_TARGET.sub(lambda m: " " * len(m.group()), text)


def strip_front_matter(text: str) -> tuple[str, dt.date | None]:
    """Blank out YAML front matter (keeping its newlines) and read its ``date:``."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None
    published = _front_matter_date(match.group(1) or "")
    blanked = re.sub(r"[^\n]", " ", match.group())
    return blanked + text[match.end() :], published


def _front_matter_date(block: str) -> dt.date | None:
    found = re.search(r"^(?:date|published|pubdate)\s*:\s*['\"]?([^'\"\n]+)", block, re.MULTILINE | re.IGNORECASE)
    if not found:
        return None
    return read_publication_date(found.group(1))


def read_publication_date(text: str) -> dt.date | None:
    """A full calendar day from a front-matter value or a dateline, else None."""
    stripped = text.strip()
    try:
        return dt.date.fromisoformat(stripped[:10])
    except ValueError:
        pass
    for mention in find_dates(stripped):
        value = mention.value
        if value is not None and value.precision == "day" and not value.recurring:
            return value.start
    return None


def dateline_date(prose: str) -> dt.date | None:
    """The date of a wire dateline at the top: "SEOUL, Nov. 4, 2024 —"."""
    match = _DATELINE.match(prose[:200])
    return read_publication_date(match.group("date")) if match else None


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int, int]] = [(0, 1, 1)]
        self.length = 0
        self.hidden = 0

    def _emit(self, text: str, line: int, column: int = 1) -> None:
        self.anchors.append((self.length, line, column))
        self.parts.append(text)
        self.length += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self._emit("\n\n", self.getpos()[0])

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self._emit("\n\n", self.getpos()[0])

    def handle_data(self, data: str) -> None:
        data = _INVISIBLE.sub("", data)  # entities such as &shy; and &zwj;
        if not self.hidden and data:
            line, column = self.getpos()
            self._emit(data, line, column + 1)

    def handle_comment(self, data: str) -> None:
        """Keep factcheck markers (``<!-- factcheck: ignore ... -->``); drop other comments."""
        if data.strip().lower().startswith("factcheck:"):
            self._emit(f"<!--{data}-->", self.getpos()[0])


def html_prose(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Visible text of an HTML page, with an anchor (prose offset, line) for
    each run of text: lines inside a run are counted from its anchor."""
    parser = _VisibleText()
    try:
        parser.feed(defuse_markup(text))
        parser.close()
    except Exception:  # html.parser gives up on some malformed markup; read the page as text without tags
        return _stripped_tags(text), ((0, 1, 1),)
    return "".join(parser.parts), tuple(parser.anchors)


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
