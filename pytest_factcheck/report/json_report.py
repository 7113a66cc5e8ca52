"""The JSON report, format version 1 (a contract: keys may be added, never changed).

Results reach the report as plain dicts (see :func:`fact_entry`) because under
pytest-xdist they travel from the workers to the controller inside test
reports.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from pathlib import Path, PurePosixPath
from typing import Any

from ..model import FactResult
from .base import write_atomically

VERSION = 1
#: Spaces before a key of a fact's entry in the report as written (report → "facts" → entry).
FACT_KEY_INDENT = 6


def fact_entry(result: FactResult, outcome: str, facts_file: str) -> dict[str, Any]:
    return {
        "id": result.fact.id,
        "claim": result.fact.claim,
        "outcome": outcome,
        "facts_file": facts_file,
        "line": result.fact.line,
        "as_of": result.fact.as_of.text if result.fact.as_of else None,
        "findings": [f.to_json() for f in result.findings],
        "stale_allow": [{"source": a.source, "line": a.line, "reason": a.reason} for a in result.stale_allows],
        "sources": [s.to_json() for s in result.sources],
    }


def build_report(
    facts: list[dict[str, Any]], errors: list[dict[str, Any]], run: dict[str, object] | None = None
) -> dict[str, Any]:
    """Merge per-fact entries into the report; each source is listed once."""
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    seen: set[tuple[int, str]] = set()  # the facts of a file share one received list (see transport)
    for entry in facts:
        listed = entry.get("sources", [])
        if (id(listed), entry.get("facts_file", "")) in seen:
            continue
        seen.add((id(listed), entry.get("facts_file", "")))
        for source in listed:
            key = (entry.get("facts_file", ""), source["path"])
            sources.setdefault(key, {**source, "facts_file": entry.get("facts_file", "")})
    ordered = sorted(facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    paths: dict[int, list[str]] = {}  # one list per shared source list, not one per fact
    report: dict[str, Any] = {
        "version": VERSION,
        "facts": [
            {
                **{k: v for k, v in e.items() if k != "sources"},
                "source_paths": _shared_paths(e, paths),
            }
            for e in ordered
        ],
        "sources": [sources[k] for k in sorted(sources)],
        "errors": errors,
    }
    if run is not None:
        report["run"] = run
    return report


def _shared_paths(entry: dict[str, Any], known: dict[int, list[str]]) -> list[str]:
    """:func:`source_paths`, made once per source list that facts share."""
    listed = entry.get("sources")
    if not listed:
        return source_paths(entry)
    if id(listed) not in known:
        known[id(listed)] = source_paths(entry)
    return known[id(listed)]


def source_paths(entry: dict[str, Any]) -> list[str]:
    """The paths of the sources a fact was checked against (a fact's own ``sources:`` may narrow its file's)."""
    return list(_sorted_paths(tuple(str(s["path"]) for s in entry.get("sources", []))))


@functools.lru_cache(maxsize=16)
def _sorted_paths(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Sorted once per distinct list: most facts share their file's sources, and sorting 2,000
    paths by PurePosixPath for each of 500 facts was most of the report's time."""
    return tuple(sorted(set(paths), key=PurePosixPath))


def write_report(path: Path, report: dict[str, Any]) -> None:
    write_atomically(path, render_report(report) + "\n")


def render_report(report: dict[str, Any]) -> str:
    """``json.dumps(report, indent=2)``, the text unchanged, but each list of source paths that
    facts share rendered once: with indentation, json encodes in Python, and 500 facts × 2,000
    paths was most of writing the report."""
    token = f"factcheck-paths-{uuid.uuid4().hex}-"
    shared: dict[int, list[str]] = {}
    facts = []
    for entry in report.get("facts", []):
        listed = entry.get("source_paths")
        if isinstance(listed, list) and listed:
            shared.setdefault(id(listed), listed)
            entry = {**entry, "source_paths": f"{token}{id(listed)}"}
        facts.append(entry)
    text = json.dumps({**report, "facts": facts}, indent=2, ensure_ascii=False)
    rendered = {
        str(key): json.dumps(listed, indent=2, ensure_ascii=False).replace("\n", "\n" + " " * FACT_KEY_INDENT)
        for key, listed in shared.items()
    }
    return re.sub(f'"{token}(\\d+)"', lambda found: rendered[found.group(1)], text)


def baseline_entries(facts: list[dict[str, Any]]) -> list[dict[str, object]]:
    """Contradictions to record in a baseline: all but those accepted by allow: or markers."""
    return [
        {"fact": entry["id"], "source": finding["source"], "quote": finding["quote"]}
        for entry in facts
        for finding in entry["findings"]
        if finding["verdict"] == "contradicts" and finding.get("accepted_by") in (None, "baseline")
    ]
