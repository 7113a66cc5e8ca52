"""The JSON report's text is json.dumps(report, indent=2) exactly, though the lists of source
paths that facts share are rendered once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pytest_factcheck.report.json_report import render_report

SHARED = ["archive/00001.txt", "archive/00002.txt", "désk/ü.md", 'odd "name".txt']


def _report(*paths: list[str]) -> dict[str, Any]:
    facts = [
        {"id": f"fact-{i}", "claim": 'A "factcheck-paths-0-1" lookalike', "findings": [], "source_paths": listed}
        for i, listed in enumerate(paths)
    ]
    return {"version": 1, "facts": facts, "sources": [{"path": p} for p in SHARED], "errors": []}


@pytest.mark.parametrize(
    "report",
    [
        _report(SHARED, SHARED, SHARED),  # facts sharing their file's list
        _report(SHARED, [], SHARED[:1]),  # an empty list, a narrowed one
        _report(),  # no facts
        {"version": 1, "facts": [{"id": "x", "source_paths": "not a list"}], "sources": [], "errors": []},
    ],
)
def test_the_report_text_is_what_json_writes(report: dict[str, Any]) -> None:
    assert render_report(report) == json.dumps(report, indent=2, ensure_ascii=False)
