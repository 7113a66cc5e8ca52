"""Prose made from a stored file by leaving parts out, with the map back to the file.

A reader marks *cuts*: spans of the stored text that are not prose (a link's
target, a code span, an emphasis mark) or that read as something else (an
entity "&amp;" read as "&"). What is left out keeps its newlines, so prose
lines stay the stored lines; after every cut an anchor records the stored
line and column where the prose picks up again (see ``Document.position_at``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .html_align import LineMap


@dataclass(frozen=True, order=True)
class Cut:
    start: int
    end: int
    replacement: str | None = None  # None: left out (its newlines kept); else the text read instead


@dataclass(frozen=True)
class CutText:
    prose: str
    anchors: tuple[tuple[int, int, int], ...]  # (prose offset, stored line, stored column)
    segment_starts: tuple[int, ...]  # stored offset where each segment starts
    segments: tuple[tuple[int, int, bool], ...]  # (stored end, prose start, kept as stored)
    source: str

    def prose_offset(self, stored: int) -> int:
        """The prose offset of a stored offset (inside a cut: where the cut's prose is)."""
        index = max(bisect.bisect_right(self.segment_starts, stored) - 1, 0)
        start = self.segment_starts[index]
        end, prose_start, kept = self.segments[index]
        if kept:
            return prose_start + min(stored, end) - start
        return prose_start + self.source.count("\n", start, min(stored, end))


def merged(cuts: list[Cut], length: int) -> list[Cut]:
    """Cuts in order, overlapping removals joined; a replacement inside a removal is dropped."""
    removals: list[Cut] = []
    for cut in sorted(c for c in cuts if c.replacement is None and c.start < c.end):
        if removals and cut.start <= removals[-1].end:
            if cut.end > removals[-1].end:
                removals[-1] = Cut(removals[-1].start, min(cut.end, length))
        else:
            removals.append(Cut(cut.start, min(cut.end, length)))
    starts = [c.start for c in removals]
    kept = list(removals)
    last_end = -1
    for cut in sorted(c for c in cuts if c.replacement is not None):
        index = bisect.bisect_right(starts, cut.start) - 1
        inside = index >= 0 and cut.start < removals[index].end
        after = bisect.bisect_left(starts, cut.start)
        overlaps = after < len(removals) and removals[after].start < cut.end
        if not inside and not overlaps and cut.start >= last_end:
            kept.append(cut)
            last_end = cut.end
    return sorted(kept)


def apply_cuts(source: str, cuts: list[Cut]) -> CutText:
    """The prose of ``source`` without ``cuts``, and the anchors mapping it back."""
    lines = LineMap(source)
    parts: list[str] = []
    anchors: list[tuple[int, int, int]] = [(0, 1, 1)]
    starts: list[int] = []
    segments: list[tuple[int, int, bool]] = []
    length = at = 0
    expected: int | None = 0

    def keep(start: int, end: int) -> None:
        nonlocal length, expected
        if start >= end:
            return
        if expected != start:
            line, column = lines.position(start)
            anchors.append((length, line, column))
        starts.append(start)
        segments.append((end, length, True))
        parts.append(source[start:end])
        length += end - start
        expected = end

    for cut in merged(cuts, len(source)):
        keep(at, cut.start)
        text = "\n" * source.count("\n", cut.start, cut.end) if cut.replacement is None else cut.replacement
        if cut.replacement is not None and expected != cut.start:
            line, column = lines.position(cut.start)
            anchors.append((length, line, column))
        starts.append(cut.start)
        segments.append((cut.end, length, False))
        parts.append(text)
        length += len(text)
        expected = None
        at = cut.end
    keep(at, len(source))
    return CutText("".join(parts), tuple(anchors), tuple(starts), tuple(segments), source)
