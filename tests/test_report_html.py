"""The HTML report, opened from file:// in a real headless chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import dump_dom, png_pixels, screenshot

FACTS = """\
sources:
  - articles/*.txt
published:
  - source: articles/*.txt
    date: 2025-01-10
facts:
  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024
    as_of: 2024-12-01
    allow:
      - source: articles/accepted.txt
        reason: the archive piece quotes the 1961 treaty on purpose
"""
HOSTILE = """\
<script>document.title = "pwned"</script> <img src=x onerror="document.title='pwned'">

The treaty, originally signed during the Cold War era, underpins the alliance.
"""
ACCEPTED = "The treaty was signed in 1961, the archive recalls.\n"
CONTRADICTS_COLOUR = (0xFF, 0x8A, 0x80)


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def report(pytester: pytest.Pytester) -> Path:
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (pytester.path / "articles" / "accepted.txt").write_text(ACCEPTED, encoding="utf-8")
    pytester.runpytest("-p", "no:cacheprovider", "--factcheck-model=blank:en", "--factcheck-html=out/report.html")
    return pytester.path / "out" / "report.html"


def test_the_page_shows_the_fact_its_findings_and_the_accepted_discrepancy(report: Path) -> None:
    dom = dump_dom(report.as_uri())
    assert "<title>factcheck report</title>" in dom
    assert "Russia and North Korea signed their mutual defence treaty in June 2024." in dom
    assert "as of December 1, 2024" in dom
    assert "<mark>the Cold War era</mark>" in dom
    assert "articles/hostile.txt:3" in dom
    assert "the archive piece quotes the 1961 treaty on purpose" in dom
    assert not re.search(r"https?://", dom), "the page must not reach the network"


def test_article_text_is_shown_and_runs_nothing(report: Path) -> None:
    dom = dump_dom(report.as_uri())
    assert "pwned" not in dom.split("</title>")[0]
    assert "&lt;script&gt;document.title" in dom
    assert "<script" not in dom and "<img" not in dom


def test_links_lead_from_a_finding_to_its_source_and_back(report: Path) -> None:
    dom = dump_dom(report.as_uri())
    ids = set(re.findall(r'id="([^"]+)"', dom))
    links = re.findall(r'href="#([^"]+)"', dom)
    assert links and all(link in ids for link in links)
    source_link = next(link for link in links if link.startswith("L-articles_2fhostile"))
    assert re.search(rf'id="{re.escape(source_link)}">[^\n]*<mark class="contradicts">the Cold War era', dom)
    assert 'href="#fact-treaty-signed"' in dom


def test_a_screenshot_shows_the_highlight(report: Path, tmp_path: Path) -> None:
    dom = dump_dom(report.as_uri())
    source_link = next(link for link in re.findall(r'href="#([^"]+)"', dom) if link.startswith("L-articles_2fhostile"))
    shot = screenshot(f"{report.as_uri()}#{source_link}", tmp_path / "shot.png")
    assert CONTRADICTS_COLOUR in png_pixels(shot)
    plain = screenshot(report.as_uri(), tmp_path / "top.png", size=(1000, 200))
    assert CONTRADICTS_COLOUR not in png_pixels(plain)
