"""A JSON report (format version 1) read back as a :class:`Run`, so every other
writer can be driven from it: ``python -m pytest_factcheck merge`` writes the
HTML, SARIF, GitLab and JUnit reports of sharded runs from their merged report.
"""

from __future__ import annotations

from typing import Any

from .base import Run, RunInfo


def run_from_report(report: dict[str, Any]) -> Run:
    """The run a JSON report was written from: each fact entry gets back its sources."""
    by_file: dict[str, dict[str, dict[str, Any]]] = {}
    for source in report.get("sources", []):
        record = {k: v for k, v in source.items() if k != "facts_file"}
        by_file.setdefault(str(source.get("facts_file", "")), {})[str(source["path"])] = record
    facts = []
    for entry in report.get("facts", []):
        known = by_file.get(str(entry.get("facts_file", "")), {})
        paths = entry.get("source_paths", list(known))  # reports written before source_paths: the file's sources
        facts.append({**entry, "sources": [known[p] for p in paths if p in known]})
    return Run(facts, list(report.get("errors", [])), run_info(report.get("run") or {}))


def run_info(data: dict[str, Any]) -> RunInfo:
    return RunInfo(
        date=str(data.get("date", "")),
        plugin_version=str(data.get("plugin_version", "")),
        model=str(data.get("model", "")),
        facts_hashes={str(k): str(v) for k, v in (data.get("facts_files") or {}).items()},
    )
