"""SARIF 2.1.0 for GitHub code scanning and other dashboards: a rule per fact,
a result per contradiction located on the found value."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .base import Contradiction, Run, write_atomically

#: The OASIS Standard schema (errata 01), the one tests/schemas/ ships and the SARIF test validates against.
SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/pytest-factcheck/"


def fingerprint(item: Contradiction) -> str:
    """Identity that survives lines moving: fact, file and the quote (not its line)."""
    quote = " ".join(str(item.finding.get("quote", "")).split())
    return hashlib.sha256(f"{item.fact_id}\0{item.path}\0{quote}".encode()).hexdigest()


def _rule(entry: dict[str, Any]) -> dict[str, Any]:
    claim = entry.get("claim") or entry["id"]
    return {
        "id": entry["id"],
        "name": entry["id"],
        "shortDescription": {"text": claim},
        "fullDescription": {"text": claim},
        "defaultConfiguration": {"level": "error"},
        "properties": {"facts_file": entry.get("facts_file", ""), "line": entry.get("line", 0)},
    }


def _result(item: Contradiction, rule_index: int) -> dict[str, Any]:
    quote = str(item.finding.get("quote", ""))
    sentence_line = int(item.finding.get("line") or item.line)
    return {
        "ruleId": item.fact_id,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": f"{item.message()}: {quote}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": item.path, "uriBaseId": "%SRCROOT%"},
                    "region": {
                        "startLine": item.line,
                        "startColumn": item.column,
                        "endColumn": max(item.end_column, item.column + 1),
                    },
                    # The sentence, as its own region: the result's region is the found value only.
                    "contextRegion": {"startLine": sentence_line, "snippet": {"text": quote}},
                }
            }
        ],
        "partialFingerprints": {"factcheckQuote/v1": fingerprint(item)},
    }


def build_sarif(run: Run) -> dict[str, Any]:
    entries = sorted(run.facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    index = {entry["id"]: i for i, entry in enumerate(entries)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pytest-factcheck",
                        "version": run.info.plugin_version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(e) for e in entries],
                    }
                },
                "invocations": [{"executionSuccessful": True, "endTimeUtc": run.info.date}],
                "properties": run.info.to_json(),
                "results": [_result(c, index.get(c.fact_id, 0)) for c in run.contradictions()],
            }
        ],
    }


class SarifWriter:
    name = "sarif"

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, run: Run) -> str:
        write_atomically(self.path, json.dumps(build_sarif(run), indent=2, ensure_ascii=False) + "\n")
        return f"SARIF report written to {self.path}"
