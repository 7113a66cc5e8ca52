"""Reading one source file into a Document: the file checks, then the reader of its format."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from ..errors import SourceError
from .decode import decode
from .document import Document
from .html import html_page
from .locale import city_date_order
from .markdown import markdown_page
from .published import find_dateline
from .text import normalize, text_paragraphs

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Larger files are refused with an error rather than read into memory.
MAX_SOURCE_BYTES = 200 * 1024 * 1024
_NEWLINE = re.compile("\n")


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
    text = normalize(text)
    anchors: tuple[tuple[int, int, int], ...] = ((0, 1, 1),)
    blocks: tuple[tuple[int, int, str], ...] = ()
    published = published_from = None
    if suffix in (".html", ".htm"):
        page = html_page(text)
        prose, anchors, paragraphs, blocks = page.prose, page.anchors, page.paragraphs, page.blocks
        published, published_from = page.published, page.published_from
        notes = (*notes, *page.warnings)
    elif suffix in (".md", ".markdown"):
        markdown = markdown_page(text)
        prose, anchors, paragraphs = markdown.prose, markdown.anchors, markdown.paragraphs
        published, published_from = markdown.published, markdown.published_from
        notes = (*notes, *markdown.warnings)
    else:
        prose = text
        paragraphs = text_paragraphs(prose)
    dateline = find_dateline(prose)
    if published is None and dateline is not None:
        published, published_from = dateline.day, "dateline"
    return Document(
        reported_as,
        prose,
        sha256,
        published,
        notes,
        tuple(offset for offset, _, _ in anchors),
        tuple(line for _, line, _ in anchors),
        tuple(found.start() for found in _NEWLINE.finditer(prose)),  # in C: a loop per character was slow
        tuple(column for _, _, column in anchors),
        paragraphs=paragraphs,
        blocks=blocks,
        published_from=published_from,
        date_order=city_date_order(dateline.city if dateline else None),
    )
