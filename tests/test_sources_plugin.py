"""Sources end to end, run the way CI runs pytest: a web page with furniture, a
teaser and a caption, a hard-wrapped text file, a Windows-1252 file; what the
terminal says and what the JSON report records about each source."""

from __future__ import annotations

import json
from typing import Any

import pytest

PLUGIN_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--factcheck-model=blank:en")
FACTS = """\
sources:
  - articles/*
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000 troops to Russia.
    subject: [troops]
    context: [Pyongyang]
    quantity: 14,000
"""
PAGE = """\
<html><head>
<meta property="article:published_time" content="2024-11-04T08:00:00Z">
</head><body>
<nav><p>Pyongyang sent 90,000 troops, says the menu</p></nav>
<article>
<p>Pyongyang sent 14,000 troops to Russia.</p>
<p>READ MORE: Pyongyang sent 9,000 troops</p>
<p>Officials said that Pyongyang
sent <strong>50,000</strong> troops.</p>
</article>
</body></html>
"""
WRAPPED = """\
SEOUL, Nov. 4, 2024 — Officials in Seoul said on Monday that Pyongyang had
sent 14,000 troops to Russia, and that Pyongyang had sent some more
14,000 troops on top, a figure that the Pentagon has not yet confirmed.
"""


@pytest.fixture
def newsroom(pytester: pytest.Pytester, preloaded: None) -> pytest.Pytester:
    pytester.makefile(".yaml", facts=FACTS)
    articles = pytester.path / "articles"
    articles.mkdir()
    (articles / "page.html").write_text(PAGE, encoding="utf-8")
    (articles / "wrapped.txt").write_text(WRAPPED, encoding="utf-8")
    (articles / "windows.txt").write_bytes("Caf\u00e9 talk: Pyongyang sent 14,000 troops.\n".encode("cp1252"))
    return pytester


def test_only_the_article_prose_of_a_page_is_checked_at_its_stored_line(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest(*PLUGIN_ARGS)
    output = "\n".join(result.outlines)
    assert "contradicted by articles/page.html:8" in output
    assert "found: 50,000" in output
    assert "90,000" not in output  # navigation
    assert "9,000 troops" not in output  # a teaser for another story
    assert "articles/wrapped.txt" not in output  # its wrapped lines agree: "14,000 troops" is not split


def test_the_json_report_says_when_each_source_was_published_and_how_it_is_known(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*PLUGIN_ARGS, "--factcheck-json=report.json")
    report: dict[str, Any] = json.loads((newsroom.path / "report.json").read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in report["sources"]}
    assert (listed["articles/page.html"]["published"], listed["articles/page.html"]["published_from"]) == (
        "2024-11-04",
        "<meta article:published_time>",
    )
    assert (listed["articles/wrapped.txt"]["published"], listed["articles/wrapped.txt"]["published_from"]) == (
        "2024-11-04",
        "dateline",
    )
    assert listed["articles/windows.txt"]["published"] is None
    assert listed["articles/windows.txt"]["warnings"] == [
        "read as windows-1252 (not valid UTF-8 from line 1); save it as UTF-8 to silence this"
    ]
    findings = [f for fact in report["facts"] for f in fact["findings"] if f["source"] == "articles/page.html"]
    assert findings and all(f["published_from"] == "<meta article:published_time>" for f in findings)
