"""A self-contained HTML page for editors: no network, no external assets, works from file://.

Article text is untrusted: everything shown goes through :func:`html.escape`,
and the page carries a Content-Security-Policy that forbids every script.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

from .base import Run, source_path, write_atomically
from .counts import FactCounts

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}
h2{border-bottom:1px solid #ccc}.contradicted{color:#b00020}.supported{color:#1b5e20}
.finding{margin:.5em 0 1em 1em}.quote{background:#f6f6f6;padding:.3em .6em;border-left:3px solid #999}
mark{background:#ffeb3b;font-weight:bold}mark.contradicts{background:#ff8a80}mark.supports{background:#b9f6ca}
pre.article{white-space:pre-wrap;background:#fafafa;padding:1em;border:1px solid #ddd}
.meta{color:#666;font-size:.85em}.accepted{color:#795548}
"""
GROUPS = ("contradicted", "error", "supported", "not mentioned")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(prefix: str, name: str) -> str:
    return prefix + "".join(c if c.isalnum() or c in "-_" else f"_{ord(c):x}" for c in name)


def _quote_marked(finding: dict[str, Any]) -> str:
    quote, found, column = str(finding.get("quote", "")), finding.get("found"), finding.get("column")
    if found and column:
        start = int(column) - 1
        end = start + len(str(found)) if quote[start : start + len(str(found))] == found else start
        if end > start:
            return f"{_e(quote[:start])}<mark>{_e(quote[start:end])}</mark>{_e(quote[end:])}"
    return _e(quote)


def _finding(entry: dict[str, Any], finding: dict[str, Any]) -> str:
    path = source_path(entry, finding)
    link = f"#{_anchor('L-', path + ':' + str(finding.get('value_line') or finding.get('line')))}"
    accepted = (
        f'<div class="accepted">accepted ({_e(finding.get("accepted_by"))}): {_e(finding.get("accepted_reason"))}</div>'
        if finding.get("accepted")
        else ""
    )
    found = (
        f"<div>found <b>{_e(finding['found'])}</b>, expected {_e(finding.get('expected'))}</div>"
        if finding.get("found")
        else ""
    )
    return (
        f'<div class="finding {_e(finding.get("verdict"))}"><a class="source-link" href="{_e(link)}">'
        f"{_e(path)}:{_e(finding.get('line'))}</a> — {_e(finding.get('verdict'))}"
        f'<div class="quote">{_quote_marked(finding)}</div>{found}{accepted}</div>'
    )


def _fact(entry: dict[str, Any], counts: FactCounts) -> str:
    as_of = f" <span class='meta'>as of {_e(entry['as_of'])}</span>" if entry.get("as_of") else ""
    findings = [f for f in entry.get("findings", []) if f.get("verdict") != "unverifiable"]
    error = f"<pre>{_e(entry['error'])}</pre>" if entry.get("error") else ""
    return (
        f'<section class="fact" id="{_e(_anchor("fact-", entry["id"]))}"><h3 class="{_e(counts.outcome)}">'
        f"{_e(entry['id'])}</h3><p>{_e(entry.get('claim') or '')}{as_of}</p>"
        f"<p class='meta'>{counts.contradicting} contradicting, {counts.supporting} supporting, "
        f"{counts.not_mentioning} not mentioning · {_e(entry.get('facts_file'))}:{_e(entry.get('line'))}</p>"
        f"{error}{''.join(_finding(entry, f) for f in findings)}</section>"
    )


def _read_text(path: Path) -> str | None:
    """The article as the checker read it (in the encoding it was read with), so columns match."""
    from ..errors import SourceError
    from ..sources.decode import decode

    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        return decode(raw, path)[0]
    except SourceError:
        return raw.decode("utf-8", "replace")


def _article(path: str, text: str, marks: list[tuple[int, int, int, str, str]]) -> str:
    """The article, one anchor per line, each finding's value marked and linked to its fact."""
    by_line: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for line, start, end, verdict, fact_id in marks:
        by_line[line].append((start, end, verdict, fact_id))
    out = []
    for number, content in enumerate(text.splitlines(), start=1):
        pieces, cursor = [], 0
        for start, end, verdict, fact_id in sorted(by_line.get(number, [])):
            start, end = max(start - 1, cursor), max(end - 1, start)
            if start >= len(content) or end <= start:
                continue
            href = "#" + _anchor("fact-", fact_id)
            pieces.append(_e(content[cursor:start]))
            pieces.append(
                f'<a href="{_e(href)}" title="{_e(fact_id)}"><mark class="{_e(verdict)}">'
                f"{_e(content[start:end])}</mark></a>"
            )
            cursor = end
        pieces.append(_e(content[cursor:]))
        out.append(f'<span id="{_e(_anchor("L-", path + ":" + str(number)))}">{"".join(pieces)}</span>')
    return "\n".join(out)


def build_html(run: Run, root: Path) -> str:
    groups: dict[str, list[str]] = defaultdict(list)
    marks: dict[str, list[tuple[int, int, int, str, str]]] = defaultdict(list)
    for entry in sorted(run.facts, key=lambda e: (e.get("facts_file", ""), e.get("line", 0), e["id"])):
        counts = FactCounts.of(entry)
        groups[counts.outcome].append(_fact(entry, counts))
        for f in entry.get("findings", []):
            if f.get("value_line") and f.get("value_column") and f.get("verdict") != "unverifiable":
                marks[source_path(entry, f)].append(
                    (f["value_line"], f["value_column"], f.get("value_end_column") or 0, f["verdict"], entry["id"])
                )
    body = [f"<h1>factcheck report</h1><p class='meta'>{_e(_stamp(run))}</p>"]
    for group in GROUPS:
        if groups.get(group):
            body.append(f'<h2 class="{_e(group)}">{_e(group)} ({len(groups[group])})</h2>{"".join(groups[group])}')
    if marks:
        body.append("<h2>Sources</h2>")
    for path in sorted(marks):
        text = _read_text(root / path)
        shown = _article(path, text, marks[path]) if text is not None else "(the file could not be read again)"
        body.append(f'<section class="source"><h3>{_e(path)}</h3><pre class="article">{shown}</pre></section>')
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>factcheck report</title><style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )


def _stamp(run: Run) -> str:
    info = run.info
    files = ", ".join(f"{name} (sha256 {digest[:12]})" for name, digest in sorted(info.facts_hashes.items()))
    return f"pytest-factcheck {info.plugin_version} · model {info.model} · {info.date} · {files}"


class HtmlWriter:
    name = "html"

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root

    def write(self, run: Run) -> str:
        write_atomically(self.path, build_html(run, self.root))
        return f"HTML report written to {self.path}"
