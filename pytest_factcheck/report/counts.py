"""Per-fact counts of sources, shared by the terminal table and the step summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class FactCounts:
    """How many checked sources contradict, support and do not mention one fact."""

    fact_id: str
    outcome: str  # "contradicted", "supported", "not mentioned" or "error"
    contradicting: int
    supporting: int
    not_mentioning: int

    facts_file: str = ""

    @property
    def label(self) -> str:
        """The fact as the table names it: ``desk/facts.yaml::id`` when ``facts_file`` is set."""
        return f"{self.facts_file}::{self.fact_id}" if self.facts_file else self.fact_id

    @classmethod
    def of(cls, entry: dict[str, Any]) -> FactCounts:
        findings = entry.get("findings", [])
        contradicting = {f["source"] for f in findings if f.get("verdict") == "contradicts" and not f.get("accepted")}
        supporting = {f["source"] for f in findings if f.get("verdict") == "supports"} - contradicting
        mentioned = {f["source"] for f in findings}
        checked = {s["path"] for s in entry.get("sources", []) if s.get("status") == "checked"}
        outcome = entry.get("outcome", "error")
        if outcome == "failed":
            word = "contradicted"
        elif outcome == "passed":
            word = "supported" if supporting else "not mentioned"
        else:
            word = "error"
        return cls(entry["id"], word, len(contradicting), len(supporting), len(checked - mentioned))


def count_sources(facts: list[dict[str, Any]]) -> int:
    return len({(e.get("facts_file", ""), s["path"]) for e in facts for s in e.get("sources", [])})


def total_line(facts: list[dict[str, Any]], errors: int = 0) -> str:
    """The one-line total: "12 facts, 340 sources: 1 contradicted, 7 supported, 4 not mentioned"."""
    outcomes = [FactCounts.of(e).outcome for e in facts]
    parts = [f"{outcomes.count(word)} {word}" for word in ("contradicted", "supported", "not mentioned")]
    if outcomes.count("error"):
        parts.append(f"{outcomes.count('error')} in error")
    if errors:
        parts.append(f"{errors} facts file(s) unreadable")
    return f"{len(facts)} facts, {count_sources(facts)} sources: " + ", ".join(parts)


def rows(facts: list[dict[str, Any]]) -> list[FactCounts]:
    """One row per fact, in facts file order; named with their facts file when there are several
    (ids are unique within a file only)."""
    ordered = sorted(facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"]))
    several = len({e.get("facts_file", "") for e in facts}) > 1
    return [replace(FactCounts.of(e), facts_file=e.get("facts_file", "") if several else "") for e in ordered]
