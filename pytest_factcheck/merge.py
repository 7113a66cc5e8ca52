"""``python -m pytest_factcheck merge``: join the JSON reports of sharded runs into one.

Each shard checked every fact against its part of the sources, so a fact's
entry is the union of its entries: findings and sources joined, the worst
outcome kept, an ``allow:`` stale only when no shard used it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from .options import output_path_problem
from .report.base import Writer
from .report.from_json import run_from_report
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
            if "source_paths" in merged:
                paths = set(merged["source_paths"]) | set(entry.get("source_paths", []))
                merged["source_paths"] = sorted(paths, key=PurePosixPath)
            if _OUTCOMES.index(entry["outcome"]) < _OUTCOMES.index(merged["outcome"]):
                merged["outcome"] = entry["outcome"]
                if entry.get("error"):
                    merged["error"] = entry["error"]
    facts = []
    for key, entry in entries.items():
        # Findings in source order, as one run lists them (a stable sort keeps each source's own order).
        entry["findings"].sort(key=lambda f: PurePosixPath(f["source"]))
        if "mentions" in entry:
            entry["mentions"] = len(entry["findings"])
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
        "version": VERSION,
        "facts": facts,
        "sources": [sources[k] for k in sorted(sources)],
        "errors": errors,
        **extra,  # the keys a run writes after these ("run"), in a run's order
    }


def _writers(root: Path) -> dict[str, Callable[[Path], Writer]]:
    """The reports the merge can write besides the JSON one: option -> writer for a path."""
    from .report.gitlab import GitLabWriter
    from .report.html import HtmlWriter
    from .report.junit import JunitWriter
    from .report.sarif import SarifWriter

    return {
        "html": lambda path: HtmlWriter(path, root),
        "sarif": SarifWriter,
        "gitlab": GitLabWriter,
        "junitxml": JunitWriter,
    }


REPORTS = {
    "html": "the HTML report for editors (reads the articles again: run from the repository's checkout)",
    "sarif": "the SARIF 2.1.0 report (GitHub code scanning)",
    "gitlab": "the GitLab Code Quality report",
    "junitxml": "a JUnit XML report (a test case per fact, with the properties of a pytest run's --junitxml)",
}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("merge", help="join the JSON reports of sharded runs (--factcheck-shard) into one")
    parser.add_argument("reports", nargs="+", help="JSON reports written by --factcheck-json")
    parser.add_argument("-o", "--output", required=True, help="where to write the merged JSON report")
    for name, help in REPORTS.items():
        parser.add_argument(f"--{name}", metavar="PATH", help=f"also write {help} to PATH, from the merged report")
    parser.add_argument(
        "--rootdir", default=".", help="the folder the shards ran pytest in (pytest's rootdir; default: here)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    outputs = {"output": args.output} | {name: getattr(args, name) for name in REPORTS if getattr(args, name)}
    for name, value in outputs.items():
        problem = output_path_problem(Path(value))
        if problem:
            print(f"error: --{name}={value}: {problem}")
            return 2
    try:
        merged = merge_reports(read_reports(args.reports))
    except MergeError as exc:
        print(f"error: {exc}")
        return 2
    write_report(Path(args.output), merged)
    writers = _writers(Path(args.rootdir))
    run_data = run_from_report(merged)
    for name in REPORTS:
        if getattr(args, name):
            print(writers[name](Path(getattr(args, name))).write(run_data))
    failed = sum(1 for e in merged["facts"] if e["outcome"] != "passed")
    print(f"{len(merged['facts'])} facts from {len(args.reports)} reports, {failed} not passed: {args.output}")
    return 1 if failed or merged["errors"] else 0
