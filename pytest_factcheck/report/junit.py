"""Properties for pytest's ``--junitxml``: each fact's test carries its claim and its contradictions.

pytest writes a test report's ``user_properties`` as ``<property>`` elements,
so JUnit consumers see them without a writer of our own.
"""

from __future__ import annotations

from typing import Any

from .base import source_path


def junit_properties(entry: dict[str, Any]) -> list[tuple[str, str]]:
    properties = [("factcheck_claim", entry.get("claim") or ""), ("factcheck_outcome", entry.get("outcome", ""))]
    for finding in entry.get("findings", []):
        if finding.get("verdict") == "contradicts" and not finding.get("accepted"):
            where = f"{source_path(entry, finding)}:{finding.get('value_line') or finding.get('line')}"
            properties.append(("factcheck_contradicted_by", f"{where}: found {finding.get('found')}"))
    return properties
