"""GitHub Actions: error annotations for contradictions and the Markdown job summary.

GitHub shows at most 10 error annotations per step, so contradictions in the
files the pull request changed come first, and one last annotation says how many
were not shown and where the full report is.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from .base import Contradiction, Run
from .counts import rows, total_line

#: Error annotations GitHub shows per step; one is kept for the "not shown" note.
ANNOTATION_LIMIT = 10
#: GitHub's cap on a step summary is 1 MiB; stay under it with room for the closing note.
SUMMARY_LIMIT = 1024 * 1024 - 4096


def escape_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's toolkit escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (GitHub's toolkit escapeProperty)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(item: Contradiction, prefix: str = "") -> str:
    """The ``::error`` command; ``prefix`` is the rootdir's folder in the repository (GitHub wants
    paths from the repository's root, the workspace; findings are named from pytest's rootdir)."""
    props = {
        "file": posixpath.join(prefix, item.path) if prefix else item.path,
        "line": str(item.line),
        "col": str(item.column),
        "endColumn": str(item.end_column),
        "title": f"factcheck: {item.fact_id}",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    quote = item.finding.get("quote", "")
    return f"::error {joined}::{escape_data(item.message() + chr(10) + quote)}"


def changed_files(root: Path, environ: dict[str, str]) -> set[str]:
    """Files the pull request changed against ``GITHUB_BASE_REF``, relative to ``root``; empty when unknown."""
    base = environ.get("GITHUB_BASE_REF")
    if not base:
        return set()
    for ref in (f"origin/{base}", base):
        try:
            done = subprocess.run(
                ["git", "diff", "--name-only", "--relative", f"{ref}...HEAD"],
                cwd=root,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return set()
        if done.returncode == 0:
            return {line.strip() for line in done.stdout.splitlines() if line.strip()}
    return set()


def workspace_prefix(root: Path, environ: dict[str, str]) -> str:
    """The rootdir's folder relative to ``GITHUB_WORKSPACE`` ("" when it is the workspace or outside it)."""
    workspace = environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return ""
    try:
        relative = root.resolve().relative_to(Path(workspace).resolve()).as_posix()
    except ValueError:
        return ""
    return "" if relative == "." else relative


def workflow_commands(
    items: Sequence[Contradiction], changed: set[str], report_hint: str, prefix: str = ""
) -> list[str]:
    """The workflow commands to print: changed files first, then the rest, then the overflow note."""
    ordered = sorted(items, key=lambda c: (c.path not in changed, c.path, c.line, c.fact_id))
    if len(ordered) <= ANNOTATION_LIMIT:
        return [annotation(c, prefix) for c in ordered]
    shown = ordered[: ANNOTATION_LIMIT - 1]
    hidden = len(ordered) - len(shown)
    note = (
        f"{hidden} more contradiction(s) not annotated (GitHub shows {ANNOTATION_LIMIT} per step); "
        f"the full list is {report_hint}"
    )
    title = escape_property("factcheck: more contradictions")
    return [*(annotation(c, prefix) for c in shown), f"::error title={title}::{escape_data(note)}"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(run: Run) -> str:
    """The job summary: the facts table and every contradiction with its quote, under GitHub's cap."""
    parts = ["## factcheck", "", total_line(run.facts, len(run.errors)), ""]
    parts += ["| fact | outcome | contradicting | supporting | not mentioning |", "|---|---|---:|---:|---:|"]
    parts += [
        f"| `{_cell(r.label)}` | {r.outcome} | {r.contradicting} | {r.supporting} | {r.not_mentioning} |"
        for r in rows(run.facts)
    ]
    parts.append("")
    size = len("\n".join(parts).encode("utf-8"))
    items = list(run.contradictions())
    for index, item in enumerate(items):
        quote = item.finding.get("quote", "").replace("\n", " ")
        block = f"- **{_cell(item.message())}** at `{item.path}:{item.line}`\n  > {quote}\n"
        size += len(block.encode("utf-8")) + 1
        if size > SUMMARY_LIMIT:
            parts.append(f"\n{len(items) - index} more contradiction(s) left out: the summary is capped at 1 MiB.")
            break
        parts.append(block)
    parts.append(f"\n<sub>pytest-factcheck {run.info.plugin_version}, model {run.info.model}, {run.info.date}</sub>\n")
    return "\n".join(parts)


class GitHubWriter:
    """Prints annotations to stdout (the terminal writer) and appends the step summary."""

    name = "github"

    def __init__(
        self, root: Path, emit: Callable[[str], object], report_hint: str, environ: dict[str, str] | None = None
    ) -> None:
        self.root = root
        self.emit = emit
        self.report_hint = report_hint
        self.environ = dict(os.environ if environ is None else environ)

    def write(self, run: Run) -> str:
        changed = changed_files(self.root, self.environ)
        prefix = workspace_prefix(self.root, self.environ)
        for command in workflow_commands(list(run.contradictions()), changed, self.report_hint, prefix):
            self.emit(command)
        summary = self.environ.get("GITHUB_STEP_SUMMARY")
        if not summary:
            return "GitHub annotations printed"
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(step_summary(run))
        return f"GitHub annotations printed; job summary appended to {summary}"
