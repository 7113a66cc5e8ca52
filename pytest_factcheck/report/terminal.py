"""The factcheck section of pytest's terminal summary: the facts table and the total.

``-q`` shows the total only, ``-qq`` nothing; colour follows pytest's ``--color``.
"""

from __future__ import annotations

from typing import Any

from .counts import rows, total_line

COLOURS = {"contradicted": {"red": True, "bold": True}, "supported": {"green": True}, "error": {"red": True}}


def facts_table(facts: list[dict[str, Any]]) -> list[tuple[str, dict[str, bool]]]:
    """Lines of the table, each with the markup pytest's terminal writer takes."""
    table = rows(facts)
    width = max([len("fact"), *(len(r.label) for r in table)])
    header = f"{'fact':<{width}}  {'outcome':<13}  {'contradict':>10}  {'support':>7}  {'silent':>6}"
    lines: list[tuple[str, dict[str, bool]]] = [(header, {"bold": True})]
    for r in table:
        text = f"{r.label:<{width}}  {r.outcome:<13}  {r.contradicting:>10}  {r.supporting:>7}  {r.not_mentioning:>6}"
        lines.append((text, COLOURS.get(r.outcome, {})))
    return lines


def write_summary(
    terminal: Any, facts: list[dict[str, Any]], errors: list[dict[str, Any]], notes: list[str], verbosity: int
) -> None:
    """Write the section; ``notes`` are the lines about the pipeline and the reports written."""
    if verbosity <= -2:
        return
    total = total_line(facts, len(errors))
    failed = any(e.get("outcome") != "passed" for e in facts) or bool(errors)
    if verbosity == -1:
        terminal.line(f"factcheck: {total}", red=failed, green=not failed)
        return
    terminal.section("factcheck")
    if facts:
        for text, markup in facts_table(facts):
            terminal.line(text, **markup)
    terminal.line(total, red=failed, green=not failed, bold=True)
    for note in notes:
        terminal.line(note, yellow=note.startswith("warning:"))
