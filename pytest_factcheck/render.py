"""Plain-text explanations of findings, for the terminal and for editors."""

from __future__ import annotations

from .model import FactResult, Finding

#: Quotes longer than this are shortened around the finding.
QUOTE_WIDTH = 110


def _window(finding: Finding) -> tuple[str, int]:
    """The quote, shortened around ``found`` if needed, and the caret's column in it."""
    quote, column = finding.quote, finding.column
    if len(quote) <= QUOTE_WIDTH:
        return quote, column
    start = 0
    if column + finding.width > QUOTE_WIDTH - 4:
        start = quote.rfind(" ", 0, max(0, column - QUOTE_WIDTH // 3)) + 1
    end = quote.rfind(" ", start, start + QUOTE_WIDTH)
    end = end if end > column + finding.width else start + QUOTE_WIDTH
    prefix = "... " if start else ""
    shown = prefix + quote[start:end] + (" ..." if end < len(quote) else "")
    return shown, column - start + len(prefix)


def explain_finding(finding: Finding, indent: str = "  ") -> str:
    """A finding as a compiler-style diagnostic: where, the sentence, a caret, why."""
    label = {"contradicts": "contradicted by", "supports": "supported by"}.get(finding.verdict.value, "mentioned in")
    lines = [f"{indent}{label} {finding.source}:{finding.line}"]
    shown, column = _window(finding)
    lines.append(f"{indent}  {shown}")
    if finding.found:
        lines.append(f"{indent}  {' ' * column}{'^' * max(1, min(finding.width, len(shown) - column))}")
        lines.append(f"{indent}  found: {finding.found_detail or finding.found}   expected: {finding.expected}")
    if finding.attributed_to or finding.quoted:
        who = f"attributed to {finding.attributed_to}" if finding.attributed_to else ""
        quoted = "inside a quotation" if finding.quoted else ""
        lines.append(f"{indent}  ({', '.join(p for p in (who, quoted) if p)})")
    if finding.reason:
        lines.append(f"{indent}  note: {finding.reason}")
    return "\n".join(lines)


def explain_failure(result: FactResult) -> str:
    fact = result.fact
    contradictions = result.contradictions
    header = f'{fact.id}: "{fact.claim}"'
    body = [explain_finding(f) for f in contradictions]
    supported = sum(1 for f in result.findings if f.verdict.value == "supports")
    footer = (
        f"{len(contradictions)} contradicting sentence(s); {supported} supporting; "
        f"{len(result.findings)} sentence(s) about this fact in all"
    )
    return "\n".join([header, *body, footer])


def crash_line(result: FactResult) -> tuple[str, int, str]:
    """Where and why in one line, for ``--tb=line`` and the short summary:
    ("seeds/002.txt", 10, "treaty-signed: found the Cold War era, expected June 2024")."""
    first = result.contradictions[0]
    line = first.value_line or first.line
    why = f"found {first.found}, expected {first.expected}" if first.found else f'contradicts "{result.fact.claim}"'
    more = len(result.contradictions) - 1
    suffix = f" (and {more} more)" if more else ""
    return first.source, line, f"{result.fact.id}: {why}{suffix}"
