"""Reading source documents: plain text, Markdown and HTML.

A document becomes its *prose* (the text a reader sees) plus a map from every
prose offset back to the line and column of the file as stored, so that
findings point at the place an editor opens. One module per concern:
``document`` (the Document), ``decode`` (bytes to text), ``text``,
``markdown`` (with ``front_matter``, ``markdown_inline`` and ``cuts``) and
``html`` (the readers of each format), ``published`` (publication dates) and
``locale`` (how a source writes dates).
"""

from __future__ import annotations

from .decode import decode
from .document import DateOrder, Document
from .front_matter import strip_front_matter
from .html import html_prose
from .published import dateline_date, read_publication_date
from .read import MAX_SOURCE_BYTES, SUPPORTED_SUFFIXES, parse_document, read_document

__all__ = [
    "MAX_SOURCE_BYTES",
    "SUPPORTED_SUFFIXES",
    "DateOrder",
    "Document",
    "dateline_date",
    "decode",
    "html_prose",
    "parse_document",
    "read_document",
    "read_publication_date",
    "strip_front_matter",
]
