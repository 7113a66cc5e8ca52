"""Sources a warm run does not read: what the file's status says, kept in the analysis cache.

A warm run needs, of a source it has analysed before, only what its cache
key and its status are made of (content hash, publication date, date order,
warnings, inline markers). The source index keeps these for each file, keyed
by the file's status as the file system gives it, so that an unchanged file
is not read, decoded and split at collection. The file is read only if the
run must analyse it after all (:meth:`DocumentRef.load`).

The rule, like git's index: a file is taken as unchanged when its path, size,
modification time, status-change time (ctime: every write sets it, and no
tool can set it back), inode and device are all those recorded. An entry is
recorded only for a file last modified at least :data:`SETTLED` seconds
before the run read it, so that an edit made within the file system's
timestamp resolution of the recording (the "racy" case) is read again next
time. A file whose status differs is read and hashed as if no entry existed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import SourceError
from .document import DateOrder, Document
from .read import read_document

if TYPE_CHECKING:
    from ..cache import AnalysisCache
    from ..suppressions import Marker

#: A file modified less than this many seconds before it was read is not recorded (coarse timestamps: FAT has 2 s).
SETTLED = 2.0

Read = Callable[[Path, str], "tuple[Document | DocumentRef, tuple[Marker, ...]]"]


@dataclass(frozen=True)
class DocumentRef:
    """A source known from the index: its status fields without its text; :meth:`load` reads it."""

    file: Path
    path: str
    sha256: str
    published: dt.date | None = None
    warnings: tuple[str, ...] = ()
    published_from: str | None = None
    date_order: DateOrder | None = None

    def load(self) -> Document:
        """The document as collection would have read it; a file changed since then is an error."""
        from ..suppressions import read_markers

        document, _, _ = read_markers(read_document(self.file, self.path))
        if document.sha256 != self.sha256:
            raise SourceError("the file changed while the run was reading it; run the checks again", self.file)
        fields = ("published", "warnings", "published_from", "date_order")
        return replace(document, **{name: getattr(self, name) for name in fields})


def full(document: Document | DocumentRef) -> Document:
    return document.load() if isinstance(document, DocumentRef) else document


def read_source(path: Path, name: str) -> tuple[Document, tuple[Marker, ...]]:
    """A source read in full, its inline markers blanked out of its prose."""
    from ..suppressions import read_markers

    document, markers, _ = read_markers(read_document(path, name))
    return document, markers


@dataclass
class SourceIndex:
    """Reads sources through the index of the cache; :meth:`save` records what was read in full."""

    cache: AnalysisCache
    environment: str
    _known: dict[str, str] | None = None  # index key → stored value, read in one query on first use
    _new: list[tuple[str, str]] = field(default_factory=list)
    _used: list[str] = field(default_factory=list)

    def read(self, path: Path, name: str) -> tuple[Document | DocumentRef, tuple[Marker, ...]]:
        """The source as a :class:`DocumentRef` if its file is unchanged since it was recorded, else read."""
        if self._known is None:
            self._known = self.cache.sources_of(self.environment)
        key, info = self._key(path, name)
        value = self._known.get(key) if key is not None else None
        known = _ref(path, name, value) if key is not None and value is not None else None
        if key is not None and known is not None:
            self._used.append(key)
            return known
        document, markers = read_source(path, name)
        if key is not None and info is not None and info.st_mtime < time.time() - SETTLED:
            self._new.append((key, _value(document, markers)))
        return document, markers

    def save(self) -> None:
        self.cache.put_sources(self.environment, self._new, self._used)
        self._new, self._used = [], []

    def _key(self, path: Path, name: str) -> tuple[str | None, os.stat_result | None]:
        """The file's index key, from its status (not its content), and that status."""
        try:
            info = os.stat(path)
        except OSError:
            return None, None  # the reader names the problem
        parts = (self.environment, name, str(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino,
                 info.st_dev)  # fmt: skip
        return hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest(), info


def _value(document: Document, markers: tuple[Marker, ...]) -> str:
    return json.dumps(
        {
            "sha256": document.sha256,
            "published": document.published.isoformat() if document.published else None,
            "published_from": document.published_from,
            "date_order": document.date_order,
            "warnings": list(document.warnings),
            "markers": [[sorted(m.fact_ids), m.reason, m.first_line, m.last_line, m.line] for m in markers],
        },
        ensure_ascii=False,
    )


def _ref(path: Path, name: str, value: str) -> tuple[DocumentRef, tuple[Marker, ...]] | None:
    """The entry read back; None (read the file) for an entry that does not have the expected shape."""
    from ..suppressions import Marker

    try:
        stored: dict[str, Any] = json.loads(value)
        published = dt.date.fromisoformat(stored["published"]) if stored["published"] else None
        order = stored["date_order"]
        ref = DocumentRef(path, name, str(stored["sha256"]), published, tuple(map(str, stored["warnings"])),
                          stored["published_from"], order if order in ("DMY", "MDY") else None)  # fmt: skip
        markers = tuple(Marker(frozenset(ids), reason, first, last, line) for ids, reason, first, last, line in
                        stored["markers"])  # fmt: skip
    except (ValueError, TypeError, KeyError):
        return None
    return ref, markers
