"""What every report writer shares: the run's data, its metadata, atomic writing.

A writer is any object with ``name`` and ``write(run) -> str`` (the line the
terminal shows afterwards). The plugin registers one writer per option that is
set, on the controller only (never on a pytest-xdist worker), like pytest's
junitxml. Fact entries are the JSON report's plain dicts because under xdist
they travel from the workers inside test reports.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class RunInfo:
    """Metadata every report carries, so a report can be traced to its run."""

    date: str  # ISO 8601, UTC
    plugin_version: str
    model: str  # the spaCy pipeline and its version, "" when none was loaded
    facts_hashes: dict[str, str] = field(default_factory=dict)  # facts file -> sha256

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.date,
            "plugin_version": self.plugin_version,
            "model": self.model,
            "facts_files": dict(sorted(self.facts_hashes.items())),
        }


@dataclass(frozen=True)
class Contradiction:
    """One failing finding, located in the repository (path relative to rootdir)."""

    fact_id: str
    claim: str
    path: str
    finding: dict[str, Any]

    @property
    def line(self) -> int:
        return int(self.finding.get("value_line") or self.finding.get("line") or 1)

    @property
    def column(self) -> int:
        return int(self.finding.get("value_column") or 1)

    @property
    def end_column(self) -> int:
        end = self.finding.get("value_end_column")
        return int(end) if end else self.column + 1

    def message(self) -> str:
        found, expected = self.finding.get("found"), self.finding.get("expected")
        if found:
            return f"{self.fact_id}: found {found}, expected {expected}"
        return f'{self.fact_id}: contradicts "{self.claim}"'


@dataclass(frozen=True)
class Run:
    """Everything a writer may show: fact entries, unreadable facts files, metadata."""

    facts: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    info: RunInfo

    def contradictions(self) -> Iterator[Contradiction]:
        for entry in sorted(self.facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"])):
            for finding in entry.get("findings", []):
                if finding.get("verdict") == "contradicts" and not finding.get("accepted"):
                    yield Contradiction(entry["id"], entry.get("claim") or "", source_path(entry, finding), finding)


def source_path(entry: dict[str, Any], finding: dict[str, Any]) -> str:
    """A finding's source relative to rootdir (sources are named relative to their facts file)."""
    folder = posixpath.dirname(entry.get("facts_file", ""))
    source = str(finding["source"])
    return posixpath.normpath(posixpath.join(folder, source)) if folder else source


class Writer(Protocol):
    name: str

    def write(self, run: Run) -> str:
        """Write the report; return the line the terminal shows about it."""
        ...


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
