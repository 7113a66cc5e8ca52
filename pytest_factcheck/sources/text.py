"""Plain text: what a reader sees, and where its paragraphs are.

A file hard-wrapped at 70 columns keeps a sentence in one paragraph even
when a wrapped line starts with a capital or a digit; headlines and bylines
(short lines without a sentence end) stay paragraphs of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..nlp import MAX_PARAGRAPH

#: Characters that show nothing: zero-width spaces and joiners, soft hyphens,
#: direction marks and C0 controls. Inside a word or number they would hide it
#: from the checker ("tr\u200boops", "15,\u200d000" read as 000), so the prose
#: leaves them out.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: Digits of other scripts read as ASCII digits (one character each, so offsets keep): "٢٠٢٤" is 2024.
_DIGIT_STARTS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10)
_DIGITS = {start + offset: ord("0") + offset for start in _DIGIT_STARTS for offset in range(10)}
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(start)}-{chr(start + 9)}" for start in _DIGIT_STARTS) + "]")
_SENTENCE_END = re.compile(r"[.!?\"”’'|:)]\s*$")
#: A line ending in one of these words was cut mid-sentence ("…had sent some\n20,000 troops").
_OPEN_ENDING = re.compile(
    r"\b(?:a|an|the|some|of|from|to|in|on|at|by|with|and|or|than|about|around|nearly|over|under|its|their|his|her)\s*$",
    re.IGNORECASE,
)
#: A line is a headline or byline, not a wrapped line, when it is shorter than this share of the wrap width.
_SHORT_SHARE = 0.6
_DATELINE_START = re.compile(r"\s*(?:[A-Z][A-Za-z.'’ -]{1,40},\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*[–—-]")


def normalize(text: str) -> str:
    """Newlines as "\\n", invisible characters left out, other-script digits as ASCII."""
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # str.translate with a table is slow on non-ASCII text (curly quotes suffice): run only when needed.
    return text.translate(_DIGITS) if _OTHER_DIGIT.search(text) else text


def text_paragraphs(prose: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph of plain text (or Markdown prose)."""
    lines = prose.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    found: list[tuple[int, int]] = []
    start = offset = 0
    for index, line in enumerate(lines):
        end = offset + len(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if index + 1 == len(lines) or not _joins(line, following, width):
            found.extend(bounded(prose, start, end))
            start = end + 1
        offset = end + 1
    return tuple(found)


def _joins(line: str, following: str, width: int) -> bool:
    """Whether ``following`` continues the sentence of ``line`` (a wrapped line)."""
    if not line.strip() or not following.strip() or _SENTENCE_END.search(line):
        return False
    if _OPEN_ENDING.search(line) or following.lstrip()[:1].islower():
        return True
    if _DATELINE_START.match(following):
        return False
    return len(line.rstrip()) >= _SHORT_SHARE * width


def bounded(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraph (start, end), cut into pieces of at most MAX_PARAGRAPH; nothing if blank."""
    while end - start > MAX_PARAGRAPH:
        cut = max(prose.rfind(". ", start, start + MAX_PARAGRAPH), prose.rfind(" ", start, start + MAX_PARAGRAPH))
        cut = cut + 1 if cut > start else start + MAX_PARAGRAPH
        if prose[start:cut].strip():
            yield start, cut
        start = cut
    if prose[start:end].strip():
        yield start, end
