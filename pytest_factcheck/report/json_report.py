"""The JSON report, format version 1 (a contract: keys may be added, never changed).

Results reach the report as plain dicts (see :func:`fact_entry`) because under
pytest-xdist they travel from the workers to the controller inside test
reports.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path, PurePosixPath
from typing import Any

from ..model import FactResult
from .base import write_atomically

VERSION = 1


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
    for entry in facts:
        for source in entry.get("sources", []):
            key = (entry.get("facts_file", ""), source["path"])
            sources.setdefault(key, {**source, "facts_file": entry.get("facts_file", "")})
    ordered = sorted(facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    report: dict[str, Any] = {
        "version": VERSION,
        "facts": [{**{k: v for k, v in e.items() if k != "sources"}, "source_paths": source_paths(e)} for e in ordered],
        "sources": [sources[k] for k in sorted(sources)],
        "errors": errors,
    }
    if run is not None:
        report["run"] = run
    return report


def source_paths(entry: dict[str, Any]) -> list[str]:
    """The paths of the sources a fact was checked against (a fact's own ``sources:`` may narrow its file's)."""
    return list(_sorted_paths(tuple(str(s["path"]) for s in entry.get("sources", []))))


@functools.lru_cache(maxsize=16)
def _sorted_paths(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Sorted once per distinct list: most facts share their file's sources, and sorting 2,000
    paths by PurePosixPath for each of 500 facts was most of the report's time."""
    return tuple(sorted(set(paths), key=PurePosixPath))


def write_report(path: Path, report: dict[str, Any]) -> None:
    write_atomically(path, json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def baseline_entries(facts: list[dict[str, Any]]) -> list[dict[str, object]]:
    """Contradictions to record in a baseline: all but those accepted by allow: or markers."""
    return [
        {"fact": entry["id"], "source": finding["source"], "quote": finding["quote"]}
        for entry in facts
        for finding in entry["findings"]
        if finding["verdict"] == "contradicts" and finding.get("accepted_by") in (None, "baseline")
    ]
