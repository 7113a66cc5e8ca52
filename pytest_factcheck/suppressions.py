"""Accepting known discrepancies on purpose, without deleting the fact.

Three ways, each carrying a reason that shows in every report:

- ``allow:`` on a fact: contradictions in sources matching a glob;
- an inline marker in a source, covering the next paragraph:
  ``<!-- factcheck: ignore treaty-signed -- reason -->`` in Markdown or HTML,
  ``# factcheck: ignore treaty-signed -- reason`` on its own line in .txt;
- a baseline file: contradictions recorded once (when a newsroom adopts the
  plugin on an archive) are accepted, so only new ones fail.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import FactcheckError
from .model import Allowance, Finding, Verdict
from .sources import Document
from .sources.text import text_paragraphs

MARKER = re.compile(
    r"<!--\s*factcheck:\s*ignore\s+(?P<ids>[^>]*?)\s*-->"
    r"|^[ \t]*#[ \t]*factcheck:[ \t]*ignore[ \t]+(?P<line_ids>[^\n]*)$",
    re.MULTILINE | re.IGNORECASE,
)
BASELINE_VERSION = 1


@dataclass(frozen=True)
class Marker:
    """An inline marker: the facts it names, its reason, and the lines it covers."""

    fact_ids: frozenset[str]
    reason: str
    first_line: int
    last_line: int


def read_markers(document: Document) -> tuple[Document, tuple[Marker, ...], tuple[str, ...]]:
    """Markers of a document, the document with them blanked out of its prose
    (so they are not read as sentences), and warnings for malformed markers."""
    markers: list[Marker] = []
    warnings: list[str] = []
    prose = document.prose
    blanked = prose
    for match in MARKER.finditer(prose):
        body = (match.group("ids") if match.group("ids") is not None else match.group("line_ids")).strip()
        line = document.line_at(match.start())
        blanked = blanked[: match.start()] + re.sub(r"[^\n]", " ", match.group()) + blanked[match.end() :]
        ids_text, separator, reason = body.partition("--")
        ids = frozenset(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ids_text))
        if not separator or not reason.strip() or not ids:
            warnings.append(
                f"line {line}: the factcheck marker is ignored: write "
                "'factcheck: ignore FACT-ID -- reason' (a reason is required)"
            )
            continue
        covered = _next_paragraph(blanked, match.end(), document.path.lower().endswith(_BLOCK_FORMATS))
        if covered is None:
            warnings.append(f"line {line}: the factcheck marker has no paragraph after it")
            continue
        markers.append(Marker(ids, reason.strip(), document.line_at(covered[0]), document.line_at(covered[1])))
    if blanked is prose:
        return document, (), tuple(warnings)
    cleaned = replace(document, prose=blanked, warnings=document.warnings + tuple(warnings))
    return cleaned, tuple(markers), tuple(warnings)


@dataclass(frozen=True)
class Baseline:
    """Contradictions accepted because they were there when the baseline was made.

    ``recording`` is true on the run that makes the baseline: every
    contradiction is accepted then, and written to the file at the end.
    """

    keys: frozenset[str] = frozenset()
    recording: bool = False


NO_BASELINE = Baseline()


def _key(fact_id: str, source: str, quote: str) -> str:
    return "\t".join((fact_id, source, re.sub(r"\s+", " ", quote).strip()))


_BLOCK_FORMATS = (".md", ".markdown", ".html", ".htm")


def _next_paragraph(prose: str, after: int, blank_lines_separate: bool) -> tuple[int, int] | None:
    """The paragraph after a marker: in Markdown and HTML up to the next blank
    line; in plain text the same paragraph the checker reads (a line, or lines
    wrapped mid-sentence)."""
    if blank_lines_separate:
        start = len(prose) - len(prose[after:].lstrip())
        end_match = re.compile(r"\n[ \t]*\n").search(prose, start)
        return (start, end_match.start() if end_match else len(prose)) if start < len(prose) else None
    return next(((s, e) for s, e in text_paragraphs(prose) if s >= after), None)


def baseline_key(finding: Finding) -> str:
    """What identifies a contradiction across edits: fact, source and sentence (not the line)."""
    return _key(finding.fact_id, finding.source, finding.quote)


def read_baseline(path: Path) -> frozenset[str]:
    """The keys of a baseline file; a FactcheckError naming the file if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(_key(e["fact"], e["source"], e["quote"]) for e in data["contradictions"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FactcheckError(f"cannot read the baseline file ({exc}); delete it to record a new one", path) from exc


def write_baseline(path: Path, findings: Iterable[dict[str, object]]) -> None:
    entries = sorted(
        {(str(f["fact"]), str(f["source"]), str(f["quote"])) for f in findings},
    )
    data = {
        "version": BASELINE_VERSION,
        "contradictions": [{"fact": fact, "source": source, "quote": quote} for fact, source, quote in entries],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _matches(pattern: str, source: str) -> bool:
    return fnmatch.fnmatch(source, pattern) or fnmatch.fnmatch(source, pattern.replace("**/", ""))


def accept(
    findings: list[Finding],
    allowances: tuple[Allowance, ...],
    markers: dict[str, tuple[Marker, ...]],
    baseline: Baseline,
) -> tuple[list[Finding], tuple[Allowance, ...]]:
    """Mark accepted contradictions; return the findings and the allowances that matched none (stale)."""
    used: set[Allowance] = set()
    result: list[Finding] = []
    for finding in findings:
        acceptance = None
        if finding.verdict is Verdict.CONTRADICTS:
            acceptance = _acceptance(finding, allowances, markers.get(finding.source, ()), baseline, used)
        if acceptance is None:
            result.append(finding)
        else:
            result.append(replace(finding, accepted_by=acceptance[0], accepted=acceptance[1]))
    return result, tuple(a for a in allowances if a not in used)


def _acceptance(
    finding: Finding,
    allowances: tuple[Allowance, ...],
    markers: tuple[Marker, ...],
    baseline: Baseline,
    used: set[Allowance],
) -> tuple[str, str] | None:
    """(how, why) a contradiction is accepted, or None."""
    for allowance in allowances:
        if _matches(allowance.source, finding.source):
            used.add(allowance)
            return "allow", f"allowed in facts.yaml (line {allowance.line}): {allowance.reason}"
    for marker in markers:
        if finding.fact_id in marker.fact_ids and marker.first_line <= finding.line <= marker.last_line:
            return "marker", f"ignored by a marker in the source: {marker.reason}"
    if baseline.recording:
        return "baseline", "recorded now in the new baseline"
    if baseline_key(finding) in baseline.keys:
        return "baseline", "recorded in the baseline"
    return None
