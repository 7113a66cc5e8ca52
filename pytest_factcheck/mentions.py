"""What a source's findings depend on besides the facts: its paragraphs that mention a fact.

A source's findings are read from the sentences of the paragraphs that name a
fact's subject (a pronoun carries a subject within its paragraph only), with
the article's lead (context terms), whether the paragraph is in the lede, the
source's name, publication date and date order, and where each paragraph
stands in the stored file (findings give lines and columns). The rest of the
text (a typo fixed in another paragraph, a closing line added) changes none
of them. :func:`mention_key` hashes exactly these, without the model: the
analysis cache keeps, beside each source version's row, an alias from this
key, so an edit outside every mention reuses the findings instead of loading
the pipeline to analyse the source again.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sources import Document

#: The paragraphs of a document that make its lede (with the headline), where news copy introduces its event.
LEDE_PARAGRAPHS = 2
#: The lead of an article (headline, dateline, first lines) names what the whole article is about.
LEAD = 300


def mention_key(
    document: Document, mentioning: Iterable[tuple[int, int]], environment: str, facts: Sequence[str]
) -> str:
    """The hash of everything the findings of ``document`` read, given the (start, end) of its
    paragraphs that mention one of ``facts`` (their cache keys; found by the caller with the facts'
    term index). The facts are part of the key: a paragraph that mentions only a fact added later
    is in no earlier key, so an earlier alias is never trusted for that fact."""
    published = document.published.isoformat() if document.published else "-"
    parts = [
        environment,
        ",".join(sorted(facts)),
        document.path,
        published,
        document.published_from or "-",
        document.date_order or "-",
        document.prose[:LEAD],
        repr(document.paragraphs[:LEDE_PARAGRAPHS]),
    ]
    for start, end in mentioning:
        parts.append(repr((start, end, document.position_at(start), _anchors(document, start, end))))
        parts.append(repr([block for block in document.blocks if block[0] < end and block[1] > start]))
        parts.append(document.prose[start:end])
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _anchors(document: Document, start: int, end: int) -> list[tuple[int, int, int]]:
    """The runs of stored text that begin inside the paragraph (HTML, Markdown): they place its lines."""
    first = bisect.bisect_left(document.anchor_offsets, start)
    last = bisect.bisect_left(document.anchor_offsets, end)
    columns = document.anchor_columns
    return [
        (document.anchor_offsets[i], document.anchor_lines[i], columns[i] if i < len(columns) else 1)
        for i in range(first, last)
    ]
