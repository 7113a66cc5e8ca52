"""The Document: a source's prose and the map from prose offsets back to the stored file."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

DateOrder = Literal["DMY", "MDY"]


@dataclass(frozen=True)
class Document:
    """A source ready to check.

    ``prose`` is what is checked; ``position_at(offset)`` maps a prose offset to
    the 1-based (line, column) of the stored file. ``paragraphs`` are (start,
    end) prose offsets chosen by the reader of the file's format; ``blocks`` are
    (start, end, kind) prose spans of a special kind (``"caption"``).
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
    paragraphs: tuple[tuple[int, int], ...] = ()
    blocks: tuple[tuple[int, int, str], ...] = ()
    #: Where ``published`` came from: "dateline", "front matter date:", "<meta article:published_time>"...
    published_from: str | None = None
    #: How the source writes all-number dates ("4/11/2024"): day first, month first, or unknown.
    date_order: DateOrder | None = None

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

    def block_at(self, offset: int) -> str | None:
        """The kind of block (``"caption"``) the prose offset lies in, or None for body text."""
        for start, end, kind in self.blocks:
            if start <= offset < end:
                return kind
        return None
