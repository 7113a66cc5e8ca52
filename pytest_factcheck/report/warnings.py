"""The terminal's "warnings" block: what an editor must see, since editors do
not read the JSON report.

It lists every source warning (encoding notices, malformed markers, markers
naming an unknown fact) as ``path:line: message``, and each fact no sentence
of any source is about, as ``facts.yaml:line``. It works from the report
entries, which under pytest-xdist are the only thing the controller has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

_LINE_PREFIX = re.compile(r"^line (?P<line>\d+): ")


@dataclass(frozen=True)
class Notice:
    """One warning, located in a facts file or a source (never in the plugin's code)."""

    where: str  # "path" or "path:line"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def source_notices(facts: Iterable[dict[str, Any]]) -> list[Notice]:
    """Every warning of every source, once, named from the rootdir (``desk/articles/a.md:4``)."""
    seen: dict[tuple[str, str], Notice] = {}
    for entry in facts:
        folder = PurePosixPath(str(entry.get("facts_file", ""))).parent
        for source in entry.get("sources", []):
            warnings = source.get("warnings")
            if not warnings:
                continue  # most sources: no path is built (facts × sources at archive scale)
            path = (folder / str(source["path"])).as_posix()
            for warning in warnings:
                match = _LINE_PREFIX.match(warning)
                notice = Notice(f"{path}:{match['line']}", warning[match.end() :]) if match else Notice(path, warning)
                seen.setdefault((notice.where, notice.message), notice)
    return sorted(seen.values(), key=lambda n: _sort_key(n.where))


def unmentioned_notices(facts: Iterable[dict[str, Any]]) -> list[Notice]:
    """Facts that were checked but that no sentence of any source is about."""
    found = [
        Notice(
            f"{entry.get('facts_file', '')}:{entry.get('line', 0)}",
            f"no sentence of any source is about the fact '{entry['id']}'; check its subject: and context: "
            "for a typo (or pass --factcheck-require-mentions to make this fail)",
        )
        for entry in facts
        if entry.get("mentions") == 0
    ]
    return sorted(found, key=lambda n: _sort_key(n.where))


def _sort_key(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return (path, int(line)) if line.isdigit() else (where, 0)


def write_warnings(terminalreporter: Any, facts: list[dict[str, Any]]) -> None:
    """Write the block after the factcheck summary; nothing when there is nothing to say."""
    notices = source_notices(facts) + unmentioned_notices(facts)
    if not notices:
        return
    terminalreporter.line(f"{len(notices)} warning(s):", yellow=True)
    for notice in notices:
        terminalreporter.line(f"  {notice}", yellow=True)
