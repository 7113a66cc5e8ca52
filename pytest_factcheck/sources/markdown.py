"""Markdown: front matter, link targets, code and comments are not prose.

Everything left out is blanked with spaces (newlines kept), so prose offsets
are offsets of the stored file and line and column need no map. Regular
expressions are used rather than markdown-it-py's token stream because
blanking in place keeps every column exact for free; headings, lists and
block quotes stay prose as written.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import FactcheckError
from .published import read_publication_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,}).*?(?:^[ ]{0,3}\1[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)[^`\n](?:.*?[^`])?\1(?!`)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_MARKER = re.compile(r"<!--\s*factcheck:", re.IGNORECASE)
#: Front-matter keys read as the publication date, first found wins.
DATE_KEYS = ("date", "published", "pubdate", "date_published", "published_at")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def _blank_comment(match: re.Match[str]) -> str:
    return match.group() if _MARKER.match(match.group()) else _blank(match)


def blank_link_targets(text: str) -> str:
    """Blank Markdown link targets ("](https://…/2019/…)"), keeping offsets: a URL is not prose."""
    return _LINK_TARGET.sub(lambda m: " " * len(m.group()), text)


def markdown_prose(text: str) -> str:
    """The prose of a Markdown file (front matter already blanked), offsets kept."""
    text = _FENCE.sub(_blank, text)
    text = _COMMENT.sub(_blank_comment, text)
    text = _INLINE_CODE.sub(_blank, text)
    return blank_link_targets(text)


def strip_front_matter(text: str) -> tuple[str, dt.date | None]:
    """Blank out YAML front matter (keeping its newlines) and read its date."""
    blanked, published, _ = read_front_matter(text)
    return blanked, published


def read_front_matter(text: str) -> tuple[str, dt.date | None, str | None]:
    """(text with front matter blanked, its publication date, the key it came from)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None, None
    published, key = _front_matter_date(match.group(1) or "")
    return _blank(match) + text[match.end() :], published, key


def _front_matter_date(block: str) -> tuple[dt.date | None, str | None]:
    from ..loader import load_yaml_text  # the project's YAML loader: limits, no tags, no aliases bombs

    try:
        data = load_yaml_text(block, Path("front matter")) if block.strip() else None
    except FactcheckError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    lowered = {str(k).lower(): v for k, v in data.items()}
    for key in DATE_KEYS:
        value = lowered.get(key)
        if isinstance(value, dt.datetime):
            return value.date(), key
        if isinstance(value, dt.date):
            return value, key
        if value is not None:
            day = read_publication_date(str(value))
            if day is not None:
                return day, key
    return None, None
