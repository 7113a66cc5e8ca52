"""GitLab Code Quality: the CodeClimate JSON subset GitLab reads, one issue per contradiction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .base import Run, write_atomically
from .sarif import fingerprint


def _stamp(run: Run) -> str:
    info = run.info
    files = ", ".join(f"{name} (sha256 {digest[:12]})" for name, digest in sorted(info.facts_hashes.items()))
    return f"pytest-factcheck {info.plugin_version}, model {info.model}, run {info.date}; facts: {files}"


def build_code_quality(run: Run) -> list[dict[str, Any]]:
    return [
        {
            "type": "issue",
            "check_name": item.fact_id,
            "description": f"{item.message()}: {item.finding.get('quote', '')}",
            "categories": ["Bug Risk"],
            "severity": "major",
            "fingerprint": fingerprint(item),
            "location": {"path": item.path, "lines": {"begin": item.line}},
            "content": {"body": f"{item.claim}\n\n{_stamp(run)}"},
        }
        for item in run.contradictions()
    ]


class GitLabWriter:
    name = "gitlab"

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, run: Run) -> str:
        write_atomically(self.path, json.dumps(build_code_quality(run), indent=2, ensure_ascii=False) + "\n")
        return f"GitLab Code Quality report written to {self.path}"
