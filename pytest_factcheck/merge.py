"""``python -m pytest_factcheck merge``: join the JSON reports of sharded runs into one.

Each shard checked every fact against its part of the sources, so a fact's
entry is the union of its entries: findings and sources joined, the worst
outcome kept, an ``allow:`` stale only when no shard used it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import PurePosixPath
from typing import Any

from .report.json_report import VERSION, write_report

_OUTCOMES = ("error", "failed", "passed")


class MergeError(Exception):
    """A report that cannot be merged: the message names the file and the fix."""


def read_reports(paths: list[str]) -> list[dict[str, Any]]:
    reports = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as stream:
                report = json.load(stream)
        except (OSError, ValueError) as exc:
            raise MergeError(f"{path}: cannot be read as a JSON report ({exc})") from None
        if not isinstance(report, dict) or report.get("version") != VERSION:
            raise MergeError(f"{path}: not a factcheck JSON report of version {VERSION} (written by --factcheck-json)")
        reports.append(report)
    return reports


def merge_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One report, as a single run over all the shards' sources would have written it."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    stale: dict[tuple[str, str], list[list[tuple[Any, ...]]]] = {}
    for report in reports:
        for entry in report.get("facts", []):
            key = (entry.get("facts_file", ""), entry["id"])
            allows = [tuple(sorted(a.items())) for a in entry.get("stale_allow", [])]
            stale.setdefault(key, []).append(allows)
            if key not in entries:
                entries[key] = {**entry, "findings": list(entry.get("findings", []))}
                continue
            merged = entries[key]
            merged["findings"].extend(entry.get("findings", []))
            if _OUTCOMES.index(entry["outcome"]) < _OUTCOMES.index(merged["outcome"]):
                merged["outcome"] = entry["outcome"]
                if entry.get("error"):
                    merged["error"] = entry["error"]
    facts = []
    for key, entry in entries.items():
        # Findings in source order, as one run lists them (a stable sort keeps each source's own order).
        entry["findings"].sort(key=lambda f: PurePosixPath(f["source"]))
        if "stale_allow" in entry:
            common = set.intersection(*(set(a) for a in stale[key]))
            entry["stale_allow"] = [dict(a) for a in sorted(common)]
        facts.append(entry)
    facts.sort(key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for report in reports:
        for source in report.get("sources", []):
            sources.setdefault((source.get("facts_file", ""), source["path"]), source)
    errors: list[dict[str, Any]] = []
    for report in reports:
        errors.extend(e for e in report.get("errors", []) if e not in errors)
    extra = {
        k: v for report in reports for k, v in report.items() if k not in ("version", "facts", "sources", "errors")
    }
    return {
        **extra,
        "version": VERSION,
        "facts": facts,
        "sources": [sources[k] for k in sorted(sources)],
        "errors": errors,
    }


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("merge", help="join the JSON reports of sharded runs (--factcheck-shard) into one")
    parser.add_argument("reports", nargs="+", help="JSON reports written by --factcheck-json")
    parser.add_argument("-o", "--output", required=True, help="where to write the merged JSON report")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        merged = merge_reports(read_reports(args.reports))
    except MergeError as exc:
        print(f"error: {exc}")
        return 2
    from pathlib import Path

    write_report(Path(args.output), merged)
    failed = sum(1 for e in merged["facts"] if e["outcome"] != "passed")
    print(f"{len(merged['facts'])} facts from {len(args.reports)} reports, {failed} not passed: {args.output}")
    return 1 if failed or merged["errors"] else 0
