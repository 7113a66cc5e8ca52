"""The Python API's check_text and the factcheck fixture, as newsroom code uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_factcheck.api import check_text
from pytest_factcheck.nlp import Pipeline

FACTS = """\
sources:
  - articles/*.txt
facts:
  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024
"""
WRONG = "The treaty, originally signed during the Cold War era, underpins the alliance.\n"
RIGHT = "The treaty, signed in June 2024, entered into force in December 2024.\n"


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


def test_check_text_finds_a_contradiction_in_a_draft(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    findings = check_text("Kim wrote to Putin.\n\n" + WRONG, tmp_path / "facts.yaml", pipeline=pipeline)
    [contradiction] = [f for f in findings if f.verdict == "contradicts"]
    assert (contradiction.fact_id, contradiction.source, contradiction.line) == ("treaty-signed", "draft.txt", 3)
    assert contradiction.found == "the Cold War era"
    supported = check_text(RIGHT, str(tmp_path / "facts.yaml"), source="headline.txt", pipeline=pipeline)
    assert [f.verdict for f in supported] == ["supports"]


def test_the_fixture_checks_against_the_facts_under_rootdir(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", facts=FACTS)
    pytester.makepyfile(
        test_headline=f"""
        WRONG = {WRONG!r}
        RIGHT = {RIGHT!r}

        def test_wrong(factcheck):
            findings = factcheck.check_text(WRONG, source="draft.txt")
            assert not [f for f in findings if f.verdict == "contradicts"]

        def test_right(factcheck):
            findings = factcheck.check_text(RIGHT, source="draft.txt")
            assert [f.verdict for f in findings] == ["supports"]
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--factcheck-model=blank:en", "test_headline.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_wrong*", "*contradicts*"])
