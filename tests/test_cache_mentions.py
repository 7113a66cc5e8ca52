"""The analysis cache across edits outside the sentences about a fact: a source edited only
there is not analysed again (no model is loaded for it), and its findings are those a run
without the cache finds. An edit that moves, changes or adds a mention is analysed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import write_newsroom
from tests.test_cache import FACTS, FIRST, RUN

#: The article: its mentions, then enough text that an edit after it is outside the lead.
FILLER = "Diplomats from both sides met in the capital to discuss trade, energy and culture. " * 5
ARTICLE = FIRST + "\n" + FILLER + "\n"
EXTRA_FACT = """
  - id: weather
    claim: The weather was mild in June 2024.
    subject: [weather]
    date: June 2024
"""


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    return write_newsroom(
        pytester, FACTS, {"articles/a.txt": ARTICLE, "articles/b.txt": "Nothing here is about a fact.\n"}
    )


def _findings(pytester: pytest.Pytester) -> list[Any]:
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    return [(entry["id"], entry["outcome"], entry["findings"]) for entry in report["facts"]]


def _uncached_findings(pytester: pytest.Pytester) -> list[Any]:
    pytester.runpytest(*RUN, "--factcheck-no-cache")
    return _findings(pytester)


@pytest.mark.parametrize(
    ("edited", "analysed"),
    [
        (ARTICLE + "\nThe weather was mild that week.\n", 0),  # a paragraph added after every mention
        (ARTICLE[:-40] + ARTICLE[-40:].replace("culture", "the arts"), 0),  # a paragraph edited after the lead
        (ARTICLE.replace("\n", "\n\nOfficials met again.\n\n", 1), 1),  # the second mention moves down two lines
        ("Archive copy\n\n" + ARTICLE, 1),  # every mention moves, and the lead changes
        (ARTICLE.replace("a surprise", "no surprise"), 1),  # a sentence about a fact is edited
        (ARTICLE.replace("June 2023", "June 2024"), 1),  # its figure is edited
        (ARTICLE + "\nMore troops, some 30,000, followed.\n", 1),  # a new mention
    ],
)
def test_an_edit_outside_every_mention_reuses_the_findings(
    newsroom: pytest.Pytester, edited: str, analysed: int
) -> None:
    newsroom.runpytest(*RUN)
    (newsroom.path / "articles" / "a.txt").write_text(edited, encoding="utf-8")
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines([f"analysis cache: {2 - analysed} source(s) read from the cache, {analysed} analysed*"])
    cached = _findings(newsroom)
    assert cached == _uncached_findings(newsroom)
    assert any(entry[2] for entry in cached)  # the article's mentions are found, not lost


def test_an_earlier_version_is_never_trusted_for_a_fact_added_since(newsroom: pytest.Pytester) -> None:
    article = newsroom.path / "articles" / "a.txt"
    article.write_text(ARTICLE + "\nThe weather was mild in June 2023.\n", encoding="utf-8")
    newsroom.runpytest(*RUN)
    (newsroom.path / "facts.yaml").write_text(FACTS + EXTRA_FACT, encoding="utf-8")
    article.write_text(ARTICLE + "\nThe weather was mild in June 2023!\n", encoding="utf-8")
    result = newsroom.runpytest(*RUN)  # b.txt is checked for the new fact only; a.txt for every fact
    result.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed (2 *reused, 4 made)"])
    cached = _findings(newsroom)
    assert cached == _uncached_findings(newsroom)
    assert [entry[1] for entry in cached if entry[0] == "weather"] == ["failed"]


def test_a_re_run_after_such_an_edit_reads_the_source_by_its_own_version(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    (newsroom.path / "articles" / "a.txt").write_text(ARTICLE + "\nThe weather was mild.\n", encoding="utf-8")
    newsroom.runpytest(*RUN)
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed (4 *reused, 0 made)"])
