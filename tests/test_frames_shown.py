"""How editors see the way their claims were read: ``--factcheck-frames``, the collection
warning for a claim without its value, and facts that leave ``subject:`` to the claim."""

from __future__ import annotations

import pytest

QUIET_PLUGINS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
FACTS = """\
sources:
  - articles/*.txt
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    context: [North Korea, North Korean, Pyongyang]
    quantity: 14,000–15,000

  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    date: June 2024

  - id: toll
    claim: The flood killed many people.
    subject: [flood]
    quantity: 224
"""
ARTICLE = """\
Pyongyang has sent 12,000 troops to Russia.

Russia and North Korea signed the treaty in June 2023.
"""


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return pytester


def test_the_frames_of_the_claims_are_shown_on_request(project: pytest.Pytester) -> None:
    result = project.runpytest("--factcheck-frames", *QUIET_PLUGINS)
    result.stdout.fnmatch_lines(
        [
            "*factcheck: how each claim was read*",
            "facts.yaml:4 nk-troops: value: 14,000–15,000 · counts: troops · event: sent (deployment)*",
            "facts.yaml:9 treaty-signed: value: June 2024 · dates: treaty · event: signed*",
        ]
    )


def test_a_claim_without_the_facts_value_is_warned_at_its_line(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", *QUIET_PLUGINS)
    result.stdout.fnmatch_lines(["*facts.yaml:13*toll: the claim does not contain the fact's value (224)*"])


def test_facts_without_subject_take_it_from_the_claim(project: pytest.Pytester) -> None:
    result = project.runpytest(*QUIET_PLUGINS)
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*found: 12,000*expected: 14,000–15,000*", "*found: June 2023*expected: June 2024*"])


def test_a_bare_quantity_takes_the_unit_its_claim_writes_it_in(pytester: pytest.Pytester) -> None:
    pytester.makefile(
        ".yaml",
        facts="""\
sources:
  - articles/*.txt
facts:
  - id: payment
    claim: The ministry paid the contractor about $6 million for the work.
    subject: [paid, payment]
    quantity: 6000000

  - id: spending
    claim: The ministry spent $6 million on the work.
    subject: [spent]
    quantity: $6 million
""",
    )
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(
        "The ministry paid the contractor $9 million for the work.\n", encoding="utf-8"
    )
    result = pytester.runpytest(*QUIET_PLUGINS)
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["*payment: found $9 million, expected about $6 mil*"])
    assert "the claim writes the value" not in result.stdout.str()
