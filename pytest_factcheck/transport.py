"""How a fact's report entry travels from the process that checked it to the one that reports.

A fact's entry lists the status of every source it was checked against. Most
facts of a file share one list (their file's sources), so 500 facts over
2,000 sources would send, parse and keep a million identical dicts. Instead
each process sends a list once, under its digest, and every entry names the
digest; the receiving side restores the one shared list into each entry, so
the reports see the entry they always did.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from .model import FactResult, SourceStatus

#: The user property that carries a list of sources, once per process, before the entries naming it.
SOURCES_PROPERTY = "factcheck_sources"
#: The key of an entry in transit that stands for its "sources" list.
REFERENCE = "sources_digest"


@dataclass
class SentSources:
    """The source lists one process has sent (a handful: one per distinct scope of facts)."""

    known: list[tuple[tuple[SourceStatus, ...], str]] = field(default_factory=list)

    def reference(self, statuses: tuple[SourceStatus, ...]) -> tuple[str, tuple[str, str] | None]:
        """The digest standing for ``statuses``, and the property that defines it when it is new here."""
        for known, digest in self.known:
            if known is statuses or known == statuses:  # the statuses are shared objects: compared by identity
                return digest, None
        text = json.dumps([s.to_json() for s in statuses], ensure_ascii=False)
        digest = hashlib.sha256(text.encode()).hexdigest()[:24]
        self.known.append((statuses, digest))
        return digest, (SOURCES_PROPERTY, f'{{"digest": "{digest}", "sources": {text}}}')


def without_sources(result: FactResult) -> FactResult:
    """The result with no source list, for building its entry (the list travels by digest)."""
    return replace(result, sources=())


@dataclass
class ReceivedSources:
    """The source lists received so far, by digest; each entry gets the one shared list back."""

    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def remember(self, value: str) -> None:
        received = json.loads(value)
        self.lists.setdefault(str(received["digest"]), received["sources"])

    def restore(self, entry: dict[str, Any]) -> dict[str, Any]:
        digest = entry.pop(REFERENCE, None)
        if digest is not None:
            entry["sources"] = self.lists.get(str(digest), [])
        return entry
