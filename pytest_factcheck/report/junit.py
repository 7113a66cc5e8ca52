"""JUnit XML. In a pytest run, each fact's test carries its claim and its
contradictions as ``user_properties``, which pytest's own ``--junitxml`` writes
as ``<property>`` elements, so JUnit consumers see them without a writer of
ours. ``python -m pytest_factcheck merge --junitxml`` has no pytest run to
lean on: :class:`JunitWriter` writes the same test cases and properties from
a (merged) report.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from .base import Run, source_path, write_atomically


def junit_properties(entry: dict[str, Any]) -> list[tuple[str, str]]:
    properties = [("factcheck_claim", entry.get("claim") or ""), ("factcheck_outcome", entry.get("outcome", ""))]
    for finding in entry.get("findings", []):
        if finding.get("verdict") == "contradicts" and not finding.get("accepted"):
            where = f"{source_path(entry, finding)}:{finding.get('value_line') or finding.get('line')}"
            properties.append(("factcheck_contradicted_by", f"{where}: found {finding.get('found')}"))
    return properties


def classname(facts_file: str) -> str:
    """The test case's classname as pytest's junitxml derives it from the node id."""
    return facts_file.replace("/", ".")


def _case(entry: dict[str, Any]) -> ET.Element:
    facts_file = str(entry.get("facts_file", ""))
    line = str(entry.get("line", 0))
    case = ET.Element("testcase", classname=classname(facts_file), name=str(entry["id"]), file=facts_file, line=line)
    properties = ET.SubElement(case, "properties")
    for name, value in junit_properties(entry):
        ET.SubElement(properties, "property", name=name, value=value)
    contradictions = [v for n, v in junit_properties(entry) if n == "factcheck_contradicted_by"]
    if entry.get("outcome") == "failed":
        message = f"{entry['id']}: contradicted by {len(contradictions)} source(s)"
        failure = ET.SubElement(case, "failure", message=message)
        failure.text = str(entry.get("error") or "\n".join(contradictions))
    elif entry.get("outcome") == "error":
        error = ET.SubElement(case, "error", message=f"{entry['id']}: could not be checked")
        error.text = str(entry.get("error") or "")
    return case


def build_junit(run: Run) -> str:
    entries = sorted(run.facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    outcomes = [e.get("outcome") for e in entries]
    suite = ET.Element(
        "testsuite",
        name="factcheck",
        tests=str(len(entries)),
        failures=str(outcomes.count("failed")),
        errors=str(outcomes.count("error") + len(run.errors)),
        skipped="0",
        timestamp=run.info.date,
    )
    properties = ET.SubElement(suite, "properties")
    stamp = {"plugin_version": run.info.plugin_version, "model": run.info.model}
    stamp |= {f"facts_file_sha256:{name}": digest for name, digest in sorted(run.info.facts_hashes.items())}
    for name, value in stamp.items():
        ET.SubElement(properties, "property", name=name, value=value)
    suite.extend(_case(e) for e in entries)
    for error in run.errors:
        case = ET.SubElement(suite, "testcase", classname=classname(str(error.get("file", ""))), name="collect")
        ET.SubElement(case, "error", message="the facts file could not be read").text = str(error.get("message", ""))
    root = ET.Element("testsuites", name="pytest-factcheck")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


class JunitWriter:
    name = "junit"

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, run: Run) -> str:
        write_atomically(self.path, build_junit(run))
        return f"JUnit XML report written to {self.path}"
